// Helpers shared by projects and releases: boot a node with the library, compile and evaluate
// Elixir source on it from the host side.
import { Node } from "../../vm/node.ts";
import type { Process } from "../../vm/process.ts";
import { compilerHost } from "../../vm/boot.ts";
import { compileScript, compileModules } from "../../compiler/compile.ts";
import { parse } from "../../lang/parse.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { Term, Tuple, Atom, atom } from "../../vm/terms.ts";
import { inspect } from "../../vm/inspect.ts";
import { nodeHost, useSources } from "../host.ts";
import { loadLibraryCached } from "../lib_cache.ts";
import { nodeOptionsFromEnv } from "../run_script.ts";

/** `use Mix.Project` in mix.exs: Mix.Project.__using__ only sets up the project stack */
const MIX_PROJECT_TEMPLATE = `defmodule Template do
  @doc false
  def __mix_project__, do: true
end
`;

export function projectUseSources(): Map<string, string> {
  return new Map([...useSources(), ["Mix.Project", MIX_PROJECT_TEMPLATE]]);
}

export function bootNode(opts: { timeScale?: number } = {}): Node {
  const node = new Node(nodeHost(), { ...nodeOptionsFromEnv(), ...opts });
  loadLibraryCached(node);
  return node;
}

export function hostFor(node: Node) {
  return compilerHost(node, projectUseSources());
}

/** compile a file of modules (.ex) and load them into the node */
export function loadModulesFromSource(node: Node, source: string, file: string): string[] {
  const mods = compileModules(parse(source, file), file, hostFor(node));
  for (const m of mods) node.code.loadCompiled(m);
  return mods.map((m) => m.name);
}

export type EvalResult =
  | { ok: true; value: Term }
  | { ok: false; kind: string; reason: Term; formatted: string; signalled: boolean };

/**
 * Evaluate Elixir source in an evaluator process (the node's runLoop must be running), with
 * `bindings` as variables the source can read. Throws CompileError for a syntax error.
 */
export async function evalSource(node: Node, evaluator: Process, source: string, file = "nofile", bindings: Record<string, Term> = {}): Promise<EvalResult> {
  const names = Object.keys(bindings);
  const compiled = compileScript(parse(source, file), file, hostFor(node), names, { moduleName: node.nextEvalModule(), evaluated: true });
  const r = (await node.evalCompiled(evaluator, compiled, names.map((n) => bindings[n]))) as Tuple;
  const tag = (r.items[0] as Atom).name;
  if (tag === "ok") return { ok: true, value: r.items[1] };
  const fmt = r.items[3];
  return {
    ok: false,
    kind: (r.items[1] as Atom).name,
    reason: r.items[2],
    formatted: fmt instanceof Atom ? `** (exit) ${exitReasonText(r.items[2])}\n` : termText(fmt),
    // ended by an exit signal (its own Process.exit/2, a linked process, a kill), not by code that raised
    signalled: fmt instanceof Atom,
  };
}

/** an evaluator's exit reason as Exception.format_exit/1 words it (the evaluator was killed or
 *  exited by another process, so no Elixir code formatted it); it printed "[object Object]" */
export function exitReasonText(reason: Term): string {
  if (reason instanceof Atom && Object.hasOwn(EXIT_WORDS, reason.name)) return EXIT_WORDS[reason.name];
  if (reason instanceof Tuple && reason.items.length === 2 && reason.items[0] === atom("shutdown")) return "shutdown: " + inspect(reason.items[1]);
  return inspect(reason);
}

const EXIT_WORDS: Record<string, string> = {
  normal: "normal", shutdown: "shutdown", calling_self: "process attempted to call itself", timeout: "time out",
  killed: "killed", noconnection: "no connection to remote node",
  noproc: "no process: the process is not alive or there's no process currently associated with the given name, possibly because its application isn't started",
};

/** a binary term's text */
export function termText(t: Term): string {
  const b = t as any;
  if (b && b.bytes instanceof Uint8Array) return Buffer.from(b.bytes).toString("utf8");
  return String(t);
}

/** run `fn` with the node's scheduler running, then stop the scheduler */
export async function withRunningNode<T>(node: Node, fn: () => Promise<T>): Promise<T> {
  const loop = node.runLoop();
  try {
    return await fn();
  } finally {
    node.halt(0);
    await loop;
  }
}

export { CompileError, atom };
