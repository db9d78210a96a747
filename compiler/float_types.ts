// Which expressions OTP 25's compiler knows to be floats (its type pass, beam_ssa_type), for the
// no-frame rule of compiler/arith_frames.ts: in optimised code, `+ - *` with an operand known to be
// a float become float instructions, which fail with no BIF frame. Checked against elixir 1.14 in
// test/conformance/hardening/arith_frames_float_types.exs. Known to be a float:
// - a float literal, the result of `/`, of `+ - *` with a float operand, of unary `- +` and abs/1 on
//   a float, of any :math function and of :erlang.float/1, an attribute or variable bound to one;
// - a case, cond or if whose every branch ends in one (an if without else, or a branch that
//   raises, is not: nil and the raise have no float type);
// - a variable a clause's guard tests with is_float/1 (alone or in an `and`, not in an `or` or a
//   second `when`), and the case subject when that clause's pattern is just that variable.
// Not: the result of a remote call (Float.round/1), is_number/1.
import { Float } from "../vm/terms.ts";
import type { Ast } from "../lang/ast.ts";
import { blockItems, clausesOf, isCall, kwGet, varName, type Clause } from "./ast_util.ts";
import { attrValue, type ConstEnv } from "./constants.ts";

/** known (in optimised code) to be a float whenever it has a value */
export function floatTyped(a: Ast, env: ConstEnv): boolean {
  if (a.t === "float") return true;
  if (a.t !== "call") return false;
  const name = varName(a);
  if (name !== null) {
    const f = env.fact(name);
    return f?.k === "floatTyped" || (f?.k === "const" && f.v instanceof Float);
  }
  if (a.args === null) return false;
  const attr = attrValue(a, env);
  if (attr !== undefined) return floatTyped(attr, env);
  if (typeof a.name === "string") {
    const n = a.args.length;
    if (a.name === "/" && n === 2) return true;
    if ((a.name === "+" || a.name === "-" || a.name === "*") && n === 2) return a.args.some((x) => floatTyped(x, env));
    if ((a.name === "+" || a.name === "-" || a.name === "abs") && n === 1) return floatTyped(a.args[0], env);
    if (a.name === "__block__") return n > 0 && floatTyped(a.args[n - 1], env);
    if (a.name === "case" && n === 2) return branchesFloat(clausesOf(kwGet(a.args[1], "do")), env);
    if (a.name === "cond" && n === 1) return branchesFloat(clausesOf(kwGet(a.args[0], "do")), env);
    if ((a.name === "if" || a.name === "unless") && n === 2) {
      const yes = kwGet(a.args[1], "do"), no = kwGet(a.args[1], "else");
      return yes !== undefined && no !== undefined && floatTyped(yes, env) && floatTyped(no, env);
    }
    return false;
  }
  // :math.sqrt(x), :erlang.float(x)
  const target = a.name;
  if (!isCall(target, ".") || !target.args || target.args.length !== 2) return false;
  const [recv, fn] = target.args;
  if (recv.t !== "atom" || fn.t !== "atom") return false;
  return recv.v === "math" || (recv.v === "erlang" && fn.v === "float" && a.args.length === 1);
}

/** every clause ends in a float (the names a clause binds are unknown in its body) */
function branchesFloat(clauses: Clause[] | null, env: ConstEnv): boolean {
  if (clauses === null || clauses.length === 0) return false;
  return clauses.every((c) => {
    const bound = new Set<string>();
    for (const p of c.args) namesIn(p, bound);
    const items = blockItems(c.body);
    for (const x of items.slice(0, -1)) if (isCall(x, "=") && x.args) namesIn(x.args[0], bound);
    const masked: ConstEnv = { ...env, fact: (n) => (bound.has(n) ? undefined : env.fact(n)) };
    return items.length > 0 && floatTyped(items[items.length - 1], masked);
  });
}

function namesIn(a: Ast, out: Set<string>): void {
  const n = varName(a);
  if (n !== null) {
    out.add(n);
    return;
  }
  if (a.t === "list" || a.t === "tuple") for (const x of a.items) namesIn(x, out);
  else if (a.t === "call" && a.args !== null && a.name !== "^") {
    if (typeof a.name !== "string") namesIn(a.name, out);
    for (const x of a.args) namesIn(x, out);
  }
}

/** the variables a guard proves to be floats: is_float(v) alone or in a conjunction, one alternative */
export function guardFloatVars(guard: Ast | null): string[] {
  if (guard === null || isCall(guard, "when")) return [];
  const out: string[] = [];
  const walk = (g: Ast): void => {
    if (isCall(g, "and") && g.args?.length === 2) {
      walk(g.args[0]);
      walk(g.args[1]);
    } else if (isCall(g, "is_float") && g.args?.length === 1) {
      const n = varName(g.args[0]);
      if (n !== null) out.push(n);
    }
  };
  walk(guard);
  return out;
}
