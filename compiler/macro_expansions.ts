// The code a program's own macros expanded to inside its functions and module bodies, for the warnings' walk
// (compiler/warnings/variables.ts): a variable a macro binds in the caller's context (var!, or
// the caller's own variable unquoted into a match) is unused there as Elixir reports it.
import type { Ast } from "../lang/ast.ts";
import { elixirExports } from "./warnings/elixir_exports.ts";

const expansions = new WeakMap<object, Ast>();
/** the module of the macro each noted call expanded */
const expandedBy = new WeakMap<object, string>();

/** the node written in the code each node of a definition made from its quoted form stands for */
const sourceOf = new WeakMap<object, object>();

export function noteExpansion(call: object, expanded: Ast, module: string): void {
  expansions.set(call, expanded);
  expandedBy.set(call, module);
  const source = sourceOf.get(call);
  if (source) noteExpansion(source, expanded, module);
}

/** `made` was rebuilt from the quoted form of `source` (a def in a module body's code, a fn's):
 *  where their shapes agree (not where unquote fragments were filled in), its calls stand for
 *  the ones written, so what they expand to is noted on those too */
export function linkSources(made: Ast, source: Ast): void {
  if (made === source) return;
  if (made.t === "call" && source.t === "call") {
    if ((made.args === null) !== (source.args === null) || (made.args?.length ?? 0) !== (source.args?.length ?? 0)) return;
    if (typeof made.name === "string" || typeof source.name === "string") {
      if (made.name !== source.name) return;
    } else linkSources(made.name, source.name);
    sourceOf.set(made, source);
    made.args?.forEach((x, i) => linkSources(x, source.args![i]));
  } else if ((made.t === "list" && source.t === "list") || (made.t === "tuple" && source.t === "tuple")) {
    if (made.items.length === source.items.length) made.items.forEach((x, i) => linkSources(x, (source.items as Ast[])[i]));
  }
}

/** Elixir's applications besides elixir itself: their macros (ExUnit's test, assert ...) are
 *  library code, as isElixirModule's */
const APPS = /^Elixir\.(?:ExUnit|Logger|EEx|IEx|Mix)(?:\.|$)/;

/** what the call of a macro the program defines (not one of Elixir's applications) expanded to */
export function programExpansionOf(call: object): Ast | undefined {
  const m = expandedBy.get(call);
  return m === undefined || APPS.test(m) ? undefined : expansions.get(call);
}

/** what the macro call expanded to (undefined: not a call of the program's own macro) */
export function expansionOf(call: object): Ast | undefined {
  return expansions.get(call);
}

/** a module of Elixir's own (Kernel, ExUnit.Assertions ...), not the program's */
export function isElixirModule(module: string): boolean {
  return elixirExports()[module.replace(/^Elixir\./, "")] !== undefined;
}
