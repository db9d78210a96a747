// :lists.merge/2 as OTP 25 runs it, failures included. OTP takes the second list's first element
// in merge/2, then alternates between merge2_1/4 (walking the first list while its elements are
// =< the pending one of the second) and merge2_2/5 (walking the second while it holds elements
// below the pending one of the first); when one list ends, the other's rest is put behind the
// merged part with lists:reverse/2. So a non-list or an improper tail fails the clauses of the
// function walking that list (with its arguments), an improper rest fails reverse/2 with badarg,
// and either shows merge/2's frame below. Lines: lists.erl's (scripts/gen-merge-lines.exs).
import { Cons, NIL, Term, atom, list, tuple } from "../terms.ts";
import { compare } from "../compare.ts";
import { ErlangError } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { erlLocation, listsClause } from "./lists_walk.ts";
import { mergeLines } from "./lists_merge_lines_data.ts";

const LISTS = atom("lists");

/** merge/2's own frame, below whatever fails in the helpers it calls */
const mergeFrame = () => tuple(LISTS, atom("merge"), 2, erlLocation(mergeLines.merge.reverse));

/** the helper's function_clause with its arguments, above merge/2's frame */
function helperClause(name: "merge2_1" | "merge2_2", args: Term[]): never {
  try {
    listsClause(name, args, mergeLines[name].head);
  } catch (e) {
    (e as ErlangError).calleeBelow = [mergeFrame()];
    throw e;
  }
}

/** lists:reverse(rest, acc) called by the helper at the end of the other list: merged ++ rest,
 *  or reverse/2's badarg for an improper rest */
function putRest(merged: Term[], rest: Term, name: "merge2_1" | "merge2_2", arity: number): Term {
  let t = rest;
  while (t instanceof Cons) t = t.tail;
  if (t === NIL) return list(merged, rest);
  const e = new ErlangError("error", atom("badarg"));
  e.diagnosis = { args: [[1, rest instanceof Cons ? "not a proper list" : "not a list"]] };
  e.callee = bifErrorFrame("lists", "reverse", [rest, list(merged.slice().reverse())], e.diagnosis);
  e.calleeBelow = [tuple(LISTS, atom(name), arity, erlLocation(mergeLines[name].reverse)), mergeFrame()];
  throw e;
}

/** :lists.merge(l1, l2): ties (1 and 1.0) are taken from the first list */
export function listsMerge(l1: Term, l2: Term): Term {
  if (l2 === NIL) return l1;
  if (!(l2 instanceof Cons)) listsClause("merge", [l1, l2], mergeLines.merge.head);
  const out: Term[] = [];
  let t1 = l1, h2 = l2.head, t2 = l2.tail;
  for (;;) {
    // merge2_1(T1, H2, T2, M): the first list's elements up to H2
    while (t1 instanceof Cons && compare(t1.head, h2) <= 0) {
      out.push(t1.head);
      t1 = t1.tail;
    }
    if (t1 === NIL) return putRest([...out, h2], t2, "merge2_1", 4);
    if (!(t1 instanceof Cons)) helperClause("merge2_1", [t1, h2, t2, list(out.slice().reverse())]);
    // merge2_2(T1, H2, T2, M, H1): H1 waits while the second list's elements are below it
    const h1 = t1.head;
    t1 = t1.tail;
    for (;;) {
      if (t2 === NIL) return putRest([...out, h2, h1], t1, "merge2_2", 5);
      if (!(t2 instanceof Cons)) helperClause("merge2_2", [t1, h2, t2, list(out.slice().reverse()), h1]);
      out.push(h2);
      h2 = t2.head;
      t2 = t2.tail;
      if (compare(h1, h2) <= 0) {
        out.push(h1);
        break;
      }
    }
  }
}
