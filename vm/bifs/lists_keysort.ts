// :lists.keysort/2 as OTP 25 runs it, failures included. OTP's merge sort first splits the list
// into runs, reading each element's key with element/2 once, in list order, in whichever of its
// functions the run state is in (keysort/2 for the first two or three, then keysort_1/5 while
// elements equal the first, keysplit_1/8 and keysplit_1_1/10 for ascending runs, keysplit_2/8 and
// keysplit_2_1/10 for descending ones): a non-tuple fails element/2 under that function's frame,
// an improper tail fails that function's clauses with its arguments. The walk below follows those
// states to name the same frame. The sort itself is stable by key, as OTP's is, except where keys
// compare equal but differ (0 and 0.0): such lists go to lib/erlang/lists_keysort.ex, OTP's
// algorithm, for OTP's order. The walk and the sort run as a job (bif_jobs.ts), a chunk at a time,
// as OTP's keysort (plain Erlang) can be preempted anywhere.
import { Cons, NIL, Term, Tuple, atom, list, tuple } from "../terms.ts";
import { compare } from "../compare.ts";
import { ErlangError } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { erlLocation, isPosInt, listsClause } from "./lists_walk.ts";
import { keysortLines } from "./lists_keysort_lines_data.ts";
import { build, holdsFloat, mergeSort } from "./list_jobs.ts";
import { STEP, runJob, type JobGen } from "./bif_jobs.ts";
import type { BifContext } from "./registry.ts";
import { TailCall } from "../calls.ts";

const A_LISTS_KEYSORT = atom("beamlet_lists_keysort");
const A_KEYSORT = atom("keysort");

const ARITY = { keysort: 2, keysort_1: 5, keysplit_1: 8, keysplit_1_1: 10, keysplit_2: 8, keysplit_2_1: 10 };
type Fn = keyof typeof ARITY;

/** element(n, t) read in lists:fn at the given line: a non-tuple or a too-small tuple fails there */
function keyOf(t: Term, n: number, fn: Fn, line: number): Term {
  if (t instanceof Tuple && t.items.length >= n) return t.items[n - 1];
  const e = new ErlangError("error", atom("badarg"));
  e.diagnosis = { args: [t instanceof Tuple ? [1, "out of range"] : [2, "not a tuple"]] };
  e.callee = bifErrorFrame("erlang", "element", [n, t], e.diagnosis);
  e.calleeBelow = [tuple(atom("lists"), atom(fn), ARITY[fn], erlLocation(line))];
  throw e;
}

const le = (a: Term, b: Term) => compare(a, b) <= 0;
const gt = (a: Term, b: Term) => compare(a, b) > 0;

/** lists:fn's function_clause for an improper tail, with the arguments it was called with */
function tailClause(fn: Exclude<Fn, "keysort">, args: Term[]): never {
  return listsClause(fn, args, keysortLines[fn].head);
}

/** keysort_1(I, X, EX, L, R): elements equal (==) to the first pair are not read */
function* keysort1(n: number, x: Term, ex: Term, l: Term, r: Term): Generator<number, void, void> {
  let k = 0;
  while (l instanceof Cons && compare(x, l.head) === 0) {
    r = new Cons(x, r);
    x = l.head;
    l = l.tail;
    if (++k === STEP) { yield k; k = 0; }
  }
  if (l === NIL) return;
  if (!(l instanceof Cons)) tailClause("keysort_1", [n, x, ex, l, r]);
  const y = l.head;
  const ey = keyOf(y, n, "keysort_1", keysortLines.keysort_1.element);
  yield* split(n, le(ex, ey), x, ex, y, ey, l.tail, r, NIL);
}

/** keysplit_1/8 and keysplit_1_1/10 (ascending runs), keysplit_2/8 and keysplit_2_1/10
 *  (descending): X, Y the run's last two, R the run before them, Rs the runs done, S a third
 *  element set aside (the _1 states) */
