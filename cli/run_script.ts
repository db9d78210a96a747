// `beamlet run FILE.exs`: boot a node with the library, compile the script, run it to the end.
import * as fs from "node:fs";
import * as path from "node:path";
import { warningText, ansiEnabled } from "./colors.ts";
import { terminalGeometry } from "./terminal_size.ts";
import { Node } from "../vm/node.ts";
import { takeUnplaced, takeAllUnplaced } from "../compiler/placed_warnings.ts";
import { compileLibrary, loadLibrary, compilerHost } from "../vm/boot.ts";
import { compileScript } from "../compiler/compile.ts";
import { parse } from "../lang/parse.ts";
import type { Ast } from "../lang/ast.ts";
import { CompileError } from "../lang/compile_error.ts";
import { belowScriptCompileError, type ScriptEntry as Entry } from "../compiler/script_error_trace.ts";
import { atom, Bin, Pid } from "../vm/terms.ts";
import { fileWarnings, knownExportsOf, formatWarning, withOtpWarnings, failedModuleWarnings, droppedBeforeError, type FileWarnings, type Warning } from "../compiler/warnings/index.ts";
import { tokenWarnings } from "../compiler/warnings/tokens.ts";
import { loadedStructs } from "../compiler/warnings/types.ts";
import { nodeHost, useSources, noteScriptSource } from "./host.ts";
import { loadLibraryCached } from "./lib_cache.ts";
import { startInteractive } from "../vm/loaded_modules.ts";
import { hostTurn, type NextCommand } from "../vm/node.ts";
import type { Process } from "../vm/process.ts";
import { codeState } from "../vm/bifs/elixir_code.ts";
import { validUtf8Prefix } from "../vm/chars.ts";
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
  return { timeScale: Number.isFinite(scale) && scale > 0 ? scale : 1, virtualClock: process.env.BEAMLET_CLOCK === "virtual", ansiEnabled: ansiEnabled(), terminalGeometry };
}

/** Path.relative_to_cwd of the expanded path: relative inside the current directory, else absolute */
export function relativeToCwd(file: string): string {
  const abs = path.resolve(file);
  const rel = path.relative(process.cwd(), abs);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : abs;
}

/** a node already running a project's application (`beamlet run FILE|-e CODE` in a project, as
 *  `mix run`): the script runs on it, and its scheduler loop is the one to wait for */
