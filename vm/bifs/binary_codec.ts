// :binary's integer and hex codecs and the scoped searches (match/3, matches/3, bin_to_list/2,
// longest_common_suffix/1), failing with OTP 25's error_info texts.
import { Atom, Bin, Ref, Term, Tuple, atom, binFromBytes, int, list, tuple, NIL } from "../terms.ts";
import { bytesOnto } from "./work.ts";
import { MatchWalk } from "./binary_search.ts";
import type { BifContext } from "./registry.ts";
import { defineBifs } from "./registry.ts";
import { rememberCompiled, uncompiledPattern } from "./binary_compiled_patterns.ts";
import { explainedBinaryBifs } from "./binary_explained.ts";
import { STEP, runJob, type JobGen } from "./bif_jobs.ts";
import { build } from "./list_jobs.ts";
import { TailCall } from "../calls.ts";
import { arr, badargAt } from "./util.ts";

function binaryArg(t: Term, n: number): Uint8Array {
  if (!(t instanceof Bin) || !t.isBinary) badargAt(n, t instanceof Bin ? "is a bitstring (expected a binary)" : "not a binary");
  return (t as Bin).bytes;
}

/** what OTP 25's encode_hex/1 reads of a bitstring that is not whole bytes: it takes the bytes in
 *  chunks of the largest of 8..2 that divides byte_size (the whole chunks only, so none of the
 *  trailing bits); with no such divisor it wants a binary */
function hexChunks(s: Bin): Uint8Array {
  const c = [8, 7, 6, 5, 4, 3, 2].find((k) => s.size % k === 0);
  if (c === undefined) return binaryArg(s, 1);
  const whole = s.size - 1;
  return s.bytes.subarray(0, whole - (whole % c));
}

function endianness(t: Term, n: number): "big" | "little" {
  if (t instanceof Atom && (t.name === "big" || t.name === "little")) return t.name;
  return badargAt(n, "must be 'big' or 'little'");
}

function decodeUnsigned(bytes: Uint8Array, order: "big" | "little"): number | bigint {
  let v = 0n;
  const n = bytes.length;
  for (let i = 0; i < n; i++) v = (v << 8n) | BigInt(bytes[order === "big" ? i : n - 1 - i]);
  return int(v);
}

function encodeUnsigned(t: Term, order: "big" | "little"): Bin {
  if (typeof t !== "number" && typeof t !== "bigint") return badargAt(1, "not an integer");
  if (typeof t === "number" && !Number.isInteger(t)) return badargAt(1, "not an integer");
  let v = BigInt(t);
  if (v < 0n) return badargAt(1, "out of range");
  const out: number[] = [];
  do { out.push(Number(v & 255n)); v >>= 8n; } while (v > 0n);
  if (order === "big") out.reverse();
  return binFromBytes(Uint8Array.from(out));
}

const HEX = "0123456789ABCDEF";

function decodeHex(t: Term): Bin {
  const bytes = binaryArg(t, 1);
  if (bytes.length % 2 !== 0) return badargAt(1, "must contain an even number of bytes");
  const digit = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);
  const out = new Uint8Array(bytes.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = digit(bytes[2 * i]), lo = digit(bytes[2 * i + 1]);
    if (hi < 0 || lo < 0) return badargAt(1, (t as Bin).toString() + " is not a valid hex");
    out[i] = hi * 16 + lo;
  }
  return binFromBytes(out);
}

/** a {Start, Length} part of `size` bytes (Length may be negative), as [from, to) */
function partRange(p: Term, size: number, n: number, why: string): [number, number] {
  if (!(p instanceof Tuple) || p.items.length !== 2) return badargAt(n, why);
  const [s, l] = p.items;
  if (typeof s !== "number" || typeof l !== "number") return badargAt(n, why);
  const from = l < 0 ? s + l : s, to = l < 0 ? s : s + l;
  if (from < 0 || to > size) return badargAt(n, why);
  return [from, to];
}

function compilePattern(p: Term, ctx: BifContext): Term {
  const ps = arrOr(p instanceof Bin ? list([p]) : p, () => badargAt(1, "not a valid pattern"));
  if (ps.length === 0 || ps.some((x) => !(x instanceof Bin) || !x.isBinary || x.size === 0)) badargAt(1, "not a valid pattern");
  const ref = (ctx.node as { makeRef(): Ref }).makeRef();
  rememberCompiled(ref, p);
  return tuple(atom(ps.length === 1 ? "bm" : "ac"), ref);
}

