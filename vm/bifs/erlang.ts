// :erlang BIFs: arithmetic, comparison, type tests, tuples, lists, binaries and conversions.
// (Process, code loading and node BIFs are registered by the VM, not here.)
import {
  Atom, Bin, Cons, ExtFun, Float, Fun, NIL, Pid, Port, Ref, Term, Tuple, atom, bin, binFromBytes, bool, existingAtom, int,
  isMap, list, toBig, TRUE, FALSE, UNDEFINED, OK, MapLike, getAtomLimit, atomCount, decimalBin,
  bigToDouble, MAX_TUPLE_SIZE,
} from "../terms.ts";
import { defineBifs, type BifContext } from "./registry.ts";
import type { Node } from "../node.ts";
import { NOT_ALIVE } from "../node_name.ts";
import { CHUNK, bytesOnto, chargeWork, elementsOnto } from "./work.ts";
import { isSmallTerm, runJob } from "./bif_jobs.ts";
import { appendJob, iolistJob, iolistOneChunk, lengthJob, listToTupleJob } from "./list_jobs.ts";
import { compare, exactEquals, looseEquals } from "../compare.ts";
import { badargAt, notProperList } from "./util.ts";
import { badarg, badargAtEach, badarith, badkey, badmap, exitWith, raise, throwValue } from "../errors.ts";
import * as A from "./arith.ts";
import { divWork, intTextWork, mulWork, parseIntWork } from "./big_int.ts";
import { again, mfa } from "../big_work.ts";
import { arr, iodataBytes, iodataSize, enc, utf8, codepoints } from "./util.ts";
import { exactRatio, formatFloat, printfExponential } from "../format_float.ts";
import { hashSteps, phash2, phash2Range } from "../phash2.ts";
import { phash } from "../phash.ts";

const isInt = A.isIntT;

// ---- conversions shared with Elixir-level BIFs ----------------------------------------------------

export { parseIntStrict, intToString } from "./big_int.ts";

/** binary_to_float: "1.5", "-1.0e10", "1.5E-3", and with a comma for the point as ERTS reads
 *  it ("1,5"); no bare integers. */
export function parseFloatStrict(s: string): number | undefined {
  if (!/^[+-]?\d+[.,]\d+([eE][+-]?\d+)?$/.test(s)) return undefined;
  const x = parseFloat(s.replace(",", "."));
  return Number.isFinite(x) ? x : undefined;
}

/** the base of integer_to_binary/2 and the like, checked with the first argument's type: OTP's
 *  error_info names both when both are bad (firstWhy: what is wrong with the first, or null) */
function withBase(firstWhy: string | null, base: Term): number {
  const baseBad = typeof base !== "number" || base < 2 || base > 36;
  if (firstWhy === null && !baseBad) return base as number;
  const bad = firstWhy === null ? [] : [{ arg: 1, why: firstWhy }];
  if (baseBad) bad.push({ arg: 2, why: "not an integer in the range 2 through 36" });
  return badargAtEach(bad);
}

function baseArg(t: Term, argNo: number): number {
  if (typeof t !== "number" || t < 2 || t > 36) badargAt(argNo, "not an integer in the range 2 through 36");
  return t as number;
}

function float20(x: number): string {
  // printf("%.20e"): exponent with at least two digits, and -0.0 keeps its sign
  const s = printfExponential(x, 20);
  return negZeroSign(x) + s.replace(/e([+-])(\d)$/, "e$10$2");
}

/** JS prints -0 without its sign (toFixed, toExponential); OTP's printf keeps it */
function negZeroSign(x: number): string {
  return Object.is(x, -0) ? "-" : "";
}

const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18];

/**
 * x with `d` decimals as OTP's float_to_binary prints it. Up to 18 decimals, for |x| below 2^53,
 * OTP scales the fraction by 10^d in double arithmetic and rounds that up from .5 on, so
 * 0.075 (really 0.07499999...) gives "0.08" and 60.597 with 16 decimals "60.5970000000000013";
 * beyond that it prints the exact binary value with ties to even, as printf("%.*f").
 */
function fixedDecimals(x: number, d: number): string {
  const ax = Math.abs(x);
  const sign = x < 0 ? "-" : "";
  if (d < POW10.length && ax < 2 ** 53) {
    let int = Math.trunc(ax);
    const scaled = (ax - int) * POW10[d];
    let frac = Math.trunc(scaled);
    if (scaled - frac >= 0.5) frac += 1;
    if (frac >= POW10[d]) {
      int += 1;
      frac -= POW10[d];
    }
    const intText = BigInt(int).toString();
    return sign + (d === 0 ? intText : intText + "." + BigInt(frac).toString().padStart(d, "0"));
  }
  let digits = scaledExact(ax, d).toString();
  if (d > 0) {
    digits = digits.padStart(d + 1, "0");
    digits = digits.slice(0, -d) + "." + digits.slice(-d);
  }
  return sign + digits;
}

