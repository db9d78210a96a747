// A build writes the bundle's code cache by running scripts/code_cache_training.exs
// (scripts/build.mjs trainCodeCache), so the cache holds the JIT, a first exception's and a first
// crash report's code whichever program runs first; a run finding it uses it without writing, and
// a run with other V8 flags (which V8 refuses it for) writes a file of its own beside it.
import { describe, it, expect } from "vitest";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, ROOT } from "../e2e/helpers.ts";
import { libraryCacheName } from "../../cli/lib_cache.ts";
import { userCacheDir } from "../../cli/fingerprint.ts";
// @ts-expect-error (a script without types)
import { trainCodeCache } from "../../scripts/build.mjs";

describe("the code cache a build makes", () => {
  it("holds more than a start's own code, is kept by later runs (other flags' too) and made anew by the next training", async () => {
    // (through cli/bin.js first: the bundle is rebuilt if a source is newer, the library cached)
    expect((await beamlet(["--version"], { cwd: ROOT })).code).toBe(0);
    const xdg = tempDir("code-cache-training");
    try {
      const dir = join(xdg, "beamlet");
      mkdirSync(dir, { recursive: true });
      const lib = libraryCacheName();
      expect(existsSync(join(userCacheDir(), lib))).toBe(true);
      copyFileSync(join(userCacheDir(), lib), join(dir, lib));
      const env = { XDG_CACHE_HOME: xdg };
      const codeFiles = () => readdirSync(dir).filter((f) => f.startsWith("code-"));

      // what a first `beamlet --version` writes: start-up's code only
      expect((await run(process.execPath, [join(ROOT, "dist", "beamlet.mjs"), "--version"], { cwd: ROOT, env })).code).toBe(0);
      expect(codeFiles()).toHaveLength(1);
      const file = join(dir, codeFiles()[0]);
      const versionOnly = statSync(file).size;

      trainCodeCache(ROOT, { ...process.env, ...env, BEAMLET_TIER: "interp" });
      expect(codeFiles()).toEqual([codeFiles()[0]]);
      const trained = statSync(file);
      // the compiler, the JIT's code generator, exceptions and Logger's report besides start-up
      expect(trained.size).toBeGreaterThan(versionOnly + 500_000);

      const fib = await run(process.execPath, [join(ROOT, "dist", "beamlet.mjs"), "run", "bench/fib27.exs"], { cwd: ROOT, env });
      expect(fib.stdout).toBe("fib(27) = 196418 ok\n");
      expect(statSync(file).mtimeMs).toBe(trained.mtimeMs);

      // a run V8 refuses it for (other flags) writes a file of its own and leaves it alone
      const noOpt = await run(process.execPath, ["--no-opt", join(ROOT, "dist", "beamlet.mjs"), "run", "bench/fib27.exs"], { cwd: ROOT, env });
      expect(noOpt.stdout).toBe("fib(27) = 196418 ok\n");
      expect(codeFiles()).toHaveLength(2);
      expect(statSync(file).mtimeMs).toBe(trained.mtimeMs);
      const fib2 = await run(process.execPath, [join(ROOT, "dist", "beamlet.mjs"), "run", "bench/fib27.exs"], { cwd: ROOT, env });
      expect(fib2.stdout).toBe("fib(27) = 196418 ok\n");
      expect(statSync(file).mtimeMs).toBe(trained.mtimeMs);

      writeFileSync(file, Buffer.alloc(1000, 7));
      trainCodeCache(ROOT, { ...process.env, ...env });
      expect(statSync(file).size).toBeGreaterThan(versionOnly + 500_000);
    } finally {
      cleanup(xdg);
    }
  });

  // Regression: the training ran with Sparkplug, whose mark on what it compiled the cache keeps,
  // and V8 compiles a marked function with Sparkplug at its first call: every program's first
  // compiled function waited for the whole code generator's baseline code (generateFunction, 20 KB
  // of source), about 0.8 ms of fib27's measured part
  it("does not make V8 compile the JIT's code generator with Sparkplug at its first call", async () => {
    expect((await beamlet(["--version"], { cwd: ROOT })).code).toBe(0);
    const xdg = tempDir("code-cache-sparkplug");
    try {
      const dir = join(xdg, "beamlet");
      mkdirSync(dir, { recursive: true });
      const lib = libraryCacheName();
      copyFileSync(join(userCacheDir(), lib), join(dir, lib));
      // (V8's log of compiles; the same flags for both runs, so the second reads the cache the
      // first wrote for them)
      const log = join(xdg, "v8.log");
      const flags = ["--log-function-events", `--logfile=${log}`, "--no-logfile-per-isolate"];
      const bundle = join(ROOT, "dist", "beamlet.mjs");
      const training = await run(process.execPath, [...flags, bundle, "run", "scripts/code_cache_training.exs"], { cwd: ROOT, env: { XDG_CACHE_HOME: xdg, BEAMLET_CODE_CACHE_TRAINING: "1" } });
      expect(training.code).toBe(0);
      expect(readdirSync(dir).filter((f) => f.startsWith("code-"))).toHaveLength(1);
      const fib = await run(process.execPath, [...flags, bundle, "run", "bench/fib27.exs"], { cwd: ROOT, env: { XDG_CACHE_HOME: xdg } });
      expect(fib.stdout).toBe("fib(27) = 196418 ok\n");
      const events = readFileSync(log, "latin1").split("\n").filter((l) => l.startsWith("function,") && l.endsWith(",generateFunction"));
      // it ran (fib was compiled), from the cache (not parsed), and stayed in V8's interpreter
      expect(events.some((l) => l.startsWith("function,first-execution"))).toBe(true);
      expect(events.filter((l) => /^function,(full-parse|parse-function)/.test(l))).toEqual([]);
      expect(events.filter((l) => l.startsWith("function,baseline"))).toEqual([]);
    } finally {
      cleanup(xdg);
    }
  });
});
