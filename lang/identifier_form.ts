// Unicode names (atoms, variables, calls, keyword keys, aliases) as Elixir 1.14's tokenizer reads
// them: a start character, continue characters (atom_ident_chars.ts, measured on elixir), then at
// most one `?` or `!`. A non-ASCII character that cannot continue the name does not end it: the
// name with that character is refused whole (`aͰ`), with the NFKC spelling as the hint when that
// spelling reads as a name (`aª` -> `aa`, `é` + no-break space -> `é `, else of the character
// alone: `aϕ` -> `φ`). The name is then taken
// in NFC form with the micro sign as Greek mu (`µ` is `μ`), as Elixir normalises it.
import { isAtomStartChar, isAtomContinueChar } from "./atom_ident_chars.ts";
import { mixedScriptParts } from "./mixed_script.ts";
import { LexFailure, UnexpectedCharacter } from "./quoted_text.ts";

/** the name as Elixir's tokenizer keeps it: NFC, and U+00B5 MICRO SIGN as U+03BC */
export function nfcIdentifier(name: string): string {
  return name.normalize("NFC").replace(/\u00b5/g, "\u03bc");
}

/** the code points of `s` as Elixir's hints print them: 0x00061 0x002B0 */
function codePoints(s: string): string {
  return [...s].map((c) => "0x" + c.codePointAt(0)!.toString(16).toUpperCase().padStart(5, "0")).join(" ");
}

const isAsciiStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isAsciiContinue = (c: number) => isAsciiStart(c) || (c >= 48 && c <= 57) || c === 64;

/**
 * The name at `start` in text: its end (after any `?`/`!`), or, when a non-ASCII character that
 * may not continue it follows, `bad`, that character's offset; null when no name starts there.
 */
export function scanName(text: string, start: number): { end: number; bad: number | null } | null {
  const first = text.codePointAt(start);
  if (first === undefined || !(first < 0x80 ? isAsciiStart(first) : isAtomStartChar(first))) return null;
  let i = start + (first > 0xffff ? 2 : 1);
  for (;;) {
    const c = text.codePointAt(i);
    if (c === undefined) break;
    if (c < 0x80) {
      if (!isAsciiContinue(c)) break;
      i++;
    } else if (isAtomContinueChar(c)) i += c > 0xffff ? 2 : 1;
    else return { end: i, bad: i };
  }
  if (text[i] === "?" || text[i] === "!") i++;
  return { end: i, bad: null };
}

/** does `s` begin with a name Elixir's tokenizer takes (what follows it does not matter) */
function startsWithName(s: string): boolean {
  const r = scanName(s, 0);
  if (r === null || r.bad !== null) return false;
  return mixedScriptParts(s.slice(0, r.end).replace(/[?!]$/, "")) === null;
}

/**
 * Refuse the name from `start` through the character at `bad` (Elixir's {:unexpected_token, wrong}):
 * with the NFKC hint when that spelling reads as a name, else as an unexpected character. Elixir
 * reports it at its name's column plus the wrong text's length less one, where the name's column
 * is its colon's for an atom: at the character before the wrong one (`:aͰ` at the `a`).
 */
export function refuseName(text: string, start: number, bad: number, atom: boolean): never {
  const badLen = text.codePointAt(bad)! > 0xffff ? 2 : 1;
  const wrong = text.slice(start, bad + badLen);
  const before = bad - 1 - (bad >= 2 && text.charCodeAt(bad - 1) >= 0xdc00 && text.charCodeAt(bad - 1) <= 0xdfff ? 1 : 0);
  const report = atom ? before : bad;
  // Elixir hints the NFKC spelling of the whole name, else of the wrong character alone
  for (const got of [wrong, text.slice(bad, bad + badLen)]) {
    const nfkc = got.normalize("NFKC");
    if (nfkc === got || !startsWithName(nfkc)) continue;
    const token = "Elixir expects unquoted Unicode atoms, variables, and calls to use allowed codepoints and to be in NFC form.\n\n" +
      `Got:\n\n    "${got}" (code points ${codePoints(got)})\n\n` +
      `Hint: You could write the above in a compatible format that is accepted by Elixir:\n\n    "${nfkc}" (code points ${codePoints(nfkc)})\n\n` +
      "See https://hexdocs.pm/elixir/unicode-syntax.html for more information.";
    const failure = new LexFailure("SyntaxError", report, "unexpected token: " + token);
    failure.quoted = { prefix: "unexpected token: ", token };
    throw failure;
  }
  throw new UnexpectedCharacter(bad, report);
}
