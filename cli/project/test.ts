// `beamlet test [FILE[:LINE]...]` in a project, as `mix test`: compile lib/ (MIX_ENV=test), start
// the application, load test/test_helper.exs and the test files, run the suite
// (ExUnit.TestCommand). Exit status: 0 all passed, 2 a test failed, 1 a compile or load error.
import * as fs from "node:fs";
import * as path from "node:path";
import { compileInProject, startApplication, projectEbins } from "./run.ts";
import { bootNode, hostFor } from "./node_util.ts";
import { projectConfigPreamble } from "./config.ts";
import { TestFileWarnings, testWarningsEmitted } from "./test_warnings.ts";
import { compileScript } from "../../compiler/compile.ts";
import { knownExportsOf } from "../../compiler/warnings/index.ts";
import { parse } from "../../lang/parse.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { atom, list, tuple, Term, bin } from "../../vm/terms.ts";
import type { Node } from "../../vm/node.ts";
import type { CompiledModule } from "../../vm/module.ts";
import type { Project } from "./mixfile.ts";
import { readModule } from "../../vm/bytecode_file.ts";
import { stopOnSigterm } from "../sigterm.ts";

export interface TestOptions {
  seed?: string;
  trace?: boolean;
  only?: string[];
  include?: string[];
  exclude?: string[];
  failed?: boolean;
  maxFailures?: string;
  slowest?: string;
  timeout?: string;
  maxCases?: string;
  exitStatus?: string;
  raise?: boolean;
  force?: boolean;
  /** commander's --no-compile: false when given */
  compile?: boolean;
  /** only the test files that changed, or reference modules that changed (or that depend on
   *  those), since the last --stale run that passed, as mix test --stale */
  stale?: boolean;
  /** fail (exit 1) a suite that passed when the helper or test files warned, as mix test */
  warningsAsErrors?: boolean;
  /** --partitions N: the share of the test files that MIX_TEST_PARTITION names (ExUnit.TestCommand) */
  partitions?: string;
  /** --formatter NAME (repeatable): the formatters instead of ExUnit.CLIFormatter */
  formatter?: string[];
  /** --color/--no-color: ExUnit's colors: [enabled: ...] */
  color?: boolean;
  /** --no-start: the application is loaded, not started */
  start?: boolean;
  cover?: boolean;
}

/** the *_test.exs files under the test paths, in their order, each folder's sorted */
function testFiles(dir: string, testPaths: string[]): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const abs = path.join(dir, rel);
    if (!fs.existsSync(abs)) return;
    for (const e of fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) walk(r);
      else if (e.name.endsWith("_test.exs")) out.push(r);
    }
  };
  for (const t of testPaths) walk(t);
  return out;
}

/** "foo:bar" -> {:foo, "bar"}, "foo" -> :foo (as ExUnit.Filters.parse) */
function filterTerm(f: string): Term {
  const i = f.indexOf(":");
  return i < 0 ? atom(f) : tuple(atom(f.slice(0, i)), bin(f.slice(i + 1)));
}

const PARALLEL_COMPILER_FRAMES =
  "    (elixir 1.14.0) lib/kernel/parallel_compiler.ex:455: Kernel.ParallelCompiler.require_file/2\n" +
  "    (elixir 1.14.0) lib/kernel/parallel_compiler.ex:348: anonymous fn/5 in Kernel.ParallelCompiler.spawn_workers/7\n";

/** testFile: a test file (mix compiles those), not test_helper.exs (which mix runs as elixir would) */
function compileFile(node: Node, file: string, warnings: TestFileWarnings, testFile = true): CompiledModule {
  const source = fs.readFileSync(file, "utf8");
  try {
    const ast = parse(source, file);
    const host = hostFor(node);
    // (a definition's expansion warnings are printed among its module's: TestFileWarnings)
    host.placeDefinitionWarnings = true;
    const compiled = compileScript(ast, file, host, [], { fileEntry: true, moduleName: node.nextEvalModule() });
    warnings.add(ast, file, source, testFile);
    return compiled;
  } catch (e) {
    // a test file that does not parse: mix test's compiler reports it on stdout, under the
    // frames of its worker
    if (e instanceof CompileError && testFile) {
      process.stdout.write(`\n== Compilation error in file ${file} ==\n${e.format(source)}\n${PARALLEL_COMPILER_FRAMES}`);
      throw e;
    }
    if (e instanceof CompileError) {
      process.stderr.write(e.format(source) + "\n");
      throw e;
    }
    throw e;
  }
}

/**
 * mix test --stale: without a record of a --stale run that passed, every file; else the test
 * files changed since it, and those that name a module of the project compiled since, or one that
 * calls such a module (transitively: a module calling a changed one changed too). Changes of a
 * test_helper.exs make every file stale.
 */
