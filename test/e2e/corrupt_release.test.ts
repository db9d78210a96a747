// A corrupt or hostile .bbc inside a release stops its boot with the file's name and the reason,
// exit status 1, and no stack trace; the intact release boots.
import { describe, it, expect } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, copyExample, Background } from "./helpers.ts";

describe("a corrupt object file in a release", () => {
  it("is reported with its file name at boot, and the node does not start", async () => {
    const tmp = tempDir("corrupt");
    const dir = join(tmp, "anemone");
    copyExample("anemone", dir);
    let node: Background | null = null;
    try {
      expect((await beamlet(["release"], { cwd: dir, env: { MIX_ENV: "prod" } })).code).toBe(0);
      const rel = join(dir, "_build", "prod", "rel", "anemone");
      const bin = join(rel, "bin", "anemone");
      const file = join(rel, "lib", "anemone-0.1.0", "ebin", "Elixir.Counter.bbc");
      const good = readFileSync(file);
      writeFileSync(file, good.subarray(0, good.length - 7));
      const r = await run(bin, ["start"], { cwd: tmp });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`beamlet: cannot boot anemone: ${file} is not valid object code (:badfile): truncated or extended file (length mismatch)\n`);
      expect(r.stdout).toBe("");
      // the intact file boots
      writeFileSync(file, good);
      node = new Background(bin, ["start"], tmp);
      await node.waitFor(/^count\[\]: 2\n/m);
      expect((await run(bin, ["stop"], { cwd: tmp })).code).toBe(0);
    } finally {
      node?.kill();
      cleanup(tmp);
    }
  });
});
