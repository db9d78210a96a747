// A frame of a function's code at file:line, as stack traces show Elixir's, OTP's or a program's
// own functions: {module, fun, arity | [args], [file: 'file', line: n]}. BIFs that stand for an
// Elixir or OTP function fail with the frame that function's raise would leave.
import { Term, Tuple, atom, charlist, list, tuple } from "./terms.ts";

/** the location list of a frame: [file: 'file', line: n] */
export function fileLine(file: string, line: number): Term {
  return list([tuple(atom("file"), charlist(file)), tuple(atom("line"), line)]);
}

/** module.fun at file:line; `arity` is a number, or the arguments of a frame that raised them */
export function codeFrame(module: string, fun: string, arity: number | Term[], file: string, line: number): Tuple {
  return tuple(atom(module), atom(fun), typeof arity === "number" ? arity : list(arity), fileLine(file, line));
}
