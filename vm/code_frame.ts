// A frame of a function's code at file:line, as stack traces show Elixir's, OTP's or a program's
// own functions: {module, fun, arity | [args], [file: 'file', line: n]}. BIFs that stand for an
// Elixir or OTP function fail with the frame that function's raise would leave.
import { Atom, Term, Tuple, atom, charlist, list, tuple } from "./terms.ts";

/** file names as charlists, shared by every frame of the file (terms are immutable): the library's
 *  modules build their frames when they load, and a charlist made per frame made V8 optimise
 *  `charlist` during every start-up (test/cli/startup_optimizing) */
const fileCharlists = new Map<string, Term>();
const FILE_CHARLISTS_KEPT = 512;
/** made once: frames are built by the hundred while the library loads, and an `atom` call per key
 *  brought V8's optimizing compiler into every start-up (test/cli/startup_optimizing) */
const FILE = atom("file");
const LINE = atom("line");

/** the location list of a frame: [file: 'file', line: n] */
export function fileLine(file: string, line: number): Term {
  let name = fileCharlists.get(file);
  if (name === undefined) {
    name = charlist(file);
    if (fileCharlists.size < FILE_CHARLISTS_KEPT) fileCharlists.set(file, name);
  }
  return list([tuple(FILE, name), tuple(LINE, line)]);
}

/** the atoms of the module and function names frames name (a few dozen, each in many frames): the
 *  ~160 frames built while the library loads would otherwise call `atom` twice each, and the atom
 *  table's `atom` is then close to being optimised during every start-up */
const frameNames = new Map<string, Atom>();

function frameName(name: string): Atom {
  let a = frameNames.get(name);
  if (a === undefined) frameNames.set(name, (a = atom(name)));
  return a;
}

/** module.fun at file:line; `arity` is a number, or the arguments of a frame that raised them */
export function codeFrame(module: string, fun: string, arity: number | Term[], file: string, line: number): Tuple {
  return tuple(frameName(module), frameName(fun), typeof arity === "number" ? arity : list(arity), fileLine(file, line));
}
