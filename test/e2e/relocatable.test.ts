// A release holds no absolute path (bin/APP runs the release's own copy of beamlet with the node
// on PATH), so the folder can be moved and still starts, answers rpc and stops.
import { describe, it, expect } from "vitest";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { join } from "node:path";
import { hostname } from "node:os";
import { beamlet, run, tempDir, cleanup, copyExample, Background, ROOT } from "./helpers.ts";

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

describe("relocatable releases", () => {
  it("has no absolute path inside, and a moved release starts", async () => {
    const tmp = tempDir("moved");
    const dir = join(tmp, "anemone");
    copyExample("anemone", dir);
    let node: Background | null = null;
    try {
      expect((await beamlet(["release"], { cwd: dir, env: { MIX_ENV: "prod" } })).code).toBe(0);
      const rel = join(dir, "_build", "prod", "rel", "anemone");
      for (const f of filesUnder(rel)) {
        const text = readFileSync(f, "latin1");
        expect(text.includes(tmp), f).toBe(false);
        expect(text.includes(ROOT + "/"), f).toBe(false);
        expect(text.includes(process.execPath), f).toBe(false);
      }
      const moved = join(tmp, "elsewhere", "anemone");
      mkdirSync(join(tmp, "elsewhere"));
      renameSync(rel, moved);
      expect(statSync(join(moved, "bin", "anemone")).mode & 0o111).not.toBe(0);
      node = new Background(join(moved, "bin", "anemone"), ["start"], tmp);
      await node.waitFor(/^count\[\]: 2\n/m);
      // the code comes from the new place
      const r = await run(join(moved, "bin", "anemone"), ["rpc", "IO.puts(:code.which(Counter))"], { cwd: tmp });
      expect(r.stdout).toBe(join(moved, "lib", "anemone-0.1.0", "ebin", "Elixir.Counter.bbc") + "\n");
      // the remote shell names the node in its prompt, as iex does on a release's node
      const rem = await run(join(moved, "bin", "anemone"), ["remote"], { cwd: tmp, input: "1 + 1\n" });
      expect(rem.stdout).toContain(`Interactive Elixir (1.14.0) - press Ctrl+C to exit (type h() ENTER for help)\niex(anemone@${hostname().split(".")[0]})1> 2\n`);
      expect((await run(join(moved, "bin", "anemone"), ["stop"], { cwd: tmp })).code).toBe(0);
    } finally {
      node?.kill();
      cleanup(tmp);
    }
  });
});
