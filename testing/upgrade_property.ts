// The property of an upgrade: for every workload of client operations, every point at which the
// upgrade happens and every interleaving the seeded scheduler picks, the server survives, every
// call is answered and the spec's invariants hold. fast-check generates the scenarios and
// shrinks a failure to a minimal one; the same seed replays the same run, trace included.
import fc from "fast-check";
import type { Scenario, ScenarioResult, UpgradeBench } from "./upgrade_scenario.ts";

export interface PropertyOptions {
  /** scenarios to try (default 100) */
  runs?: number;
  /** fast-check's seed; the same seed replays the same runs and the same shrinking */
  seed?: number;
  /** at most this many operations per scenario (default 12) */
  maxOps?: number;
  /** arguments given to the operations' funs range over 0..maxArg (default 10) */
  maxArg?: number;
}

export interface PropertyReport {
  ok: boolean;
  runs: number;
  seed: number;
  /** the minimal failing scenario and what it did */
  counterexample?: Scenario;
  result?: ScenarioResult;
  shrinks?: number;
  /** the report as `beamlet upgrade test` prints it */
  text: string;
}

/** scenarios for a bench: operations by random clients, an upgrade point, a scheduler seed */
export function scenarioArbitrary(bench: UpgradeBench, opts: PropertyOptions = {}): fc.Arbitrary<Scenario> {
  const maxOps = opts.maxOps ?? 12;
  const op = fc.record({ client: fc.nat(bench.clients - 1), op: fc.nat(bench.operations - 1), arg: fc.nat(opts.maxArg ?? 10) });
  return fc
    .record({ ops: fc.array(op, { maxLength: maxOps }), upgradeAt: fc.nat(maxOps), schedulerSeed: fc.integer({ min: 1, max: 0x7fffffff }) })
    .map((s) => ({ ...s, upgradeAt: Math.min(s.upgradeAt, s.ops.length) }));
}

/** the property itself, for a fast-check suite: fc.assert(upgradeProperty(bench)) */
export function upgradeProperty(bench: UpgradeBench, opts: PropertyOptions = {}): fc.IAsyncPropertyWithHooks<[Scenario]> {
  return fc.asyncProperty(scenarioArbitrary(bench, opts), async (s) => {
    const r = await bench.run(s);
    if (!r.ok) throw new Error(r.failure);
  });
}

/** run the property, shrink a failure, and describe the outcome */
export async function checkUpgrade(bench: UpgradeBench, title: string, opts: PropertyOptions = {}): Promise<PropertyReport> {
  const runs = opts.runs ?? 100;
  const seed = opts.seed ?? (Date.now() ^ (Math.random() * 0x7fffffff)) >>> 0;
  const details = await fc.check(upgradeProperty(bench, opts), { numRuns: runs, seed });
  const head = `${title}: ${bench.clients} clients, ${bench.operations} kinds of operation`;
  if (!details.failed || !details.counterexample) {
    return { ok: true, runs: details.numRuns, seed, text: `${head}\nOK: ${details.numRuns} scenarios passed (seed ${seed})\n` };
  }
  const [scenario] = details.counterexample;
  const result = await bench.run(scenario);
  const n = scenario.ops.length;
  const lines = [
    head,
    `FAILED after ${details.numRuns} scenario${details.numRuns === 1 ? "" : "s"} (seed ${seed}, shrunk ${details.numShrinks} time${details.numShrinks === 1 ? "" : "s"})`,
    `minimal scenario: ${n} operation${n === 1 ? "" : "s"}, the upgrade after operation ${scenario.upgradeAt}, scheduler seed ${scenario.schedulerSeed}`,
    ...result.trace.map((l) => "  " + l),
    `why: ${result.failure ?? "it passed when run again (the scenario is not deterministic)"}`,
  ];
  if (result.output.trim() !== "") lines.push("output of the node:", ...result.output.split("\n").map((l) => "  " + l));
  return { ok: false, runs: details.numRuns, seed, counterexample: scenario, result, shrinks: details.numShrinks, text: lines.join("\n") + "\n" };
}
