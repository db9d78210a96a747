// A match `pattern = value` the Erlang compiler can tell never succeeds, as Elixir 1.14 passes its
// warnings on: the value is (partly) known at compile time (numbers, atoms, tuples and lists of
// them, or a variable a statement before bound to one) and the pattern cannot match it. A value
// known in full gives "this check/guard will always yield the same result"; one with unknown parts
// (a variable inside a tuple) gives "this clause cannot match because of different types/sizes"
// before it. Binaries are not folded, so never reported; a pattern with a pin or a variable
// written twice is left alone (the compiler words those differently).
import type { Ast } from "../../lang/ast.ts";
import { isCall, isVar } from "../ast_util.ts";
import { plainName } from "../quoted.ts";

/** what the compiler knows of a value */
export type Shape =
  | { k: "lit"; key: string }
  | { k: "tuple"; items: Shape[] }
  | { k: "cons"; head: Shape; tail: Shape }
  | { k: "nil" }
  | { k: "unknown" };

const UNKNOWN: Shape = { k: "unknown" };

export const TYPES_SIZES = "this clause cannot match because of different types/sizes";

/** the shape of a value expression, with the variables known so far */
export function shapeOf(a: Ast, env: ReadonlyMap<string, Shape>): Shape {
  switch (a.t) {
    case "int": return { k: "lit", key: `i:${a.v}` };
    case "float": return { k: "lit", key: `f:${Number(a.v)}` };
    case "atom": return { k: "lit", key: `a:${a.v}` };
    case "tuple": return { k: "tuple", items: a.items.map((x) => shapeOf(x, env)) };
    case "list": return listShape(a.items, (x) => shapeOf(x, env));
    case "call": {
      if (isVar(a)) return env.get(plainName(a.name as string)) ?? UNKNOWN;
      if (a.name === "-" && a.args?.length === 1 && a.args[0].t === "int") return { k: "lit", key: `i:${-BigInt(a.args[0].v)}` };
      return UNKNOWN;
    }
    default: return UNKNOWN;
  }
}

function listShape(items: Ast[], each: (a: Ast) => Shape): Shape {
  let tail: Shape = { k: "nil" };
  let end = items.length;
  const last = items[items.length - 1];
  if (last && isCall(last, "|") && last.args?.length === 2) {
    tail = { k: "cons", head: each(last.args[0]), tail: each(last.args[1]) };
    end--;
  }
  for (let i = end - 1; i >= 0; i--) tail = { k: "cons", head: each(items[i]), tail };
  return tail;
}

/** does the shape have unknown parts? */
function partial(s: Shape): boolean {
  switch (s.k) {
    case "unknown": return true;
    case "tuple": return s.items.some(partial);
    case "cons": return partial(s.head) || partial(s.tail);
    default: return false;
  }
}

type Outcome = "match" | "nomatch" | "maybe";
class GiveUp extends Error {}

function combine(xs: Outcome[]): Outcome {
  return xs.includes("nomatch") ? "nomatch" : xs.includes("maybe") ? "maybe" : "match";
}

