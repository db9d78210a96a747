// The code points of a charlist literal's text. The lexer keeps a byte escape >= 0x80 ("\xC3") as
// a lone surrogate U+DC80-U+DCFF; Elixir makes the charlist from the binary the text spells, so
// those bytes are decoded with the rest as UTF-8 ('\xC3\xA9' is [233]) and a sequence that is no
// UTF-8 is a UnicodeConversionError, as :unicode.characters_to_list gives it.
const RAW_BYTE = /[\udc80-\udcff]/u;

/** the code points, or the bytes from the first that is no UTF-8 on */
export function literalCodes(s: string): { codes: number[] } | { invalidRest: number[] } {
  if (!RAW_BYTE.test(s)) return { codes: Array.from(s, (c) => c.codePointAt(0)!) };
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (const part of s.split(/([\udc80-\udcff])/u)) {
    if (part.length === 1 && RAW_BYTE.test(part)) bytes.push(part.charCodeAt(0) - 0xdc00);
    else bytes.push(...encoder.encode(part));
  }
  const codes: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    const seq = n === 0 ? null : bytes.slice(i, i + n);
    let text: string | null = null;
    if (seq && seq.length === n) {
      try { text = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(seq)); } catch { text = null; }
    }
    if (text === null) return { invalidRest: bytes.slice(i) };
    codes.push(text.codePointAt(0)!);
    i += n;
  }
  return { codes };
}

/** `<<128, 97>>` as inspect shows the rest that is no UTF-8 */
export function bytesText(bytes: number[]): string {
  return `<<${bytes.join(", ")}>>`;
}
