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
import { Expand, foldTree } from "./tree_fold.ts";
import { someNode } from "./ast_walk.ts";

/** nodes looked at by floatTyped (process-wide): lets a test check the walk stays linear */
export const floatTypeWork = { steps: 0 };

/** known (in optimised code) to be a float whenever it has a value */
export function floatTyped(a: Ast, env: ConstEnv): boolean {
  // an explicit stack: operator chains nest 5,000 deep inside a function. Remembered per node in
  // env.floatMemo: the compiler asks at each operator of a chain, which would otherwise walk the
  // rest of the chain each time (quadratic). Only nodes seen under env itself (not a clause's
  // masked env) are remembered.
  const memo = env.floatMemo;
  return foldTree<[Ast, ConstEnv], boolean>([a, env], ([a, e]) => {
    if (memo === undefined || e !== env) return floatTypedStep(a, e);
    const hit = memo.get(a);
    if (hit !== undefined) return hit;
    const s = floatTypedStep(a, e);
    if (!(s instanceof Expand)) {
      memo.set(a, s);
      return s;
    }
    return new Expand(s.kids, (rs) => {
      const r = s.build(rs);
      memo.set(a, r);
      return r;
    });
  });
}

const any = (rs: boolean[]) => rs.some((r) => r);
const all = (rs: boolean[]) => rs.every((r) => r);

/** the answer, or the operands that decide it */
function floatTypedStep(a: Ast, env: ConstEnv): boolean | Expand<[Ast, ConstEnv], boolean> {
  floatTypeWork.steps++;
  if (a.t === "float") return true;
  if (a.t !== "call") return false;
  const name = varName(a);
  if (name !== null) {
    const f = env.fact(name);
    return f?.k === "floatTyped" || (f?.k === "const" && f.v instanceof Float);
  }
  if (a.args === null) return false;
  const attr = attrValue(a, env);
  if (attr !== undefined) return new Expand([[attr, env]], all);
  if (typeof a.name === "string") {
    const n = a.args.length;
    if (a.name === "/" && n === 2) return true;
    if ((a.name === "+" || a.name === "-" || a.name === "*") && n === 2) return new Expand(a.args.map((x) => [x, env]), any);
    if ((a.name === "+" || a.name === "-" || a.name === "abs") && n === 1) return new Expand([[a.args[0], env]], all);
    if (a.name === "__block__") return n > 0 && new Expand([[a.args[n - 1], env]], all);
    if (a.name === "case" && n === 2) return branchesFloat(clausesOf(kwGet(a.args[1], "do")), env);
    if (a.name === "cond" && n === 1) return branchesFloat(clausesOf(kwGet(a.args[0], "do")), env);
    if ((a.name === "if" || a.name === "unless") && n === 2) {
      const yes = kwGet(a.args[1], "do"), no = kwGet(a.args[1], "else");
      return yes !== undefined && no !== undefined && new Expand([[yes, env], [no, env]], all);
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
function branchesFloat(clauses: Clause[] | null, env: ConstEnv): boolean | Expand<[Ast, ConstEnv], boolean> {
  if (clauses === null || clauses.length === 0) return false;
  const ends: [Ast, ConstEnv][] = [];
  for (const c of clauses) {
    const bound = new Set<string>();
    for (const p of c.args) namesIn(p, bound);
    const items = blockItems(c.body);
    if (items.length === 0) return false;
    for (const x of items.slice(0, -1)) if (isCall(x, "=") && x.args) namesIn(x.args[0], bound);
    const masked: ConstEnv = { ...env, fact: (n) => (bound.has(n) ? undefined : env.fact(n)), floatMemo: undefined };
    ends.push([items[items.length - 1], masked]);
  }
  return new Expand(ends, all);
}

function namesIn(a: Ast, out: Set<string>): void {
  someNode(a, (x) => {
    const n = varName(x);
    if (n !== null) out.add(n);
    else if (x.t === "call" && (x.args === null || x.name === "^")) return false;
    return undefined;
  });
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
