// The bundle runs with a V8 code cache (scripts/bundle_loader.mjs): the first run writes it to the
// user's cache folder, the next ones use it without writing, and one V8 refuses (bytes garbled,
// other flags) is made again by the run that refused it; the program's output is the same each time.
import { describe, it, expect } from "vitest";
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, ROOT } from "../e2e/helpers.ts";
import { libraryCacheName } from "../../cli/lib_cache.ts";
import { userCacheDir } from "../../cli/fingerprint.ts";

describe("the bundle's code cache", () => {
  it("is written by the first run, used by the next, and made again when V8 refuses it", async () => {
    // (through cli/bin.js first: the bundle is rebuilt if a source is newer, the library cached)
    expect((await beamlet(["run", "examples/hello.exs"], { cwd: ROOT })).code).toBe(0);
    const xdg = tempDir("code-cache");
    try {
      const dir = join(xdg, "beamlet");
      mkdirSync(dir, { recursive: true });
      // the library's cache, so these runs do not compile lib/
      const lib = libraryCacheName();
      expect(existsSync(join(userCacheDir(), lib))).toBe(true);
      copyFileSync(join(userCacheDir(), lib), join(dir, lib));
      const hello = () => run(process.execPath, [join(ROOT, "dist", "beamlet.mjs"), "run", "examples/hello.exs"], { cwd: ROOT, env: { XDG_CACHE_HOME: xdg } });
      const codeFiles = () => readdirSync(dir).filter((f) => f.startsWith("code-"));

      expect((await hello()).stdout).toBe("hello, world\n");
      expect(codeFiles()).toHaveLength(1);
      const file = join(dir, codeFiles()[0]);
      const first = statSync(file);
      expect(first.size).toBeGreaterThan(100_000);

      expect((await hello()).stdout).toBe("hello, world\n");
      expect(statSync(file).mtimeMs).toBe(first.mtimeMs);

      writeFileSync(file, Buffer.alloc(1000, 7));
      expect((await hello()).stdout).toBe("hello, world\n");
      expect(statSync(file).size).toBeGreaterThan(100_000);
    } finally {
      cleanup(xdg);
    }
  });
});