function patterns(pattern: Term): Uint8Array[] {
  const p = uncompiledPattern(pattern);
  const why = "not a valid pattern";
  const ps = p instanceof Bin ? [p] : arrOr(p, () => badargAt(2, why));
  const out = ps.map((x) => (x instanceof Bin && x.isBinary && x.size > 0 ? x.bytes : badargAt(2, why)));
  if (out.length === 0) badargAt(2, why);
  return out;
}

function arrOr(t: Term, fail: () => never): Term[] {
  try { return arr(t); } catch { return fail(); }
}

/** the scope option of match/3 and matches/3 (the last one given wins, as in OTP) */
function scope(opts: Term, size: number): [number, number] {
  let range: [number, number] = [0, size];
  for (const o of arrOr(opts, () => badargAt(3, "invalid options"))) {
    if (!(o instanceof Tuple) || o.items.length !== 2 || !(o.items[0] instanceof Atom) || o.items[0].name !== "scope") return badargAt(3, "invalid options");
    range = partRange(o.items[1], size, 3, "specified part is not wholly inside binary");
  }
  return range;
}

function matches(s: Term, p: Term, opts: Term, all: boolean, ctx: BifContext): Term | TailCall {
  const hay = binaryArg(s, 1);
  const [from, to] = scope(opts, hay.length);
  // (OTP answers without looking at the pattern when the part searched ends at 0: an empty
  // subject, or a scope {0, 0})
  if (to === 0) return all ? NIL : atom("nomatch");
  const ps = patterns(p);
  return runJob(ctx, "binary_matches", ["binary", all ? "matches" : "match", [s, p, opts]], found(new MatchWalk(ps, hay, from, to), all));
}

/** the first match, or every one, as a job (bif_jobs.ts): millions of them, or a long search for
 *  one, run in chunks that let other processes run, as OTP's trapping :binary.matches does (2M
 *  took 2.9 s in one call before) */
function* found(w: MatchWalk, all: boolean): JobGen {
  const out: Term[] = [];
  const s = { ended: false };
  while (!s.ended) {
    const k = w.some(s, all, STEP, (at, len) => out.push(tuple(at, len)));
    if (k > 0) yield k;
  }
  if (!all) return out.length > 0 ? out[0] : atom("nomatch");
  return yield* build(out, NIL);
}

defineBifs("binary", explainedBinaryBifs({
  "decode_unsigned/1": ([s]) => decodeUnsigned(binaryArg(s, 1), "big"),
  "decode_unsigned/2": ([s, e]) => { const bytes = binaryArg(s, 1); return decodeUnsigned(bytes, endianness(e, 2)); },
  "encode_unsigned/1": ([n]) => encodeUnsigned(n, "big"),
  "encode_unsigned/2": ([n, e]) => { const order = endianness(e, 2); return encodeUnsigned(n, order); },
  "encode_hex/1": ([s]) => {
    const bytes = s instanceof Bin && !s.isBinary ? hexChunks(s) : binaryArg(s, 1);
    let out = "";
    for (const x of bytes) out += HEX[x >> 4] + HEX[x & 15];
    return binFromBytes(Uint8Array.from(out, (c) => c.charCodeAt(0)));
  },
  "decode_hex/1": ([s]) => decodeHex(s),
  "bin_to_list/2": ([s, p], ctx) => {
    const bytes = binaryArg(s, 1);
    const [from, to] = partRange(p, bytes.length, 2, "out of range");
    return bytesOnto(ctx, s as Bin, from, to, NIL);
  },
  "longest_common_suffix/1": ([l]) => {
    const xs = arrOr(l, () => badargAt(1, "not a flat list of binaries"));
    if (xs.length === 0 || xs.some((x) => !(x instanceof Bin) || !x.isBinary)) return badargAt(1, "not a flat list of binaries");
    const bs = xs.map((x) => (x as Bin).bytes);
    let n = 0;
    while (bs.every((x) => n < x.length && x[x.length - 1 - n] === bs[0][bs[0].length - 1 - n])) n++;
    return n;
  },
  "compile_pattern/1": ([p], ctx) => compilePattern(p, ctx),
  "match/2": ([s, p], ctx) => matches(s, p, list([]), false, ctx),
  "match/3": ([s, p, o], ctx) => matches(s, p, o, false, ctx),
}));
// jobs that pay for the bytes they search in reductions, as the BEAM's yielding BIFs do
defineBifs("binary", explainedBinaryBifs({
  "matches/2": ([s, p], ctx) => matches(s, p, list([]), true, ctx),
  "matches/3": ([s, p, o], ctx) => matches(s, p, o, true, ctx),
}));
