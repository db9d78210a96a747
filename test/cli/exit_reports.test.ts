// A script whose process is ended by an exit signal: elixir prints `** (EXIT from PID) reason`
// (an exception raised in a linked process with its stack), a blank line, and exits with 1.
// Expected: real elixir's whole stderr and status (scripts/regen-exit-reports.mjs), pids and
// times masked on both sides (test/cli/exit_reports/mask.mjs).
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, ROOT } from "../e2e/helpers.ts";
// @ts-ignore -- plain ESM shared with scripts/regen-exit-reports.mjs
import { maskExitReport } from "./exit_reports/mask.mjs";

const DIR = join(ROOT, "test", "cli", "exit_reports");
const programs = readdirSync(DIR).filter((f) => f.endsWith(".exs")).sort();

describe.concurrent("the script's exit report", () => {
  for (const f of programs) {
    it(f, async () => {
      const r = await beamlet(["run", f], { cwd: DIR });
      expect(maskExitReport(r.stderr)).toBe(readFileSync(join(DIR, f.replace(/\.exs$/, ".err")), "utf8"));
      expect(r.code).toBe(Number(readFileSync(join(DIR, f.replace(/\.exs$/, ".exit")), "utf8")));
    }, 120000);
  }
});
