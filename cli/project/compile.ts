// `beamlet compile` in a project: lib/**/*.ex -> _build/ENV/lib/APP/ebin/Elixir.*.bbc plus APP.app.
// Only files whose source (or the compiler) changed are rebuilt; a manifest remembers which
// modules each file defined and the hash of its text.
import { warningText, ansiEnabled } from "../colors.ts";
import * as fs from "node:fs";
import * as path from "node:path";
import { createHash } from "node:crypto";
import type { Node } from "../../vm/node.ts";
import { atom, list, listToArray, type Term, type Tuple } from "../../vm/terms.ts";
import { isModuleBodyFailure } from "../../compiler/module_body.ts";
import { parse } from "../../lang/parse.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { compileModules } from "../../compiler/compile.ts";
import { writeModule, readModule } from "../../vm/bytecode_file.ts";
import { compilerFingerprint } from "../fingerprint.ts";
import { hostFor } from "./node_util.ts";
import type { Ast } from "../../lang/ast.ts";
import { fileWarnings, knownExportsOf, fileWarningTexts, redefinitionWarnings, checkedLast, formatWarning, type Warning } from "../../compiler/warnings/index.ts";
import { takeAllUnplaced } from "../../compiler/placed_warnings.ts";
import type { Project } from "./mixfile.ts";
import { installCompiled } from "../../vm/early_loads.ts";
import { linkBuildStructure } from "./build_structure.ts";
import { watchLongCompilation } from "./long_compilation.ts";

const MANIFEST = ".beamlet_manifest.json";

interface Manifest {
  compiler: string;
  files: Record<string, { hash: string; modules: string[] }>;
  /** the hash of the application's own configuration (config.exs) the files were compiled with */
  appConfig?: string;
}

function compilerKey(): string {
  return compilerFingerprint(["compiler", "lang", "vm"], (dir, f) => dir !== "vm" || f === "bytecode_file.ts" || f === "module.ts");
}

/** the .ex files of the project's elixirc_paths (folders walked, files as given), each once */
export function sourceFiles(dir: string, paths: string[] = ["lib"]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".ex")) out.push(path.relative(dir, p));
    }
  };
  for (const p of paths) {
    const abs = path.resolve(dir, p);
    if (abs.endsWith(".ex") && fs.existsSync(abs) && fs.statSync(abs).isFile()) out.push(path.relative(dir, abs));
    else walk(abs);
  }
  return [...new Set(out)];
}

export interface CompileResult {
  ok: boolean;
  compiled: number;
  modules: string[];
  /** something was compiled, removed or the .app file changed (recompile/0's :ok, else :noop) */
  changed: boolean;
  /** the modules of the files compiled; fresh: there was no build before; appChanged: the .app
   *  file was rewritten (its module list changed); removed: a source file had gone */
  compiledModules?: number;
  fresh?: boolean;
  appChanged?: boolean;
  removed?: boolean;
}

/**
 * The processes mix's compiler takes on the BEAM for a compile before the application starts
 * (`mix run` right after a change), as counted beside mix 1.14: 4, 6 a file, 4 more for each
 * module of a file past its first, and 15 more for a first build (no manifest: protocols
 * consolidated, the .app written); after a first build, 1 more when the .app changes and 1 when
 * a file was removed. Pids after it then number as mix's.
 */
export function mixCompilePids(r: CompileResult): number {
  if (!r.ok || r.compiled === 0) return 0;
  const modules = r.compiledModules ?? r.compiled;
  const later = (r.appChanged ? 1 : 0) + (r.removed ? 1 : 0);
  return Math.max(0, 4 + 6 * r.compiled + 4 * (modules - r.compiled) + (r.fresh ? 15 : later));
}

