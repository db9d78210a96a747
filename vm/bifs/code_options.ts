// The Code module's per-node state (Code.compiler_options, required files): apart from the BIFs
// that compile (vm/bifs/elixir_code.ts), so that the node can ask for an option without the
// compiler (the browser build fetches the compiler on first use).
import { Term, TRUE, FALSE, NIL } from "../terms.ts";
import type { Node } from "../node.ts";

export interface CodeState {
  options: Map<string, Term>;
  required: Set<string>;
  exceptionsLoaded: boolean;
  /** the file names of the sources Code compiled (relative to the cwd, as their stack traces
   *  show them) -> their __ENV__.file and CompileError's file: the absolute path of a file Code
   *  read, the name compile_string was given as it was given */
  sourceEnvFiles: Map<string, string>;
}
const states = new WeakMap<Node, CodeState>();

function defaultOptions(): Map<string, Term> {
  return new Map<string, Term>([
    ["debug_info", TRUE], ["docs", TRUE], ["ignore_already_consolidated", FALSE], ["ignore_module_conflict", FALSE],
    ["no_warn_undefined", NIL], ["parser_options", NIL], ["relative_paths", TRUE], ["tracers", NIL], ["warnings_as_errors", FALSE],
  ]);
}

export function codeState(n: Node): CodeState {
  let s = states.get(n);
  if (!s) {
    s = { options: defaultOptions(), required: new Set(), exceptionsLoaded: false, sourceEnvFiles: new Map() };
    states.set(n, s);
  }
  return s;
}

/** Code.compiler_options(ignore_module_conflict: true): no "redefining module" warning */
export function moduleConflictIgnored(n: Node): boolean {
  return codeState(n).options.get("ignore_module_conflict") === TRUE;
}
