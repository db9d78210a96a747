// The list BIFs that walk or build millions of cells, as jobs (bif_jobs.ts): each yields every
// STEP cells or comparisons, so one call on a huge list runs in chunks that let other processes
// run, as OTP's own (lists.erl's recursive functions, the trapping `++`, list_to_tuple ...) do.
// Results and failures are those of the one-shot versions they replaced.
//
// Each walk is a plain function doing one chunk (STEP units) per call from its state, the
// generator only yielding between chunks: V8 never replaces a generator's running loop with
// optimised code (no on-stack replacement for generators), so a long walk inside one generator
// call ran in its interpreter or baseline code to the end; a plain function called once a chunk is
// optimised after a few calls. The chunks end where the generators' loops yielded, with the same
// counts, so the reductions charged and the points where a job yields are the same.
import { Atom, Bin, Cons, FALSE, Float, MAX_TUPLE_SIZE, MapLike, NIL, TRUE, Term, Tuple, atom, isMap, tuple } from "../terms.ts";
import { compare, exactEquals } from "../compare.ts";
import { TailCall } from "../calls.ts";
import { badarg, badargAt, type ErlangError } from "../errors.ts";
import { STEP, type JobGen } from "./bif_jobs.ts";
import { erlLocation, improperSortClause, listsClause } from "./lists_walk.ts";
import { SMALL_MAX, currentSlab, smallAlloc, smallBytes } from "../small_bytes.ts";
import { CHUNK, chargeWork } from "./work.ts";
import type { BifContext } from "./registry.ts";
import { binFromBytes } from "../terms.ts";

/** a walk down a list: the cell it goes on at */
interface ListWalk {
  c: Term;
}

/** the cells of a proper list, in order; `onBad` for an improper one */
export function* collect(l: Term, onBad: () => never): Generator<number, Term[], void> {
  const w: ListWalk = { c: l };
  const out: Term[] = [];
  let k: number;
  while ((k = collectSome(w, out)) === STEP) yield k;
  if (w.c !== NIL) onBad();
  if (k > 0) yield k;
  return out;
}

/** up to STEP heads of w's cells pushed to out: how many (fewer: the walk reached the list's end) */
function collectSome(w: ListWalk, out: Term[]): number {
  let c = w.c, k = 0;
  while (c instanceof Cons) {
    out.push(c.head);
    c = c.tail;
    if (++k === STEP) break;
  }
  w.c = c;
  return k;
}

/** a list built from the end: what is built so far, and the next element's index */
interface Building {
  out: Term;
  i: number;
}

/** [xs[from..] | tail], built from the end */
export function* build(xs: Term[], tail: Term, from = 0): Generator<number, Term, void> {
  const b: Building = { out: tail, i: xs.length - 1 };
  let k: number;
  while ((k = buildSome(b, xs, from)) === STEP) yield k;
  if (k > 0) yield k;
  return b.out;
}

/** up to STEP cells of b built: how many (fewer: b is whole) */
function buildSome(b: Building, xs: Term[], from: number): number {
  let out = b.out, i = b.i, k = 0;
  while (i >= from) {
    out = new Cons(xs[i--], out);
    if (++k === STEP) break;
  }
  b.out = out;
  b.i = i;
  return k;
}

/** a ++ b */
export function* appendJob(a: Term, b: Term): JobGen {
  if (a === NIL) return b;
  return yield* build(yield* collect(a, badarg), b);
}

/** length(l) of a list whose first `n` cells (up to `c`) are counted: one unit per 4 cells, as
 *  the one-shot length charged */
export function* lengthJob(c: Term, n: number): JobGen {
  const w: ListWalk = { c };
  let k: number;
  while ((k = skipSome(w)) === 4 * STEP) {
    n += k;
    yield STEP;
  }
  if (w.c !== NIL) badargAt(1, "not a list");
  if (k > 0) yield k >> 2;
  return n + k;
}

