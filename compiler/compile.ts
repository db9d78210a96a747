// Entry points: a script (.exs: top-level code plus the modules it defines, installed when
// execution reaches each defmodule) and a source file of modules (.ex: `beamlet compile`, lib/).
import { matchesBitstring } from "./bitstring_matches.ts";
import { shareZeroLiterals } from "./literal_sharing.ts";
import type { Ast, AstCall } from "../lang/ast.ts";
import { FILE_RUNNER, type CompiledModule } from "../vm/module.ts";
import { CompilerHost, ModCtx, Scope, FnCtx, copyDirectives, cloneDirectives, emptyPromptEnv, type PromptEnv } from "./context.ts";
import { ExprCompiler } from "./expressions.ts";
import { compileModuleForm } from "./modules.ts";
import { defineAtRunTime, compiledFunUniq } from "./nested_modules.ts";
import { emitWithFns, reserveFunction } from "./functions.ts";
import { FunNumbering } from "./fun_numbering.ts";
import { captureKind, shorthandCapture } from "./lambdas.ts";
import { blockItems, isCall } from "./ast_util.ts";
import { recvPassCrashes, RECV_PASS_CRASH } from "./recv_pass_crash.ts";
import { atom, NIL } from "../vm/terms.ts";
import { CompileError } from "../lang/compile_error.ts";
import type { Warning } from "./warnings/warning.ts";
import { HostWaitNeeded } from "../vm/calls.ts";

// Elixir names a script's top level :elixir_compiler_0.__FILE__/1 (seen in fn names and errors)
export const SCRIPT_MODULE = "elixir_compiler_0";

/**
 * Any failure inside the compiler that is not a CompileError is a beamlet bug; it still reaches
 * the user as a CompileError at the line being compiled, never as a raw JS exception.
 */
export function guardCompile<T>(file: string, lineOf: () => number, f: () => T, host?: CompilerHost): T {
  try {
    return host?.compileAttempt ? host.compileAttempt(f) : f();
  } catch (e) {
    // (a macro's code must wait for the host: the caller waits and compiles again)
    if (e instanceof CompileError || e instanceof HostWaitNeeded) throw e;
    if (e instanceof RangeError && process.env.BEAMLET_DEBUG_ICE) console.error(e);
    if (e instanceof RangeError) throw new CompileError("CompileError", file, lineOf(), null, "expression too deeply nested for beamlet's compiler");
    const err = new CompileError("CompileError", file, lineOf(), null, `beamlet cannot compile this code (internal compiler error: ${e instanceof Error ? e.message : String(e)})`);
    (err as { cause?: unknown }).cause = e;
    if (process.env.BEAMLET_DEBUG_ICE) console.error(e);
    throw err;
  }
}

/** Compile a script into a module whose __script__/N (or __FILE__/1) runs the top-level code. */
export interface ScriptOpts {
  returnBindings?: boolean;
  moduleName?: string;
  fileEntry?: boolean;
  /**
   * with fileEntry: the N of the :elixir_compiler_N its module bodies run as (Elixir takes it from
   * its pool of compiler modules; by default that of a file run first: 1, or 0 for a file of
   * defmodules only, which has no compiler module of its own)
   */
  bodyCompilerIndex?: (onlyDefmodules: boolean) => number;
  /** the script's path relative to the current directory, as its funs inspect (`in file:REL`) */
  relativeFile?: string;
  /** code Elixir evaluates with erl_eval (iex, -e, Code.eval_string): its funs are erl_eval's */
  evaluated?: boolean;
  /** the value is {the program's value, this expression's} (Code.eval_string's binding list) */
  withBinding?: Ast;
  /** evaluated code: the Code function that runs it, whose frame stands below erl_eval's */
  evalCaller?: CompiledModule["evalCaller"];
  /**
   * a script file's OTP compiler warnings (calls that will fail) come after the top level's own
   * warnings, which the caller prints: they are handed over here rather than printed
   */
  holdOtpWarnings?: (warnings: Warning[]) => void;
  /** code of a module body run at compile time: it sees that module's directives and __MODULE__ */
  from?: ModCtx;
  /** with fileEntry: the body of FILE_RUNNER/1, which calls __FILE__/1 and then does what must
   *  follow it (a file Code compiled collects its modules): __FILE__'s last call stays a tail
   *  call, as on the BEAM, where Elixir's compiler does that work from its own frame */
  fileRunner?: Ast;
  /** iex's prompt: the code starts from these directives, and `keepEnv` gets those at its end */
  env?: PromptEnv;
  keepEnv?: (env: PromptEnv) => void;
  /** in such code, a def (or @attr set) a macro expands to: the call handing it to the module */
  bodyDefinition?: (a: AstCall, at: ModCtx) => Ast;
  /** such code's :elixir_compiler_N (OTP's compiler refuses a pattern in it as in that module) */
  bodyOf?: string;
  /** evaluated code given a Macro.Env: the env's module and function (__MODULE__, __ENV__) */
  evalEnv?: ModCtx["evalEnv"];
}

