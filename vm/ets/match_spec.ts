// Match specifications (ets:select, ets:match, ets:match_object): [{Head, Guards, Body}] where the
// head is a pattern with variables :"$1".. and the wildcard :_, guards are expressions that must
// all be `true`, and the body's last expression is the result. Expressions: :"$N", :"$_" (the
// object), :"$$" (all variables), {:const, X}, {{...}} (a tuple), lists, literals, and calls
// {Fun, Args...} of the guard BIFs. A spec is checked once (compileMatchSpec) before it runs;
// an error while evaluating a guard just fails that clause, as on the BEAM.
import { Atom, Cons, NIL, Term, Tuple, atom, list, listToArray, TRUE, FALSE, isMap } from "../terms.ts";
import { exactEquals } from "../compare.ts";
import { lookupBif, BifContext } from "../bifs/registry.ts";

const WILD = atom("_");
const ALL_OBJECT = atom("$_");
const ALL_VARS = atom("$$");
const CONST = atom("const");

type Bindings = (Term | undefined)[];

/** the variable number of :"$N", or -1 */
function varIndex(t: Term): number {
  if (!(t instanceof Atom)) return -1;
  const m = /^\$(\d+)$/.exec(t.name);
  return m ? Number(m[1]) : -1;
}

/** match a head pattern against a term, binding variables */
export function matchPattern(pat: Term, t: Term, b: Bindings): boolean {
  if (pat === WILD) return true;
  const v = varIndex(pat);
  if (v >= 0) {
    const bound = b[v];
    if (bound === undefined) {
      b[v] = t;
      return true;
    }
    return exactEquals(bound, t);
  }
  if (pat instanceof Tuple) {
    if (!(t instanceof Tuple) || t.items.length !== pat.items.length) return false;
    for (let i = 0; i < pat.items.length; i++) if (!matchPattern(pat.items[i], t.items[i], b)) return false;
    return true;
  }
  if (pat instanceof Cons) {
    if (!(t instanceof Cons)) return false;
    return matchPattern(pat.head, t.head, b) && matchPattern(pat.tail, t.tail, b);
  }
  if (isMap(pat)) {
    if (!isMap(t)) return false;
    for (const [k, pv] of pat.entries()) {
      const tv = t.get(k);
      if (tv === undefined || !matchPattern(pv, tv, b)) return false;
    }
    return true;
  }
  return exactEquals(pat, t);
}

class Invalid extends Error {}

// the functions a match specification may call (erlang BIFs of these names)
const GUARD_FUNS = new Set([
  "is_atom/1", "is_float/1", "is_integer/1", "is_list/1", "is_number/1", "is_pid/1", "is_port/1", "is_reference/1",
  "is_tuple/1", "is_map/1", "is_binary/1", "is_bitstring/1", "is_boolean/1", "is_function/1", "is_function/2",
  "is_map_key/2", "is_record/2", "is_record/3",
  "abs/1", "element/2", "hd/1", "tl/1", "length/1", "map_get/2", "map_size/1", "node/0", "node/1", "round/1",
  "size/1", "tuple_size/1", "byte_size/1", "bit_size/1", "trunc/1", "float/1", "binary_part/2", "binary_part/3",
  "+/1", "-/1", "+/2", "-/2", "*/2", "//2", "div/2", "rem/2", "band/2", "bor/2", "bxor/2", "bnot/1", "bsl/2", "bsr/2",
  ">/2", ">=/2", "</2", "=</2", "=:=/2", "==/2", "=/=/2", "/=/2", "not/1", "xor/2", "self/0", "min/2", "max/2",
]);

/** check an expression's calls before anything runs (an unknown function makes the spec invalid) */
function checkExpr(e: Term): void {
  if (e instanceof Tuple) {
    if (e.items.length === 0) return;
    const [f, ...args] = e.items;
    if (e.items.length === 1 && f instanceof Tuple) return f.items.forEach(checkExpr);
    if (f === CONST && args.length === 1) return;
    if (!(f instanceof Atom)) throw new Invalid();
    const name = f.name + "/" + args.length;
    if (!["andalso", "orelse", "and", "or"].includes(f.name) && !GUARD_FUNS.has(name)) throw new Invalid();
    args.forEach(checkExpr);
    return;
  }
  if (e instanceof Cons) {
    const items = listToArray(e);
    if (items) items.forEach(checkExpr);
  }
}

class GuardFail extends Error {}

function evalExpr(e: Term, b: Bindings, obj: Term, ctx: BifContext): Term {
  if (e instanceof Atom) {
    if (e === ALL_OBJECT) return obj;
    if (e === ALL_VARS) {
      const vals: Term[] = [];
      for (let i = 0; i < b.length; i++) if (b[i] !== undefined) vals.push(b[i]!);
      return list(vals);
    }
    const v = varIndex(e);
    if (v >= 0) {
      if (b[v] === undefined) throw new GuardFail();
      return b[v]!;
    }
    return e;
  }
  if (e instanceof Tuple) {
    const [f, ...args] = e.items;
    if (e.items.length === 1 && f instanceof Tuple) return new Tuple(f.items.map((x) => evalExpr(x, b, obj, ctx)));
    if (f === CONST) return args[0];
    const name = (f as Atom).name;
    if (name === "andalso" || name === "and") {
      for (const a of args) if (evalExpr(a, b, obj, ctx) !== TRUE) return FALSE;
      return TRUE;
    }
    if (name === "orelse" || name === "or") {
      for (const a of args) if (evalExpr(a, b, obj, ctx) === TRUE) return TRUE;
      return FALSE;
    }
    const vals = args.map((a) => evalExpr(a, b, obj, ctx));
    const bif = lookupBif("erlang", name, vals.length);
    if (!bif) throw new GuardFail();
    try {
      return bif.fn(vals, ctx) as Term;
    } catch {
      throw new GuardFail();
    }
  }
  if (e instanceof Cons) {
    const items = listToArray(e);
    return items ? list(items.map((x) => evalExpr(x, b, obj, ctx))) : e;
  }
  return e;
}

