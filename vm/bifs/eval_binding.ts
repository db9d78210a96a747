// The binding Code.eval_string / Code.eval_quoted return, in Elixir 1.14's shape: erl_eval's
// variables are a map keyed by {name, context}, folded onto a list, so the result holds each
// variable once in descending key order; code whose expanded form is an atom is not evaluated at
// all, and the binding given comes back untouched (duplicates and all).
import type { Ast } from "../../lang/ast.ts";
import { HYGIENE_SEP } from "../../compiler/quoted.ts";

/** Erlang's atom order: by code point */
function compareAtomNames(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** the variables (names, `name<SEP>context` for a quote's) in the order Elixir's binding lists them */
export function evalBindingOrder(names: string[]): string[] {
  const key = (k: string): [string, string] => {
    const [n, c] = k.split(HYGIENE_SEP);
    return [n, c ?? "nil"];
  };
  return [...new Set(names)].sort((a, b) => {
    const [na, ca] = key(a), [nb, cb] = key(b);
    return compareAtomNames(nb, na) || compareAtomNames(cb, ca);
  });
}

/** the atom an evaluated program expands to (a literal atom, an alias, `__MODULE__`: the module
 *  it is evaluated in, nothing), or null */
export function atomOfProgram(ast: Ast, module: string | null = null): string | null {
  while (ast.t === "call" && ast.name === "__block__" && ast.args?.length === 1) ast = ast.args[0];
  if (ast.t === "atom") return ast.v;
  if (ast.t !== "call") return null;
  if (ast.name === "__block__" && ast.args?.length === 0) return "nil";
  if (ast.name === "__MODULE__" && (ast.args === null || ast.args.length === 0)) return module ?? "nil";
  if (ast.name === "__aliases__" && ast.args && ast.args.length > 0 && ast.args.every((x) => x.t === "atom")) {
    const parts = ast.args.map((x) => (x as { v: string }).v);
    return parts[0] === "Elixir" ? (parts.length === 1 ? "Elixir" : "Elixir." + parts.slice(1).join(".")) : "Elixir." + parts.join(".");
  }
  return null;
}
