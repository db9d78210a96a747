// Tab completion for the REPL, as iex does it: the text before the cursor names a module
// (`Enu`), a function of a module (`Enum.ma`, `:lists.ke`) or a variable / Kernel function /
// helper (`is_bi`). One match, or a longer common prefix, is inserted (a unique module gets its
// dot); otherwise the matches are listed, functions with their arities (`map/2  map_every/3`), in
// iex's columns.
import type { Node } from "../../vm/node.ts";
import { atom, isMap } from "../../vm/terms.ts";
import type { DocEntry } from "../../vm/module.ts";
import { bifsOfModule } from "../../vm/bifs/registry.ts";
import type { EvalState } from "./eval.ts";

/** the shell's helpers (IEx.Helpers as beamlet has them) with their arities */
const HELPERS: Record<string, number[]> = {
  c: [1, 2], exports: [0, 1], flush: [0], h: [0, 1], i: [1], l: [1], observe: [0], pid: [1, 3],
  r: [1], recompile: [0, 1], respawn: [0], v: [0, 1],
};

function loadedModules(node: Node): string[] {
  const out: string[] = [];
  for (const [m, slots] of node.code.modules) if (slots.hasCurrent) out.push(m.name);
  return out;
}

/** the documentation entries of a module with object code (as Code.fetch_docs/1 finds them), or null */
export function docEntries(node: Node, mod: string): DocEntry[] | null {
  const v = node.code.current(atom(mod));
  // the library's Erlang modules have no docs, as OTP's have none
  if (!v || !v.loadedFrom || (!mod.startsWith("Elixir.") && node.code.preloaded.has(atom(mod)))) return null;
  return v.compiled.docs?.entries ?? null;
}

/**
 * exported functions and macros of a module (by its atom name, e.g. "Elixir.Enum" or "lists"):
 * name -> arities, as iex completes them: with docs, without the hidden ones (@doc false, the
 * arities their defaults give, undocumented names starting with _); without docs, all of them
 */
export function functionArities(node: Node, mod: string): Map<string, number[]> {
  const out = new Map<string, Set<number>>();
  const add = (name: string, arity: number) => {
    if (name === "module_info" || name === "__info__" || name.startsWith("-")) return;
    if (!out.has(name)) out.set(name, new Set());
    out.get(name)!.add(arity);
  };
  const v = node.code.current(atom(mod));
  for (const f of v?.functions ?? []) {
    if (!f.exported || f.lambda) continue;
    if (f.name.startsWith("MACRO-")) add(f.name.slice(6), f.arity - 1);
    else add(f.name, f.arity);
  }
  for (const b of bifsOfModule(mod)) add(b.name, b.arity);
  const docs = docEntries(node, mod);
  if (docs) {
    const hidden = (name: string, arity: number): boolean => {
      const e = docs.find((d) => d.name === name && d.arity === arity);
      if (e) return e.doc === false;
      // an arity a hidden definition's defaults give
      const owner = docs.find((d) => d.name === name && d.doc === false && d.arity > arity && d.arity - defaultsOf(d) <= arity);
      return owner !== undefined || name.startsWith("_");
    };
    for (const [name, arities] of out) {
      for (const a of arities) if (hidden(name, a)) arities.delete(a);
      if (arities.size === 0) out.delete(name);
    }
  }
  return new Map([...out].map(([n, a]) => [n, [...a].sort((x, y) => x - y)]));
}

function defaultsOf(e: DocEntry): number {
  if (!isMap(e.meta)) return 0;
  for (const [k, v] of e.meta.entries()) if (k === atom("defaults") && typeof v === "number") return v;
  return 0;
}

/** exported function names of a module, sorted */
export function functionsOf(node: Node, mod: string): string[] {
  return [...functionArities(node, mod).keys()].sort();
}

/** one completion candidate: a function (with its arities), a module (gets a dot) or a variable */
interface Item {
  name: string;
  arities?: number[];
  module?: boolean;
}

export interface Expansion {
  /** text to insert at the cursor ("" for none) */
  insert: string;
  /** what to list when nothing is inserted: "name/arity" for functions, names otherwise */
  entries: string[];
}

