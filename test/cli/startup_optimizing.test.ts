// Starting `beamlet run` on a small script runs no loop hot enough for V8 to optimize a function:
// the first optimizing compile brings TurboFan's code into the process, about 4 MB of resident
// memory in every run (tables built at load, checksums computed in JavaScript did it). V8's
// tiering counts work, not time, so which functions it marks does not depend on the machine's load.
// Left: vm/superinstructions.ts's fuse (the interpreter's pass over each loaded module's code) is
// marked near the end of the run; its compile has not finished when hello.exs exits.
import { describe, it, expect } from "vitest";
import { join } from "node:path";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { beamlet, run, ROOT, tempDir } from "../e2e/helpers.ts";

describe("start-up", () => {
  it("marks no function for optimization while running hello.exs", async () => {
    // (through cli/bin.js first: it rebuilds the bundle when a source is newer, and the library
    // cache is made if there is none; then the bundle itself, as an installed beamlet runs it)
    expect((await beamlet(["run", "examples/hello.exs"], { cwd: ROOT })).code).toBe(0);
    const r = await run(process.execPath, ["--trace-opt", join(ROOT, "dist", "beamlet.mjs"), "run", "examples/hello.exs"], { cwd: ROOT });
    expect(r.code).toBe(0);
    const marked = [...r.stdout.matchAll(/\[marking 0x[0-9a-f]+ <JSFunction (\S*)/g)].map((m) => m[1]);
    expect(marked.filter((f) => f !== "fuse")).toEqual([]);
  });

  it("also when the cache folder holds hundreds of other caches and this run writes its own", async () => {
    // a run with V8 flags of its own (--trace-opt) writes its own code cache at exit; sweeping
    // the folder for stale caches on every such write stat()ed each file, and with hundreds
    // there V8 optimized Node's fs.Stats code (dateFromMs): the sweep runs once a day now
    const xdg = tempDir("startup-sweep");
    const env = { XDG_CACHE_HOME: xdg };
    expect((await beamlet(["run", "examples/hello.exs"], { cwd: ROOT, env })).code).toBe(0);
    mkdirSync(join(xdg, "beamlet"), { recursive: true });
    for (let i = 0; i < 600; i++) writeFileSync(join(xdg, "beamlet", `code-other${i}`), "");
    const r = await run(process.execPath, ["--trace-opt", join(ROOT, "dist", "beamlet.mjs"), "run", "examples/hello.exs"], { cwd: ROOT, env });
    expect(r.code).toBe(0);
    const marked = [...r.stdout.matchAll(/\[marking 0x[0-9a-f]+ <JSFunction (\S*)/g)].map((m) => m[1]);
    expect(marked.filter((f) => f !== "fuse")).toEqual([]);
    rmSync(xdg, { recursive: true, force: true });
  });
});
