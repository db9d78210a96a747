// `beamlet run FILE.exs`: boot a node with the library, compile the script, run it to the end.
import * as fs from "node:fs";
import * as path from "node:path";
import { warningText, ansiEnabled } from "./colors.ts";
import { Node } from "../vm/node.ts";
import { takeUnplaced, takeAllUnplaced } from "../compiler/placed_warnings.ts";
import { compileLibrary, loadLibrary, compilerHost } from "../vm/boot.ts";
import { compileScript } from "../compiler/compile.ts";
import { parse } from "../lang/parse.ts";
import type { Ast } from "../lang/ast.ts";
import { isCall } from "../compiler/ast_util.ts";
import { CompileError, formatElixirFrames, type ElixirFrame } from "../lang/compile_error.ts";
import { scriptTrace, evalBelow } from "../compiler/expander_frames.ts";
import { atom, Bin } from "../vm/terms.ts";
import { fileWarnings, knownExportsOf, formatWarning, withOtpWarnings, failedModuleWarnings, droppedBeforeError, type FileWarnings, type Warning } from "../compiler/warnings/index.ts";
import { tokenWarnings } from "../compiler/warnings/tokens.ts";
import { loadedStructs } from "../compiler/warnings/types.ts";
import { nodeHost, useSources } from "./host.ts";
import { loadLibraryCached } from "./lib_cache.ts";
import { startInteractive } from "../vm/loaded_modules.ts";
import type { NextCommand } from "../vm/node.ts";
import type { Process } from "../vm/process.ts";
import { codeState } from "../vm/bifs/elixir_code.ts";
import { wildcardOn } from "../vm/bifs/files.ts";
import { stopOnSigterm } from "./sigterm.ts";
import { installBreakMenu } from "./break_menu.ts";

/**
 * BEAMLET_TIME_SCALE=0.01 makes every timer 100 times shorter; BEAMLET_CLOCK=virtual runs on a
 * virtual clock that moves only when every process waits (tests only: a loaded machine then
 * changes nothing a program sees)
 */
export function nodeOptionsFromEnv() {
  const scale = Number(process.env.BEAMLET_TIME_SCALE ?? "1");
  return { timeScale: Number.isFinite(scale) && scale > 0 ? scale : 1, virtualClock: process.env.BEAMLET_CLOCK === "virtual", ansiEnabled: ansiEnabled() };
}

/** Path.relative_to_cwd of the expanded path: relative inside the current directory, else absolute */
export function relativeToCwd(file: string): string {
  const abs = path.resolve(file);
  const rel = path.relative(process.cwd(), abs);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : abs;
}

/**
 * Is this one of the file's expressions, or the right side of one that is a match? Elixir's
 * expander raises deeper errors more than 8 frames (the BEAM's trace depth) below the file's
 * compilation, so their trace shows no frame
 */
function isFileLevelExpression(ast: Ast, node: object): boolean {
  const statements = isCall(ast, "__block__") ? ast.args ?? [] : [ast];
  return statements.some((s) => s === node || (isCall(s, "=") && s.args?.[1] === node));
}

/** is `node` an argument of a file-level remote call or arithmetic operator, or an item of a
 *  file-level list? Evaluated code's trace (shallower than a file's) still reaches
 *  Code.validated_eval_string/3 from there */
function isArgumentOfFileLevel(ast: Ast, node: object): boolean {
  const statements = isCall(ast, "__block__") ? ast.args ?? [] : [ast];
  return statements.some((s) => {
    if (s.t === "list") return s.items.includes(node as Ast);
    if (s.t !== "call" || !Array.isArray(s.args)) return false;
    const remote = isCall(s.name as Ast, ".");
    return (remote || ["+", "-", "*", "/"].includes(s.name as string)) && s.args.includes(node as Ast);
  });
}

/** how deep in the expander a file-level expression failed: 2 for a variable taken for a call
 *  (undefined) on the right side of a match, else 1 */
function expansionDepth(ast: Ast, e: CompileError): number {
  const statements = isCall(ast, "__block__") ? ast.args ?? [] : [ast];
  const node = e.at as Ast;
  const variable = node.t === "call" && node.args === null && e.description.startsWith("undefined function");
  return variable && statements.some((s) => isCall(s, "=") && s.args?.[1] === node) ? 2 : 1;
}

