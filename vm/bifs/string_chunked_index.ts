// String.at/2, slice/2,3, last/1, valid?/1 and printable?/1,2 on binaries past 64 KB walk them a
// chunk of CHUNK_BYTES at a time as jobs (bif_jobs.ts), charged one reduction per 16 bytes, so
// String.at(s, 10_000_000) or String.last of 200 MB lets other processes run between chunks (each
// was one uninterrupted JS call that decoded and segmented the whole binary). Results are
// sub-binaries of the subject, as the BEAM's binary_part.
import { Bin, NIL_ATOM, TRUE, FALSE, Term, atom } from "../terms.ts";
import { TailCall } from "../calls.ts";
import { runJob, type JobGen } from "./bif_jobs.ts";
import type { BifContext } from "./registry.ts";
import { sharedPart } from "./elixir_string.ts";
import { CHUNK_BYTES, isBigString } from "./string_chunked.ts";
import { graphemeEnds } from "./grapheme_ends.ts";
import { codepointAt, cpLength } from "./string_raw.ts";
import { isPrintableCodepoint } from "../inspect.ts";

const M = "Elixir.String";
type Walk = Generator<number, number, void>;

/** work units for a walk over bytes from..to (at least one, so every chunk counts) */
function units(from: number, to: number): number {
  return Math.max(1, (to - from) >> 4);
}

/** the offset after n graphemes from `from` (a grapheme boundary); -1 when fewer follow */
function* skip(bytes: Uint8Array, from: number, n: number): Walk {
  let off = from, left = n;
  if (left <= 0) return off;
  while (off < bytes.length) {
    const { ends, next } = graphemeEnds(bytes, off, CHUNK_BYTES);
    yield units(off, next);
    if (ends.length >= left) return ends[left - 1];
    left -= ends.length;
    off = next;
  }
  return -1;
}

/** how many graphemes */
function* count(bytes: Uint8Array): Walk {
  let off = 0, n = 0;
  while (off < bytes.length) {
    const { ends, next } = graphemeEnds(bytes, off, CHUNK_BYTES);
    yield units(off, next);
    n += ends.length;
    off = next;
  }
  return n;
}

/** where the last grapheme starts */
function* lastStart(bytes: Uint8Array): Walk {
  let off = 0;
  for (;;) {
    const { ends, next } = graphemeEnds(bytes, off, CHUNK_BYTES);
    yield units(off, next);
    if (next >= bytes.length) return ends.length >= 2 ? ends[ends.length - 2] : off;
    off = next;
  }
}

function* at(b: Bin, i: number): JobGen {
  const bytes = b.bytes;
  let k = i;
  if (k < 0) k += yield* count(bytes);
  if (k < 0) return NIL_ATOM;
  const from = yield* skip(bytes, 0, k);
  if (from < 0 || from >= bytes.length) return NIL_ATOM;
  return sharedPart(b, from, yield* skip(bytes, from, 1));
}

/** `len` graphemes from grapheme `start` (from the end when negative), as String.slice/3 */
function* slice3(b: Bin, start: number, len: number): JobGen {
  const bytes = b.bytes;
  if (start < 0) start = Math.max((yield* count(bytes)) + start, 0);
  const from = yield* skip(bytes, 0, start);
  if (from < 0) return b.slice(0, 0);
  const to = yield* skip(bytes, from, len);
  return sharedPart(b, from, to < 0 ? bytes.length : to);
}

/** graphemes first..last of a step-1 range, as String.slice/2 (negative ends count from the end) */
function* slice2(b: Bin, first: number, last: number): JobGen {
  const bytes = b.bytes;
  if (first < 0 || last < 0) {
    const n = yield* count(bytes);
    if (first < 0) first = Math.max(first + n, 0);
    if (last < 0) last += n;
  }
  if (last < first) return b.slice(0, 0);
  const from = yield* skip(bytes, 0, first);
  if (from < 0) return b.slice(0, 0);
  const to = yield* skip(bytes, from, last - first + 1);
  return sharedPart(b, from, to < 0 ? bytes.length : to);
}

function* last(b: Bin): JobGen {
  const from = yield* lastStart(b.bytes);
  return sharedPart(b, from, b.size);
}

/** whether the code points pass `test` (invalid bytes never do), up to `limit` of them */
function* everyCodepoint(bytes: Uint8Array, limit: number, test: ((c: number) => boolean) | null): JobGen {
  let i = 0, n = 0;
  while (i < bytes.length && n < limit) {
    const stop = Math.min(bytes.length, i + CHUNK_BYTES);
    const from = i;
    for (; i < stop && n < limit; n++) {
      const c = bytes[i];
      if (c < 0x80) {
        if (test !== null && !test(c)) return FALSE;
        i++;
        continue;
      }
      const len = cpLength(bytes, i);
      if (len === 1) return FALSE;
      if (test !== null && !test(codepointAt(bytes, i, len))) return FALSE;
      i += len;
    }
    yield units(from, i);
  }
  return TRUE;
}

function job(ctx: BifContext, kind: string, name: string, args: Term[], gen: JobGen): Term | TailCall {
  return runJob(ctx, kind, [M, name, args], gen);
}

/** String.at(big, i) in chunks; undefined for what the one-shot version handles */
export function bigAt(ctx: BifContext, t: Term, i: Term): Term | TailCall | undefined {
  if (!isBigString(t) || typeof i !== "number") return undefined;
  return job(ctx, "string_at", "at", [t, i], at(t, i));
}

export function bigSlice3(ctx: BifContext, t: Term, start: Term, len: Term): Term | TailCall | undefined {
  if (!isBigString(t) || typeof start !== "number" || typeof len !== "number" || len <= 0) return undefined;
  return job(ctx, "string_slice", "slice", [t, start, len], slice3(t, start, len));
}

/** String.slice(big, first..last//step) for step 1 (and a decreasing step -1, which 1.14 slices
 *  as step 1); `bounds` from the range */
export function bigSlice2(ctx: BifContext, t: Term, r: Term, bounds: [number, number, number] | undefined): Term | TailCall | undefined {
  if (!isBigString(t) || !bounds) return undefined;
  const [first, last, step] = bounds;
  if (!(step === 1 || (step === -1 && first > last))) return undefined;
  return job(ctx, "string_slice", "slice", [t, r], slice2(t, first, last));
}

export function bigLast(ctx: BifContext, t: Term): Term | TailCall | undefined {
  return isBigString(t) ? job(ctx, "string_last", "last", [t], last(t)) : undefined;
}

export function bigValid(ctx: BifContext, t: Term): Term | TailCall | undefined {
  return isBigString(t) ? job(ctx, "string_valid", "valid?", [t], everyCodepoint(t.bytes, Infinity, null)) : undefined;
}

export function bigPrintable(ctx: BifContext, t: Term, limitT: Term = atom("infinity")): Term | TailCall | undefined {
  const limit = limitT === atom("infinity") ? Infinity : typeof limitT === "number" && limitT >= 0 ? limitT : -1;
  if (!isBigString(t) || limit < 0) return undefined;
  return job(ctx, "string_printable", "printable?", limitT === atom("infinity") ? [t] : [t, limitT], everyCodepoint(t.bytes, limit, isPrintableCodepoint));
}
