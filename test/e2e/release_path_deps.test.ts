// A release of a project with path dependencies (test/cli/projects/pathdep: vendor/helper, which
// needs ../util) carries their applications, each in lib/NAME-VSN as mix release puts them: the
// release starts them before the project's, and stands without the dependencies' sources.
import { describe, it, expect } from "vitest";
import { cpSync, rmSync, existsSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, Background, ROOT } from "./helpers.ts";

describe("a release with path dependencies", () => {
  it("carries and starts the dependencies' applications", async () => {
    const tmp = tempDir("release-pathdep");
    const dir = join(tmp, "pathdep");
    cpSync(join(ROOT, "test", "cli", "projects", "pathdep"), dir, { recursive: true });
    let node: Background | null = null;
    try {
      expect((await beamlet(["release"], { cwd: dir, env: { MIX_ENV: "prod" } })).code).toBe(0);
      const rel = join(dir, "_build", "prod", "rel", "pathdep");
      expect(existsSync(join(rel, "lib", "helper-0.2.0", "ebin", "Elixir.Helper.Store.bbc"))).toBe(true);
      expect(existsSync(join(rel, "lib", "util-1.0.0", "ebin", "util.app"))).toBe(true);
      rmSync(join(dir, "vendor"), { recursive: true });
      const bin = join(rel, "bin", "pathdep");
      node = new Background(bin, ["start"], tmp);
      await node.waitFor(/^pathdep starts; helper's store holds %\{\}\n/m);
      expect(node.out).toMatch(/^helper starts\npathdep starts/);
      const r = await run(bin, ["rpc", "IO.inspect({Pathdep.report().store, Application.spec(:util, :vsn)})"], { cwd: tmp });
      expect(r.stdout).toBe("{%{apple: 6}, '1.0.0'}\n");
      expect((await run(bin, ["stop"], { cwd: tmp })).code).toBe(0);
      expect(await node.waitExit()).toBe(0);
    } finally {
      node?.child.kill("SIGKILL");
      cleanup(tmp);
    }
  });
});