function* split(n: number, ascending: boolean, x: Term, ex: Term, y: Term, ey: Term, l: Term, r: Term, rs: Term): Generator<number, void, void> {
  const inOrder = ascending ? le : gt;
  let s: Term | null = null;
  let es: Term = NIL;
  for (let k = 1; ; k++) {
    if (k === STEP) { yield k; k = 0; }
    const fn: Fn = ascending ? (s === null ? "keysplit_1" : "keysplit_1_1") : s === null ? "keysplit_2" : "keysplit_2_1";
    if (l === NIL) return;
    if (!(l instanceof Cons)) {
      tailClause(fn, s === null ? [n, x, ex, y, ey, l, r, rs] : [n, x, ex, y, ey, es, r, rs, s, l]);
    }
    const z = l.head;
    l = l.tail;
    const ez = keyOf(z, n, fn, keysortLines[fn].element);
    if (inOrder(ey, ez)) {
      r = new Cons(x, r);
      [x, ex, y, ey] = [y, ey, z, ez];
    } else if (inOrder(ex, ez)) {
      r = new Cons(x, r);
      [x, ex] = [z, ez];
    } else if (s === null && r === NIL) {
      r = list([z]);
    } else if (s === null) {
      [s, es] = [z, ez];
    } else {
      // the set-aside element and z start the next run
      rs = new Cons(new Cons(y, new Cons(x, r)), rs);
      r = NIL;
      [x, ex, y, ey] = inOrder(es, ez) ? [s, es, z, ez] : [z, ez, s, es];
      s = null;
    }
  }
}

/** reads every key as OTP's keysort/2 does, failing where it fails */
function* readKeys(n: number, l: Cons): Generator<number, void, void> {
  const x = l.head, rest = l.tail as Cons;
  const y = rest.head, t = rest.tail;
  const ex = keyOf(x, n, "keysort", keysortLines.keysort.pair);
  const ey = keyOf(y, n, "keysort", keysortLines.keysort.pair);
  const ascending = le(ex, ey);
  if (t === NIL) return;
  if (t instanceof Cons && t.tail === NIL) {
    keyOf(t.head, n, "keysort", ascending ? keysortLines.keysort.ascending_third : keysortLines.keysort.descending_third);
    return;
  }
  if (ascending && compare(x, y) === 0) return yield* keysort1(n, y, ey, t, list([x]));
  yield* split(n, ascending, x, ex, y, ey, t, NIL, NIL);
}

/** :lists.keysort(n, l): a bad position is keysort's function_clause, a list of zero or one
 *  element comes back untouched (not looked at), a non-list or an improper list of two is the
 *  case_clause of its first case */
export function listsKeysort(ctx: BifContext, n: Term, l: Term): Term | TailCall {
  // (keysort/2's one clause, the line above its case, guards a positive integer position)
  if (!isPosInt(n)) listsClause("keysort", [n, l], keysortLines.keysort.case - 1);
  if (l === NIL || (l instanceof Cons && l.tail === NIL)) return l;
  if (!(l instanceof Cons) || !(l.tail instanceof Cons)) {
    const e = new ErlangError("error", tuple(atom("case_clause"), l));
    e.callee = tuple(atom("lists"), atom("keysort"), 2, erlLocation(keysortLines.keysort.case));
    throw e;
  }
  return runJob(ctx, "lists_keysort", ["lists", "keysort", [n, l]], keysortJob(n, l));
}

function* keysortJob(n: number, l: Cons): JobGen {
  yield* readKeys(n, l);
  const xs: Term[] = [];
  let k = 0;
  for (let c: Term = l; c instanceof Cons; c = c.tail) {
    const key = (c.head as Tuple).items[n - 1];
    // keys that compare equal yet differ (0 and 0.0) come out in the order OTP's merge leaves
    if (typeof key !== "number" && holdsFloat(key)) return new TailCall(A_LISTS_KEYSORT, [n, l], A_KEYSORT);
    xs.push(c.head);
    if (++k === STEP) { yield k; k = 0; }
  }
  const sorted = yield* mergeSort(xs, (a, b) => compare((a as Tuple).items[n - 1], (b as Tuple).items[n - 1]));
  return yield* build(sorted, NIL);
}
