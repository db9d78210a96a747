// :lists, :maps and :math BIFs (first-order ones only; the rest are written in the language).
import { powRounded, expRounded, logRounded, log2Rounded, log10Rounded, sinRounded, cosRounded, tanRounded, atanRounded, atan2Rounded } from "../math_rounded.ts";
import { Atom, Bin, Cons, Float, NIL, Term, Tuple, bool, list, isMap, MapLike, TRUE, FALSE, atom, OK, ERROR, tuple, int, isInt, toBig, bigToDouble, charlist } from "../terms.ts";
import { defineBifs, defineDirect, type BifContext } from "./registry.ts";
import { compare, exactEquals } from "../compare.ts";
import { EMPTY_MAP, HashMap, listEntries, mapFromEntries, mapFromKeyValues, mapKeys, mapValues, putLastKey } from "../map.ts";
import { badarg, badarith, badkey, badmap, raise, ErlangError } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { listsClause, erlLocation } from "./lists_walk.ts";
import { subtract as subtractLists } from "./erlang.ts";
import { arr, withClauseFrames, badargAtEach, badargAt, notProperList } from "./util.ts";
import * as A from "./arith.ts";
import { bytesOnto, chargeWork, duplicateOnto, elementsOnto, reserveCells, reverseOnto, reverseOwnedOnto, seqOnto } from "./work.ts";
import { TailCall } from "../calls.ts";
import { erf, erfc } from "../math_erf.ts";
import { asinRounded, acosRounded, sinhRounded, coshRounded, asinhRounded, acoshRounded } from "../math_arc_hyperbolic.ts";
import { listsWalkBifs } from "./lists_walk.ts";
import { listsKeysort } from "./lists_keysort.ts";
import { listsMerge } from "./lists_merge.ts";
import { listsUmerge } from "./lists_umerge.ts";
import { STEP, continueJob, runJob, type JobGen } from "./bif_jobs.ts";
import { deleteJob, zipJob } from "./list_jobs_delete_zip.ts";
import { build, flattenJob, keyfindDirect, keyfindJob, keyfindShort, keymemberJob, keysearchJob, memberJob, memberShort, sortJob } from "./list_jobs.ts";
import { printfExponential } from "../format_float.ts";

const FUNCTION_CLAUSE = atom("function_clause");
const fc = (): never => raise(FUNCTION_CLAUSE);

function posInt(t: Term): number {
  if (typeof t !== "number" || !Number.isInteger(t)) fc();
  return t as number;
}

const isSmall = (t: Term): t is number => typeof t === "number" && Number.isInteger(t);

/** lists:seq/3's badarg (lists.erl:299), saying as OTP 25's erl_stdlib_errors which argument is
 *  no integer or which way the increment should go */
/** lists:seq past 2^53: the same walk over integers of any size (the count itself stays small) */
function seqBig(ctx: BifContext, first: bigint, last: bigint, inc: bigint): Term {
  const count = last < first === inc > 0n ? 0 : Number((last - first) / inc) + 1;
  reserveCells(ctx, count);
  const out: Term[] = [];
  for (let i = 0, v = first; i < count; i++, v += inc) out.push(int(v));
  chargeWork(ctx, count);
  return list(out);
}

function seqBadarg(a: Term, b: Term, s: Term): never {
  const isInteger = (t: Term) => isSmall(t) || typeof t === "bigint";
  const bad: [number, string][] = [];
  [a, b, s].forEach((t, i) => { if (!isInteger(t)) bad.push([i + 1, "not an integer"]); });
  if (bad.length === 0) {
    const [first, last, inc] = [a, b, s].map((t) => BigInt(t as number | bigint));
    if (inc <= 0n && first - inc <= last) bad.push([3, "not a positive increment"]);
    else if (inc >= 0n && first - inc >= last) bad.push([3, "not a negative increment"]);
  }
  const e = new ErlangError("error", atom("badarg"));
  if (bad.length > 0) e.diagnosis = { args: bad };
  e.callee = bifErrorFrame("lists", "seq", [a, b, s], e.diagnosis, ["lists.erl", 299]);
  throw e;
}

