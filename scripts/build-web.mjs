#!/usr/bin/env node
// The browser build, in dist/web/ (static files, servable as they are):
//   beamlet.js     the embedding API (web/embed.ts): vm/, an ES module, minified, with chunk-*.js
//                  beside it: the parts it imports later (lang/ and compiler/ with the BIFs that
//                  compile, the warning passes, the REPL, the BIF groups of vm/bifs/lazy_groups.ts)
//   beamlet-library.js  the standard library precompiled to bytecode at build time, a module whose
//                  default export is its text (imported by beamlet.js, preloaded by index.html):
//                  the core, what first programs use
//   beamlet-library-more.js  the rest of it (ExUnit, calendar, Regex, ...), the same way, fetched
//                  when a program first uses one of its modules
//   beamlet-library-docs.js  the docs of all of the library's modules, the same way, fetched when
//                  docs are first asked for (h/1, Code.fetch_docs ...)
//   playground.js  the playground page's code (imports ./beamlet.js)
//   editor.js      the playground's editor, CodeMirror 6 (playground.js loads it after the first run)
//   index.html, playground.css
// BEAMLET_WEB_MINIFY=0 keeps the names (for profiling).
// `npm run build` (the `prepare` step) runs it after the CLI bundle; `beamlet playground` and the
// browser tests rebuild it in a checkout when a source is newer.
import { mkdirSync, copyFileSync, statSync, readdirSync, readFileSync, existsSync, rmSync, writeFileSync, renameSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE_DIRS = ["lang", "compiler", "vm", "lib", "cli/repl", "web"];
const STATIC = ["index.html", "playground.css"];
export const LIBRARY_FILE = "beamlet-library.js";
/** the library's files: the core (preloaded), then the groups fetched on first use, then the
 *  docs (web/build/precompile_library.ts DOCS_SECTION) */
export const LIBRARY_FILES = [LIBRARY_FILE, "beamlet-library-more.js", "beamlet-library-docs.js"];
/** the text a page fetches for a library file (web/embed.ts) */
export const libraryTextFile = (f) => f.replace(/\.js$/, ".txt");

/** the newest modification time among the sources the browser build is made of */
function newestSource(root) {
  let newest = 0;
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|exs?|html|css)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of SOURCE_DIRS) walk(join(root, d));
  for (const f of ["package.json", "package-lock.json"]) if (existsSync(join(root, f))) newest = Math.max(newest, statSync(join(root, f)).mtimeMs);
  return newest;
}

export function webBuildIsStale(root = ROOT) {
  const out = join(root, "dist", "web", "beamlet.js");
  return !existsSync(out) || statSync(out).mtimeMs < newestSource(root) || [...STATIC, ...LIBRARY_FILES, ...LIBRARY_FILES.map(libraryTextFile), "editor.js"].some((f) => !existsSync(join(root, "dist", "web", f)));
}

