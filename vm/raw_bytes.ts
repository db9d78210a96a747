// IO.puts/IO.write of a bare binary hand its bytes to the console untouched, valid UTF-8 or not
// (`IO.write(<<255>>)` writes the byte 0xFF; only lists are checked by the io server). Output goes
// to the host as JS text, so a byte that is no part of a valid sequence travels as a lone low
// surrogate U+DC80..U+DCFF (as Python's surrogateescape does) and the host writes it back as the
// byte. Hosts look for such escapes only once some text has carried one.
import { validUtf8Prefix } from "./chars.ts";

export const rawBytes = { seen: false };

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** a binary's text with each byte outside a valid UTF-8 sequence escaped */
export function escapedText(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const n = validUtf8Prefix(bytes.subarray(i));
    out += decoder.decode(bytes.subarray(i, i + n));
    i += n;
    if (i < bytes.length) {
      out += String.fromCharCode(0xdc00 + bytes[i]);
      rawBytes.seen = true;
      i++;
    }
  }
  return out;
}

const ESCAPE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;
const encoder = new TextEncoder();

/** the bytes to write for text holding escaped bytes; null when it holds none */
export function rawBytesOf(text: string): Uint8Array | null {
  if (!rawBytes.seen || !ESCAPE.test(text)) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) {
      out.push(c - 0xdc00);
      continue;
    }
    // a surrogate pair or a plain character: UTF-8
    const cp = text.codePointAt(i)!;
    const n = cp > 0xffff ? 2 : 1;
    for (const b of encoder.encode(text.slice(i, i + n))) out.push(b);
    i += n - 1;
  }
  return Uint8Array.from(out);
}
