// The list BIFs that walk or build millions of cells, as jobs (bif_jobs.ts): each yields every
// STEP cells or comparisons, so one call on a huge list runs in chunks that let other processes
// run, as OTP's own (lists.erl's recursive functions, the trapping `++`, list_to_tuple ...) do.
// Results and failures are those of the one-shot versions they replaced.
import { Bin, Cons, FALSE, Float, MapLike, NIL, TRUE, Term, Tuple, atom, isMap, tuple } from "../terms.ts";
import { compare, exactEquals } from "../compare.ts";
import { TailCall } from "../calls.ts";
import { badarg, badargAt, type ErlangError } from "../errors.ts";
import { STEP, type JobGen } from "./bif_jobs.ts";
import { erlLocation, improperSortClause, listsClause } from "./lists_walk.ts";
import { smallBytes } from "../small_bytes.ts";
import { binFromBytes } from "../terms.ts";

/** the cells of a proper list, in order; `onBad` for an improper one */
export function* collect(l: Term, onBad: () => never): Generator<number, Term[], void> {
  const out: Term[] = [];
  let c = l, k = 0;
  while (c instanceof Cons) {
    out.push(c.head);
    c = c.tail;
    if (++k === STEP) { yield k; k = 0; }
  }
  if (c !== NIL) onBad();
  if (k > 0) yield k;
  return out;
}

/** [xs[from..] | tail], built from the end */
export function* build(xs: Term[], tail: Term, from = 0): Generator<number, Term, void> {
  let out = tail, k = 0;
  for (let i = xs.length - 1; i >= from; i--) {
    out = new Cons(xs[i], out);
    if (++k === STEP) { yield k; k = 0; }
  }
  if (k > 0) yield k;
  return out;
}

/** a ++ b */
export function* appendJob(a: Term, b: Term): JobGen {
  if (a === NIL) return b;
  return yield* build(yield* collect(a, badarg), b);
}

/** length(l) of a list whose first `n` cells (up to `c`) are counted: one unit per 4 cells, as
 *  the one-shot length charged */
export function* lengthJob(c: Term, n: number): JobGen {
  let k = 0;
  while (c instanceof Cons) {
    c = c.tail;
    n++;
    if (++k === 4 * STEP) { yield STEP; k = 0; }
  }
  if (c !== NIL) badargAt(1, "not a list");
  if (k > 0) yield k >> 2;
  return n;
}

/** list_to_tuple(l) */
export function* listToTupleJob(l: Term): JobGen {
  return new Tuple(yield* collect(l, () => badargAt(1, "not a list")));
}

/** :lists.member(x, l): the walk stops at the first match (an improper tail past it is not seen) */
export function* memberJob(x: Term, l: Term): JobGen {
  let c = l, k = 0;
  while (c instanceof Cons) {
    if (exactEquals(c.head, x)) return TRUE;
    c = c.tail;
    if (++k === STEP) { yield k; k = 0; }
  }
  return c === NIL ? FALSE : badargAt(2, l instanceof Cons ? "not a proper list" : "not a list");
}

/** the first tuple of l whose i-th element (0-based) compares equal to key, or false */
export function* keyfindJob(key: Term, i: number, l: Term): Generator<number, Term, void> {
  let c = l, k = 0;
  while (c instanceof Cons) {
    const t = c.head;
    if (t instanceof Tuple && t.items.length > i && compare(t.items[i], key) === 0) return t;
    c = c.tail;
    if (++k === STEP) { yield k; k = 0; }
  }
  return c === NIL ? FALSE : badargAt(3, l instanceof Cons ? "not a proper list" : "not a list");
}

/** does the term contain a float anywhere (so that it may compare equal to a different term) */
export function holdsFloat(root: Term): boolean {
  // a work list: terms nest 10,000 deep
  const todo: Term[] = [root];
  while (todo.length > 0) {
    const t = todo.pop()!;
    if (t instanceof Float) return true;
    if (t instanceof Tuple) for (const x of t.items) todo.push(x);
    else if (t instanceof Cons) {
      let c: Term = t;
      while (c instanceof Cons) {
        todo.push(c.head);
        c = c.tail;
      }
      todo.push(c);
    } else if (isMap(t)) for (const [k, v] of (t as MapLike).entries()) todo.push(k, v);
  }
  return false;
}

/** below this many elements a sort runs in one go (V8's own stable sort) */
const SORT_AT_ONCE = 2048;
/** runs of this many elements are insertion-sorted before the merges */
const RUN = 16;

