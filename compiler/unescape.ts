// Lowercase sigils (~s ~c ~w) keep their raw text in the quoted form; the sigil unescapes it
// (Elixir's :elixir_interpolation.unescape_string/1, as Macro.unescape_string/1): \n \t \\ \"
// \xHH (a byte) \u{...} ..., a bad \x or \u raising ArgumentError. Bytes 0x80-0xFF of \xHH come
// back as lone surrogates U+DC80-U+DCFF (binLiteral makes them raw bytes), as the tokenizer's do.
import { unescapeAt, EscapeFailure } from "../lang/quoted_text.ts";

/** a bad escape: Elixir raises ArgumentError with this message as the sigil expands */
export class SigilEscapeError extends Error {}

export function unescapeSigil(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; ) {
    const j = s.indexOf("\\", i);
    if (j < 0 || j === s.length - 1) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, j);
    try {
      const [text, next] = unescapeAt(s, j);
      out += text;
      i = next;
    } catch (e) {
      if (e instanceof EscapeFailure) throw new SigilEscapeError(e.quoted!.prefix.replace(/\. Syntax error after: $/, ""));
      throw e;
    }
  }
  return out;
}
