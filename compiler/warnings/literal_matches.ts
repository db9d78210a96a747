// A match `pattern = value` the Erlang compiler can tell never succeeds, as Elixir 1.14 passes its
// warnings on: the value is (partly) known at compile time (numbers, atoms, tuples and lists of
// them, or a variable a statement before bound to one) and the pattern cannot match it. A value
// known in full gives "this check/guard will always yield the same result"; one with unknown parts
// (a variable inside a tuple) gives "this clause cannot match because of different types/sizes"
// before it. Binaries are not folded, so never reported. A variable written twice and a pin are
// each an equality check the compiler folds too (checked against Elixir 1.14 / OTP 25): when every
// check is known and the pattern's shape fits, a check known false gives "this check/guard will
// always yield the same result" twice; a check on a value not known (a function's argument)
// leaves it unreported; a pattern whose shape does not fit is reported as above whatever its checks.
import type { Ast } from "../../lang/ast.ts";
import { clausesOf, isCall, isVar, kwGet } from "../ast_util.ts";
import { simpleArg } from "../inlined_fns.ts";
import { plainName } from "../quoted.ts";
import { attributeReadValues } from "../compiling.ts";
import { alwaysFalse, guardOutcome, structFields, type Term } from "./constant_guards.ts";
import { foldTree, Expand } from "../tree_fold.ts";
import { foldBitstring } from "./constant_bitstrings.ts";
import { isPureBif, KERNEL_NAME, PURE_TESTS } from "../pure_bifs.ts";

/** what the compiler knows of a value */
export type Shape =
  | { k: "lit"; key: string }
  | { k: "tuple"; items: Shape[] }
  | { k: "cons"; head: Shape; tail: Shape }
  | { k: "nil" }
  | { k: "unknown"; of?: string; literal?: true; type?: "binary" | "map" };

const UNKNOWN: Shape = { k: "unknown" };
/** a literal whose value is not modelled (a binary, a map) */
const LITERAL: Shape = { k: "unknown", literal: true };
/** a binary or a map literal: no pattern of another type matches it */
const BINARY: Shape = { k: "unknown", literal: true, type: "binary" };
const MAP: Shape = { k: "unknown", literal: true, type: "map" };
const NO_VARS: ReadonlyMap<string, Shape> = new Map();

export const TYPES_SIZES = "this clause cannot match because of different types/sizes";

/** the shape of a value expression, with the variables known so far (on an explicit stack, as
 *  every walk here: values nest thousands deep, deeper than the JS stack left to a warning pass) */
