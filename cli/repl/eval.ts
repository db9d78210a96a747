// One REPL expression: parse (incomplete input asks for more lines), rewrite the iex helpers,
// compile with the session's bindings, run in the session's evaluator, and render the outcome the
// way iex prints it. Used by the interactive session, by `rpc` (one expression, no terminal) and
// by the browser build's REPL: no Node imports here, files and templates come through node.host.
import type { Node } from "../../vm/node.ts";
import type { Process } from "../../vm/process.ts";
import { compilerHost, compileReplHelpers } from "../../vm/boot.ts";
import { compileScript, compileModules } from "../../compiler/compile.ts";
import { emptyPromptEnv, type PromptEnv } from "../../compiler/context.ts";
import { parse } from "../../lang/parse.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { HostWaitNeeded } from "../../vm/calls.ts";
import type { Ast, AstCall } from "../../lang/ast.ts";
import { inspect } from "../../vm/inspect.ts";
import { Atom, NIL_ATOM, Term, Tuple, atom, bin, list, listToArray, tuple } from "../../vm/terms.ts";
import { fileErrorReason } from "../../vm/bifs/elixir_code.ts";
import { resultText, errorText, warningText } from "../colors.ts";
import { promptWarnings, formatWarning, type KnownExports } from "../../compiler/warnings/index.ts";
import { helpText } from "./doc_help.ts";
import { TypeHelp } from "./type_help.ts";
import { formatRuntimeError, REDUCE_FRAME } from "./runtime_error.ts";

// its own file, so that the browser build has it without the rest of the REPL
export { formatRuntimeError };

/** What a session keeps between expressions. */
export interface EvalState {
  /** the n of the prompt `iex(n)>`: the number of the next expression */
  counter: number;
  /** the variables bound so far, in the order the compiled expression takes them */
  bindings: Map<string, Term>;
  /** results of the last expressions (for v/1), oldest first, at most HISTORY_SIZE */
  results: [number, Term][];
  /** the aliases, imports and requires made at the prompt so far (iex keeps them between lines) */
  env: PromptEnv;
}

export const HISTORY_SIZE = 20; // iex's default :history_size
export const DONT_DISPLAY = atom("do not show this result in output");

export function newEvalState(): EvalState {
  return { counter: 1, bindings: new Map(), results: [], env: emptyPromptEnv() };
}

export type EvalOutcome =
  /** the expression ran; `text` is what iex prints for it (the inspected value and a newline, or "") */
  | { kind: "ok"; value: Term; text: string; warnings?: string }
  /** the input is not complete yet (an open `do`, `(`, string ...): read another line */
  | { kind: "incomplete" }
  /** a compile or runtime error, printed as iex prints it (ends with a newline); the state is unchanged */
  | { kind: "error"; text: string; warnings?: string }
  /** the evaluator process died (killed, linked exit...): make a new one with node.newEvaluator */
  | { kind: "exited"; reason: Term; text: string }
  /** respawn/0 was called: the caller starts a new evaluator and a fresh state */
  | { kind: "respawn" };

// ---- the IEx.Helpers module ---------------------------------------------------------------------

const helpersLoaded = new WeakSet<Node>();

/** compile cli/repl/helpers.ex and load IEx.Helpers into the node (once per node), unless the
 *  node's library has it already (the browser build precompiles it) */
export function ensureHelpers(node: Node): void {
  if (node.code.current(atom("Elixir.IEx.Helpers")) && (helpersLoaded.has(node) || node.code.preloaded.has(atom("Elixir.IEx.Helpers")))) return;
  const src = node.host.replHelpersSource?.();
  if (!src) throw new Error("this host has no IEx.Helpers source (Host.replHelpersSource)");
  // the shell's own modules count as the library's, as in the browser build, which precompiles them
  for (const m of compileReplHelpers(node, src)) {
    node.code.loadCompiled(m);
    node.code.preloaded.add(atom(m.name));
  }
  helpersLoaded.add(node);
}

function useSources(node: Node): Map<string, string> {
  return node.host.useSources?.() ?? new Map();
}

// ---- rewriting helper calls ---------------------------------------------------------------------