/** an Erlang term file like mix's APP.app */
export function appFileText(p: Project, modules: string[], spec: { mod?: string; applications: string[] }): string {
  const q = (a: string) => (/^[a-z][a-zA-Z0-9_@]*$/.test(a) ? a : `'${a.replace(/'/g, "\\'")}'`);
  const lines = [
    `{application,${q(p.app)},`,
    `             [{applications,[${spec.applications.map(q).join(",")}]},`,
    `              {description,"${p.app}"},`,
    `              {modules,[${modules.map(q).join(",")}]},`,
    `              {registered,[]},`,
    `              {vsn,"${p.version}"}${spec.mod ? "," : "]}."}`,
  ];
  if (spec.mod) lines.push(`              {mod,${spec.mod}}]}.`);
  return lines.join("\n") + "\n";
}

/** {Anemone.Application, []} (Elixir source) -> {'Elixir.Anemone.Application',[]} */
function modFromSpec(specSource: string): string | undefined {
  const m = /mod: \{([A-Z][A-Za-z0-9_.]*|:[a-z_][A-Za-z0-9_]*), \[\]\}/.exec(specSource);
  if (!m) return undefined;
  const name = m[1].startsWith(":") ? m[1].slice(1) : "Elixir." + m[1];
  return `{'${name}',[]}`;
}

export interface CompileOptions {
  force?: boolean;
  quiet?: boolean;
  warningsAsErrors?: boolean;
  /** where messages go (default: process.stdout / process.stderr) */
  write?: (fd: 1 | 2, text: string) => void;
  /**
   * the node runs the project (recompile/0 in `beamlet repl`): modules already loaded stay as they
   * are, and the modules of deleted files are purged and deleted, as mix does in iex
   */
  running?: boolean;
  /** the application's own configuration, as config.exs gave it (inspected): when it differs from
   *  the one of the last build, every file compiles again, as mix does */
  appConfig?: string;
  /** mix.exs and the configuration files read (config.exs, its imports): one newer than the .app
   *  writes it again ("Generated APP app"), as mix does */
  configFiles?: string[];
}

/** the frame Kernel.ParallelCompiler's worker adds under a compile error */
const PARALLEL_COMPILER_FRAME = "    (elixir 1.14.0) lib/kernel/parallel_compiler.ex:346: anonymous fn/5 in Kernel.ParallelCompiler.spawn_workers/7\n";

/**
 * the stack trace under an error a module body's code raised: its frames down to the body's
 * `(module)`, then the compiler worker's while the BEAM's 8-frame trace still reaches it (the
 * elixir_compiler and elixir_module frames between, which Elixir prunes, take six)
 */
function bodyTrace(node: Node, e: CompileError): string {
  const frames = listToArray(e.expansionStack as Term) ?? [];
  const r = node.callSync(atom("Elixir.Exception"), atom("format_stacktrace"), [list(frames)]) as Tuple;
  const text = r.items[0] === atom("ok") ? String(r.items[1]) : "";
  return text + (frames.length <= 1 ? PARALLEL_COMPILER_FRAME : "");
}