/** w moved up to 4 * STEP cells on: how many (fewer: the list's end) */
function skipSome(w: ListWalk): number {
  let c = w.c, k = 0;
  while (c instanceof Cons) {
    c = c.tail;
    if (++k === 4 * STEP) break;
  }
  w.c = c;
  return k;
}

/** list_to_tuple(l) */
export function* listToTupleJob(l: Term): JobGen {
  const items = yield* collect(l, () => badargAt(1, "not a list"));
  // (a list longer than the largest tuple is "not a list" on OTP 25)
  if (items.length > MAX_TUPLE_SIZE) badargAt(1, "not a list");
  return new Tuple(items);
}

/** :lists.member(x, l): the walk stops at the first match (an improper tail past it is not seen) */
export function* memberJob(x: Term, l: Term): JobGen {
  const w: ListWalk = { c: l };
  for (;;) {
    const k = memberSome(w, x);
    if (k === FOUND) return TRUE;
    if (k < STEP) break;
    yield k;
  }
  return notFound(w, 2, l);
}

/** the answer of a walk that ended without finding: false at the list's end, else badarg of the
 *  list (argument argNo) that is improper or no list */
function notFound(w: ListWalk, argNo: number, l: Term): Term {
  return w.c === NIL ? FALSE : badargAt(argNo, l instanceof Cons ? "not a proper list" : "not a list");
}

/** a chunk's answer when it found what it looked for */
const FOUND = -1;

/** up to STEP of w's cells looked at for x: how many (fewer: the list's end), or FOUND (w.c is its cell) */
function memberSome(w: ListWalk, x: Term): number {
  let c = w.c, k = 0;
  // an integer or an atom is exactly equal to itself alone: compared in place
  if (typeof x === "number" || x instanceof Atom) {
    while (c instanceof Cons) {
      if (c.head === x) {
        w.c = c;
        return FOUND;
      }
      c = c.tail;
      if (++k === STEP) break;
    }
    w.c = c;
    return k;
  }
  while (c instanceof Cons) {
    if (exactEquals(c.head, x)) {
      w.c = c;
      return FOUND;
    }
    c = c.tail;
    if (++k === STEP) break;
  }
  w.c = c;
  return k;
}

/** the first tuple of l whose i-th element (0-based) compares equal to key, or false */
export function* keyfindJob(key: Term, i: number, l: Term): Generator<number, Term, void> {
  const w: ListWalk = { c: l };
  for (;;) {
    const k = keyfindSome(w, key, i);
    if (k === FOUND) return (w.c as Cons).head;
    if (k < STEP) break;
    yield k;
  }
  return notFound(w, 3, l);
}

/**
 * keyfind's answer when the walk ends within its first chunk (as keyfindJob's first chunk ends,
 * with no unit charged), else undefined (the job then walks from the start). Most lists keyfind
 * sees are short (a keyword list's options): a generator and a job per call cost more than the walk.
 */
export function keyfindShort(key: Term, i: number, l: Term): Term | undefined {
  const w: ListWalk = { c: l };
  const k = keyfindSome(w, key, i);
  if (k === FOUND) return (w.c as Cons).head;
  if (k === STEP) return undefined;
  return notFound(w, 3, l);
}

/**
 * keyfind/3's answer for a valid position and a proper list whose walk ends within its first
 * chunk, else undefined (the BIF's call then walks on, or raises): its direct form for compiled
 * code (registry.ts defineDirect), which never raises
 */
export function keyfindDirect(key: Term, n: Term, l: Term): Term | undefined {
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1) return undefined;
  const w: ListWalk = { c: l };
  const k = keyfindSome(w, key, n - 1);
  if (k === FOUND) return (w.c as Cons).head;
  return k < STEP && w.c === NIL ? FALSE : undefined;
}

/** member/2's answer when the walk ends within its first chunk, else undefined: as keyfindShort */
export function memberShort(x: Term, l: Term): Term | undefined {
  const w: ListWalk = { c: l };
  const k = memberSome(w, x);
  if (k === FOUND) return TRUE;
  if (k === STEP) return undefined;
  return notFound(w, 2, l);
}