const HELPERS: Record<string, number[]> = {
  flush: [0], v: [0, 1], i: [0, 1], l: [1], c: [1, 2], r: [1], exports: [0, 1], pid: [1, 3], observe: [0], nl: [1, 2],
  pwd: [0], cd: [1], ls: [0, 1], clear: [0], runtime_info: [0, 1], port: [1, 2], ref: [1, 4],
};
const MODULE_FORMS = new Set(["defmodule", "defprotocol", "defimpl", "quote"]);
const HISTORY_VAR = "__iex_history__";

function isHidden(name: string): boolean {
  return name.startsWith("__iex_");
}

function remote(mod: string[], fn: string, args: Ast[], meta: AstCall["meta"]): AstCall {
  return {
    t: "call",
    name: { t: "call", name: ".", meta, args: [{ t: "call", name: "__aliases__", meta, args: mod.map((v) => ({ t: "atom", v })) }, { t: "atom", v: fn }] },
    meta,
    args,
  };
}

interface Rewrite {
  bound: Set<string>;
  /** the code of a file import_file/1 names, read and parsed where the call is expanded */
  importFile: (path: string, ifAvailable: boolean, line: number) => Ast;
  /** whether a module can be loaded (Code.ensure_loaded?/1), for import_if_available/use_if_available */
  available: (mod: string) => boolean;
}

/** import_if_available/1,2 and use_if_available/1,2: the directive when the module can be loaded
 *  (decided as the line is expanded, so an import stays for the next lines), else nil */
const IF_AVAILABLE: Record<string, string> = { import_if_available: "import", use_if_available: "use" };

/** the module a literal alias or atom names ("Elixir.Ecto.Query", "lists"), else null */
function literalModule(a: Ast): string | null {
  if (a.t === "atom") return a.v;
  if (a.t !== "call" || a.name !== "__aliases__" || !a.args?.every((x) => x.t === "atom")) return null;
  return ["Elixir", ...a.args.map((x) => (x as { v: string }).v)].join(".");
}

/** iex's error for an import_file/1 that cannot be expanded: the exception and its frames */
class ImportFileError extends Error {}

const IMPORT_FILE = new Set(["import_file", "import_file_if_available"]);

/** import_file/1 and import_file_if_available/1: the file's expressions, evaluated where the call
 *  stands (their variables are the shell's), or nil for a missing file when only if available */
function importFileCode(node: Node, path: string, ifAvailable: boolean, line: number): Ast {
  const fs = node.host.fs;
  const cwd = node.host.cwd?.() ?? "/";
  const abs = path.startsWith("/") ? path : (cwd.endsWith("/") ? cwd : cwd + "/") + path;
  const expanding = `    (iex 1.14.0) expanding macro: IEx.Helpers.import_file/1\n    iex:${line}: (file)\n`;
  let text: string;
  try {
    text = fs.readFileSync(abs, "utf8");
  } catch (e: any) {
    const reason = String(e?.code ?? "enoent").toLowerCase();
    if (ifAvailable && reason === "enoent") return { t: "atom", v: "nil" };
    throw new ImportFileError(
      `** (File.Error) could not read file ${inspect(bin(abs))}: ${fileErrorReason(reason)}\n` +
        "    (elixir 1.14.0) lib/file.ex:358: File.read!/1\n    (iex 1.14.0) lib/iex/helpers.ex:1126: IEx.Helpers.import_file_if_available/2\n" + expanding,
    );
  }
  // (Elixir names the file relative to the current directory in its errors)
  const shown = abs.startsWith(cwd.endsWith("/") ? cwd : cwd + "/") ? abs.slice(cwd.length + (cwd.endsWith("/") ? 0 : 1)) : abs;
  try {
    return parse(text, shown);
  } catch (e) {
    if (e instanceof CompileError) throw new ImportFileError(e.header() + "\n" + expanding);
    throw e;
  }
}

/**
 * open/1's argument as iex's macro decomposes it: `Mod.fun/arity` -> {Mod, :fun, arity},
 * `Mod.fun` -> {Mod, :fun}, a bare `fun/arity` or `fun` -> Kernel's (Kernel.SpecialForms' for a
 * special form); anything else is evaluated
 */
