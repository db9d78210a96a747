// String functions on large binaries work in chunks of CHUNK_BYTES, each charged one reduction per
// 16 bytes (so a chunk is about one slice), and continue through a plain Elixir call
// (lib/beamlet_yielding.ex) where the scheduler can preempt: String.length of 200 MB never
// decodes it into one JS string and never holds the node, and String.split of 30 MB into 10M
// parts makes sub-binaries (views on the same bytes) a chunk at a time, as the BEAM's do.
// Small binaries keep the one-shot versions in elixir_string.ts.
import { Atom, Bin, Cons, NIL, Term, TRUE, Tuple, atom, binFromBytes, list, FALSE } from "../terms.ts";
import { defineBifs, type BifContext } from "./registry.ts";
import { TailCall } from "../calls.ts";
import { chargeWork } from "./work.ts";
import { graphemes, reverseString } from "./elixir_string.ts";
import { asciiCase, caseMap } from "./string_case.ts";
import { arr, noClause } from "./util.ts";
import { chunkEnd, graphemeEnds } from "./grapheme_ends.ts";

/** binaries at least this big take the chunked path */
export const BIG_STRING = 1 << 16;
/** bytes handled per chunk (4,096 reductions: about one slice) */
export const CHUNK_BYTES = 1 << 16;

/** a binary (whole bytes) big enough for the chunked String functions */
export function isBigString(t: Term): t is Bin {
  return t instanceof Bin && t.tailBits === 0 && t.size >= BIG_STRING;
}

const Y = atom("beamlet_yielding");
const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

// ---- String.length ----------------------------------------------------------------------------

function lengthFrom(ctx: BifContext, b: Bin, off: number, count: number): Term | TailCall {
  const bytes = b.bytes;
  const { ends, next } = graphemeEnds(bytes, off, CHUNK_BYTES);
  chargeWork(ctx, (next - off) >> 4);
  if (next >= bytes.length) return count + ends.length;
  return new TailCall(Y, [b, next, count + ends.length], atom("string_length"));
}

// ---- String.upcase / downcase -----------------------------------------------------------------

/** how a case mapping treats text: up/down, then the mode (:default when none) */
type CaseMode = "up" | "down" | "up_ascii" | "down_ascii" | "down_greek" | "up_turkic" | "down_turkic";

function caseChunk(bytes: Uint8Array, from: number, to: number, mode: CaseMode): Uint8Array {
  const up = mode.startsWith("up");
  if (mode.endsWith("_ascii")) return asciiCase(bytes, from, to, up);
  return caseMap(bytes, from, to, up, mode.endsWith("_greek") ? "greek" : mode.endsWith("_turkic") ? "turkic" : "default");
}

function concatAll(rev: Term): Bin {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let x = rev; x instanceof Cons; x = x.tail) { const p = (x.head as Bin).bytes; parts.push(p); total += p.length; }
  const out = new Uint8Array(total);
  let at = total;
  for (const p of parts) { at -= p.length; out.set(p, at); }
  return binFromBytes(out);
}

function caseFrom(ctx: BifContext, b: Bin, off: number, mode: CaseMode, acc: Term): Term | TailCall {
  const bytes = b.bytes;
  const stop = chunkEnd(bytes, off + CHUNK_BYTES);
  chargeWork(ctx, (stop - off) >> 4);
  const done = new Cons(binFromBytes(caseChunk(bytes, off, stop, mode)), acc);
  if (stop >= bytes.length) return concatAll(done);
  return new TailCall(Y, [b, stop, atom(mode), done], atom("string_case"));
}

// ---- String.reverse ---------------------------------------------------------------------------

/**
 * The reversed chunks so far, the last one read first (the order they are joined in). A chunk's
 * last grapheme waits for the next chunk, which may go on with it. Text with invalid bytes (which
 * Elixir leaves where they are, reversing the runs between them) is reversed whole, in one call.
 */
function reverseFrom(ctx: BifContext, b: Bin, off: number, acc: Term): Term | TailCall {
  const bytes = b.bytes;
  const stop = chunkEnd(bytes, off + CHUNK_BYTES);
  chargeWork(ctx, (stop - off) >> 4);
  let text: string;
  try {
    text = fatal.decode(bytes.subarray(off, stop));
  } catch {
    chargeWork(ctx, (bytes.length - stop) >> 4);
    return reverseString(b);
  }
  const gs = graphemes(text);
  let next = stop;
  if (stop < bytes.length && gs.length > 1) {
    next = stop - encoder.encode(gs.pop()!).length;
  }
  const done = new Cons(binFromBytes(encoder.encode(gs.reverse().join(""))), acc);
  if (next >= bytes.length) return concatInOrder(done);
  return new TailCall(Y, [b, next, done], atom("string_reverse"));
}

