// Elixir 1.14's expansion warnings for a comparison (<, >, <=, >=, min, max, as the operators,
// Kernel's or :erlang's functions), elixir_expand's maybe_warn_comparison:
// - one of its sides expands to a struct literal: `%URI{}`, a map with a literal :__struct__, a
//   range of two literal integers (`1..3`, a %Range{} map), or a date/time or regex sigil without
//   interpolation. The side is printed as it was written, the left one first; a module attribute
//   holding a struct counts too (`x < @date`: "@date").
// - else, one of its sides is itself a comparison by <, >, <= or >= (`x < y < z`, Python's chain
//   read as `(x < y) < z`): the whole comparison is printed, with its operator as Elixir's.
import type { Ast, AstCall } from "../lang/ast.ts";
import { isCall, keywordPairs } from "./ast_util.ts";
import { astToTerm } from "./quoted.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";

const OPERATORS = new Set(["<", ">", "<=", ">=", "min", "max"]);
const ERLANG_OPERATORS = new Set(["<", ">", "=<", ">=", "min", "max"]);
// (sigils whose expansion is an escaped struct)
const STRUCT_SIGILS = new Set(["sigil_D", "sigil_T", "sigil_N", "sigil_U", "sigil_r", "sigil_R"]);

const integerLiteral = (a: Ast) => a.t === "int" || ((isCall(a, "-") || isCall(a, "+")) && a.args?.length === 1 && a.args[0].t === "int");

/** `a` expands to a struct literal (`attr`: a module attribute's value, as an AST) */
function structExpression(a: Ast, attr: (name: string) => Ast | undefined): boolean {
  if (a.t !== "call" || a.args === null) return false;
  // @attr: its value, escaped
  if (a.name === "@" && a.args.length === 1 && a.args[0].t === "call" && typeof a.args[0].name === "string" && a.args[0].args === null) {
    const value = attr(a.args[0].name);
    return value !== undefined && structExpression(value, () => undefined);
  }
  if (a.name === "%" && a.args.length === 2) return true;
  if (a.name === "%{}") return a.args.some((p) => (keywordPairs({ t: "list", items: [p] }) ?? []).some(([k, v]) => k === "__struct__" && (v.t === "atom" || isCall(v, "__aliases__"))));
  if (a.name === ".." && a.args.length === 2) return a.args.every(integerLiteral);
  if (a.name === "..//" && a.args.length === 3) return a.args.every(integerLiteral);
  if (typeof a.name === "string" && STRUCT_SIGILS.has(a.name) && a.args.length === 2) {
    // (~r with interpolation is a Regex.compile! call)
    const body = a.args[0];
    return isCall(body, "<<>>") && (body.args ?? []).every((x) => x.t === "str");
  }
  return false;
}

/** how the comparison's surroundings resolve a call: `attr` a module attribute's value (as an AST),
 *  `remote` a call's receiver to its module ("Elixir.Kernel", "erlang", ...), `kernelLocal` whether
 *  a local call name/arity is Kernel's */
export interface ComparisonScope {
  attr(name: string): Ast | undefined;
  remote(receiver: Ast): string | null;
  kernelLocal(name: string, arity: number): boolean;
}

const NESTED_OPERATORS = new Set(["<", ">", "<=", ">="]);
const ERLANG_NESTED_OPERATORS = new Set(["<", ">", "=<", ">="]);

/** `a` expands to a call of :erlang's <, >, =< or >= (a pipe into Kernel.<(y) too) */
function comparisonExpression(a: Ast, scope: ComparisonScope, piped = 0): boolean {
  if (a.t !== "call" || a.args === null) return false;
  if (a.name === "|>" && a.args.length === 2) return comparisonExpression(a.args[1], scope, piped + 1);
  const arity = a.args.length + piped;
  if (arity !== 2) return false;
  if (typeof a.name === "string") return NESTED_OPERATORS.has(a.name) && scope.kernelLocal(a.name, 2);
  const dot = a.name;
  if (!isCall(dot, ".") || dot.args?.length !== 2 || dot.args[1].t !== "atom") return false;
  const module = scope.remote(dot.args[0]);
  const fname = dot.args[1].v;
  return module === "erlang" ? ERLANG_NESTED_OPERATORS.has(fname) : module === "Elixir.Kernel" && NESTED_OPERATORS.has(fname);
}

/** the warning for the comparison call `a` (its operator or function named `name`, of `module`:
 *  "Elixir.Kernel", "erlang", or null for a local call), or null */
export function comparisonWarning(a: AstCall, name: string, module: string | null, scope: ComparisonScope): string | null {
  const args = a.args;
  if (args === null || args.length !== 2) return null;
  if (!(module === "erlang" ? ERLANG_OPERATORS : OPERATORS).has(name)) return null;
  const side = args.find((x) => structExpression(x, (attr) => scope.attr(attr)));
  if (side === undefined) {
    if (!args.some((x) => comparisonExpression(x, scope))) return null;
    const written: AstCall = { t: "call", name: name === "=<" ? "<=" : name, meta: {}, args };
    return "Elixir does not support nested comparisons. Something like\n\n     x < y < z\n\nis equivalent to\n\n     (x < y) < z\n\n" +
      "which ultimately compares z with the boolean result of (x < y). Instead, consider joining together each comparison segment with an \"and\", for example,\n\n" +
      `     x < y and y < z\n\nYou wrote: ${macroToString(astToTerm(written))}`;
  }
  return `invalid comparison with struct literal ${macroToString(astToTerm(side))}. Comparison operators (>, <, >=, <=, min, and max) perform structural and not semantic comparison. Comparing with a struct literal is unlikely to give a meaningful result. Struct modules typically define a compare/2 function that can be used for semantic comparison`;
}
