#!/usr/bin/env node
// Bundle the TypeScript sources (and the dependencies) into dist/beamlet.cjs with esbuild, and write
// dist/beamlet.mjs, the loader that runs it with a code cache (scripts/bundle_loader.mjs): the
// `prepare` step of npm, so an installed beamlet needs neither esbuild nor tsx at run time.
// cli/bin.js calls it too in a checkout whenever a source is newer than the bundle.
import { mkdirSync, renameSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { FINGERPRINTED_DIRS, sourceDigests, libraryDigest } from "./source_digests.mjs";

export async function build(root = resolve(dirname(fileURLToPath(import.meta.url)), "..")) {
  const esbuild = await import("esbuild");
  const out = join(root, "dist", "beamlet.mjs");
  const body = join(root, "dist", "beamlet.cjs");
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${body}.${process.pid}.tmp`;
  await esbuild.build(bundleOptions(root, tmp));
  const fastCheck = join(root, "dist", FAST_CHECK_FILE);
  await esbuild.build(fastCheckOptions(root, `${fastCheck}.${process.pid}.tmp`));
  renameSync(`${fastCheck}.${process.pid}.tmp`, fastCheck);
  // (the tables the bundle reads from files beside it: before the bundle that reads them)
  for (const [file, text] of dataFiles.get(root) ?? []) {
    writeFileSync(`${join(root, "dist", file)}.${process.pid}.tmp`, text);
    renameSync(`${join(root, "dist", file)}.${process.pid}.tmp`, join(root, "dist", file));
  }
  renameSync(tmp, body);
  if (existsSync(tmp + ".map")) renameSync(tmp + ".map", body + ".map");
  // the loader last: cli/bin.js compares its time with the sources'
  const digest = createHash("sha1").update(readFileSync(body)).digest("hex");
  const loader = readFileSync(join(root, "scripts", "bundle_loader.mjs"), "utf8").replace("@BODY_DIGEST@", digest);
  writeFileSync(`${out}.${process.pid}.tmp`, loader);
  renameSync(`${out}.${process.pid}.tmp`, out);
  trainCodeCache(root);
  return out;
}

/**
 * Write the bundle's V8 code cache (scripts/bundle_loader.mjs) in the user's cache folder by
 * running scripts/code_cache_training.exs, so that it holds what most programs compile sooner or
 * later: besides start-up and the compiler, the JIT (a hot function, its resume entries), a first
 * raise and rescue, and a supervised server's first crash report (Logger, Exception, inspect).
 * Made by whichever run came first, the cache held only that run's functions (`beamlet --version`:
 * none of the compiler's), and the others were compiled from source at their first call, inside
 * the program's time: fib27's measured part 8.0 -> 5.2 ms of CPU on the main thread, a run's
 * whole CPU 169 -> 148 ms. Output and failures are ignored: a run without this cache makes one.
 */
export function trainCodeCache(root, env = process.env) {
  const clean = Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith("BEAMLET_")));
  const run = (args, extra) => spawnSync(process.execPath, [join(root, "dist", "beamlet.mjs"), ...args], { cwd: root, stdio: "ignore", env: { ...clean, ...extra }, timeout: 300000 });
  // first a run that compiles the library if its cache is not there yet (else the training run
  // would, and its cache would hold the library compiler's code, 0.3 MB no other run needs)
  run(["-e", ":ok"], {});
  run(["run", join(root, "scripts", "code_cache_training.exs")], { BEAMLET_CODE_CACHE_TRAINING: "1" });
}

/**
 * esbuild's options for the bundle. Its text must stay ASCII (test/cli/bundle.test.ts): a single
 * other character anywhere (a comment esbuild keeps, a regex literal it does not escape) makes V8
 * hold the whole 2 MB source in two bytes a character, 4 MB of every run's memory.
 */
export function bundleOptions(root, outfile) {
  return {
    entryPoints: [join(root, "cli", "main.ts")],
    // paths in the bundle's comments relative to the package, whatever the current folder
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    // a script (one function expression the loader calls with these arguments), not a module:
    // V8 caches a script's compiled code
    format: "cjs",
    target: "node20",
    outfile,
    banner: { js: '(function (exports, require, module, __filename, __dirname, __beamlet_bundle_url) {"use strict";' },
    footer: { js: "})" },
    logLevel: "error",
    plugins: [lazyBuiltins(), sharedBuiltins(), jsonTextFiles(root), fastCheckBeside()],
    sourcemap: "external",
    // (2.6 MB of source instead of 3.4 MB for V8 to hold and scan at every start-up: 0.8 MB less
    // memory, 4 ms less CPU; names stay, so stack traces still name functions)
    minifyWhitespace: true,
    // the digests of the compiler's sources (cli/fingerprint.ts): a run need not read them
    // and of the library (cli/lib_cache.ts): a run need not read lib/ either
    define: {
      "import.meta.url": "__beamlet_bundle_url",
      BEAMLET_SOURCE_DIGESTS: JSON.stringify(JSON.stringify(Object.fromEntries(FINGERPRINTED_DIRS.map((d) => [d, sourceDigests(root, d)])))),
      BEAMLET_LIBRARY_DIGEST: JSON.stringify(libraryDigest(root)),
    },
  };
}

/**
 * The tables of JSON text (vm/lazy_json.ts) the bundle reads from a file beside it (dist/NAME)
 * instead of holding them: module -> file. Every run holds the bundle's source in memory; hello.exs
 * reads none of these (0.2 MB of its peak resident memory, which issue 12 wants under 60 MiB).
 */
export const JSON_TEXT_FILES = {
  "vm/library_clauses_data.ts": "library-clauses.json",
  "compiler/library_funs_data.ts": "library-funs.json",
  "compiler/library_def_lines_data.ts": "library-def-lines.json",
  "compiler/warnings/elixir_exports.ts": "elixir-exports.json",
  "compiler/warnings/otp_modules.ts": "otp-modules.json",
  "vm/bifs/otp_exports.ts": "otp-exports.json",
  "lang/confusables_data.ts": "confusables.json",
};

/**
 * fast-check (with pure-rand), which only `beamlet upgrade test` uses (testing/upgrade_property.ts,
 * loaded at its first use), is a bundle of its own beside the main one, required from there at that
 * first use: it was 0.28 MB of the main bundle's source, which every run holds.
 */
export const FAST_CHECK_FILE = "fast-check.cjs";

function fastCheckBeside() {
  return {
    name: "fast-check-beside",
    setup(b) {
      b.onResolve({ filter: /^fast-check$/ }, () => ({ path: `./${FAST_CHECK_FILE}`, external: true }));
    },
  };
}

function fastCheckOptions(root, outfile) {
  return {
    entryPoints: [createRequire(join(root, "package.json")).resolve("fast-check")],
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    logLevel: "error",
    minifyWhitespace: true,
  };
}
/** per root, the files bundleOptions' build made: [file, text] */
const dataFiles = new Map();

/**
 * Each module of JSON_TEXT_FILES with its `lazyJson<T>(String.raw`...`)` reading the JSON text from
 * a file beside the bundle at its first use (readFileSync, as synchronous as before): the 280 KB
 * of vm/library_clauses_data.ts, which only a library function's failure reads (its frames,
 * Exception.blame_mfa's clauses), were 280 KB of source V8 held and scanned at every start-up.
 */
function jsonTextFiles(root) {
  const byPath = new Map(Object.entries(JSON_TEXT_FILES).map(([m, f]) => [join(root, m), f]));
  dataFiles.set(root, []);
  return {
    name: "json-text-files",
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const file = byPath.get(args.path);
        if (file === undefined) return undefined;
        const text = readFileSync(args.path, "utf8");
        const start = text.indexOf("lazyJson<");
        const open = text.indexOf("String.raw`", start);
        const close = text.indexOf("`)", open);
        if (start < 0 || open < 0 || close < 0) throw new Error(`build: ${args.path} holds no lazyJson<T>(String.raw\`...\`)`);
        const json = text.slice(open + "String.raw`".length, close);
        JSON.parse(json);
        dataFiles.get(root).push([file, json]);
        const read = `((v) => () => (v ??= JSON.parse(__readJsonText(new URL(${JSON.stringify("./" + file)}, import.meta.url), "utf8"))))(undefined)`;
        return { contents: `import { readFileSync as __readJsonText } from "node:fs";\n${text.slice(0, start)}${read}${text.slice(close + 2)}`, loader: "ts" };
      });
    },
  };
}

