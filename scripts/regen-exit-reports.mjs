#!/usr/bin/env node
// Regenerates test/cli/exit_reports/NAME.err: the whole stderr and the exit status of real
// `elixir NAME.exs` for scripts whose process is ended by an exit signal (elixir's
// `** (EXIT from PID) ...` report and the crash reports before it), with pids and Logger times
// masked as test/cli/exit_reports.test.ts masks beamlet's.
import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { maskExitReport } from "../test/cli/exit_reports/mask.mjs";

const DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "test", "cli", "exit_reports");
// `node scripts/regen-exit-reports.mjs NAME...`: only the scripts whose name contains one of them
const filters = process.argv.slice(2);
let n = 0;
for (const f of readdirSync(DIR).sort()) {
  if (!f.endsWith(".exs") || (filters.length && !filters.some((x) => f.includes(x)))) continue;
  const r = spawnSync("elixir", [f], { cwd: DIR, encoding: "utf8", timeout: 60000 });
  writeFileSync(join(DIR, f.replace(/\.exs$/, ".err")), maskExitReport(r.stderr));
  writeFileSync(join(DIR, f.replace(/\.exs$/, ".exit")), `${r.status}\n`);
  n++;
}
console.log(`${n} goldens written`);
