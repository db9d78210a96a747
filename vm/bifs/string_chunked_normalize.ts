// String.normalize/2 and String.equivalent?/2 on binaries past 64 KB normalize them a chunk of
// about CHUNK_BYTES at a time as jobs (bif_jobs.ts), charged one reduction per 16 bytes: each was
// one uninterrupted JS call over the whole binary (String.normalize of 10 MB held the node ~800 ms).
// A chunk ends only before a code point that no normalization form joins with what precedes it
// (safeCut), so the chunks' normal forms side by side are the whole text's.
import { Atom, Bin, Term, binFromBytes, bool } from "../terms.ts";
import { TailCall } from "../calls.ts";
import { runJob, type JobGen } from "./bif_jobs.ts";
import type { BifContext } from "./registry.ts";
import { BIG_STRING, CHUNK_BYTES, isBigString } from "./string_chunked.ts";
import { codepointAt, cpLength, rawBytes, rawText } from "./string_raw.ts";
import { joinBytes } from "./util.ts";

const M = "Elixir.String";
type Form = "NFC" | "NFD" | "NFKC" | "NFKD";

// A letter, digit, punctuation or space has combining class 0 and is no composition's second
// part, so nothing before it can join it or reorder past it; the Hangul jamo that compose with a
// preceding syllable or jamo (vowels and finals) are letters, so they are left out. A code point
// is checked by the first code point of its compatibility decomposition (U+FF9E, a halfwidth
// voicing mark, decomposes to a combining one).
const CUT_BEFORE = /^[\p{L}\p{N}\p{P}\p{Zs}]/u;
const JOINING_JAMO = /^[\u1160-\u11ff\ud7b0-\ud7ff]/;

/** may the text be cut before the code point of `len` bytes at i (valid UTF-8)? */
function safeCut(bytes: Uint8Array, i: number, len: number): boolean {
  const d = String.fromCodePoint(codepointAt(bytes, i, len)).normalize("NFKD");
  return CUT_BEFORE.test(d) && !JOINING_JAMO.test(d);
}

/** where the chunk from `from` ends: the first safe cut at or after from + CHUNK_BYTES (an ASCII
 *  byte or an invalid one is always one), or the end */
function chunkStop(bytes: Uint8Array, from: number): number {
  let i = from + CHUNK_BYTES;
  if (i >= bytes.length) return bytes.length;
  // back to a code point's first byte
  while (i > from && (bytes[i] & 0xc0) === 0x80) i--;
  while (i < bytes.length) {
    if (bytes[i] < 0x80) return i;
    const len = cpLength(bytes, i);
    if (len === 1 || safeCut(bytes, i, len)) return i;
    i += len;
  }
  return bytes.length;
}

/** the normal form of bytes, a chunk at a time (invalid bytes kept where they are) */
function* normalized(bytes: Uint8Array, form: Form): Generator<number, Uint8Array, void> {
  const parts: Uint8Array[] = [];
  for (let off = 0; off < bytes.length; ) {
    const stop = chunkStop(bytes, off);
    parts.push(rawBytes(rawText(bytes.subarray(off, stop)).normalize(form)));
    yield Math.max(1, (stop - off) >> 4);
    off = stop;
  }
  return joinBytes(parts);
}

function* normalize(b: Bin, form: Form): JobGen {
  return binFromBytes(yield* normalized(b.bytes, form));
}

function* equivalent(a: Bin, b: Bin): JobGen {
  const x = yield* normalized(a.bytes, "NFD");
  const y = yield* normalized(b.bytes, "NFD");
  if (x.length !== y.length) return bool(false);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return bool(false);
  return bool(true);
}

function isBinary(t: Term): t is Bin {
  return t instanceof Bin && t.tailBits === 0;
}

/** String.normalize(big, form) in chunks; undefined for what the one-shot version handles */
export function bigNormalize(ctx: BifContext, t: Term, f: Term): Term | TailCall | undefined {
  if (!isBigString(t) || !(f instanceof Atom)) return undefined;
  const form = f.name.toUpperCase();
  if (form !== "NFC" && form !== "NFD" && form !== "NFKC" && form !== "NFKD") return undefined;
  return runJob(ctx, "string_normalize", [M, "normalize", [t, f]], normalize(t, form));
}

/** String.equivalent?(a, b) when either is big, in chunks */
export function bigEquivalent(ctx: BifContext, a: Term, b: Term): Term | TailCall | undefined {
  if (!isBinary(a) || !isBinary(b) || a.size + b.size < BIG_STRING) return undefined;
  return runJob(ctx, "string_equivalent", [M, "equivalent?", [a, b]], equivalent(a, b));
}