function decomposeCall(arg: Ast): Ast {
  let call = arg;
  let arity: Ast | null = null;
  if (arg.t === "call" && arg.name === "/" && arg.args?.length === 2) [call, arity] = arg.args;
  if (call.t !== "call") return arg;
  const name = call.name;
  let target: [Ast, string] | null = null;
  if (typeof name !== "string" && name.t === "call" && name.name === "." && name.args?.length === 2 && name.args[1].t === "atom" && (call.args?.length ?? 0) === 0) {
    target = [name.args[0], name.args[1].v];
  } else if (typeof name === "string" && (call.args === null || call.args.length === 0) && !/^__/.test(name)) {
    target = [{ t: "atom", v: SPECIAL_FORMS.has(name) ? "Elixir.Kernel.SpecialForms" : "Elixir.Kernel" }, name];
  }
  if (!target) return arg;
  const items: Ast[] = [target[0], { t: "atom", v: target[1] }];
  if (arity) items.push(arity);
  return { t: "tuple", items, meta: call.meta };
}

// the names iex finds in Kernel.SpecialForms rather than Kernel (open(case))
const SPECIAL_FORMS = new Set(["%", "%{}", "&", ".", "::", "<<>>", "=", "^", "alias", "case", "cond", "fn", "for", "import", "quote", "receive", "require", "super", "try", "unquote", "unquote_splicing", "with", "{}"]);

/** `IEx.Helpers.NAME(args)` written out for one of the shell's helpers: NAME, else null */
function qualifiedHelper(a: AstCall): string | null {
  const n = a.name;
  if (typeof n === "string" || n.t !== "call" || n.name !== "." || n.args?.length !== 2 || !a.args) return null;
  const [mod, fn] = n.args;
  if (mod.t !== "call" || mod.name !== "__aliases__" || mod.args?.length !== 2 || fn.t !== "atom") return null;
  if (mod.args[0].t !== "atom" || mod.args[0].v !== "IEx" || mod.args[1].t !== "atom" || mod.args[1].v !== "Helpers") return null;
  return HELPERS[fn.v]?.includes(a.args.length) ? fn.v : null;
}

const PATTERN_LEFT = new Set(["=", "<-"]);

/** the variables a pattern names, added to `bound` */
function boundIn(p: Ast, bound: Set<string>): void {
  if (p.t === "list" || p.t === "tuple") return p.items.forEach((x) => boundIn(x, bound));
  if (p.t !== "call") return;
  if (typeof p.name === "string" && p.args === null) bound.add(p.name);
  else if (typeof p.name !== "string") boundIn(p.name, bound);
  p.args?.forEach((x) => boundIn(x, bound));
}