/** is `node` in one of the file's expressions through pipes, matches, remote calls and literals
 *  only (no other macro around it, whose expansion Elixir's trace would show too)? */
function onlyPipesAround(ast: Ast, node: object): boolean {
  const inside = (a: Ast): boolean => {
    if (a === node) return true;
    if (a.t === "list" || a.t === "tuple") return a.items.some(inside);
    if (a.t !== "call" || a.args === null) return false;
    if (a.name !== "|>" && a.name !== "=" && !isCall(a.name as Ast, ".")) return false;
    return a.args.some(inside);
  };
  return (isCall(ast, "__block__") ? ast.args ?? [] : [ast]).some(inside);
}

/** a node already running a project's application (`beamlet run FILE|-e CODE` in a project, as
 *  `mix run`): the script runs on it, and its scheduler loop is the one to wait for */
export interface RunningProject {
  node: Node;
  loop: Promise<number>;
  keepAlive: NodeJS.Timeout;
}

// what stands below the file or the -e code that `mix run` runs (Mix.Tasks.Run, under Mix's CLI)
const MIX_RUN_FRAMES = "    (mix 1.14.0) lib/mix/tasks/run.ex:84: Mix.Tasks.Run.run/1\n    (mix 1.14.0) lib/mix/task.ex:421: anonymous fn/3 in Mix.Task.run_task/4\n    (mix 1.14.0) lib/mix/cli.ex:84: Mix.CLI.run_task/2\n";
const MIX_RUN_FILE_FRAMES = "    (mix 1.14.0) lib/mix/tasks/run.ex:144: Mix.Tasks.Run.run/5\n" + MIX_RUN_FRAMES;
const MIX_EACH_FRAMES = "    (elixir 1.14.0) lib/enum.ex:975: Enum.\"-each/2-lists^foreach/1-0-\"/2\n    (mix 1.14.0) lib/mix/tasks/run.ex:140: Mix.Tasks.Run.run/5\n";
const MIX_EVAL_FRAMES = MIX_EACH_FRAMES + MIX_RUN_FRAMES;
// the same as frames, for the expander's modelled traces (compiler/expander_frames.ts)
const MIX_EVAL_RAW: ElixirFrame[] = [
  ["Elixir.Enum", '"-each/2-lists^foreach/1-0-"', 2, "lib/enum.ex", 975],
  ["Elixir.Mix.Tasks.Run", "run", 5, "lib/mix/tasks/run.ex", 140, "mix 1.14.0"],
  ["Elixir.Mix.Tasks.Run", "run", 1, "lib/mix/tasks/run.ex", 84, "mix 1.14.0"],
  ["Elixir.Mix.Task", "-run_task/4-fun-0-", 3, "lib/mix/task.ex", 421, "mix 1.14.0"],
  ["Elixir.Mix.CLI", "run_task", 2, "lib/mix/cli.ex", 84, "mix 1.14.0"],
];
const REQUIRE_FILE_FRAME = "    (elixir 1.14.0) lib/code.ex:1245: Code.require_file/2\n";
const CLI_REQUIRE_FRAME = "    (elixir 1.14.0) lib/enum.ex:1658: Enum.\"-map/2-lists^map/1-0-\"/2\n";

/** a command of `elixir`'s command line (`-e CODE`, `-r PATTERN`, `FILE`) or of `mix run`'s, run in
 *  order in the script's one process, as Kernel.CLI and Mix.Tasks.Run run them */
export type ScriptCommand = { kind: "eval"; code: string } | { kind: "require"; pattern: string; parallel?: boolean } | { kind: "file"; file: string } | { kind: "app"; app: string };

// `elixir --app APP`: Kernel.CLI starts it with its dependencies in its turn; a failure is one of the
// errors printed once every command ran (kept in the script process's dictionary until then)
const APP_ERROR_KEY = "$beamlet_cli_app_errors";
const appStartSource = (app: string) => `case Application.ensure_all_started(String.to_atom(${JSON.stringify(app)})) do
  {:error, {app, reason}} -> Process.put(:"${APP_ERROR_KEY}", Process.get(:"${APP_ERROR_KEY}", "") <> "--app : Could not start application #{app}: " <> Application.format_error(reason) <> "\n")
  _ -> :ok
end`;