export function shapeOf(root: Ast, rootEnv: ReadonlyMap<string, Shape>): Shape {
  return foldTree<{ a: Ast; env: ReadonlyMap<string, Shape> }, Shape>({ a: root, env: rootEnv }, ({ a, env }) => {
    const at = (xs: Ast[], e = env) => xs.map((x) => ({ a: x, env: e }));
    switch (a.t) {
      case "int": return { k: "lit", key: `i:${a.v}` };
      case "float": return { k: "lit", key: `f:${Number(a.v)}` };
      case "atom": return { k: "lit", key: `a:${a.v}` };
      // (a binary: a literal to the compiler, not compared here)
      case "str": return BINARY;
      case "tuple": return new Expand(at(a.items), (items) => ({ k: "tuple", items }));
      case "list": {
        const { parts, build } = listShape(a.items);
        return new Expand(at(parts), build);
      }
      case "call": {
        // (a variable not known is still itself: v =:= v folds to true)
        if (isVar(a)) { const n = plainName(a.name as string); return env.get(n) ?? { k: "unknown", of: n }; }
        // @name in a function: the value the read was compiled as, a literal to the compiler
        const attribute = a.name === "@" ? attributeReadValues.get(a) : undefined;
        if (attribute !== undefined) return new Expand(at([attribute], NO_VARS), ([r]) => r);
        if (a.name === "-" && a.args?.length === 1 && a.args[0].t === "int") return { k: "lit", key: `i:${-BigInt(a.args[0].v)}` };
        // (a map of literals: a literal to the compiler, not compared here)
        if (a.name === "%{}" && a.args?.every((p) => p.t === "tuple" && p.items.length === 2)) {
          return new Expand(at(a.args.flatMap((p) => (p as { items: Ast[] }).items), NO_VARS), (rs) => (rs.every(literalShape) ? MAP : UNKNOWN));
        }
        // (a struct expands to a map of its defaults, always literals, and the fields given)
        const fields = structFields(a);
        if (fields !== null) return new Expand(at(fields, NO_VARS), (rs) => (rs.every(literalShape) ? MAP : UNKNOWN));
        if (literalSigil(a)) return LITERAL;
        // a bitstring of literal segments (`<<1>>`, `"a" <> "b"`): a literal binary to the compiler
        if (a.name === "<<>>" && a.args && foldBitstring(a.args) !== null) return BINARY;
        if (a.name === "<>" && a.args?.length === 2 && a.args.every((x) => x.t === "str")) return BINARY;
        // x || y, x && y: a case on x the compiler folds once x is known
        if ((a.name === "||" || a.name === "&&") && a.args?.length === 2) {
          const [left, right] = a.args;
          const or = a.name === "||";
          return new Expand(at([left]), ([l]) => {
            if (!literalShape(l)) return UNKNOWN;
            const falsy = l.k === "lit" && (l.key === "a:false" || l.key === "a:nil");
            return falsy === or ? shapeOf(right, env) : l;
          });
        }
        // a case of one clause: the value of that clause's body
        const only = a.name === "case" ? onlyClauseValue(a) : null;
        if (only) return new Expand([{ a: only.value, env: without(env, only.names) }], ([r]) => r);
        // a pure BIF or operator of literals: OTP folds it to its value, a literal not modelled here
        // (`b = a * 10` with `a = 1`; a call that would fail is taken as folded too)
        if (a.args && a.args.length > 0 && foldedBif(a)) return new Expand(at(a.args), (rs) => (rs.every(literalShape) ? LITERAL : UNKNOWN));
        return UNKNOWN;
      }
      default: return UNKNOWN;
    }
  });
}

/** `case x do p -> body end`, `(fn p -> body end).(args)` (inlined): the compiler moves what
 *  binds its value into the one clause that does not fail (sys_core_fold's move_let_into_expr),
 *  where that value is the body's last expression; with the names the clause may bind */
function onlyClauseValue(a: Ast & { t: "call" }): { value: Ast; names: Set<string>; matched: [Ast, Ast][] } | null {
  let clauses;
  let given: Ast[];
  if (a.name === "case" && a.args?.length === 2) {
    clauses = clausesOf(kwGet(a.args[1], "do"));
    given = [a.args[0]];
  } else if (typeof a.name !== "string" && isCall(a.name, ".") && a.name.args?.length === 1 && isCall(a.name.args[0], "fn")) {
    clauses = clausesOf({ t: "list", items: a.name.args[0].args ?? [] });
    given = a.args ?? [];
    if (!given.every(simpleArg)) return null;
  } else return null;
  if (clauses?.length !== 1 || clauses[0].args.length !== given.length) return null;
  const body = clauses[0].body;
  const value = isCall(body, "__block__") ? body.args?.[body.args.length - 1] : body;
  if (!value) return null;
  const names = new Set<string>();
  const { args, guard } = clauses[0];
  const todo: Ast[] = [...args, body, ...(guard ? [guard] : [])];
  while (todo.length > 0) {
    const x = todo.pop()!;
    if (isVar(x)) names.add(plainName(x.name as string));
    if (x.t === "list" || x.t === "tuple") todo.push(...x.items);
    else if (x.t === "call") todo.push(...(x.args ?? []), ...(typeof x.name === "string" ? [] : [x.name]));
  }
  return { value, names, matched: args.map((p, i): [Ast, Ast] => [p, given[i]]) };
}

function without(env: ReadonlyMap<string, Shape>, names: Set<string>): ReadonlyMap<string, Shape> {
  if (![...names].some((n) => env.has(n))) return env;
  const out = new Map(env);
  for (const n of names) out.delete(n);
  return out;
}

/** the shape of a match's value: also the value of a fn of one clause applied on the spot, which
 *  OTP inlines there (not where a case branches on it, compiler/warnings/applied_fns.ts) */