function rewrite(a: Ast, rw: Rewrite): Ast {
  if (a.t === "list") return { ...a, items: a.items.map((x) => rewrite(x, rw)) };
  if (a.t === "tuple") return { ...a, items: a.items.map((x) => rewrite(x, rw)) };
  if (a.t !== "call") return a;
  // IEx.Helpers.v(1) is v(1) (the shell's state the helper needs is passed by the local form)
  const qualified = qualifiedHelper(a);
  if (qualified) return rewrite({ ...a, name: qualified }, { ...rw, bound: new Set() });
  if (typeof a.name === "string") {
    if (MODULE_FORMS.has(a.name)) return a;
    // a pattern (`x = ...`, `x <- ...`, a clause's head) is left as it is, and its variables are
    // the line's from then on: a helper's name there is a variable, not a call
    if (a.name === "->" && a.args?.length === 2) {
      // a clause's head binds its variables for its body (and only there)
      const clause = { ...rw, bound: new Set(rw.bound) };
      boundIn(a.args[0], clause.bound);
      return { ...a, args: [a.args[0], rewrite(a.args[1], clause)] };
    }
    if (PATTERN_LEFT.has(a.name) && a.args?.length === 2) {
      const right = rewrite(a.args[1], rw);
      boundIn(a.args[0], rw.bound);
      return { ...a, args: [a.args[0], right] };
    }
    const arities = HELPERS[a.name];
    // a helper of arity 0 named bare (`flush`, `v`, `pwd`, `clear` ...) and not a variable is its
    // call, silently, as in iex
    if (a.args === null && arities?.includes(0) && !rw.bound.has(a.name)) return rewrite({ ...a, args: [] }, rw);
    if (IMPORT_FILE.has(a.name) && a.args?.length === 1) {
      const arg = a.args[0];
      if (arg.t !== "str") {
        throw new ImportFileError(`** (ArgumentError) ${a.name}/1 expects a literal binary as its argument\n    (iex 1.14.0) expanding macro: IEx.Helpers.${a.name}/1\n    iex:${a.meta.line ?? 0}: (file)\n`);
      }
      return rw.importFile(arg.v, a.name === "import_file_if_available", a.meta.line ?? 0);
    }
    const directive = Object.hasOwn(IF_AVAILABLE, a.name) && a.args && (a.args.length === 1 || a.args.length === 2) ? literalModule(a.args[0]) : null;
    if (directive !== null) return rw.available(directive) ? { ...a, name: IF_AVAILABLE[a.name], args: a.args!.map((x) => rewrite(x, rw)) } : { t: "atom", v: "nil" };
    if (a.name === "open" && a.args?.length === 1 && !rw.bound.has("open")) return remote(["IEx", "Helpers"], "open", [decomposeCall(rewrite(a.args[0], rw))], a.meta);
    if (arities && a.args && arities.includes(a.args.length)) {
      const args = a.args.map((x) => rewrite(x, rw));
      if (a.name === "i" && args.length === 0) {
        // i/0: the last result
        return rewrite({ ...a, args: [{ t: "call", name: "v", meta: a.meta, args: [] }] }, rw);
      }
      if (a.name === "v") {
        const hist: Ast = { t: "call", name: HISTORY_VAR, meta: a.meta, args: null };
        return remote(["IEx", "Helpers"], "v", [hist, args[0] ?? { t: "call", name: "-", meta: a.meta, args: [{ t: "int", v: 1n }] }], a.meta);
      }
      return remote(["IEx", "Helpers"], a.name, args, a.meta);
    }
    return { ...a, args: a.args ? a.args.map((x) => rewrite(x, rw)) : null };
  }
  return { ...a, name: rewrite(a.name, rw), args: a.args ? a.args.map((x) => rewrite(x, rw)) : null };
}

// ---- evaluation ---------------------------------------------------------------------------------

/**
 * recompile/0,1 in a project's shell: compiles what changed; `text` is what mix printed, `value`
 * :ok | :noop | :error, or null when the compile task exited (iex prints the exit, no value)
 */
export type Recompiler = (opts: { force: boolean }) => Promise<{ text: string; value: Term | null }>;

export interface EvalOptions {
  /** the file name in error messages and stacktraces (iex: "iex") */
  file?: string;
  /** in a project (`beamlet repl` next to mix.exs); without it recompile/0 says Mix is not running */
  recompile?: Recompiler;
  /** iex's colours (results, errors) */
  colors?: boolean;
  /**
   * where an expression's warnings go as soon as it is compiled (before it runs, after what the
   * line's earlier expressions printed); without it they come with the outcome
   */
  onWarnings?: (text: string) => void;
  /** the width h/1 wraps its text to and results are inspected to (iex: the terminal's columns, at most 80) */
  width?: number;
}

const MIX_NOT_RUNNING = "Mix is not running. Please start IEx with: iex -S mix\n";

/** recompile() or recompile(force: true|false); null for any other argument */
function recompileForce(args: Ast[] | null): boolean | null {
  if (args === null || args.length === 0) return false;
  if (args.length !== 1 || args[0].t !== "list") return null;
  let force = false;
  for (const kv of args[0].items) {
    if (kv.t !== "tuple" || kv.items.length !== 2 || kv.items[0].t !== "atom" || kv.items[0].v !== "force" || kv.items[1].t !== "atom") return null;
    force = kv.items[1].v === "true";
  }
  return force;
}

/**
 * Evaluate one expression (possibly several lines) in `evaluator` with the bindings of `state`.
 * On success the state gets the new bindings, the result (for v/1) and the next counter.
 */
