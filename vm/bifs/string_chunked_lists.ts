// String.graphemes/1, codepoints/1, to_charlist/1 and split/1 of large binaries build their lists
// a chunk of LIST_CHUNK_BYTES at a time, each charged one reduction per cell built, and go on
// through a plain Elixir call (lib/beamlet_yielding.ex) where the scheduler can preempt: one call
// on 12 MB held the node for seconds and, for graphemes, ran V8 out of heap (it held the whole
// text, its segments and their copies at once). Graphemes and code points are sub-binaries of the
// subject (views on its bytes, as the BEAM's), one-byte ones the shared ASCII binaries.
import { Bin, Cons, NIL, Term, atom } from "../terms.ts";
import { defineBifs, type BifContext } from "./registry.ts";
import { TailCall } from "../calls.ts";
import { badarg, ErlangError, TailDrop } from "../errors.ts";
import { chargeWork, reverseOwnedOnto } from "./work.ts";
import { charlistError, sharedPart } from "./elixir_string.ts";
import { isBigString } from "./string_chunked.ts";
import { graphemeEnds } from "./grapheme_ends.ts";
import { codepointAt, cpLength } from "./string_raw.ts";

/** bytes read per chunk: at most that many cells, about one slice's reductions */
export const LIST_CHUNK_BYTES = 4096;

const Y = atom("beamlet_yielding");

/** the parts so far (reversed: acc's own cells, no one else has them) in order */
function inOrder(ctx: BifContext, acc: Term): Term | TailCall {
  return reverseOwnedOnto(ctx, acc, NIL, badarg);
}

// ---- graphemes --------------------------------------------------------------------------------

function graphemesFrom(ctx: BifContext, b: Bin, off: number, acc: Term): Term | TailCall {
  const bytes = b.bytes;
  const { ends, next } = graphemeEnds(bytes, off, LIST_CHUNK_BYTES);
  chargeWork(ctx, ends.length);
  let at = off;
  for (const e of ends) {
    acc = new Cons(sharedPart(b, at, e), acc);
    at = e;
  }
  if (next >= bytes.length) return inOrder(ctx, acc);
  return new TailCall(Y, [b, next, acc], atom("string_graphemes"));
}

// ---- codepoints and to_charlist ---------------------------------------------------------------

function codepointsFrom(ctx: BifContext, b: Bin, off: number, acc: Term): Term | TailCall {
  const bytes = b.bytes;
  const stop = Math.min(bytes.length, off + LIST_CHUNK_BYTES);
  let i = off, n = 0;
  for (; i < stop; n++) {
    const len = bytes[i] < 0x80 ? 1 : cpLength(bytes, i);
    acc = new Cons(sharedPart(b, i, i + len), acc);
    i += len;
  }
  chargeWork(ctx, n);
  if (i >= bytes.length) return inOrder(ctx, acc);
  return new TailCall(Y, [b, i, acc], atom("string_codepoints"));
}

/**
 * The code points of b[0, end) in front of acc, built from the end a chunk at a time, so the list
 * is made in order once (built from the start, it was reversed after: a second pass over every
 * cell, which cost as much again). A sequence that is no valid UTF-8 anywhere raises what the
 * one-shot String.to_charlist/1 raises (UnicodeConversionError, worked out from the whole binary).
 */
function charlistFrom(ctx: BifContext, b: Bin, end: number, acc: Term): Term | TailCall {
  const bytes = b.bytes;
  const stop = Math.max(0, end - LIST_CHUNK_BYTES);
  let i = end, n = 0;
  for (; i > stop; n++) {
    let s = i - 1;
    if (bytes[s] >= 0x80) {
      // back to the lead byte of the sequence ending here (at most 3 continuation bytes)
      while (s > 0 && s > i - 4 && (bytes[s] & 0xc0) === 0x80) s--;
      const len = cpLength(bytes, s);
      if (len !== i - s || (len === 1 && bytes[s] >= 0x80)) charlistError(bytes);
      acc = new Cons(codepointAt(bytes, s, len), acc);
    } else acc = new Cons(bytes[s], acc);
    i = s;
  }
  chargeWork(ctx, n);
  if (i <= 0) return acc;
  return new TailCall(Y, [b, i, acc], atom("string_to_charlist"));
}

// ---- split/1 ----------------------------------------------------------------------------------

/** whether the code point is whitespace to String.split/1 (Unicode's, without the non-breaking
 *  spaces U+00A0, U+2007 and U+202F) */
function splitSpace(cp: number): boolean {
  if (cp < 0x80) return cp === 32 || (cp >= 9 && cp <= 13);
  return cp === 0x85 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a && cp !== 0x2007) || cp === 0x2028 || cp === 0x2029 || cp === 0x205f || cp === 0x3000;
}

/** state: where the scan goes on, where the current word started (-1: between words) */
function splitFrom(ctx: BifContext, b: Bin, off: number, start: number, acc: Term): Term | TailCall {
  const bytes = b.bytes;
  const stop = Math.min(bytes.length, off + LIST_CHUNK_BYTES);
  let i = off;
  while (i < stop) {
    const c = bytes[i];
    const len = c < 0x80 ? 1 : cpLength(bytes, i);
    const space = len === 1 ? c < 0x80 && splitSpace(c) : splitSpace(codepointAt(bytes, i, len));
    if (space && start >= 0) {
      acc = new Cons(b.slice(start, i), acc);
      start = -1;
    } else if (!space && start < 0) start = i;
    i += len;
  }
  chargeWork(ctx, (i - off) >> 4);
  if (i < bytes.length) return new TailCall(Y, [b, i, start, acc], atom("string_split_spaces"));
  if (start >= 0) acc = new Cons(b.slice(start, bytes.length), acc);
  return inOrder(ctx, acc);
}

// ---- entry points -----------------------------------------------------------------------------

/** String.graphemes/1 of a large binary, in chunks; undefined for what the one-shot version handles */
export function bigGraphemes(ctx: BifContext, t: Term): Term | TailCall | undefined {
  return isBigString(t) ? graphemesFrom(ctx, t, 0, NIL) : undefined;
}

export function bigCodepoints(ctx: BifContext, t: Term): Term | TailCall | undefined {
  return isBigString(t) ? codepointsFrom(ctx, t, 0, NIL) : undefined;
}

export function bigSplitSpaces(ctx: BifContext, t: Term): Term | TailCall | undefined {
  return isBigString(t) ? splitFrom(ctx, t, 0, -1, NIL) : undefined;
}

export function bigCharlist(ctx: BifContext, t: Term): Term | TailCall | undefined {
  return isBigString(t) ? charlistFrom(ctx, t, (t as Bin).size, NIL) : undefined;
}

defineBifs("beamlet_yielding", {
  "string_graphemes_chunk/3": ([b, off, acc], ctx) => graphemesFrom(ctx, b as Bin, off as number, acc),
  "string_codepoints_chunk/3": ([b, off, acc], ctx) => codepointsFrom(ctx, b as Bin, off as number, acc),
  "string_to_charlist_chunk/3": ([b, off, acc], ctx) => {
    try {
      return charlistFrom(ctx, b as Bin, off as number, acc);
    } catch (e) {
      // (String.to_charlist/1 raises once :unicode has returned: the continuation's frame is no caller)
      if (e instanceof ErlangError) e.tailCalled = TailDrop.Always;
      throw e;
    }
  },
  "string_split_spaces_chunk/4": ([b, off, start, acc], ctx) => splitFrom(ctx, b as Bin, off as number, start as number, acc),
});
