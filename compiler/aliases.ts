// Alias expansion: Foo.Bar -> :"Elixir.Foo.Bar", honouring `alias` and __MODULE__.
import type { Ast } from "../lang/ast.ts";
import { isCall, aliasParts } from "./ast_util.ts";
import type { ModCtx } from "./context.ts";

/** The module atom name an alias AST denotes, or null when it is not an alias. */
export function expandAlias(a: Ast, mod: ModCtx): string | null {
  if (a.t === "atom") return a.v;
  if (isCall(a, "__MODULE__") && a.args === null) return mod.evalEnv?.module ?? mod.name;
  const parts = aliasParts(a);
  if (!parts) return null;
  const [first, ...rest] = parts;
  let base: string;
  if (typeof first !== "string") {
    const b = expandAlias(first, mod);
    if (b === null) return null;
    base = b;
  } else if (first === "Elixir") {
    base = "Elixir";
  } else if (isCall(a) && a.meta.alias !== undefined) {
    // quoted elsewhere: the alias it had there, never the caller's; none there: an alias its own
    // macro expansion defined (the same counter), as elixir_aliases looks it up
    const own = a.meta.alias === false ? mod.dirs.macroAliases.get(first) : undefined;
    base = a.meta.alias !== false ? a.meta.alias : own !== undefined && own[0] === a.meta.counter ? own[1] : "Elixir." + first;
  } else {
    base = mod.aliases.get(first) ?? "Elixir." + first;
  }
  for (const r of rest) {
    if (typeof r !== "string") return null;
    base += "." + r;
  }
  return base;
}

/** Elixir's way of naming a module: "Elixir.Foo.Bar" -> "Foo.Bar", "lists" -> ":lists" */
export function displayModule(name: string): string {
  return name.startsWith("Elixir.") ? name.slice(7) : ":" + name;
}
