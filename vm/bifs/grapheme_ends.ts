// Where a big binary's chunks end for the String functions that walk it (string_chunked.ts,
// string_chunked_lists.ts, string_chunked_index.ts): never inside a code point, and for the grapheme
// walks never inside a grapheme, however long (a letter with 40,000 combining marks is one).
import { graphemes } from "./elixir_string.ts";
import { rawText } from "./string_raw.ts";

/** a chunk end at or before `end` that does not cut a code point (and, when one is near, falls
 *  on an ASCII byte, so no case mapping or grapheme spans it) */
export function chunkEnd(b: Uint8Array, end: number): number {
  if (end >= b.length) return b.length;
  for (let i = end; i > end - 256 && i > 0; i--) if (b[i] < 0x80 && b[i - 1] < 0x80 && b[i] !== 10) return i;
  let i = end;
  while (i > end - 4 && (b[i] & 0xc0) === 0x80) i--;
  return i;
}

/** the UTF-8 length of a grapheme of rawText (its lone surrogates U+DC80-U+DCFF: one raw byte) */
function rawByteLength(g: string): number {
  let n = 0;
  for (let i = 0; i < g.length; i++) {
    const c = g.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < g.length) { n += 4; i++; }
    else if (c >= 0xdc80 && c <= 0xdcff) n += 1;
    else n += 3;
  }
  return n;
}

/** whether every byte of bytes[from, to) is a grapheme of its own: ASCII without CR */
function oneBytePerGrapheme(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] >= 0x80 || bytes[i] === 0x0d) return false;
  return true;
}

/**
 * The end offsets of the graphemes from `off` (a grapheme boundary) in a chunk of about `size`
 * bytes, and where the next chunk starts: the chunk's last grapheme may go on past it, so it
 * waits for the next chunk (a chunk holding a single grapheme grows until it holds more).
 */
export function graphemeEnds(bytes: Uint8Array, off: number, size: number): { ends: number[]; next: number } {
  for (;;) {
    const stop = chunkEnd(bytes, off + size);
    const ends: number[] = [];
    if (oneBytePerGrapheme(bytes, off, stop)) {
      for (let i = off + 1; i <= stop; i++) ends.push(i);
    } else {
      let at = off;
      for (const g of graphemes(rawText(bytes.subarray(off, stop)))) ends.push((at += rawByteLength(g)));
    }
    if (stop >= bytes.length) return { ends, next: bytes.length };
    if (ends.length > 1) {
      ends.pop();
      return { ends, next: ends[ends.length - 1] };
    }
    size *= 2;
  }
}