/** Stable merge sort by compare (lists:sort is stable in effect: equal terms keep order). */
export function sortTerms(xs: Term[]): Term[] {
  return xs.slice().sort(compare);
}

export function usortTerms(xs: Term[]): Term[] {
  const s = sortTerms(xs);
  const out: Term[] = [];
  for (const x of s) if (out.length === 0 || compare(out[out.length - 1], x) !== 0) out.push(x);
  return out;
}

/** keyfind's position argument as a 0-based index (an improper tail is a badarg only when the
 *  walk reaches it: list_jobs.ts) */
/** keyfind/keymember/keysearch's position, 0-based; a bad one is reported with what is wrong
 *  with the list argument too, as OTP 25's error_info does */
function keyArg(n: Term, l: Term): number {
  const why = typeof n !== "number" || !Number.isInteger(n) ? "not an integer" : (n as number) < 1 ? "out of range" : null;
  if (why === null) return (n as number) - 1;
  const listWhy = notProperList(l);
  return badargAtEach(listWhy === null ? [{ arg: 2, why }] : [{ arg: 2, why }, { arg: 3, why: listWhy }]);
}

defineBifs("beamlet_yielding", {
  "seq_chunk/3": ([from, to, acc], ctx) => seqOnto(ctx, from as number, to as number, acc),
  "reverse_chunk/2": ([l, acc], ctx) => reverseOnto(ctx, l, acc, badarg),
  "reverse_owned_chunk/2": ([l, acc], ctx) => reverseOwnedOnto(ctx, l, acc, badarg),
  "duplicate_chunk/3": ([n, x, acc], ctx) => duplicateOnto(ctx, n as number, x, acc),
  "bytes_chunk/4": ([b, lo, hi, acc], ctx) => bytesOnto(ctx, b as Bin, lo as number, hi as number, acc),
  "elements_chunk/4": ([t, lo, hi, acc], ctx) => elementsOnto(ctx, t as Tuple, lo as number, hi as number, acc),
  "job_chunk/1": ([job], ctx) => continueJob(ctx, job),
});

