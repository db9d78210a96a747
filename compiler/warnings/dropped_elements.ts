// A match on a tuple or list written out (`{:ok, s} = {:ok, x + 1}`) whose value is dropped is
// split by sys_core_fold into one binding per element: an element matched to a variable nothing
// reads (or to `_`) is computed for nothing, and warned of as a dropped statement's value is
// ("the result of evaluating operator '+'/2 is ignored"). Only where the match tests nothing: a
// pin, a variable repeated, a literal against a value not the same literal or a pattern of another
// shape make it a case, which keeps every element. So are the parts of a tuple, list or map
// built for nothing. A part the compiler folds to a constant first (`{:ok, hd([1])}`) is a literal
// by then: nothing is computed. (Observed on Elixir 1.14 / OTP 25.)
import type { Ast } from "../../lang/ast.ts";
import { isCall, isVar } from "../ast_util.ts";
import { unreadBindings } from "./variables.ts";
import { fold } from "./constant_guards.ts";

/** the elements of the value of the match `pattern = value` whose values are dropped with it */
export function droppedElements(pattern: Ast, value: Ast): Ast[] {
  // (`p1 = p2 = value` is one match on the joined patterns)
  const patterns = [pattern];
  while (isCall(value, "=") && value.args?.length === 2) {
    patterns.push(value.args[0]);
    value = value.args[1];
  }
  const names = new Set<string>();
  if (!patterns.every((p) => testsNothing(p, names))) return [];
  const dropped: Ast[] = [];
  // (pairs of the patterns at a place and the value there, on a work list: terms nest deep)
  const todo: [Ast[], Ast][] = [[patterns, value]];
  while (todo.length > 0) {
    const [ps, v] = todo.pop()!;
    const binding = ps.filter((p) => !(isVar(p) && (p.name === "_" || unreadBindings.has(p))));
    if (binding.length === 0) { dropped.push(v); continue; }
    if (binding.some(isVar)) continue;
    if (binding.every(isLiteral)) {
      if (!binding.every((p) => sameLiteral(p, v))) return [];
      continue;
    }
    if (v.t === "tuple" && binding.every((p) => p.t === "tuple" && p.items.length === v.items.length)) {
      v.items.forEach((x, i) => todo.push([binding.map((p) => (p as { items: Ast[] }).items[i]), x]));
      continue;
    }
    const cells = listCells(v);
    const patternCells = binding.map(listCells);
    if (cells === null || !patternCells.every((c) => c !== null && c.items.length === cells.items.length && (c.tail === null) === (cells.tail === null))) return [];
    cells.items.forEach((x, i) => todo.push([patternCells.map((c) => c!.items[i]), x]));
    if (cells.tail !== null) todo.push([patternCells.map((c) => c!.tail!), cells.tail]);
  }
  return dropped.filter(computed);
}

const computed = (a: Ast): boolean => fold(a) === null;

/** a pattern of variables (none twice), literals, tuples and lists only */
function testsNothing(root: Ast, names: Set<string>): boolean {
  const todo = [root];
  while (todo.length > 0) {
    const p = todo.pop()!;
    if (isVar(p)) {
      const name = p.name as string;
      if (name === "_") continue;
      if (names.has(name)) return false;
      names.add(name);
    } else if (p.t === "tuple" || p.t === "list") todo.push(...p.items);
    else if (isCall(p, "|") && p.args?.length === 2) todo.push(...p.args);
    else if (!isLiteral(p)) return false;
  }
  return true;
}

function isLiteral(a: Ast): boolean {
  return a.t === "atom" || a.t === "int" || a.t === "float" || a.t === "str";
}

function sameLiteral(p: Ast, v: Ast): boolean {
  return p.t === v.t && isLiteral(p) && String((p as { v: unknown }).v) === String((v as { v: unknown }).v);
}

/** a list written out as its items and its tail after `|` (null: none) */
function listCells(a: Ast): { items: Ast[]; tail: Ast | null } | null {
  if (a.t !== "list") return null;
  const last = a.items[a.items.length - 1];
  if (last !== undefined && isCall(last, "|") && last.args?.length === 2) return { items: [...a.items.slice(0, -1), last.args[0]], tail: last.args[1] };
  return { items: a.items, tail: null };
}

/** the parts of a tuple, list or map (no update) written out: dropped with it */
export function builtParts(a: Ast): Ast[] {
  if (a.t === "tuple") return a.items.filter(computed);
  if (a.t === "list") return a.items.flatMap((x) => (isCall(x, "|") && x.args?.length === 2 ? x.args : [x])).filter(computed);
  if (isCall(a, "%{}") && a.args?.every((p) => p.t === "tuple" && p.items.length === 2)) return a.args.flatMap((p) => (p as { items: Ast[] }).items).filter(computed);
  return [];
}