export interface MatchClause {
  head: Term;
  guards: Term[];
  body: Term[];
}

/** the clauses of a match specification, or null when it is not a valid one */
export function compileMatchSpec(ms: Term): MatchClause[] | null {
  const items = listToArray(ms);
  if (items === null) return null;
  const out: MatchClause[] = [];
  try {
    for (const c of items) {
      if (!(c instanceof Tuple) || c.items.length !== 3) return null;
      const [head, g, body] = c.items;
      const guards = listToArray(g), bodyItems = listToArray(body);
      if (guards === null || bodyItems === null || bodyItems.length === 0) return null;
      guards.forEach(checkExpr);
      bodyItems.forEach(checkExpr);
      out.push({ head, guards, body: bodyItems });
    }
  } catch (e) {
    if (e instanceof Invalid) return null;
    throw e;
  }
  return out;
}

/** the result of the first clause that matches `obj`, or undefined */
export function runMatchSpec(clauses: MatchClause[], obj: Term, ctx: BifContext): Term | undefined {
  for (const c of clauses) {
    const b: Bindings = [];
    if (!matchPattern(c.head, obj, b)) continue;
    try {
      if (!c.guards.every((g) => evalExpr(g, b, obj, ctx) === TRUE)) continue;
      let result: Term = NIL;
      for (const e of c.body) result = evalExpr(e, b, obj, ctx);
      return result;
    } catch (e) {
      if (e instanceof GuardFail) continue;
      throw e;
    }
  }
  return undefined;
}

/** ets:match's result for one object: the values of $1, $2... in order, or undefined */
export function matchBindings(pattern: Term, obj: Term): Term | undefined {
  const b: Bindings = [];
  if (!matchPattern(pattern, obj, b)) return undefined;
  const vals: Term[] = [];
  for (let i = 0; i < b.length; i++) if (b[i] !== undefined) vals.push(b[i]!);
  return list(vals);
}

/**
 * What erts says is wrong with a match specification (ets:test_ms/2's {error, [{error, Text}]}),
 * empty when it is valid: per clause its shape, the first problem of its guards and of its body
 * (a function that does not exist, a variable the head does not bind).
 */
export function matchSpecErrors(ms: Term): string[] {
  const clauses = listToArray(ms);
  if (clauses === null || clauses.length === 0) return ["Match programs are not in a list."];
  const out: string[] = [];
  for (const c of clauses) {
    if (!(c instanceof Tuple) || c.items.length !== 3) { out.push("Match program part is not a tuple of arity 3."); continue; }
    const [head, g, body] = c.items;
    const bound = new Set<string>();
    collectVars(head, bound);
    const guards = listToArray(g);
    if (guards === null) out.push("Match expression is not a list.");
    else {
      const e = firstProblem(guards, bound);
      if (e !== undefined) out.push(e);
    }
    const exprs = listToArray(body);
    if (exprs === null || exprs.length === 0) out.push("Body clause does not return anything.");
    else {
      const e = firstProblem(exprs, bound);
      if (e !== undefined) out.push(e);
    }
  }
  return out;
}

function collectVars(t: Term, into: Set<string>): void {
  if (t instanceof Atom && varIndex(t) >= 0) into.add(t.name);
  else if (t instanceof Tuple) t.items.forEach((x) => collectVars(x, into));
  else if (t instanceof Cons) { collectVars(t.head, into); collectVars(t.tail, into); }
}

function firstProblem(exprs: Term[], bound: Set<string>): string | undefined {
  for (const e of exprs) {
    const p = problemIn(e, bound);
    if (p !== undefined) return p;
  }
  return undefined;
}

function problemIn(e: Term, bound: Set<string>): string | undefined {
  if (e instanceof Atom) return varIndex(e) >= 0 && !bound.has(e.name) ? `Variable ${e.name} is unbound.` : undefined;
  if (e instanceof Cons) return problemIn(e.head, bound) ?? problemIn(e.tail, bound);
  if (!(e instanceof Tuple) || e.items.length === 0) return undefined;
  const [f, ...args] = e.items;
  if (e.items.length === 1 && f instanceof Tuple) return firstProblem(f.items, bound);
  if (f === CONST && args.length === 1) return undefined;
  if (f instanceof Atom && !["andalso", "orelse", "and", "or"].includes(f.name) && !GUARD_FUNS.has(f.name + "/" + args.length)) {
    return `Function ${f.name}/${args.length} does_not_exist.`;
  }
  return firstProblem(args, bound);
}