export function compileProject(node: Node, p: Project, opts: CompileOptions = {}): CompileResult {
  const steps = compileSteps(node, p, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** compileProject with `between()` awaited after each file compiled: a Ctrl-C taken meanwhile
 *  shows the BREAK menu, and the compilation waits for its answer (mix's does, the BEAM's
 *  schedulers blocked) */
export async function compileProjectAsync(node: Node, p: Project, opts: CompileOptions, between: () => Promise<void>): Promise<CompileResult> {
  const steps = compileSteps(node, p, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await between();
  }
}

/** the compilation, a step for each stale file */
function* compileSteps(node: Node, p: Project, opts: CompileOptions): Generator<void, CompileResult> {
  const write = opts.write ?? ((fd: 1 | 2, text: string) => (fd === 1 ? process.stdout : process.stderr).write(text));
  const out = (s: string) => write(1, s);
  const err = (s: string) => write(2, s);
  fs.mkdirSync(p.ebin, { recursive: true });
  linkBuildStructure(p.dir, p.buildDir);
  const manifestPath = path.join(p.buildDir, MANIFEST);
  let manifest: Manifest = { compiler: compilerKey(), files: {} };
  try {
    const m = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as Manifest;
    if (m.compiler === compilerKey() && !opts.force) manifest = m;
  } catch {
    /* first build */
  }
  const fresh = Object.keys(manifest.files).length === 0;
  const files = sourceFiles(p.dir, p.elixircPaths);
  const texts = new Map(files.map((f) => [f, fs.readFileSync(path.join(p.dir, f), "utf8")]));
  const hashOf = (t: string) => createHash("sha1").update(t).digest("hex");
  const bbc = (mod: string) => path.join(p.ebin, mod + ".bbc");
  const configHash = opts.appConfig === undefined ? undefined : hashOf(opts.appConfig);
  const configChanged = configHash !== undefined && (manifest.appConfig ?? hashOf("[]")) !== configHash;
  if (configHash !== undefined) manifest.appConfig = configHash;
  const stale = files.filter((f) => {
    const e = manifest.files[f];
    return !e || configChanged || e.hash !== hashOf(texts.get(f)!) || e.modules.some((m) => !fs.existsSync(bbc(m)));
  });
  // files that disappeared: their modules go
  let removed = false;
  for (const f of Object.keys(manifest.files)) {
    if (!texts.has(f)) {
      removed = true;
      for (const m of manifest.files[f].modules) {
        fs.rmSync(bbc(m), { force: true });
        if (opts.running) unload(node, m);
      }
      delete manifest.files[f];
    }
  }
  // the unchanged modules are loaded first, so changed files see their exports and structs
  for (const f of files) {
    if (stale.includes(f)) continue;
    for (const m of manifest.files[f].modules) {
      if (opts.running && node.code.current(atom(m))) continue;
      const bytes = fs.readFileSync(bbc(m));
      const c = readModule(new Uint8Array(bytes));
      if (c) node.code.loadCompiled(c, bbc(m));
    }
  }
  if (stale.length > 0) {
    if (!opts.quiet) out(`Compiling ${stale.length} file${stale.length === 1 ? "" : "s"} (.ex)\n`);
    const host = hostFor(node);
    host.beingRecompiled = new Set(stale.flatMap((f) => manifest.files[f]?.modules ?? []));
    host.projectModules = definedModuleNames([...texts.values()]);
    // (a definition's expansion warnings are held, each printed among its module's where Elixir
    // prints it, between the unused variables of the clauses before and its own clause's)
    host.placeDefinitionWarnings = true;
    const asts: [string, Ast][] = [];
    for (const f of stale) {
      const text = texts.get(f)!;
      let mods;
      let parsed = false;
      try {
        const ast = parse(text, f);
        parsed = true;
        const unwatch = watchLongCompilation(node.host, f, out);
        try {
          mods = node.compilingFile(() => compileModules(ast, f, host));
        } finally {
          unwatch();
        }
        asts.push([f, ast]);
      } catch (e) {
        if (e instanceof CompileError) {
          for (const w of takeAllUnplaced()) err(warningText(w, ansiEnabled()));
          // as Kernel.ParallelCompiler: on standard output, then the error's stack trace (the
          // worker's frame under a file that does not parse, nothing under the expander's errors)
          const trace = !parsed ? PARALLEL_COMPILER_FRAME : isModuleBodyFailure(e) ? bodyTrace(node, e) : e.banner ? "" : "\n";
          out(`\n== Compilation error in file ${f} ==\n${e.format(text)}\n${trace}`);
          host.projectModules = undefined;
          saveManifest(manifestPath, manifest);
          return { ok: false, compiled: 0, modules: [], changed: true };
        }
        throw e;
      }
      for (const old of manifest.files[f]?.modules ?? []) {
        if (mods.some((m) => m.name === old)) continue;
        fs.rmSync(bbc(old), { force: true });
        if (opts.running) unload(node, old);
      }
      for (const m of mods) {
        // (loaded from its object file, as mix's compiler loads it: :code.which/1 names it)
        installCompiled(node.code, m, bbc(m.name));
        const tmp = bbc(m.name) + ".tmp" + process.pid;
        fs.writeFileSync(tmp, writeModule(m));
        fs.renameSync(tmp, bbc(m.name));
      }
      manifest.files[f] = { hash: hashOf(text), modules: mods.map((m) => m.name) };
      yield;
    }
    // (code compiled later, as test files, is not the project's)
    host.projectModules = undefined;
    // as mix: the warnings of the files compiled, once all of them are (calls across files known)
    let warned = 0;
    let current = "";
    const redefined = redefinitionWarnings(() => current, (m) => path.relative(process.cwd(), bbc(m)), new Set());
    const checked: Warning[][] = [];
    for (const [f, ast] of asts) {
      current = f;
      const fw = fileWarnings(ast, f, knownExportsOf(host), { script: false, source: texts.get(f) });
      for (const t of fileWarningTexts(fw, redefined, checked)) {
        err(warningText(t, ansiEnabled()));
        warned++;
      }
    }
    for (const w of checkedLast(checked)) {
      err(warningText(formatWarning(w), ansiEnabled()));
      warned++;
    }
    if (warned && opts.warningsAsErrors) {
      err("Compilation failed due to warnings while using the --warnings-as-errors option\n");
      // compiled again next time, so the warnings show again
      for (const [f] of asts) delete manifest.files[f];
      saveManifest(manifestPath, manifest);
      return { ok: false, compiled: 0, modules: [], changed: true };
    }
  }
  const modules = files.flatMap((f) => manifest.files[f]?.modules ?? []).sort();
  const spec = p.appSpecSource;
  const apps = ["kernel", "stdlib", "elixir", ...(/extra_applications: \[([^\]]*)\]/.exec(spec)?.[1] ?? "").split(",").map((s) => s.trim().replace(/^:/, "")).filter(Boolean)];
  const appFile = path.join(p.ebin, p.app + ".app");
  const text = appFileText(p, modules, { mod: modFromSpec(spec), applications: apps });
  let previous = "";
  try {
    previous = fs.readFileSync(appFile, "utf8");
  } catch {
    /* new */
  }
  // (mix writes it again when the configuration changed: the application's environment goes in it)
  const appTime = previous === "" ? 0 : fs.statSync(appFile).mtimeMs;
  const rewrite = previous !== text || configChanged || (opts.configFiles ?? []).some((f) => fs.existsSync(f) && fs.statSync(f).mtimeMs > appTime);
  if (rewrite) fs.writeFileSync(appFile, text);
  fs.writeFileSync(path.join(p.buildDir, "beamlet_app.json"), JSON.stringify({ app: p.app, version: p.version, spec: p.appSpecSource }, null, 2) + "\n");
  saveManifest(manifestPath, manifest);
  // as mix: "Generated APP app" only when the .app file is written: it changed (a module added
  // or removed...), or --force
  if ((rewrite || opts.force) && !opts.quiet) out(`Generated ${p.app} app\n`);
  const compiledModules = stale.reduce((n, f) => n + (manifest.files[f]?.modules.length ?? 0), 0);
  return { ok: true, compiled: stale.length, modules, changed: stale.length > 0 || removed || previous !== text, compiledModules, fresh, appChanged: previous !== text, removed };
}

/** the names the project's files give defmodule (`defmodule __MODULE__.Name` counts as Name);
 *  undefined when some defmodule's name is computed, so any module may come to exist */
function definedModuleNames(sources: string[]): Set<string> | undefined {
  const names = new Set<string>();
  for (const text of sources) {
    for (const m of text.matchAll(/\bdefmodule(?:\s+|\s*\(\s*)(\S+)/g)) {
      const name = /^(?:__MODULE__\.)?([A-Z][\w.]*?)(?:,|\(|$)/.exec(m[1].replace(/,$/, "") + ",");
      if (name === null) return undefined;
      names.add(name[1]);
    }
  }
  return names;
}

/** a module whose file is gone: purged and deleted (mix does it before recompiling in iex) */
function unload(node: Node, mod: string): void {
  const m = atom(mod);
  node.code.purge(m);
  node.code.delete(m);
}

function saveManifest(file: string, m: Manifest): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(m, null, 1) + "\n");
}
