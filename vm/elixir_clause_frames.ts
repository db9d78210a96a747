// An Elixir library function that beamlet runs as a BIF fails with no matching clause as the
// Elixir function does: the raw reason :function_clause, under a frame that names the function that
// has no clause (with its default arguments: String.upcase(:a) fails in String.upcase/2) and heads
// the stack trace (rescue builds the FunctionClauseError from it),
// `{Float, :to_string, [:a], [file: 'lib/float.ex', line: 600]}` (vm/library_clauses.ts, from
// Elixir 1.14).
import { Atom, Term, atom, list, tuple, isMap, MapLike } from "./terms.ts";
import { ErlangError } from "./errors.ts";
import { hasClauseFrame, libraryClauseFrame } from "./library_clauses.ts";
import type { BifFn } from "./bifs/registry.ts";


const FUNCTION = atom("function");
const FUNCTION_CLAUSE = atom("function_clause");
const MODULE = atom("module");
const STRUCT = atom("__struct__");
const FUNCTION_CLAUSE_ERROR = atom("Elixir.FunctionClauseError");

function charlist(s: string): Term {
  return list([...s].map((c) => c.codePointAt(0)!));
}

/** the BIF, failing with the Elixir function's frame when it has no clause for its arguments */
export function withClauseFrame(module: string, name: string, arity: number, fn: BifFn): BifFn {
  if (!module.startsWith("Elixir.") || !hasClauseFrame(module, name, arity)) return fn;
  const modAtom = atom(module);
  return (args, ctx) => {
    try {
      return fn(args, ctx);
    } catch (e) {
      if (e instanceof ErlangError && e.kind === "error" && e.callee === undefined && e.stacktrace === undefined && isMap(e.reason)) {
        const err = e.reason as MapLike;
        const f = err.get(FUNCTION);
        const frame = libraryClauseFrame(module, name, arity)!;
        if (err.get(STRUCT) === FUNCTION_CLAUSE_ERROR && err.get(MODULE) === modAtom && f instanceof Atom && (f.name === name || f.name === frame.name)) {
          // the raw reason is :function_clause, as the Elixir function's own clause failure; rescue
          // builds the FunctionClauseError from the frame
          const all = [...args, ...frame.defaults];
          const named = new ErlangError("error", FUNCTION_CLAUSE);
          named.callee = tuple(modAtom, atom(frame.name), list(all), list([tuple(atom("file"), charlist(frame.file)), tuple(atom("line"), frame.line)]));
          throw named;
        }
      }
      throw e;
    }
  };
}
