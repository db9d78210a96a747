// Whether a failing arithmetic operator heads the stack trace with its own frame
// ({:erlang, :+, [a, b], [...]}) and in which order it shows the operands, as code compiled by
// Elixir 1.14 on OTP 25 does. It matters beyond the trace: Exception.blame/3 (the uncaught
// error's report) names the operands only from that frame, "bad argument in arithmetic
// expression: :a * 2", and leaves the message bare without it.
//
// What OTP does (checked operator by operator against elixir: scripts/gen-arith-frames.mjs and
// test/conformance/hardening/arith_frames_*):
// - the loader turns `x + N` / `N + x` and `x - N` (N a small integer constant, N >= 0 for `-`)
//   into an increment instruction, which fails with no BIF frame; so does unary `+x`;
// - in a module (optimised code), float arithmetic becomes float instructions that fail with no
//   frame: `/` always, `+ - *` when an operand is known to be a float (compiler/float_types.ts);
// - in a module, a commutative operator with a constant first operand gets it moved second
//   (`2 * x` fails as `:erlang.*(x, 2)`);
// - a script's top level is compiled without those optimisations (no float instructions, no
//   swap), but constants are still folded and propagated: `n = 1; x + n` is an increment there;
//   it swaps all the same when it matches a bitstring (compiler/bitstring_matches.ts);
// - code elixir evaluates (-e, iex, Code.eval_string) is run by erl_eval, which applies the
//   operator's BIF every time: always its frame, operands in order.
import { Float, type Term } from "../vm/terms.ts";
import type { Ast } from "../lang/ast.ts";
import { constantOf, type ConstEnv, type Fact } from "./constants.ts";
import { isCall, varName } from "./ast_util.ts";
import { floatTyped } from "./float_types.ts";
import { knownFunArity } from "./known_fun_arity.ts";

const SMALL_MIN = -(2n ** 59n), SMALL_MAX = 2n ** 59n - 1n;
const COMMUTATIVE = new Set(["+", "*", "band", "bor", "bxor"]);

const isNumber = (t: Term): boolean => typeof t === "number" || typeof t === "bigint" || t instanceof Float;

/**
 * the facts a match `pattern = value` gives its variables: `x = 1.5`, and element by element
 * `{a, _} = {1.5, 2}` or `[a, b] = [x, 2.0]` (OTP's passes see through the literal tuple or list)
 */
export function bindingFacts(pattern: Ast, value: Ast, env: ConstEnv): [string, Fact][] {
  const whole = (x: Ast) => (x.t === "tuple" || x.t === "list") && !x.items.some((i) => isCall(i, "|"));
  const facts: [string, Fact][] = [];
  // a work list, in source order: patterns nest 10,000 deep
  const todo: [Ast, Ast][] = [[pattern, value]];
  while (todo.length > 0) {
    const [p, v] = todo.pop()!;
    const name = varName(p);
    if (name !== null) {
      const f = factOf(v, env);
      if (f !== undefined) facts.push([name, f]);
      continue;
    }
    if (!whole(p) || p.t !== v.t || !whole(v)) continue;
    const ps = (p as { items: Ast[] }).items, vs = (v as { items: Ast[] }).items;
    if (ps.length !== vs.length) continue;
    for (let i = ps.length - 1; i >= 0; i--) todo.push([ps[i], vs[i]]);
  }
  return facts;
}

/** the fact a binding `name = value` gives its variable */
export function factOf(value: Ast, env: ConstEnv): Fact | undefined {
  const c = constantOf(value, env);
  if (c !== undefined) return { k: "const", v: c };
  const n = knownFunArity(value, env);
  if (n !== undefined) return { k: "funArity", n };
  return env.optimised && floatTyped(value, env) ? { k: "floatTyped" } : undefined;
}

function small(c: Term | undefined, min: bigint): boolean {
  if (typeof c !== "number" && typeof c !== "bigint") return false;
  const v = BigInt(c);
  return v >= min && v <= SMALL_MAX;
}

export interface ArithPlan {
  /** a failure heads the stack trace with the operator's frame */
  frame: boolean;
  /** the operands are evaluated (and shown) second first */
  swap: boolean;
}

/** how the erlang operator `op` applied to `args` is compiled */
export function arithPlan(op: string, args: Ast[], env: ConstEnv): ArithPlan {
  if (env.evaluated) return { frame: true, swap: false };
  if (args.length === 1) return { frame: op !== "+", swap: false };
  const [a, b] = args;
  const ca = constantOf(a, env), cb = constantOf(b, env);
  const swap = (env.optimised || env.bitstringMatched === true) && COMMUTATIVE.has(op) && ca !== undefined && cb === undefined;
  // an operation bound to fail on a constant is left as a call: it fails with its frame (a
  // constant first moved second all the same: `:a + t` fails as `:erlang.+(t, :a)`)
  if ((ca !== undefined && !isNumber(ca)) || (cb !== undefined && !isNumber(cb))) return { frame: true, swap };
  if (env.optimised && (op === "/" || ((op === "+" || op === "-" || op === "*") && (floatTyped(a, env) || floatTyped(b, env))))) {
    return { frame: false, swap };
  }
  if (op === "+" && (small(ca, SMALL_MIN) || small(cb, SMALL_MIN))) return { frame: false, swap };
  if (op === "-" && small(cb, 0n)) return { frame: false, swap };
  return { frame: true, swap };
}
