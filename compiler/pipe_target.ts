// `left |> right`: the call the pipe makes, or the ArgumentError Elixir 1.14's Macro.pipe/3 raises
// while Kernel.|>/2 expands when `right` is no call to pipe into (a literal, an alias, a fn, a
// capture, an operator). Found by experiment: each refusal comes from its own line of lib/macro.ex,
// under :lists.foldl/3 (the macro folds the right side's pipes over the left as written).
import type { Ast, AstCall } from "../lang/ast.ts";
import { atom } from "../vm/terms.ts";
import { inspect } from "../vm/inspect.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";
import { astToTerm } from "./quoted.ts";
import { expansionError } from "./expansion_error.ts";
import type { FnCtx } from "./context.ts";

/** the operators Code.Identifier.unary_op/1 and binary_op/1 know (Elixir 1.14) */
const UNARY_OPS = new Set(["!", "^", "not", "+", "-", "~~~", "&", "@"]);
const BINARY_OPS = new Set(["+", "-", "*", "/", "**", "..", "=", "==", "!=", "===", "!==", "=~", "<", ">", "<=", ">=",
  "::", "|", "//", "<>", "++", "--", "+++", "---", "in", "when", "and", "or", "&&", "||", "|>", "<<<", ">>>",
  "<|>", "<<~", "~>>", "<~", "~>", "<~>", "|||", "&&&", "^^^", "\\\\", "<-", "."]);
const ONLY_CALLS = "can only pipe into local calls foo(), remote calls Foo.bar() or anonymous function calls foo.()";

/** `right` with `left` as its first argument; raises as Macro.pipe/3 does when it cannot be */
export function pipeInto(at: { fn: FnCtx }, line: number, left: Ast, right: Ast): AstCall {
  const text = (a: Ast) => macroToString(astToTerm(a));
  const refuse = (macroLine: number, message: string): never =>
    expansionError(at, line, message, [["Elixir.Macro", "pipe", 3, "lib/macro.ex", macroLine], ["lists", "foldl", 3, "lists.erl", 1350, "stdlib 4.2"]], "|>", 2);
  const cannot = (macroLine: number, tail = ONLY_CALLS) => refuse(macroLine, `cannot pipe ${text(left)} into ${text(right)}, ${tail}`);
  if (right.t === "tuple" && right.items.length !== 2) return cannot(278);
  if (right.t !== "call") return cannot(333);
  const name = right.name;
  if (typeof name !== "string") return { ...right, args: [left, ...(right.args ?? [])] };
  if (right.args === null) return { ...right, args: [left] };
  switch (name) {
    case "&": return cannot(274);
    case "{}": case "%{}": return cannot(278);
    case "__aliases__": return cannot(283);
    case "<<>>": return cannot(287);
    case "fn": return refuse(299, `cannot pipe ${text(left)} into an anonymous function without calling the function; use Kernel.then/2 instead or define the anonymous function as a regular private function`);
  }
  if ((name === "+" || name === "-") && right.args.length === 1) {
    const arg = text(right.args[0]);
    return refuse(310, `piping into a unary operator is not supported, please use the qualified name: Kernel.${name}(${arg}), instead of ${name}${arg}`);
  }
  if (UNARY_OPS.has(name)) return cannot(318, `the ${inspect(atom(name))} operator can only take one argument`);
  if (BINARY_OPS.has(name)) return cannot(323, `the ${inspect(atom(name))} operator can only take two arguments`);
  return { ...right, args: [left, ...right.args] };
}