/** xs sorted by cmp, stably (equal terms keep their order), in place or in a copy */
export function* mergeSort(xs: Term[], cmp: (a: Term, b: Term) => number = compare): Generator<number, Term[], void> {
  const n = xs.length;
  if (n <= SORT_AT_ONCE) {
    xs.sort(cmp);
    yield n;
    return xs;
  }
  let src = xs, dst = new Array<Term>(n), k = 0;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const x = src[i];
      let j = i - 1;
      while (j >= lo && cmp(src[j], x) > 0) { src[j + 1] = src[j]; j--; }
      src[j + 1] = x;
    }
    k += RUN * 2;
    if (k >= STEP) { yield k; k = 0; }
  }
  for (let w = RUN; w < n; w *= 2) {
    for (let lo = 0; lo < n; lo += 2 * w) {
      const mid = Math.min(lo + w, n), hi = Math.min(lo + 2 * w, n);
      let i = lo, j = mid, o = lo;
      // the left run's element first on a tie: stable
      while (i < mid && j < hi) {
        dst[o++] = cmp(src[j], src[i]) < 0 ? src[j++] : src[i++];
        if (++k === STEP) { yield k; k = 0; }
      }
      while (i < mid) dst[o++] = src[i++];
      while (j < hi) dst[o++] = src[j++];
    }
    const t = src; src = dst; dst = t;
  }
  if (k > 0) yield k;
  return src;
}

const A_LISTS_SORT = atom("beamlet_lists_sort");
const A_SORT = atom("sort");

/**
 * :lists.sort/1 and usort/1. Only floats make terms that compare equal yet differ (1 and 1.0,
 * {1} and {1.0}); their order in sort/1 is the one OTP's merge sort leaves, so such lists go to
 * the Elixir port of it (lib/erlang/lists_sort.ex); any other list is sorted here.
 */
export function* sortJob(l: Term, unique: boolean): JobGen {
  const xs = yield* collect(l, () => improperSortClause(unique, l));
  if (!unique) {
    let k = 0;
    for (const x of xs) {
      if (typeof x !== "number" && holdsFloat(x)) return new TailCall(A_LISTS_SORT, [l], A_SORT);
      if (++k === STEP) { yield k; k = 0; }
    }
  }
  const s = yield* mergeSort(xs);
  if (!unique) return yield* build(s, NIL);
  // the first of each run of equal terms
  const out: Term[] = [];
  let k = 0;
  for (const x of s) {
    if (out.length === 0 || compare(out[out.length - 1], x) !== 0) out.push(x);
    if (++k === STEP) { yield k; k = 0; }
  }
  return yield* build(out, NIL);
}

/**
 * The do_flatten/2 frames under the failing one: each cell before the bad tail, on its level and on
 * the levels around it (before the cell it went into), waits in a non-tail call, on line 660
 * (do_flatten(T, Tail) while H is a list) or 662 ([H | do_flatten(T, Tail)]); the innermost first,
 * a return address repeated next to itself once, at most the 7 entries a trace has room for.
 */
function flattenCallers(levels: Term[][]): Term[] {
  const lines: number[] = [];
  for (let k = levels.length - 1; k >= 0 && lines.length < 8; k--) {
    const xs = levels[k];
    for (let i = xs.length - 1; i >= 0 && lines.length < 8; i--) {
      const line = xs[i] === NIL || xs[i] instanceof Cons ? 660 : 662;
      if (lines[lines.length - 1] !== line) lines.push(line);
    }
  }
  return lines.slice(0, 7).map((line) => tuple(atom("lists"), atom("do_flatten"), 2, erlLocation(line)));
}

/**
 * The function_clause OTP's flatten fails with on a level that is not a proper list:
 * do_flatten([H|T], Tail) flattens T before H, so the first failure met is do_flatten(Z, Rest)
 * for the rightmost bad tail Z, Rest being what comes after it flattened (built here, on this
 * error path only). An explicit stack: lists nest 100,000 deep.
 */
function flattenClause(l: Term, tail: Term): never {
  const frames: { xs: Term[]; i: number }[] = [];
  let r = tail;
  const enter = (level: Term) => {
    const xs: Term[] = [];
    let c = level;
    while (c instanceof Cons) { xs.push(c.head); c = c.tail; }
    if (c !== NIL) {
      try {
        listsClause("do_flatten", [c, r], 659);
      } catch (e) {
        (e as ErlangError).calleeBelow = flattenCallers([...frames.map((f) => f.xs.slice(0, f.i)), xs]);
        throw e;
      }
    }
    frames.push({ xs, i: xs.length });
  };
  enter(l);
  while (frames.length > 0) {
    const f = frames[frames.length - 1];
    if (f.i === 0) { frames.pop(); continue; }
    const h = f.xs[--f.i];
    if (h === NIL || h instanceof Cons) enter(h);
    else r = new Cons(h, r);
  }
  throw new Error("flattenClause: a proper deep list");
}

/**
 * :lists.flatten(l) ++ tail: an explicit stack of the levels' remaining cells, so lists nested
 * 100,000 deep flatten as on the BEAM (JS recursion ran out of stack). A level that is not a
 * proper list fails as OTP's do_flatten/2 does.
 */