function matchPattern(p: Ast, s: Shape, names: Set<string>): Outcome {
  if (s.k === "unknown") {
    checkPattern(p, names);
    return "maybe";
  }
  switch (p.t) {
    case "int": case "float": case "atom": {
      const lit = shapeOf(p, new Map());
      return s.k === "lit" && lit.k === "lit" && s.key === lit.key ? "match" : "nomatch";
    }
    case "tuple":
      if (s.k !== "tuple") { checkPattern(p, new Set()); return "nomatch"; }
      if (s.items.length !== p.items.length) { checkPattern(p, new Set()); return "nomatch"; }
      return combine(p.items.map((x, i) => matchPattern(x, s.items[i], names)));
    case "list": {
      // walk the pattern's cells along the value's
      const last = p.items[p.items.length - 1];
      const hasTail = last !== undefined && isCall(last, "|") && last.args?.length === 2;
      const heads = hasTail ? [...p.items.slice(0, -1), (last as { args: Ast[] }).args[0]] : p.items;
      const outcomes: Outcome[] = [];
      let cur: Shape = s;
      for (const h of heads) {
        if (cur.k === "unknown") { checkPattern(h, names); outcomes.push("maybe"); continue; }
        if (cur.k !== "cons") { checkPattern(p, new Set()); return "nomatch"; }
        outcomes.push(matchPattern(h, cur.head, names));
        cur = cur.tail;
      }
      if (hasTail) outcomes.push(matchPattern((last as { args: Ast[] }).args[1], cur, names));
      else if (cur.k === "cons" || cur.k === "lit" || cur.k === "tuple") { checkPattern(p, new Set()); return "nomatch"; }
      else if (cur.k === "unknown") outcomes.push("maybe");
      return combine(outcomes);
    }
    case "call": {
      if (isVar(p)) { checkPattern(p, names); return "match"; }
      if (p.name === "-" && p.args?.length === 1 && p.args[0].t === "int") {
        const lit = shapeOf(p, new Map());
        return s.k === "lit" && lit.k === "lit" && s.key === lit.key ? "match" : "nomatch";
      }
      if (p.name === "%{}" || (p.name === "%" && p.args?.length === 2)) { checkPattern(p, new Set()); return "nomatch"; }
      throw new GiveUp();
    }
    default: throw new GiveUp();
  }
}

/** a pattern matched against an unknown value: only its variables matter (a pin, a variable
 *  written twice, a binary or a nested match makes the whole check give up) */
function checkPattern(p: Ast, names: Set<string>): void {
  const todo = [p];
  while (todo.length) {
    const x = todo.pop()!;
    switch (x.t) {
      case "tuple": case "list": todo.push(...x.items); break;
      case "call": {
        if (isVar(x)) {
          const n = plainName(x.name as string);
          if (n.startsWith("_")) break;
          if (names.has(n)) throw new GiveUp();
          names.add(n);
          break;
        }
        if (x.name === "|" || x.name === "%{}" || x.name === "%" || x.name === "__aliases__") { todo.push(...(x.args ?? [])); break; }
        if (x.name === "-" && x.args?.length === 1) break;
        throw new GiveUp();
      }
      case "str": throw new GiveUp();
      default: break;
    }
  }
}

/** the warnings of `pattern = value` (the value's variables as known), in the order printed */
export function literalMatchWarnings(pattern: Ast, value: Ast, env: ReadonlyMap<string, Shape>, alwaysSame: string): string[] {
  const s = shapeOf(value, env);
  if (s.k === "unknown") return [];
  try {
    if (matchPattern(pattern, s, new Set()) !== "nomatch") return [];
  } catch (e) {
    if (e instanceof GiveUp) return [];
    throw e;
  }
  return partial(s) ? [TYPES_SIZES, alwaysSame] : [alwaysSame];
}

/** the warnings of `case value do clauses end` (the value's variables as known), each with its
 *  line: with a value known in part, each clause whose pattern cannot match it is "cannot match
 *  because of different types/sizes"; when no clause can match, the case's own line is "always
 *  the same result". A clause whose pattern may match under a guard counts as one that may match. */
export function literalCaseWarnings(
  value: Ast, clauses: { pattern: Ast; line: number | undefined }[], at: number | undefined,
  env: ReadonlyMap<string, Shape>, alwaysSame: string,
): { message: string; line: number | undefined }[] {
  const s = shapeOf(value, env);
  if (s.k === "unknown" || clauses.length === 0) return [];
  const out: { message: string; line: number | undefined }[] = [];
  let none = true;
  try {
    for (const c of clauses) {
      if (matchPattern(c.pattern, s, new Set()) !== "nomatch") none = false;
      else if (partial(s)) out.push({ message: TYPES_SIZES, line: c.line });
    }
  } catch (e) {
    if (e instanceof GiveUp) return [];
    throw e;
  }
  if (none) out.unshift({ message: alwaysSame, line: at });
  return out;
}
