// Which module a bare call's function comes from, as Elixir's import rules have it: importing a
// module again replaces what it imported before (from there to the end of the scope: the tables
// are a scope's, compiler/context.ts), and two modules (Kernel counting as imported from the
// start) that both import name/arity leave the name imported from both, so calling it is a
// CompileError ("function f/1 imported from both B and A, call is ambiguous") where it is called,
// not where it is imported.
import { KERNEL_FUNCTIONS, KERNEL_MACROS } from "./kernel_imports.ts";

export interface ImportTables {
  /** "name/arity" -> the newest module importing it */
  imports: Map<string, string>;
  /** "name/arity" -> the older modules importing it too, newest first */
  importedAlso: Map<string, string[]>;
  /** whether an explicit `import Kernel` replaced Kernel's default imports */
  kernelImported: boolean;
}

/** is name/arity one of the functions and macros Kernel's default import brings in? */
export function kernelDefault(key: string): boolean {
  const i = key.lastIndexOf("/");
  const name = key.slice(0, i), arity = Number(key.slice(i + 1));
  return (KERNEL_FUNCTIONS[name]?.includes(arity) ?? false) || (KERNEL_MACROS[name]?.includes(arity) ?? false);
}

/** the functions and macros Kernel's default import brings in, as "name/arity" */
export function kernelDefaults(): string[] {
  return [KERNEL_FUNCTIONS, KERNEL_MACROS].flatMap((t) => Object.entries(t).flatMap(([name, arities]) => arities.map((n) => `${name}/${n}`)));
}

/** `import module` bringing in the functions `names` ("name/arity") */
export function recordImport(t: ImportTables, module: string, names: string[]): void {
  if (module === "Elixir.Kernel") t.kernelImported = true;
  forget(t, module);
  // (a name listed twice, as a function and a built-in of the module, is imported once)
  for (const key of new Set(names)) {
    const before = t.imports.get(key);
    const older = [...(before === undefined ? [] : [before]), ...(t.importedAlso.get(key) ?? [])];
    if (!t.kernelImported && module !== "Elixir.Kernel" && kernelDefault(key) && !older.includes("Elixir.Kernel")) older.push("Elixir.Kernel");
    // (moved to the end: the table's order is the order of the imports, newest last)
    t.imports.delete(key);
    t.imports.set(key, module);
    if (older.length > 0) t.importedAlso.set(key, older);
  }
}

/** drop what `module` imported before (a new `import module` replaces it) */
function forget(t: ImportTables, module: string): void {
  for (const [key, others] of t.importedAlso) {
    const rest = others.filter((m) => m !== module);
    if (rest.length === 0) t.importedAlso.delete(key);
    else t.importedAlso.set(key, rest);
  }
  for (const [key, m] of t.imports) {
    if (m !== module) continue;
    const others = t.importedAlso.get(key);
    if (others === undefined) {
      t.imports.delete(key);
      continue;
    }
    t.imports.set(key, others[0]);
    if (others.length > 1) t.importedAlso.set(key, others.slice(1));
    else t.importedAlso.delete(key);
  }
}

/** the CompileError message when `key` is imported from more than one module, else undefined */
export function ambiguousImport(t: ImportTables, key: string): string | undefined {
  const newest = t.imports.get(key);
  const older = t.importedAlso.get(key);
  if (newest === undefined || older === undefined || older[0] === newest) return undefined;
  return `function ${key} imported from both ${inspectModuleName(newest)} and ${inspectModuleName(older[0])}, call is ambiguous`;
}

/** the trace of that CompileError: Elixir's dispatch frames, and in a definition's body the module
 *  body's frame at the call (a function's code is expanded as the module body's) */
export function ambiguousImportTrace(file: string, line: number, inDefinition: boolean): [string, string, number, string, number][] {
  return [
    ["elixir_dispatch", "expand_import", 7, "src/elixir_dispatch.erl", 149],
    ["elixir_dispatch", "dispatch_import", 6, "src/elixir_dispatch.erl", 119],
    ...(inDefinition ? [["elixir_compiler_0", "__MODULE__", 1, file, line] as [string, string, number, string, number]] : []),
  ];
}

/** a module as Elixir names it in messages: B for Elixir.B, :lists for an Erlang module */
export function inspectModuleName(m: string): string {
  return m.startsWith("Elixir.") ? m.slice(7) : ":" + m;
}

/** a module body starts from the imports in force around it */
export function copyImports(from: ImportTables, to: ImportTables): void {
  for (const [k, v] of from.imports) to.imports.set(k, v);
  for (const [k, v] of from.importedAlso) to.importedAlso.set(k, [...v]);
  to.kernelImported = from.kernelImported;
}