function matchedShape(value: Ast, env: ReadonlyMap<string, Shape>): Shape {
  const only = value.t === "call" && typeof value.name !== "string" ? onlyClauseValue(value) : null;
  if (!only) return shapeOf(value, env);
  // (a clause that never matches its arguments: the fn fails, its value is never made)
  if (only.matched.some(([p, v]) => matchOutcome(p, v, env).outcome === "nomatch")) return UNKNOWN;
  return shapeOf(only.value, without(env, only.names));
}

// Kernel's comparisons and functions Elixir inlines to a pure :erlang BIF, by name/arity
const KERNEL_PURE = new Set(["==/2", "!=/2", "===/2", "!==/2", "</2", ">/2", "<=/2", ">=/2", "elem/2"]);

/** a call of a pure BIF as written: a Kernel operator or function inlined to one, or :erlang.f(...) */
function foldedBif(a: Ast & { t: "call" }): boolean {
  const arity = a.args?.length ?? 0;
  if (typeof a.name === "string") {
    const key = `${a.name}/${arity}`;
    return KERNEL_NAME[key] !== undefined || PURE_TESTS.has(key) || KERNEL_PURE.has(key);
  }
  const callee = a.name;
  if (!isCall(callee, ".") || callee.args?.length !== 2) return false;
  const [mod, fun] = callee.args;
  return mod.t === "atom" && fun.t === "atom" && isPureBif(mod.v, fun.v, arity);
}

/** Kernel's sigils, which expand to a literal when their text has no interpolation: a binary,
 *  a charlist, a list of words, a compiled regex, a calendar struct */
const LITERAL_SIGILS = new Set(["s", "S", "c", "C", "w", "W", "r", "R", "D", "T", "N", "U"]);

/** a sigil of Kernel's (not imported from elsewhere, as the parser gives it) without interpolation */
function literalSigil(a: Ast): boolean {
  if (a.t !== "call" || typeof a.name !== "string" || !a.name.startsWith("sigil_") || a.args?.length !== 2) return false;
  if (a.meta?.delimiter === undefined || !LITERAL_SIGILS.has(a.name.slice(6))) return false;
  const body = a.args[0];
  return body.t === "call" && body.name === "<<>>" && (body.args ?? []).every((x) => x.t === "str");
}

/** is the value a literal in full (no part unknown but literals not modelled) */
export function literalShape(root: Shape): boolean {
  return foldTree<Shape, boolean>(root, (s) => {
    switch (s.k) {
      case "lit": case "nil": return true;
      case "tuple": return new Expand(s.items, (rs) => rs.every((r) => r));
      case "cons": return new Expand([s.head, s.tail], ([h, t]) => h && t);
      default: return s.literal === true;
    }
  });
}

/** a list's cells: the expressions whose shapes make it (its elements, then an improper tail),
 *  and how the list's shape is built from theirs */
function listShape(items: Ast[]): { parts: Ast[]; build: (shapes: Shape[]) => Shape } {
  const last = items[items.length - 1];
  const improper = last !== undefined && isCall(last, "|") && last.args?.length === 2;
  const parts = improper ? [...items.slice(0, -1), ...(last as { args: Ast[] }).args] : items;
  return {
    parts,
    build: (shapes) => {
      let tail: Shape = { k: "nil" };
      let end = shapes.length;
      if (improper) {
        tail = { k: "cons", head: shapes[end - 2], tail: shapes[end - 1] };
        end -= 2;
      }
      for (let i = end - 1; i >= 0; i--) tail = { k: "cons", head: shapes[i], tail };
      return tail;
    },
  };
}

/** does the shape have unknown parts? */
function partial(root: Shape): boolean {
  return foldTree<Shape, boolean>(root, (s) => {
    switch (s.k) {
      case "unknown": return true;
      case "tuple": return new Expand(s.items, (rs) => rs.some((r) => r));
      case "cons": return new Expand([s.head, s.tail], ([h, t]) => h || t);
      default: return false;
    }
  });
}

type Outcome = "match" | "nomatch" | "maybe";
class GiveUp extends Error {}

function combine(xs: Outcome[]): Outcome {
  return xs.includes("nomatch") ? "nomatch" : xs.includes("maybe") ? "maybe" : "match";
}

/** the equality checks a pattern's repeated variables and pins make, and the variables it binds */
interface Checks {
  env: ReadonlyMap<string, Shape>;
  bound: Map<string, Shape>;
  /** some check is known false / cannot be told */
  no: boolean;
  unknown: boolean;
}