/** |x| * 10^k rounded to an integer from x's exact binary value (ties to even, as printf) */
function scaledExact(ax: number, k: number): bigint {
  let [num, den] = exactRatio(ax);
  if (k >= 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  const n = num / den;
  const twice = (num % den) * 2n;
  return twice > den || (twice === den && n % 2n === 1n) ? n + 1n : n;
}

/** float_to_binary/2 options: [:short], [{:decimals, n}, :compact], [{:scientific, n}] */
export function floatToText(x: number, opts: Term[]): string {
  let decimals: number | undefined, scientific: number | undefined, compact = false, short = false;
  for (const o of opts) {
    if (o instanceof Atom && o.name === "compact") compact = true;
    else if (o instanceof Atom && o.name === "short") short = true;
    else if (o instanceof Tuple && o.items.length === 2 && o.items[0] instanceof Atom && typeof o.items[1] === "number") {
      const n = o.items[1] as number;
      if ((o.items[0] as Atom).name === "decimals" && n >= 0 && n <= 253) decimals = n;
      else if ((o.items[0] as Atom).name === "scientific" && n >= 0 && n <= 249) scientific = n;
      else badargAt(2, "invalid option in list");
    } else badargAt(2, "invalid option in list");
  }
  if (short) return formatFloat(x);
  if (decimals !== undefined) {
    let s = negZeroSign(x) + fixedDecimals(x, decimals);
    // OTP formats into a 256-byte buffer: a longer text is a badarg
    if (s.length > 255) badargAt(2, "invalid option in list");
    if (compact && s.includes(".")) s = s.replace(/0+$/, "").replace(/\.$/, ".0");
    return s;
  }
  if (scientific !== undefined) return negZeroSign(x) + printfExponential(x, scientific).replace(/e([+-])(\d)$/, "e$10$2");
  return float20(x);
}

/** float_to_binary/2's and float_to_list/2's checks: a non-float and options that are no list
 *  (or an improper one) are both named; an unknown option only when the number is a float */
function floatToTextArgs(f: Term, o: Term): string {
  const bad: { arg: number; why: string }[] = [];
  if (!(f instanceof Float)) bad.push({ arg: 1, why: "not a float" });
  const notList = notProperList(o);
  if (notList !== null) bad.push({ arg: 2, why: notList });
  if (bad.length > 0) badargAtEach(bad);
  return floatToText((f as Float).value, arr(o));
}

function tupleArg(t: Term, argNo = 1): Tuple {
  if (!(t instanceof Tuple)) badargAt(argNo, "not a tuple");
  return t as Tuple;
}

/**
 * element/2's and setelement/3's tuple and 0-based index, or their badarg with OTP's every reason:
 * an index that is no integer or below 1 is wrong whatever the second argument is; one past the
 * end only when that is a tuple
 */
/** element/2's checks (and setelement's, insert_element's with `past` more places at the end):
 *  each bad argument is named */
function tupleAndIndex(i: Term, t: Term, past = 0): [Tuple, number] {
  const bad: { arg: number; why: string }[] = [];
  if (!isInt(i)) bad.push({ arg: 1, why: "not an integer" });
  else if (i < 1) bad.push({ arg: 1, why: "out of range" });
  if (!(t instanceof Tuple)) bad.push({ arg: 2, why: "not a tuple" });
  else if (bad.length === 0 && (i as number | bigint) > t.items.length + past) bad.push({ arg: 1, why: "out of range" });
  if (bad.length > 0) badargAtEach(bad);
  return [t as Tuple, (i as number) - 1];
}

/** a binary BIF result, charged one reduction per 16 bytes built */
function chargedBytes(ctx: BifContext, b: Bin): Bin {
  if (b.size >= 64) chargeWork(ctx, b.size >> 4);
  return b;
}

export { MAX_TUPLE_SIZE };

/** a tuple size argument: a non-negative integer no larger than MAX_TUPLE_SIZE */
export function tupleSizeArg(n: Term): number {
  // (OTP 25 calls any bad size out of range, a float or an atom too)
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > MAX_TUPLE_SIZE) badargAt(1, "out of range");
  return n as number;
}

/** erlang:phash2/1 (27 bits) or phash2/2 with 1 <= range <= 2^32 */
function* phash2Job(t: Term, range: number | null): Generator<number, Term, void> {
  const h = yield* hashSteps(t);
  return range === null ? h & 0x7ffffff : range === 2 ** 32 ? h : h % range;
}

/** lists up to this long are measured in one go (a chunk's worth of reductions) */
const LENGTH_AT_ONCE = 4 * CHUNK;

export function append(a: Term, b: Term): Term {
  if (a === NIL) return b;
  const xs = arr(a);
  return list(xs, b);
}

export function subtract(a: Term, b: Term): Term {
  const xs = arr(a), ys = arr(b);
  // remove the first occurrence of each element of ys
  for (const y of ys) {
    const i = xs.findIndex((x) => exactEquals(x, y));
    if (i >= 0) xs.splice(i, 1);
  }
  return list(xs);
}

/** a binary: a bitstring that is not whole bytes is "not a binary" too */
function binArg(t: Term, argNo = 1): Bin {
  if (!(t instanceof Bin) || t.tailBits !== 0) badargAt(argNo, "not a binary");
  return t as Bin;
}

/** a bitstring, for the BIFs that take the whole bytes of one (binary_to_list/3, split_binary/2) */
function bytesArg(t: Term, argNo = 1): Bin {
  if (!(t instanceof Bin)) badargAt(argNo, "not a binary");
  return t as Bin;
}

function bitstringArg(t: Term): Bin {
  if (!(t instanceof Bin)) badargAt(1, "not a bitstring");
  return t as Bin;
}

function encodingArg(t: Term, argNo: number): "latin1" | "utf8" {
  if (t instanceof Atom && (t.name === "utf8" || t.name === "unicode")) return "utf8";
  if (t instanceof Atom && t.name === "latin1") return "latin1";
  return badargAt(argNo, "not one of the atoms: latin1, utf8, or unicode");
}