/** a file Elixir evaluates without a compiler module of its own: defmodules only */
export function definesModulesOnly(items: Ast[]): boolean {
  return items.every((it) => isCall(it, "defmodule") && it.args?.length === 2);
}

export function compileScript(ast: Ast, file: string, host: CompilerHost, bindings: string[] = [], opts: ScriptOpts = {}): CompiledModule {
  return guardCompile(file, () => lastLine(ast), () => compileScriptUnguarded(ast, file, host, bindings, opts), host);
}

function compileScriptUnguarded(ast: Ast, file: string, host: CompilerHost, bindings: string[], opts: ScriptOpts): CompiledModule {
  const ctx = opts.from ? snapshotCtx(opts.from) : new ModCtx(opts.moduleName ?? SCRIPT_MODULE, file, host);
  const bodyDefinition = opts.bodyDefinition;
  if (bodyDefinition) ctx.bodyDefinition = (a) => bodyDefinition(a, ctx);
  if (opts.bodyOf !== undefined) {
    ctx.bodyOf = opts.bodyOf;
    ctx.unmatchablePatternIn = null;
  }
  if (opts.env) ctx.moduleDirs = cloneDirectives(opts.env);
  if (opts.evaluated) ctx.evalContexts = [];
  if (opts.evalEnv) ctx.evalEnv = opts.evalEnv;
  // a defmodule is compiled when execution reaches it, as Elixir does: the modules defined
  // before it are loaded by then (their macros expand in its body), and its compile-time output
  // and errors come in program order
  const lazy: (() => CompiledModule[])[] = [];
  let onlyDefmodules = false;
  ctx.defineNested = (a: Ast, ex: ExprCompiler, tail: boolean, scope: Scope) => {
    const def = defineAtRunTime(a, ex, tail, scope, onlyDefmodules);
    // (a lone defmodule is compiled without the foldl)
    if (onlyDefmodules && items.length > 1) def.foldIndex = items.indexOf(a);
    if (onlyDefmodules) def.fastCompiled = true;
    // (a module the code defines is not loaded while the code is expanded)
    if ((a as AstCall).name === "defmodule" && def.moduleName) ctx.scriptDefined.add(def.moduleName);
    if (!def.computedName) lazy.push(() => def.compile([]));
  };
  // the script body takes the given bindings (REPL / eval_string) as arguments, in order
  // fileEntry: a script run as a file (`beamlet run`): __FILE__/1 as Elixir names it
  const entryName = opts.fileEntry ? "__FILE__" : "__script__";
  const nargs = opts.fileEntry ? 1 : bindings.length;
  const index = reserveFunction(ctx, entryName, nargs, true, false, 1);
  const fdef = ctx.em.functions[index];
  fdef.entry = 0;
  const fn = new FnCtx(ctx, entryName, nargs, nargs);
  fn.index = index;
  fn.matchesBitstring = matchesBitstring(blockItems(ast));
  const scope = new Scope(null);
  bindings.forEach((b, i) => scope.bind(b, i));
  const ex = new ExprCompiler(fn);
  const items = blockItems(ast);
  // a file of defmodules only is evaluated by Elixir without a compiler module of its own
  onlyDefmodules = !!opts.fileEntry && definesModulesOnly(items);
  if (opts.fileEntry || opts.bodyCompilerIndex) ctx.nextCompilerIndex = opts.bodyCompilerIndex?.(onlyDefmodules) ?? (onlyDefmodules ? 0 : 1);
  // the script is one function to OTP too: its funs are numbered as a function's
  ctx.funNumbering = new FunNumbering([{ name: entryName, arity: nargs, bodies: items }], (key) => captureKind(ctx, key), (body) => shorthandCapture(ctx, body), true);
  // (the fns written in the script, after it; see emitWithFns)
  // (its warnings as Elixir expands it: a fn's where it is written)
  ctx.inExpansionOrder(() => emitWithFns(ctx, () => {
    if (opts.returnBindings) {
      // eval/REPL: the value is {value, [{name, value}, ...]} with every binding visible at the end
      ex.block(items, scope, false);
      const names = [...scope.allNames()].filter(([n]) => !n.startsWith("$")).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [n, slot] of names) {
        ex.em.pushLit(atom(n));
        ex.em.emit("push_local", slot);
        ex.em.emit("make_tuple", 2);
      }
      ex.em.pushLit(NIL);
      ex.em.emit("make_list", names.length);
      ex.em.emit("make_tuple", 2);
      ex.em.emit("return");
    } else if (opts.evaluated) {
      // erl_eval applies the last expression's call from its own frame too (no tail call)
      ex.block(items, scope, false);
      if (opts.withBinding) {
        ex.expr(opts.withBinding, scope);
        ex.em.emit("make_tuple", 2);
      }
      ex.em.emit("return");
    } else {
      ex.block(items, scope, true);
    }
    fdef.nlocals = fn.nslots;
  }));
  ctx.funNumbering = null;
  if (opts.fileRunner) emitFileRunner(ctx, opts.fileRunner);
  // erl_eval compiles nothing, so evaluated code has no OTP compiler warnings
  if (opts.evaluated) ctx.dropOtpWarnings();
  else if (opts.holdOtpWarnings) opts.holdOtpWarnings(ctx.takeOtpWarnings());
  else ctx.flushOtpWarnings();
  if ((opts.fileEntry && !opts.evaluated) || opts.bodyOf !== undefined) {
    ctx.reportUnmatchablePattern(lastLine(ast));
    // (code OTP compiles unoptimised: its receive pass may crash; erl_eval compiles nothing)
    if (recvPassCrashes(items)) {
      const e = new CompileError("CompileError", file, lastLine(ast), null, RECV_PASS_CRASH);
      e.noLine = true;
      e.trace = [["lists", "foreach_1", 2, "lists.erl", 1442, "stdlib 4.2"]];
      e.afterModule = true;
      throw e;
    }
  }
  lastScriptScope = scope;
  if (opts.keepEnv) {
    const env = emptyPromptEnv();
    copyDirectives(ctx, env);
    opts.keepEnv(env);
  }
  const em = ctx.em;
  if (ctx.evalContexts === null) shareZeroLiterals(em, ctx.lambdaParent);
  const code = Int32Array.from(em.code);
  return {
    name: ctx.name, file, code, literals: em.literals, funUniq: compiledFunUniq(ctx.name, code, em.literals), functions: em.functions,
    imports: em.imports, lines: em.lines, attributes: [], structFields: null, docs: { moduledoc: null, functions: [] }, nested: [], lazyNested: lazy,
    ...(opts.relativeFile !== undefined ? { relativeFile: opts.relativeFile } : {}),
    ...(opts.evaluated ? { evaluated: true, evalContexts: ctx.evalContexts! } : {}),
    ...(opts.evalCaller ? { evalCaller: opts.evalCaller } : {}),
  };
}
let lastScriptScope: Scope | null = null;

