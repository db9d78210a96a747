// OTP's compiler warns of code that computes a value for nothing ("the result of evaluating
// operator '+'/2 is ignored", "use of operator == has no effect") or whose call will fail ("the
// call to +/2 will fail with ArithmeticError") — except inside the value of a match whose pattern
// is a variable starting with `_`, and every Elixir variable is one in Erlang (`x` is `_x@1`). So
// `x = (1 + :a; :ok)`, `x = fn -> 1 + :a end`, `_ = ...` and `^x = ...` warn of none of it, deep
// down, while `{x} = 1 + :a` and `x = y = 1 + :a` do (a chain of matches is one match on a joined
// pattern). Clauses that cannot match, bad map updates and bad binaries are warned of everywhere.
// (Verified on Elixir 1.14 / OTP 25.)
import type { AstCall } from "../lang/ast.ts";
import { isCall, isVar } from "./ast_util.ts";

/** matches that are the value of another match: OTP joins their patterns */
const joined = new WeakSet<AstCall>();

/** matches the compiler makes itself (a comprehension's enumerable bound to a variable): no
 *  Erlang match, so their values are wanted as the expression they stand for */
const generated = new WeakSet<AstCall>();

export function generatedMatch(m: AstCall): AstCall {
  generated.add(m);
  return m;
}

export function isGeneratedMatch(m: AstCall): boolean {
  return generated.has(m);
}

/** whether what the value of match m computes is unwanted (no warnings): its pattern is a
 *  variable or a pinned one, and it is no chain of matches. The compiler and the Erlang checks
 *  call this on a match before its value. */
export function valueUnwanted(m: AstCall): boolean {
  const [pattern, value] = m.args ?? [];
  if (pattern === undefined || value === undefined) return false;
  if (isCall(value, "=")) {
    joined.add(value);
    return false;
  }
  if (joined.has(m) || generated.has(m)) return false;
  return isVar(pattern) || (isCall(pattern, "^") && pattern.args?.length === 1 && isVar(pattern.args[0]));
}
