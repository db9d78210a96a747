// Whether Elixir's exports table (elixir_exports.ts) lists a module, read from the list of its
// modules' names: every defmodule a program runs asks whether the module is one of Elixir's, and
// parsing the whole table for that made 240 KB of objects that stay alive (in the young
// generation as the program's code started, so its first scavenge copied them: fib27's measured
// part) and took 0.45 ms.
import { elixirExportModules } from "./elixir_exports.ts";

let listed: ReadonlySet<string> | null = null;

/** m as the table names it: "Kernel", "IO.ANSI", "lists" */
export function hasElixirExports(m: string): boolean {
  return (listed ??= new Set(elixirExportModules())).has(m);
}