/** the :beamlet_boot entry a command runs under: its name tells vm/stacktrace.ts Elixir's frames below it */
type Entry = "run_script" | "eval_string" | "require_file" | "mix_run_file" | "mix_eval" | "mix_require" | "parallel_require";
const PARALLEL_FRAMES = "    (elixir 1.14.0) lib/kernel/parallel_compiler.ex:455: Kernel.ParallelCompiler.require_file/2\n    (elixir 1.14.0) lib/kernel/parallel_compiler.ex:348: anonymous fn/5 in Kernel.ParallelCompiler.spawn_workers/7\n";

/**
 * The frames Elixir shows below a compile error of the command (the parse at line 421 of
 * lib/code.ex for -e code that did not parse, the evaluation at 422 otherwise). `depth`: 2 when
 * the expander failed on the right of a file-level match, a frame deeper than in a file-level
 * expression: the BEAM's trace keeps 8 entries, so one caller fewer shows.
 */
function compileErrorCaller(entry: Entry, parsed: boolean, depth = 0): string {
  const all = compileErrorCallers(entry, parsed).split("\n").filter((l) => l !== "");
  if (!parsed) return all.map((l) => l + "\n").join("");
  // how many of them Elixir 1.14 shows below an expansion error at depth 0
  const room = entry === "eval_string" || entry === "mix_eval" ? 4 : entry === "parallel_require" ? 2 : 1;
  // (none left: the trace is empty, a line of its own)
  return all.slice(0, Math.max(0, room - (depth >= 2 ? 1 : 0))).map((l) => l + "\n").join("") || "\n";
}

function compileErrorCallers(entry: Entry, parsed: boolean): string {
  const evalFrame = `    (elixir 1.14.0) lib/code.ex:${parsed ? 422 : 421}: Code.validated_eval_string/3\n`;
  switch (entry) {
    case "parallel_require": return PARALLEL_FRAMES;
    case "run_script": return REQUIRE_FILE_FRAME;
    case "require_file": return REQUIRE_FILE_FRAME + CLI_REQUIRE_FRAME;
    case "mix_run_file": return REQUIRE_FILE_FRAME + MIX_RUN_FILE_FRAMES;
    // one frame deeper than -e's: the BEAM's 8 entries end before Mix's CLI
    case "mix_require": return REQUIRE_FILE_FRAME + MIX_EACH_FRAMES + MIX_RUN_FRAMES.split("\n").slice(0, 2).join("\n") + "\n";
    case "eval_string": return evalFrame;
    case "mix_eval": return evalFrame + MIX_EVAL_FRAMES;
  }
}

/**
 * `eval`: run this text instead of a file (`elixir -e`): it is "nofile", and evaluated;
 * `project`: run it on that node, under `mix run` rather than `elixir`; `halt: false`: the node
 * keeps running once it has run (`mix run --no-halt`)
 */
export async function runScript(file: string, argv: string[] = [], opts: { eval?: string; project?: RunningProject; halt?: boolean } = {}): Promise<number> {
  const command: ScriptCommand = opts.eval !== undefined ? { kind: "eval", code: opts.eval } : { kind: "file", file };
  return runCommands([command], argv, { project: opts.project, halt: opts.halt });
}

/**
 * Run the commands of a command line one after the other in one process, as `elixir -e A -r B
 * FILE` does (Kernel.CLI): each is compiled once the one before it has run; an uncaught error
 * ends them (exit 1). A file that is missing, a pattern that matches nothing or `errors` the
 * command line had are printed once they all ran, exit 1. With `project`, as `mix run -r A -e B
 * FILE` on the node running the application: such a failure stops at once, `** (Mix) ...`.
 */
/** `elixir`: the project's node runs the commands as `elixir` would rather than `mix run` (a
 *  release's `bin/APP eval`, which runs `elixir --eval` on the release's code) */