defineBifs("lists", withClauseFrames("lists", {
  // (append/1 and append/2 are lib/lists.ex's: `++` there, so a failure shows :erlang.++ over
  // lists:append's frames)
  "concat/1": ([ls]) => {
    // lists:concat: atoms, integers, floats, strings(char lists) -> one char list
    let s = "";
    for (const x of arr(ls)) {
      if (x instanceof Atom) s += x.name;
      else if (typeof x === "number" || typeof x === "bigint") s += String(x);
      else if (x instanceof Float) s += printfExponential(x.value, 20).replace(/e([+-])(\d)$/, "e$10$2");
      else s += String.fromCodePoint(...(arr(x) as number[]));
    }
    return charlist(s);
  },
  // seq(First, Last) when is_integer(First), is_integer(Last), First-1 =< Last  (lists.erl:271)
  "seq/2": ([a, b], ctx) => {
    if (typeof a === "bigint" || typeof b === "bigint") {
      if (!isInt(a) || !isInt(b) || toBig(b) < toBig(a) - 1n) listsClause("seq", [a, b], 271);
      return seqBig(ctx, toBig(a), toBig(b), 1n);
    }
    if (!isSmall(a) || !isSmall(b) || b < a - 1) listsClause("seq", [a, b], 271);
    const from = a as number, to = b as number;
    if (to < from) return NIL;
    reserveCells(ctx, to - from + 1);
    return seqOnto(ctx, from, to, NIL);
  },
  "seq/3": ([a, b, s], ctx) => {
    if ((typeof a === "bigint" || typeof b === "bigint" || typeof s === "bigint") && isInt(a) && isInt(b) && isInt(s)) {
      const [first, last, inc] = [toBig(a), toBig(b), toBig(s)];
      if ((inc > 0n && last < first - inc) || (inc < 0n && last > first - inc) || (inc === 0n && first !== last)) seqBadarg(a, b, s);
      return inc === 0n ? list([a]) : seqBig(ctx, first, last, inc);
    }
    const from = a as number, to = b as number, step = s as number;
    if (!isSmall(a) || !isSmall(b) || !isSmall(s) || (step > 0 && to < from - step) || (step < 0 && to > from - step) || (step === 0 && from !== to)) seqBadarg(a, b, s);
    const out: Term[] = [];
    if (step === 0) return list([from]);
    reserveCells(ctx, Math.floor((to - from) / step) + 1);
    if (step > 0) for (let i = from; i <= to; i += step) out.push(i);
    else for (let i = from; i >= to; i += step) out.push(i);
    chargeWork(ctx, out.length);
    return list(out);
  },
  // (walks and sorts run as jobs, list_jobs.ts: a million cells in chunks that let others run)
  // (a walk that ends in its first chunk, as most do, without a job: list_jobs.ts's *Short)
  "member/2": ([x, l], ctx) => memberShort(x, l) ?? runJob(ctx, "lists_member", ["lists", "member", [x, l]], memberJob(x, l)),
  "keyfind/3": ([key, n, l], ctx) => keyfindShort(key, keyArg(n, l), l) ?? runJob(ctx, "lists_keyfind", ["lists", "keyfind", [key, n, l]], keyfindJob(key, keyArg(n, l), l)),
  "keymember/3": ([key, n, l], ctx) => {
    const r = keyfindShort(key, keyArg(n, l), l);
    if (r !== undefined) return r === FALSE ? FALSE : TRUE;
    return runJob(ctx, "lists_keyfind", ["lists", "keymember", [key, n, l]], keymemberJob(key, keyArg(n, l), l));
  },
  "keysearch/3": ([key, n, l], ctx) => {
    const r = keyfindShort(key, keyArg(n, l), l);
    if (r !== undefined) return r === FALSE ? FALSE : tuple(atom("value"), r);
    return runJob(ctx, "lists_keyfind", ["lists", "keysearch", [key, n, l]], keysearchJob(key, keyArg(n, l), l));
  },
  ...listsWalkBifs,
  "keysort/2": ([n, l], ctx) => listsKeysort(ctx, n, l),
  // Only floats make terms that compare equal yet differ (1 and 1.0, {1} and {1.0}); their order is
  // the one OTP's merge sort leaves, so such lists go to the Elixir port of it (lib/erlang/lists_sort.ex)
  "sort/1": ([l], ctx) => runJob(ctx, "lists_sort", ["lists", "sort", [l]], sortJob(l, false)),
  "usort/1": ([l], ctx) => runJob(ctx, "lists_usort", ["lists", "usort", [l]], sortJob(l, true)),
  "merge/2": ([a, b]) => listsMerge(a, b),
  "umerge/2": ([a, b]) => listsUmerge(a, b),



  "flatten/1": ([l], ctx) => runJob(ctx, "lists_flatten", ["lists", "flatten", [l]], flattenJob(l, NIL, 1)),
  "flatten/2": ([l, t], ctx) => runJob(ctx, "lists_flatten", ["lists", "flatten", [l, t]], flattenJob(l, t, 2)),


  "duplicate/2": ([n, x], ctx) => {
    // duplicate(N, X) when is_integer(N), N >= 0 (lists.erl:331)
    if (!(typeof n === "number" && Number.isInteger(n) && n >= 0)) listsClause("duplicate", [n, x], 331);
    const k = n as number;
    reserveCells(ctx, k);
    return duplicateOnto(ctx, k, x, NIL);
  },


  "delete/2": ([x, l], ctx) => runJob(ctx, "lists_delete", ["lists", "delete", [x, l]], deleteJob(x, l)),
  // lists.erl's subtract(A, B) is A -- B (line 166): a bad argument fails in :erlang.--/2, whose
  // frame heads lists:subtract/2's
  "subtract/2": ([a, b]) => {
    try {
      return subtractLists(a, b);
    } catch (e) {
      if (e instanceof ErlangError && e.callee === undefined) {
        e.callee = bifErrorFrame("erlang", "--", [a, b], e.diagnosis);
        e.calleeBelow = [tuple(atom("lists"), atom("subtract"), 2, erlLocation(166))];
      }
      throw e;
    }
  },
  "zip/2": ([a, b], ctx) => runJob(ctx, "lists_zip", ["lists", "zip", [a, b]], zipJob(a, b)),
  // as lists.erl's unzip/3 (line 434): a term that is no pair, or an improper tail, fails its
  // clauses with the rest of the list and the accumulators so far (reversed)
  "unzip/1": ([l]) => {
    const xs: Term[] = [], ys: Term[] = [];
    let cur: Term = l;
    while (cur instanceof Cons && cur.head instanceof Tuple && cur.head.items.length === 2) {
      xs.push(cur.head.items[0]);
      ys.push(cur.head.items[1]);
      cur = cur.tail;
    }
    if (cur !== NIL) return listsClause("unzip", [cur, list(xs.slice().reverse()), list(ys.slice().reverse())], 434);
    return tuple(list(xs), list(ys));
  },
  // as lists.erl's: erlang:error(badarg, [N, List]) for a bad N or List (line 1571) or a list too
  // short (1568); an improper tail reached fails split/3's clauses (1573)
  "split/2": ([n, l]) => {
    const fail = (line: number): never => {
      const e = new ErlangError("error", atom("badarg"));
      e.callee = new Tuple([atom("lists"), atom("split"), list([n, l]), erlLocation(line)]);
      throw e;
    };
    if (!(typeof n === "number" || (typeof n === "bigint" && n >= 0n)) || (n as number) < 0 || !(l === NIL || l instanceof Cons)) return fail(1571);
    const xs: Term[] = [];
    let cur: Term = l;
    for (let k = n; k > 0; k = typeof k === "bigint" ? k - 1n : k - 1) {
      if (cur === NIL) return fail(1568);
      if (!(cur instanceof Cons)) return listsClause("split", [k, cur, list(xs.slice().reverse())], 1573);
      xs.push(cur.head);
      cur = cur.tail;
    }
    return tuple(list(xs), cur);
  },
  // as lists.erl's clauses (line 220): equal heads walk on; [] before a list is true, a head
  // before a list false; anything else fails them with the rest of both
  "prefix/2": ([a, b]) => {
    let xs: Term = a, ys: Term = b;
    while (xs instanceof Cons && ys instanceof Cons && exactEquals(xs.head, ys.head)) {
      xs = xs.tail;
      ys = ys.tail;
    }
    const isList = ys === NIL || ys instanceof Cons;
    if (xs === NIL && isList) return bool(true);
    if (xs instanceof Cons && isList) return bool(false);
    return listsClause("prefix", [xs, ys], 220);
  },
  "suffix/2": ([a, b]) => {
    const xs = arr(a), ys = arr(b);
    const off = ys.length - xs.length;
    return bool(off >= 0 && xs.every((x, i) => exactEquals(x, ys[off + i])));
  },
  "reverse_append/2": ([l, t]) => list(arr(l).reverse(), t),
}));
// a keyword list's lookups (Keyword.get/fetch/has_key?/delete/put): compiled code asks these
// first, without the BIF call's argument array and published registers; the BIF when they do not answer
defineDirect("lists", "keyfind/3", (key, n, l) => keyfindDirect(key as Term, n as Term, l as Term));
defineDirect("lists", "keymember/3", (key, n, l) => {
  const r = keyfindDirect(key as Term, n as Term, l as Term);
  return r === undefined ? undefined : r === FALSE ? FALSE : TRUE;
});

