// Elixir 1.14's refusal of two bitstring patterns matched in parallel (elixir_expand's
// refute_parallel_bitstring_match): when a `=` is expanded, its left and right sides are walked
// together (lists, tuples, maps by sorted key, structs' maps, and a nested `=`'s own sides); two
// `<<>>` met at the same place, both patterns, are a CompileError at the right one. Both are
// patterns inside a pattern's `=`, and in a body's chain `p1 = p2 = x` for p1 and p2. The message
// shows the right `<<>>` as the expander left it (compiler/expanded_bitstring_text.ts).
import type { Ast, AstCall } from "../lang/ast.ts";
import { isCall, lineOf } from "./ast_util.ts";
import type { ModCtx } from "./context.ts";
import { astToTerm } from "./quoted.ts";
import { compare, compareExact } from "../vm/compare.ts";
import type { RawFrame } from "./expander_frames.ts";
import { expandedBitstringText } from "./expanded_bitstring_text.ts";

/** a side as the expander leaves it where the walk looks: `"a" <> x` is a `<<>>`, and a block of
 *  one expression (parentheses) that expression */
function shape(a: Ast): Ast {
  while (isCall(a, "__block__") && a.args?.length === 1) a = a.args[0];
  return a;
}

const isBitstring = (a: Ast): boolean => isCall(a, "<<>>") || (isCall(a, "<>") && (a as AstCall).args?.length === 2);

/** a `%{}`'s pairs, sorted by key as Erlang sorts them */
function mapPairs(m: AstCall): [Ast, Ast][] {
  const pairs: [Ast, Ast][] = [];
  for (const item of m.args ?? []) {
    if (item.t === "list") {
      for (const kv of item.items) if (kv.t === "tuple" && kv.items.length === 2) pairs.push([kv.items[0], kv.items[1]]);
    } else if (item.t === "tuple" && item.items.length === 2) pairs.push([item.items[0], item.items[1]]);
  }
  return pairs.map(([k, v]) => ({ k, v, key: astToTerm(k) })).sort((x, y) => compare(x.key, y.key)).map(({ k, v }) => [k, v]);
}

/** a struct's inner map (`%M{...}` is `%` of the module and a `%{}`) */
function structMap(a: Ast): Ast | null {
  return isCall(a, "%") && a.args?.length === 2 ? a.args[1] : null;
}

/** a frame of elixir_expand's walk (pruned from printed traces; named, so a recursion on one call
 *  site is recorded once) */
const frame = (fun: string, line: number, arity = 4): RawFrame => ({ pruned: ["elixir_expand", fun, arity, "src/elixir_expand.erl", line] });
/** the walk's calls that return to it (the others are tail calls: no frame) */
const LEFT_OF_MATCH = frame("refute_parallel_bitstring_match", 1125);
const ELEMENT = frame("refute_parallel_bitstring_match_each", 1156);
const MAP_VALUE = frame("refute_parallel_bitstring_match_map_field", 1163);

interface Found { at: Ast; frames: RawFrame[] }

/** whether a `<<>>` stands where the walk may reach it (lists, tuples, maps, structs, `=`s and
 *  one-expression blocks within), cached per node: each `=` of a 10,000-long chain asks it of the
 *  rest of the chain */
const holdsBitstring = new WeakMap<Ast, boolean>();
const WALKED = new Set(["=", "%{}", "%", "__block__"]);

function mayHoldBitstring(root: Ast): boolean {
  const kids = (a: Ast): Ast[] => (a.t === "list" || a.t === "tuple" ? a.items : a.t === "call" && typeof a.name === "string" && WALKED.has(a.name) ? a.args ?? [] : []);
  // (post-order on a stack of its own: a node's answer once its children's are known)
  const stack: [Ast, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [a, ready] = stack.pop()!;
    if (holdsBitstring.has(a)) continue;
    if (isBitstring(a)) { holdsBitstring.set(a, true); continue; }
    const cs = kids(a);
    if (ready) holdsBitstring.set(a, cs.some((c) => holdsBitstring.get(c) === true));
    else {
      stack.push([a, true]);
      for (const c of cs) if (!holdsBitstring.has(c)) stack.push([c, false]);
    }
  }
  return holdsBitstring.get(root) === true;
}