function concatInOrder(parts: Term): Bin {
  let total = 0;
  for (let x = parts; x instanceof Cons; x = x.tail) total += (x.head as Bin).bytes.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (let x = parts; x instanceof Cons; x = x.tail) { const p = (x.head as Bin).bytes; out.set(p, at); at += p.length; }
  return binFromBytes(out);
}

/** String.reverse of a large binary, in chunks; undefined for what the one-shot version handles */
export function bigReverse(ctx: BifContext, t: Term): Term | TailCall | undefined {
  if (!isBigString(t)) return undefined;
  return reverseFrom(ctx, t, 0, NIL);
}

// ---- String.split with binary patterns ----------------------------------------------------------

/** the longest pattern matching at i (leftmost-longest, as :binary.split), or -1 */
function matchAt(b: Uint8Array, i: number, pats: Uint8Array[]): number {
  let best = -1;
  for (const p of pats) {
    if (p.length <= best || i + p.length > b.length) continue;
    let k = 0;
    while (k < p.length && b[i + k] === p[k]) k++;
    if (k === p.length) best = p.length;
  }
  return best;
}

/** where nextMatch found its match, and how long it is */
const found = { at: 0, len: 0 };

/** is there a match at or after i that starts before stop (then in `found`)? `first`: the single
 *  pattern's first byte, looked for with indexOf; -1 with several patterns */
function nextMatch(bytes: Uint8Array, i: number, stop: number, pats: Uint8Array[], first: number): boolean {
  while (i < stop) {
    if (first >= 0) {
      const j = bytes.indexOf(first, i);
      if (j < 0 || j >= stop) return false;
      i = j;
    }
    const n = matchAt(bytes, i, pats);
    if (n > 0) {
      found.at = i;
      found.len = n;
      return true;
    }
    i++;
  }
  return false;
}

/**
 * state: the binary, where the scan goes on, where the current part starts, the patterns, how
 * many parts are still allowed (0: no limit), trim, and the parts so far (reversed)
 */
function splitFrom(ctx: BifContext, b: Bin, off: number, start: number, patsT: Term, left: number, trim: boolean, acc: Term): Term | TailCall {
  const bytes = b.bytes;
  const pats = arr(patsT).map((p) => (p as Bin).bytes);
  const stop = Math.min(bytes.length, off + CHUNK_BYTES);
  chargeWork(ctx, (stop - off) >> 4);
  // (each part pushed in place, not by a closure made per call: V8's optimised code of the loop
  // held the first call's closure and was thrown away at the next chunk's, "wrong call target")
  const first = pats.length === 1 ? pats[0][0] : -1;
  let i = off;
  while (left !== 1 && nextMatch(bytes, i, stop, pats, first)) {
    const at = found.at;
    if (!trim || start !== at) {
      acc = new Cons(b.slice(start, at), acc);
      if (left > 0) left--;
    }
    i = start = at + found.len;
  }
  // (no match starts before stop: the scan goes on from there)
  if (left !== 1) i = Math.max(i, stop);
  if (i < bytes.length && left !== 1) {
    return new TailCall(Y, [b, i, start, patsT, left, trim ? TRUE : FALSE, acc], atom("string_split"));
  }
  if (!trim || start !== bytes.length) acc = new Cons(b.slice(start, bytes.length), acc);
  // the parts in order, acc's own cells turned around (no one else has them): a new list of as
  // many cells, while acc's lived through the scan, was a third of the GC's copying in a split
  let out: Term = NIL;
  for (let x = acc; x instanceof Cons; ) {
    const next: Term = x.tail;
    (x as { tail: Term }).tail = out;
    out = x;
    x = next;
  }
  return out;
}

// ---- String.replace with binary patterns and replacement ----------------------------------------

/**
 * state: the binary, where the scan goes on, where the text not yet copied starts, the patterns,
 * the replacement, global, and the output's pieces so far (reversed). Matches are :binary.matches'
 * (leftmost, longest, not overlapping), as Elixir 1.14's String.replace/4 takes them.
 */
