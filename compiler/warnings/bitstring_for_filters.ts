// A comprehension whose generators are all bitstring generators (`for <<x <- b>>, ...`) is compiled
// by Elixir 1.14 (elixir_erl_for) into an Erlang list or binary comprehension, each filter a case
// the Erlang compiler folds: one of Elixir's boolean expressions as `case f of true -> true; false
// -> false end`, any other as `case f of v when v == false or v == nil -> false; _ -> true end`. A
// filter the compiler knows the value of gives "this check/guard will always yield the same result"
// at the line of the generator it follows: a value other than a boolean's `true` whose clause for
// false and nil never matches (its guard folds to false), or a value false or nil (or a boolean
// expression folded to false) that leaves the comprehension's own filter case no clause (and the
// rest of the comprehension dead). Not when it is compiled as a reduce (a list generator,
// `uniq: true`, `reduce:`, an `into:` other than "" or []), whose cases are compiler-generated.
import type { Ast } from "../../lang/ast.ts";
import { isBitstringGenerator, isCall, isVar, keywordPairs, lineOf } from "../ast_util.ts";
import { plainName } from "../quoted.ts";
import { returnsBoolean } from "../reachable_branches.ts";
import { fold } from "./constant_guards.ts";
import { literalShape, shapeOf, type Shape } from "./literal_matches.ts";

export type FilterWarning = { line: number | undefined; noClause: boolean };

/** the options of a `for` (its last argument, and the one before when that is a list too, as
 *  elixir_expand merges them) and the generators and filters before them */
function split(args: Ast[]): { items: Ast[]; opts: [string, Ast][] } {
  let end = args.length - 1;
  const opts = [...(keywordPairs(args[end]) ?? [])];
  if (end > 0 && args[end - 1].t === "list") {
    end--;
    opts.unshift(...(keywordPairs(args[end]) ?? []));
  }
  return { items: args.slice(0, end), opts };
}

/** the `<-` of a bitstring generator `<<segments <- value>>`, or null */
function bitstringGenerator(a: Ast): Ast | null {
  return isBitstringGenerator(a) ? a.args![a.args!.length - 1] : null;
}

/** is the comprehension compiled inline as an Erlang comprehension (not as a reduce)? */
function inlined(items: Ast[], opts: [string, Ast][]): boolean {
  if (!items.some((x) => bitstringGenerator(x) !== null) || items.some((x) => isCall(x, "<-"))) return false;
  for (const [k, v] of opts) {
    if (k === "reduce") return false;
    if (k === "uniq" && !(v.t === "atom" && v.v === "false")) return false;
    if (k === "into" && !(v.t === "str" && v.v === "") && !(v.t === "list" && v.items.length === 0) && !(isCall(v, "<<>>") && v.args?.length === 0)) return false;
  }
  return true;
}

/** what the compiler knows of a filter's value (a match's is its right side's) */
function filterShape(a: Ast, env: ReadonlyMap<string, Shape>): Shape {
  while (isCall(a, "=") && a.args?.length === 2) a = a.args[1];
  return shapeOf(a, env);
}

const falsy = (s: Shape) => s.k === "lit" && (s.key === "a:false" || s.key === "a:nil");

/** the filters of a comprehension `a` that the compiler folds, with the variables known where it is */
export function bitstringForFilterWarnings(a: Ast, env: ReadonlyMap<string, Shape>): FilterWarning[] {
  if (!isCall(a, "for") || !a.args || a.args.length < 2) return [];
  const { items, opts } = split(a.args);
  if (!inlined(items, opts)) return [];
  const out: FilterWarning[] = [];
  let known = env;
  let line: number | undefined;
  for (const x of items) {
    const generator = bitstringGenerator(x);
    if (generator !== null) {
      line = lineOf(generator);
      // (a generator's pattern binds its names anew)
      const names = patternNames(x);
      if ([...names].some((n) => known.has(n))) known = new Map([...known].filter(([n]) => !names.has(n)));
      continue;
    }
    if (returnsBoolean(x)) {
      const shape = filterShape(x, known);
      const folded = fold(x);
      if ((shape.k === "lit" && shape.key === "a:false") || (folded?.k === "atom" && folded.v === "false")) {
        out.push({ line, noClause: true });
        return out;
      }
      continue;
    }
    const shape = filterShape(x, known);
    if (!literalShape(shape)) continue;
    out.push({ line, noClause: falsy(shape) });
    if (falsy(shape)) return out;
  }
  return out;
}

/** the variables a pattern names (those inside a pin are read, not bound) */
function patternNames(p: Ast): Set<string> {
  const names = new Set<string>();
  const todo: Ast[] = [p];
  while (todo.length > 0) {
    const x = todo.pop()!;
    if (isVar(x)) names.add(plainName(x.name as string));
    else if (x.t === "list" || x.t === "tuple") todo.push(...x.items);
    else if (x.t === "call" && x.name !== "^") todo.push(...(x.args ?? []));
  }
  return names;
}