export async function evalString(node: Node, evaluator: Process, source: string, state: EvalState, opts: EvalOptions = {}): Promise<EvalOutcome> {
  const file = opts.file ?? "iex";
  // iex numbers the first line of an expression with its counter
  const padded = "\n".repeat(Math.max(0, state.counter - 1)) + source;
  let ast: Ast;
  try {
    ast = parse(padded, file);
  } catch (e) {
    if (e instanceof CompileError) {
      if (e.kind === "TokenMissingError") return { kind: "incomplete" };
      return { kind: "error", text: errorText(e.format(padded), "\n", !!opts.colors) };
    }
    throw e;
  }
  const items = ast.t === "call" && ast.name === "__block__" && ast.args ? ast.args : [ast];
  if (items.length === 0) return { kind: "ok", value: DONT_DISPLAY, text: "" };
  // helpers the shell runs itself
  if (items.length === 1 && items[0].t === "call" && typeof items[0].name === "string") {
    const c = items[0];
    const bound = state.bindings.has(c.name as string);
    const help = (text: () => string): Promise<EvalOutcome> | EvalOutcome => {
      try {
        const shown = text();
        record(state, DONT_DISPLAY);
        return { kind: "ok", value: DONT_DISPLAY, text: shown };
      } catch (e) {
        // docs the host fetches on first use (a browser page): ask again once they are here
        if (!(e instanceof HostWaitNeeded)) throw e;
        return e.promise.then(() => evalString(node, evaluator, source, state, opts));
      }
    };
    const colors = { enabled: !!opts.colors, width: opts.width ?? 80 };
    if (c.name === "h" && !bound && (c.args === null || c.args.length <= 1)) return help(() => helpText(node, c.args?.[0], colors));
    if ((c.name === "t" || c.name === "b") && !bound && c.args?.length === 1) {
      const types = new TypeHelp(node, colors);
      return help(() => (c.name === "t" ? types.types(c.args![0]) : types.callbacks(c.args![0])));
    }
    const force = c.name === "recompile" && !bound ? recompileForce(c.args) : null;
    if (force !== null) {
      const r = opts.recompile ? await opts.recompile({ force }) : { text: MIX_NOT_RUNNING, value: atom("error") };
      if (r.value === null) return { kind: "error", text: r.text };
      record(state, r.value);
      return { kind: "ok", value: r.value, text: r.text + resultText(r.value, !!opts.colors, opts.width) };
    }
    if (c.name === "respawn" && !bound && (c.args === null || c.args.length === 0)) return { kind: "respawn" };
  }
  ensureHelpers(node);
  // iex evaluates a block at the prompt expression by expression (a parenthesized block among
  // them too), each compiled and run with the bindings and directives the ones before left: what
  // they print comes before a later one's warnings or error, and an error drops the whole line's
  // bindings and directives
  const leaves = promptExpressions(ast);
  const several = leaves.length > 1;
  let bindings = state.bindings;
  let env = state.env;
  let pending = "";
  const warn = (text: string) => {
    if (!text) return;
    if (opts.onWarnings) opts.onWarnings(text);
    else pending += text;
  };
  const withWarnings = <T extends EvalOutcome>(o: T): T => (pending ? { ...o, warnings: pending } : o);
  let value: Term = NIL_ATOM;
  for (const leaf of leaves) {
    const r = await evalExpression(node, evaluator, leaf, bindings, env, historyTerm(state), padded, several, opts);
    if (r.warnings) warn(r.warnings);
    if (r.kind !== "ok") return withWarnings(r.outcome);
    [value, bindings, env] = [r.value, r.bindings, r.env];
  }
  state.bindings = bindings;
  state.env = env;
  record(state, value);
  return withWarnings({ kind: "ok", value, text: value === DONT_DISPLAY ? "" : resultText(value, !!opts.colors, opts.width) });
}

/** the expressions iex evaluates one by one: a block's, a nested block's among them in turn */
function promptExpressions(ast: Ast): Ast[] {
  if (ast.t === "call" && ast.name === "__block__" && ast.args) return ast.args.flatMap(promptExpressions);
  return [ast];
}

