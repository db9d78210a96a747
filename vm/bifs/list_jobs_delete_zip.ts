// :lists.delete/2 and :lists.zip/2 as jobs (bif_jobs.ts): a call on a list of millions of cells
// runs in chunks that let other processes run, as lists.erl's recursive functions do (one
// :lists.delete(0, l) of 3M cells held the node for 1.8 s with no other process running). They
// fail where lists.erl's clauses do: at the cell where the walk finds no list, with its rest as
// the function_clause's arguments; a tail after the deleted element is not looked at.
import { Cons, NIL, Term, tuple } from "../terms.ts";
import { exactEquals } from "../compare.ts";
import { STEP, type JobGen } from "./bif_jobs.ts";
import { build } from "./list_jobs.ts";
import { listsClause } from "./lists_walk.ts";
import { codeFrame } from "../code_frame.ts";

/** OTP 25's lists.erl: where delete/2's and zip/2's clauses start */
const DELETE_LINE = 404;
const DELETE_FRAME = codeFrame("lists", "delete", 2, "lists.erl", 406);
const ZIP_LINE = 419;
const ZIP_FRAME = codeFrame("lists", "zip", 2, "lists.erl", ZIP_LINE);

/** l without its first element exactly equal to x */
export function* deleteJob(x: Term, l: Term): JobGen {
  const w = { c: l, before: [] as Term[] };
  let k: number;
  while ((k = deleteSome(w, x)) === STEP) yield k;
  if (k > 0) yield k;
  if (w.c instanceof Cons) return yield* build(w.before, w.c.tail);
  // (a cell kept before the failing one stands on a delete/2 frame at [H | delete(Item, Rest)])
  if (w.c !== NIL) listsClause("delete", [x, w.c], DELETE_LINE, w.before.length > 0 ? [DELETE_FRAME] : undefined);
  return l;
}

/** up to STEP cells walked looking for x, their heads kept: how many (fewer: found or the end) */
function deleteSome(w: { c: Term; before: Term[] }, x: Term): number {
  let c = w.c, k = 0;
  while (c instanceof Cons && !exactEquals(c.head, x)) {
    w.before.push(c.head);
    c = c.tail;
    if (++k === STEP) break;
  }
  w.c = c;
  return k === STEP && c instanceof Cons && exactEquals(c.head, x) ? STEP - 1 : k;
}

/** [{a1, b1}, ...] of two lists of one length */
export function* zipJob(a: Term, b: Term): JobGen {
  const w = { a, b, pairs: [] as Term[] };
  let k: number;
  while ((k = zipSome(w)) === STEP) yield k;
  if (k > 0) yield k;
  // (OTP's zip is body-recursive: past the first pair, the failing call stands on a zip/2 frame,
  // its repeated return address recorded once)
  if (w.a !== NIL || w.b !== NIL) listsClause("zip", [w.a, w.b], ZIP_LINE, w.pairs.length > 0 ? [ZIP_FRAME] : undefined);
  return yield* build(w.pairs, NIL);
}

function zipSome(w: { a: Term; b: Term; pairs: Term[] }): number {
  let a = w.a, b = w.b, k = 0;
  while (a instanceof Cons && b instanceof Cons) {
    w.pairs.push(tuple(a.head, b.head));
    a = a.tail;
    b = b.tail;
    if (++k === STEP) break;
  }
  w.a = a;
  w.b = b;
  return k;
}
