// `beamlet upgrade test SPEC.exs OLD.ex NEW.ex`: the property-based upgrade test (testing/) from
// the command line. Exit status 0 when every scenario passed, 1 with the minimal failing one.
import { UpgradeBench, UpgradeInputError } from "../testing/upgrade_scenario.ts";
import { checkUpgrade } from "../testing/upgrade_property.ts";
import type { UpgradeTestRequest } from "../vm/bifs/upgrade_test.ts";

export interface UpgradeTestOptions {
  runs?: string;
  seed?: string;
  maxOps?: string;
}

function count(flag: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UpgradeInputError(`** (beamlet) ${flag} expects an integer >= ${min}, got: ${v}`);
  return n;
}

/** one property run: its report, and on failure the command that replays it */
export async function runUpgradeTest(req: UpgradeTestRequest): Promise<{ ok: boolean; text: string; inputError?: boolean }> {
  const { spec, old: oldFile, new: newFile, runs, seed, maxOps } = req;
  try {
    const bench = await UpgradeBench.prepare({ spec, old: oldFile, new: newFile });
    const report = await checkUpgrade(bench, `upgrade test of ${bench.module.replace(/^Elixir\./, "")} (${oldFile} -> ${newFile})`, { runs, seed, maxOps });
    const replay = report.ok ? "" : `replay: beamlet upgrade test ${spec} ${oldFile} ${newFile} --seed ${report.seed}${runs !== undefined ? ` --runs ${runs}` : ""}${maxOps !== undefined ? ` --max-ops ${maxOps}` : ""}\n`;
    return { ok: report.ok, text: report.text + replay };
  } catch (e) {
    if (e instanceof UpgradeInputError) return { ok: false, text: e.message + "\n", inputError: true };
    throw e;
  }
}

export async function upgradeTestCommand(spec: string, oldFile: string, newFile: string, opts: UpgradeTestOptions, write: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  let req: UpgradeTestRequest;
  try {
    req = { spec, old: oldFile, new: newFile, runs: count("--runs", opts.runs, 1), seed: count("--seed", opts.seed, 0), maxOps: count("--max-ops", opts.maxOps, 0) };
  } catch (e) {
    if (e instanceof UpgradeInputError) {
      process.stderr.write(e.message + "\n");
      return 1;
    }
    throw e;
  }
  const r = await runUpgradeTest(req);
  // an input error (a compile error, a missing file) goes to stderr, a failed property to stdout
  if (r.inputError) process.stderr.write(r.text);
  else write(r.text);
  return r.ok ? 0 : 1;
}
