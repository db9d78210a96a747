// `beamlet run` on a program that reads no input does not make process.stdin (a socket when stdin
// is a pipe: 4-7 ms of CPU at start-up); the break menu asks for it at the first Ctrl-C
// (test/cli/sigterm.test.ts covers the menu itself). Checked on the bundle through a preload
// (node --import) that records who reads process.stdin.
import { describe, it, expect } from "vitest";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beamlet, run, tempDir, cleanup, ROOT } from "../e2e/helpers.ts";

describe("start-up", () => {
  it("hello.exs with stdin a pipe never reads process.stdin", async () => {
    expect((await beamlet(["run", "examples/hello.exs"], { cwd: ROOT })).code).toBe(0);
    const dir = tempDir("startup-stdin");
    try {
      const touched = join(dir, "touched.txt");
      const preload = join(dir, "preload.mjs");
      writeFileSync(
        preload,
        `import { writeFileSync } from "node:fs";\n` +
          `const d = Object.getOwnPropertyDescriptor(process, "stdin");\n` +
          `Object.defineProperty(process, "stdin", { configurable: true, enumerable: d.enumerable, get() {\n` +
          `  writeFileSync(${JSON.stringify(touched)}, new Error().stack);\n` +
          `  Object.defineProperty(process, "stdin", d);\n` +
          `  return process.stdin;\n` +
          `} });\n`,
      );
      const r = await run(process.execPath, ["--import", pathToFileURL(preload).href, join(ROOT, "dist", "beamlet.mjs"), "run", "examples/hello.exs"], { cwd: ROOT, input: "" });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe("hello, world\n");
      expect(existsSync(touched) ? readFileSync(touched, "utf8") : "").toBe("");
    } finally {
      cleanup(dir);
    }
  });
});