type ExpressionResult =
  | { kind: "ok"; value: Term; bindings: Map<string, Term>; env: PromptEnv; warnings: string }
  | { kind: "failed"; outcome: EvalOutcome; warnings: string };

/** one of the prompt's expressions: compiled with the bindings and directives so far, then run */
async function evalExpression(
  node: Node, evaluator: Process, expr: Ast, bound: Map<string, Term>, startEnv: PromptEnv, history: Term, padded: string, several: boolean, opts: EvalOptions,
): Promise<ExpressionResult> {
  const file = opts.file ?? "iex";
  const rw: Rewrite = {
    bound: new Set(bound.keys()),
    importFile: (p, ifAvailable, line) => importFileCode(node, p, ifAvailable, line),
    available: (m) => {
      const r = node.callSync(atom("Elixir.Code"), atom("ensure_loaded?"), [atom(m)]) as Tuple;
      return r.items[0] === atom("ok") && r.items[1] === atom("true");
    },
  };
  let body: Ast;
  try {
    body = rewrite(expr, rw);
  } catch (e) {
    if (e instanceof HostWaitNeeded) {
      // (the module looked for is one the host loads on first use: the line again once it is here)
      await e.promise;
      return evalExpression(node, evaluator, expr, bound, startEnv, history, padded, several, opts);
    }
    if (e instanceof ImportFileError) {
      const text = opts.colors ? errorText(e.message.slice(0, e.message.indexOf("\n")), e.message.slice(e.message.indexOf("\n") + 1), true) : e.message;
      return { kind: "failed", outcome: { kind: "error", text }, warnings: "" };
    }
    throw e;
  }
  const names = [...bound.keys(), HISTORY_VAR];
  const values = [...bound.values(), history];
  let compiled;
  // the directives at the end of this expression
  let env = startEnv;
  const host = compilerHost(node, useSources(node));
  // the compiler's own warnings (deprecated calls ...) join the analysis's, printed before the result
  const compilerWarnings: string[] = [];
  const hostWarn = host.warn;
  host.warn = (text: string) => compilerWarnings.push(text);
  try {
    compiled = compileScript(body, file, host, names, {
      returnBindings: true, moduleName: node.nextEvalModule(), evaluated: true, env: startEnv, keepEnv: (e) => (env = e),
    });
  } catch (e) {
    if (e instanceof CompileError) {
      // what the compiler warned before it failed (a name expanded to a call), as iex prints it
      const warnings = compilerWarnings.map((t) => warningText(t, !!opts.colors)).join("");
      return { kind: "failed", outcome: { kind: "error", text: compileErrorText(e, padded, !!opts.colors, several) }, warnings };
    }
    if (e instanceof HostWaitNeeded) {
      // a macro called code the host loads on first use (a browser page): compile again once it is here
      host.warn = hostWarn;
      await e.promise;
      return evalExpression(node, evaluator, expr, bound, startEnv, history, padded, several, opts);
    }
    throw e;
  } finally {
    // (a module defined at the prompt is compiled when it runs: its warnings print then)
    host.warn = hostWarn;
  }
  const warnings = warningsText(expr, file, (m) => host.moduleExports(m), [...bound.keys()], startEnv, compilerWarnings, !!opts.colors);
  if (evaluator.status === "exited") return { kind: "failed", outcome: { kind: "exited", reason: atom("noproc"), text: exitText(node, evaluator, atom("noproc")) }, warnings };
  // (printed before it runs, as iex prints them when it expands the expression)
  if (opts.onWarnings && warnings) opts.onWarnings(warnings);
  const shown = opts.onWarnings ? "" : warnings;
  const r = (await node.evalCompiled(evaluator, compiled, values)) as Tuple;
  // iex's evaluator prints the value itself, through its group leader: a process it linked to
  // that dies at once (spawn_link(fn -> raise "boom" end), a Task.async that raises) takes it
  // down before then, and the value is never shown. The run loop gets one turn to run them.
  if ((r.items[0] as Atom).name === "ok" && (evaluator.status as string) !== "exited") await new Promise((resolve) => setTimeout(resolve, 0));
  if ((evaluator.status as string) === "exited") {
    const reason = evaluator.exitReason ?? atom("killed");
    return { kind: "failed", outcome: { kind: "exited", reason, text: exitText(node, evaluator, reason) }, warnings: shown };
  }
  if ((r.items[0] as Atom).name === "ok") {
    const [value, list] = (r.items[1] as Tuple).items;
    const bindings = new Map<string, Term>();
    for (const b of listToArray(list) ?? []) {
      const [k, v] = (b as Tuple).items;
      if (!isHidden((k as Atom).name)) bindings.set((k as Atom).name, v);
    }
    return { kind: "ok", value, bindings, env, warnings: shown };
  }
  const [, kind, reason, formatted] = r.items;
  if (formatted instanceof Atom && (kind as Atom).name === "exit") {
    // the evaluator itself died
    return { kind: "failed", outcome: { kind: "exited", reason, text: exitText(node, evaluator, reason) }, warnings: shown };
  }
  const text = typeof formatted === "string" ? formatted : termText(formatted);
  return { kind: "failed", outcome: { kind: "error", text: formatRuntimeError(text, opts.colors, several) }, warnings: shown };
}

