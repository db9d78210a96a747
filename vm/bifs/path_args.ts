// Elixir's Path functions take chardata (a binary or a list) and turn it into a string with
// IO.chardata_to_string/1 (Path.wildcard: a charlist with :unicode.characters_to_list/1), so
// anything else (nil, an atom, a number) fails there: `Path.join(nil, "b")` raises a
// FunctionClauseError in IO.chardata_to_string([nil]), over the Path functions that called it.
// Those frames differ per function and argument: read from real Elixir by
// scripts/gen-path-arg-frames.exs into path_arg_frames_data.ts.
import { Bin, Cons, Term, NIL, atom, list, tuple } from "../terms.ts";
import { fileLine } from "../code_frame.ts";
import { ErlangError, BADARG } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { libraryOwnClauses } from "../library_clauses.ts";
import { pathArgFrames, PathArgFailure, PathFrame } from "./path_arg_frames_data.ts";
import { fileArgFrames } from "./file_arg_frames_data.ts";

const PATH = atom("Elixir.Path");
const FILE = atom("Elixir.File");
const FUNCTION_CLAUSE = atom("function_clause");

function pathFrames(frames: PathFrame[], module: Term = PATH): Term[] {
  const file = module === FILE ? "lib/file.ex" : "lib/path.ex";
  return frames.map(([name, arity, line]) => tuple(module, atom(name), arity, fileLine(file, line)));
}

/** whether IO.chardata_to_string/1 has a clause for t */
export function isChardataArg(t: Term): boolean {
  return (t instanceof Bin && t.isBinary) || t instanceof Cons || t === NIL;
}

/** the failure of converting t as Elixir's Path function does, over the Path frames under it */
function conversionError(t: Term, failure: PathArgFailure, owner: Term = PATH): ErlangError {
  const [module, name, file, line] = failure.callee;
  if (module === "unicode") {
    const e = new ErlangError("error", BADARG);
    e.diagnosis = { args: [[1, "not valid character data (an iodata term)"]] };
    e.callee = bifErrorFrame(module, name, [t], e.diagnosis, [file, line]);
    e.calleeBelow = pathFrames(failure.below, owner);
    return e;
  }
  const e = new ErlangError("error", FUNCTION_CLAUSE);
  e.callee = tuple(atom(module), atom(name), list([t]), fileLine(file, line));
  e.calleeBelow = pathFrames(failure.below, owner);
  return e;
}

/**
 * The File BIFs of fns, checking their path arguments first as Elixir's File functions convert
 * them (IO.chardata_to_string/1): `File.read(:a)` is a FunctionClauseError there, not a file "a".
 */
export function withFileArgChecks<F extends (args: Term[], ctx: any) => any>(fns: Record<string, F>): Record<string, F> {
  for (const key of Object.keys(fns)) {
    const failures = fileArgFrames[key];
    if (failures === undefined) continue;
    const fn = fns[key];
    fns[key] = ((args: Term[], ctx: any) => {
      failures.forEach((failure, i) => {
        if (failure !== null && !isChardataArg(args[i])) throw conversionError(args[i], failure, FILE);
      });
      return fn(args, ctx);
    }) as F;
  }
  return fns;
}

/** the arguments of Path.name/arity, checked as Elixir's function checks them */
export function checkPathArgs(name: string, arity: number, args: Term[]): void {
  const failures = pathArgFrames[`${name}/${arity}`];
  if (failures === undefined) return;
  failures.forEach((failure, i) => {
    if (failure !== null && !isChardataArg(args[i])) throw conversionError(args[i], failure);
  });
}

/** Path.join/1's parts: a proper list of chardata, failing as Elixir's join/1 does */
export function joinParts(l: Term): Term[] {
  const parts: Term[] = [];
  let t = l;
  for (; t instanceof Cons; t = t.tail) parts.push(t.head);
  if (t !== NIL || parts.length === 0) throw ownClauseError("join", [l]);
  parts.forEach((p, i) => {
    if (isChardataArg(p)) return;
    const where = parts.length === 1 ? "only" : i === 0 ? "first" : "later";
    throw conversionError(p, pathArgFrames[`join/1 ${where}`][0]!);
  });
  return parts;
}

/** a Path function's own FunctionClauseError (Path.type(nil), Path.join([])) */
export function ownClauseError(name: string, args: Term[]): ErlangError {
  const e = new ErlangError("error", FUNCTION_CLAUSE);
  const own = libraryOwnClauses("Elixir.Path", name, args.length);
  e.callee = tuple(PATH, atom(name), list(args), own === undefined ? NIL : fileLine(own.file, own.line));
  return e;
}
