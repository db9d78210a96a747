// Elixir runs a file's code and each module body as a compiler module (:elixir_compiler_N) taken
// from a pool while it runs: a module a function defines at run time runs its body as the next
// free one, after the files running (vm/script_names.ts) and the module bodies being run.
import type { Process } from "./process.ts";
import type { Node } from "./node.ts";

/** the N of the :elixir_compiler_N the body of a module a function defines now in p runs as */
export function nextCompilerModule(node: Node, p: Process): number {
  let bodies = 0;
  // (the innermost definition is the one being compiled now: its body has not taken one yet)
  for (let place = p.definingBody; place; place = place.outer ?? null) bodies++;
  return node.scriptNames.freeBodyIndex() + Math.max(0, bodies - 1);
}
