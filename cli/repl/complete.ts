// Tab completion for the REPL: modules (loaded module names), `Mod.fun` (the module's exports and
// its BIFs), erlang modules (`:lists`), and variables, Kernel functions and helpers.
import type { Node } from "../../vm/node.ts";
import { atom } from "../../vm/terms.ts";
import { bifsOfModule } from "../../vm/bifs/registry.ts";
import type { EvalState } from "./eval.ts";

const HELPER_NAMES = ["c", "exports", "flush", "h", "i", "l", "pid", "r", "respawn", "v"];

function loadedModules(node: Node): string[] {
  const out: string[] = [];
  for (const [m, slots] of node.code.modules) if (slots.current) out.push(m.name);
  return out;
}

/** exported function names of a module (by its atom name, e.g. "Elixir.Enum" or "lists") */
export function functionsOf(node: Node, mod: string): string[] {
  const names = new Set<string>();
  const v = node.code.current(atom(mod));
  for (const f of v?.functions ?? []) if (f.exported && !f.lambda) names.add(f.name);
  for (const b of bifsOfModule(mod)) names.add(b.name);
  return [...names].filter((n) => !n.startsWith("__") && n !== "module_info" && !n.startsWith("-")).sort();
}

function uniqSorted(xs: string[]): string[] {
  return [...new Set(xs)].sort();
}

/** the candidates for the text before the cursor, in readline's completer format */
export function completer(node: Node, state: EvalState, line: string): [string[], string] {
  const frag = /[A-Za-z0-9_.:!?@]*$/.exec(line)![0];
  try {
    return [candidates(node, state, frag), frag];
  } catch {
    return [[], frag];
  }
}

export function candidates(node: Node, state: EvalState, frag: string): string[] {
  const mods = loadedModules(node);
  const dot = frag.lastIndexOf(".");
  if (dot > 0) {
    const base = frag.slice(0, dot);
    const rest = frag.slice(dot + 1);
    let modName: string | null = null;
    if (/^[A-Z][\w.]*$/.test(base)) modName = "Elixir." + base;
    else if (/^:[a-z_][\w@]*$/.test(base)) modName = base.slice(1);
    if (!modName) return [];
    const out: string[] = [];
    if (rest === "" || /^[a-z_]/.test(rest)) {
      for (const f of functionsOf(node, modName)) if (f.startsWith(rest)) out.push(`${base}.${f}`);
    }
    if (modName.startsWith("Elixir.") && (rest === "" || /^[A-Z]/.test(rest))) {
      const prefix = modName + "." + rest;
      for (const m of mods) if (m.startsWith(prefix)) out.push(`${base}.${m.slice(modName.length + 1).split(".")[0]}`);
    }
    return uniqSorted(out);
  }
  if (/^[A-Z]/.test(frag)) {
    return uniqSorted(mods.filter((m) => m.startsWith("Elixir." + frag)).map((m) => m.slice(7).split(".")[0]));
  }
  if (frag.startsWith(":")) {
    return uniqSorted(mods.filter((m) => !m.startsWith("Elixir.") && (":" + m).startsWith(frag)).map((m) => ":" + m));
  }
  if (frag === "") return [];
  const vars = [...state.bindings.keys()];
  const kernel = functionsOf(node, "Elixir.Kernel").concat(HELPER_NAMES);
  return uniqSorted([...vars, ...kernel].filter((n) => n.startsWith(frag)));
}
