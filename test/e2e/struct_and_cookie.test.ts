// The sequel (examples/anemone_struct: a struct state migrated by code_change/3), the cookie
// check of the node's socket, daemon / remote / eval, and compile errors.
import { describe, it, expect } from "vitest";
import { copyFileSync, readFileSync, writeFileSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, copyExample, Background, counts, sleep, waitUntil } from "./helpers.ts";

const prod = { MIX_ENV: "prod" };

describe.concurrent("releases", () => {
  it("migrates a struct state live (field renamed, field added) with code_change/3", async () => {
    const tmp = tempDir("struct");
    const dir = join(tmp, "anemone_struct");
    copyExample("anemone_struct", dir);
    const bin = join(dir, "_build", "prod", "rel", "anemone", "bin", "anemone");
    let node: Background | null = null;
    try {
      expect((await beamlet(["release"], { cwd: dir, env: prod })).code).toBe(0);
      node = new Background(bin, ["start"], dir);
      await node.waitFor(/^count\[1\]: 2\n/m);
      copyFileSync(join(dir, "versions", "counter_v2_struct_migration.ex"), join(dir, "lib", "anemone", "counter.ex"));
      expect((await beamlet(["release", "--overwrite"], { cwd: dir, env: prod })).code).toBe(0);
      const steps = [
        [":sys.suspend(:counter)", ":ok"],
        [":code.purge(Counter)", "false"],
        [":code.load_file(Counter)", "{:module, Counter}"],
        [":sys.change_code(:counter, Counter, 1, nil)", ":ok"],
      ];
      let mark = 0;
      let last = 0;
      for (const [expr, want] of steps) {
        const r = await run(bin, ["rpc", `IO.inspect(${expr})`], { cwd: dir });
        expect(r.stdout, expr).toBe(want + "\n");
        if (expr.startsWith(":sys.suspend")) {
          mark = node.out.length;
          last = counts(node.out).slice(-1)[0].n;
        }
      }
      const st = await run(bin, ["rpc", "IO.inspect(:sys.get_state(:counter))"], { cwd: dir });
      expect(st.stdout).toBe(`%Counter{value: ${last + 1}, step: 1, ticks: 0}\n`);
      expect(counts(node.out.slice(mark))).toEqual([]);
      expect((await run(bin, ["rpc", "IO.inspect(:sys.resume(:counter))"], { cwd: dir })).stdout).toBe(":ok\n");
      await node.waitFor(/count\[2\]: \d+ \(ticks: 1\)\n/, undefined, mark);
      expect(node.out.slice(mark)).toContain(`count[2]: ${last + 1} (ticks: 0)\ncount[2]: ${last + 2} (ticks: 1)\n`);
      expect((await run(bin, ["stop"], { cwd: dir })).code).toBe(0);
    } finally {
      node?.kill();
      cleanup(tmp);
    }
  });

  it("refuses a peer with a wrong cookie before evaluating anything; daemon, pid, remote, eval", async () => {
    const tmp = tempDir("cookie");
    const dir = join(tmp, "anemone");
    copyExample("anemone", dir);
    const rel = join(dir, "_build", "prod", "rel", "anemone");
    const bin = join(rel, "bin", "anemone");
    try {
      expect((await beamlet(["release"], { cwd: dir, env: prod })).code).toBe(0);
      // the node's .iex.exs, which a remote shell loads as iex --remsh does (not the client's)
      writeFileSync(join(dir, ".iex.exs"), "IO.puts(\"node's .iex.exs\")\ngreeting = :from_the_node\n");
      const d = await run(bin, ["daemon"], { cwd: dir });
      expect(d.code).toBe(0);
      const marker = join(tmp, "evaluated");
      const bad = await run(bin, ["rpc", `File.write!(${JSON.stringify(marker)}, "x")`], { cwd: dir, env: { RELEASE_COOKIE: "not-the-cookie" } });
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain("invalid cookie");
      expect(bad.stdout).toBe("");
      await sleep(300);
      expect(existsSync(marker)).toBe(false);
      const badRemote = await run(bin, ["remote"], { cwd: dir, env: { RELEASE_COOKIE: "nope" }, input: "IO.puts(:hacked)\n" });
      expect(badRemote.code).toBe(1);
      expect(badRemote.stdout).not.toContain("hacked");
      // the right cookie (releases/COOKIE) works
      const pid = await run(bin, ["pid"], { cwd: dir });
      expect(pid.stdout).toMatch(/^\d+\n$/);
      const cookie = readFileSync(join(rel, "releases", "COOKIE"), "utf8");
      const good = await run(bin, ["rpc", "IO.puts(1 + 1)"], { cwd: dir, env: { RELEASE_COOKIE: cookie } });
      expect(good.stdout).toBe("2\n");
      // remote: an iex-like shell on the node, bindings kept between lines
      const rem = await run(bin, ["remote"], { cwd: dir, input: "x = 20\nx + 1\nIO.puts(:hello)\nProcess.whereis(:counter) |> is_pid()\n" });
      expect(rem.stdout).toContain("20\n");
      expect(rem.stdout).toContain("21\n");
      expect(rem.stdout).toContain("hello\n:ok\n");
      expect(rem.stdout).toContain("true\n");
      const remElsewhere = await run(bin, ["remote"], { cwd: tmp, input: "greeting\n" });
      expect(remElsewhere.stdout).toContain("node's .iex.exs\n");
      expect(remElsewhere.stdout).toContain(":from_the_node\n");
      // eval: a fresh node with the release's code path (Counter is not running there)
      const ev = await run(bin, ["eval", "IO.inspect({Process.whereis(:counter), Counter.module_info(:module)})"], { cwd: dir });
      expect(ev.stdout).toBe("{nil, Counter}\n");
      // the daemon's output goes to tmp/log (written as the counter ticks: wait for it, not for time)
      const log = join(rel, "tmp", "log", "beamlet.log");
      await waitUntil(() => existsSync(log) && /count\[\]: 1\n/.test(readFileSync(log, "utf8")), "the daemon's log");
      expect(readFileSync(log, "utf8")).toMatch(/count\[\]: 0\ncount\[\]: 1\n/);
      expect(statSync(join(rel, "tmp")).mode & 0o777).toBe(0o700);
      expect((await run(bin, ["stop"], { cwd: dir })).code).toBe(0);
    } finally {
      await run(bin, ["stop"], { cwd: dir }).catch(() => {});
      cleanup(tmp);
    }
  });

  it("compile errors in Elixir's format with file:line, exit 1; only changed files are rebuilt", async () => {
    const tmp = tempDir("compile");
    const dir = join(tmp, "anemone");
    copyExample("anemone", dir);
    try {
      const first = await beamlet(["compile"], { cwd: dir });
      expect(first.stdout).toBe("Compiling 3 files (.ex)\nGenerated anemone app\n");
      const f = join(dir, "lib", "anemone", "counter.ex");
      writeFileSync(f, readFileSync(f, "utf8").replace("{:noreply, count + 1}", "{:noreply, count + 2}"));
      const second = await beamlet(["compile"], { cwd: dir });
      // as mix: the .app file is unchanged, so no "Generated" line
      expect(second.stdout).toBe("Compiling 1 file (.ex)\n");
      writeFileSync(join(dir, "lib", "broken.ex"), "defmodule Broken do\n  def f(x do\n    x\n  end\nend\n");
      const bad = await beamlet(["compile"], { cwd: dir });
      expect(bad.code).toBe(1);
      // (on stdout, as mix prints it)
      expect(bad.stdout).toContain("== Compilation error in file lib/broken.ex ==");
      expect(bad.stdout).toMatch(/\*\* \(\w+Error\) lib\/broken\.ex:\d+/);
    } finally {
      cleanup(tmp);
    }
  });
});