// ---- maps ---------------------------------------------------------------------------------------

function m(t: Term): MapLike {
  if (!isMap(t)) badmap(t);
  return t as MapLike;
}

/**
 * :maps.from_list/1 as a job (bif_jobs.ts): the pairs read, then put, a chunk at a time, so a
 * list of millions of pairs lets other processes run, as OTP's trapping BIF does (500K pairs were
 * 2 s in one call). The map is put together in place (HashMap.withPutsInPlace): no one else sees
 * it until the job ends.
 */
export function* mapFromListJob(l: Term): JobGen {
  if (!(l instanceof Cons) && l !== NIL) badargAt(1, "not a list");
  const r: PairsReading = { c: l, kv: [], bad: false };
  let k: number;
  while ((k = readPairs(r)) === STEP) yield k;
  if (k > 0) yield k;
  if (r.c !== NIL) badargAt(1, "not a proper list");
  // OTP gives no reason for an element that is no pair, but the failure is still its frame's
  if (r.bad) badargAtEach([]);
  const b: Putting = { m: EMPTY_MAP, i: 0 };
  while (b.i < r.kv.length) yield putPairs(b, r.kv);
  return b.m;
}

interface PairsReading {
  c: Term;
  kv: Term[];
  /** an element that is no pair was met (the list's end is looked for first, as OTP does) */
  bad: boolean;
}

