// The tutorial (shared/seeds/000_3cce7a7b8f5ce36a.txt) replayed through the real command line:
// new, edit, compile, release, start, hot loading with purge/load_file, then the @vsn 1 -> 2
// upgrade with suspend / purge / load_file / change_code / resume. Timers run 10 times faster
// (BEAMLET_TIME_SCALE); the code and the printed lines are the tutorial's.
import { describe, it, expect } from "vitest";
import { existsSync, readFileSync, copyFileSync, statSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, Background, counts, sleep, ROOT } from "./helpers.ts";

const EX = join(ROOT, "examples", "anemone");

describe("the tutorial, with beamlet", () => {
  it("new, compile, release, start, hot swap by purge + load_file, then the vsn upgrade with code_change", async () => {
    const tmp = tempDir("tutorial");
    const dir = join(tmp, "anemone");
    const rel = join(dir, "_build", "prod", "rel", "anemone");
    const bin = join(rel, "bin", "anemone");
    const prod = { MIX_ENV: "prod" };
    let node: Background | null = null;
    // The node's output comes through a pipe, later than an rpc that caused it returns. A marker
    // the node logs on its own console (where Logger writes) arrives after everything printed
    // before it: wait for events, not for fixed sleeps, so a busy machine changes nothing.
    let syncs = 0;
    const syncOutput = async (what: string): Promise<number> => {
      const marker = `e2e-sync-${what}-${++syncs}`;
      const r = await run(bin, ["rpc", `require Logger; Logger.error("${marker}"); Logger.flush()`], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const m = await node!.waitFor(new RegExp(marker + "\\n"));
      return m.index! + m[0].length;
    };
    try {
      // mix new anemone --sup
      const n = await beamlet(["new", "anemone", "--sup"], { cwd: tmp });
      expect(n.code).toBe(0);
      for (const f of ["mix.exs", "lib/anemone.ex", "lib/anemone/application.ex", "test/anemone_test.exs", "test/test_helper.exs", ".formatter.exs", ".gitignore", "README.md"]) {
        expect(existsSync(join(dir, f)), f).toBe(true);
      }
      // the tutorial's edits: lib/anemone/counter.ex (new) and Counter in application.ex
      copyFileSync(join(EX, "lib", "anemone", "counter.ex"), join(dir, "lib", "anemone", "counter.ex"));
      const app = readFileSync(join(dir, "lib", "anemone", "application.ex"), "utf8");
      expect(readFileSync(join(EX, "lib", "anemone", "application.ex"), "utf8")).toBe(app.replace("# {Anemone.Worker, arg}\n", "# {Anemone.Worker, arg}\n      Counter\n"));
      copyFileSync(join(EX, "lib", "anemone", "application.ex"), join(dir, "lib", "anemone", "application.ex"));

      const c = await beamlet(["compile"], { cwd: dir });
      // what `mix compile` prints for the tutorial's Counter (no @vsn yet)
      expect(c.stderr).toBe("warning: undefined module attribute @vsn, please remove access to @vsn or explicitly set it before access\n  lib/anemone/counter.ex:17: Counter (module)\n\n");
      expect(c.stdout).toBe("Compiling 3 files (.ex)\nGenerated anemone app\n");
      expect(existsSync(join(dir, "_build", "dev", "lib", "anemone", "ebin", "Elixir.Counter.bbc"))).toBe(true);
      expect(existsSync(join(dir, "_build", "dev", "lib", "anemone", "ebin", "anemone.app"))).toBe(true);
      const again = await beamlet(["compile"], { cwd: dir });
      expect(again.stdout).toBe("");

      // MIX_ENV=prod mix release
      const r = await beamlet(["release"], { cwd: dir, env: prod });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Release created at _build/prod/rel/anemone");
      expect(statSync(join(rel, "releases", "COOKIE")).mode & 0o777).toBe(0o600);
      const refused = await beamlet(["release"], { cwd: dir, env: prod, input: "" });
      expect(refused.stdout).toContain("Release anemone-0.1.0 already exists. Overwrite? [Yn]");
      expect(refused.stdout).not.toContain("assembling");

      // _build/prod/rel/anemone/bin/anemone start
      node = new Background(bin, ["start"], dir);
      await node.waitFor(/^count\[\]: 0\n/m);
      await node.waitFor(/^count\[\]: 1\n/m);
      await node.waitFor(/^count\[\]: 3\n/m);
      expect(statSync(join(rel, "tmp", "anemone.sock")).mode & 0o777).toBe(0o600);
      const second = await run(bin, ["start"], { cwd: dir });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain("already running");
      const pid1 = await run(bin, ["rpc", "IO.inspect(Process.whereis(:counter))"], { cwd: dir });
      expect(pid1.stdout).toMatch(/^#PID<[\d.]+>\n$/);

      // count + 2, release --overwrite: the new bytecode is on disk, the node still counts by 1
      const ebin = join(rel, "lib", "anemone-0.1.0", "ebin");
      const before = statSync(join(ebin, "Elixir.Counter.bbc")).mtimeMs;
      await sleep(20);
      copyFileSync(join(EX, "versions", "counter_v2_plus2.ex"), join(dir, "lib", "anemone", "counter.ex"));
      const r2 = await beamlet(["release", "--overwrite"], { cwd: dir, env: prod });
      expect(r2.code).toBe(0);
      expect(statSync(join(ebin, "Elixir.Counter.bbc")).mtimeMs).toBeGreaterThan(before);
      expect(readdirSync(ebin).sort()).toEqual(["Elixir.Anemone.Application.bbc", "Elixir.Anemone.bbc", "Elixir.Counter.bbc", "anemone.app"]);

      // bin/anemone rpc: :code.purge(Counter) -> false, :code.load_file(Counter) -> {:module, Counter}
      const purge = await run(bin, ["rpc", "IO.inspect(:code.purge(Counter))"], { cwd: dir });
      expect(purge.stdout).toBe("false\n");
      const load = await run(bin, ["rpc", "IO.inspect(:code.load_file(Counter))"], { cwd: dir });
      expect(load.stdout).toBe("{:module, Counter}\n");
      const load2 = await run(bin, ["rpc", "IO.inspect(:code.load_file(Counter))"], { cwd: dir });
      expect(load2.stdout).toContain("{:error, :not_purged}\n");
      // the step becomes 2 without a restart. Counted from when the load is done, however long it
      // took on a busy machine (a tick in progress at the swap may still add 1: R11)
      const mark = await syncOutput("loaded");
      await node.waitFor(/(?:count\[\]: \d+\n(?:.*\n)*?){4}/, undefined, mark);
      const last = counts(node.out.slice(mark)).slice(1, 4);
      expect(last[1].n - last[0].n).toBe(2);
      expect(last[2].n - last[1].n).toBe(2);
      const all = counts(node.out);
      // before the swap every step was 1
      expect(all[1].n - all[0].n).toBe(1);
      const pid2 = await run(bin, ["rpc", "IO.inspect(Process.whereis(:counter))"], { cwd: dir });
      expect(pid2.stdout).toBe(pid1.stdout);

      // @vsn 1, + 1 again; release --overwrite; stop; start
      copyFileSync(join(EX, "versions", "counter_v3_vsn1.ex"), join(dir, "lib", "anemone", "counter.ex"));
      expect((await beamlet(["release", "--overwrite"], { cwd: dir, env: prod })).code).toBe(0);
      expect((await run(bin, ["stop"], { cwd: dir })).code).toBe(0);
      expect(await node.waitExit()).toBe(0);
      node = new Background(bin, ["start"], dir);
      await node.waitFor(/^count\[1\]: 2\n/m);

      // @vsn 2 with code_change/3; release --overwrite
      copyFileSync(join(EX, "versions", "counter_v4_vsn2_code_change.ex"), join(dir, "lib", "anemone", "counter.ex"));
      expect((await beamlet(["release", "--overwrite"], { cwd: dir, env: prod })).code).toBe(0);
      const sus = await run(bin, ["rpc", "IO.inspect(:sys.suspend(:counter))"], { cwd: dir });
      expect(sus.stdout).toBe(":ok\n");
      // what the counter printed before the suspend may still be on its way through the pipe
      const stopped = await syncOutput("suspended");
      const lastV1 = counts(node.out).slice(-1)[0];
      expect(lastV1.vsn).toBe("1");
      expect((await run(bin, ["rpc", "IO.inspect(:code.purge(Counter))"], { cwd: dir })).stdout).toBe("false\n");
      expect((await run(bin, ["rpc", "IO.inspect(:code.load_file(Counter))"], { cwd: dir })).stdout).toBe("{:module, Counter}\n");
      expect((await run(bin, ["rpc", "IO.inspect(:sys.change_code(:counter, Counter, 1, nil))"], { cwd: dir })).stdout).toBe(":ok\n");
      // output stopped while suspended (everything the node printed until now has arrived)
      const changed = await syncOutput("changed");
      expect(counts(node.out.slice(stopped, changed))).toEqual([]);
      expect((await run(bin, ["rpc", "IO.inspect(:sys.resume(:counter))"], { cwd: dir })).stdout).toBe(":ok\n");
      await node.waitFor(/count\[2\]: \d+\ncount\[2\]: \d+\n/, undefined, stopped);
      const v2 = counts(node.out.slice(stopped));
      expect(v2[0]).toEqual({ vsn: "2", n: lastV1.n + 1001 });
      expect(v2[1]).toEqual({ vsn: "2", n: lastV1.n + 1003 });

      expect((await run(bin, ["stop"], { cwd: dir })).code).toBe(0);
      expect(await node.waitExit()).toBe(0);
      const down = await run(bin, ["pid"], { cwd: dir });
      expect(down.code).toBe(1);
      expect(down.stderr).toContain("nodedown");
    } finally {
      node?.kill();
      cleanup(tmp);
    }
  }, 600000);
});
