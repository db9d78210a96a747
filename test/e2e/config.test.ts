// config/config.exs (+ import_config of config/ENV.exs) and config/runtime.exs go into the
// application environment for `beamlet run` and for a release, read by the running node. The
// expected environments are what `mix run` / the mix release print for the same files.
import { describe, it, expect } from "vitest";
import { mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, copyExample, Background } from "./helpers.ts";

const FILES: Record<string, string> = {
  "config/config.exs": `import Config

config :anemone, greeting: "hello", nested: [a: 1, b: 2]
config :anemone, Counter, step: 1

import_config "#{config_env()}.exs"
`,
  "config/dev.exs": "import Config\nconfig :anemone, nested: [b: 20], env_name: config_env()\n",
  "config/prod.exs": "import Config\nconfig :anemone, env_name: :production\n",
  "config/runtime.exs": 'import Config\nconfig :anemone, from_runtime: System.get_env("ANEMONE_RT", "unset"), runtime_env: config_env()\n',
};
const SHOW = "IO.inspect(Application.get_all_env(:anemone) |> Enum.sort())";

describe("configuration", () => {
  it("beamlet run and a running release read config.exs, ENV.exs and runtime.exs", async () => {
    const tmp = tempDir("config");
    const dir = join(tmp, "anemone");
    copyExample("anemone", dir);
    mkdirSync(join(dir, "config"));
    for (const [f, text] of Object.entries(FILES)) writeFileSync(join(dir, f), text);
    // the application prints its environment when it starts
    const appFile = join(dir, "lib", "anemone", "application.ex");
    writeFileSync(appFile, readFileSync(appFile, "utf8").replace("    children = [", `    ${SHOW}\n    children = [`));
    let node: Background | null = null;
    try {
      const dev = await beamlet(["run"], { cwd: dir });
      expect(dev.code).toBe(0);
      expect(dev.stdout).toContain(
        '[\n  {Counter, [step: 1]},\n  {:env_name, :dev},\n  {:from_runtime, "unset"},\n  {:greeting, "hello"},\n  {:nested, [a: 1, b: 20]},\n  {:runtime_env, :dev}\n]\n',
      );
      const bin = join(dir, "_build", "prod", "rel", "anemone", "bin", "anemone");
      const rel = await beamlet(["release"], { cwd: dir, env: { MIX_ENV: "prod" } });
      expect(rel.stdout).toContain("* using config/runtime.exs to configure the release at runtime\n");
      node = new Background(bin, ["start"], dir, { ANEMONE_RT: "yes" });
      await node.waitFor(/^count\[\]: 1\n/m);
      const env = await run(bin, ["rpc", SHOW], { cwd: dir });
      expect(env.stdout).toBe(
        '[\n  {Counter, [step: 1]},\n  {:env_name, :production},\n  {:from_runtime, "yes"},\n  {:greeting, "hello"},\n  {:nested, [a: 1, b: 2]},\n  {:runtime_env, :prod}\n]\n',
      );
      expect((await run(bin, ["stop"], { cwd: dir })).code).toBe(0);
    } finally {
      node?.kill();
      cleanup(tmp);
    }
  }, 300000);
});
