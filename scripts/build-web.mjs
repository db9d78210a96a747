#!/usr/bin/env node
// The browser build, in dist/web/ (static files, servable as they are):
//   beamlet.js     the embedding API (web/embed.ts): vm/, an ES module, minified, with
//                  chunk-start-1.js, the other half of what it imports at start, and chunk-*.js
//                  beside it: the parts it imports later (lang/ and compiler/ with the BIFs that
//                  compile, the warning passes, the REPL, the BIF groups of vm/bifs/lazy_groups.ts)
//   beamlet-library.js  the standard library precompiled to bytecode at build time, a module whose
//                  default export is its text (imported by beamlet.js, preloaded by index.html):
//                  the core, what the page's first run (hello) uses
//   beamlet-library-common.js  the commonly used rest (GenServer, Supervisor, exceptions, Macro,
//                  IEx.Helpers ...), the same way, fetched with the compiler or when a program
//                  compiled ahead first calls one of its modules
//   beamlet-library-more.js  the rarely used rest (ExUnit, calendar, Regex, ...), the same way,
//                  fetched when a program first uses one of its modules
//   beamlet-library-docs.js  the docs of all of the library's modules, the same way, fetched when
//                  docs are first asked for (h/1, Code.fetch_docs ...)
//   playground.js  the playground page's code (imports ./beamlet.js)
//   editor.js      the playground's editor, CodeMirror 6 (playground.js loads it after the first run)
//   index.html, playground.css
// BEAMLET_WEB_MINIFY=0 keeps the names (for profiling); BEAMLET_WEB_START_FILES=N makes what a page
// loads at start N files instead of 2 (for A/B comparisons: scripts/ab-web.ts).
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
export const LIBRARY_FILES = [LIBRARY_FILE, "beamlet-library-common.js", "beamlet-library-more.js", "beamlet-library-docs.js"];
/** the example the playground runs at load (web/playground/playground.ts): the library modules its
 *  run uses are the core */
