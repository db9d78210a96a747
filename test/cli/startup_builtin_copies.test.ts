// Start-up makes no copy of the exports of node's fs, path and os for each module that imports
// them (esbuild's __toESM gave each `import * as fs from "node:fs"` a getter per export: hello.exs
// started 15, 12 and 4 such modules, about 1,900 getters; scripts/build.mjs sharedBuiltins).
// Checked on the bundle as an installed beamlet runs it, through a preload (node --import, which
// leaves V8's flags and so the code cache alone) that counts the accessors defined under the
// names of fs's, path's and os's exports.
import { describe, it, expect } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beamlet, run, tempDir, cleanup, ROOT } from "../e2e/helpers.ts";

describe("start-up", () => {
  it("defines no getter per import for node's fs, path and os exports while running hello.exs", async () => {
    // (through cli/bin.js first: it rebuilds the bundle when a source is newer)
    expect((await beamlet(["run", "examples/hello.exs"], { cwd: ROOT })).code).toBe(0);
    const dir = tempDir("startup-copies");
    try {
      const counts = join(dir, "counts.json");
      const preload = join(dir, "preload.mjs");
      writeFileSync(
        preload,
        `import { writeFileSync } from "node:fs";\n` +
          `import { createRequire } from "node:module";\n` +
          `const require = createRequire(import.meta.url);\n` +
          `const names = new Set(["readFileSync", "writeFileSync", "existsSync", "statSync", "join", "resolve", "dirname", "homedir", "tmpdir", "EOL"]);\n` +
          `const counts = {};\n` +
          `const define = Object.defineProperty;\n` +
          `Object.defineProperty = function (o, k, d) {\n` +
          `  if (typeof k === "string" && names.has(k) && d && typeof d.get === "function") counts[k] = (counts[k] ?? 0) + 1;\n` +
          `  return define(o, k, d);\n` +
          `};\n` +
          `process.on("exit", () => writeFileSync(${JSON.stringify(counts)}, JSON.stringify(counts)));\n`,
      );
      const r = await run(process.execPath, ["--import", pathToFileURL(preload).href, join(ROOT, "dist", "beamlet.mjs"), "run", "examples/hello.exs"], { cwd: ROOT });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe("hello, world\n");
      expect(JSON.parse(readFileSync(counts, "utf8"))).toEqual({});
    } finally {
      cleanup(dir);
    }
  });
});