/** two shapes compared with =:=: true, false, or undefined when the compiler cannot tell */
function sameShape(a: Shape, b: Shape): boolean | undefined {
  if (a.k === "unknown" || b.k === "unknown") return a.k === "unknown" && b.k === "unknown" && a.of !== undefined && a.of === b.of ? true : undefined;
  if (partial(a) || partial(b)) return undefined;
  return shapeKey(a) === shapeKey(b);
}

function shapeKey(root: Shape): string {
  return foldTree<Shape, string>(root, (s) => {
    switch (s.k) {
      case "lit": return s.key;
      case "tuple": return new Expand(s.items, (rs) => `{${rs.join(",")}}`);
      case "cons": return new Expand([s.head, s.tail], ([h, t]) => `[${h}|${t}]`);
      case "nil": return "[]";
      default: return "?";
    }
  });
}

function check(c: Checks, a: Shape, b: Shape): void {
  const same = sameShape(a, b);
  if (same === undefined) c.unknown = true;
  else if (!same) c.no = true;
}

/** a variable or a pin of the pattern given the value's shape s */
function bindVar(p: Ast, s: Shape, c: Checks): boolean {
  if (isVar(p)) {
    const n = plainName(p.name as string);
    if (n.startsWith("_")) return true;
    const before = c.bound.get(n);
    if (before !== undefined) check(c, before, s);
    else c.bound.set(n, s);
    return true;
  }
  if (isCall(p, "^") && p.args?.length === 1 && isVar(p.args[0])) {
    const n = plainName(p.args[0].name as string);
    check(c, c.env.get(n) ?? { k: "unknown", of: n }, s);
    return true;
  }
  return false;
}

/** a step of matching: a part of the pattern against a part of the value, or what a walk of the
 *  pattern does in its turn (its side effects on the checks in source order) */
type MatchStep = { p: Ast; s: Shape } | { run: () => Outcome };

function matchPattern(root: Ast, rootShape: Shape, c: Checks): Outcome {
  return foldTree<MatchStep, Outcome>({ p: root, s: rootShape }, (step) => {
    if ("run" in step) return step.run();
    const { p, s } = step;
    if (bindVar(p, s, c)) return "match";
    // (a binary pattern against a value known to be no binary; a binary or map literal against a
    // pattern of a number, an atom, a tuple or a list)
    if (binaryPattern(p) && (s.k === "lit" || s.k === "tuple" || s.k === "cons" || s.k === "nil" || (s.k === "unknown" && s.type === "map"))) return "nomatch";
    if (s.k === "unknown" && s.type !== undefined && (p.t === "tuple" || p.t === "list" || p.t === "int" || p.t === "float" || p.t === "atom")) return "nomatch";
    if (s.k === "unknown") {
      checkPattern(p, c);
      return "maybe";
    }
    switch (p.t) {
      case "int": case "float": case "atom": {
        const lit = shapeOf(p, new Map());
        return s.k === "lit" && lit.k === "lit" && s.key === lit.key ? "match" : "nomatch";
      }
      case "tuple":
        if (s.k !== "tuple" || s.items.length !== p.items.length) { checkPattern(p, null); return "nomatch"; }
        return new Expand(p.items.map((x, i) => ({ p: x, s: s.items[i] })), combine);
      case "list": {
        // walk the pattern's cells along the value's
        const last = p.items[p.items.length - 1];
        const hasTail = last !== undefined && isCall(last, "|") && last.args?.length === 2;
        const heads = hasTail ? [...p.items.slice(0, -1), (last as { args: Ast[] }).args[0]] : p.items;
        const steps: MatchStep[] = [];
        // (a cell the value does not have: the match fails once the cells before it are matched)
        const fails = (): Expand<MatchStep, Outcome> => {
          steps.push({ run: () => { checkPattern(p, null); return "nomatch"; } });
          return new Expand(steps, (rs) => rs[rs.length - 1]);
        };
        let cur: Shape = s;
        for (const h of heads) {
          if (cur.k === "unknown") { steps.push({ run: () => { checkPattern(h, c); return "maybe"; } }); continue; }
          if (cur.k !== "cons") return fails();
          steps.push({ p: h, s: cur.head });
          cur = cur.tail;
        }
        if (hasTail) steps.push({ p: (last as { args: Ast[] }).args[1], s: cur });
        else if (cur.k === "cons" || cur.k === "lit" || cur.k === "tuple") return fails();
        else if (cur.k === "unknown") steps.push({ run: () => "maybe" });
        return new Expand(steps, combine);
      }
      case "call": {
        if (p.name === "-" && p.args?.length === 1 && p.args[0].t === "int") {
          const lit = shapeOf(p, new Map());
          return s.k === "lit" && lit.k === "lit" && s.key === lit.key ? "match" : "nomatch";
        }
        if (p.name === "%{}" || (p.name === "%" && p.args?.length === 2)) { checkPattern(p, null); return "nomatch"; }
        throw new GiveUp();
      }
      default: throw new GiveUp();
    }
  });
}