/**
 * x == key (compare/2's 0), with the common keys decided in place: the same term, an atom (atoms
 * are interned: one equals only itself), two integers. A keyword list's lookup compared every pair's
 * key through compare's rank chain.
 */
function equalKey(x: Term, key: Term): boolean {
  if (x === key) return true;
  if (key instanceof Atom || x instanceof Atom || (typeof x === "number" && typeof key === "number")) return false;
  return compare(x, key) === 0;
}

/** up to STEP of w's cells looked at for the tuple keyfind looks for: as memberSome */
function keyfindSome(w: ListWalk, key: Term, i: number): number {
  let c = w.c, k = 0;
  while (c instanceof Cons) {
    const t = c.head;
    if (t instanceof Tuple && t.items.length > i && equalKey(t.items[i], key)) {
      w.c = c;
      return FOUND;
    }
    c = c.tail;
    if (++k === STEP) break;
  }
  w.c = c;
  return k;
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
  const s = new MergeSorting(xs);
  let k: number;
  while ((k = sortSome(s, cmp)) > 0) yield k;
  if (s.k > 0) yield s.k;
  return s.src;
}

/**
 * Where a merge sort stands between two chunks: insertion-sorted runs up to `lo` while `w` is 0,
 * then merges of runs of w into dst (the one under way from i, j to o when `merging`); k: units
 * since the last yield.
 */
class MergeSorting {
  dst: Term[];
  k = 0;
  w = 0;
  lo = 0;
  merging = false;
  i = 0;
  j = 0;
  o = 0;
  constructor(public src: Term[]) {
    this.dst = new Array<Term>(src.length);
  }
}

/** s sorted on to its next yield: the units to yield there, 0 when it is sorted (s.k units left) */
function sortSome(s: MergeSorting, cmp: (a: Term, b: Term) => number): number {
  const n = s.src.length;
  let k = s.k;
  if (s.w === 0) {
    const src = s.src;
    for (let lo = s.lo; lo < n;) {
      const hi = Math.min(lo + RUN, n);
      for (let i = lo + 1; i < hi; i++) {
        const x = src[i];
        let j = i - 1;
        while (j >= lo && cmp(src[j], x) > 0) { src[j + 1] = src[j]; j--; }
        src[j + 1] = x;
      }
      lo += RUN;
      k += RUN * 2;
      if (k >= STEP) {
        s.lo = lo;
        s.k = 0;
        return k;
      }
    }
    s.w = RUN;
    s.lo = 0;
  }
  for (; s.w < n; s.w *= 2) {
    const w = s.w, src = s.src, dst = s.dst;
    for (; s.lo < n; s.lo += 2 * w) {
      const lo = s.lo, mid = Math.min(lo + w, n), hi = Math.min(lo + 2 * w, n);
      let i = lo, j = mid, o = lo;
      if (s.merging) {
        ({ i, j, o } = s);
        s.merging = false;
      }
      // the left run's element first on a tie: stable
      while (i < mid && j < hi) {
        dst[o++] = cmp(src[j], src[i]) < 0 ? src[j++] : src[i++];
        if (++k === STEP) {
          s.merging = true;
          s.i = i;
          s.j = j;
          s.o = o;
          s.k = 0;
          return k;
        }
      }
      while (i < mid) dst[o++] = src[i++];
      while (j < hi) dst[o++] = src[j++];
    }
    s.src = dst;
    s.dst = src;
    s.lo = 0;
  }
  s.k = k;
  return 0;
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
    const at = { i: 0 };
    for (;;) {
      const k = floatSome(xs, at);
      if (k === FOUND) return new TailCall(A_LISTS_SORT, [l], A_SORT);
      if (k < STEP) break;
      yield k;
    }
  }
  const s = yield* mergeSort(xs);
  if (!unique) return yield* build(s, NIL);
  // the first of each run of equal terms
  const out: Term[] = [];
  const at = { i: 0 };
  let k: number;
  while ((k = firstOfRunsSome(s, at, out)) === STEP) yield k;
  return yield* build(out, NIL);
}