function binToAtom(b: Term, encT: Term, existing: boolean): Atom {
  const bb = binArg(b);
  const e = encodingArg(encT, 2);
  let name: string;
  if (e === "utf8") {
    const s = utf8(bb);
    if (s === undefined) badargAt(1, "invalid UTF8 encoding");
    name = s!;
  } else name = String.fromCharCode(...bb.bytes);
  // (an atom has at most 255 characters: a longer name is no existing atom)
  if (!existing && [...name].length > 255) raise(atom("system_limit"));
  if (existing) {
    const a = existingAtom(name);
    if (a === undefined) badargAt(1, "not an already existing atom");
    return a!;
  }
  return atomFromData(name);
}

/** an atom made from program data: past the atom table's size, a system limit (never a crash) */
function atomFromData(name: string): Atom {
  const a = existingAtom(name);
  if (a !== undefined) return a;
  if (atomCount() >= getAtomLimit()) raise(atom("system_limit"));
  return atom(name);
}

function atomToBin(a: Term, encT: Term = atom("utf8")): Bin {
  // (OTP 25's erl_erts_errors words atom_to_binary's bad encoding its own way, and names both
  // arguments when both are wrong)
  const badEnc = !(encT instanceof Atom && ["utf8", "unicode", "latin1"].includes(encT.name));
  if (!(a instanceof Atom) || badEnc) {
    badargAtEach([...(a instanceof Atom ? [] : [{ arg: 1, why: "not an atom" }]), ...(badEnc ? [{ arg: 2, why: "is an invalid encoding option" }] : [])]);
  }
  const e = encodingArg(encT, 2);
  const name = (a as Atom).name;
  if (e === "latin1") {
    const cps = codepoints(name);
    if (cps.some((c) => c > 255)) badargAt(1, "contains a character not expressible in latin1");
    return binFromBytes(Uint8Array.from(cps));
  }
  return bin(name);
}

/** list_to_atom's and list_to_existing_atom's text: an improper list is "not a proper list" */
function atomChars(l: Term): string {
  let t = l;
  while (t instanceof Cons) t = t.tail;
  if (t !== NIL && l instanceof Cons) badargAt(1, "not a proper list");
  return charsToString(l);
}

/** the text of list_to_integer's and list_to_float's argument: what is no proper list is "not a
 *  list", a proper list of other terms than characters (`[a: 1]`, `['1']`) is no number's text */
export function textOfList(l: Term, what: string): string {
  let t = l;
  while (t instanceof Cons) t = t.tail;
  if (t !== NIL) badargAt(1, "not a list");
  for (let c = l; c instanceof Cons; c = c.tail) {
    const h = c.head;
    if (typeof h !== "number" || h < 0 || h > 0x10ffff) badargAt(1, `not a textual representation of ${what}`);
  }
  return charsToString(l);
}

function charsToString(l: Term, argNo = 1): string {
  const cps = arr(l, () => badargAt(argNo, "not a list"));
  let s = "";
  for (const c of cps) {
    if (typeof c !== "number" || c < 0 || c > 0x10ffff) badargAt(argNo, "not a list of characters");
    s += String.fromCodePoint(c as number);
  }
  return s;
}

function listToInt(ctx: BifContext, l: Term, base: number, frame: Term, args: Term[]) {
  const s = textOfList(l, "an integer");
  return parseIntWork(ctx, s, base, frame, () => again("erlang", "list_to_integer", args), notTextual);
}

function notTextual(v: A.Int | undefined): Term {
  return v ?? badargAt(1, "not a textual representation of an integer");
}

function textList(s: string): Term {
  return list(codepoints(s));
}

// the BIFs as Process.info(:current_function) shows them while they compute
const F_INTEGER_TO_BINARY_1 = mfa("erlang", "integer_to_binary", 1);
const F_INTEGER_TO_BINARY_2 = mfa("erlang", "integer_to_binary", 2);
const F_INTEGER_TO_LIST_1 = mfa("erlang", "integer_to_list", 1);
const F_INTEGER_TO_LIST_2 = mfa("erlang", "integer_to_list", 2);
const F_BINARY_TO_INTEGER_1 = mfa("erlang", "binary_to_integer", 1);
const F_BINARY_TO_INTEGER_2 = mfa("erlang", "binary_to_integer", 2);
const F_LIST_TO_INTEGER_1 = mfa("erlang", "list_to_integer", 1);
const F_LIST_TO_INTEGER_2 = mfa("erlang", "list_to_integer", 2);

function iolistToBinary(t: Term): Bin {
  if (t instanceof Bin) return t;
  const b = iodataBytes(t);
  if (b === undefined) badargAt(1, "not an iodata term");
  return binFromBytes(b!);
}

// time: native unit is the nanosecond, as on Linux
const UNITS: Record<string, bigint> = {
  second: 1n, seconds: 1n, millisecond: 1000n, milli_seconds: 1000n, microsecond: 1000000n, micro_seconds: 1000000n,
  nanosecond: 1000000000n, nano_seconds: 1000000000n, native: 1000000000n, perf_counter: 1000000000n,
};
/**
 * A shift's result, its making paid for: one reduction per 64-bit word of a big result, so that
 * a loop of `1 <<< 1_000_000` (15,625 words each) ends its slice as the work it does would.
 */
function chargedBignum(ctx: BifContext, r: A.Int): A.Int {
  if (typeof r === "bigint") {
    const words = Math.ceil((r < 0n ? -r : r).toString(16).length / 16);
    if (words >= 16) chargeWork(ctx, words);
  }
  return r;
}

/** a time unit's parts per second; one that is none is a badarg (named "invalid time unit" as
 *  the argument `arg` where the BIF's error_info names it) */
