// A release carries its application's priv/ (lib/APP-VSN/priv, a copy, as mix release makes it):
// :code.priv_dir(:app) on the release's node names that copy, which stands without the project.
import { describe, it, expect } from "vitest";
import { cpSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, ROOT } from "./helpers.ts";

describe("a release's priv/", () => {
  it("is copied into lib/APP-VSN/priv and found by :code.priv_dir", async () => {
    const tmp = tempDir("release-priv");
    const dir = join(tmp, "privdata");
    cpSync(join(ROOT, "test", "cli", "projects", "privdata"), dir, { recursive: true });
    try {
      expect((await beamlet(["release"], { cwd: dir, env: { MIX_ENV: "prod" } })).code).toBe(0);
      // the project's own priv/ is gone: the release reads its copy
      rmSync(join(dir, "priv"), { recursive: true });
      const bin = join(dir, "_build", "prod", "rel", "privdata", "bin", "privdata");
      const r = await run(bin, ["eval", 'IO.puts(:code.priv_dir(:privdata)); IO.write(Privdata.template("greeting"))'], { cwd: tmp });
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(join(dir, "_build", "prod", "rel", "privdata", "lib", "privdata-0.1.0", "priv") + "\nHello, <%= name %>!\n");
    } finally {
      cleanup(tmp);
    }
  });
});