const FIRST_EXAMPLE = "hello.exs";
/** beamlet.js's imports of the library's modules (kept as they are: files beside it) */
const LIBRARY_IMPORT = /^\.\/beamlet-library(-[a-z]+)?\.js$/;
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
    const compiled = precompile.precompileScripts(exampleFiles.map((f) => ({ file: "main.exs", source: readFileSync(join(exampleDir, f), "utf8") })));
    // the library's core: what the page's first run (hello, compiled ahead) uses
    const first = compiled[exampleFiles.indexOf(FIRST_EXAMPLE)];
    if (!first) throw new Error(`build-web: ${FIRST_EXAMPLE} (the page's first run) is not compiled ahead`);
    lib = await precompile.precompileLibrary([first]);
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
      build.onResolve({ filter: LIBRARY_IMPORT }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /^library$/, namespace: "beamlet" }, () => ({
        contents:
          `export const libraryFiles = ${JSON.stringify(LIBRARY_FILES)};\n` +
          // each file's module, imported by a literal name: a bundler taking in beamlet.js
          // carries them along (as chunks of its own output, with code splitting), Node and a page
          // serving dist/web import them from beside beamlet.js
          `export const libraryModules = [${LIBRARY_FILES.map((f) => `() => import(${JSON.stringify("./" + f)})`).join(", ")}];\n` +
          `export const libraryIndex = ${jsonText(lib.index)};\n` +
          `export const librarySections = ${JSON.stringify(lib.sections)};\n` +
          `export const libraryDocsFile = ${LIBRARY_FILES.length - 1};\n` +
          `export const libraryWithCompiler = ${LIBRARY_FILES.indexOf("beamlet-library-common.js")};\n` +
          `export const libraryReach = ${jsonText(lib.reach)};\n` +
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
      build.onLoad({ filter: /^lazy-bif-keys$/, namespace: "beamlet" }, () => ({ contents: `export const lazyBifKeys = ${jsonText(lazyBifKeys)};\n`, loader: "js" }));
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
  // what the page's first run needs, for index.html to preload: beamlet.js with the chunks it
  // imports (the compiler and its warning passes come on a first compilation: web/embed.ts)
  const firstRun = new Set();
  const outputs = Object.entries(metafile.outputs).map(([file, o]) => ({ file, name: file.split("/").pop(), ...o }));
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
  // 2b. beamlet.js with the chunks it imports merged into two files: esbuild splits what a page
  // loads at start into a chunk per set of entry points sharing it (20 files), though every
  // dynamic import comes after beamlet.js has run; those were 20 requests queued over HTTP/1.1's 6
  // connections behind each other (what the first output waited for on a loaded machine). Two
  // files, not one: V8 parses each on a background thread of its own (interleaved A/B in
  // Chromium at load average 17-21: first output 731 -> 629 ms medians of 20 visits with two
  // files; one file fetched sooner still but parsed later, 646 -> 739 ms, and three 782 ms)
  const merged = await mergeFirstRun(esbuild, common, outDir, metafile, outputs, firstRun, Number(process.env.BEAMLET_WEB_START_FILES ?? 2));
  writeFileSync(join(outDir, "beamlet.meta.json"), JSON.stringify(merged.metafile));

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
  // the library's core: preloaded, and read to text by a script of the page while the modules
  // download and parse (web/embed.ts PREFETCHED), first of all
  const libraryTag = `<link rel="preload" href="${libraryTextFile(LIBRARY_FILE)}" as="fetch" crossorigin>`;
  const libraryFetch = `window.beamletPrefetched = { "${libraryTextFile(LIBRARY_FILE)}": fetch("${libraryTextFile(LIBRARY_FILE)}")`;
  if (!html.includes(preloadTag) || !html.includes(libraryTag) || !html.includes(libraryFetch)) throw new Error(`build-web: web/playground/index.html has no ${preloadTag}, ${libraryTag} or ${libraryFetch}`);
  if (html.indexOf(libraryFetch) > html.indexOf('<link rel="stylesheet"')) throw new Error("build-web: web/playground/index.html fetches the library after its stylesheet (the script would wait for it)");
  // the browser requests them in this order and parses each on a background thread as it
  // arrives, and the page's modules run when the last is parsed: the larger of the two files is
  // asked for first
  const tags = merged.files.map((f) => `<link rel="modulepreload" href="${f}">`);
  writeFileSync(join(outDir, "index.html"), html.replace(preloadTag, tags.join("\n")));
  // beamlet.js last: its time stamp is what says the build is up to date
  const files = readdirSync(outDir).sort((a, b) => (a === "beamlet.js") - (b === "beamlet.js"));
  for (const f of files) renameSync(join(outDir, f), join(finalDir, f));
  // the chunks of earlier builds (their names are hashes of their contents)
  for (const f of readdirSync(finalDir)) if (/^chunk-.*\.js$/.test(f) && !files.includes(f)) rmSync(join(finalDir, f), { force: true });
  rmSync(outDir, { recursive: true, force: true });
  return { outDir: finalDir, precompiledExamples: Object.keys(examples), modules: lib.modules, libraryBytes: lib.groups.map((g) => g.bytes.length), groupModules: lib.groups.map((g) => g.modules) };
}

/** a table of the build (the library's index and reach, the lazily loaded BIFs' keys) as the
 *  code of its module: JSON text parsed when the module runs, which V8's parser scans as one
 *  string, several times faster than the same table as array and object literals (50 KB of
 *  beamlet.js's code) */
const jsonText = (value) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

/** whether a module of the bundle (a path of esbuild's metafile) is a table kept as JSON text
 *  (vm/lazy_json.ts, and the build's own modules of jsonText tables): to V8's parser, mostly one
 *  long string */
const jsonTextModules = new Map();
export function holdsJsonText(input) {
  if (input === "beamlet:library" || input === "beamlet:lazy-bif-keys") return true;
  if (!jsonTextModules.has(input)) {
    const file = join(ROOT, input);
    jsonTextModules.set(input, /\.ts$/.test(input) && !input.endsWith("lazy_json.ts") && existsSync(file) && /\blazyJson\b/.test(readFileSync(file, "utf8")));
  }
  return jsonTextModules.get(input);
}

/** Merges the chunks beamlet.js imports statically (`firstRun`, beamlet.js included) into `parts`
 *  files, in outDir: a second esbuild pass over the split build's files. The chunks in an order
 *  where each comes after those it imports are cut into parts of about as much code to parse (holdsJsonText), so that each
 *  part imports only earlier ones; the last, with beamlet.js, is beamlet.js, the others
 *  chunk-start-N.js. A part exports, besides beamlet.js's own names, each merged chunk's exports as
 *  $N$NAME (N its place in that order), and what imported a merged chunk (a later part, the chunks loaded later) imports
 *  them from its part instead (one instance of every module). Returns the files of the first
 *  load, largest first, and the split build's metafile rewritten to the merged files (its inputs
 *  per output as before, for the tests that check what loads when). */
async function mergeFirstRun(esbuild, common, outDir, metafile, outputs, firstRun, parts) {
  const byName = new Map(outputs.map((o) => [o.name, o]));
  const base = (p) => p.split("/").pop();
  const order = [];
  const visit = (name) => {
    if (order.includes(name)) return;
    for (const i of byName.get(name).imports) if (i.kind === "import-statement") visit(base(i.path));
    order.push(name);
  };
  visit("beamlet.js");
  // cut by what V8 parses: a module that holds JSON text in a string (vm/lazy_json.ts:
  // vm/library_clauses_data.ts's 278 KB) is scanned ~20 times faster than code of its size
  // (Chromium's traces of a cut by bytes: the part made half of that string parsed in 10 ms of
  // CPU, the other, all code, in 26 ms, and the page's modules waited for the slower)
  const weight = new Map(order.map((c) => [c, Object.entries(byName.get(c).inputs).reduce((n, [input, { bytesInOutput }]) => n + (holdsJsonText(input) ? bytesInOutput / 20 : bytesInOutput), 0)]));
  const total = order.reduce((n, c) => n + weight.get(c), 0);
  const partOf = new Map();
  let before = 0;
  for (const c of order) {
    // (each chunk where its middle falls: a large chunk across a cut goes to the side that has
    // more of it)
    partOf.set(c, Math.min(parts - 1, Math.floor(((before + weight.get(c) / 2) * parts) / total)));
    before += weight.get(c);
  }
  const used = [...new Set(partOf.values())];
  const last = used[used.length - 1];
  const fileOf = (part) => (part === last ? "beamlet.js" : `chunk-start-${used.indexOf(part) + 1}.js`);
  const alias = (chunk, name) => `$${order.indexOf(chunk)}$${name}`;
  /** the names a chunk of the split build imports from `name` (esbuild writes
   *  import{a as b,c}from"./name"); null (all of its exports) for any other form */
  const usedNames = (importer, name) => {
    const text = readFileSync(importer, "utf8");
    const forms = [...text.matchAll(new RegExp(`(import|export)\\s*([^;]*?)\\s*from\\s*"\\./${name.replace(/[.$]/g, "\\$&")}"`, "g"))];
    if (forms.length === 0 || forms.some((m) => m[1] !== "import" || !/^\{[^}]*\}$/.test(m[2]))) return null;
    return [...new Set(forms.flatMap((m) => m[2].slice(1, -1).split(",").map((n) => n.trim().split(/\s+as\s+/)[0]).filter(Boolean)))];
  };
  /** esbuild's resolution for a build of `part` (null: a chunk loaded later): merged chunks of
   *  the part are bundled, those of other parts re-exported from their part, the rest external */
  const plugin = (part) => ({
    name: "beamlet-merge",
    setup(build) {
      build.onResolve({ filter: LIBRARY_IMPORT }, (args) => ({ path: args.path, external: true }));
      build.onResolve({ filter: /^\.\/(chunk-[\w-]+|beamlet)\.js$/ }, (args) => {
        const name = args.path.slice(2);
        if (args.namespace === "beamlet-merged" || !firstRun.has(name)) return { path: args.path, external: true };
        return partOf.get(name) === part ? undefined : { path: `${name}?${args.importer.split("/").pop()}`, namespace: "beamlet-merged", pluginData: usedNames(args.importer, name) };
      });
      build.onLoad({ filter: /.*/, namespace: "beamlet-merged" }, (args) => {
        // (one module per importer: esbuild loads a path once)
        const chunk = byName.get(args.path.split("?")[0]);
        const names = args.pluginData ?? chunk.exports;
        return { contents: `export { ${names.map((e) => `${alias(chunk.name, e)} as ${e}`).join(", ")} } from "./${fileOf(partOf.get(chunk.name))}";\n`, loader: "js", resolveDir: outDir };
      });
    },
  });
  const merged = await Promise.all(
    used.map(async (part) => {
      const chunks = order.filter((c) => partOf.get(c) === part);
      const contents =
        (part === last ? `export * from "./beamlet.js";\n` : "") +
        chunks
          .filter((c) => c !== "beamlet.js" && byName.get(c).exports.length > 0)
          .map((c) => `export { ${byName.get(c).exports.map((e) => `${e} as ${alias(c, e)}`).join(", ")} } from "./${c}";\n`)
          .join("");
      const r = await esbuild.build({ ...common, stdin: { contents, resolveDir: outDir, loader: "js", sourcefile: `merged:${fileOf(part)}` }, write: false, outfile: join(outDir, fileOf(part)), plugins: [plugin(part)] });
      return { part, file: fileOf(part), chunks, bytes: r.outputFiles[0].contents };
    }),
  );
  const later = outputs.filter((o) => !firstRun.has(o.name) && /^chunk-[\w-]+\.js$/.test(o.name));
  const rewritten = await Promise.all(
    later.map(async (o) => {
      const r = await esbuild.build({ ...common, entryPoints: [join(outDir, o.name)], write: false, outfile: join(outDir, o.name), plugins: [plugin(null)] });
      return { file: o.name, bytes: r.outputFiles[0].contents };
    }),
  );
  for (const c of firstRun) rmSync(join(outDir, c));
  for (const f of [...merged, ...rewritten]) writeFileSync(join(outDir, f.file), f.bytes);
  // the metafile of the merged files
  const keyOf = (file) => byName.get("beamlet.js").file.replace(/[^/]+$/, file);
  const rename = (i) => (firstRun.has(base(i.path)) ? { ...i, path: keyOf(fileOf(partOf.get(base(i.path)))) } : i);
  const dedupe = (imports) => imports.filter((i, n) => imports.findIndex((j) => j.path === i.path && j.kind === i.kind) === n);
  const outputsMeta = {};
  for (const m of merged) {
    const os = m.chunks.map((c) => byName.get(c));
    outputsMeta[keyOf(m.file)] = {
      ...(m.file === "beamlet.js" ? { entryPoint: byName.get("beamlet.js").entryPoint } : {}),
      bytes: m.bytes.length,
      inputs: Object.assign({}, ...os.map((o) => o.inputs)),
      imports: dedupe(os.flatMap((o) => o.imports.map(rename)).filter((i) => i.path !== keyOf(m.file))),
      exports: m.file === "beamlet.js" ? byName.get("beamlet.js").exports : [],
    };
  }
  for (const o of outputs.filter((o) => !firstRun.has(o.name))) {
    const { file, name, ...rest } = o;
    outputsMeta[file] = { ...rest, bytes: rewritten.find((r) => r.file === name)?.bytes.length ?? o.bytes, imports: dedupe(o.imports.map(rename)) };
  }
  return { files: merged.sort((a, b) => b.bytes.length - a.bytes.length).map((m) => m.file), metafile: { inputs: metafile.inputs, outputs: outputsMeta } };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await buildWeb();
  console.log(`dist/web: examples compiled ahead: ${r.precompiledExamples.join(", ")}`);
  console.log(`dist/web: ${r.modules} library modules, ${LIBRARY_FILES.map((f, i) => `${r.groupModules[i]} in ${f} (${r.libraryBytes[i]} bytes)`).join(", ")}`);
}
