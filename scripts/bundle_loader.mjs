// dist/beamlet.mjs, written by scripts/build.mjs from this file: it runs the bundle
// (dist/beamlet.cjs, one function expression) as a V8 script with a code cache, so a start does
// not parse and compile its 2.6 MB again (about 40% of the CPU time of `beamlet run hello.exs`
// and 4 MB of its memory). Node 20 caches no ES module's code, hence a script. The cache is in the
// user's cache folder (as the library's, cli/lib_cache.ts), named by the bundle's digest (which
// scripts/build.mjs puts here) and the node version; V8 refuses one made with other flags, and
// then the run makes it again. It is written when a run ends, holding what that run compiled.
// scripts/build.mjs makes it by running scripts/code_cache_training.exs with
// BEAMLET_CODE_CACHE_TRAINING=1 (the cache is then neither read nor kept, but written anew), so
// it holds the JIT compiler and the paths of a first exception and a first crash report besides
// start-up's, whichever program runs first.
import { readFileSync, writeFileSync, renameSync, mkdirSync, readdirSync, statSync, rmSync } from "node:fs";
import { Script } from "node:vm";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { join, isAbsolute, sep } from "node:path";
import { homedir } from "node:os";

/** the SHA-1 of dist/beamlet.cjs (scripts/build.mjs replaces the placeholder) */
const BODY_DIGEST = "@BODY_DIGEST@";
/** caches not used for this long are removed (several checkouts may share the folder) */
const STALE_MS = 3 * 24 * 3600 * 1000;
const SWEEP_EVERY_MS = 24 * 3600 * 1000;

const body = fileURLToPath(new URL("./beamlet.cjs", import.meta.url));
const xdg = process.env.XDG_CACHE_HOME;
const cacheDir = join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), ".cache"), "beamlet");
const cacheName = `code-${BODY_DIGEST.slice(0, 16)}-${process.version}-${process.arch}`;
// A run given node options (node --trace-opt ..., NODE_OPTIONS) has a file of its own besides, so
// that one V8 refuses for its flags is not written over the one plain runs use (the build's,
// scripts/build.mjs): it reads its own, else the plain one (most options leave V8's flags alone,
// --import among them), and writes only its own.
const options = process.execArgv.length > 0 || process.env.NODE_OPTIONS ? JSON.stringify([process.execArgv, process.env.NODE_OPTIONS ?? ""]) : "";
const plainFile = join(cacheDir, `${cacheName}.v8`);
const cacheFile = options === "" ? plainFile : join(cacheDir, `${cacheName}-${fnv1a(options)}.v8`);

function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

const training = process.env.BEAMLET_CODE_CACHE_TRAINING === "1";
delete process.env.BEAMLET_CODE_CACHE_TRAINING;
if (training && ![...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(" ")].some((a) => /^--(no-)?sparkplug$/.test(a))) await withoutSparkplug();

/**
 * The training run runs without Sparkplug (V8's baseline compiler), its flag set back before the
 * cache is written (V8 refuses a cache made under other flags; this exit handler runs before the
 * one below that writes it). The cache keeps a function's "compiled with Sparkplug" mark, and V8
 * compiles every function so marked with Sparkplug at its first call in every later run: the
 * training made the JIT's code generator hot, so each program's first compiled function paid for
 * compiling the whole generator (generateFunction alone is 20 KB of source), and the others
 * alike. Unmarked, a function goes to Sparkplug when it gets hot in that run, as any other. The
 * JIT's compile time in a measured part, median of 7 runs: fib27 2.25 -> 1.38 ms, tail_loop_10m
 * 1.47 -> 0.66, logger_debug_discarded_100k 29.7 -> 11.9 (its first compile 15.3 -> 8.5).
 */
async function withoutSparkplug() {
  try {
    const { setFlagsFromString } = await import("node:v8");
    setFlagsFromString("--no-sparkplug");
    process.once("exit", () => setFlagsFromString("--sparkplug"));
  } catch {
    /* a host that refuses flags at run time: the cache is made with Sparkplug */
  }
}
let cachedData;
for (const f of training ? [] : cacheFile === plainFile ? [plainFile] : [cacheFile, plainFile]) {
  try {
    cachedData = readFileSync(f);
    break;
  } catch {
    /* none yet */
  }
}
const script = new Script(readFileSync(body, "latin1"), { filename: body, cachedData });
// import() in a script compiled from a code cache has no loader: the bundle's imports of modules
// outside it (the playground's build script, in a checkout) go through this one
globalThis.beamletImport = (specifier) => import(specifier);
if (cachedData === undefined || script.cachedDataRejected) {
  process.once("exit", () => {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
      // the sweep for stale caches runs at most once a day (a stamp file says when it last ran):
      // a stat of every file in a folder that has gathered hundreds of caches makes V8 optimize
      // Node's own fs.Stats code at exit, about 4 MB of resident memory for the compiler
      const now = Date.now();
      const stamp = cacheDir + sep + "swept-code";
      let due = true;
      try {
        due = now - statSync(stamp).mtimeMs > SWEEP_EVERY_MS;
      } catch {
        /* never swept */
      }
      if (due) {
        writeFileSync(stamp, "");
        for (const old of readdirSync(cacheDir)) {
          if (!old.startsWith("code-")) continue;
          const p = cacheDir + sep + old;
          if (p !== cacheFile && now - statSync(p).mtimeMs > STALE_MS) rmSync(p, { force: true });
        }
      }
    } catch {
      /* a read-only cache folder: the next run compiles again */
    }
  });
}
cachedData = undefined;
const bundleUrl = new URL("./beamlet.mjs", import.meta.url).href;
script.runInThisContext()({}, createRequire(body), { exports: {} }, body, fileURLToPath(new URL(".", import.meta.url)), bundleUrl);
