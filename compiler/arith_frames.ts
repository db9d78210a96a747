// Whether a failing arithmetic operator heads the stack trace with its own frame
// ({:erlang, :+, [a, b], [...]}) and in which order it shows the operands, as code compiled by
// Elixir 1.14 on OTP 25 does. It matters beyond the trace: Exception.blame/3 (the uncaught
// error's report) names the operands only from that frame, "bad argument in arithmetic
// expression: :a * 2", and leaves the message bare without it.
//
// What OTP does (checked operator by operator against elixir, test/conformance/hardening/arith_*):
// - the loader turns `x + N` / `N + x` and `x - N` (N a small integer literal, N >= 0 for `-`)
//   into an increment instruction, which fails with no BIF frame; so does unary `+x`;
// - in a module (optimised code), float arithmetic becomes float instructions that fail with no
//   frame: `/` always, `+ - *` when an operand is known to be a float (a float literal, the
//   result of `/`, of float arithmetic, of :math or :erlang.float/1, or a variable bound to one);
// - in a module, a commutative operator with a literal first operand gets it moved second
//   (`2 * x` fails as `:erlang.*(x, 2)`);
// - a script's top level is compiled without those optimisations (no float instructions, no
//   swap), but constants are still folded: `n = 1; x + n` is an increment there too.
import type { Ast } from "../lang/ast.ts";
import { isCall, varName } from "./ast_util.ts";

/** a compile-time value: a number (folded as OTP's compiler does) or some other literal */
export type Known = { k: "int"; v: bigint } | { k: "float"; v: number } | { k: "other" };

/** what the compiler knows about a variable's value (keyed by its slot: a binding never reuses one) */
export type Fact = { k: "const"; v: Known } | { k: "floatTyped" };

export interface ArithEnv {
  /** a module's function (optimised), not a script's top level */
  optimised: boolean;
  /** the fact about the variable named, if any */
  fact(name: string): Fact | undefined;
  /** the value of module attribute @name (a literal by the time functions compile) */
  attr(name: string): Ast | undefined;
}

/** `@name`: the attribute's value expression */
function attrValue(a: Ast, env: ArithEnv): Ast | undefined {
  if (!isCall(a, "@") || a.args?.length !== 1) return undefined;
  const n = a.args[0];
  return isCall(n) && typeof n.name === "string" && (n.args === null || n.args.length === 0) ? env.attr(n.name) : undefined;
}

const SMALL_MIN = -(2n ** 59n), SMALL_MAX = 2n ** 59n - 1n;
const COMMUTATIVE = new Set(["+", "*", "band", "bor", "bxor"]);

/** the value of a constant expression, or undefined */
export function constantOf(a: Ast, env: ArithEnv): Known | undefined {
  switch (a.t) {
    case "int": return { k: "int", v: a.v };
    case "float": return { k: "float", v: a.v };
    case "atom": case "str": return { k: "other" };
    case "call": break;
    default: return undefined;
  }
  const name = varName(a);
  if (name !== null) {
    const f = env.fact(name);
    return f?.k === "const" ? f.v : undefined;
  }
  const attr = attrValue(a, env);
  if (attr !== undefined) return constantOf(attr, env);
  if (typeof a.name !== "string" || a.args === null) return undefined;
  const args = a.args.map((x) => constantOf(x, env));
  if (args.some((x) => x === undefined || x.k === "other")) return undefined;
  const nums = args as ({ k: "int"; v: bigint } | { k: "float"; v: number })[];
  if (nums.length === 1 && (a.name === "-" || a.name === "+")) {
    const [x] = nums;
    if (a.name === "+") return x;
    return x.k === "int" ? { k: "int", v: -x.v } : { k: "float", v: -x.v };
  }
  if (nums.length !== 2) return undefined;
  const [x, y] = nums;
  if (x.k === "int" && y.k === "int") {
    switch (a.name) {
      case "+": return { k: "int", v: x.v + y.v };
      case "-": return { k: "int", v: x.v - y.v };
      case "*": return { k: "int", v: x.v * y.v };
    }
  }
  const fx = Number(x.v), fy = Number(y.v);
  let r: number;
  switch (a.name) {
    case "+": r = fx + fy; break;
    case "-": r = fx - fy; break;
    case "*": r = fx * fy; break;
    case "/": if (fy === 0) return undefined; r = fx / fy; break;
    default: return undefined;
  }
  return Number.isFinite(r) ? { k: "float", v: r } : undefined;
}

/** known (in optimised code) to be a float whenever it has a value */
export function floatTyped(a: Ast, env: ArithEnv): boolean {
  if (a.t === "float") return true;
  if (a.t !== "call") return false;
  const name = varName(a);
  if (name !== null) {
    const f = env.fact(name);
    return f?.k === "floatTyped" || (f?.k === "const" && f.v.k === "float");
  }
  if (a.args === null) return false;
  const attr = attrValue(a, env);
  if (attr !== undefined) return floatTyped(attr, env);
  if (typeof a.name === "string") {
    if (a.name === "/" && a.args.length === 2) return true;
    if ((a.name === "+" || a.name === "-" || a.name === "*") && a.args.length === 2) return a.args.some((x) => floatTyped(x, env));
    if ((a.name === "+" || a.name === "-") && a.args.length === 1) return floatTyped(a.args[0], env);
    return false;
  }
  // :math.sqrt(x), :erlang.float(x)
  const target = a.name;
  if (!isCall(target, ".") || !target.args || target.args.length !== 2) return false;
  const [recv, fn] = target.args;
  if (recv.t !== "atom" || fn.t !== "atom") return false;
  return recv.v === "math" || (recv.v === "erlang" && fn.v === "float" && a.args.length === 1);
}

/** the fact a binding `name = value` gives its variable */
export function factOf(value: Ast, env: ArithEnv): Fact | undefined {
  const c = constantOf(value, env);
  if (c !== undefined) return { k: "const", v: c };
  return env.optimised && floatTyped(value, env) ? { k: "floatTyped" } : undefined;
}

function small(c: Known | undefined, min: bigint): boolean {
  return c !== undefined && c.k === "int" && c.v >= min && c.v <= SMALL_MAX;
}

export interface ArithPlan {
  /** a failure heads the stack trace with the operator's frame */
  frame: boolean;
  /** the operands are evaluated (and shown) second first */
  swap: boolean;
}

/** how the erlang operator `op` applied to `args` is compiled */
export function arithPlan(op: string, args: Ast[], env: ArithEnv): ArithPlan {
  if (args.length === 1) return { frame: op !== "+", swap: false };
  const [a, b] = args;
  const ca = constantOf(a, env), cb = constantOf(b, env);
  // an operation bound to fail on a literal is left as a call: it fails with its frame
  if (ca?.k === "other" || cb?.k === "other") return { frame: true, swap: false };
  const swap = env.optimised && COMMUTATIVE.has(op) && ca !== undefined && cb === undefined;
  if (env.optimised && (op === "/" || ((op === "+" || op === "-" || op === "*") && (floatTyped(a, env) || floatTyped(b, env))))) {
    return { frame: false, swap };
  }
  if (op === "+" && (small(ca, SMALL_MIN) || small(cb, SMALL_MIN))) return { frame: false, swap };
  if (op === "-" && small(cb, 0n)) return { frame: false, swap };
  return { frame: true, swap };
}
