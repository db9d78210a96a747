// A local call whose written arguments no clause of the callee can take, as OTP's type analysis
// (beam_ssa_type) sees them: the call never returns, so the compiler makes it a tail call and the
// caller's frame is not in the FunctionClauseError's stack trace (`r = f(x, 2); {:ok, r}` with
// only `def f(:a, 1)`). The types are OTP's: integers and floats by value (a float zero matches
// both zeros), atoms by name, a string only as a binary, a list as empty or not with the join of
// its elements' types (integers as a range, a few atoms as a set), a tuple element by element, a
// map only as a map; a clause's guard counts by its type tests (is_integer(x) and ...). Anything
// unsure is taken as possibly matching. Observed on Elixir 1.14 / OTP 25.
import type { Ast } from "../lang/ast.ts";
import { isCall, isVar } from "./ast_util.ts";

type Ty =
  | { k: "int"; v: bigint }
  | { k: "float"; v: number }
  | { k: "atom"; v: string | null }
  | { k: "bin" }
  | { k: "nil" }
  | { k: "cons"; elems: Ty[] }
  | { k: "tuple"; items: (Ty | null)[] }
  | { k: "map" };

const MAX_DEPTH = 50;
// OTP keeps a union of atoms up to this many, then any atom
const ATOM_SET_SIZE = 5;

/** the type of a written argument, or null when OTP's types would not know it */
function typeOf(a: Ast, depth = 0): Ty | null {
  if (depth > MAX_DEPTH) return null;
  switch (a.t) {
    case "int": return { k: "int", v: a.v };
    case "float": return { k: "float", v: a.v };
    case "atom": return { k: "atom", v: a.v };
    case "str": return { k: "bin" };
    case "tuple": return { k: "tuple", items: a.items.map((x) => typeOf(x, depth + 1)) };
    case "list": {
      if (a.items.length === 0) return { k: "nil" };
      if (a.items.some((x) => isCall(x, "|"))) return null;
      const elems = a.items.map((x) => typeOf(x, depth + 1));
      return elems.every((x): x is Ty => x !== null) ? { k: "cons", elems } : null;
    }
    case "call": {
      if ((a.name === "-" || a.name === "+") && a.args?.length === 1) {
        const [x] = a.args;
        if (x.t === "int") return { k: "int", v: a.name === "-" ? -x.v : x.v };
        if (x.t === "float") return { k: "float", v: a.name === "-" ? -x.v : x.v };
      }
      if ((a.name === "%{}" || a.name === "%") && a.args !== null) return { k: "map" };
      // an alias is an atom (which one, the aliases in force say)
      if (a.name === "__aliases__") return { k: "atom", v: null };
      return null;
    }
  }
}

/** `pattern` can never match a value of type `t` */
function disjoint(pattern: Ast, t: Ty | null, depth = 0): boolean {
  if (t === null || depth > MAX_DEPTH) return false;
  switch (pattern.t) {
    case "int": return t.k !== "int" || t.v !== pattern.v;
    // (0.0 and -0.0 match each other in OTP 25's patterns)
    case "float": return t.k !== "float" || (t.v !== pattern.v && !(t.v === 0 && pattern.v === 0));
    case "atom": return t.k !== "atom" || (t.v !== null && t.v !== pattern.v);
    case "str": return t.k !== "bin";
    case "tuple": return t.k !== "tuple" || t.items.length !== pattern.items.length || pattern.items.some((p, i) => disjoint(p, t.items[i], depth + 1));
    case "list": {
      if (pattern.items.length === 0) return t.k !== "nil";
      if (t.k !== "cons") return true;
      // the heads written before a `| tail`, each of the elements' joined type
      const last = pattern.items[pattern.items.length - 1];
      const heads = isCall(last, "|") && last.args?.length === 2 ? [...pattern.items.slice(0, -1), last.args[0]] : pattern.items;
      return heads.some((p) => elementDisjoint(p, t.elems));
    }
    case "call": {
      const args = pattern.args;
      if (args === null) return false; // a variable
      // a negative number
      const n = (pattern.name === "-" || pattern.name === "+") && args.length === 1 ? typeOf(pattern) : null;
      if (n?.k === "int") return t.k !== "int" || t.v !== n.v;
      if (n?.k === "float") return t.k !== "float" || (t.v !== n.v && !(t.v === 0 && n.v === 0));
      if (pattern.name === "=" && args.length === 2) return disjoint(args[0], t, depth + 1) || disjoint(args[1], t, depth + 1);
      if (pattern.name === "%{}" || pattern.name === "%") return t.k !== "map";
      if (pattern.name === "<>" || pattern.name === "<<>>") return t.k !== "bin";
      if (pattern.name === "__aliases__") return t.k !== "atom";
      return false;
    }
  }
}

