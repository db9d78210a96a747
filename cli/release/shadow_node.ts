// A shadow node: a second node in the same OS process, holding the live node's library and
// application code, into which new versions are loaded and run on copies of live data. Nothing
// done here reaches the live node: its output is captured, its processes are its own.
import type { Node as NodeT } from "../../vm/node.ts";
import { Node } from "../../vm/node.ts";
import { loadLibrary } from "../../vm/boot.ts";
import type { CompiledModule, ModuleVersion } from "../../vm/module.ts";
import { atom, type Term } from "../../vm/terms.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { evalSource } from "../project/node_util.ts";
import { nodeHost } from "../host.ts";

export type EvalOutcome = { ok: true; value: Term } | { ok: false; error: string };

/** evaluate `source` with `bindings` on a running node, in a fresh evaluator process ended after */
export async function evalTerm(node: NodeT, source: string, bindings: Record<string, Term>): Promise<EvalOutcome> {
  const ev = node.newEvaluator(() => {});
  try {
    const r = await evalSource(node, ev, source, "upgrade_check", bindings);
    return r.ok ? r : { ok: false, error: r.formatted };
  } catch (e) {
    if (e instanceof CompileError) return { ok: false, error: e.format(source) };
    throw e;
  } finally {
    if (ev.status !== "exited") node.processExit(ev, atom("normal"), null);
  }
}

export class ShadowNode {
  readonly node: Node;
  private readonly loop: Promise<number>;
  output = "";

  constructor(live: NodeT) {
    // deterministic: a virtual clock, so a replayed callback's Process.sleep costs no real time
    this.node = new Node({ ...nodeHost(), write: (_fd, t) => { this.output += t; } }, { deterministic: { seed: 1 } });
    loadLibrary(this.node, [...live.code.preloaded].map((m) => live.code.current(m)?.compiled).filter((c): c is CompiledModule => !!c));
    for (const [m, slots] of live.code.modules) {
      if (live.code.preloaded.has(m) || !slots.current) continue;
      this.node.code.loadCompiled(slots.current.compiled, slots.current.loadedFrom);
    }
    this.loop = this.node.runLoop();
  }

  /** load a new version as the live node would (the old one kept as old) */
  load(compiled: CompiledModule, file: string, bytes: Uint8Array): ModuleVersion {
    const m = atom(compiled.name);
    this.node.code.purge(m);
    const r = this.node.code.loadBinary(m, file, bytes);
    if (typeof r === "string") throw new Error(`the shadow node refused ${compiled.name}: ${r}`);
    return r;
  }

  eval(source: string, bindings: Record<string, Term>): Promise<EvalOutcome> {
    return evalTerm(this.node, source, bindings);
  }

  stop(): Promise<number> {
    this.node.halt(0);
    return this.loop;
  }
}