/** a binary pattern: a string, `<<...>>`, `"a" <> rest` */
function binaryPattern(p: Ast): boolean {
  if (p.t === "str") return true;
  return p.t === "call" && (p.name === "<<>>" || (p.name === "<>" && p.args?.length === 2));
}

/** a pattern matched against an unknown value (c), or one never reached (null): only its
 *  variables matter (a binary or a nested match makes the whole check give up) */
function checkPattern(p: Ast, c: Checks | null): void {
  const todo = [p];
  while (todo.length) {
    const x = todo.pop()!;
    switch (x.t) {
      case "tuple": case "list": todo.push(...x.items); break;
      case "call": {
        if (isVar(x) || (isCall(x, "^") && x.args?.length === 1 && isVar(x.args[0]))) {
          if (c !== null) bindVar(x, UNKNOWN, c);
          break;
        }
        if (x.name === "|" || x.name === "%{}" || x.name === "%" || x.name === "__aliases__") { todo.push(...(x.args ?? [])); break; }
        if (x.name === "-" && x.args?.length === 1) break;
        throw new GiveUp();
      }
      case "str": break; // (a string binds nothing: against an unknown value it may match)
      default: break;
    }
  }
}

/** a shape as guard code sees it: a term when known in full (a proper list's cells), or null */
function shapeTerm(root: Shape): Term | null {
  return foldTree<Shape, Term | null>(root, (s) => {
    switch (s.k) {
      case "lit": {
        const v = s.key.slice(2);
        if (s.key.startsWith("a:")) return { k: "atom", v };
        const n = Number(v);
        if (s.key.startsWith("f:")) return { k: "num", v: n, int: false };
        return Number.isSafeInteger(n) ? { k: "num", v: n, int: true } : null;
      }
      case "tuple": return new Expand(s.items, (items) => (items.every((x) => x !== null) ? { k: "tuple", items: items as Term[] } : null));
      case "nil": return { k: "list", items: [] };
      case "cons": return new Expand([s.head, s.tail], ([head, tail]) => (head !== null && tail?.k === "list" ? { k: "list", items: [head, ...tail.items] } : null));
      default: return null;
    }
  });
}

/** a clause's guard, the pattern matched: folded with the values its variables are bound to (and
 *  those known before the clause), a guard known false is a check known false as a pin's is */
function checkGuard(guard: Ast | null, c: Checks): void {
  if (guard === null) return;
  const vars = new Map<string, Term>();
  for (const [n, s] of [...c.env, ...c.bound]) {
    const t = shapeTerm(s);
    if (t !== null) vars.set(n, t);
    else vars.delete(n);
  }
  const outcome = guardOutcome(guard, vars);
  if (outcome === undefined) c.unknown = true;
  else if (!outcome) c.no = true;
}

/** `pattern when guard` as its pattern and guard */
function splitGuard(p: Ast): [Ast, Ast | null] {
  return isCall(p, "when") && p.args?.length === 2 ? [p.args[0], p.args[1]] : [p, null];
}

/** whether `pattern` (with its guard, `p when g`) matches the value as the compiler knows it:
 *  surely, never, or maybe; and the variables it binds (those bound to values not known too, as
 *  unknown, since they hide any earlier binding of the name) */
