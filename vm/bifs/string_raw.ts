// Text of binaries that may hold invalid UTF-8, for the String functions. Elixir keeps such bytes
// as they are, each its own grapheme (and code point), so each becomes a lone surrogate
// U+DC80-U+DCFF (as the parser's "\xFF" does; valid UTF-8 never decodes to a surrogate): a
// grapheme of its own for the segmenter, unchanged by case mapping, and the byte again in rawBin.
import { Bin, bin, binFromBytes, utf8Decode } from "../terms.ts";

/** byte length of the UTF-8 code point at i; 1 for a byte that does not start a valid one */
export function cpLength(b: Uint8Array, i: number): number {
  const c = b[i];
  const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
  if (n <= 1) return 1;
  if (i + n > b.length) return 1;
  for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return 1;
  const cp = codepointAt(b, i, n);
  if ((n === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff))) return 1;
  return n;
}

/** the code point of the valid UTF-8 sequence of len bytes at i (len from cpLength) */
export function codepointAt(b: Uint8Array, i: number, len: number): number {
  if (len === 1) return b[i];
  let cp = b[i] & (0xff >> (len + 1));
  for (let k = 1; k < len; k++) cp = (cp << 6) | (b[i + k] & 0x3f);
  return cp;
}

/** the text of the bytes, each invalid byte a lone surrogate 0xDC00 + byte */
export function rawText(b: Uint8Array): string {
  let out = "", start = 0;
  for (let i = 0; i < b.length; ) {
    const n = b[i] < 0x80 ? 1 : cpLength(b, i);
    if (n > 1 || b[i] < 0x80) { i += n; continue; }
    out += utf8Decode(b.subarray(start, i)) + String.fromCharCode(0xdc00 + b[i]);
    start = ++i;
  }
  return out + utf8Decode(b.subarray(start));
}

const encoder = new TextEncoder();

/** the bytes of a text from rawText: its lone surrogates are the raw bytes again */
export function rawBytes(text: string): Uint8Array {
  if ((text as unknown as { isWellFormed(): boolean }).isWellFormed()) return encoder.encode(text);
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xdc80 && c <= 0xdcff) out.push(c - 0xdc00);
    else for (const x of encoder.encode(ch)) out.push(x);
  }
  return Uint8Array.from(out);
}

/** rawBytes as a binary (valid text takes bin's short-text path) */
export function rawBin(text: string): Bin {
  if ((text as unknown as { isWellFormed(): boolean }).isWellFormed()) return bin(text);
  return binFromBytes(rawBytes(text));
}
