// t/1 and b/1 in the REPL, as iex 1.14 answers them (IEx.Introspection): a module's types or
// callbacks, one of them with its @typedoc/@doc, and the same messages when there is nothing to
// show. As Code.Typespec reads them from a module's object code, a module compiled in memory has
// none ("Beam code not available"). The text of each is Macro.to_string's (kept by the compiler,
// or for the standard library the host's table generated from real Elixir by
// scripts/gen-library-typespecs.exs), laid out by Elixir's formatter at the shell's width.
import type { Node } from "../../vm/node.ts";
import type { Ast } from "../../lang/ast.ts";
import type { TypespecDoc } from "../../vm/module.ts";
import { atom, bin } from "../../vm/terms.ts";
import { inspect } from "../../vm/inspect.ts";
import { bifsOfModule } from "../../vm/bifs/registry.ts";
import { formatSource } from "../../vm/bifs/code_format.ts";
import { renderDocBody, type DocOptions } from "./doc_markdown.ts";
import { helperTarget } from "./doc_help.ts";

const RED = "\x1b[31m";
const CYAN = "\x1b[36m";
const RESET = "\x1b[0m";

/** the types and callbacks of a module, or a message saying why there are none */
type Typespecs = { types: TypespecDoc[]; callbacks: TypespecDoc[] } | { error: string };

function moduleTypespecs(node: Node, module: string): Typespecs {
  const shown = inspect(atom(module));
  const v = node.code.current(atom(module)) ?? node.code.ensureLoaded(atom(module));
  if (!v && bifsOfModule(module).length === 0) return { error: `Could not load module ${shown}, got: nofile` };
  if (!v || node.code.preloaded.has(atom(module))) {
    const table = node.host.libraryTypespecs?.(module);
    // (the table holds no prose: a @typedoc or a callback's @doc is the library's own, where it
    // has one)
    const ownDoc = (own: TypespecDoc[] | undefined) => (e: TypespecDoc): TypespecDoc => [e[0], e[1], e[2], e[3], e[4] ?? own?.find((o) => o[1] === e[1] && o[2] === e[2])?.[4] ?? null];
    if (table) return { types: table.types.map(ownDoc(v?.compiled.docs.types)), callbacks: table.callbacks.map(ownDoc(v?.compiled.docs.callbacks)) };
    if (v?.compiled.docs.types || v?.compiled.docs.callbacks) return { types: v.compiled.docs.types ?? [], callbacks: v.compiled.docs.callbacks ?? [] };
    return { types: [], callbacks: [] };
  }
  if (!v.loadedFrom) return { error: `Beam code not available for ${shown} or debug info is missing, cannot load typespecs` };
  return { types: v.compiled.docs.types ?? [], callbacks: v.compiled.docs.callbacks ?? [] };
}

/** t's and b's argument: Mod, Mod.name or Mod.name/arity (no bare names: those are h's) */
function target(arg: Ast): { module: string; name: string | null; arity: number | null } | null {
  const t = helperTarget(arg, false);
  return t && { module: t.module, name: t.fun, arity: t.arity };
}

function argText(a: Ast): string {
  switch (a.t) {
    case "int": return String(a.v);
    case "float": return String(a.v);
    case "str": return inspect(bin(a.v));
    case "atom": return inspect(atom(a.v));
    default: return "the given expression";
  }
}

/** by name, then arity (each name's specs as written) */
function byNameArity(a: TypespecDoc, b: TypespecDoc): number {
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] - b[2];
}

export class TypeHelp {
  constructor(readonly node: Node, readonly o: DocOptions) {}

  error(s: string): string {
    return (this.o.enabled ? RED + s + RESET : s) + "\n";
  }

  /** one type or callback as iex formats it: its kind in cyan on a terminal, then a newline */
  format(text: string): string {
    let out = text;
    try {
      out = formatSource(text, "nofile", this.o.width).replace(/\n$/, "");
    } catch {
      // (a text the formatter cannot read is shown as Macro.to_string gave it)
    }
    const space = out.indexOf(" ");
    return (this.o.enabled ? CYAN + out.slice(0, space) + RESET + out.slice(space) : out) + "\n";
  }

  /** a type or callback with its doc, as print_typespec prints it */
  withDoc(texts: string, doc: string | false | null): string {
    return texts + "\n" + (typeof doc === "string" ? renderDocBody(doc, this.o) : "");
  }

  /** t/1 */
  types(arg: Ast | undefined): string {
    const t = arg && target(arg);
    if (!t) return this.error(`Invalid arguments for t helper: ${arg ? argText(arg) : "nil"}`);
    const specs = moduleTypespecs(this.node, t.module);
    if ("error" in specs) return this.error(specs.error);
    const shown = inspect(atom(t.module));
    const types = [...specs.types].sort(byNameArity);
    if (t.name === null) {
      if (types.length === 0) return this.error(`No type information for ${shown} was found`);
      return types.map((e) => this.format(e[3]) + "\n").join("");
    }
    const found = types.filter((e) => e[1] === t.name && e[0] !== "typep" && (t.arity === null || e[2] === t.arity));
    if (found.length === 0) return this.error(`No type information for ${shown}.${t.name} was found or ${shown}.${t.name} is private`);
    return found.map((e) => this.withDoc(this.format(e[3]), e[4])).join("");
  }

  /** b/1 */
  callbacks(arg: Ast | undefined): string {
    const t = arg && target(arg);
    if (!t) return this.error(`Invalid arguments for b helper: ${arg ? argText(arg) : "nil"}`);
    const specs = moduleTypespecs(this.node, t.module);
    if ("error" in specs) return this.error(specs.error);
    const shown = inspect(atom(t.module));
    // each callback's specs together, callbacks before macrocallbacks, a hidden one left out
    const groups = new Map<string, TypespecDoc[]>();
    for (const e of specs.callbacks) {
      if (e[0] === "optional") continue;
      if (t.name !== null && (e[1] !== t.name || (t.arity !== null && e[2] !== t.arity))) continue;
      const key = `${e[0]}/${e[1]}/${e[2]}`;
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    const sorted = [...groups.values()].sort((a, b) => (a[0][0] !== b[0][0] ? (a[0][0] < b[0][0] ? -1 : 1) : byNameArity(a[0], b[0])));
    const shownGroups = sorted.filter((g) => !g.some((e) => e[4] === false));
    if (t.name === null) {
      if (shownGroups.length === 0) return this.error(`No callbacks for ${shown} were found`);
      const optional = this.optionalCallbacks(specs);
      return shownGroups.map((g) => g.map((e) => this.format(e[3])).join("") + "\n").join("") + optional;
    }
    const what = t.arity === null ? `${shown}.${t.name}` : `${shown}.${t.name}/${t.arity}`;
    if (shownGroups.length === 0) return this.error(`No documentation for ${what} was found`);
    return shownGroups.map((g) => this.withDoc(g.map((e) => this.format(e[3])).join(""), g.find((e) => typeof e[4] === "string")?.[4] ?? null)).join("");
  }

  /** `@optional_callbacks name: arity, ...` after b(Mod)'s callbacks, when there are some */
  optionalCallbacks(specs: { callbacks: TypespecDoc[] }): string {
    const optional = specs.callbacks.filter((e) => e[0] === "optional");
    if (optional.length === 0) return "";
    const pairs = optional.map((e): [string, number] => [e[1], e[2]]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    return this.format("@optional_callbacks " + pairs.map(([n, a]) => `${/^[a-z_][a-zA-Z0-9_]*[?!]?$/.test(n) ? n : JSON.stringify(n)}: ${a}`).join(", ")) + "\n";
  }
}
