// One upgrade scenario on a fresh deterministic node: the old code and the spec loaded, the
// harness (testing/upgrade_harness.ex) driving clients and the upgrade, its trace collected.
// The same scenario and scheduler seed always give the same trace, byte for byte.
import * as fs from "node:fs";
import * as path from "node:path";
import { Node } from "../vm/node.ts";
import { loadLibrary, compilerHost } from "../vm/boot.ts";
import { compileModules } from "../compiler/compile.ts";
import { parse } from "../lang/parse.ts";
import { CompileError } from "../lang/compile_error.ts";
import { writeModule } from "../vm/bytecode_file.ts";
import { atom, tuple, list, binFromBytes, bin, TRUE, FALSE, type Term } from "../vm/terms.ts";
import type { CompiledModule } from "../vm/module.ts";
import { nodeHost, useSources, ROOT } from "../cli/host.ts";
import { loadLibraryCached } from "../cli/lib_cache.ts";

const HARNESS = path.join(ROOT, "testing", "upgrade_harness.ex");

/** what a property run varies: the operations (client, operation index, argument), where the upgrade goes, the scheduler's seed */
export interface Scenario {
  ops: { client: number; op: number; arg: number }[];
  upgradeAt: number;
  schedulerSeed: number;
}

export interface ScenarioResult {
  ok: boolean;
  /** why it failed (absent when ok) */
  failure?: string;
  /** the harness's lines: operations, upgrade steps and their results, replies */
  trace: string[];
  /** everything the node printed besides the trace (the server's own output, reports) */
  output: string;
}

export interface UpgradeSources {
  /** the spec: an .exs defining a module with start/0 and operations/0 (see testing/README.md) */
  spec: string;
  /** the module(s) before and after the upgrade: source files (.ex) */
  old: string;
  new: string;
}

/** a compile error in one of the inputs, printed as Elixir prints it */
export class UpgradeInputError extends Error {}

/** the library, the old and new code, the spec and the harness, compiled once for many runs */
export class UpgradeBench {
  readonly operations: number;
  readonly clients: number;
  readonly module: string;
  private constructor(
    private readonly lib: CompiledModule[],
    private readonly preload: CompiledModule[],
    private readonly specModule: string,
    private readonly newBinaries: Term,
    probe: { operations: number; clients: number; module: string },
  ) {
    this.operations = probe.operations;
    this.clients = probe.clients;
    this.module = probe.module;
  }

  static async prepare(sources: UpgradeSources): Promise<UpgradeBench> {
    const node = new Node(nodeHost());
    loadLibraryCached(node);
    const lib = [...node.code.preloaded].map((m) => node.code.current(m)!.compiled);
    const host = compilerHost(node, useSources());
    const compile = (file: string, load: boolean): CompiledModule[] => {
      let text: string;
      try {
        text = fs.readFileSync(file, "utf8");
      } catch {
        throw new UpgradeInputError(`** (File.Error) could not read file "${file}": no such file or directory`);
      }
      try {
        const mods = compileModules(parse(text, file), file, host);
        if (load) for (const m of mods) node.code.loadCompiled(m);
        return mods;
      } catch (e) {
        if (e instanceof CompileError) throw new UpgradeInputError(e.format(text));
        throw e;
      }
    };
    // the new code is compiled against the old one's exports, then the old one is what runs
    const newMods = compile(sources.new, false);
    const oldMods = compile(sources.old, true);
    const harness = compile(HARNESS, true);
    const specMods = compile(sources.spec, true);
    const spec = specMods.find((m) => m.functions.some((f) => f.exported && f.name === "operations" && f.arity === 0));
    if (!spec) throw new UpgradeInputError(`** (ArgumentError) ${sources.spec} defines no module with operations/0 (an upgrade spec needs start/0 and operations/0)`);
    if (newMods.length === 0) throw new UpgradeInputError(`** (ArgumentError) ${sources.new} defines no module`);
    const newBinaries = list(
      newMods.map((m) =>
        tuple(atom(m.name), bin(sources.new), binFromBytes(writeModule(m)), m.functions.some((f) => f.exported && f.name === "code_change" && f.arity === 3) ? TRUE : FALSE),
      ),
    );
    const preload = [...oldMods, ...harness, ...specMods];
    const bench = new UpgradeBench(lib, preload, spec.name, newBinaries, { operations: 0, clients: 0, module: newMods[0].name });
    const probe = await bench.execute("describe", [atom(spec.name)], 1);
    const m = /^ops (\d+) clients (\d+)$/.exec(probe.trace[0] ?? "");
    if (!m) throw new UpgradeInputError(`** the upgrade spec ${sources.spec} could not be read:\n${probe.output}`);
    return new UpgradeBench(lib, preload, spec.name, newBinaries, { operations: Number(m[1]), clients: Number(m[2]), module: newMods[0].name });
  }

  /** run one scenario on a fresh deterministic node */
  async run(s: Scenario): Promise<ScenarioResult> {
    const ops = list(s.ops.map((o) => tuple(o.client, o.op, o.arg)));
    const r = await this.execute("run", [atom(this.specModule), atom(this.module), this.newBinaries, ops, s.upgradeAt], s.schedulerSeed);
    const last = r.trace[r.trace.length - 1] ?? "";
    if (last === "RESULT ok") return { ok: true, trace: r.trace.slice(0, -1), output: r.output };
    const failure = last.startsWith("RESULT fail: ") ? last.slice("RESULT fail: ".length) : `the harness ended without a verdict (exit status ${r.code})`;
    return { ok: false, failure, trace: last.startsWith("RESULT") ? r.trace.slice(0, -1) : r.trace, output: r.output };
  }

  private async execute(fn: string, args: Term[], seed: number): Promise<{ trace: string[]; output: string; code: number }> {
    let out = "";
    const host = { ...nodeHost(), write: (_fd: 1 | 2, t: string) => { out += t; } };
    const node = new Node(host, { deterministic: { seed } });
    loadLibrary(node, this.lib);
    for (const m of this.preload) node.code.loadCompiled(m);
    const [main] = node.spawn(null, atom("Elixir.Beamlet.UpgradeHarness"), args, atom(fn));
    node.main = main;
    const code = await node.runLoop();
    const trace: string[] = [];
    const output: string[] = [];
    // the trace is everything the harness printed; a line may share its start with the server's output
    for (const line of out.split("\n")) {
      const at = line.search(/@@[ |]/);
      if (at < 0) {
        if (line !== "") output.push(line);
        continue;
      }
      if (at > 0) output.push(line.slice(0, at));
      if (line[at + 2] === "|" && trace.length > 0) trace[trace.length - 1] += "\n" + line.slice(at + 4);
      else trace.push(line.slice(at + 3));
    }
    return { trace, output: output.join("\n"), code };
  }
}
