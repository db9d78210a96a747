// What Elixir 1.14 prints below a CompileError of a script (`elixir FILE.exs`, `elixir -e`,
// `mix run`...): the frames of the call that read or evaluated it, as far as the BEAM's 8-frame
// trace reaches, the expander's modelled frames, or an empty line. Shared by the command line
// (cli/run_script.ts) and the browser build (web/embed.ts), which runs a page's program as
// `elixir FILE.exs` runs a file.
import type { Ast } from "../lang/ast.ts";
import { CompileError, formatElixirFrames, type ElixirFrame } from "../lang/compile_error.ts";
import { isCall } from "./ast_util.ts";
import { scriptTrace, evalBelow } from "./expander_frames.ts";

/** the command a script runs under: its name tells vm/stacktrace.ts Elixir's frames below it */
export type ScriptEntry = "run_script" | "eval_string" | "require_file" | "mix_run_file" | "mix_eval" | "mix_require" | "parallel_require";

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
/** what `elixir FILE.exs` shows below an error of the file's parse: the call that read the file */
export const REQUIRE_FILE_FRAME = "    (elixir 1.14.0) lib/code.ex:1245: Code.require_file/2\n";
const CLI_REQUIRE_FRAME = "    (elixir 1.14.0) lib/enum.ex:1658: Enum.\"-map/2-lists^map/1-0-\"/2\n";
const PARALLEL_FRAMES = "    (elixir 1.14.0) lib/kernel/parallel_compiler.ex:455: Kernel.ParallelCompiler.require_file/2\n    (elixir 1.14.0) lib/kernel/parallel_compiler.ex:348: anonymous fn/5 in Kernel.ParallelCompiler.spawn_workers/7\n";

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

/** how deep in the expander a file-level expression failed: 2 for an undefined function (or a
 *  variable taken for one) on the right side of a match that is one of several expressions (the
 *  block's expansion is one frame more), else 1 */
function expansionDepth(ast: Ast, e: CompileError): number {
  if (!isCall(ast, "__block__")) return 1;
  const node = e.at as Ast;
  const undefinedCall = node.t === "call" && e.description.startsWith("undefined function");
  return undefinedCall && (ast.args ?? []).some((s) => isCall(s, "=") && s.args?.[1] === node) ? 2 : 1;
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

/**
 * The frames Elixir shows below a compile error of the command (the parse at line 421 of
 * lib/code.ex for -e code that did not parse, the evaluation at 422 otherwise). `depth`: 2 when
 * the expander failed on the right of a file-level match, a frame deeper than in a file-level
 * expression: the BEAM's trace keeps 8 entries, so one caller fewer shows.
 */
function compileErrorCaller(entry: ScriptEntry, parsed: boolean, depth = 0): string {
  const all = compileErrorCallers(entry, parsed).split("\n").filter((l) => l !== "");
  if (!parsed) return all.map((l) => l + "\n").join("");
  // how many of them Elixir 1.14 shows below an expansion error at depth 0
  const room = entry === "eval_string" || entry === "mix_eval" ? 4 : entry === "parallel_require" ? 2 : 1;
  // (none left: the trace is empty, a line of its own)
  return all.slice(0, Math.max(0, room - (depth >= 2 ? 1 : 0))).map((l) => l + "\n").join("") || "\n";
}

function compileErrorCallers(entry: ScriptEntry, parsed: boolean): string {
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
 * What is printed below `e.format(source) + "\n"`, a compile error of a script run under `entry`:
 * `ast` is the script's parse (undefined when the parse failed), `file` its name as its frames
 * show it, `evaluated` for -e code (nofile), `isMacro` whether Mod.fun/arity is a macro the
 * script's compilation knows.
 */
export function belowScriptCompileError(
  e: CompileError,
  ast: Ast | undefined,
  opts: { entry: ScriptEntry; evaluated: boolean; file: string; isMacro: (m: string, f: string, n: number) => boolean },
): string {
  const { entry, evaluated } = opts;
  // below the error, elixir shows the call that read the file (or the -e text)
  const fileCaller = compileErrorCaller(entry, ast !== undefined, e.at && ast ? expansionDepth(ast, e) : 0);
  // (modelled for `elixir FILE.exs`, `elixir -e` and `mix run -e`: other entries stand on other frames)
  const below = entry === "run_script" && !evaluated ? undefined : entry === "eval_string" ? evalBelow([]) : entry === "mix_eval" ? evalBelow(MIX_EVAL_RAW) : null;
  const modelled = e.siteFrames && e.at && ast && below !== null ? scriptTrace(ast, e.at, e.siteFrames, opts.file, opts.isMacro, below) : null;
  return modelled !== null ? modelled || "\n"
    : e.pipeFrames && e.at && ast && onlyPipesAround(ast, e.at) ? e.pipeFrames
    : e.banner ? ""
    : Array.isArray(e.trace) ? formatElixirFrames(e.trace) + (e.traceReachesFile ? fileCaller : "")
    : e.trace === "none" || (e.at && ast && !isFileLevelExpression(ast, e.at) && !(entry === "eval_string" && isArgumentOfFileLevel(ast, e.at))) ? (e.description.endsWith("\n") ? "" : "\n")
    : fileCaller;
}