function replaceFrom(ctx: BifContext, b: Bin, off: number, start: number, patsT: Term, rep: Bin, global: boolean, acc: Term): Term | TailCall {
  const bytes = b.bytes;
  const pats = arr(patsT).map((p) => (p as Bin).bytes);
  const stop = Math.min(bytes.length, off + CHUNK_BYTES);
  chargeWork(ctx, (stop - off) >> 4);
  const first = pats.length === 1 ? pats[0][0] : -1;
  let i = off;
  let done = false;
  while (nextMatch(bytes, i, stop, pats, first)) {
    if (found.at > start) acc = new Cons(b.slice(start, found.at), acc);
    acc = new Cons(rep, acc);
    i = start = found.at + found.len;
    if (!global) { done = true; break; }
  }
  if (!done) i = Math.max(i, stop);
  if (!done && i < bytes.length) {
    return new TailCall(Y, [b, i, start, patsT, rep, global ? TRUE : FALSE, acc], atom("string_replace"));
  }
  if (start < bytes.length) acc = new Cons(b.slice(start, bytes.length), acc);
  return concatAll(acc);
}

/** String.replace(big, pattern(s), binary, opts) when every pattern is a non-empty binary and the
 *  options are at most :global; else undefined */
export function bigReplace(ctx: BifContext, t: Term, p: Term, r: Term, opts: Term): Term | TailCall | undefined {
  if (!isBigString(t) || !(r instanceof Bin) || r.tailBits !== 0) return undefined;
  const pats = p instanceof Bin ? [p] : p instanceof Cons ? arr(p) : null;
  if (!pats || pats.length === 0 || !pats.every((x) => x instanceof Bin && x.tailBits === 0 && x.size > 0)) return undefined;
  let global: boolean | null = null;
  for (let o: Term = opts; o !== NIL; o = (o as Cons).tail) {
    if (!(o instanceof Cons)) return undefined;
    const x = o.head;
    if (!(x instanceof Tuple) || x.items.length !== 2 || x.items[0] !== atom("global")) return undefined;
    // (the first one counts, as Keyword.get)
    global ??= x.items[1] !== FALSE;
  }
  return replaceFrom(ctx, t, 0, 0, list(pats), r, global ?? true, NIL);
}

/** String.split(big, pattern(s), opts) when every pattern is a non-empty binary; else undefined */
export function bigSplit(ctx: BifContext, t: Term, p: Term, opts: Term): Term | TailCall | undefined {
  if (!isBigString(t)) return undefined;
  const pats = p instanceof Bin ? [p] : p instanceof Cons ? arr(p) : null;
  if (!pats || pats.length === 0 || !pats.every((x) => x instanceof Bin && x.tailBits === 0 && x.size > 0)) return undefined;
  let parts = 0, trim = false;
  for (const o of arr(opts, () => noClause("Elixir.String", "split", 3))) {
    if (!(o instanceof Tuple) || o.items.length !== 2) continue;
    if (o.items[0] === atom("parts") && typeof o.items[1] === "number") parts = o.items[1];
    else if (o.items[0] === atom("trim")) trim = o.items[1] === TRUE;
  }
  return splitFrom(ctx, t, 0, 0, list(pats), parts, trim, NIL);
}

export function bigLength(ctx: BifContext, t: Term): Term | TailCall | undefined {
  if (!isBigString(t)) return undefined;
  return lengthFrom(ctx, t, 0, 0);
}

/** String.upcase/downcase of any binary, in chunks; undefined for what the one-shot version
 *  handles (errors) */
export function bigCase(ctx: BifContext, t: Term, up: boolean, modeT: Term = atom("default")): Term | TailCall | undefined {
  if (!(t instanceof Bin) || t.tailBits !== 0) return undefined;
  const m = modeT === atom("default") ? "" : modeT === atom("ascii") ? "_ascii" : modeT === atom("greek") ? "_greek" : modeT === atom("turkic") ? "_turkic" : null;
  if (m === null) return undefined;
  const mode = (up ? (m === "_greek" ? "up" : "up" + m) : "down" + m) as CaseMode;
  return caseFrom(ctx, t, 0, mode, NIL);
}

defineBifs("beamlet_yielding", {
  "string_length_chunk/3": ([b, off, n], ctx) => lengthFrom(ctx, b as Bin, off as number, n as number),
  "string_case_chunk/4": ([b, off, mode, acc], ctx) => caseFrom(ctx, b as Bin, off as number, (mode as Atom).name as CaseMode, acc),
  "string_reverse_chunk/3": ([b, off, acc], ctx) => reverseFrom(ctx, b as Bin, off as number, acc),
  "string_replace_chunk/7": ([b, off, start, pats, rep, global, acc], ctx) =>
    replaceFrom(ctx, b as Bin, off as number, start as number, pats, rep as Bin, global === TRUE, acc),
  "string_split_chunk/7": ([b, off, start, pats, left, trim, acc], ctx) =>
    splitFrom(ctx, b as Bin, off as number, start as number, pats, left as number, trim === TRUE, acc),
});