/**
 * Node's modules that most runs never use (sockets, child processes, worker threads, readline,
 * v8, http, zlib; crypto too, used by start-up only when the library cache is read), loaded at
 * their first use instead of at start-up: an import of `node:X` is a stand-in with a getter for
 * each of X's exports (the names of this node's X, taken when the bundle is made) that loads X
 * when one is read. Loaded at start-up (esbuild's cjs output requires each import where its
 * module starts) they were 1 MB of a hello world's resident memory
 * (test/cli/startup_memory.test.ts).
 */
export const LAZY_BUILTINS = ["child_process", "crypto", "dgram", "dns", "http", "net", "readline", "v8", "worker_threads", "zlib"];

function lazyBuiltins() {
  const require = createRequire(import.meta.url);
  const filter = new RegExp(`^node:(${LAZY_BUILTINS.join("|")})$`);
  return {
    name: "lazy-builtins",
    setup(b) {
      b.onResolve({ filter }, (args) => ({ path: args.path.slice(5), namespace: "lazy-builtin" }));
      b.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, (args) => {
        const names = Object.keys(require(args.path)).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
        // (the module required by its plain name, which esbuild leaves to node and this plugin
        // does not see. The getters are on the stand-in's prototype: esbuild's __toESM copies an
        // imported cjs module's own properties, at each import of it, and 70 copied 9 times made
        // that loop hot enough for V8 to optimize it at start-up, test/cli/startup_optimizing)
        const getters = names.map((k) => `get ${k}() { return load().${k}; }`).join(",\n");
        const contents = `let m;\nconst load = () => (m ??= require(${JSON.stringify(args.path)}));\nmodule.exports = Object.create({\n${getters}\n});\n`;
        return { contents, loader: "js" };
      });
    },
  };
}

