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
    });
  }
});

// the pid is the script's own process (Kernel.CLI names the process it monitors), not the linked
// process whose signal ended it: unmasked, compared with what the script printed as self()
it("names the script's process, not the signal's sender", async () => {
  const src = "IO.puts(inspect(self())); p = spawn(fn -> receive do _ -> exit(:bye) end end); IO.puts(inspect(p)); Process.link(p); send(p, :go); Process.sleep(100)";
  const r = await beamlet(["run", "-e", src], { cwd: DIR });
  const [main, linked] = r.stdout.trim().split("\n");
  expect(main).not.toBe(linked);
  expect(r.stderr).toBe(`** (EXIT from ${main}) :bye\n\n`);
});