function staleFiles(p: Project, files: string[], manifest: string): string[] {
  let since: number;
  try {
    since = JSON.parse(fs.readFileSync(manifest, "utf8")).since;
  } catch {
    return files;
  }
  const mtime = (f: string) => {
    try {
      return fs.statSync(f).mtimeMs;
    } catch {
      return Infinity;
    }
  };
  if (p.testPaths.some((t) => fs.existsSync(path.join(t, "test_helper.exs")) && mtime(path.join(t, "test_helper.exs")) > since)) return files;
  // the project's modules, the ones compiled since, and whom each calls
  const calls = new Map<string, Set<string>>();
  const changed = new Set<string>();
  for (const m of p.modules ?? []) {
    const file = path.join(p.ebin, m + ".bbc");
    const compiled = fs.existsSync(file) ? readModule(fs.readFileSync(file)) : null;
    calls.set(m, new Set(compiled ? compiled.imports.map((i) => i.module) : []));
    if (mtime(file) > since) changed.add(m);
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const [m, callees] of calls) {
      if (!changed.has(m) && [...callees].some((c) => changed.has(c))) {
        changed.add(m);
        grew = true;
      }
    }
  }
  // a test file names a module by its full alias or, aliased, by its last part
  const names = (src: string) => new Set([...src.matchAll(/\b[A-Z][A-Za-z0-9_]*(?:\.[A-Z][A-Za-z0-9_]*)*/g)].map((m) => m[0]));
  return files.filter((f) => {
    if (mtime(f) > since) return true;
    const used = names(fs.readFileSync(f, "utf8"));
    return [...changed].some((m) => {
      const alias = m.replace(/^Elixir\./, "");
      return used.has(alias) || used.has(alias.slice(alias.lastIndexOf(".") + 1));
    });
  });
}

