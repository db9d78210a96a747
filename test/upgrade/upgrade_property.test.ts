// Property-based upgrade tests (issue 13, part 3) on examples/upgrade_testing: the planted bug in
// counter_v2_buggy.ex (code_change/3 forgets the buffered additions of a paused counter) is found
// within the default run count and shrunk to a handful of operations; a seed replays the same
// report byte for byte; the fixed version passes; a crash and a missing reply are reported as such.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { UpgradeBench, UpgradeInputError, checkUpgrade } from "../../testing/index.ts";

const EX = path.join(__dirname, "..", "..", "examples", "upgrade_testing");
const at = (f: string) => path.join(EX, f);
let tmp = "";

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-upgrade-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("beamlet upgrade test", () => {
  it("finds the planted code_change bug, shrinks it, and replays it from the seed", async () => {
    const bench = await UpgradeBench.prepare({ spec: at("counter_spec.exs"), old: at("counter_v1.ex"), new: at("counter_v2_buggy.ex") });
    expect([bench.clients, bench.operations, bench.module]).toEqual([3, 4, "Elixir.Counter"]);
    const seed = 20261201;
    const first = await checkUpgrade(bench, "counter", { seed });
    expect(first.ok, first.text).toBe(false);
    expect(first.counterexample!.ops.length).toBeLessThanOrEqual(3);
    expect(first.counterexample!.ops.some((o) => o.op === 1)).toBe(true); // a :pause
    expect(first.text).toContain("cast :pause");
    expect(first.text).toContain("why: the invariant does not hold on the state after code_change: %{count: 1000, mode: :paused}");
    const again = await checkUpgrade(bench, "counter", { seed });
    expect(again.text).toBe(first.text);
  }, 300_000);

  it("passes the fixed version", async () => {
    const bench = await UpgradeBench.prepare({ spec: at("counter_spec.exs"), old: at("counter_v1.ex"), new: at("counter_v2_fixed.ex") });
    const r = await checkUpgrade(bench, "counter", { seed: 1, runs: 100 });
    expect(r.ok, r.text).toBe(true);
    expect(r.text).toContain("OK: 100 scenarios passed (seed 1)");
  }, 300_000);

  it("without an invariant, the crash after the upgrade is what fails", async () => {
    const spec = path.join(tmp, "crash_spec.exs");
    fs.writeFileSync(
      spec,
      `defmodule CrashSpec do
  def start, do: Counter.start_link(0)
  def operations, do: [cast: fn n -> {:add, n} end, cast: fn _ -> :pause end, call: fn _ -> :get end]
end
`,
    );
    const bench = await UpgradeBench.prepare({ spec, old: at("counter_v1.ex"), new: at("counter_v2_buggy.ex") });
    const r = await checkUpgrade(bench, "counter", { seed: 5 });
    expect(r.ok, r.text).toBe(false);
    expect(r.result!.failure).toMatch(/^the server crashed: /);
    expect(r.result!.failure).toContain("KeyError");
    expect(r.counterexample!.ops.length).toBeLessThanOrEqual(4);
  }, 300_000);

  it("a call left without a reply fails the run", async () => {
    const v2 = path.join(tmp, "silent_v2.ex");
    fs.writeFileSync(v2, fs.readFileSync(at("counter_v2_fixed.ex"), "utf8").replace("def handle_call(:get, _from, s), do: {:reply, s.count, s}", "def handle_call(:get, _from, s), do: {:noreply, s}"));
    const spec = path.join(tmp, "silent_spec.exs");
    fs.writeFileSync(
      spec,
      `defmodule SilentSpec do
  def start, do: Counter.start_link(0)
  def operations, do: [call: fn _ -> :get end]
  def call_timeout, do: 100
end
`,
    );
    const bench = await UpgradeBench.prepare({ spec, old: at("counter_v1.ex"), new: v2 });
    const r = await checkUpgrade(bench, "silent", { seed: 3, runs: 30 });
    expect(r.ok, r.text).toBe(false);
    expect(r.result!.failure).toMatch(/^call 1 got no reply: /);
    expect(r.counterexample!.ops.length).toBe(1);
    expect(r.counterexample!.upgradeAt).toBe(0);
  }, 300_000);

  it("bad inputs are clear errors", async () => {
    await expect(UpgradeBench.prepare({ spec: at("nope.exs"), old: at("counter_v1.ex"), new: at("counter_v2_fixed.ex") })).rejects.toThrow(UpgradeInputError);
    const broken = path.join(tmp, "broken.ex");
    fs.writeFileSync(broken, "defmodule Counter do\n  def f(, do: 1\nend\n");
    await expect(UpgradeBench.prepare({ spec: at("counter_spec.exs"), old: at("counter_v1.ex"), new: broken })).rejects.toThrow(/SyntaxError.*broken\.ex:3/);
    const nospec = path.join(tmp, "nospec.exs");
    fs.writeFileSync(nospec, "defmodule NoSpec do\n  def start, do: :ok\nend\n");
    await expect(UpgradeBench.prepare({ spec: nospec, old: at("counter_v1.ex"), new: at("counter_v2_fixed.ex") })).rejects.toThrow(/operations\/0/);
  }, 120_000);
});