/** up to STEP more cells read: how many */
function readPairs(r: PairsReading): number {
  let c = r.c, k = 0;
  const kv = r.kv;
  while (c instanceof Cons && k < STEP) {
    const p = c.head;
    if (p instanceof Tuple && p.items.length === 2) kv.push(p.items[0], p.items[1]);
    else r.bad = true;
    c = c.tail;
    k++;
  }
  r.c = c;
  return k;
}

interface Putting {
  m: MapLike;
  i: number;
}

/** up to STEP more pairs put: how many */
function putPairs(b: Putting, kv: Term[]): number {
  const end = Math.min(kv.length, b.i + 2 * STEP);
  const k = (end - b.i) >> 1;
  let m = b.m, i = b.i;
  // (a small map's puts make a new map each; once a trie, no one else has seen its nodes)
  for (; i < end && !(m instanceof HashMap); i += 2) m = putLastKey(m, kv[i], kv[i + 1]);
  if (i < end) m = (m as HashMap).withPutsInPlace(kv, i, end);
  b.m = m;
  b.i = end;
  return k;
}

export function mapToList(mm: MapLike): Term {
  return list(listEntries(mm).map(([k, v]) => tuple(k, v)));
}

export function mapMerge(a: MapLike, b: MapLike): MapLike {
  if (a.size < b.size) {
    let r = b;
    for (const [k, v] of a.entries()) if (!r.has(k)) r = r.put(k, v);
    return r;
  }
  // a key both hold comes from b, as OTP 25's merge keeps it (0.0 and -0.0 are one key there): a
  // small map's put keeps its own key, so a zero float is put anew
  let r = a;
  for (const [k, v] of b.entries()) r = k instanceof Float && k.value === 0 && r.has(k) ? r.remove(k).put(k, v) : r.put(k, v);
  return r;
}

defineBifs("maps", {
  "get/2": ([k, mm]) => { const v = m(mm).get(k); return v === undefined ? badkey(k) : v; },
  "get/3": ([k, mm, d]) => m(mm).get(k) ?? d,
  "find/2": ([k, mm]) => { const v = m(mm).get(k); return v === undefined ? ERROR : tuple(OK, v); },
  "put/3": ([k, v, mm]) => m(mm).put(k, v),
  "remove/2": ([k, mm]) => m(mm).remove(k),
  "merge/2": ([a, b]) => mapMerge(m(a), m(b)),
  // (the list is built as a job: a map of millions of keys lets other processes run meanwhile)
  "keys/1": ([mm], ctx) => runJob(ctx, "maps_list", ["maps", "keys", [mm]], build(mapKeys(m(mm)), NIL)),
  "values/1": ([mm], ctx) => runJob(ctx, "maps_list", ["maps", "values", [mm]], build(mapValues(m(mm)), NIL)),
  "to_list/1": ([mm]) => mapToList(m(mm)),
  "from_list/1": ([l], ctx) => runJob(ctx, "maps_from_list", ["maps", "from_list", [l]], mapFromListJob(l)),
  "from_keys/2": ([l, v]) => mapFromKeyValues(arr(l, () => badargAt(1, l instanceof Cons ? "not a proper list" : "not a list")).flatMap((k) => [k, v])),
  "is_key/2": ([k, mm]) => bool(m(mm).has(k)),
  "size/1": ([mm]) => m(mm).size,
  "new/0": () => EMPTY_MAP,
  "take/2": ([k, mm]) => { const v = m(mm).get(k); return v === undefined ? ERROR : tuple(v, (mm as MapLike).remove(k)); },
  "update/3": ([k, v, mm]) => (m(mm).has(k) ? (mm as MapLike).put(k, v) : badkey(k)),
  "with/2": ([ks, mm]) => {
    const src = m(mm);
    let r = EMPTY_MAP;
    for (const k of keyList(ks)) { const v = src.get(k); if (v !== undefined) r = r.put(k, v); }
    return r;
  },
  "without/2": ([ks, mm]) => {
    let r = m(mm);
    for (const k of keyList(ks)) r = r.remove(k);
    return r;
  },
});