/** the frames walked through so far, innermost last (a chain: patterns nest 10,000 deep) */
interface Path { frame: RawFrame; up: Path | null }

/** the right-hand `<<>>` that matching `left` and `right` (in parallel or not) refuses, with the
 *  walk's frames above the `=`'s expansion (top first), or null; walked depth first on a stack of
 *  its own, in the expander's order */
export function parallelBitstring(left0: Ast, right0: Ast, parallel0: boolean): Found | null {
  type Step = { left: Ast; right: Ast; parallel: boolean; path: Path | null };
  const todo: Step[] = [{ left: left0, right: right0, parallel: parallel0, path: null }];
  while (todo.length > 0) {
    const { left: l0, right: r0, parallel, path } = todo.pop()!;
    const left = shape(l0), right = shape(r0);
    if (parallel && isBitstring(left) && isBitstring(right)) {
      const frames: RawFrame[] = [];
      for (let p = path; p !== null; p = p.up) frames.push(p.frame);
      return { at: right, frames };
    }
    const next: Step[] = [];
    const under = (fr: RawFrame): Path => ({ frame: fr, up: path });
    const each = (ls: Ast[], rs: Ast[]): void => {
      for (let i = 0; i < Math.min(ls.length, rs.length); i++) next.push({ left: ls[i], right: rs[i], parallel, path: under(ELEMENT) });
    };
    if (isCall(right, "=") && right.args?.length === 2) {
      next.push({ left, right: right.args[0], parallel: true, path: under(LEFT_OF_MATCH) }, { left, right: right.args[1], parallel, path });
    } else if (left.t === "list" && right.t === "list" && left.items.length > 0 && right.items.length > 0) {
      // (a `[h | t]` is a list of its `|` call, paired with nothing)
      each(left.items, right.items);
    } else if (left.t === "tuple" && right.t === "tuple" && (left.items.length === 2) === (right.items.length === 2)) {
      // (a 2-tuple is written as itself, another size as {:{}, _, items}: the two never pair)
      each(left.items, right.items);
    } else if (isCall(left, "%{}") && isCall(right, "%{}")) {
      const ls = mapPairs(left), rs = mapPairs(right);
      let i = 0, j = 0;
      while (i < ls.length && j < rs.length) {
        const kl = astToTerm(ls[i][0]), kr = astToTerm(rs[j][0]);
        if (compareExact(kl, kr) === 0) {
          next.push({ left: ls[i][1], right: rs[j][1], parallel, path: under(MAP_VALUE) });
          i++, j++;
        } else if (compare(kl, kr) > 0) j++;
        else i++;
      }
    } else if (structMap(left)) next.push({ left: structMap(left)!, right, parallel, path });
    else if (structMap(right)) next.push({ left, right: structMap(right)!, parallel, path });
    for (let k = next.length - 1; k >= 0; k--) todo.push(next[k]);
  }
  return null;
}

/**
 * Elixir's CompileError for the `=` node `match` (a pattern's, or a body's match expression),
 * raised where its expansion is (its frames above it are the expander's own, all pruned)
 */
/** `trace`: where no model of the expander's frames reaches the `=` (compiler/expander_frames.ts),
 *  a def head's (module) frame, or none (deep in the expander, below the BEAM's 8 frames) */
export function refuteParallelBitstringMatch(mod: ModCtx, match: AstCall, inPattern: boolean, trace: "module" | "none"): void {
  const [left, right] = match.args ?? [];
  if (left === undefined || right === undefined || !mayHoldBitstring(left) || !mayHoldBitstring(right)) return;
  const found = parallelBitstring(left, right, inPattern);
  if (!found) return;
  const line = lineOf(found.at) ?? lineOf(match) ?? 0;
  // (the `=`'s own clause of expand/3 calls the walk)
  const site = [...found.frames, frame("expand", 37, 3)];
  mod.error(`binary patterns cannot be matched in parallel using "=", excess pattern: ${expandedBitstringText(found.at, mod)}`, line, trace, match, site);
}
