// The code a program's own macros expanded to inside its functions, for the warnings' walk
// (compiler/warnings/variables.ts): a variable a macro binds in the caller's context (var!, or
// the caller's own variable unquoted into a match) is unused there as Elixir reports it.
import type { Ast } from "../lang/ast.ts";

const expansions = new WeakMap<object, Ast>();

export function noteExpansion(call: object, expanded: Ast): void {
  expansions.set(call, expanded);
}

/** what the macro call expanded to (undefined: not a call of the program's own macro) */
export function expansionOf(call: object): Ast | undefined {
  return expansions.get(call);
}
