// Property-based upgrade tests from Elixir (issue 13, part 3): Beamlet.UpgradeCase's
// check/assert/refute functions run the same property as `beamlet upgrade test` (the request goes
// to the host, which runs testing/ on nodes of its own) and hand the report back to the caller.
import { describe, it, expect } from "vitest";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { beamlet, ROOT, tempDir, cleanup, copyExample } from "../e2e/helpers.ts";

const EX = join(ROOT, "examples", "upgrade_testing");

describe("Beamlet.UpgradeCase from Elixir", () => {
  it("passes the fixed version, finds the planted bug with the same report as the CLI, and raises ExUnit.AssertionError", async () => {
    const r = await beamlet(["run", "check_from_elixir.exs"], { cwd: EX });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("upgrade test of Counter (counter_v1.ex -> counter_v2_fixed.ex): 3 clients, 4 kinds of operation\nOK: 100 scenarios passed (seed 1)\n");
    const cli = await beamlet(["upgrade", "test", "counter_spec.exs", "counter_v1.ex", "counter_v2_buggy.ex", "--seed", "1"], { cwd: EX });
    expect(cli.code).toBe(1);
    // the same report, up to the replay line (the CLI's names its default options)
    expect(r.stdout).toContain(cli.stdout.slice(0, cli.stdout.indexOf("replay: ")));
    expect(r.stdout).toContain("why: the invariant does not hold on the state after code_change");
    expect(r.stdout).toContain("assert_upgrade_safe raised ExUnit.AssertionError: upgrade test of Counter (counter_v1.ex -> counter_v2_buggy.ex)");
  }, 300_000);

  it("a missing file is the error the CLI prints, as the report", async () => {
    const dir = tempDir("upgrade-case");
    const script = join(dir, "missing.exs");
    writeFileSync(script, '{tag, report} = Beamlet.UpgradeCase.check_upgrade("counter_spec.exs", "counter_v1.ex", "nope.ex")\nIO.write([inspect(tag), " ", report])\n');
    const r = await beamlet(["run", script], { cwd: EX });
    cleanup(dir);
    expect(r.stdout).toBe(':error ** (File.Error) could not read file "nope.ex": no such file or directory\n');
  }, 300_000);

  it("use Beamlet.UpgradeCase in an ExUnit suite: `beamlet test` passes the fixed version and reports the buggy one with its minimal scenario", async () => {
    const dir = tempDir("upgrade-case-exunit");
    try {
      copyExample("upgrade_testing", dir);
      // on the virtual clock, which stands still while a run is away on the host's nodes: the
      // tests' 60 s ExUnit timeout is then the program's time, not the loaded machine's
      const env = { BEAMLET_CLOCK: "virtual" };
      const ok = await beamlet(["test", "--seed", "0"], { cwd: dir, env });
      expect(ok.code, ok.stdout + ok.stderr).toBe(0);
      expect(ok.stdout).toContain("2 tests, 0 failures");
      writeFileSync(
        join(dir, "test", "buggy_upgrade_test.exs"),
        `defmodule BuggyUpgradeTest do
  use Beamlet.UpgradeCase

  test "the buggy v2 as if it were safe" do
    assert_upgrade_safe("counter_spec.exs", "counter_v1.ex", "counter_v2_buggy.ex", seed: 1)
  end
end
`,
      );
      const bad = await beamlet(["test", "test/buggy_upgrade_test.exs", "--seed", "0"], { cwd: dir, env });
      expect(bad.code).toBe(2);
      expect(bad.stdout).toContain("  1) test the buggy v2 as if it were safe (BuggyUpgradeTest)\n     test/buggy_upgrade_test.exs:4\n     upgrade test of Counter (counter_v1.ex -> counter_v2_buggy.ex)");
      expect(bad.stdout).toContain("\n       1. client 0 cast :pause\n");
      expect(bad.stdout).toContain("1 test, 1 failure");
    } finally {
      cleanup(dir);
    }
  }, 300_000);
});
