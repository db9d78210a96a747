// Code.string_to_quoted's static_atoms_encoder: Elixir's tokenizer gives the encoder each atom it
// would make from the text (an identifier, alias segment, atom, keyword key, quoted atom or quoted
// call name without interpolation; the code inside interpolations too), in the text's order, and
// the parser builds the quoted form with what the encoder gave in the atom's place. Keywords
// (true, do, fn, when...) and operators are no atoms it makes so, unless a dot is before them.
// Here the text is read twice: once for the list of those atoms (the encoder, Elixir code, runs
// between the two), then parsed with each such token renamed to a placeholder atom, which the
// quoted form's walk replaces with the encoder's term.
import { tokenize, setTokenHook, LineTable, type Tok } from "./lexer.ts";

/** (no name a text's atom can have: the encoded atom number N is PLACEHOLDER + N) */
export const PLACEHOLDER = "\u0000static_atom:";

const plain = (parts: unknown): string | undefined =>
  Array.isArray(parts) && parts.every((p) => typeof p === "string") ? parts.join("") : undefined;

const afterDot = (toks: Tok[], i: number) => i > 0 && toks[i - 1].k === "op" && toks[i - 1].text === ".";

/** the name of the atom Elixir's tokenizer makes through the encoder of toks[i], if it makes one */
function encodedName(toks: Tok[], i: number): string | undefined {
  const t = toks[i];
  switch (t.k) {
    case "ident": case "alias": return typeof t.v === "string" ? t.v : t.text;
    // (:foo, :nil; not an operator's :+ nor a bare true, nil or false but after a dot)
    case "atom": return t.text.startsWith(":") ? (/^[\p{L}_]/u.test(t.v) ? t.v : undefined) : afterDot(toks, i) ? t.text : undefined;
    case "do": case "end": case "fn": case "block": return afterDot(toks, i) ? t.text : undefined;
    case "qatom": return plain(t.v);
    case "kw": return typeof t.v === "string" ? (/^[\p{L}_]/u.test(t.v) ? t.v : undefined) : plain(t.v);
    case "str": return afterDot(toks, i) ? plain(t.v) : undefined;
    default: return undefined;
  }
}

/** the token an encoded atom is in, as Elixir's parser names its category where a syntax error
 *  before it shows it differently: `:foo` (atom), `foo:` (kw_identifier), any other */
export type EncodedTokenKind = "atom" | "kw_identifier" | "other";

/** each atom the encoder is given for `source`, in order: [name, line, column, token kind] (the
 *  text must tokenize: the caller reads it as usual when it does not) */
export function staticAtoms(source: string, file: string): [string, number, number, EncodedTokenKind][] {
  const lt = new LineTable(source);
  const out: [string, number, number, EncodedTokenKind][] = [];
  const walk = (toks: Tok[]) => {
    for (let i = 0; i < toks.length; i++) {
      const name = encodedName(toks, i);
      const k = toks[i].k;
      if (name !== undefined) out.push([name, toks[i].line, toks[i].col, k === "atom" && toks[i].text.startsWith(":") ? "atom" : k === "kw" ? "kw_identifier" : "other"]);
      const t = toks[i];
      const parts = t.k === "sigil" ? (t.v as { parts: unknown[] }).parts : Array.isArray(t.v) ? (t.v as unknown[]) : [];
      for (const p of parts) {
        if (typeof p === "object" && p !== null && "from" in p) {
          const { from, to } = p as { from: number; to: number };
          walk(tokenize(lt, file, from, to));
        }
      }
    }
  };
  walk(tokenize(lt, file));
  return out;
}

/** run `parse` with the token at each "line:column" of `at` naming placeholder atom number N */
export function withPlaceholders<T>(at: Map<string, number>, parse: () => T): T {
  setTokenHook((toks) => {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const n = at.get(`${t.line}:${t.col}`);
      if (n === undefined || encodedName(toks, i) === undefined) continue;
      const name = PLACEHOLDER + n;
      if (t.k === "qatom" || t.k === "str") t.v = [name];
      else if (t.k === "ident" || t.k === "alias" || t.k === "kw" || (t.k === "atom" && t.text.startsWith(":"))) {
        t.v = name;
        if (t.k === "ident") t.text = name;
      } else {
        // (a keyword or bare true after a dot: the call's name)
        t.k = "ident";
        t.text = t.v = name;
      }
    }
  });
  try {
    return parse();
  } finally {
    setTokenHook(null);
  }
}