function emitFileRunner(ctx: ModCtx, body: Ast): void {
  const index = reserveFunction(ctx, FILE_RUNNER, 1, true, false, 1);
  const fdef = ctx.em.functions[index];
  fdef.entry = ctx.em.code.length;
  const fn = new FnCtx(ctx, FILE_RUNNER, 1, 1);
  fn.index = index;
  new ExprCompiler(fn).block(blockItems(body), new Scope(null), true);
  fdef.nlocals = fn.nslots;
}

/** the directives in force where a defmodule is written (its body starts from them) */
export function snapshotCtx(from: ModCtx): ModCtx {
  const c = new ModCtx(from.name, from.file, from.host);
  c.moduleDirs = from.dirs;
  for (const k of from.localMacros) c.localMacros.add(k);
  c.macroModule = from.macroModule;
  for (const [k, v] of from.attrs) c.attrs.set(k, v);
  c.defineNested = from.defineNested;
  c.nextCompilerIndex = from.nextCompilerIndex;
  // (a copy made to expand code ahead remembers its expansions as the context it copies does)
  c.recordExpansions = from.recordExpansions;
  return c;
}

/** Compile a file that only defines modules (lib/*.ex, project sources). */
export function compileModules(ast: Ast, file: string, host: CompilerHost, bodyCompilerIndex = 0): CompiledModule[] {
  return guardCompile(file, () => lastLine(ast), () => compileModulesUnguarded(ast, file, host, bodyCompilerIndex), host);
}

/** the line of the first top-level form (errors inside the compiler are reported there) */
function lastLine(ast: Ast): number {
  const items = blockItems(ast);
  for (const it of items) if (it.t === "call" && it.meta.line) return it.meta.line;
  return 1;
}

function compileModulesUnguarded(ast: Ast, file: string, host: CompilerHost, bodyCompilerIndex: number): CompiledModule[] {
  const out: CompiledModule[] = [];
  const ctx = new ModCtx(SCRIPT_MODULE, file, host);
  // (their bodies run as :elixir_compiler_N, the first free one of the node's pool)
  ctx.nextCompilerIndex = bodyCompilerIndex;
  for (const it of blockItems(ast)) {
    if (isCall(it) && typeof it.name === "string" && ["defmodule", "defprotocol", "defimpl"].includes(it.name)) {
      out.push(...compileModuleForm(it, ctx, host));
    } else if (isCall(it) && (it.name === "alias" || it.name === "import" || it.name === "require")) {
      ctx.directive(it.name as string, it.args ?? [], it.meta.line, undefined, undefined, it.meta);
    }
  }
  return out;
}
