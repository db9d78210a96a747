// Code.string_to_quoted with a static_atoms_encoder, a syntax error before a token whose atom the
// encoder made into its own term: Elixir's parser (yecc) writes that token with the term in it.
// An atom token (`:foo`) is written io_lib:write_atom(Value), or, when the value is no atom, the
// whole token {atom, {Line, Column, Name}, Value} as ~tp writes it; a keyword key the grammar
// refuses (`[a: 1 b: 2]`: 'b:') is "'" ++ atom_to_list(Value) ++ ":'" (no atom: atom_to_list's
// badarg, raised out of string_to_quoted); any other token (an identifier, an alias, a quoted
// atom, a keyword key elsewhere) is its value as ~tp writes it.
import { Atom, Term, atom, charlist, tuple } from "../terms.ts";
import { writeAtom } from "../io_write.ts";
import { prettyTerm } from "../io_pretty.ts";
import type { EncodedTokenKind } from "../../lang/static_atoms.ts";

/** io_lib:format("~tp", [t]) */
const tp = (t: Term): string => prettyTerm(t, 1, 80, -1, "unicode");

/**
 * the text of the token after "syntax error before: " (`written`: the one the parser wrote for the
 * text as read), or the value atom_to_list/1 must be called on (and fail) as Elixir's parser does
 */
export function encodedErrorToken(kind: EncodedTokenKind, name: string, line: number, column: number, value: Term, written: string): string | { atomToList: Term } {
  if (kind === "kw_identifier" && /^'.*:'$/s.test(written)) return value instanceof Atom ? `'${value.name}:'` : { atomToList: value };
  if (kind === "atom") return value instanceof Atom ? writeAtom(value) : tp(tuple(atom("atom"), tuple(line, column, charlist(name)), value));
  return tp(value);
}