function commonPrefix(xs: string[]): string {
  let p = xs[0] ?? "";
  for (const x of xs) while (!x.startsWith(p)) p = p.slice(0, -1);
  return p;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** the items the fragment before the cursor can complete to, and the part of it they extend */
function itemsFor(node: Node, state: EvalState, frag: string): { typed: string; items: Item[] } {
  const mods = loadedModules(node);
  const dot = frag.lastIndexOf(".");
  const merge = (into: Map<string, Item>, item: Item) => {
    const prev = into.get(item.name);
    if (prev?.arities && item.arities) prev.arities = [...new Set([...prev.arities, ...item.arities])].sort((a, b) => a - b);
    else if (!prev) into.set(item.name, item);
  };
  if (dot > 0) {
    const base = frag.slice(0, dot);
    const rest = frag.slice(dot + 1);
    let modName: string | null = null;
    if (/^[A-Z][\w.]*$/.test(base)) modName = "Elixir." + base;
    else if (/^:[a-z_][\w@]*$/.test(base)) modName = base.slice(1);
    if (!modName) return { typed: rest, items: [] };
    const found = new Map<string, Item>();
    if (rest === "" || /^[a-z_]/.test(rest)) {
      for (const [name, arities] of functionArities(node, modName)) if (name.startsWith(rest)) merge(found, { name, arities });
    }
    if (modName.startsWith("Elixir.") && (rest === "" || /^[A-Z]/.test(rest))) {
      const prefix = modName + "." + rest;
      for (const m of mods) if (m.startsWith(prefix)) merge(found, { name: m.slice(modName.length + 1).split(".")[0], module: true });
    }
    return { typed: rest, items: [...found.values()] };
  }
  if (/^[A-Z]/.test(frag)) {
    const found = new Map<string, Item>();
    for (const m of mods) if (m.startsWith("Elixir." + frag)) merge(found, { name: m.slice(7).split(".")[0], module: true });
    return { typed: frag, items: [...found.values()] };
  }
  if (frag.startsWith(":")) {
    const found = new Map<string, Item>();
    for (const m of mods) if (!m.startsWith("Elixir.") && (":" + m).startsWith(frag)) merge(found, { name: ":" + m, module: true });
    return { typed: frag, items: [...found.values()] };
  }
  if (frag === "") return { typed: "", items: [] };
  const found = new Map<string, Item>();
  for (const v of state.bindings.keys()) if (v.startsWith(frag)) merge(found, { name: v });
  for (const [name, arities] of functionArities(node, "Elixir.Kernel")) if (name.startsWith(frag)) merge(found, { name, arities });
  for (const [name, arities] of Object.entries(HELPERS)) if (name.startsWith(frag)) merge(found, { name, arities });
  return { typed: frag, items: [...found.values()] };
}

/** what Tab does with the text before the cursor */
export function expand(node: Node, state: EvalState, before: string): Expansion {
  const frag = /[A-Za-z0-9_.:!?@]*$/.exec(before)![0];
  let typed: string, items: Item[];
  try {
    ({ typed, items } = itemsFor(node, state, frag));
  } catch {
    return { insert: "", entries: [] };
  }
  if (items.length === 0) return { insert: "", entries: [] };
  if (items.length === 1) {
    const [it] = items;
    if (it.module) return { insert: it.name.slice(typed.length) + ".", entries: [] };
    if (it.name.length > typed.length) return { insert: it.name.slice(typed.length), entries: [] };
  } else {
    const prefix = commonPrefix(items.map((i) => i.name));
    if (prefix.length > typed.length) return { insert: prefix.slice(typed.length), entries: [] };
  }
  // sorted as iex sorts them: by name as "name/" (fetch!/2 before fetch/2, '!' before '/'), then
  // by arity (split/2 before split/10)
  const sorted = [...items].sort((a, b) => byName(a.name + "/", b.name + "/"));
  const entries = sorted.flatMap((i) => (i.arities ? i.arities.map((a) => `${i.name}/${a}`) : [i.name]));
  return { insert: "", entries };
}

/** iex's list of matches: columns as wide as the longest entry plus 4, lines of at most 79 */
export function formatEntries(entries: string[]): string {
  const width = Math.max(...entries.map((e) => e.length)) + 4;
  let out = "";
  let len = 0;
  for (const e of entries) {
    if (len + width > 79 && len > 0) {
      out += "\n";
      len = 0;
    }
    out += e.padEnd(width);
    len += width;
  }
  return out + "\n";
}

/** the plain candidates (full names) for a fragment, e.g. for tests and non-terminal use */
export function candidates(node: Node, state: EvalState, frag: string): string[] {
  const { items } = itemsFor(node, state, frag);
  const dot = frag.lastIndexOf(".");
  const base = dot > 0 ? frag.slice(0, dot + 1) : "";
  return [...new Set(items.map((i) => base + i.name))].sort(byName);
}