/** `pattern` can match no element of a list whose elements have the types `elems`, joined as OTP
 *  joins them (integers into one range, up to a few atoms into a set, other kinds by kind only) */
function elementDisjoint(pattern: Ast, elems: Ty[]): boolean {
  const kinds = new Set(elems.map((e) => (e.k === "nil" || e.k === "cons" ? "list" : e.k)));
  const ints = elems.filter((e): e is { k: "int"; v: bigint } => e.k === "int").map((e) => e.v);
  const atoms = new Set(elems.filter((e): e is { k: "atom"; v: string | null } => e.k === "atom").map((e) => e.v));
  const p = typeOf(pattern);
  if (pattern.t === "call" && pattern.args === null) return false;
  if (p === null) {
    if (pattern.t === "tuple") return !kinds.has("tuple");
    if (pattern.t === "list") return !kinds.has("list");
    return false;
  }
  const kind = p.k === "nil" || p.k === "cons" ? "list" : p.k;
  if (!kinds.has(kind)) return true;
  if (p.k === "int") return p.v < ints.reduce((a, b) => (b < a ? b : a)) || p.v > ints.reduce((a, b) => (b > a ? b : a));
  if (p.k === "atom") return atoms.size <= ATOM_SET_SIZE && !atoms.has(null) && !atoms.has(p.v);
  return false;
}

const TYPE_TESTS: Record<string, (t: Ty) => boolean> = {
  is_integer: (t) => t.k === "int",
  is_float: (t) => t.k === "float",
  is_number: (t) => t.k === "int" || t.k === "float",
  is_atom: (t) => t.k === "atom",
  is_boolean: (t) => t.k === "atom" && (t.v === "true" || t.v === "false"),
  is_binary: (t) => t.k === "bin",
  is_bitstring: (t) => t.k === "bin",
  is_list: (t) => t.k === "nil" || t.k === "cons",
  is_tuple: (t) => t.k === "tuple",
  is_map: (t) => t.k === "map",
};

/** the guard fails for arguments of the types `types` (by its type tests of the clause's
 *  plain-variable parameters, joined by and/or, another `when` as or) */
function guardExcludes(g: Ast, params: Ast[], types: (Ty | null)[], depth = 0): boolean {
  if (g.t !== "call" || g.args === null || depth > MAX_DEPTH) return false;
  const [x, y] = g.args;
  if (g.args.length === 2 && g.name === "and") return guardExcludes(x, params, types, depth + 1) || guardExcludes(y, params, types, depth + 1);
  if (g.args.length === 2 && (g.name === "or" || g.name === "when")) return guardExcludes(x, params, types, depth + 1) && guardExcludes(y, params, types, depth + 1);
  const test = typeof g.name === "string" ? TYPE_TESTS[g.name] : undefined;
  if (!test || g.args.length !== 1 || !isVar(x)) return false;
  const i = params.findIndex((p) => isVar(p) && p.name === x.name);
  const t = i >= 0 ? types[i] : null;
  return t !== null && t !== undefined && !test(t);
}

/** no clause of `clauses` (a local function's) can take the written arguments `args` */
export function callCannotMatch(clauses: readonly { args: Ast[]; guard: Ast | null }[] | undefined, args: Ast[]): boolean {
  if (!clauses || clauses.length === 0) return false;
  const types = args.map((a) => typeOf(a));
  if (types.every((t) => t === null)) return false;
  return clauses.every((c) => c.args.length === args.length && (c.args.some((p, i) => disjoint(p, types[i])) || (c.guard !== null && guardExcludes(c.guard, c.args, types))));
}