export async function testCommand(args: string[], opts: TestOptions): Promise<number> {
  const dir = process.cwd();
  const p = await compileInProject(dir, { env: process.env.MIX_ENV ?? "test", force: opts.force, noCompile: opts.compile === false });
  if (!p) return 1;
  if (opts.failed && opts.stale) {
    process.stderr.write("** (Mix) Combining --failed and --stale is not supported.\n");
    return 1;
  }
  // FILE[:LINE[:LINE]]: line filters become include [line: "N"], exclude [:test]
  const files: string[] = [];
  const lineFilters: Term[] = [];
  for (const a of args) {
    const m = /^(.*?)((?::\d+)+)$/.exec(a);
    const file = m ? m[1] : a;
    if (!fs.existsSync(file)) continue;
    if (fs.statSync(file).isDirectory()) files.push(...testFiles(dir, p.testPaths).filter((f) => path.resolve(f).startsWith(path.resolve(file) + path.sep)));
    else files.push(file);
    if (m) for (const l of m[2].slice(1).split(":")) lineFilters.push(tuple(atom("line"), bin(l)));
  }
  // as mix test: a path that matches nothing is an error only when none of them matches
  if (args.length > 0 && files.length === 0) {
    process.stderr.write(`Paths given to "mix test" did not match any directory/file: ${args.join(", ")}\n`);
    return 1;
  }
  if (lineFilters.length > 0 && args.length > 1) {
    process.stderr.write("** (Mix) Line numbers can only be used when running a single test file\n");
    return 1;
  }
  if (args.length === 0) files.push(...testFiles(dir, p.testPaths));
  const staleManifest = path.join(p.buildDir, ".mix", ".beamlet_test_stale.json");
  const staleSince = Date.now();
  if (opts.stale) {
    const stale = staleFiles(p, files, staleManifest);
    if (stale.length === 0) {
      process.stdout.write("No stale tests\n");
      return 0;
    }
    files.splice(0, files.length, ...stale);
  }
  const node = bootNode();
  // as mix run numbers them (Node.numberPidsAsProject): the application's starter is 0.138
  node.numberPidsAsProject();
  stopOnSigterm(node);
  node.code.path.unshift(...projectEbins(p));
  // every test path's test_helper.exs, in order (mix test requires them all, whatever the files
  // given); a missing one stops the command when its turn comes (ExUnit.TestCommand)
  const helperPaths = p.testPaths.map((t) => path.join(t, "test_helper.exs"));
  const helpers: (CompiledModule | null)[] = [];
  const compiled: CompiledModule[] = [];
  const host = hostFor(node);
  // (what the checker knows of loaded modules: their exports, deprecations and macros, as for a script)
  const warnings = new TestFileWarnings(knownExportsOf(host));
  try {
    for (const h of helperPaths) helpers.push(fs.existsSync(h) ? compileFile(node, h, warnings, false) : null);
    for (const f of files) compiled.push(compileFile(node, f, warnings));
  } catch (e) {
    if (e instanceof CompileError) return 1;
    throw e;
  }
  for (const h of helpers) if (h) node.code.loadCompiled(h);
  for (const c of compiled) node.code.loadCompiled(c);

  // the filters as mix test gives them; ExUnit.TestCommand merges them with test_helper.exs's
  const config: Term[] = [];
  if ((opts.include ?? []).length > 0) config.push(tuple(atom("include"), list(opts.include!.map(filterTerm))));
  if ((opts.exclude ?? []).length > 0) config.push(tuple(atom("exclude"), list(opts.exclude!.map(filterTerm))));
  if ((opts.only ?? []).length > 0) config.push(tuple(atom("only"), list(opts.only!.map(filterTerm))));
  if (lineFilters.length > 0) config.push(tuple(atom("lines"), list(lineFilters)));
  if (opts.seed !== undefined) config.push(tuple(atom("seed"), Number(opts.seed)));
  if (opts.trace) config.push(tuple(atom("trace"), atom("true")));
  if (opts.maxFailures !== undefined) config.push(tuple(atom("max_failures"), Number(opts.maxFailures)));
  if (opts.slowest !== undefined) config.push(tuple(atom("slowest"), Number(opts.slowest)));
  if (opts.timeout !== undefined) config.push(tuple(atom("timeout"), Number(opts.timeout)));
  if (opts.maxCases !== undefined) config.push(tuple(atom("max_cases"), Number(opts.maxCases)));
  if (opts.exitStatus !== undefined) config.push(tuple(atom("exit_status"), Number(opts.exitStatus)));
  if (opts.raise) config.push(tuple(atom("raise"), atom("true")));
  if (opts.failed) config.push(tuple(atom("failed"), atom("true")));
  // (--formatter NAME: Module.concat([NAME]))
  if ((opts.formatter ?? []).length > 0) config.push(tuple(atom("formatters"), list(opts.formatter!.map((f) => atom(f.startsWith("Elixir.") ? f : "Elixir." + f)))));
  if (opts.color !== undefined) config.push(tuple(atom("colors"), list([tuple(atom("enabled"), atom(String(opts.color)))])));
  if (opts.partitions !== undefined) config.push(tuple(atom("partitions"), Number(opts.partitions)));
  config.push(tuple(atom("test_paths"), list(p.testPaths.map((t) => bin(t)))));
  config.push(tuple(atom("paths"), list(args.map((a) => bin(a)))));
  config.push(tuple(atom("manifest"), bin(path.join(p.buildDir, ".mix", ".mix_test_failures"))));

  const loop = node.runLoop();
  const keepAlive = setInterval(() => {}, 1 << 30);
  try {
    if (!(await startApplication(node, p.app, p.version, p.appSpecSource, await projectConfigPreamble(node, p.dir, p.env, [], p.config, [p.app, ...(p.depProjects ?? []).map((d) => d.app)]), p.modules, opts.start !== false, p.startPermanent ? "permanent" : "temporary", p.compilePids))) {
      node.halt(1);
      await loop;
      return 1;
    }
    // the helper, the files and the runner run in Mix's process (#PID<0.96.0>), led by the
    // console's io server (#PID<0.65.0>, OTP's :user): the tests' group leader, as under mix test
    // the tests' processes number as mix test's once the files are loaded: on the BEAM, what ran
    // meanwhile took the helper's checker (2), ExUnit's application (7), and Kernel.ParallelCompiler's
    // processes for the test files: 6, 2 a file and 3 a module they define (measured beside mix
    // with files that only define modules; files are required one at a time here)
    const afterStart = node.pidCounter;
    const definedBefore = node.scriptDefined.length;
    node.onTestsLoaded = () => {
      warnings.flush();
      node.skipPidsTo(afterStart + 2 + 7 + 6 + 2 * compiled.length + 3 * (node.scriptDefined.length - definedBefore));
    };
    const [parent] = node.spawn(null, atom("beamlet_boot"), [], atom("idle"), { system: 65 });
    node.startedConsoleServer(parent);
    const helperTerms = helpers.map((h, i) => (h ? atom(h.name) : tuple(atom("missing"), bin(helperPaths[i]))));
    const args3 = [list(helperTerms), list(compiled.map((c, i) => tuple(atom(c.name), bin(files[i])))), list(config)];
    const [main] = node.spawn(parent, atom("beamlet_boot"), [atom("Elixir.ExUnit.TestCommand"), atom("run"), list(args3)], atom("run_test_command"), { link: true, system: 96 });
    node.main = main;
    warnings.attach(node);
    const code = await loop;
    warnings.flush();
    // as mix: a --stale run that passed is the one later runs compare with
    if (opts.stale && code === 0) {
      fs.mkdirSync(path.dirname(staleManifest), { recursive: true });
      fs.writeFileSync(staleManifest, JSON.stringify({ since: staleSince }));
    }
    // as mix test --warnings-as-errors: a suite that passed fails when its files warned
    if (opts.warningsAsErrors && code === 0 && testWarningsEmitted() > 0) {
      process.stderr.write("\nERROR! Test suite aborted after successful execution due to warnings while using the --warnings-as-errors option\n");
      return 1;
    }
    return code;
  } finally {
    clearInterval(keepAlive);
  }
}