/** a compile-time error as iex prints it: the message, then its stack trace; an exception raised
 *  while expanding a macro has one (the expansion's frames), the compiler's own errors print an
 *  empty one (a blank line) */
function compileErrorText(e: CompileError, source: string, colors: boolean, several = false): string {
  const text = e.format(source);
  const frames = e.banner !== undefined ? /\n    (?:\([^)\n]*\) |expanding macro: |[^\s:]+:\d+: )/.exec(text) : null;
  // (one of several expressions: what stands below is the Enum.reduce/3 iex evaluates them from)
  if (!frames) return errorText(text, several ? REDUCE_FRAME + "\n" : "\n", colors);
  return errorText(text.slice(0, frames.index), text.slice(frames.index + 1) + "\n", colors);
}

/** the warnings of an expression in the order iex prints them (by line), each as Elixir writes it */
function warningsText(ast: Ast, file: string, known: KnownExports, bound: string[], env: PromptEnv, compilerWarnings: string[], colors: boolean): string {
  const lineOfText = (t: string) => Number(/\n  [^\n]*?:(\d+)/.exec(t)?.[1] ?? 0);
  const { top, modules } = promptWarnings(ast, file, known, bound.filter((b) => !isHidden(b)), env.aliases);
  // the expansion's, in source order, then each module's as it is compiled
  const all = [
    ...top.map((w) => ({ line: w.line ?? 0, text: formatWarning(w) })),
    ...compilerWarnings.map((text) => ({ line: lineOfText(text), text })),
  ];
  all.sort((a, b) => a.line - b.line);
  return [...all.map((w) => w.text), ...modules.map(formatWarning)].map((t) => warningText(t, colors)).join("");
}

/** iex's message when the shell's evaluator process dies: the reason as Exception.format_exit/1
 *  gives it (an exception with its frames under "an exception was raised:", an atom inspected) */
export function exitText(node: Node, evaluator: Process, reason: Term): string {
  let text: string | null = null;
  try {
    const r = node.callSync(atom("Elixir.Exception"), atom("format_exit"), [reason]) as Tuple;
    if (r.items[0] === atom("ok")) text = termText(r.items[1]);
  } catch (e) {
    // (the page may not have Exception's code yet: then the reason as inspect shows it)
    if (!(e instanceof HostWaitNeeded)) throw e;
  }
  text ??= reason instanceof Atom ? reason.name : inspect(reason, { pretty: true, width: 80 });
  return `** (EXIT from ${inspect(evaluator.pid)}) shell process exited with reason: ${text}\n`;
}

function record(state: EvalState, value: Term): void {
  state.results.push([state.counter, value]);
  if (state.results.length > HISTORY_SIZE) state.results.shift();
  state.counter++;
}

function historyTerm(state: EvalState): Term {
  return tuple(state.counter, list(state.results.map(([n, v]) => tuple(n, v))));
}

function termText(t: Term): string {
  const b = t as any;
  if (b && b.bytes instanceof Uint8Array) return new TextDecoder().decode(b.bytes);
  return String(t);
}