export function unitPerSecond(t: Term, arg?: number): bigint {
  if (t instanceof Atom && UNITS[t.name] !== undefined) return UNITS[t.name];
  if (typeof t === "number" && t > 0) return BigInt(t);
  return arg === undefined ? badarg() : badargAt(arg, "invalid time unit");
}
/** floor division as erlang:convert_time_unit does */
export function convertTime(v: bigint, from: bigint, to: bigint): A.Int {
  const n = v * to;
  let q = n / from;
  if (n % from !== 0n && (n < 0n) !== (from < 0n)) q -= 1n;
  return int(q);
}
const perf = (globalThis as any).performance;
const startEpochNs = BigInt(Date.now()) * 1000000n;
const startPerf = perf ? perf.now() : 0;
export function nowNs(): bigint {
  // monotonic: epoch at start + elapsed performance time
  const elapsedMs = perf ? perf.now() - startPerf : 0;
  return startEpochNs + BigInt(Math.round(elapsedMs * 1e6));
}
/** the Erlang monotonic time at which an OTP 25 node starts (system_info(:start_time)) */
export const MONOTONIC_AT_START_NS = -576460752000000000n;
export function monotonicNs(ctx?: BifContext): bigint {
  // the BEAM's monotonic time starts at a large negative value; a node on a clock of its own
  // (virtual, or scaled) counts from it with that clock, so a sleep measures what it slept
  const own = ctx?.node?.ownMonotonicNs?.();
  if (own !== undefined && own !== null) return own + MONOTONIC_AT_START_NS;
  return nowNs() - startEpochNs + MONOTONIC_AT_START_NS;
}
/** wall-clock nanoseconds: the node's clock (the host's, or the virtual one of a deterministic node) */
export function systemNs(ctx?: BifContext): bigint {
  return ctx?.node?.wallClockNs ? ctx.node.wallClockNs() : BigInt(Date.now()) * 1000000n;
}

let uniqueCounter = 0;
/** :erlang.unique_integer/1's modifiers: a proper list of :positive and :monotonic */
export function uniqueIntegerOf(m: Term): A.Int {
  const mods = arr(m, () => badargAt(1, m instanceof Cons ? "not a proper list" : "not a list"));
  if (!mods.every((x) => x instanceof Atom && (x.name === "positive" || x.name === "monotonic"))) badargAt(1, "invalid modifier");
  return uniqueInteger(mods);
}

export function uniqueInteger(mods: Term[]): A.Int {
  uniqueCounter++;
  const positive = mods.some((m) => m instanceof Atom && m.name === "positive");
  // BigInt: the BEAM's origin is far below 2^53, where JS numbers collapse neighbours
  return positive ? uniqueCounter : int(BigInt(uniqueCounter) - 576460752303423489n);
}


/** the range of phash/2 and phash2/2 (1..2^32); OTP 25's error_info names it the 1st argument */
function hashRange(r: Term): number {
  if (typeof r !== "number" && typeof r !== "bigint") badargAt(1, "not an integer");
  if (r < 1) badargAt(1, "out of range");
  if (r > 2 ** 32) badarg();
  return Number(r);
}

function cmpBool(f: (c: number) => boolean) {
  return ([a, b]: Term[]) => bool(f(compare(a, b)));
}

function boolArgs(a: Term, b: Term): [boolean, boolean] {
  if ((a !== TRUE && a !== FALSE) || (b !== TRUE && b !== FALSE)) badarg();
  return [a === TRUE, b === TRUE];
}

function numArg(t: Term): number {
  if (typeof t === "number") return t;
  if (t instanceof Float) return t.value;
  if (typeof t === "bigint") return bigToDouble(t);
  return badarg();
}

