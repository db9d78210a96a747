// The code a program's own macros expanded to inside its functions and module bodies, for the warnings' walk
// (compiler/warnings/variables.ts): a variable a macro binds in the caller's context (var!, or
// the caller's own variable unquoted into a match) is unused there as Elixir reports it.
import type { Ast } from "../lang/ast.ts";
import { elixirExports } from "./warnings/elixir_exports.ts";

const expansions = new WeakMap<object, Ast>();

export function noteExpansion(call: object, expanded: Ast): void {
  expansions.set(call, expanded);
}

/** what the macro call expanded to (undefined: not a call of the program's own macro) */
export function expansionOf(call: object): Ast | undefined {
  return expansions.get(call);
}

/** a module of Elixir's own (Kernel, ExUnit.Assertions ...), not the program's */
export function isElixirModule(module: string): boolean {
  return elixirExports()[module.replace(/^Elixir\./, "")] !== undefined;
}
