// config/config.exs (+ import_config of config/ENV.exs) and config/runtime.exs go into the
// application environment for `beamlet run` and for a release, read by the running node and by
// `bin/APP eval`. The
// expected environments are what `mix run` and the mix release printed for the same files
// (config_fixtures/regen.sh regenerates them from real Elixir).
import { describe, it, expect } from "vitest";
import { cpSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, copyExample, Background, ROOT } from "./helpers.ts";

const FIX = join(ROOT, "test", "e2e", "config_fixtures");
const fixture = (name: string) => readFileSync(join(FIX, name), "utf8");

describe("configuration", () => {
  it("beamlet run and a running release read config.exs, ENV.exs and runtime.exs", async () => {
    const tmp = tempDir("config");
    const dir = join(tmp, "anemone");
    copyExample("anemone", dir);
    cpSync(join(FIX, "config"), join(dir, "config"), { recursive: true });
    // the application prints its environment when it starts (the edit regen.sh makes)
    const appFile = join(dir, "lib", "anemone", "application.ex");
    writeFileSync(appFile, readFileSync(appFile, "utf8").replace("    children = [", `    ${fixture("show_env.exs").trimEnd()}\n    children = [`));
    let node: Background | null = null;
    try {
      const dev = await beamlet(["run"], { cwd: dir });
      expect(dev.code).toBe(0);
      expect(/^<env>\n[^]*?\n<\/env>\n/m.exec(dev.stdout)?.[0]).toBe(fixture("dev_run.env"));
      const bin = join(dir, "_build", "prod", "rel", "anemone", "bin", "anemone");
      const rel = await beamlet(["release"], { cwd: dir, env: { MIX_ENV: "prod" } });
      expect(rel.stdout).toContain("* using config/runtime.exs to configure the release at runtime\n");
      // eval boots no application, but the configuration is read (config providers run)
      const ev = await run(bin, ["eval", fixture("rpc_env.exs").trimEnd()], { cwd: dir, env: { ANEMONE_RT: "eval" } });
      expect(ev.stdout).toBe(fixture("prod_eval.out"));
      node = new Background(bin, ["start"], dir, { ANEMONE_RT: "yes" });
      await node.waitFor(/^count\[\]: 1\n/m);
      const env = await run(bin, ["rpc", fixture("rpc_env.exs").trimEnd()], { cwd: dir });
      expect(env.stdout).toBe(fixture("prod_rpc.out"));
      expect((await run(bin, ["stop"], { cwd: dir })).code).toBe(0);
    } finally {
      node?.kill();
      cleanup(tmp);
    }
  });
});
