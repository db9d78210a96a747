// `beamlet upgrade test SPEC.exs OLD.ex NEW.ex`: the property-based upgrade test (testing/) from
// the command line. Exit status 0 when every scenario passed, 1 with the minimal failing one.
import { UpgradeBench, UpgradeInputError } from "../testing/upgrade_scenario.ts";
import { checkUpgrade } from "../testing/upgrade_property.ts";

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

export async function upgradeTestCommand(spec: string, oldFile: string, newFile: string, opts: UpgradeTestOptions, write: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  try {
    const runs = count("--runs", opts.runs, 1);
    const seed = count("--seed", opts.seed, 0);
    const maxOps = count("--max-ops", opts.maxOps, 0);
    const bench = await UpgradeBench.prepare({ spec, old: oldFile, new: newFile });
    const report = await checkUpgrade(bench, `upgrade test of ${bench.module.replace(/^Elixir\./, "")} (${oldFile} -> ${newFile})`, { runs, seed, maxOps });
    write(report.text);
    if (!report.ok) write(`replay: beamlet upgrade test ${spec} ${oldFile} ${newFile} --seed ${report.seed}${runs !== undefined ? ` --runs ${runs}` : ""}${maxOps !== undefined ? ` --max-ops ${maxOps}` : ""}\n`);
    return report.ok ? 0 : 1;
  } catch (e) {
    if (e instanceof UpgradeInputError) {
      process.stderr.write(e.message + "\n");
      return 1;
    }
    throw e;
  }
}