export const erlangBifs = {
  "+/2": ([a, b]: Term[]) => A.add(a, b),
  "-/2": ([a, b]: Term[]) => A.sub(a, b),
  "*/2": ([a, b]: Term[], ctx: BifContext) => mulWork(ctx, a, b),
  "//2": ([a, b]: Term[]) => A.fdiv(a, b),
  "-/1": ([a]: Term[]) => A.neg(a),
  "+/1": ([a]: Term[]) => (typeof a === "number" || typeof a === "bigint" || a instanceof Float ? a : badarith()),
  "div/2": ([a, b]: Term[], ctx: BifContext) => divWork(ctx, "div", a, b),
  "rem/2": ([a, b]: Term[], ctx: BifContext) => divWork(ctx, "rem", a, b),
  "band/2": ([a, b]: Term[]) => A.band(a, b),
  "bor/2": ([a, b]: Term[]) => A.bor(a, b),
  "bxor/2": ([a, b]: Term[]) => A.bxor(a, b),
  "bnot/1": ([a]: Term[]) => A.bnot(a),
  "bsl/2": ([a, b]: Term[], ctx: BifContext) => chargedBignum(ctx, A.bsl(a, b)),
  "bsr/2": ([a, b]: Term[], ctx: BifContext) => chargedBignum(ctx, A.bsr(a, b)),
  "==/2": ([a, b]: Term[]) => bool(looseEquals(a, b)),
  "/=/2": ([a, b]: Term[]) => bool(!looseEquals(a, b)),
  "=:=/2": ([a, b]: Term[]) => bool(exactEquals(a, b)),
  "=/=/2": ([a, b]: Term[]) => bool(!exactEquals(a, b)),
  "</2": cmpBool((c) => c < 0),
  ">/2": cmpBool((c) => c > 0),
  "=</2": cmpBool((c) => c <= 0),
  ">=/2": cmpBool((c) => c >= 0),
  "and/2": ([a, b]: Term[]) => { const [x, y] = boolArgs(a, b); return bool(x && y); },
  "or/2": ([a, b]: Term[]) => { const [x, y] = boolArgs(a, b); return bool(x || y); },
  "xor/2": ([a, b]: Term[]) => { const [x, y] = boolArgs(a, b); return bool(x !== y); },
  "not/1": ([a]: Term[]) => (a === TRUE ? FALSE : a === FALSE ? TRUE : badarg()),
  "abs/1": ([a]: Term[]) => {
    if (typeof a === "number") return Math.abs(a);
    if (typeof a === "bigint") return a < 0n ? -a : a;
    // OTP negates only what is below zero, so abs(-0.0) is -0.0
    if (a instanceof Float) return a.value < 0 ? new Float(-a.value) : a;
    return badargAt(1, "not a number");
  },
  // OTP 25's error_info says why: "1st argument: not a number"
  "float/1": ([a]: Term[]) => {
    if (a instanceof Float) return a;
    // an integer past the largest float is badarg too, as OTP's
    const x = typeof a === "bigint" ? bigToDouble(a) : isInt(a) ? Number(a) : NaN;
    return Number.isFinite(x) ? new Float(x) : badargAt(1, "not a number");
  },
  "trunc/1": ([a]: Term[]) => (isInt(a) ? a : a instanceof Float ? A.floatToInt(Math.trunc(a.value)) : badargAt(1, "not a number")),
  "round/1": ([a]: Term[]) => (isInt(a) ? a : a instanceof Float ? A.floatToInt(A.roundHalfAway(a.value)) : badargAt(1, "not a number")),
  "ceil/1": ([a]: Term[]) => (isInt(a) ? a : a instanceof Float ? A.floatToInt(Math.ceil(a.value)) : badargAt(1, "not a number")),
  "floor/1": ([a]: Term[]) => (isInt(a) ? a : a instanceof Float ? A.floatToInt(Math.floor(a.value)) : badargAt(1, "not a number")),
  "is_atom/1": ([a]: Term[]) => bool(a instanceof Atom),
  "is_binary/1": ([a]: Term[]) => bool(a instanceof Bin && a.tailBits === 0),
  "is_bitstring/1": ([a]: Term[]) => bool(a instanceof Bin),
  "is_boolean/1": ([a]: Term[]) => bool(a === TRUE || a === FALSE),
  "is_float/1": ([a]: Term[]) => bool(a instanceof Float),
  "is_function/1": ([a]: Term[]) => bool(a instanceof Fun || a instanceof ExtFun),
  "is_function/2": ([a, n]: Term[]) => {
    if (!isInt(n)) badargAt(2, "not an integer");
    if (n < 0) badargAt(2, "out of range");
    return bool((a instanceof Fun || a instanceof ExtFun) && a.arity === n);
  },
  "is_integer/1": ([a]: Term[]) => bool(isInt(a)),
  "is_list/1": ([a]: Term[]) => bool(a === NIL || a instanceof Cons),
  "is_map/1": ([a]: Term[]) => bool(isMap(a)),
  "is_number/1": ([a]: Term[]) => bool(isInt(a) || a instanceof Float),
  "is_pid/1": ([a]: Term[]) => bool(a instanceof Pid),
  "is_port/1": ([a]: Term[]) => bool(a instanceof Port),
  "is_reference/1": ([a]: Term[]) => bool(a instanceof Ref),
  "is_tuple/1": ([a]: Term[]) => bool(a instanceof Tuple),
  "element/2": ([i, t]: Term[]) => {
    const [tt, k] = tupleAndIndex(i, t);
    return tt.items[k];
  },
  "setelement/3": ([i, t, v]: Term[]) => {
    const [tt, k] = tupleAndIndex(i, t);
    const items = tt.items.slice();
    items[k] = v;
    return new Tuple(items);
  },
  "tuple_size/1": ([t]: Term[]) => tupleArg(t).items.length,
  "size/1": ([t]: Term[]) => (t instanceof Tuple ? t.items.length : t instanceof Bin ? t.size : badargAt(1, "not tuple or binary")),
  "make_tuple/2": ([n, v]: Term[]) => new Tuple(new Array(tupleSizeArg(n)).fill(v)),
  "make_tuple/3": ([n, v, init]: Term[]) => {
    const sizeOk = typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= MAX_TUPLE_SIZE;
    const listWhy = notProperList(init);
    const items = sizeOk && listWhy === null ? new Array(n as number).fill(v) : [];
    let optionsOk = listWhy === null;
    for (const p of optionsOk && sizeOk ? arr(init) : []) {
      const i = p instanceof Tuple && p.items.length === 2 ? p.items[0] : undefined;
      if (typeof i !== "number" || !Number.isInteger(i) || i < 1 || i > items.length) optionsOk = false;
      else items[i - 1] = (p as Tuple).items[1];
    }
    if (sizeOk && optionsOk) return new Tuple(items);
    // (as OTP 25's error_info: a size that is no integer and a list that is none are both named; a
    // proper list beside a size that is a non-negative integer (even one too large) is blamed)
    const sizeWhy = !isInt(n) ? "not an integer" : n < 0 ? "out of range" : null;
    const bad = sizeWhy === null ? [] : [{ arg: 1, why: sizeWhy }];
    if (listWhy !== null) bad.push({ arg: 3, why: listWhy });
    else if (sizeWhy === null) bad.push({ arg: 3, why: "invalid option in list" });
    return badargAtEach(bad);
  },
  "append_element/2": ([t, v]: Term[]) => {
    const items = tupleArg(t).items;
    // (OTP 25 calls a tuple already of the largest size "not a tuple": no larger one can be made)
    if (items.length >= MAX_TUPLE_SIZE) badargAt(1, "not a tuple");
    return new Tuple([...items, v]);
  },
  "insert_element/3": ([i, t, v]: Term[]) => {
    // (the index may be one past the end)
    const [tt] = tupleAndIndex(i, t, 1);
    const items = tt.items.slice();
    items.splice((i as number) - 1, 0, v);
    return new Tuple(items);
  },
  "delete_element/2": ([i, t]: Term[]) => {
    const [tt, k] = tupleAndIndex(i, t);
    const items = tt.items.slice();
    items.splice(k, 1);
    return new Tuple(items);
  },
  "tuple_to_list/1": ([t]: Term[], ctx: BifContext) => {
    const tt = tupleArg(t);
    return elementsOnto(ctx, tt, 0, tt.items.length, NIL);
  },
  // (list_to_tuple and ++ run as jobs, list_jobs.ts: a million cells in chunks that let others run)
  "list_to_tuple/1": ([l]: Term[], ctx: BifContext) => runJob(ctx, "list_to_tuple", ["erlang", "list_to_tuple", [l]], listToTupleJob(l)),
  "hd/1": ([l]: Term[]) => (l instanceof Cons ? l.head : badargAt(1, "not a nonempty list")),
  "tl/1": ([l]: Term[]) => (l instanceof Cons ? l.tail : badargAt(1, "not a nonempty list")),
  "length/1": ([l]: Term[], ctx: BifContext) => {
    // a short list at once; a long one in chunks that let others run (the BEAM's length/1 traps
    // too), in a guard as in a body
    let c = l, n = 0;
    while (c instanceof Cons && n < LENGTH_AT_ONCE) { c = c.tail; n++; }
    if (c instanceof Cons) return runJob(ctx, "erlang_length", ["erlang", "length", [l]], lengthJob(c, n));
    if (c !== NIL) badargAt(1, "not a list");
    if (n >= 64) chargeWork(ctx, n >> 2);
    return n;
  },
  "++/2": ([a, b]: Term[], ctx: BifContext) => runJob(ctx, "erlang_append", ["erlang", "++", [a, b]], appendJob(a, b)),
  "--/2": ([a, b]: Term[]) => subtract(a, b),
  "map_size/1": ([m]: Term[]) => (isMap(m) ? m.size : badmap(m)),
  "map_get/2": ([k, m]: Term[]) => {
    if (!isMap(m)) badmap(m);
    const v = (m as MapLike).get(k);
    return v === undefined ? badkey(k) : v;
  },
  "is_map_key/2": ([k, m]: Term[]) => (isMap(m) ? bool(m.has(k)) : badmap(m)),
  "byte_size/1": ([b]: Term[]) => bitstringArg(b).size,
  "bit_size/1": ([b]: Term[]) => bitstringArg(b).bitSize,
  "binary_part/2": ([b, pl]: Term[]) => {
    if (!(pl instanceof Tuple) || pl.items.length !== 2) badarg();
    return binaryPart(b, (pl as Tuple).items[0], (pl as Tuple).items[1]);
  },
  "binary_part/3": ([b, p, l]: Term[]) => binaryPart(b, p, l),
  // (a bitstring splits within its whole bytes; the rest keeps its trailing bits)
  "split_binary/2": ([b, n]: Term[]) => {
    const bb = bytesArg(b);
    const whole = bb.tailBits !== 0 ? bb.size - 1 : bb.size;
    if (bb.tailBits !== 0 && typeof n === "number" && n > whole) badargAt(1, "not a binary");
    if (typeof n !== "number" && typeof n !== "bigint") badargAt(2, "not an integer");
    if (typeof n !== "number" || n < 0 || n > bb.size) badargAt(2, "out of range");
    const rest = new Bin(bb.bytes.slice(n as number), undefined, bb.tailBits);
    return new Tuple([binFromBytes(bb.bytes.slice(0, n as number)), rest]);
  },
  "atom_to_binary/1": ([a]: Term[]) => atomToBin(a),
  "atom_to_binary/2": ([a, e]: Term[]) => atomToBin(a, e),
  "binary_to_atom/1": ([b]: Term[]) => binToAtom(b, atom("utf8"), false),
  "binary_to_atom/2": ([b, e]: Term[]) => binToAtom(b, e, false),
  "binary_to_existing_atom/1": ([b]: Term[]) => binToAtom(b, atom("utf8"), true),
  "binary_to_existing_atom/2": ([b, e]: Term[]) => binToAtom(b, e, true),
  "atom_to_list/1": ([a]: Term[]) => (a instanceof Atom ? list(codepoints(a.name)) : badargAt(1, "not an atom")),
  "list_to_atom/1": ([l]: Term[]) => {
    const name = atomChars(l);
    // (an atom has at most 255 characters)
    if ([...name].length > 255) raise(atom("system_limit"));
    return atomFromData(name);
  },
  "list_to_existing_atom/1": ([l]: Term[]) => {
    const a = existingAtom(atomChars(l));
    return a ?? badargAt(1, "not an already existing atom");
  },
  "integer_to_binary/1": ([n]: Term[], ctx: BifContext) => {
    if (typeof n === "number") return decimalBin(n);
    if (!isInt(n)) badargAt(1, "not an integer");
    return intTextWork(ctx, n as A.Int, 10, F_INTEGER_TO_BINARY_1, () => again("erlang", "integer_to_binary", [n]), bin);
  },
  "integer_to_binary/2": ([n, b]: Term[], ctx: BifContext) => {
    const base = withBase(isInt(n) ? null : "not an integer", b);
    return intTextWork(ctx, n as A.Int, base, F_INTEGER_TO_BINARY_2, () => again("erlang", "integer_to_binary", [n, b]), bin);
  },
  "integer_to_list/1": ([n]: Term[], ctx: BifContext) => {
    if (!isInt(n)) badargAt(1, "not an integer");
    return intTextWork(ctx, n as A.Int, 10, F_INTEGER_TO_LIST_1, () => again("erlang", "integer_to_list", [n]), textList);
  },
  "integer_to_list/2": ([n, b]: Term[], ctx: BifContext) => {
    const base = withBase(isInt(n) ? null : "not an integer", b);
    return intTextWork(ctx, n as A.Int, base, F_INTEGER_TO_LIST_2, () => again("erlang", "integer_to_list", [n, b]), textList);
  },
  "binary_to_integer/1": ([b]: Term[], ctx: BifContext) =>
    parseIntWork(ctx, binArg(b).toString(), 10, F_BINARY_TO_INTEGER_1, () => again("erlang", "binary_to_integer", [b]), notTextual),
  "binary_to_integer/2": ([b, base]: Term[], ctx: BifContext) => {
    const k = withBase(b instanceof Bin && b.bitSize % 8 === 0 ? null : "not a binary", base);
    const s = binArg(b).toString();
    return parseIntWork(ctx, s, k, F_BINARY_TO_INTEGER_2, () => again("erlang", "binary_to_integer", [b, base]), notTextual);
  },
  "list_to_integer/1": ([l]: Term[], ctx: BifContext) => listToInt(ctx, l, 10, F_LIST_TO_INTEGER_1, [l]),
  "list_to_integer/2": ([l, base]: Term[], ctx: BifContext) => listToInt(ctx, l, withBase(notProperList(l), base), F_LIST_TO_INTEGER_2, [l, base]),
  "float_to_binary/1": ([f]: Term[]) => (f instanceof Float ? bin(float20(f.value)) : badargAt(1, "not a float")),
  "float_to_binary/2": ([f, o]: Term[]) => bin(floatToTextArgs(f, o)),
  "float_to_list/1": ([f]: Term[]) => (f instanceof Float ? list(codepoints(float20(f.value))) : badargAt(1, "not a float")),
  "float_to_list/2": ([f, o]: Term[]) => list(codepoints(floatToTextArgs(f, o))),
  "binary_to_float/1": ([b]: Term[]) => {
    const x = parseFloatStrict(binArg(b).toString());
    return x === undefined ? badargAt(1, "not a textual representation of a float") : new Float(x);
  },
  "list_to_float/1": ([l]: Term[]) => {
    const x = parseFloatStrict(textOfList(l, "a float"));
    return x === undefined ? badargAt(1, "not a textual representation of a float") : new Float(x);
  },
  // (a list only, even a binary is refused; OTP names it an iolist)
  "list_to_binary/1": ([l]: Term[], ctx: BifContext) => iolistOneChunk(l, true, ctx) ?? runJob(ctx, "list_to_binary", ["erlang", "list_to_binary", [l]], iolistJob(l, true)),
  "iolist_to_binary/1": ([l]: Term[], ctx: BifContext) => iolistOneChunk(l, false, ctx) ?? runJob(ctx, "iolist_to_binary", ["erlang", "iolist_to_binary", [l]], iolistJob(l, false)),
  // the same bytes as a list of binaries: one binary here (the BEAM may keep big ones apart)
  "iolist_to_iovec/1": ([l]: Term[], ctx: BifContext) => {
    const b = iolistToBinary(l);
    return b.size === 0 ? NIL : list([chargedBytes(ctx, b)]);
  },
  "iolist_size/1": ([l]: Term[]) => {
    const n = iodataSize(l);
    return n >= 0 ? n : badargAt(1, "not an iodata term");
  },
  "binary_to_list/1": ([b]: Term[], ctx: BifContext) => {
    const bb = binArg(b);
    return bytesOnto(ctx, bb, 0, bb.size, NIL);
  },
  "binary_to_list/3": ([b, s, e]: Term[], ctx: BifContext) => {
    // a bitstring is read in whole bytes: positions 1..stop within them
    const whole = b instanceof Bin ? b.size - (b.tailBits !== 0 ? 1 : 0) : 0;
    const ok = b instanceof Bin && typeof s === "number" && typeof e === "number" && s >= 1 && s <= e && e <= whole;
    if (ok) return bytesOnto(ctx, b as Bin, (s as number) - 1, e as number, NIL);
    // why, as OTP 25's error_info says: a term that is no binary and positions that are no positive
    // integers first (all named), then a start after the stop, then positions past the end
    const posWhy = (t: Term): string | null => (!isInt(t) ? "not an integer" : t < 1 ? "out of range" : null);
    const bad: { arg: number; why: string }[] = [];
    if (!(b instanceof Bin) || b.tailBits !== 0) bad.push({ arg: 1, why: "not a binary" });
    for (const [arg, t] of [[2, s], [3, e]] as [number, Term][]) {
      const why = posWhy(t);
      if (why !== null) bad.push({ arg, why });
    }
    if (bad.length > 0) return badargAtEach(bad);
    if ((s as number | bigint) > (e as number | bigint)) return badargAt(2, "start position greater than stop position");
    const size = (b as Bin).size;
    if ((s as number | bigint) > size) bad.push({ arg: 2, why: "out of range" });
    if ((e as number | bigint) > size) bad.push({ arg: 3, why: "out of range" });
    return badargAtEach(bad);
  },
  "max/2": ([a, b]: Term[]) => (compare(a, b) < 0 ? b : a),
  "min/2": ([a, b]: Term[]) => (compare(a, b) <= 0 ? a : b),
  "phash/2": ([t, r]: Term[]) => phash(t, hashRange(r)),
  // (jobs: a huge term is hashed in chunks that let others run)
  "phash2/1": ([t]: Term[], ctx: BifContext) => isSmallTerm(t) ? phash2(t) : runJob(ctx, "erlang_phash2", ["erlang", "phash2", [t]], phash2Job(t, null)),
  "phash2/2": ([t, r]: Term[], ctx: BifContext) => {
    const range = hashRange(r);
    return isSmallTerm(t) ? phash2Range(t, range) : runJob(ctx, "erlang_phash2", ["erlang", "phash2", [t, r]], phash2Job(t, range));
  },
  "unique_integer/0": () => uniqueInteger([]),
  "unique_integer/1": ([m]: Term[]) => uniqueIntegerOf(m),
  "error/1": ([r]: Term[]) => raise(r),
  "exit/1": ([r]: Term[]) => exitWith(r),
  "throw/1": ([v]: Term[]) => throwValue(v),
  "monotonic_time/0": (_: Term[], ctx: BifContext) => int(monotonicNs(ctx)),
  "monotonic_time/1": ([u]: Term[], ctx: BifContext) => convertTime(monotonicNs(ctx), 1000000000n, unitPerSecond(u, 1)),
  "time_offset/0": (_: Term[], ctx: BifContext) => int(systemNs(ctx) - monotonicNs(ctx)),
  "time_offset/1": ([u]: Term[], ctx: BifContext) => convertTime(systemNs(ctx) - monotonicNs(ctx), 1000000000n, unitPerSecond(u, 1)),
  "convert_time_unit/3": ([v, f, t]: Term[]) => {
    // (each wrong argument named, as OTP 25's error_info does)
    const validUnit = (u: Term) => (u instanceof Atom && UNITS[u.name] !== undefined) || (typeof u === "number" ? Number.isInteger(u) && u > 0 : typeof u === "bigint" && u > 0n);
    const bad: { arg: number; why: string }[] = [];
    if (!isInt(v)) bad.push({ arg: 1, why: "not an integer" });
    if (!validUnit(f)) bad.push({ arg: 2, why: "invalid time unit" });
    if (!validUnit(t)) bad.push({ arg: 3, why: "invalid time unit" });
    if (bad.length > 0) badargAtEach(bad);
    return convertTime(toBig(v as A.Int), unitPerSecond(f), unitPerSecond(t));
  },
  "node/0": (_a: Term[], ctx: BifContext) => (ctx.node as Node).name,
  "is_alive/0": (_a: Term[], ctx: BifContext) => ((ctx.node as Node).name === NOT_ALIVE ? FALSE : TRUE),
  "atom_to_existing_atom/1": ([a]: Term[]) => a,
  "float_to_integer/1": ([f]: Term[]) => (f instanceof Float ? A.floatToInt(Math.trunc(f.value)) : badarg()),
  "integer_to_float/1": ([n]: Term[]) => new Float(numArg(n)),
};