export async function runCommands(commands: ScriptCommand[], argv: string[], opts: { project?: RunningProject; halt?: boolean; errors?: string[]; codePaths?: { pattern: string; front: boolean }[]; elixir?: boolean } = {}): Promise<number> {
  const project = opts.project;
  const firstEval = commands[0]?.kind === "eval";
  let node: Node;
  if (project) node = project.node;
  else {
    node = new Node(nodeHost(), nodeOptionsFromEnv());
    node.numberPidsAsScript(firstEval);
    loadLibraryCached(node);
    stopOnSigterm(node);
    // Ctrl-C (SIGINT) shows the BREAK menu, as elixir's does (the project's run installs its own)
    installBreakMenu();
    // `elixir` runs in interactive mode: library modules load on first use (vm/loaded_modules.ts)
    startInteractive(node.code);
  }
  (node as any).argv = argv;
  // -pa/-pz: the directories each pattern matches (Path.wildcard of the expanded path), in order
  for (const { pattern, front } of opts.codePaths ?? []) {
    for (const dir of wildcardOn(fs, path.resolve(pattern)).sort()) {
      if (!isDirectory(dir)) continue;
      node.code.path = node.code.path.filter((d) => d !== dir);
      if (front) node.code.path.unshift(dir);
      else node.code.path.push(dir);
    }
  }
  const stop = async (code: number) => {
    if (!project) return code;
    node.halt(code);
    clearInterval(project.keepAlive);
    await project.loop;
    return code;
  };
  const queue = [...commands];
  const errors = [...(opts.errors ?? [])];
  const required = codeState(node).required;
  const printWarnings = (ws: Warning[]) => ws.forEach((w) => process.stderr.write(w.bare ? formatWarning(w) : warningText(formatWarning(w), ansiEnabled())));

  /** read, compile and set up the warnings of one command; a compile error is printed (null) */
  const prepare = (cmd: { eval: string } | { file: string }, entry: Entry): { name: string; script: ReturnType<typeof compileScript> } | null => {
    const evaluated = "eval" in cmd;
    // elixir expands the script's path and compiles it under its name relative to the current
    // directory: `elixir ./x.exs` shows x.exs in warnings, errors and stack frames
    const file = evaluated ? "nofile" : relativeToCwd(cmd.file);
    if (node.main) node.nextScriptCommand(evaluated);
    const source = evaluated ? cmd.eval : fs.readFileSync(file, "utf8");
    let script;
    let ast: Ast | undefined;
    let warnings: FileWarnings;
    let topOtpWarnings: Warning[] = [];
    let scriptHost: ReturnType<typeof compilerHost> | undefined;
    const warnFile = evaluated ? file : relativeToCwd(file);
    try {
      try {
        ast = parse(source, file);
      } catch (e) {
        // what the tokenizer wrote out before the parser failed
        if (e instanceof CompileError) printWarnings(tokenWarnings(source, warnFile, true, { line: e.line, column: e.column }));
        throw e;
      }
      // the tokenizer's warnings come first, before any the expansion prints (or its error)
      printWarnings(tokenWarnings(source, warnFile));
      const host = scriptHost = compilerHost(node, useSources());
      host.strictStructs = true;
      host.otpWarningsOnDefine = true;
      host.placeDefinitionWarnings = true;
      host.relativePath = relativeToCwd;
      // the compiler's warnings wait until it is done: before an error, Elixir has printed the
      // terms the top level's block dropped ahead of the failing expression (`1; x`)
      const warnNow = host.warn!.bind(host);
      const held: string[] = [];
      host.warn = (text) => held.push(text);
      try {
        script = compileScript(ast, file, host, [], {
          fileEntry: true, holdOtpWarnings: (ws) => (topOtpWarnings = ws),
          ...(evaluated ? { evaluated: true } : { relativeFile: relativeToCwd(file) }),
        });
      } catch (e) {
        if (e instanceof CompileError && e.at) printWarnings(droppedBeforeError(ast, e.at, warnFile, evaluated));
        throw e;
      } finally {
        host.warn = warnNow;
        held.forEach(warnNow);
      }
      // elixir names the file relative to the current directory when it is inside it
      warnings = fileWarnings(ast, warnFile, knownExportsOf(host), { script: true, source, evaluated, tokensPrinted: true, structOf: loadedStructs(host.callSync) });
    } catch (e) {
      if (e instanceof CompileError) {
        // below the error, elixir shows the call that read the file (or the -e text)
        const fileCaller = compileErrorCaller(entry, ast !== undefined, e.at && ast ? expansionDepth(ast, e) : 0);
        // (modelled for `elixir FILE.exs`, `elixir -e` and `mix run -e`: other entries stand on other frames)
        const below = entry === "run_script" && !evaluated ? undefined : entry === "eval_string" ? evalBelow([]) : entry === "mix_eval" ? evalBelow(MIX_EVAL_RAW) : null;
        const modelled = e.siteFrames && e.at && ast && below !== null
          ? scriptTrace(ast, e.at, e.siteFrames, evaluated ? file : relativeToCwd(file), (m, f, n) => !!scriptHost?.moduleMacros?.(m)?.includes(f + "/" + n), below) : null;
        const caller = modelled !== null ? modelled || "\n"
          : e.pipeFrames && e.at && ast && onlyPipesAround(ast, e.at) ? e.pipeFrames
          : e.banner ? ""
          : Array.isArray(e.trace) ? formatElixirFrames(e.trace) + (e.traceReachesFile ? fileCaller : "")
          : e.trace === "none" || (e.at && ast && !isFileLevelExpression(ast, e.at) && !(entry === "eval_string" && isArgumentOfFileLevel(ast, e.at))) ? (e.description.endsWith("\n") ? "" : "\n")
          : fileCaller;
        // (Kernel.ParallelCompiler prints a file's error on standard output, after a header naming it)
        if (node.commandErrorHeader) process.stdout.write(node.commandErrorHeader + e.format(source) + "\n" + caller);
        else process.stderr.write(e.format(source) + "\n" + caller);
        return null;
      }
      throw e;
    }
    // as elixir: the top level's warnings before it runs, a module's when it is defined, the
    // file's (unused aliases/imports, undefined functions) once it has run
    printWarnings(withOtpWarnings(warnings.top, topOtpWarnings));
    const pending = [...warnings.modules];
    node.onModuleDefined = (name, otp) => {
      const i = pending.findIndex((m) => m.name === name);
      const ws = i >= 0 ? pending.splice(i, 1)[0].warnings() : [];
      // (the expansion's warnings the walk of the module's code did not place come first)
      takeUnplaced(name).forEach((text) => scriptHost!.warn!(text));
      if (i < 0) return false;
      printWarnings(withOtpWarnings(ws, otp));
      return true;
    };
    // a module that failed to compile: what Elixir printed before, in it and the modules nested in
    // it that hold the error's line (outermost first, each up to where the next one starts)
    node.onModuleFailed = (line, e) => {
      if (e instanceof CompileError) {
        for (const { unplaced, warnings: ws } of failedModuleWarnings(pending, line, e)) {
          unplaced.forEach((text) => scriptHost!.warn!(text));
          printWarnings(ws);
        }
      }
      takeAllUnplaced().forEach((text) => scriptHost!.warn!(text));
    };
    node.onScriptEnd = () => printWarnings(warnings.end());
    node.code.loadCompiled(script);
    return { name: script.name, script };
  };

  /** the next command that has something to run, compiled */
  // a file counts as required once it has run (Code.required_files/0 inside it does not list it)
  let running: string | null = null;
  const next = (): NextCommand => {
    if (running !== null) required.add(running);
    running = null;
    for (let cmd = queue.shift(); cmd !== undefined; cmd = queue.shift()) {
      node.commandErrorHeader = "";
      if (cmd.kind === "eval") {
        const entry = project && !opts.elixir ? "mix_eval" : "eval_string";
        const p = prepare({ eval: cmd.code }, entry);
        return p ? { t: "module", module: p.name, entry } : { t: "failed", status: 1 };
      }
      if (cmd.kind === "app") {
        const script = compileScript(parse(appStartSource(cmd.app), "nofile"), "nofile", compilerHost(node, new Map()), [], { fileEntry: true, evaluated: true });
        node.code.loadCompiled(script);
        return { t: "module", module: script.name, entry: "eval_string" };
      }
      if (cmd.kind === "require") {
        // Kernel.CLI expands the pattern first (Path.expand), mix does not; then each file once
        const pattern = project ? cmd.pattern : path.resolve(cmd.pattern);
        const files = [...new Set(wildcardOn(fs, pattern))].filter(isFile);
        if (!project) files.sort();
        if (files.length === 0) {
          if (!project) {
            errors.push(`${cmd.parallel ? "-pr" : "-r"} : No files matched pattern ${cmd.pattern}`);
            continue;
          }
          process.stderr.write(`** (Mix) No files matched pattern ${JSON.stringify(cmd.pattern)} given to --require\n`);
          return { t: "failed", status: 1 };
        }
        queue.unshift(...files.map((file) => ({ kind: "file" as const, file, required: true, parallel: cmd.parallel })));
        continue;
      }
      const parallel = "parallel" in cmd && cmd.parallel === true;
      const entry: Entry = parallel ? "parallel_require" : "required" in cmd ? (project ? "mix_require" : "require_file") : project ? "mix_run_file" : "run_script";
      if (!isFile(cmd.file)) {
        // elixir says the same of a missing file and of a directory
        if (!project) {
          errors.push(`No file named ${cmd.file}`);
          continue;
        }
        process.stderr.write(`** (Mix) No such file: ${cmd.file}\n`);
        return { t: "failed", status: 1 };
      }
      // Code.require_file/1: a file already required is not run again
      const abs = path.resolve(cmd.file);
      if (required.has(abs)) continue;
      running = abs;
      // Kernel.ParallelCompiler names the file of an error it prints
      node.commandErrorHeader = parallel ? `\n== Compilation error in file ${relativeToCwd(abs)} ==\n` : "";
      const p = prepare({ file: "required" in cmd ? relativeToCwd(abs) : cmd.file }, entry);
      return p ? { t: "module", module: p.name, entry } : { t: "failed", status: 1 };
    }
    const appErrors = node.main?.dictionary.get(atom(APP_ERROR_KEY))?.[1];
    if (appErrors instanceof Bin) errors.push(...Buffer.from(appErrors.bytes).toString("utf8").split("\n").filter((l) => l !== ""));
    if (errors.length > 0) {
      process.stderr.write(errors.map((e) => e + "\n").join(""));
      return { t: "halt", status: 1 };
    }
    return { t: "done" };
  };

  const first = next();
  if (first.t !== "module") return stop(first.t === "done" ? 0 : first.status);
  node.nextCommand = next;
  if (opts.halt === false) node.noHalt = true;
  const idle = (parent: Process | null, opts: { system?: number; link?: boolean } = {}) => node.spawn(parent, atom("beamlet_boot"), [], atom("idle"), opts)[0];
  // a script's process is elixir's, #PID<0.96.0>, and so is a project's (Mix's process, see
  // Node.numberPidsAsProject): led by the console's io server (#PID<0.65.0>) and, for a file,
  // linked to the file's lexical tracker (#PID<0.97.0>, spawned after it); a project's is
  // linked to the process that started it
  const mainPid = project ? node.projectCommands(firstEval) : (node.beforeScriptProcess(), undefined);
  const leader = idle(null, { system: 65 });
  node.startedConsoleServer(leader);
  // the initial call tells the stack traces what ran the code (vm/stacktrace.ts)
  const [main] = node.spawn(leader, atom("beamlet_boot"), [atom(first.module)], atom(first.entry), { link: !!project, system: mainPid });
  node.afterScriptProcess();
  if (!project && !firstEval) idle(main, { system: 97, link: true });
  node.main = main;
  // a script whose processes all wait forever keeps waiting, as `elixir` does (Ctrl-C ends it);
  // without a handle Node.js would see nothing pending and exit with status 13
  const keepAlive = project?.keepAlive ?? setInterval(() => {}, 1 << 30);
  try {
    const code = await (project?.loop ?? node.runLoop());
    if (code === 0) node.onScriptEnd?.();
    return code;
  } finally {
    clearInterval(keepAlive);
  }
}

function isDirectory(f: string): boolean {
  try {
    return fs.statSync(f).isDirectory();
  } catch {
    return false;
  }
}

function isFile(f: string): boolean {
  try {
    return fs.statSync(f).isFile();
  } catch {
    return false;
  }
}
export { compileLibrary, loadLibrary };
