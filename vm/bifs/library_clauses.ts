// The clause heads of the library functions written in TS (String, Integer, Keyword, ...), which
// Exception.blame_mfa/3 matches a failed call's arguments against (the failure's own frame comes
// from vm/elixir_clause_frames.ts). Generated from Elixir 1.14's debug info
// (scripts/gen-library-clauses.exs).
import { Atom, Term, Tuple, listToArray, tuple, NIL_ATOM } from "../terms.ts";
import { termFromExternal } from "./external_term.ts";
import { LIBRARY_CLAUSES } from "./library_clauses_data.ts";

// the data's entries are {name, arity, file, line, defaults, kind, clauses}; a lower arity made by
// defaults (kind nil) has no heads of its own
const modules = new Map<string, Map<string, Term>>();

function headsOf(module: string): Map<string, Term> | undefined {
  const cached = modules.get(module);
  if (cached) return cached;
  const data = LIBRARY_CLAUSES[module];
  if (data === undefined) return undefined;
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  const out = new Map<string, Term>();
  for (const entry of listToArray(termFromExternal(bytes)) ?? []) {
    const [name, arity, , , , kind, clauses] = (entry as Tuple).items;
    if (kind !== NIL_ATOM) out.set(`${(name as Atom).name}/${arity as number}`, tuple(kind, clauses));
  }
  modules.set(module, out);
  return out;
}

/** the clause heads of a library function ({kind, [{args, guards}]}), or undefined */
export function libraryDebugClauses(module: string, name: string, arity: number): Term | undefined {
  return headsOf(module)?.get(`${name}/${arity}`);
}