export async function buildWeb(root = ROOT) {
  const esbuild = await import("esbuild");
  const finalDir = join(root, "dist", "web");
  // built aside, then renamed into place file by file: test files building at once, or a server
  // reading dist/web meanwhile, never see a half-written file
  const outDir = join(root, "dist", `web.${process.pid}.tmp`);
  mkdirSync(outDir, { recursive: true });
  mkdirSync(finalDir, { recursive: true });

  // 1. the library, compiled by beamlet's own compiler in Node
  const tmp = join(root, "dist", `precompile.${process.pid}.mjs`);
  await esbuild.build({
    stdin: { contents: 'export * from "./precompile_library.ts";\nexport * from "./precompile_scripts.ts";\n', resolveDir: join(root, "web", "build"), loader: "ts", sourcefile: "precompile.ts" },
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: tmp,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: "error",
  });
  let lib;
  // the playground's examples compiled ahead, as a fresh node's first run compiles them (the page
  // runs one at load: web/embed.ts `precompiled`); null for one the page must compile itself
  const exampleDir = join(root, "web", "playground", "examples");
  const exampleFiles = readdirSync(exampleDir).filter((f) => f.endsWith(".exs")).sort();
  let examples;
  try {
    const precompile = await import(pathToFileURL(tmp).href);
    lib = precompile.precompileLibrary();
    const compiled = precompile.precompileScripts(exampleFiles.map((f) => ({ file: "main.exs", source: readFileSync(join(exampleDir, f), "utf8") })));
    // each .bbc as a string of its bytes (latin1: its JSON payload stays text, which gzip
    // compresses where base64 would not)
    examples = Object.fromEntries(exampleFiles.flatMap((f, i) => (compiled[i] ? [[f, Buffer.from(compiled[i]).toString("latin1")]] : [])));
  } finally {
    rmSync(tmp, { force: true });
  }

  // 1b. which BIFs each group the page loads on first use defines (web/bifs.ts registers them)
  const keysTmp = join(root, "dist", `lazy_bif_keys.${process.pid}.mjs`);
  await esbuild.build({ entryPoints: [join(root, "web", "build", "lazy_bif_keys.ts")], absWorkingDir: root, bundle: true, platform: "node", format: "esm", target: "node20", outfile: keysTmp, logLevel: "error" });
  let lazyBifKeys;
  try {
    lazyBifKeys = await (await import(pathToFileURL(keysTmp).href)).lazyBifKeys();
  } finally {
    rmSync(keysTmp, { force: true });
  }

  // 2. the embedding API with the library inside
  const libraryPlugin = {
    name: "beamlet-library",
    setup(build) {
      build.onResolve({ filter: /^beamlet:library$/ }, () => ({ path: "library", namespace: "beamlet" }));
      build.onLoad({ filter: /^library$/, namespace: "beamlet" }, () => ({
        contents:
          `export const libraryFiles = ${JSON.stringify(LIBRARY_FILES)};\n` +
          `export const libraryIndex = ${JSON.stringify(lib.index)};\n` +
          `export const librarySections = ${JSON.stringify(lib.sections)};\n` +
          `export const libraryDocsFile = ${LIBRARY_FILES.length - 1};\n` +
          `export const libraryReach = ${JSON.stringify(lib.reach)};\n` +
          `export const useSources = ${JSON.stringify(lib.useSources)};\n` +
          `export const version = ${JSON.stringify(lib.version)};\n`,
        loader: "js",
      }));
    },
  };
  // the BIF table of the page: web/bifs.ts in place of vm/bifs/index.ts (the groups of
  // vm/bifs/lazy_groups.ts become chunks of their own, fetched on their first call)
  const lazyBifsPlugin = {
    name: "beamlet-lazy-bifs",
    setup(build) {
      build.onResolve({ filter: /^beamlet:lazy-bif-keys$/ }, () => ({ path: "lazy-bif-keys", namespace: "beamlet" }));
      build.onLoad({ filter: /^lazy-bif-keys$/, namespace: "beamlet" }, () => ({ contents: `export const lazyBifKeys = ${JSON.stringify(lazyBifKeys)};\n`, loader: "js" }));
      build.onResolve({ filter: /\/bifs\/index\.ts$/ }, (args) => (resolve(args.resolveDir, args.path) === join(root, "vm", "bifs", "index.ts") ? { path: join(root, "web", "bifs.ts") } : undefined));
    },
  };
  const common = { loader: { ".ex": "text", ".exs": "text" }, absWorkingDir: root, bundle: true, platform: "browser", format: "esm", target: "es2022", minify: process.env.BEAMLET_WEB_MINIFY !== "0", logLevel: "error", legalComments: "none" };
  // a module whose default export is the library's text: the browser scans the string while it
  // parses the module, on a background thread (script streaming), not on the page's main thread
  if (lib.groups.length !== LIBRARY_FILES.length) throw new Error(`build-web: ${lib.groups.length} library groups for ${LIBRARY_FILES.length} files`);
  // and the same text as a file of its own (NAME.txt), which a page fetches: no script to parse
  lib.groups.forEach((g, i) => {
    const text = Buffer.from(g.bytes).toString("latin1");
    writeFileSync(join(outDir, LIBRARY_FILES[i]), `export default ${JSON.stringify(text)};\n`);
    writeFileSync(join(outDir, libraryTextFile(LIBRARY_FILES[i])), text);
  });
  // split at its dynamic imports: the compiler's warning passes and the REPL come as chunks of
  // their own (chunk-*.js), which a first program's start does not wait to parse
  const { metafile } = await esbuild.build({ ...common, entryPoints: { beamlet: join(root, "web", "embed.ts") }, outdir: outDir, splitting: true, chunkNames: "chunk-[hash]", plugins: [libraryPlugin, lazyBifsPlugin], metafile: true });
  writeFileSync(join(outDir, "beamlet.meta.json"), JSON.stringify(metafile));
  // what the page's first run needs, for index.html to preload: beamlet.js with the chunks it
  // imports (the compiler and its warning passes come on a first compilation: web/embed.ts)
  const firstRun = new Set();
  const outputs = Object.entries(metafile.outputs).map(([file, o]) => ({ name: file.split("/").pop(), ...o }));
  const visit = (name) => {
    if (firstRun.has(name)) return;
    firstRun.add(name);
    for (const i of outputs.find((o) => o.name === name).imports) if (i.kind === "import-statement") visit(i.path.split("/").pop());
  };
  visit("beamlet.js");
  for (const entry of ["compiler/warnings/index.ts", "web/compiler_side.ts"]) {
    const chunk = outputs.find((o) => o.entryPoint === entry);
    if (!chunk) throw new Error(`build-web: no chunk of ${entry} (web/embed.ts imports it dynamically)`);
    if (firstRun.has(chunk.name)) throw new Error(`build-web: ${entry} is imported statically: a page's first output would wait for it`);
  }

  // 3. the playground, which imports the API as the separate file ./beamlet.js
  //    and the editor (CodeMirror), which it loads later as the separate file ./editor.js
  const apiExternal = {
    name: "beamlet-api-external",
    setup(build) {
      build.onResolve({ filter: /\/embed\.ts$/ }, () => ({ path: "./beamlet.js", external: true }));
      build.onResolve({ filter: /^\.\/editor\.ts$/ }, (args) => (args.kind === "dynamic-import" ? { path: "./editor.js", external: true } : undefined));
      build.onResolve({ filter: /^beamlet:precompiled-examples$/ }, () => ({ path: "precompiled-examples", namespace: "beamlet" }));
      build.onLoad({ filter: /^precompiled-examples$/, namespace: "beamlet" }, () => ({ contents: `export default ${JSON.stringify(examples)};\n`, loader: "js" }));
    },
  };
  await esbuild.build({ ...common, entryPoints: [join(root, "web", "playground", "playground.ts")], outfile: join(outDir, "playground.js"), plugins: [apiExternal] });
  await esbuild.build({ ...common, entryPoints: [join(root, "web", "playground", "editor.ts")], outfile: join(outDir, "editor.js") });
  for (const f of STATIC) copyFileSync(join(root, "web", "playground", f), join(outDir, f));
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  const preloadTag = '<link rel="modulepreload" href="beamlet.js">';
  const libraryTag = `<link rel="preload" href="${libraryTextFile(LIBRARY_FILE)}" as="fetch" crossorigin>\n`;
  if (!html.includes(preloadTag) || !html.includes(libraryTag)) throw new Error(`build-web: web/playground/index.html has no ${preloadTag} or ${libraryTag.trim()}`);
  // the browser requests them in this order over HTTP/1.1's 6 connections and parses each on a
  // background thread as it arrives, and the page's modules run when the last is parsed: the
  // largest parse (the compiler and the VM) is asked for first, then the library (the largest
  // download, which createNode waits for), then the others from the largest down
  const bySize = [...firstRun].sort((a, b) => outputs.find((o) => o.name === b).bytes - outputs.find((o) => o.name === a).bytes);
  const tags = bySize.map((f) => `<link rel="modulepreload" href="${f}">`);
  tags.splice(1, 0, libraryTag.trim());
  writeFileSync(join(outDir, "index.html"), html.replace(libraryTag, "").replace(preloadTag, tags.join("\n")));
  // beamlet.js last: its time stamp is what says the build is up to date
  const files = readdirSync(outDir).sort((a, b) => (a === "beamlet.js") - (b === "beamlet.js"));
  for (const f of files) renameSync(join(outDir, f), join(finalDir, f));
  // the chunks of earlier builds (their names are hashes of their contents)
  for (const f of readdirSync(finalDir)) if (/^chunk-.*\.js$/.test(f) && !files.includes(f)) rmSync(join(finalDir, f), { force: true });
  rmSync(outDir, { recursive: true, force: true });
  return { outDir: finalDir, precompiledExamples: Object.keys(examples), modules: lib.modules, libraryBytes: lib.groups.map((g) => g.bytes.length), groupModules: lib.groups.map((g) => g.modules) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await buildWeb();
  console.log(`dist/web: examples compiled ahead: ${r.precompiledExamples.join(", ")}`);
  console.log(`dist/web: ${r.modules} library modules, ${LIBRARY_FILES.map((f, i) => `${r.groupModules[i]} in ${f} (${r.libraryBytes[i]} bytes)`).join(", ")}`);
}
