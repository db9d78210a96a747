// The atoms Elixir's tokenizer makes as it reads a text, in its order: identifiers, aliases,
// atoms, keywords, and quoted ones without interpolation (a quoted call name, `a."f"()`, too), the
// code inside interpolations as it is met. Code.string_to_quoted's existing_atoms_only refuses the
// first one that does not exist (lang/parser.ts); a script's own new atoms take the atom table's
// next indices in this order (cli/host.ts), which places them in big maps and dictionaries.
import { tokenize, LineTable, type Tok } from "./lexer.ts";

/** a token of quoted text (a string, charlist, sigil, quoted atom or keyword): elixir's tokenizer
 *  reads it with elixir_interpolation, which it loads at the first one */
const isQuoted = (t: Tok) => t.k === "str" || t.k === "charlist" || t.k === "sigil" || t.k === "qatom" || (t.k === "kw" && typeof t.v !== "string");

/** calls `f` with each atom name of `toks` in order (and `quoted` before each quoted token);
 *  `f` returning true stops the walk (true) */
export function eachTokenAtom(toks: Tok[], lt: LineTable, file: string, f: (name: string, tok: Tok) => boolean | void, quoted?: () => void): boolean {
  const plain = (parts: unknown): string | undefined =>
    Array.isArray(parts) && parts.every((p) => typeof p === "string") ? parts.join("") : undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (quoted && isQuoted(t)) quoted();
    let name: string | undefined;
    if (t.k === "ident" || t.k === "alias" || t.k === "atom") name = typeof t.v === "string" ? t.v : t.text;
    else if (t.k === "kw") name = typeof t.v === "string" ? t.v : plain(t.v);
    else if (t.k === "qatom") name = plain(t.v);
    else if (t.k === "str" && i > 0 && toks[i - 1].k === "op" && toks[i - 1].text === "." && toks[i + 1]?.k === "(") name = plain(t.v);
    if (name !== undefined && f(name, t) === true) return true;
    // the code inside interpolations, tokenized as it is met
    const parts = t.k === "sigil" ? (t.v as { parts: unknown[] }).parts : Array.isArray(t.v) ? (t.v as unknown[]) : [];
    for (const p of parts) {
      if (typeof p === "object" && p !== null && "from" in p) {
        const { from, to } = p as { from: number; to: number };
        if (eachTokenAtom(tokenize(lt, file, from, to), lt, file, f, quoted)) return true;
      }
    }
  }
  return false;
}

/** (no atom's name: where the first quoted text is) */
export const QUOTED_TEXT = "\u0000quoted";

/** the distinct atom names the tokenizer meets in `source`, first meetings in order, with
 *  QUOTED_TEXT where it first reads quoted text (none when the text does not tokenize) */
export function tokenizerAtomNames(source: string, file: string): string[] {
  const seen = new Set<string>();
  try {
    const lt = new LineTable(source);
    eachTokenAtom(tokenize(lt, file), lt, file, (name) => void seen.add(name), () => void seen.add(QUOTED_TEXT));
  } catch {
    // (a text the tokenizer refuses stops the run before any atom of it matters)
  }
  return [...seen];
}