export interface RunningProject {
  node: Node;
  loop: Promise<number>;
  keepAlive: NodeJS.Timeout;
}

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
    installBreakMenu(node);
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

  let finishRun: (() => void) | null = null;
  let firstCommand = true;
  /** read, compile and set up the warnings of one command; a compile error is printed (null) */
  const prepare = (cmd: { eval: string } | { file: string }, entry: Entry): { name: string; script: ReturnType<typeof compileScript> } | null => {
    const evaluated = "eval" in cmd;
    // elixir expands the script's path and compiles it under its name relative to the current
    // directory: `elixir ./x.exs` shows x.exs in warnings, errors and stack frames
    const file = evaluated ? "nofile" : relativeToCwd(cmd.file);
    if (node.main) node.nextScriptCommand(evaluated);
    const source = evaluated ? cmd.eval : sourceOrItsError(fs.readFileSync(file), file, entry);
    // (elixir's first command, a file, makes its atoms first: they take the indices after the
    // boot's; `mix run` compiles the project before)
    const mainFile = firstCommand && !evaluated && !project && entry === "run_script";
    if (firstCommand && !evaluated && !project) noteScriptSource(source, file);
    firstCommand = false;
    let script;
    let ast: Ast | undefined;
    let warnings: FileWarnings;
    let topOtpWarnings: Warning[] = [];
    let scriptHost: ReturnType<typeof compilerHost> | undefined;
    const warnFile = evaluated ? file : relativeToCwd(file);
    const run = evaluated ? null : node.scriptNames.begin();
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
      // (the file `elixir FILE.exs` runs has its lexical tracker spawned as #PID<0.97.0>, below)
      if (mainFile) host.lexicalTracker = new Pid(97);
      host.otpWarningsOnDefine = true;
      host.placeDefinitionWarnings = true;
      host.relativePath = relativeToCwd;
      // the compiler's warnings wait until it is done: before an error, Elixir has printed the
      // terms the top level's block dropped ahead of the failing expression (`1; x`)
      const warnNow = host.warn!.bind(host);
      const held: string[] = [];
      host.warn = (text) => held.push(text);
      try {
        // (a file takes its :elixir_compiler_N from the node's pool; evaluated code has none, its
        // module bodies take the next free one)
        const names = node.scriptNames;
        script = compileScript(ast, file, host, [], {
          fileEntry: true, holdOtpWarnings: (ws) => (topOtpWarnings = ws),
          ...(evaluated ? { evaluated: true, bodyCompilerIndex: () => names.freeBodyIndex() } : { relativeFile: relativeToCwd(file), moduleName: run!.name, bodyCompilerIndex: run!.bodyIndex }),
        });
      } catch (e) {
        if (e instanceof CompileError && e.at) printWarnings(droppedBeforeError(ast, e.at, warnFile, evaluated));
        if (e instanceof CompileError && e.afterModule) {
          // OTP's compiler refused the expanded top level: Elixir printed its expansion's warnings
          held.splice(0).forEach(warnNow);
          const top = fileWarnings(ast, warnFile, knownExportsOf(host), { script: true, source, evaluated, tokensPrinted: true, structOf: loadedStructs(host.callSync) }).top;
          printWarnings(top.filter((w) => !w.erlang));
        }
        throw e;
      } finally {
        host.warn = warnNow;
        held.forEach(warnNow);
      }
      // elixir names the file relative to the current directory when it is inside it
      warnings = fileWarnings(ast, warnFile, knownExportsOf(host), { script: true, source, evaluated, tokensPrinted: true, structOf: loadedStructs(host.callSync) });
    } catch (e) {
      run?.cancel();
      if (e instanceof CompileError) {
        const caller = belowScriptCompileError(e, ast, {
          entry, evaluated, file: evaluated ? file : relativeToCwd(file),
          isMacro: (m, f, n) => !!scriptHost?.moduleMacros?.(m)?.includes(f + "/" + n),
        });
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
    // (once it has returned, the next command's next() gives its module back to the pool)
    if (run !== null) finishRun = () => node.scriptNames.end(run, script);
    return { name: script.name, script };
  };

  /** the next command that has something to run, compiled */
  // a file counts as required once it has run (Code.required_files/0 inside it does not list it)
  let running: string | null = null;
  const next = (): NextCommand => {
    if (running !== null) required.add(running);
    finishRun?.();
    finishRun = null;
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
  const idle = (parent: Process | null, opts: { system?: number; link?: boolean } = {}) => node.spawn(parent, atom("beamlet_boot"), [], atom("idle"), opts)[0];
  if (first.t === "done" && opts.halt === false && !project) {
    // `elixir --no-halt` with nothing to run: the node is up, with its console, and runs nothing
    // until it is stopped (Ctrl-C's BREAK menu, SIGTERM, or a halt from elsewhere)
    node.noHalt = true;
    node.startedConsoleServer(idle(null, { system: 65 }));
    const keepAlive = setInterval(() => {}, 1 << 30);
    try {
      return await node.runLoop();
    } finally {
      clearInterval(keepAlive);
    }
  }
  if (first.t !== "module") return stop(first.t === "done" ? 0 : first.status);
  // a Ctrl-C pressed while the first command compiled (the node was blocked) opens the BREAK menu
  // before the command runs: the BEAM's stops the compile where it is, and nothing runs meanwhile
  await hostTurn();
  node.nextCommand = next;
  if (opts.halt === false) node.noHalt = true;
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

/** a file's text; a file that is no UTF-8 text runs as the code raising the error Elixir's
 *  Code.require_file/2 raises converting it (vm/bifs/elixir_code.ts: unreadable_source/2) */
function sourceOrItsError(bytes: Buffer, file: string, entry: Entry): string {
  if (validUtf8Prefix(bytes) === bytes.length) return bytes.toString("utf8");
  const name = file.replace(/[\\"#]/g, (c) => "\\" + c);
  return `:beamlet_code.unreadable_source("${name}", :${entry})`;
}
