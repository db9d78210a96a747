// What a FunctionClauseError of a library function written in TS (String, Integer, Keyword, ...)
// needs to look as on the BEAM: the function's own top stack frame, with the arguments of its
// full arity (String.upcase/1 fails as String.upcase(1, :default)) and the file:line of its first
// clause, and the clause heads Exception.blame_mfa/3 matches the arguments against. Elixir's
// values are generated from its debug info (scripts/gen-library-clauses.exs).
import { Atom, Term, Tuple, atom, bin, list, listToArray, tuple, NIL, NIL_ATOM, isMap, MapLike } from "../terms.ts";
import { ErlangError } from "../errors.ts";
import { termFromExternal } from "./external_term.ts";
import { LIBRARY_CLAUSES } from "./library_clauses_data.ts";
import { setLibraryClauseFrames } from "./registry.ts";

interface LibraryFunction {
  file: string;
  line: number;
  /** a lower arity made by defaults: the values it passes to the full one */
  defaults: Term[] | null;
  /** {kind, [{args, guards}]} as :beamlet.debug_clauses/3 answers */
  clauses: Term | null;
}

const modules = new Map<string, Map<string, LibraryFunction>>();

function functionsOf(module: string): Map<string, LibraryFunction> | undefined {
  const cached = modules.get(module);
  if (cached) return cached;
  const data = LIBRARY_CLAUSES[module];
  if (data === undefined) return undefined;
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  const out = new Map<string, LibraryFunction>();
  for (const entry of listToArray(termFromExternal(bytes)) ?? []) {
    const [name, arity, file, line, defaults, kind, clauses] = (entry as Tuple).items;
    out.set(`${(name as Atom).name}/${arity as number}`, {
      file: file.toString(),
      line: line as number,
      defaults: defaults === NIL_ATOM ? null : listToArray(defaults),
      clauses: kind === NIL_ATOM ? null : tuple(kind, clauses),
    });
  }
  modules.set(module, out);
  return out;
}

/** the clause heads of a library function ({kind, [{args, guards}]}), or undefined */
export function libraryDebugClauses(module: string, name: string, arity: number): Term | undefined {
  return functionsOf(module)?.get(`${name}/${arity}`)?.clauses ?? undefined;
}

const A_STRUCT = atom("__struct__"), A_FCE = atom("Elixir.FunctionClauseError"), A_ARGS = atom("args");

/**
 * The BEAM's :function_clause for a FunctionClauseError a library BIF raised about itself (vm/bifs/
 * util.ts noClause): headed by its frame, or undefined for any other error.
 */
function clauseError(module: string, name: string, args: Term[], e: ErlangError): ErlangError | undefined {
  if (e.kind !== "error" || e.stacktrace !== undefined || e.callee !== undefined || !isMap(e.reason)) return undefined;
  const r = e.reason as MapLike;
  if (r.get(A_STRUCT) !== A_FCE || r.get(A_ARGS) !== NIL_ATOM || r.get(atom("module")) !== atom(module) || r.get(atom("function")) !== atom(name)) return undefined;
  const arity = r.get(atom("arity"));
  if (typeof arity !== "number") return undefined;
  let full = args;
  if (arity > args.length) {
    const defaults = functionsOf(module)?.get(`${name}/${args.length}`)?.defaults;
    if (!defaults || args.length + defaults.length !== arity) return undefined;
    full = [...args, ...defaults];
  } else if (arity !== args.length) return undefined;
  const target = functionsOf(module)?.get(`${name}/${arity}`);
  const location = target ? list([tuple(atom("file"), list([...target.file].map((c) => c.charCodeAt(0)))), tuple(atom("line"), target.line)]) : NIL;
  const err = new ErlangError("error", atom("function_clause"));
  err.callee = tuple(atom(module), atom(name), list(full), location);
  return err;
}

setLibraryClauseFrames(Object.keys(LIBRARY_CLAUSES), clauseError);
void bin;