/** up to STEP of xs from at.i looked at for a float: how many (fewer: the end), or FOUND */
function floatSome(xs: Term[], at: { i: number }): number {
  let i = at.i, k = 0;
  while (i < xs.length) {
    const x = xs[i++];
    if (typeof x !== "number" && holdsFloat(x)) return FOUND;
    if (++k === STEP) break;
  }
  at.i = i;
  return k;
}

/** up to STEP of the sorted s from at.i onto out when no equal term is there before: how many */
function firstOfRunsSome(s: Term[], at: { i: number }, out: Term[]): number {
  let i = at.i, k = 0;
  while (i < s.length) {
    const x = s[i++];
    if (out.length === 0 || compare(out[out.length - 1], x) !== 0) out.push(x);
    if (++k === STEP) break;
  }
  at.i = i;
  return k;
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
  const f: Flattening = { l, tail, levels: [l], out: [] };
  let k: number;
  while ((k = flattenSome(f)) === STEP) yield k;
  if (k > 0) yield k;
  return yield* build(f.out, tail);
}

/** a flatten between two chunks: the rest of each level entered, the elements so far */
interface Flattening {
  l: Term;
  tail: Term;
  levels: Term[];
  out: Term[];
}

/** up to STEP cells of f's levels walked: how many (fewer: every level is done) */
function flattenSome(f: Flattening): number {
  const levels = f.levels, out = f.out;
  let k = 0;
  while (levels.length > 0) {
    const top = levels.length - 1;
    const c = levels[top];
    if (!(c instanceof Cons)) {
      if (c !== NIL) flattenClause(f.l, f.tail);
      levels.pop();
      continue;
    }
    levels[top] = c.tail;
    const e = c.head;
    if (e === NIL || e instanceof Cons) levels.push(e);
    else out.push(e);
    if (++k === STEP) break;
  }
  return k;
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
  let out = w.out;
  const rests = w.rests;
  let n = w.n, k = 0;
  let c: Term = w.c;
  for (;;) {
    while (c instanceof Cons) {
      const h = c.head;
      if (typeof h === "number") {
        // (a byte 0..255 and nothing else: a fraction, a larger or negative integer changes in `& 255`)
        if ((h & 255) !== h) return NOT_IODATA;
        if (out !== null) {
          if (n >= out.length) out = w.out = grown(out, n + 1);
          out[n] = h;
        }
        n++;
      } else if (h instanceof Bin) {
        if (h.tailBits !== 0) return NOT_IODATA;
        if (out !== null) {
          if (n + h.size > out.length) out = w.out = grown(out, n + h.size);
          h.copyInto(out, n);
        }
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
      if (out !== null) {
        if (n + c.size > out.length) out = w.out = grown(out, n + c.size);
        c.copyInto(out, n);
      }
      n += c.size;
    } else if (c !== NIL) return NOT_IODATA;
    if (rests.length === 0) {
      w.n = n;
      return WALKED;
    }
    c = rests.pop()!;
  }
}

/** a copy of out's first n bytes in a buffer of at least `need` (twice as big, at least) */
function grown(out: Uint8Array, need: number): Uint8Array {
  const bigger = new Uint8Array(Math.max(need, out.length * 2));
  bigger.set(out.subarray(0, Math.min(out.length, need)));
  return bigger;
}

/**
 * iolistJob's answer when it is made within one chunk, without the job (a generator, delegating to
 * another, its steps and the first walk done twice for the size): a binary given to
 * iolist_to_binary as it is, or an iolist of fewer than a chunk's cells, walked once into a
 * scratch buffer, then copied to a binary of its size (the walk twice, to size then to copy,
 * chased every cell's pointers twice: a third of `IO.iodata_to_binary(Enum.reverse(chars))`). The
 * work charged is the job's: nothing for a binary, one unit per 16 bytes made. null: anything
 * else (a longer list, and every error, with its frames), for the job.
 */
export function iolistOneChunk(t: Term, listOnly: boolean, ctx: BifContext): Term | null {
  if (t instanceof Bin) return t.tailBits === 0 && !listOnly ? t : null;
  if (!(t instanceof Cons) && t !== NIL) return null;
  // the walk in one record of the module's, left empty after (walkSome calls nothing that could
  // come back here): a string decoded from its characters made a record and a stack each
  const w = ONE_CHUNK;
  w.c = t;
  w.n = 0;
  w.out = SCRATCH;
  const r = walkSome(w);
  const size = w.n, out = w.out;
  w.c = NIL;
  w.out = null;
  // (an array's length set is a call into V8's runtime: only when a walk left levels behind)
  if (w.rests.length !== 0) w.rests.length = 0;
  // (binaries in it of a chunk's work or more: the job, which yields after charging it; the
  // scratch buffer holds more than that, so a walk that outgrew it is one of them)
  if (r !== WALKED || size >> 4 >= CHUNK || out !== SCRATCH) return null;
  if (size >> 4 > 0) chargeWork(ctx, size >> 4);
  if (size > SMALL_MAX) return binFromBytes(SCRATCH.slice(0, size));
  // a short one copied straight into the slab at its offset: no view of its own
  const off = smallAlloc(size);
  const slab = currentSlab();
  for (let i = 0; i < size; i++) slab[off + i] = SCRATCH[i];
  return new Bin(slab, undefined, 0, off, size);
}

const ONE_CHUNK: IodataWalk = { c: NIL, n: 0, rests: [], out: null };
/** where iolistOneChunk's walk writes: room for the most bytes it answers for (CHUNK * 16) */
const SCRATCH = new Uint8Array(CHUNK * 16 + 1024);

/** the buffer a big iolist's walk starts with */
const FIRST_BUFFER = 1 << 16;
/**
 * A big iolist's last walk buffer, kept for the next one (null: none, or a walk has it): the
 * walk's binary is a copy of its first bytes, so the buffer is free after it. A buffer made for
 * each walk, zeroed by V8 and copied as it doubled, was a fifth of the time of IO.iodata_to_binary
 * of 100,000 [binary, ?,] pairs. A walk left unfinished (its process killed) keeps it: the next
 * makes another. Kept up to SPARE_MAX bytes.
 */
let spare: Uint8Array | null = null;
const SPARE_MAX = 1 << 22;

/**
 * list_to_binary/1 (a list only) and iolist_to_binary/1 (a binary too): their bytes. An iolist
 * walked within one chunk is sized, then copied into a binary of that size (both walks in the
 * cache); a longer one is walked once, into a buffer that doubles as it fills (walking millions
 * of cells twice, the size and then the copy, cost twice the pointer chasing), copied at the end
 * to its size.
 */
export function* iolistJob(t: Term, listOnly: boolean): JobGen {
  const why = listOnly ? "not an iolist term" : "not an iodata term";
  if (t instanceof Bin && t.tailBits === 0 && !listOnly) return t;
  if (!(t instanceof Cons) && t !== NIL) badargAt(1, why);
  const first: IodataWalk = { c: t, n: 0, rests: [], out: null };
  const r = walkSome(first);
  if (r === NOT_IODATA) badargAt(1, why);
  let out: Uint8Array;
  let size: number;
  if (r === WALKED) {
    size = first.n;
    out = smallBytes(size);
    yield* walkIodata(t, out);
  } else {
    yield STEP;
    const w: IodataWalk = { c: t, n: 0, rests: [], out: spare ?? new Uint8Array(FIRST_BUFFER) };
    spare = null;
    for (;;) {
      const k = walkSome(w);
      if (k === NOT_IODATA) {
        spare = w.out;
        badargAt(1, why);
      }
      if (k === WALKED) break;
      yield STEP;
    }
    size = w.n;
    const buf = w.out!;
    // (bytes past the walk's are an earlier walk's: only the walk's own are copied)
    out = buf.length === size ? buf : buf.slice(0, size);
    if (out !== buf && buf.length <= SPARE_MAX) spare = buf;
  }
  // (one unit per 16 bytes made, as binaries are charged)
  yield size >> 4;
  return binFromBytes(out);
}