export function matchOutcome(pattern: Ast, value: Ast, env: ReadonlyMap<string, Shape>): { outcome: Outcome; bound: Map<string, Shape> } {
  const [p, guard] = splitGuard(pattern);
  const c: Checks = { env, bound: new Map(), no: false, unknown: false };
  try {
    const outcome = matchPattern(p, matchedShape(value, env), c);
    if (outcome === "nomatch") return { outcome, bound: new Map() };
    checkGuard(guard, c);
    return { outcome: c.no && !c.unknown ? "nomatch" : c.unknown ? "maybe" : outcome, bound: c.bound };
  } catch (e) {
    if (e instanceof GiveUp) return { outcome: "maybe", bound: new Map() };
    throw e;
  }
}

/** the warnings of `pattern = value` (the value's variables as known), in the order printed */
export function literalMatchWarnings(pattern: Ast, value: Ast, env: ReadonlyMap<string, Shape>, alwaysSame: string): string[] {
  return literalMatch(pattern, value, env).warnings;
}

/** the same, and the variables the match binds to values the compiler knows (when it can succeed) */
export function literalMatch(pattern: Ast, value: Ast, env: ReadonlyMap<string, Shape>, alwaysSame = "this check/guard will always yield the same result"): { warnings: string[]; bound: Map<string, Shape> } {
  const s = matchedShape(value, env);
  const none = { warnings: [], bound: new Map<string, Shape>() };
  const [p, guard] = splitGuard(pattern);
  if (s.k === "unknown" && !isVar(p)) return none;
  const c: Checks = { env, bound: new Map(), no: false, unknown: false };
  let outcome: Outcome;
  try {
    outcome = matchPattern(p, s, c);
    if (outcome !== "nomatch") checkGuard(guard, c);
  } catch (e) {
    if (e instanceof GiveUp) return none;
    throw e;
  }
  if (outcome === "nomatch") return { warnings: partial(s) ? [TYPES_SIZES, alwaysSame] : [alwaysSame], bound: new Map() };
  if (c.unknown) return none;
  if (c.no) return { warnings: [alwaysSame, alwaysSame], bound: new Map() };
  const bound = new Map<string, Shape>();
  for (const [n, v] of c.bound) if (v.k !== "unknown" || v.literal) bound.set(n, v);
  return { warnings: [], bound };
}

/** the warnings of `case value do clauses end` (the value's variables as known), each with its
 *  line: with a value known in part, each clause whose pattern cannot match it is "cannot match
 *  because of different types/sizes"; when no clause can match, the case's own line is "always
 *  the same result" (`noClause`). A clause whose pattern may match under a guard not known counts
 *  as one that may match; one whose pin, repeated variable or guard is known false (folded with
 *  the values the pattern binds) cannot, and is "always the same result" at its line. The guards
 *  after a clause that surely matches are not looked at (sys_core_fold drops those clauses).
 *  `values`: the subject is several values (a fn's arguments, a tuple of them here), never one
 *  literal, so a clause of another type is reported even when all are known. */
export function literalCaseWarnings(
  value: Ast, clauses: { pattern: Ast; guard: Ast | null; line: number | undefined }[], at: number | undefined,
  env: ReadonlyMap<string, Shape>, alwaysSame: string, values = false,
): { message: string; line: number | undefined; noClause?: true }[] {
  const s = shapeOf(value, env);
  if ((s.k === "unknown" && s.type === undefined) || clauses.length === 0) return [];
  const out: { message: string; line: number | undefined; noClause?: true }[] = [];
  let none = true;
  let matched = false;
  try {
    for (const clause of clauses) {
      const c: Checks = { env, bound: new Map(), no: false, unknown: false };
      const outcome = matchPattern(clause.pattern, s, c);
      if (outcome === "nomatch") { if (values || !literalShape(s)) out.push({ message: TYPES_SIZES, line: clause.line }); continue; }
      // (a guard false whatever the input is reported as such already: compiler/warnings/erlang_checks)
      if (matched || alwaysFalse(clause.guard)) continue;
      checkGuard(clause.guard, c);
      // (a pin or a repeated variable whose check is known false: the clause cannot match, "always
      // the same result" at its line; one not known may match)
      if (c.no && !c.unknown) { out.push({ message: alwaysSame, line: clause.line }); continue; }
      none = false;
      if (outcome === "match" && !c.no && !c.unknown) matched = true;
    }
  } catch (e) {
    if (e instanceof GiveUp) return [];
    throw e;
  }
  if (none) out.unshift({ message: alwaysSame, line: at, noClause: true });
  return out;
}
