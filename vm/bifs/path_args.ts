// Elixir's Path functions take chardata (a binary or a list) and turn it into a string with
// IO.chardata_to_string/1, so anything else (nil, an atom, a number) fails there with a
// FunctionClauseError: `Path.join(nil, "b")` raises in IO.chardata_to_string([nil]) at
// lib/io.ex:670, over the Path functions that called it. Per argument, the frames Elixir 1.14's
// lib/path.ex shows under that one (read from real Elixir: test/conformance/library/path_bad_arguments).
import { Bin, Cons, Term, NIL, atom, list, tuple } from "../terms.ts";
import { ErlangError, BADARG } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { libraryOwnClauses } from "../library_clauses.ts";

/** a Path frame: function, arity, line */
type Frame = [string, number, number];

/** "name/arity" -> per argument, the Path frames under IO.chardata_to_string/1's */
const FRAMES: Record<string, Frame[][]> = {
  "join/2": [[["join", 2, 548]], [["do_join", 3, 558], ["join", 2, 550]]],
  "basename/1": [[["basename", 1, 383]]],
  "basename/2": [[["basename", 2, 407]], [["basename", 2, 407]]],
  "dirname/1": [[["dirname", 1, 430]]],
  "extname/1": [[["extname", 1, 457]]],
  "rootname/1": [[["rootname", 1, 474]]],
  "rootname/2": [[["rootname", 2, 494]], [["rootname", 2, 494]]],
  "expand/1": [[["expand_home", 1, 698], ["expand", 1, 166]]],
  "expand/2": [[["expand_home", 1, 698], ["expand", 2, 195]], [["expand_home", 1, 698], ["expand", 2, 195]]],
  "absname/1": [[["absname", 2, 70]]],
  "absname/2": [[["absname", 2, 70]], [["absname_join", 2, 109]]],
  "split/1": [[["split", 1, 596]]],
  "relative/1": [[]],
  "relative_to/2": [[["relative_to", 2, 327]], [["split", 1, 596], ["relative_to", 2, 328]]],
  "relative_to_cwd/1": [[["relative_to", 2, 327]]],
  "safe_relative/1": [[["safe_relative_to", 2, 767]]],
  "safe_relative_to/2": [[["safe_relative_to", 2, 767]]],
};

const PATH = atom("Elixir.Path");
const FUNCTION_CLAUSE = atom("function_clause");

function location(file: string, line: number): Term {
  return list([tuple(atom("file"), list([...file].map((c) => c.codePointAt(0)!))), tuple(atom("line"), line)]);
}

function pathFrames(frames: Frame[]): Term[] {
  return frames.map(([name, arity, line]) => tuple(PATH, atom(name), arity, location("lib/path.ex", line)));
}

/** whether IO.chardata_to_string/1 has a clause for t */
export function isChardataArg(t: Term): boolean {
  return t instanceof Bin || t instanceof Cons || t === NIL;
}

/** IO.chardata_to_string(t)'s FunctionClauseError, over the given Path frames */
function chardataClauseError(t: Term, below: Frame[]): ErlangError {
  const e = new ErlangError("error", FUNCTION_CLAUSE);
  e.callee = tuple(atom("Elixir.IO"), atom("chardata_to_string"), list([t]), location("lib/io.ex", 670));
  e.calleeBelow = pathFrames(below);
  return e;
}

/** the arguments of Path.name/arity, checked as Elixir's function checks them */
export function checkPathArgs(name: string, arity: number, args: Term[]): void {
  const frames = FRAMES[`${name}/${arity}`];
  if (frames === undefined) return;
  frames.forEach((below, i) => {
    if (!isChardataArg(args[i])) throw chardataClauseError(args[i], below);
  });
}

/** Path.wildcard's glob: Elixir's turns it into a charlist with :unicode.characters_to_list/1,
 *  which fails with its badarg over Path.chardata_to_list!/1 and Path.wildcard/2 */
export function checkGlob(t: Term): void {
  if (isChardataArg(t)) return;
  const e = new ErlangError("error", BADARG);
  e.diagnosis = { args: [[1, "not valid character data (an iodata term)"]] };
  e.callee = bifErrorFrame("unicode", "characters_to_list", [t], e.diagnosis, ["unicode.erl", 895]);
  e.calleeBelow = pathFrames([["chardata_to_list!", 1, 680], ["wildcard", 2, 674]]);
  throw e;
}

/** Path.join/1's parts: a proper list of chardata, failing as Elixir's join/1 does */
export function joinParts(l: Term): Term[] {
  const parts: Term[] = [];
  let t = l;
  for (; t instanceof Cons; t = t.tail) parts.push(t.head);
  if (t !== NIL || parts.length === 0) throw ownClauseError("join", [l]);
  parts.forEach((p, i) => {
    if (isChardataArg(p)) return;
    // [x] is IO.chardata_to_string(x) called last; the first of several fails in join/2's left
    // argument, a later one in its right one, under join/1's frame
    const below: Frame[] = parts.length === 1 ? [] : [...FRAMES["join/2"][i === 0 ? 0 : 1], ["join", 1, 518]];
    throw chardataClauseError(p, below);
  });
  return parts;
}

/** a Path function's own FunctionClauseError (Path.type(nil), Path.join([])) */
export function ownClauseError(name: string, args: Term[]): ErlangError {
  const e = new ErlangError("error", FUNCTION_CLAUSE);
  const own = libraryOwnClauses("Elixir.Path", name, args.length);
  e.callee = tuple(PATH, atom(name), list(args), own === undefined ? NIL : location(own.file, own.line));
  return e;
}
