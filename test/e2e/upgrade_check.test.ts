// `bin/APP upgrade check` and `bin/APP observe` on a real release (issue 13, parts 1 and 4): the
// tutorial's @vsn 1 -> 2 upgrade is judged safe (code_change/3 run on a copy of the live state in
// a shadow node), a code_change that raises and a process that a purge would kill make it
// unsafe, nothing on the node changes, and observe shows the processes left on old code.
import { describe, it, expect } from "vitest";
import { readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, Background, ROOT } from "./helpers.ts";

const EX = join(ROOT, "examples", "anemone");
const TICKER = (ms: number) => `defmodule Anemone.Ticker do
  # a plain process looping by local recursion: it stays on the version it started in
  def start, do: spawn(fn -> loop() end)
  # a supervised one (a plain spawn_link: no $ancestors, found by its link to the supervisor)
  def start_link(name) do
    pid = spawn_link(fn -> loop() end)
    Process.register(pid, name)
    {:ok, pid}
  end
  def adder(n), do: fn x -> x + n end
  defp loop do
    receive do
      :stop -> :ok
    after
      ${ms} -> loop()
    end
  end
end
`;

describe("upgrade check and observe on a running release", () => {
  it("judges the tutorial's upgrade safe, flags a raising code_change and a doomed process, changes nothing", async () => {
    const tmp = tempDir("upgrade-check");
    const dir = join(tmp, "anemone");
    const bin = join(dir, "_build", "prod", "rel", "anemone", "bin", "anemone");
    const counter = join(dir, "lib", "anemone", "counter.ex");
    const prod = { MIX_ENV: "prod" };
    let node: Background | null = null;
    const release = async () => expect((await beamlet(["release", "--overwrite"], { cwd: dir, env: prod })).code).toBe(0);
    const rpc = async (code: string) => (await run(bin, ["rpc", code], { cwd: dir })).stdout;
    try {
      expect((await beamlet(["new", "anemone", "--sup"], { cwd: tmp })).code).toBe(0);
      copyFileSync(join(EX, "lib", "anemone", "application.ex"), join(dir, "lib", "anemone", "application.ex"));
      copyFileSync(join(EX, "versions", "counter_v3_vsn1.ex"), counter);
      writeFileSync(join(dir, "lib", "anemone", "ticker.ex"), TICKER(100));
      await release();
      node = new Background(bin, ["start"], dir);
      await node.waitFor(/^count\[1\]: 1\n/m);
      expect(await rpc("Process.register(Anemone.Ticker.start(), :ticker) |> IO.inspect()")).toBe("true\n");

      // nothing changed yet
      const same = await run(bin, ["upgrade", "check"], { cwd: dir });
      expect(same.code, same.stdout + same.stderr).toBe(0);
      expect(same.stdout).toContain("changed: none\n");
      expect(same.stdout).toContain("not loaded on the node (new, or not used yet): Anemone\n");
      expect(same.stdout).toContain("verdict: safe\n");

      // the tutorial's version 2: code_change(1, count, _) adds 1000, run on a copy of the state
      copyFileSync(join(EX, "versions", "counter_v4_vsn2_code_change.ex"), counter);
      await release();
      const ok = await run(bin, ["upgrade", "check"], { cwd: dir });
      expect(ok.code, ok.stdout + ok.stderr).toBe(0);
      expect(ok.stdout).toMatch(/^upgrade check: anemone 0\.1\.0, the loaded code against lib\/anemone-0\.1\.0\/ebin\n/);
      expect(ok.stdout).toMatch(/^  Counter  vsn \[1\] -> \[2\]  md5 [0-9a-f]{8} -> [0-9a-f]{8}\n/m);
      expect(ok.stdout).toContain("  server :counter #PID<");
      expect(ok.stdout).toContain("(supervisor Anemone.Supervisor)");
      const m = /code_change\(1, (\d+), nil\) -> \{:ok, (\d+)\}/.exec(ok.stdout);
      expect(m, ok.stdout).not.toBeNull();
      expect(Number(m![2])).toBe(Number(m![1]) + 1000);
      expect(ok.stdout).toMatch(/verdict: safe\n$/);
      // the node still runs version 1, with no old code
      expect(await rpc("IO.inspect({Counter.module_info(:attributes)[:vsn], :erlang.check_old_code(Counter)})")).toBe("{[1], false}\n");
      expect(node.out).not.toContain("count[2]");

      // a code_change that raises
      writeFileSync(counter, readFileSync(join(EX, "versions", "counter_v4_vsn2_code_change.ex"), "utf8").replace("{:ok, count + 1000}", 'raise "migration bug #{count}"'));
      await release();
      const bad = await run(bin, ["upgrade", "check"], { cwd: dir });
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/code_change\(1, \d+, nil\) raised in a shadow node:\n +\*\* \(RuntimeError\) migration bug \d+\n/);
      expect(bad.stdout).toMatch(/verdict: unsafe\n  - :counter #PID<[\d.]+>: code_change/);

      // a process running the changed module's code by local recursion: the next purge kills it
      copyFileSync(join(EX, "versions", "counter_v4_vsn2_code_change.ex"), counter);
      writeFileSync(join(dir, "lib", "anemone", "ticker.ex"), TICKER(200));
      await release();
      const doomed = await run(bin, ["upgrade", "check"], { cwd: dir });
      expect(doomed.code).toBe(1);
      expect(doomed.stdout).toContain("Anemone.Ticker:\n  process :ticker #PID<");
      expect(doomed.stdout).toContain("runs Anemone.Ticker's code (local calls stay on the old version after the load): the next purge kills it");
      expect(await rpc("IO.inspect(Process.alive?(Process.whereis(:ticker)))")).toBe("true\n");

      // observe during an upgrade: after loading the new Ticker, the ticker runs old code
      const before = JSON.parse((await run(bin, ["observe", "--once", "--json"], { cwd: dir })).stdout);
      const tickerBefore = before.processes.find((p: any) => p.name === ":ticker");
      expect(tickerBefore).toMatchObject({ current: "Anemone.Ticker.loop/0", version: "current", onOld: [] });
      expect(before.processes.find((p: any) => p.name === ":counter")).toMatchObject({ initialCall: "Counter.init/1" });
      expect(await rpc("IO.inspect(:code.load_file(Anemone.Ticker))")).toBe("{:module, Anemone.Ticker}\n");
      const during = JSON.parse((await run(bin, ["observe", "--once", "--json"], { cwd: dir })).stdout);
      expect(during.processes.find((p: any) => p.name === ":ticker")).toMatchObject({ version: "old", onOld: ["Anemone.Ticker"] });
      expect(during.modules.find((x: any) => x.name === "Anemone.Ticker")).toMatchObject({ hasOld: true, processesOnOld: 1 });
      const table = await run(bin, ["observe", "--once", "--filter", "ticker"], { cwd: dir });
      expect(table.stdout).toMatch(/^anemone 0\.1\.0 · 1 processes · 1 modules · 1 on old code\n/);
      expect(table.stdout).toMatch(/#PID<[\d.]+> +:ticker +Anemone\.Ticker\.loop\/0 +old /);
      // a check names the old code left on the node
      const now = await run(bin, ["upgrade", "check"], { cwd: dir });
      expect(now.stdout).toContain("old code on the node: Anemone.Ticker (1 process on it)\n");
      // and, with yet another Ticker, that loading it needs the purge that kills the ticker
      writeFileSync(join(dir, "lib", "anemone", "ticker.ex"), TICKER(300));
      await release();
      const third = await run(bin, ["upgrade", "check"], { cwd: dir });
      expect(third.code).toBe(1);
      expect(third.stdout).toContain("runs the old version of Anemone.Ticker already: the purge before loading kills it; no supervisor restarts it");

      // supervised tickers on the current code: what their supervisor does when the purge kills
      // them; and a process holding a fun made by the current code
      const child = (id: string, restart: string) => `Supervisor.start_child(Anemone.Supervisor, %{id: :${id}, start: {Anemone.Ticker, :start_link, [:${id}]}, restart: :${restart}}) |> elem(0) |> IO.inspect()`;
      expect(await rpc(child("ticker_p", "permanent"))).toBe(":ok\n");
      expect(await rpc(child("ticker_t", "temporary"))).toBe(":ok\n");
      expect(await rpc("f = Anemone.Ticker.adder(2); pid = spawn(fn -> receive do {:run, x} -> f.(x) end end); Process.register(pid, :holder) |> IO.inspect()")).toBe("true\n");
      const sup = await run(bin, ["upgrade", "check"], { cwd: dir });
      expect(sup.code).toBe(1);
      expect(sup.stdout).toMatch(/  process :ticker_p #PID<[\d.]+> \(supervisor Anemone\.Supervisor\)\n    runs Anemone\.Ticker's code \(local calls stay on the old version after the load\): the next purge kills it; restart :permanent: its supervisor restarts it, on the new code, and counts the restart against its intensity\n/);
      expect(sup.stdout).toMatch(/  process :ticker_t #PID<[\d.]+> \(supervisor Anemone\.Supervisor\)\n    [^\n]*; restart :temporary: its supervisor does not restart it\n/);
      expect(sup.stdout).toMatch(/  process :holder #PID<[\d.]+> holds #Function<[^>]+ in Anemone\.Ticker\.adder\/1>\n    made by the current code: it keeps running that code until the next purge, then calling it raises BadFunctionError\n/);
      expect(sup.stdout).toMatch(/warnings:\n(?:  - [^\n]*\n)*  - :holder #PID<[\d.]+> holds a fun made by Anemone\.Ticker's current code/);

      expect((await run(bin, ["stop"], { cwd: dir })).code).toBe(0);
    } finally {
      node?.kill();
      cleanup(tmp);
    }
  }, 600000);
});
