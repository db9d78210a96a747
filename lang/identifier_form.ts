// Unicode identifiers as Elixir 1.14's tokenizer takes them (UAX 31 with its R6: NFC, and no
// character whose NFKC form differs). An identifier typed with combining marks (`café` as
// e + U+0301) is the same identifier as its NFC form; one with a compatibility character (`aʰ`,
// `ﬁle`) is refused at that character, with the NFKC spelling as the hint when that spelling is
// an identifier itself.
import { mixedScriptParts } from "./mixed_script.ts";

/** the identifier's NFC form (Elixir normalises unquoted atoms, variables and calls) */
export function nfcIdentifier(name: string): string {
  return name.normalize("NFC");
}

/** the code points of `s` as Elixir's hints print them: 0x00061 0x002B0 */
function codePoints(s: string): string {
  return [...s].map((c) => "0x" + c.codePointAt(0)!.toString(16).toUpperCase().padStart(5, "0")).join(" ");
}

const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}\p{Mn}\p{Mc}_@]*[?!]?$/u;

/**
 * The first character of `name` that is not in NFKC form: its offset in `name` and, when the NFKC
 * form up to it is an identifier, Elixir's "unexpected token: ..." description with that hint
 * (without one, the token ends before the character, which is then an unexpected token itself);
 * null when there is none.
 */
export function incompatibleCharacter(name: string): { at: number; description: string | null } | null {
  let at = 0;
  for (const ch of name) {
    if (ch.normalize("NFKC") !== ch) {
      const wrong = name.slice(0, at + ch.length);
      const nfkc = wrong.normalize("NFKC");
      if (IDENTIFIER.test(nfkc) && nfkc.normalize("NFKC") === nfkc && mixedScriptParts(nfkc) === null) {
        return {
          at,
          description: "unexpected token: Elixir expects unquoted Unicode atoms, variables, and calls to use allowed codepoints and to be in NFC form.\n\n" +
            `Got:\n\n    "${wrong}" (code points ${codePoints(wrong)})\n\n` +
            `Hint: You could write the above in a compatible format that is accepted by Elixir:\n\n    "${nfkc}" (code points ${codePoints(nfkc)})\n\n` +
            "See https://hexdocs.pm/elixir/unicode-syntax.html for more information.",
        };
      }
      return { at, description: null };
    }
    at += ch.length;
  }
  return null;
}
