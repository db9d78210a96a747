// `bin/APP upgrade apply` on a real release (issue 13, part 2): a broken code_change is refused;
// forced, it rolls back (the previous code current again, the saved state back, the counter goes
// on by its old step, no cast lost); the tutorial's @vsn 1 -> 2 upgrade is applied live and the
// count jumps by 1001 exactly as with the seed's suspend / purge / load / change_code / resume.
import { describe, it, expect } from "vitest";
import { readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, Background, counts, ROOT } from "./helpers.ts";

const EX = join(ROOT, "examples", "anemone");

describe("upgrade apply on a running release", () => {
  it("refuses and rolls back a broken upgrade, then applies the tutorial's upgrade", async () => {
    const tmp = tempDir("upgrade-apply");
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
      await release();
      node = new Background(bin, ["start"], dir);
      await node.waitFor(/^count\[1\]: 2\n/m);
      const pid = await rpc("IO.inspect(Process.whereis(:counter))");

      // version 2 whose code_change raises: refused without --force
      writeFileSync(counter, readFileSync(join(EX, "versions", "counter_v4_vsn2_code_change.ex"), "utf8").replace("{:ok, count + 1000}", 'raise "migration bug"'));
      await release();
      const refused = await run(bin, ["upgrade", "apply"], { cwd: dir });
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain("** (RuntimeError) migration bug");
      expect(refused.stdout).toContain("upgrade apply: refused, the check found the problems above (--force applies anyway, with rollback)\n");
      expect(await rpc("IO.inspect(Counter.module_info(:attributes)[:vsn])")).toBe("[1]\n");

      // forced: change_code fails on the live server, and everything is rolled back
      const forced = await run(bin, ["upgrade", "apply", "--force"], { cwd: dir });
      expect(forced.code, forced.stdout + forced.stderr).toBe(1);
      expect(forced.stdout).toContain("loaded Counter (vsn [1] -> [2])\n");
      expect(forced.stdout).toMatch(/upgrade apply: :sys\.change_code\(:counter #PID<[\d.]+>, Counter, \.\.\.\) returned \{:error, /);
      expect(forced.stdout).toContain("rolling back:\n  Counter: the previous version is current again ({:module, Counter})\n");
      expect(forced.stdout).toMatch(/  :counter #PID<[\d.]+>: state restored\n  :counter #PID<[\d.]+>: resumed\nupgrade apply: rolled back\n/);
      expect(await rpc("IO.inspect({Counter.module_info(:attributes)[:vsn], Process.whereis(:counter)})")).toBe(`{[1], ${pid.trim()}}\n`);
      const mark = node.out.length;
      await node.waitFor(/count\[1\]: \d+\n(?:.*\n)*?count\[1\]: \d+\n/, undefined, mark);
      const v1 = counts(node.out);
      // no cast lost: the count went on by 1, from where it stood
      for (let i = 1; i < v1.length; i++) expect(v1[i]).toEqual({ vsn: "1", n: v1[i - 1].n + 1 });

      // the tutorial's version 2: applied live, the count jumps by 1001, then steps by 2
      copyFileSync(join(EX, "versions", "counter_v4_vsn2_code_change.ex"), counter);
      await release();
      const applied = await run(bin, ["upgrade", "apply"], { cwd: dir });
      expect(applied.code, applied.stdout + applied.stderr).toBe(0);
      expect(applied.stdout).toMatch(/^loaded Counter \(vsn \[1\] -> \[2\]\)\n:counter #PID<[\d.]+>: migrated, paused \d+ ms\nupgrade apply: done \(1 module loaded, 1 server migrated\)\n$/);
      const lastV1 = counts(node.out).filter((c) => c.vsn === "1").slice(-1)[0];
      const from = node.out.indexOf("count[2]") >= 0 ? node.out.indexOf("count[2]") : node.out.length;
      await node.waitFor(/count\[2\]: \d+\n(?:.*\n)*?count\[2\]: \d+\n/, undefined, from);
      const v2 = counts(node.out).filter((c) => c.vsn === "2");
      expect(v2[0].n).toBe(lastV1.n + 1001);
      expect(v2[1].n).toBe(lastV1.n + 1003);
      expect(await rpc("IO.inspect(Process.whereis(:counter))")).toBe(pid);

      expect((await run(bin, ["stop"], { cwd: dir })).code).toBe(0);
    } finally {
      node?.kill();
      cleanup(tmp);
    }
  }, 600000);
});
