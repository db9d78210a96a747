// :lists.umerge/2 as OTP 25 runs it, failures included. umerge/2 takes the first list's head and
// alternates between umerge2_2/4 (walking the second list while its elements are below the
// pending one of the first) and umerge2_1/5 (walking the first list while its elements are =<
// the pending one of the second, remembering the last one taken so that an equal pending element
// of the second list is dropped); when one list ends, the other's rest goes behind the merged part
// with lists:reverse/2. So a non-list or an improper tail fails the clauses of the function walking
// that list (with its arguments), an improper rest fails reverse/2 with badarg, and either shows
// umerge/2's frame below. Lines: lists.erl's (scripts/gen-merge-lines.exs).
import { Cons, NIL, Term, atom, list, tuple } from "../terms.ts";
import { compare } from "../compare.ts";
import { ErlangError } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { erlLocation, listsClause } from "./lists_walk.ts";
import { umergeLines } from "./lists_merge_lines_data.ts";

const LISTS = atom("lists");

/** umerge/2's own frame, at its call of umerge2_2 (whose result it reverses) */
const umergeFrame = () => tuple(LISTS, atom("umerge"), 2, erlLocation(umergeLines.umerge.reverse));

/** the accumulator OTP's helpers carry: the merged part, last element first */
const acc = (merged: Term[]) => list(merged.slice().reverse());

function helperClause(name: "umerge2_1" | "umerge2_2", args: Term[]): never {
  try {
    listsClause(name, args, umergeLines[name].head);
  } catch (e) {
    (e as ErlangError).calleeBelow = [umergeFrame()];
    throw e;
  }
}

/** lists:reverse(rest, acc) at the end of the other list: merged ++ rest, or reverse/2's badarg */
function putRest(merged: Term[], rest: Term, name: "umerge2_1" | "umerge2_2", line: number): Term {
  let t = rest;
  while (t instanceof Cons) t = t.tail;
  if (t === NIL) return list(merged, rest);
  const e = new ErlangError("error", atom("badarg"));
  e.diagnosis = { args: [[1, rest instanceof Cons ? "not a proper list" : "not a list"]] };
  e.callee = bifErrorFrame("lists", "reverse", [rest, acc(merged)], e.diagnosis);
  e.calleeBelow = [tuple(LISTS, atom(name), name === "umerge2_1" ? 5 : 4, erlLocation(line)), umergeFrame()];
  throw e;
}

/** :lists.umerge(l1, l2): an element in both lists (1 and 1.0 too) is kept once, from the first */
export function listsUmerge(l1: Term, l2: Term): Term {
  if (l1 === NIL) return l2;
  if (!(l1 instanceof Cons)) listsClause("umerge", [l1, l2], umergeLines.umerge.head);
  const out: Term[] = [];
  let h1 = l1.head, t1 = l1.tail, t2 = l2;
  for (;;) {
    // umerge2_2(T1, T2, M, H1): the second list's elements below H1
    let h2: Term;
    for (;;) {
      if (t2 === NIL) return putRest([...out, h1], t1, "umerge2_2", umergeLines.umerge2_2.reverse);
      if (!(t2 instanceof Cons)) helperClause("umerge2_2", [t1, t2, acc(out), h1]);
      h2 = t2.head;
      t2 = t2.tail;
      if (compare(h1, h2) <= 0) break;
      out.push(h2);
    }
    // umerge2_1(T1, T2, M, HdM, H2): the first list's elements up to H2; HdM is the last taken
    out.push(h1);
    let last = h1;
    for (;;) {
      if (t1 === NIL) {
        if (compare(last, h2) === 0) return putRest(out, t2, "umerge2_1", umergeLines.umerge2_1.reverseEqual);
        return putRest([...out, h2], t2, "umerge2_1", umergeLines.umerge2_1.reverse);
      }
      if (!(t1 instanceof Cons)) helperClause("umerge2_1", [t1, t2, acc(out), last, h2]);
      h1 = t1.head;
      t1 = t1.tail;
      if (compare(h1, h2) > 0) break;
      out.push(h1);
      last = h1;
    }
    if (compare(last, h2) !== 0) out.push(h2);
  }
}
