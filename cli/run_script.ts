// `beamlet run FILE.exs`: boot a node with the library, compile the script, run it to the end.
import * as fs from "node:fs";
import * as path from "node:path";
import { warningText, ansiEnabled } from "./colors.ts";
import { Node } from "../vm/node.ts";
import { compileLibrary, loadLibrary, compilerHost } from "../vm/boot.ts";
import { compileScript } from "../compiler/compile.ts";
import { parse } from "../lang/parse.ts";
import type { Ast } from "../lang/ast.ts";
import { isCall } from "../compiler/ast_util.ts";
import { CompileError, formatElixirFrames } from "../lang/compile_error.ts";
import { atom } from "../vm/terms.ts";
import { fileWarnings, formatWarning, type FileWarnings, type Warning } from "../compiler/warnings/index.ts";
import { tokenWarnings } from "../compiler/warnings/tokens.ts";
import { loadedStructs } from "../compiler/warnings/types.ts";
import { nodeHost, librarySources } from "./host.ts";
import { loadLibraryCached } from "./lib_cache.ts";

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
const MIX_EVAL_FRAMES = "    (elixir 1.14.0) lib/enum.ex:975: Enum.\"-each/2-lists^foreach/1-0-\"/2\n    (mix 1.14.0) lib/mix/tasks/run.ex:140: Mix.Tasks.Run.run/5\n" + MIX_RUN_FRAMES;

/**
 * `eval`: run this text instead of a file (`elixir -e`): it is "nofile", and evaluated;
 * `project`: run it on that node, under `mix run` rather than `elixir`; `halt: false`: the node
 * keeps running once it has run (`mix run --no-halt`)
 */
export async function runScript(file: string, argv: string[] = [], opts: { eval?: string; project?: RunningProject; halt?: boolean } = {}): Promise<number> {
  let source: string;
  if (opts.eval !== undefined) {
    source = opts.eval;
    file = "nofile";
  } else {
    try {
      // elixir says the same of a missing file and of a directory
      if (!fs.statSync(file).isFile()) throw new Error("not a file");
      source = fs.readFileSync(file, "utf8");
    } catch {
      process.stderr.write(`No file named ${file}\n`);
      return 1;
    }
  }
  const project = opts.project;
  let node: Node;
  if (project) node = project.node;
  else {
    node = new Node(nodeHost(), nodeOptionsFromEnv());
    node.numberPidsAsScript(opts.eval !== undefined);
    loadLibraryCached(node);
  }
  (node as any).argv = argv;
  const stop = async (code: number) => {
    if (!project) return code;
    node.halt(code);
    clearInterval(project.keepAlive);
    await project.loop;
    return code;
  };
  let script;
  let ast: Ast | undefined;
  let warnings: FileWarnings;
  let flushOtpWarnings = () => {};
  const warnFile = opts.eval !== undefined ? file : relativeToCwd(file);
  const printWarnings = (ws: Warning[]) => ws.forEach((w) => process.stderr.write(w.bare ? formatWarning(w) : warningText(formatWarning(w), ansiEnabled())));
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
    const host = compilerHost(node, new Map(librarySources().filter((s) => s.path.includes("/use/")).map((s) => [s.path.replace(/^.*\/use\/|\.ex$/g, ""), s.text])));
    host.strictStructs = true;
    host.otpWarningsOnDefine = true;
    host.relativePath = relativeToCwd;
    script = compileScript(ast, file, host, [], {
      fileEntry: true, holdOtpWarnings: (flush) => (flushOtpWarnings = flush),
      ...(opts.eval === undefined ? { relativeFile: relativeToCwd(file) } : { evaluated: true }),
    });
    // elixir names the file relative to the current directory when it is inside it
    warnings = fileWarnings(ast, warnFile, (m) => host.moduleExports(m), { script: true, source, evaluated: opts.eval !== undefined, tokensPrinted: true, structOf: loadedStructs(host.callSync) });
  } catch (e) {
    if (e instanceof CompileError) {
      // below the error, elixir shows the call that read the file (or the -e text)
      // (for -e: the parse at line 421 of lib/code.ex, the evaluation of what parsed at line 422)
      const evalLine = ast === undefined ? 421 : 422;
      const fileCaller = opts.eval === undefined ? "    (elixir 1.14.0) lib/code.ex:1245: Code.require_file/2\n" + (project ? MIX_RUN_FILE_FRAMES : "")
        : `    (elixir 1.14.0) lib/code.ex:${evalLine}: Code.validated_eval_string/3\n` + (project ? MIX_EVAL_FRAMES : "");
      const caller = e.pipeFrames && e.at && ast && onlyPipesAround(ast, e.at) ? e.pipeFrames
        : e.banner || e.kind === "ArgumentError" || e.kind === "Regex.CompileError" ? ""
        : Array.isArray(e.trace) ? formatElixirFrames(e.trace) + (e.traceReachesFile ? fileCaller : "")
        : e.trace === "none" || (e.at && ast && !isFileLevelExpression(ast, e.at)) ? (e.description.endsWith("\n") ? "" : "\n")
        : fileCaller;
      process.stderr.write(e.format(source) + "\n" + caller);
      return stop(1);
    }
    await stop(1);
    throw e;
  }
  // as elixir: the top level's warnings before it runs, a module's when it is defined, the
  // file's (unused aliases/imports, undefined functions) once it has run
  printWarnings(warnings.top);
  flushOtpWarnings();
  const pending = [...warnings.modules];
  node.onModuleDefined = (name) => {
    const i = pending.findIndex((m) => m.name === name);
    if (i >= 0) printWarnings(pending.splice(i, 1)[0].warnings());
  };
  // a module that failed to compile: what Elixir printed before, in it and the modules nested in
  // it that hold the error's line (outermost first, each up to where the next one starts)
  node.onModuleFailed = (line, e) => {
    const outer = pending.find((m) => m.line === line);
    if (!outer || !(e instanceof CompileError)) return;
    const chain = pending.filter((m) => (m === outer || m.name.startsWith(outer.name + ".")) && m.line <= e.line && e.line <= m.lastLine).sort((a, b) => a.line - b.line);
    chain.forEach((m, i) => {
      const next = chain[i + 1];
      printWarnings(next ? m.beforeError(next.line, "") : m.beforeError(e.line, e.description));
      pending.splice(pending.indexOf(m), 1);
    });
  };
  node.onScriptEnd = () => printWarnings(warnings.end());
  node.code.loadCompiled(script);
  if (opts.halt === false) node.noHalt = true;
  const [parent] = node.spawn(null, atom("beamlet_boot"), [], atom("idle"));
  // the initial call tells the stack traces what ran the code (vm/stacktrace.ts)
  const entry = project ? (opts.eval === undefined ? "mix_run_file" : "mix_eval") : opts.eval === undefined ? "run_script" : "eval_string";
  node.beforeScriptProcess();
  const [main] = node.spawn(parent, atom("beamlet_boot"), [atom(script.name)], atom(entry), { link: true });
  node.afterScriptProcess();
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
export { compileLibrary, loadLibrary };
