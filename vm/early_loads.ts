// A module a file's later code needs while the file still compiles (its macros, expanded further
// down; a nested module its outer module's body calls) is loaded at compile time, as Elixir loads
// each module as soon as its defmodule is compiled. When the file's modules are installed after,
// that version is the one installed (not loaded a second time, which would make it its own old
// version), and the redefinition warning names the version it replaced when it was loaded early.
import type { CodeServer } from "./code_server.ts";
import type { CompiledModule, ModuleVersion } from "./module.ts";
import { atom } from "./terms.ts";
import { relativeToDir } from "./relative_path.ts";

interface Replaced {
  loadedFrom: string | null;
  preloaded: boolean;
}

const replacedEarly = new WeakMap<CompiledModule, Replaced>();

/** load compiled now, at compile time, remembering the version it replaces (once: a module both
 *  nested and defining macros is asked for twice) */
export function loadEarly(code: CodeServer, compiled: CompiledModule): ModuleVersion {
  const m = atom(compiled.name);
  const before = code.current(m);
  if (before !== undefined && before.compiled === compiled) return before;
  if (before) replacedEarly.set(compiled, { loadedFrom: before.loadedFrom, preloaded: code.preloaded.has(m) });
  return code.loadCompiled(compiled);
}

/** was compiled loaded early, and is it still the current version? */
export function loadedEarly(code: CodeServer, compiled: CompiledModule): ModuleVersion | undefined {
  const cur = code.current(atom(compiled.name));
  return cur !== undefined && cur.compiled === compiled ? cur : undefined;
}

/** install a file's compiled module: the version loaded early if it is still current */
export function installCompiled(code: CodeServer, compiled: CompiledModule, from: string | null = null, onLoad = false): ModuleVersion {
  const early = loadedEarly(code, compiled);
  if (early === undefined) return code.loadCompiled(compiled, from, onLoad);
  if (from !== null) early.loadedFrom = from;
  return early;
}

/** the version installing compiled replaces (for the redefinition warning): the current one, or
 *  the one current when compiled was loaded early */
export function versionReplaced(code: CodeServer, compiled: CompiledModule): Replaced | null {
  const m = atom(compiled.name);
  const cur = code.current(m);
  if (cur === undefined) return null;
  if (cur.compiled === compiled) return replacedEarly.get(compiled) ?? null;
  return { loadedFrom: cur.loadedFrom, preloaded: code.preloaded.has(m) };
}

/** what the redefinition warning says of the version replaced, as Elixir's elixir_errors: the
 *  object file it was loaded from, relative to the current directory (elixir_utils:relative_to_cwd),
 *  else "defined in memory" */
export function replacedVersionText(loadedFrom: string | null, cwd: string | undefined): string {
  if (!loadedFrom) return "current version defined in memory";
  return `current version loaded from ${cwd === undefined ? loadedFrom : relativeToDir(loadedFrom, cwd)}`;
}