/** binary_part/3; `bitsWhy`: what a part reaching into a bitstring's trailing bits is (:binary.part
 *  names it "is a bitstring (expected a binary)", with a start out of range besides) */
export function binaryPart(b: Term, p: Term, l: Term, bitsWhy?: string): Bin {
  const bb = bytesArg(b);
  const bad: { arg: number; why: string }[] = [];
  if (!isInt(p)) bad.push({ arg: 2, why: "not an integer" });
  if (!isInt(l)) bad.push({ arg: 3, why: "not an integer" });
  if (bad.length > 0) badargAtEach(bad);
  const start0 = Number(p);
  let start = start0, len = Number(l);
  if (len < 0) { start += len; len = -len; }
  // a part within the whole bytes of a bitstring is taken as from a binary
  const whole = bb.tailBits !== 0 ? bb.size - 1 : bb.size;
  if (start < 0 || start + len > whole) {
    // (the start as given is out of range, else the length from it: a negative length counts back)
    if (bb.tailBits === 0) badargAt(start0 < 0 || start0 > whole ? 2 : 3, "out of range");
    if (bitsWhy === undefined) badargAt(1, "not a binary");
    badargAtEach([{ arg: 1, why: bitsWhy }, ...(start < 0 || start > bb.size ? [{ arg: 2, why: "out of range" }] : [])]);
  }
  return bb.slice(start, start + len);
}

defineBifs("erlang", erlangBifs as unknown as Record<string, (a: Term[], ctx: BifContext) => Term>, [
  "+/2", "-/2", "*/2", "//2", "-/1", "+/1", "div/2", "rem/2", "band/2", "bor/2", "bxor/2", "bnot/1", "bsl/2", "bsr/2",
  "==/2", "/=/2", "=:=/2", "=/=/2", "</2", ">/2", "=</2", ">=/2", "and/2", "or/2", "xor/2", "not/1",
  "abs/1", "float/1", "trunc/1", "round/1", "ceil/1", "floor/1",
  "is_atom/1", "is_binary/1", "is_bitstring/1", "is_boolean/1", "is_float/1", "is_function/1", "is_function/2",
  "is_integer/1", "is_list/1", "is_map/1", "is_number/1", "is_pid/1", "is_port/1", "is_reference/1", "is_tuple/1",
  "element/2", "tuple_size/1", "size/1", "hd/1", "tl/1", "length/1", "map_size/1", "map_get/2",
  "is_map_key/2", "byte_size/1", "bit_size/1", "binary_part/2", "binary_part/3", "node/0", "max/2", "min/2",
]);

void UNDEFINED; void OK; void enc;