export function* flattenJob(l: Term, tail: Term, arity: 1 | 2): JobGen {
  if ((l !== NIL && !(l instanceof Cons)) || (arity === 2 && tail !== NIL && !(tail instanceof Cons))) {
    listsClause("flatten", arity === 1 ? [l] : [l, tail], arity === 1 ? 648 : 656);
  }
  const out: Term[] = [];
  const levels: Term[] = [l];
  let k = 0;
  while (levels.length > 0) {
    const top = levels.length - 1;
    const c = levels[top];
    if (!(c instanceof Cons)) {
      if (c !== NIL) flattenClause(l, tail);
      levels.pop();
      continue;
    }
    levels[top] = c.tail;
    const e = c.head;
    if (e === NIL || e instanceof Cons) levels.push(e);
    else out.push(e);
    if (++k === STEP) { yield k; k = 0; }
  }
  if (k > 0) yield k;
  return yield* build(out, tail);
}

/** {:value, t} of keysearch/3, from keyfind's answer */
export function* keysearchJob(key: Term, i: number, l: Term): JobGen {
  const r = yield* keyfindJob(key, i, l);
  return r === FALSE ? FALSE : tuple(atom("value"), r);
}

/** keymember/3, from keyfind's answer */
export function* keymemberJob(key: Term, i: number, l: Term): JobGen {
  return (yield* keyfindJob(key, i, l)) === FALSE ? FALSE : TRUE;
}

/**
 * The byte count of iodata t (-1: not iodata), its bytes written to `out` when given, as
 * util.ts's iodataSize and iodataBytes walk it: measured first, then copied once; a nested list's rest
 * waits on a stack. The walk is walkSome's, a chunk per call: V8 never optimises a loop inside a
 * generator while it runs (no on-stack replacement for generators), so a walk of a long list in
 * one generator call ran in its interpreter to the end; a plain function called once a chunk is
 * optimised (IO.iodata_to_binary of 100,000 [binary, ?,] pairs: 0.63x of the time)
 */
function* walkIodata(t: Term, out: Uint8Array | null): Generator<number, number, void> {
  // (a bitstring that is not whole bytes is no iodata)
  if (t instanceof Bin) {
    if (t.tailBits !== 0) return -1;
    if (out !== null) t.copyInto(out, 0);
    return t.size;
  }
  const w: IodataWalk = { c: t, n: 0, rests: [], out };
  for (;;) {
    const r = walkSome(w);
    if (r !== CHUNK_DONE) return r === NOT_IODATA ? -1 : w.n;
    yield STEP;
  }
}

/** where a walk of iodata stands between two chunks: the cell it goes on at, the bytes so far */
interface IodataWalk {
  c: Term;
  n: number;
  rests: Term[];
  out: Uint8Array | null;
}

const CHUNK_DONE = 0, WALKED = 1, NOT_IODATA = -1;

/** STEP cells of w's walk (CHUNK_DONE: more to walk), or the rest of it (WALKED, NOT_IODATA) */
function walkSome(w: IodataWalk): number {
  const out = w.out, rests = w.rests;
  let n = w.n, k = 0;
  let c: Term = w.c;
  for (;;) {
    while (c instanceof Cons) {
      const h = c.head;
      if (typeof h === "number") {
        if (h < 0 || h > 255 || !Number.isInteger(h)) return NOT_IODATA;
        if (out !== null) out[n] = h;
        n++;
      } else if (h instanceof Bin) {
        if (h.tailBits !== 0) return NOT_IODATA;
        if (out !== null) h.copyInto(out, n);
        n += h.size;
      } else if (h instanceof Cons) {
        rests.push(c.tail);
        c = h;
        continue;
      } else if (h !== NIL) return NOT_IODATA;
      c = c.tail;
      if (++k === STEP) {
        w.c = c;
        w.n = n;
        return CHUNK_DONE;
      }
    }
    if (c instanceof Bin) {
      if (c.tailBits !== 0) return NOT_IODATA;
      if (out !== null) c.copyInto(out, n);
      n += c.size;
    } else if (c !== NIL) return NOT_IODATA;
    if (rests.length === 0) {
      w.n = n;
      return WALKED;
    }
    c = rests.pop()!;
  }
}

/** list_to_binary/1 (a list only) and iolist_to_binary/1 (a binary too): their bytes */
export function* iolistJob(t: Term, listOnly: boolean): JobGen {
  const why = listOnly ? "not an iolist term" : "not an iodata term";
  if (t instanceof Bin && t.tailBits === 0 && !listOnly) return t;
  if (!(t instanceof Cons) && t !== NIL) badargAt(1, why);
  const size = yield* walkIodata(t, null);
  if (size < 0) badargAt(1, why);
  const out = smallBytes(size);
  yield* walkIodata(t, out);
  // (one unit per 16 bytes made, as binaries are charged)
  yield size >> 4;
  return binFromBytes(out);
}
