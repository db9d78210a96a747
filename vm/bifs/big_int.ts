// The integer BIFs whose work grows faster than their operands (products, quotients, powers,
// conversions to and from text) as vm/big_work.ts runs them: off the node's thread when long.
// Each names the function the BEAM shows as current while it computes (Process.info's
// :current_function): the BIF itself when code calls it (integer_to_binary), Kernel's
// integer_pow/3 for a power, the caller's own function for an operator (`*`, div, rem).
import { AwaitHost, TailCall } from "../calls.ts";
import { Term, int } from "../terms.ts";
import { badarith } from "../errors.ts";
import { bigWork, inline, longParse, longPower, longProduct, longQuotient, longText, mfa, again } from "../big_work.ts";
import type { BifContext } from "./registry.ts";
import * as A from "./arith.ts";

type Out = Term | AwaitHost;

/** the sign and digits of an integer's text in a base (as binary_to_integer/2 takes it), or undefined */
function digitsOf(s: string, base: number): { neg: boolean; digits: string } | undefined {
  const m = /^([+-]?)([0-9a-zA-Z]+)$/.exec(s);
  if (!m) return undefined;
  const digits = m[2].toLowerCase();
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    const d = c <= 57 ? c - 48 : c - 87;
    if (d >= base) return undefined;
  }
  return { neg: m[1] === "-", digits };
}

/** the integer of a text: optional sign, digits of the base, nothing else (binary_to_integer/2) */
export function parseIntStrict(s: string, base: number): A.Int | undefined {
  const d = digitsOf(s, base);
  if (d === undefined) return undefined;
  const v = inline.parse(d.digits, base);
  return int(d.neg ? -v : v);
}

/** parseIntStrict, off the thread when long; `finish` gets undefined for a text that is not one */
export function parseIntWork(ctx: BifContext, s: string, base: number, frame: Term | null, retry: () => TailCall, finish: (v: A.Int | undefined) => Term): Out {
  const d = digitsOf(s, base);
  if (d === undefined) return finish(undefined);
  if (!longParse(d.digits.length, base)) {
    const v = inline.parse(d.digits, base);
    return finish(int(d.neg ? -v : v));
  }
  return bigWork(ctx, "parse", [d.digits, base], frame, retry(), (v) => finish(int(d.neg ? -(v as bigint) : (v as bigint))));
}

/** the digits of n in a base 2..36, upper case (integer_to_binary/2) */
export function intToString(n: A.Int, base: number): string {
  return base === 10 ? String(n) : n.toString(base).toUpperCase();
}

/** intToString, off the thread when long */
export function intTextWork(ctx: BifContext, n: A.Int, base: number, frame: Term | null, retry: () => TailCall, finish: (s: string) => Term): Out {
  if (typeof n === "number" || !longText(n, base)) return finish(intToString(n, base));
  return bigWork(ctx, "text", [n, base], frame, retry(), (s) => finish(base <= 10 ? (s as string) : (s as string).toUpperCase()));
}

// what the BEAM shows as current meanwhile
const INTEGER_POW = mfa("Elixir.Kernel", "integer_pow", 3);

/** x ** y for y >= 0 (Integer.pow/2, Kernel.**), off the thread when long; `retry`: the call made again */
export function powWork(ctx: BifContext, x: bigint, y: bigint, retry: TailCall): Out {
  const bits = A.powBits(x, y); // (system_limit for a result past OTP's largest integer)
  if (!longPower(bits)) return A.powInt(x, y);
  return bigWork(ctx, "pow", [x, y], INTEGER_POW, retry, (v) => A.bigResult(v as bigint));
}

/** the `*` BIF: a product of two huge operands off the thread */
export function mulWork(ctx: BifContext, a: Term, b: Term): Out {
  if (typeof a !== "bigint" || typeof b !== "bigint" || !longProduct(a, b)) return A.mul(a, b);
  A.checkProduct(a, b);
  return bigWork(ctx, "mul", [a, b], null, again("erlang", "*", [a, b]), (v) => A.bigResult(v as bigint));
}

/** the div and rem BIFs: a long division off the thread */
export function divWork(ctx: BifContext, op: "div" | "rem", a: Term, b: Term): Out {
  if (typeof a !== "bigint" || typeof b !== "bigint" || !longQuotient(a, b)) return op === "div" ? A.idiv(a, b) : A.irem(a, b);
  if (b === 0n) badarith();
  return bigWork(ctx, op, [a, b], null, again("erlang", op, [a, b]), (v) => int(v as bigint));
}