/**
 * Node's modules start-up uses (fs, path, os), imported as namespaces (`import * as fs from
 * "node:fs"`) by 57 modules: esbuild's __toESM gives each such import a copy of the module's own
 * properties, a getter per export, made when the importing module starts (fs has 104, path 17,
 * os 23; hello.exs started 15, 12 and 4 such modules: about 1,900 getters made by every run,
 * test/cli/startup_builtin_copies.test.ts). Here an import of
 * `node:X` is a stand-in object whose prototype is X itself (no own properties: __toESM copies
 * nothing), so `fs.readFileSync` reads X's own function through the prototype. Their functions do
 * not use `this`.
 */
export const SHARED_BUILTINS = ["fs", "path", "os"];

function sharedBuiltins() {
  const filter = new RegExp(`^node:(${SHARED_BUILTINS.join("|")})$`);
  return {
    name: "shared-builtins",
    setup(b) {
      b.onResolve({ filter }, (args) => ({ path: args.path.slice(5), namespace: "shared-builtin" }));
      // (required by its plain name, which esbuild leaves to node: this plugin does not see it)
      b.onLoad({ filter: /.*/, namespace: "shared-builtin" }, (args) => ({ contents: `module.exports = Object.create(require(${JSON.stringify(args.path)}));\n`, loader: "js" }));
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await build();