/** maps:with/2's and without/2's keys: a map given, what is no list is their badarg naming it
 *  (erl_stdlib_errors) */
function keyList(ks: Term): Term[] {
  return arr(ks, () => badargAt(1, ks instanceof Cons ? "not a proper list" : "not a list"));
}

// ---- math ---------------------------------------------------------------------------------------

function isNumber(t: Term): boolean {
  return typeof t === "number" || typeof t === "bigint" || t instanceof Float;
}
function x(t: Term): number {
  return typeof t === "number" ? t : typeof t === "bigint" ? bigToDouble(t) : (t as Float).value;
}
// a non-number argument is a badarg naming it (OTP 25); a result that is not a finite float, badarith
function numberArgs(args: Term[]): void {
  const bad = args.flatMap((t, i) => (isNumber(t) ? [] : [{ arg: i + 1, why: "not a number" }]));
  if (bad.length) badargAtEach(bad);
  // an integer past the largest double does not convert: badarith (:math.atan2(2 ** 1024, 2))
  for (const t of args) if (typeof t === "bigint" && !Number.isFinite(bigToDouble(t))) badarith();
}
const f1 = (fn: (a: number) => number) => (args: Term[]) => (numberArgs(args), A.checkFloat(fn(x(args[0]))));
const f2 = (fn: (a: number, b: number) => number) => (args: Term[]) => (numberArgs(args), A.checkFloat(fn(x(args[0]), x(args[1]))));

defineBifs("math", {
  "pi/0": () => new Float(Math.PI),
  "e/0": () => new Float(Math.E),
  "sqrt/1": f1((a) => (a < 0 ? NaN : Math.sqrt(a))),
  // (rounded as glibc's, where V8's Math functions are off by an ulp: vm/math_rounded.ts)
  "pow/2": f2(powRounded),
  "exp/1": f1(expRounded),
  "log/1": f1((a) => (a <= 0 ? NaN : logRounded(a))),
  "log2/1": f1((a) => (a <= 0 ? NaN : log2Rounded(a))),
  "log10/1": f1((a) => (a <= 0 ? NaN : log10Rounded(a))),
  "sin/1": f1(sinRounded), "cos/1": f1(cosRounded), "tan/1": f1(tanRounded),
  "asin/1": f1(asinRounded), "acos/1": f1(acosRounded), "atan/1": f1(atanRounded),
  "sinh/1": f1(sinhRounded), "cosh/1": f1(coshRounded), "tanh/1": f1(Math.tanh),
  "asinh/1": f1(asinhRounded), "acosh/1": f1(acoshRounded), "atanh/1": f1(Math.atanh),
  "atan2/2": f2(atan2Rounded),
  "erf/1": f1(erf), "erfc/1": f1(erfc),
  "floor/1": f1(Math.floor),
  "ceil/1": f1(Math.ceil),
  "fmod/2": f2((a, b) => (b === 0 ? NaN : a % b)),
});

void int;
