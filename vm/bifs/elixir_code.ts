// The Code module: compiling and evaluating source at run time (Code.compile_string, eval_string,
// compile_file, require_file, ensure_loaded...). Modules are compiled with the node's compiler host
// and loaded with load_binary's semantics (R2b/R14): the old version is purged first, then the new
// one is installed; redefining a loaded module prints Elixir's "redefining module" warning.
import { sourceComments } from "../../lang/comments.ts";
import { defineBifs, BifContext, bifsOfModule } from "./registry.ts";
import { Atom, Bin, Cons, Term, atom, bin, binFromBytes, tuple, list, listToArray, NIL, TRUE, FALSE, bool, isMap, isInt, Float, Tuple, NIL_ATOM, charlist, existingAtom, Fun } from "../terms.ts";
import { codeFrame, fileLine } from "../code_frame.ts";
import { pathText } from "./path_text.ts";
import { formatFloat } from "../format_float.ts";
import { validUtf8Prefix } from "../chars.ts";
import { charlistError } from "./elixir_string.ts";
import { backtraceDepth } from "../stacktrace.ts";
import { raise, exception, badarg, elixirRaise, ErlangError, TailDrop } from "../errors.ts";
import { mapFromEntries, listEntries } from "../map.ts";
import { TailCall } from "../calls.ts";
import type { Node } from "../node.ts";
import { FILE_RUNNER, type CompiledModule } from "../module.ts";
import { writeModule } from "../bytecode_file.ts";
import { parse, parseExistingAtomsOnly, parseRecordingLiterals, parseWithTokenMetadata, UNSAFE_ATOM } from "../../lang/parse.ts";
import { staticAtoms, withPlaceholders, PLACEHOLDER, type EncodedTokenKind } from "../../lang/static_atoms.ts";
import { encodedErrorToken } from "./static_atoms_error_token.ts";
import { takesMeta, type At, type TokenMetaTable } from "../../lang/token_meta.ts";
import type { Tok } from "../../lang/lexer.ts";
import { CompileError } from "../../lang/compile_error.ts";
import type { Ast, AstCall } from "../../lang/ast.ts";
import { compileModules, compileScript } from "../../compiler/compile.ts";
import { compilerHost } from "../compiler_host.ts";
import { installCompiled, versionReplaced, replacedVersionText } from "../early_loads.ts";
import { codeState, moduleConflictIgnored } from "./code_options.ts";
import { EXCEPTIONS_FILE, EXCEPTIONS_SRC, EXCEPTION_MODULES, ensureExceptionModules, raiseException, setExceptionCompiler } from "./code_exceptions.ts";
import { termToAstOrError, HYGIENE_SEP } from "../../compiler/quoted.ts";
import { evalExpansionFrames } from "../../compiler/expander_frames.ts";
import { compiling } from "../../compiler/compiling.ts";
import { evalBindingOrder, atomOfProgram } from "./eval_binding.ts";
import { pathString, yieldFirst, runOnLoad, reportThen, stickyRefusalText, logErrorOn } from "./code_loading.ts";
import { isStickyName } from "./sticky_set.ts";
import { YIELD_AND_RETRY } from "../calls.ts";
import { waitsForFirstUse, waitsToLoad } from "../loaded_modules.ts";

const EVAL_STRING = ["eval_string"];
import { tokenWarnings } from "../../compiler/warnings/tokens.ts";
import { formatWarning, withOtpWarnings } from "../../compiler/warnings/warning.ts";
import { fileWarnings, knownExportsOf, failedModuleWarnings, moduleWarningTexts, type FileWarnings, type Warning } from "../../compiler/warnings/index.ts";
import { takeAllUnplaced } from "../../compiler/placed_warnings.ts";
import type { CompilerHost, PromptEnv } from "../../compiler/context.ts";
import { evalEnvOf, type EvalEnv } from "./eval_env.ts";
import { forwardWarnings } from "../compiler_warning_forward.ts";
import { compilerDest, atFileEnd } from "./file_modules.ts";

function node(ctx: BifContext): Node {
  return ctx.node as Node;
}

function hostOf(n: Node) {
  return compilerHost(n, n.host.useSources?.() ?? new Map());
}

/** a source or file name given as a binary or a flat charlist (vm/bifs/path_text.ts) */
function text(t: Term): string {
  return pathText(t) ?? badarg();
}

/** the source Code.compile_string/eval_string/string_to_quoted read: Elixir makes it a charlist
 *  with to_charlist/1 (List.Chars): an atom's name (nil none), a number's digits; other terms
 *  have no implementation of the protocol */
function sourceText(t: Term, caller: () => Term[]): string {
  if (t instanceof Atom) return t === NIL_ATOM ? "" : t.name;
  if (isInt(t)) return String(t);
  if (t instanceof Float) return formatFloat(t.value);
  if (t instanceof Bin && t.isBinary && validUtf8Prefix(t.bytes) < t.bytes.length) {
    // (String.to_charlist/1's UnicodeConversionError, under the Code function converting it)
    try {
      charlistError(t.bytes);
    } catch (e) {
      if (e instanceof ErlangError) e.calleeBelow = caller();
      throw e;
    }
  }
  if ((t instanceof Bin && t.isBinary) || t === NIL || t instanceof Cons) return text(t);
  // (raised by List.Chars.BitString's implementation, or by the protocol's dispatch for a type
  // with none, under the Code function that converted the source)
  const bits = t instanceof Bin;
  const e = new ErlangError("error", exception("Protocol.UndefinedError", { protocol: atom("Elixir.List.Chars"), value: t, description: bin(bits ? "cannot convert a bitstring to a charlist" : "") }));
  const chars = (mod: string, fun: string, line: number): Term => codeFrame(mod, fun, 1, "lib/list/chars.ex", line);
  e.callee = bits ? chars("Elixir.List.Chars.BitString", "to_charlist", 41) : chars("Elixir.List.Chars", "impl_for!", 1);
  e.calleeBelow = [...(bits ? [] : [chars("Elixir.List.Chars", "to_charlist", 17)]), ...caller()];
  throw e;
}

const EVAL_STRING_CALLER = (): Term[] => [codeFrameAt("validated_eval_string", 3, 421)];
const COMPILE_STRING_CALLER = (): Term[] => [codeFrameAt("-compile_string/2-fun-1-", 2, 1465), codeFrame("Elixir.Module.ParallelChecker", "verify", 1, "lib/module/parallel_checker.ex", 100)];

/** Code's function_clause for args, at its clauses' line in Elixir 1.14's lib/code.ex */
function codeClause(fun: string, args: Term[], line: number): never {
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = tuple(atom("Elixir.Code"), atom(fun), list(args), fileLine("lib/code.ex", line));
  throw e;
}

/** a module name, else the function_clause of Code's function guarded by is_atom/1 */
function moduleArg(fun: string, m: Term, line: number): Atom {
  return m instanceof Atom ? m : codeClause(fun, [m], line);
}

const codeFrameAt = (fun: string, arity: number, line: number): Term => codeFrame("Elixir.Code", fun, arity, "lib/code.ex", line);

/** the frames under Code.find_file!/2 (which raises Code.LoadError for a file that is not there),
 *  by the function reading the file (compile_file/2 reads it in a fun Module.ParallelChecker runs) */
const FIND_FILE_CALLERS: Record<string, () => Term[]> = {
  require_file: () => [codeFrameAt("require_file", 2, 1237)],
  load_file: () => [codeFrameAt("load_file", 2, 1191)],
  eval_file: () => [codeFrameAt("eval_file", 2, 1184)],
  compile_file: () => [codeFrameAt("-compile_file/2-fun-1-", 2, 1502), codeFrame("Elixir.Module.ParallelChecker", "verify", 1, "lib/module/parallel_checker.ex", 100)],
};

// the lines of Elixir 1.14's Code functions that take a file name in a clause guarded by is_binary
const FILE_FUN_LINES: Record<string, number> = { require_file: 1236, compile_file: 1500, load_file: 1190, eval_file: 1183 };

/** Code.require_file/compile_file/load_file/eval_file's file: a binary, else their function_clause
 *  (the /1 functions are the /2 ones with relative_to nil) */
function fileArg(fun: string, f: Term, rel: Term = NIL_ATOM): string {
  if (f instanceof Bin) return f.toString();
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = tuple(atom("Elixir.Code"), atom(fun), list([f, rel]), fileLine("lib/code.ex", FILE_FUN_LINES[fun]));
  throw e;
}

// ---- exceptions (vm/bifs/code_exceptions.ts) ----------------------------------------------------

/** the exception modules compiled from their source where the library does not hold them */
setExceptionCompiler((n) => {
  for (const m of compileModules(parse(EXCEPTIONS_SRC, EXCEPTIONS_FILE), EXCEPTIONS_FILE, hostOf(n))) {
    if (n.code.current(atom(m.name))) continue;
    n.code.loadCompiled(m);
    n.code.preloaded.add(atom(m.name));
  }
});

export function fileErrorReason(r: string): string {
  switch (r) {
    case "enoent": return "no such file or directory";
    case "eacces": return "permission denied";
    case "eexist": return "file already exists";
    case "eisdir": return "illegal operation on a directory";
    case "enotdir": return "not a directory";
    case "enotempty": return "directory not empty";
    case "einval": return "invalid argument";
    case "eperm": return "not owner";
    default: return r;
  }
}

function field(e: Term, k: string): Term | undefined {
  return isMap(e) ? e.get(atom(k)) : undefined;
}
function fieldText(e: Term, k: string): string {
  const v = field(e, k);
  return v instanceof Bin ? v.toString() : v instanceof Atom ? v.name : v === undefined || v === NIL ? "" : String(v);
}

/** a script's defmodule fails to compile at run time: raise Elixir's exception in that process */
export function installCompileErrorHook(n: Node): void {
  // `raise CompileError, ...` in a macro (or any use of these modules) compiles them first
  for (const name of EXCEPTION_MODULES) n.code.onDemand.set(name, () => ensureExceptionModules(n));
  n.compileErrorHook ??= (e: Error) => {
    if (e instanceof CompileError) compileErrorToTerm(n, e, "", true);
    throw e;
  };
}

/** `defmodule`: the trace Elixir's expander leaves (CompileError.trace), not the script's frames */
// where Elixir 1.14's Code.eval_string/3 raises what the compiler finds: the parse at line 421 of
// lib/code.ex, the expansion of what parsed under it (:elixir.eval_forms/3)
const EVAL_PARSE_FRAMES = [codeFrame("Elixir.Code", "validated_eval_string", 3, "lib/code.ex", 421)];
const EVAL_FORMS_FRAMES = [
  codeFrame("elixir", "quoted_to_erl", 3, "src/elixir.erl", 359),
  codeFrame("elixir", "eval_forms", 3, "src/elixir.erl", 269),
  codeFrame("Elixir.Module.ParallelChecker", "verify", 1, "lib/module/parallel_checker.ex", 100),
];
const EVAL_EXPAND_FRAMES = [...EVAL_FORMS_FRAMES, codeFrame("Elixir.Code", "validated_eval_string", 3, "lib/code.ex", 422)];
// (Code.eval_quoted/3 hands the quoted form to the same :elixir.eval_forms/3)
const EVAL_QUOTED_EXPAND_FRAMES = [...EVAL_FORMS_FRAMES, codeFrame("Elixir.Code", "eval_quoted", 3, "lib/code.ex", 825)];

/** the warnings Elixir prints right before a CompileError (once: the error is raised further on) */
export function printWarningsBefore(n: Node, e: CompileError): void {
  for (const text of e.warningsBefore ?? []) n.host.write(2, text);
  e.warningsBefore = undefined;
}

/** `frames`: Elixir's own frames above the caller's, for an error with no trace of its own */
export function compileErrorToTerm(n: Node, e: CompileError, source: string, defmodule = false, frames?: { top: Term[] }, firstLine = 1): never {
  printWarningsBefore(n, e);
  if (e.raised) {
    const [kind, reason] = e.raised as Term[];
    // the expander's frames (expanding struct/macro, then where) are the exception's whole trace
    if (e.expansionStack !== undefined) {
      const err = new ErlangError((kind as Atom).name as "error" | "exit" | "throw", reason);
      err.stacktrace = e.expansionStack as Term;
      throw err;
    }
    if (!e.expanderRaised) {
      if (kind === atom("error")) raise(reason);
      throw new ErlangError((kind as Atom).name as "exit" | "throw", reason);
    }
  }
  const err = e.raised ? new ErlangError((e.raised[0] as Atom).name as "error" | "exit" | "throw", e.raised[1] as Term) : compileErrorException(n, e, source, firstLine);
  if (e.expansionStack !== undefined) err.stacktrace = e.expansionStack as Term;
  else if (defmodule && Array.isArray(e.trace)) {
    // (a macro's entry names no line: `expanding macro: Kernel.if/2`)
    err.stacktrace = list(e.trace.map(([m, f, a, file, line]) => tuple(atom(m), atom(f), a, list([tuple(atom("file"), charlist(file)), ...(file === "expanding macro" ? [] : [tuple(atom("line"), line)])]))));
  } else if (defmodule && e.trace === "none") err.stacktrace = NIL;
  // (Elixir's own frames alone fill the trace: none of the caller's is left)
  // (the BEAM keeps backtrace_depth entries, 8 unless system_flag/2 set it, as ExUnit does to 20)
  else if (frames && e.trace === undefined && frames.top.length >= backtraceDepth() - 1) err.stacktrace = list(frames.top.slice(0, backtraceDepth() - 1));
  else if (frames && e.trace === undefined) {
    // Elixir raises it from a frame it leaves out: the trace shows one entry fewer than the depth
    err.callee = frames.top[0];
    err.calleeBelow = frames.top.slice(1);
    err.processDepth = Math.max(0, backtraceDepth() - 1 - frames.top.length);
  }
  else if (defmodule && e.trace === "module") err.stacktrace = list([codeFrame("elixir_compiler_0", "__MODULE__", 1, e.file, e.moduleFrameLine ?? e.line)]);
  if (e.expanderRaised) withCalledArguments(err, e.raised![2] as Term);
  throw err;
}

/** the top frame of what the expander called, as raised: with the arguments it was given (the
 *  printed error blames them) where the modelled trace has its arity */
function withCalledArguments(err: ErlangError, raised: Term): void {
  const top = raised instanceof Cons ? raised.head : undefined;
  if (!(top instanceof Tuple)) return;
  const same = (f: Term | undefined) => f instanceof Tuple && f.items[0] === top.items[0] && f.items[1] === top.items[1];
  if (err.stacktrace instanceof Cons && same(err.stacktrace.head)) err.stacktrace = new Cons(top, err.stacktrace.tail);
  else if (same(err.callee)) err.callee = top;
}

/** the CompileError exception of `e` */
function compileErrorException(n: Node, e: CompileError, source: string, firstLine: number): ErlangError {
  const file = codeState(n).sourceEnvFiles.get(e.file) ?? e.file;
  const fields: Record<string, Term> = { file: bin(file), line: e.zeroLine ? 0 : e.noLine ? NIL_ATOM : e.line };
  if (e.kind !== "CompileError") {
    fields.column = e.column ?? NIL_ATOM;
    let snippet: Term = NIL_ATOM;
    // the line in error (Exception.message/1 draws it with a caret)
    if (e.kind === "TokenMissingError" || e.drawsSnippet) {
      const content = source.split("\n")[e.line - firstLine];
      if (content !== undefined) snippet = mapFromEntries([[atom("content"), bin(content)], [atom("offset"), Math.max(0, (e.column ?? 1) - 1)]]);
    }
    fields.snippet = snippet;
  }
  fields.description = bin(e.description);
  ensureExceptionModules(n);
  return new ErlangError("error", exception(e.kind, fields));
}

defineBifs("beamlet_code", {
  // the end of a file Code compiled: its :elixir_compiler_N goes back to the pool when nothing can
  // refer to it (runAsScript)
  // the command line's file that is no UTF-8 text (cli/run_script.ts runs this in its place):
  // raised as Code.require_file/2 raises it, under the frames of the command that read it
  "unreadable_source/2": ([file, entry], ctx) => {
    const bytes = node(ctx).host.readFile(absPath(node(ctx), text(file)));
    if (bytes === null) return badarg();
    try {
      unreadableSource(bytes, [codeFrameAt("require_file", 2, 1237)]);
    } catch (e) {
      if (e instanceof ErlangError) {
        const below = entry === atom("require_file") ? [codeFrame("Elixir.Enum", "-map/2-lists^map/1-0-", 2, "lib/enum.ex", 1658)] : [];
        e.stacktrace = list([e.callee as Term, ...(e.calleeBelow as Term[]), ...below]);
      }
      throw e;
    }
  },
  "script_returned/1": ([i], ctx) => {
    const v = node(ctx).code.current(atom(`elixir_compiler_${Number(i)}`));
    if (v) node(ctx).scriptNames.returned(Number(i), v.compiled);
    return NIL_ATOM;
  },
  "error_message/1": ([e]) => {
    const s = field(e, "__struct__");
    const kind = s instanceof Atom ? s.name.replace(/^Elixir\./, "") : "";
    if (kind === "File.CopyError" || kind === "File.RenameError") {
      const action = fieldText(e, "action");
      const reason = field(e, "reason");
      const why = reason instanceof Atom ? fileErrorReason(reason.name) : fieldText(e, "reason");
      const q = (k: string) => JSON.stringify(fieldText(e, k));
      const on = fieldText(e, "on");
      return bin(`could not ${action} from ${q("source")} to ${q("destination")}${on ? `. ${on}` : ""}: ${why}`);
    }
    // Elixir 1.14's "file:line:column: description": no file, no location (" description"); a line
    // of 0 or none, the file alone; a column only after a line, and never for a CompileError
    const fileTerm = field(e, "file");
    const file = fileTerm === NIL_ATOM || fileTerm === undefined ? null : fieldText(e, "file");
    const line = field(e, "line");
    const ln = isInt(line) ? Number(line) : 0;
    const description = fieldText(e, "description");
    const col = field(e, "column");
    const cn = isInt(col) && kind !== "CompileError" ? Number(col) : null;
    const at = file === null ? "" : ln > 0 ? `${file}:${ln}:${cn !== null ? cn + ":" : ""}` : `${file}:`;
    let out = `${at} ${description}`;
    const snip = field(e, "snippet");
    if (isMap(snip)) {
      const content = fieldText(snip, "content");
      // (the caret sits at the snippet's offset into its content: the column counts from where the
      // text began, the content from its line's start)
      const offset = field(snip, "offset");
      const caret = isInt(offset) ? Number(offset) + 1 : cn;
      const err = new CompileError("TokenMissingError", file ?? "nofile", ln, caret, description);
      const fake = "\n".repeat(Math.max(0, ln - 1)) + content;
      // the snippet's lines, after the header (a description may have lines of its own)
      out += err.format(fake).slice(err.header().length);
    }
    return bin(out);
  },
});

// (re-exported: the BIF files of Code and File import them from here)
export { codeState, moduleConflictIgnored, ensureExceptionModules, raiseException };

// ---- compiling and loading ----------------------------------------------------------------------

const MODULE_FORMS = ["defmodule", "defprotocol", "defimpl"];
const DIRECTIVES = ["alias", "import", "require"];

function topItems(ast: Ast): Ast[] {
  if (ast.t === "call" && ast.name === "__block__" && ast.args) return ast.args;
  return [ast];
}
function isForm(a: Ast, names: string[]): a is AstCall {
  return a.t === "call" && typeof a.name === "string" && names.includes(a.name) && a.args !== null;
}

/** "Elixir.A.B" for `defmodule A.B`, or null */
function moduleNameOf(a: AstCall): string | null {
  const n = a.args?.[0];
  if (n && n.t === "call" && n.name === "__aliases__" && n.args?.every((x) => x.t === "atom")) {
    return "Elixir." + n.args.map((x) => (x as { v: string }).v).join(".");
  }
  if (n && n.t === "atom") return n.v;
  return null;
}

function parseOrRaise(n: Node, source: string, file: string, frames?: { top: Term[] }, firstLine = 1): Ast {
  try {
    return parse(source, file, firstLine);
  } catch (e) {
    if (e instanceof CompileError) compileErrorToTerm(n, e, source, false, frames, firstLine);
    throw e;
  }
}

/**
 * The redefinition warnings (R14) of modules compiled together, unless :ignore_module_conflict:
 * each with the line of its defmodule, as Elixir prints it when that module starts compiling
 * (before its own warnings). A module defined twice in one source redefines its first definition.
 */
function redefineWarnings(n: Node, mods: CompiledModule[], file: string, lines: Map<string, number>): { line: number; text: string }[] {
  if (moduleConflictIgnored(n)) return [];
  const out: { line: number; text: string }[] = [];
  const seen = new Set<string>();
  for (const compiled of mods) {
    // (loaded early by its own compilation: the version it replaced then is the one redefined)
    // (as Elixir's code:ensure_loaded: a module on the code path not loaded yet is loaded)
    if (!seen.has(compiled.name)) n.code.ensureLoaded(atom(compiled.name));
    const v = seen.has(compiled.name) ? { loadedFrom: "", preloaded: false } : versionReplaced(n.code, compiled);
    seen.add(compiled.name);
    if (!v || v.preloaded) continue;
    const where = replacedVersionText(v.loadedFrom, n.host.cwd?.());
    const line = lines.get(compiled.name) === 0 ? 0 : compiled.defLine ?? lines.get(compiled.name) ?? 1;
    out.push({ line, text: `warning: redefining module ${compiled.name.replace(/^Elixir\./, "")} (${where})\n  ${line === 0 ? file : `${file}:${line}`}\n\n` });
  }
  return out;
}

/** a quoted form's meta (a keyword list) without a :line entry */
function quotedWithoutLine(meta: unknown): boolean {
  if (!(meta instanceof Cons) && meta !== NIL) return false;
  for (let c = meta as Term; c instanceof Cons; c = c.tail) {
    const kv = c.head;
    if (kv instanceof Tuple && kv.items[0] instanceof Atom && (kv.items[0] as Atom).name === "line") return false;
  }
  return true;
}

/** load one module compiled at run time, with load_binary's semantics; returns {Mod, binary} */
export function loadRuntimeModule(n: Node, compiled: CompiledModule, from = ""): Term {
  const m = atom(compiled.name);
  const bytes = writeModule(compiled);
  const v = installCompiled(n.code, compiled, from, true);
  v.binary = bytes;
  return tuple(m, binFromBytes(bytes));
}

/** compile a source of modules only; null when it has other top-level code (run as a script) */
function compileModulesOnly(n: Node, ctx: BifContext, ast: Ast, source: string, file: string): Term | TailCall | null {
  const items = topItems(ast);
  if (!items.every((it) => isForm(it, MODULE_FORMS) || isForm(it, DIRECTIVES))) return null;
  const lines = new Map<string, number>();
  for (const it of items) {
    if (isForm(it, ["defmodule"])) {
      const name = moduleNameOf(it);
      // (a quoted defmodule whose meta has no :line, Code.compile_quoted(quote do: ...), is at
      // line 0: Elixir's warning then names the file alone)
      if (name && !lines.has(name)) lines.set(name, quotedWithoutLine(it.meta.quoted) ? 0 : it.meta.line ?? 1);
    }
  }
  let mods: CompiledModule[];
  // (a definition's expansion warnings are held, each printed among its module's where Elixir
  // prints it, between the unused variables of the clauses before and its own clause's)
  const host = { ...hostOf(n), placeDefinitionWarnings: true };
  try {
    // (a file of modules only has no compiler module of its own: its bodies take the next free one)
    mods = compileModules(ast, file, host, n.scriptNames.freeBodyIndex());
  } catch (e) {
    if (e instanceof CompileError) {
      failedModulesWarnings(n, ctx, ast, source, file, host, e);
      // (Elixir compiles the modules in processes of its compiler: none of the caller's frames)
      compileErrorToTerm(n, e, source, true);
    }
    throw e;
  }
  // as Elixir's compiler: each module's redefinition warning as it starts, its warnings once it is
  // defined, then the file's
  const ws = fileWarnings(ast, file, knownExportsOf(host), { script: false, source });
  const redefs = redefineWarnings(n, mods, file, lines).sort((a, b) => a.line - b.line);
  const redefsUpTo = (line: number) => {
    for (const r of redefs.splice(0, redefs.filter((r) => r.line <= line).length)) writeWarning(ctx, r.text);
  };
  printWarnings(n, ctx, ws.top);
  for (const m of ws.modules) {
    redefsUpTo(m.line);
    printModuleWarnings(n, ctx, m);
  }
  redefsUpTo(Infinity);
  printTexts(n, ctx, takeAllUnplaced());
  printWarnings(n, ctx, ws.end());
  n.compiledModulesPids(mods.length, ctx);
  // (a sticky module is refused by the code server, reported, and still in the answer)
  const refused = mods.filter((c) => isStickyName(n, c.name));
  const loaded = list(mods.map((c) => (refused.includes(c) ? tuple(atom(c.name), binFromBytes(writeModule(c))) : loadRuntimeModule(n, c, compilerDest(ctx, c.name) ?? ""))));
  // (the @on_load functions run once all are loaded; the modules are the answer whatever they say)
  const onLoad = mods.map((c) => atom(c.name)).filter((m) => n.code.pendingOnLoad(m) !== undefined);
  if (refused.length > 0 && onLoad.length === 0) return reportThen(refused.map((c) => stickyRefusalText(atom(c.name))), "return", loaded);
  for (const c of refused) logErrorOn(n, stickyRefusalText(atom(c.name)));
  return onLoad.length === 0 ? loaded : (runOnLoad(onLoad, loaded, loaded) as unknown as TailCall);
}

function v(name: string): AstCall {
  return { t: "call", name, meta: {}, args: null };
}
/** a remote call mod.fun(args) */
function call2(dot: ".", target: Ast[], args: Ast[]): AstCall {
  return { t: "call", name: { t: "call", name: dot, meta: {}, args: target }, meta: {}, args };
}
function call(name: string, args: Ast[]): AstCall {
  return { t: "call", name, meta: {}, args };
}

type CompilerCaller = { name: string; arity: number; line: number } | null;

// the Code function whose frame stands below evaluated code's erl_eval frames (OTP 25, Elixir 1.14)
const VALIDATED_EVAL_STRING = { name: "validated_eval_string", arity: 3, line: 422 };
const EVAL_QUOTED = { name: "eval_quoted", arity: 3, line: 825 };

/**
 * Compile a source with top-level code as a script whose value is what `result` builds from the
 * `{:module, M, bin, _}` values of its top-level defmodules; load it under a fresh name; return a
 * TailCall running it in the calling process.
 */
function runAsScript(n: Node, ctx: BifContext, ast: Ast, source: string, file: string, result: "modules" | "value", bindings: [string, Term][] = [], caller = VALIDATED_EVAL_STRING, evaluated = false, evalEnv?: EvalEnv["env"], compilerCaller: CompilerCaller = null, directives?: PromptEnv): TailCall {
  const items = topItems(ast);
  const out: Ast[] = [];
  let withBinding: Ast | undefined;
  // a file Elixir compiles (compile_string/file, require_file, compile_quoted) is
  // :elixir_compiler_N.__FILE__/1 from the node's pool, given back once it has returned when
  // nothing can refer to it (vm/script_names.ts); evaluated code is erl_eval's, named by none
  const run = result === "modules" ? n.scriptNames.begin() : null;
  // (the modules its process defines meanwhile, vm/bifs/file_modules.ts)
  const depth = "beamlet_file_depth__";
  const beamletCode = (f: string, args: Ast[]) => call2(".", [{ t: "atom", v: "beamlet_code" }, { t: "atom", v: f }], args);
  out.push(...items);
  // (a compiled file's modules are collected once its __FILE__/1 has returned, by the function
  // calling it: its last call stays a tail call)
  let fileRunner: Ast | undefined;
  if (run !== null) {
    const index: Ast = { t: "int", v: BigInt(run.index) };
    fileRunner = call("__block__", [
      call("=", [v(depth), beamletCode("file_begins", [])]),
      call2(".", [{ t: "atom", v: run.name }, { t: "atom", v: "__FILE__" }], [{ t: "atom", v: "nil" }]),
      beamletCode("script_returned", [index]),
      beamletCode("file_modules", [v(depth), index]),
    ]);
  } else {
    // {value, binding}: every variable once, in Elixir's order (vm/bifs/eval_binding.ts)
    const names = bindings.map(([k]) => k);
    for (const it of items) collectBound(it, names);
    // a variable of a quote's context is reported as {name, context}, as Elixir's binding does
    const key = (k: string): Ast => {
      const parts = k.split(HYGIENE_SEP);
      return parts.length === 1 ? { t: "atom", v: k } : { t: "tuple", items: [{ t: "atom", v: parts[0] }, { t: "atom", v: parts[1] }] };
    };
    withBinding = { t: "list", items: evalBindingOrder(names).map((k) => ({ t: "tuple", items: [key(k), v(k)] })) };
  }
  const wrapped: Ast = call("__block__", out);
  let compiled: CompiledModule;
  const name = run?.name ?? n.nextEvalModule();
  try {
    // evaluated code's file is the eval's file: option as given (__ENV__.file), not a path
    const host = evaluated ? { ...hostOf(n), absPath: (f: string) => f } : hostOf(n);
    const names = n.scriptNames;
    compiled = compileScript(wrapped, file, host, bindings.map(([k]) => k), {
      moduleName: name,
      ...(run !== null ? { fileEntry: true, relativeFile: file, bodyCompilerIndex: run.bodyIndex, fileRunner } :  { bodyCompilerIndex: () => names.freeBodyIndex() }),
      ...(withBinding ? { evaluated: true, withBinding, evalCaller: caller } : {}),
      ...(evalEnv ? { evalEnv } : {}),
      ...(directives ? { env: directives } : {}),
    });
  } catch (e) {
    run?.cancel();
    if (e instanceof CompileError) {
      // the tokenizer's warnings were printed before the expansion failed
      if (source !== "") printWarnings(n, ctx, tokenWarnings(source, file));
      let top = result !== "value" ? undefined : caller === VALIDATED_EVAL_STRING ? EVAL_EXPAND_FRAMES : caller === EVAL_QUOTED ? EVAL_QUOTED_EXPAND_FRAMES : undefined;
      // (an error inside the code: the expander's own frames down to it come first)
      if (top && e.at && e.trace === undefined) {
        const host = hostOf(n);
        const expander = evalExpansionFrames(ast, e.at, e.siteFrames ?? [], (m, f, a) => !!host.moduleMacros?.(m)?.includes(f + "/" + a));
        // (the BEAM's 8 entries, one of them elixir_errors' own frame left out)
        if (expander) top = [...expander.map(([m, f, a, file, line]) => codeFrame(m, f, a, file, line)), ...top];
      }
      compileErrorToTerm(n, e, source, false, top ? { top } : undefined);
    }
    throw e;
  }
  compiled.name = name;
  if (run !== null) compiled.compilerCaller = compilerCaller;
  n.code.loadCompiled(compiled, "");
  // (quoted code has no text: its warnings are those of its forms, no tokenizer's)
  if (source !== "" || caller === EVAL_QUOTED) warnAsItRuns(n, ctx, ast, source === "" ? undefined : source, file, result === "value", run?.index);
  if (run !== null) return new TailCall(atom(name), [NIL_ATOM], atom(FILE_RUNNER));
  return new TailCall(atom(name), bindings.map(([, val]) => val), atom("__script__"));
}

/**
 * A source of modules that failed to compile (`e`): what Elixir printed before the error, the
 * warnings of the modules defined before the failing one, then those of the failing one (and of
 * the modules nested in it that hold the error's line) up to where the error stopped it.
 */
function failedModulesWarnings(n: Node, ctx: BifContext, ast: Ast, source: string, file: string, host: CompilerHost, e: CompileError): void {
  const ws = fileWarnings(ast, file, knownExportsOf(host), { script: false, source });
  const holding = ws.modules.filter((m) => m.line <= e.line && e.line <= m.lastLine);
  const outer = holding.reduce<(typeof holding)[number] | undefined>((a, m) => (a === undefined || m.line < a.line ? m : a), undefined);
  if (outer !== undefined) {
    printWarnings(n, ctx, ws.top);
    for (const m of ws.modules.filter((m) => m.lastLine < outer.line)) printModuleWarnings(n, ctx, m);
    for (const { unplaced, warnings } of failedModuleWarnings(ws.modules, outer.line, e)) {
      printTexts(n, ctx, unplaced);
      printWarnings(n, ctx, warnings);
    }
  }
  printTexts(n, ctx, takeAllUnplaced());
}

/** a compiled module's warnings, after its expansion warnings that no walk of its code placed */
function printModuleWarnings(n: Node, ctx: BifContext, m: FileWarnings["modules"][number]): void {
  printTexts(n, ctx, moduleWarningTexts(m.name, m.warnings()));
}

/** printed warnings on standard error (yellow as Elixir's on a terminal), also sent to the
 *  Kernel.ParallelCompiler compiling the file, if one is */
function writeWarning(ctx: BifContext, text: string, ansi = false): void {
  ctx.write(2, ansi ? text.replace(/^warning: /gm, "\x1b[33mwarning: \x1b[0m") : text);
  forwardWarnings(ctx, text);
}

/** warnings already formatted (a definition's expansion warnings) */
function printTexts(n: Node, ctx: BifContext, texts: string[]): void {
  for (const t of texts) writeWarning(ctx, t, n.ansiEnabled);
}

/** the compiler's warnings, on the caller's standard error (yellow as Elixir's on a terminal) */
function printWarnings(n: Node, ctx: BifContext, ws: Warning[]): void {
  for (const w of ws) {
    writeWarning(ctx, formatWarning(w), n.ansiEnabled);
  }
}

/**
 * Warnings of code about to run (Code.compile_string with top-level code, eval_string): the top
 * level's now, each module's when it is defined, the file's (the checker's) once the last one is,
 * or for a compiled file (`run`, its :elixir_compiler_N) once its code has run
 */
function warnAsItRuns(n: Node, ctx: BifContext, ast: Ast, source: string | undefined, file: string, evaluated: boolean, run?: number): void {
  const ws = fileWarnings(ast, file, knownExportsOf(hostOf(n)), { script: true, source, evaluated });
  printWarnings(n, ctx, ws.top);
  const pending = [...ws.modules];
  if (pending.length === 0) return printWarnings(n, ctx, ws.end());
  const outer = n.onModuleDefined;
  n.onModuleDefined = (name, otp) => {
    const i = pending.findIndex((m) => m.name === name);
    if (i >= 0) {
      printWarnings(n, ctx, withOtpWarnings(pending.splice(i, 1)[0].warnings(), otp));
      if (pending.length === 0) {
        n.onModuleDefined = outer;
        // (a compiled file's checker runs once its code has: Module.ParallelChecker.verify/1)
        if (run === undefined) printWarnings(n, ctx, ws.end());
        else atFileEnd(run, (end) => printWarnings(n, end, ws.end()));
      }
      outer?.(name, []);
      return true;
    }
    return outer?.(name, otp) ?? false;
  };
}

/** variables bound by top-level matches (`x = ...`, `{a, b} = ...`), in binding order */
function collectBound(top: Ast, names: string[]): void {
  const seen = new Set(names);
  const add = (name: string) => {
    if (name !== "_" && !seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  };
  // work lists, in source order: a pattern or a chain `a = b = ...` may nest 10,000 deep
  for (let a: Ast | undefined = top; a !== undefined && a.t === "call" && a.name === "=" && a.args; a = a.args[1]) {
    const todo: Ast[] = [a.args[0]];
    while (todo.length > 0) {
      const p = todo.pop()!;
      let kids: readonly Ast[] = [];
      if (p.t === "call") {
        if (p.args === null && typeof p.name === "string") {
          add(p.name);
          continue;
        }
        // var!(x): the variable of the caller's context, a plain one
        const inner = p.name === "var!" && p.args?.length === 1 ? p.args[0] : null;
        if (inner && inner.t === "call" && inner.args === null && typeof inner.name === "string") {
          add(inner.name.split(HYGIENE_SEP)[0]);
          continue;
        }
        // `x::binary`: the type names no variable
        if (p.name === "::" && p.args) kids = p.args.slice(0, 1);
        else if (typeof p.name === "string" && ["=", "{}", "%{}", "%", "|", "<>", "<<>>", "__block__"].includes(p.name) && p.args) kids = p.args;
      } else if (p.t === "list" || p.t === "tuple") kids = p.items;
      for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]);
    }
  }
}

/** the Code function whose frame stands below a file's compiler frames (Elixir 1.14's lines);
 *  compile_string/file and compile_quoted call the compiler in their tail: no frame */
const REQUIRE_FILE_CALLER = { name: "require_file", arity: 2, line: 1245 };
const LOAD_FILE_CALLER = { name: "load_file", arity: 2, line: 1195 };

function compileSource(n: Node, ctx: BifContext, source: string, file: string, caller: CompilerCaller = null): Term | TailCall {
  const ast = parseOrRaise(n, source, file);
  return compileModulesOnly(n, ctx, ast, source, file) ?? runAsScript(n, ctx, ast, source, file, "modules", [], VALIDATED_EVAL_STRING, false, undefined, caller);
}

function readSource(n: Node, file: string, reader: keyof typeof FIND_FILE_CALLERS): { path: string; text: string } {
  const abs = absPath(n, file);
  const bytes = n.host.readFile(abs);
  if (bytes === null) {
    ensureExceptionModules(n);
    const e = new ErlangError("error", exception("Code.LoadError", { file: bin(abs), message: bin(`could not load ${abs}. Reason: enoent`), reason: atom("enoent") }));
    e.callee = codeFrameAt("find_file!", 2, 1807);
    e.calleeBelow = FIND_FILE_CALLERS[reader]();
    throw e;
  }
  if (validUtf8Prefix(bytes) < bytes.length) unreadableSource(bytes, FIND_FILE_CALLERS[reader]());
  return { path: abs, text: new TextDecoder().decode(bytes) };
}

/** a source that is no UTF-8 text: Code.find_file!/2's String.to_charlist/1 of it raises
 *  UnicodeConversionError, above `below` (the Code function reading it) */
export function unreadableSource(bytes: Uint8Array, below: Term[]): never {
  try {
    charlistError(bytes);
  } catch (e) {
    if (e instanceof ErlangError) e.calleeBelow = [codeFrameAt("find_file!", 2, 1806), ...below];
    throw e;
  }
}

/** a source file's name as its code's frames and warnings show it: Elixir compiles it under its
 *  expanded path (so __ENV__.file is absolute) and names it relative to the current directory
 *  (Path.relative_to_cwd: absolute when outside it) */
function sourceName(n: Node, p: string): string {
  const abs = absPath(n, p);
  const name = relativeToCwd(n, abs);
  codeState(n).sourceEnvFiles.set(name, abs);
  return name;
}

/** an absolute path as a stack trace shows it (Path.relative_to_cwd/1) */
function relativeToCwd(n: Node, abs: string): string {
  const cwd = absPath(n, ".");
  return abs.startsWith(cwd === "/" ? "/" : cwd + "/") && abs !== cwd ? abs.slice(cwd === "/" ? 1 : cwd.length + 1) : abs;
}

function absPath(n: Node, p: string): string {
  if (p.startsWith("/")) return normalize(p);
  const cwd = n.host.cwd?.() ?? "/";
  return normalize(cwd + "/" + p);
}
function normalize(p: string): string {
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return "/" + out.join("/");
}

function relDir(n: Node, fun: string, file: Term, relativeTo: Term | undefined): string {
  const f = fileArg(fun, file, relativeTo);
  if (relativeTo === undefined || relativeTo === NIL_ATOM) return f;
  const base = text(relativeTo);
  return f.startsWith("/") ? f : base.replace(/\/$/, "") + "/" + f;
}

function bindingsOf(t: Term): [string, Term][] {
  const items = listToArray(t);
  if (items === null) badarg();
  const out: [string, Term][] = [];
  for (const it of items!) {
    if (!(it instanceof Object) || !("items" in (it as object))) badarg();
    const [k, val] = (it as { items: Term[] }).items;
    if (!(k instanceof Atom)) continue; // {name, context} keys: not supported, skipped
    out.push([k.name, val]);
  }
  return out;
}

/** Code.eval_string/eval_quoted's file: and line: (a keyword list, or a Macro.Env's fields) */
function evalString(ctx: BifContext, src: Term, binding: Term = NIL, opts?: Term): Term | TailCall {
  const n = node(ctx);
  const source = sourceText(src, EVAL_STRING_CALLER);
  const { file, line, env, directives } = evalEnvOf(opts);
  const ast = parseOrRaise(n, source, file, { top: EVAL_PARSE_FRAMES }, line);
  const given = bindingsOf(binding);
  const value = atomOfProgram(ast, env?.module ?? null);
  if (value !== null) return tuple(atom(value), binding);
  return runAsScript(n, ctx, ast, source, file, "value", given, VALIDATED_EVAL_STRING, true, env, null, directives);
}

/** YIELD_AND_RETRY when m is a library module not loaded yet (it is now), else null */
function waitsForLoad(ctx: BifContext, m: Term): Term | null {
  return m instanceof Atom && waitsToLoad(ctx, m) ? (YIELD_AND_RETRY as unknown as Term) : null;
}

function ensureLoaded(n: Node, m: Term): boolean {
  return whyNotLoaded(n, m) === null;
}

/** null once m is loaded, else why it could not be (:nofile, or :badfile for a bad object file) */
function whyNotLoaded(n: Node, m: Term, onLoad = false): string | null {
  if (!(m instanceof Atom)) badarg();
  if (bifsOfModule((m as Atom).name).length > 0) return null;
  const r = n.code.ensureLoadedOrWhy(m as Atom, onLoad);
  return typeof r !== "string" || n.code.current(m as Atom) ? null : r;
}

/** a module whose loading waits for its @on_load function: the call answers `ok` or `failed` once it ran */
function afterOnLoad(n: Node, m: Term, ok: Term, failed: Term): Term | null {
  return m instanceof Atom && n.code.pendingOnLoad(m) !== undefined ? runOnLoad([m], ok, failed) : null;
}

function loadedOrError(n: Node, m: Term): Term {
  const why = whyNotLoaded(n, m, true);
  return afterOnLoad(n, m, tuple(atom("module"), m), tuple(atom("error"), atom("on_load_failure"))) ?? (why === null ? tuple(atom("module"), m) : tuple(atom("error"), atom(why)));
}

function loadedOrRaise(n: Node, m: Term, fun: string, line: number): Term {
  const why = whyNotLoaded(n, m);
  if (why === null) return m;
  const e = new ErlangError("error", exception("ArgumentError", { message: bin(`could not load module ${inspectModule(m)} due to reason :${why}`) }));
  e.callee = codeFrameAt(fun, 1, line);
  throw e;
}

function requireFile(ctx: BifContext, f: string): Term | TailCall {
  const n = node(ctx);
  const { path, text: src } = readSource(n, f, "require_file");
  const st = codeState(n);
  if (st.required.has(path)) return NIL_ATOM;
  st.required.add(path);
  return compileSource(n, ctx, src, sourceName(n, f), REQUIRE_FILE_CALLER);
}

/** the required files in the order of Elixir's code server, which keeps them as a map's keys */
function requiredFiles(n: Node): Term {
  const files = mapFromEntries([...codeState(n).required].map((p) => [bin(p), TRUE] as [Term, Term]));
  return list(listEntries(files).map(([k]) => k));
}

function loadFile(ctx: BifContext, f: string): Term | TailCall {
  const n = node(ctx);
  const { path, text: src } = readSource(n, f, "load_file");
  codeState(n).required.add(path);
  return compileSource(n, ctx, src, sourceName(n, f), LOAD_FILE_CALLER);
}

defineBifs("Elixir.Code", {
  // compiling costs many reductions on the BEAM: the caller's slice ends after it
  "compile_string/1": ([s], ctx) => (yieldFirst(ctx) ? (YIELD_AND_RETRY as unknown as Term) : compileSource(node(ctx), ctx, sourceText(s, COMPILE_STRING_CALLER), "nofile")),
  "compile_string/2": ([s, f], ctx) => (yieldFirst(ctx) ? (YIELD_AND_RETRY as unknown as Term) : compileSource(node(ctx), ctx, sourceText(s, COMPILE_STRING_CALLER), compileStringFile(node(ctx), s, f))),
  "compile_file/1": ([f], ctx) => {
    const file = fileArg("compile_file", f);
    return compileSource(node(ctx), ctx, readSource(node(ctx), file, "compile_file").text, sourceName(node(ctx), file));
  },
  "compile_file/2": ([f, rel], ctx) => {
    const file = relDir(node(ctx), "compile_file", f, rel);
    return compileSource(node(ctx), ctx, readSource(node(ctx), file, "compile_file").text, sourceName(node(ctx), file));
  },
  // deprecated in 1.14 (they still work): load_file compiles the file again every time and
  // counts it as required
  "load_file/1": ([f], ctx) => loadFile(ctx, fileArg("load_file", f)),
  "load_file/2": ([f, rel], ctx) => loadFile(ctx, relDir(node(ctx), "load_file", f, rel)),
  "loaded_files/0": (_, ctx) => requiredFiles(node(ctx)),
  "unload_files/1": ([fs], ctx) => {
    const st = codeState(node(ctx));
    for (const f of listToArray(fs) ?? []) st.required.delete(absPath(node(ctx), text(f)));
    return atom("ok");
  },
  "ensure_compiled?/1": ([m], ctx) => bool(ensureLoaded(node(ctx), m)),
  "require_file/1": ([f], ctx) => requireFile(ctx, fileArg("require_file", f)),
  "require_file/2": ([f, rel], ctx) => requireFile(ctx, relDir(node(ctx), "require_file", f, rel)),
  // (the first evaluation loads modules: vm/loaded_modules.ts)
  "eval_string/1": ([s], ctx) => (waitsForFirstUse(ctx, EVAL_STRING) ? (YIELD_AND_RETRY as unknown as Term) : evalString(ctx, s)),
  "eval_string/2": ([s, b], ctx) => (waitsForFirstUse(ctx, EVAL_STRING) ? (YIELD_AND_RETRY as unknown as Term) : evalString(ctx, s, b)),
  "eval_string/3": ([s, b, o], ctx) => (waitsForFirstUse(ctx, EVAL_STRING) ? (YIELD_AND_RETRY as unknown as Term) : evalString(ctx, s, b, o)),
  "eval_file/1": ([f], ctx) => {
    const file = fileArg("eval_file", f);
    const n = node(ctx);
    const src = readSource(n, file, "eval_file").text;
    return runAsScript(n, ctx, parseOrRaise(n, src, file), src, file, "value");
  },
  "eval_file/2": ([f, rel], ctx) => {
    const n = node(ctx);
    const file = relDir(n, "eval_file", f, rel);
    const src = readSource(n, file, "eval_file").text;
    return runAsScript(n, ctx, parseOrRaise(n, src, file), src, file, "value");
  },
  "compile_quoted/1": ([q], ctx) => compileQuoted(ctx, q, "nofile"),
  "compile_quoted/2": ([q, f], ctx) => compileQuoted(ctx, q, text(f)),
  // (a module not loaded yet: the caller waits for the code server first, vm/loaded_modules.ts)
  "ensure_loaded/1": ([m], ctx) => waitsForLoad(ctx, m) ?? loadedOrError(node(ctx), moduleArg("ensure_loaded", m, 1529)),
  "ensure_loaded?/1": ([m], ctx) => {
    moduleArg("ensure_loaded?", m, 1547);
    const wait = waitsForLoad(ctx, m);
    if (wait !== null) return wait;
    const why = whyNotLoaded(node(ctx), m, true);
    return afterOnLoad(node(ctx), m, TRUE, FALSE) ?? bool(why === null);
  },
  "ensure_loaded!/1": ([m], ctx) => waitsForLoad(ctx, m) ?? loadedOrRaise(node(ctx), m, "ensure_loaded!", 1562),
  "ensure_compiled/1": ([m], ctx) => waitsForLoad(ctx, m) ?? loadedOrError(node(ctx), moduleArg("ensure_compiled", m, 1594)),
  "ensure_compiled!/1": ([m], ctx) => waitsForLoad(ctx, m) ?? loadedOrRaise(node(ctx), m, "ensure_compiled!", 1624),
  "put_compiler_option/2": ([k, val], ctx) => {
    if (!(k instanceof Atom)) badarg();
    const opts = codeState(node(ctx)).options;
    if (!opts.has((k as Atom).name)) elixirRaise("RuntimeError", `unknown compiler option: ${inspectAtom(k as Atom)}`);
    opts.set((k as Atom).name, val);
    return atom("ok");
  },
  "compiler_options/0": (_, ctx) => {
    const opts = codeState(node(ctx)).options;
    return mapFromEntries([...opts].map(([k, val]) => [atom(k), val] as [Term, Term]));
  },
  "compiler_options/1": ([kw], ctx) => {
    const opts = codeState(node(ctx)).options;
    const items = listToArray(kw) ?? [];
    const prev: [Term, Term][] = [];
    for (const it of items) {
      const [k, val] = (it as { items: Term[] }).items;
      if (!(k instanceof Atom)) badarg();
      prev.push([k, opts.get((k as Atom).name) ?? NIL_ATOM]);
      opts.set((k as Atom).name, val);
    }
    return mapFromEntries(prev);
  },
  "get_compiler_option/1": ([k], ctx) => {
    const v = k instanceof Atom ? codeState(node(ctx)).options.get(k.name) : undefined;
    if (v !== undefined) return v;
    // Elixir's clause is guarded by the known options
    const e = new ErlangError("error", atom("function_clause"));
    e.callee = tuple(atom("Elixir.Code"), atom("get_compiler_option"), list([k]), NIL);
    throw e;
  },
  // true in Elixir only inside Kernel.ParallelCompiler, which can suspend a file until a module it
  // needs is compiled; beamlet's compiler never does (it compiles a project's files in order)
  "can_await_module_compilation?/0": () => FALSE,
  // in Elixir 1.14's order
  "available_compiler_options/0": () =>
    list(["docs", "debug_info", "ignore_already_consolidated", "ignore_module_conflict", "relative_paths", "warnings_as_errors", "no_warn_undefined", "tracers", "parser_options"].map((n) => atom(n))),
  "required_files/0": (_, ctx) => requiredFiles(node(ctx)),
  "unrequire_files/1": ([fs], ctx) => {
    const st = codeState(node(ctx));
    for (const f of listToArray(fs) ?? []) st.required.delete(absPath(node(ctx), text(f)));
    return atom("ok");
  },
  "string_to_quoted?/1": ([s], ctx) => {
    try {
      parse(text(s), "nofile");
      return TRUE;
    } catch (e) {
      if (e instanceof CompileError) return FALSE;
      throw e;
    }
  },
});

function inspectAtom(a: Atom): string {
  return /^[a-z_][A-Za-z0-9_]*[?!]?$/.test(a.name) ? ":" + a.name : `:"${a.name}"`;
}
function inspectModule(m: Term): string {
  if (!(m instanceof Atom)) return String(m);
  return m.name.startsWith("Elixir.") ? m.name.slice(7) : inspectAtom(m);
}

// ---- Code.string_to_quoted: the parser's AST is Elixir's quoted form, so it converts 1:1 -------

/** an AST as the quoted term Elixir returns (meta: [line: n], and columns when asked). Walks
 *  with an explicit stack: string_to_quoted of code nested 10,000 deep converts as it parses */
/** literals: (literal_encoder) the token of each literal the parser read: each is marked
 *  {:"$beamlet_literal", meta, literal, line, column} for :beamlet_literal_encoder to encode */
export function astToQuoted(root: Ast, columns = false, literals?: WeakMap<Ast, Tok>, tokenMeta?: TokenMetaTable): Term {
  // (token_metadata) what Elixir's parser writes before a node's own meta
  const endOfExpression = (eoe: { at: At; newlines: number }): Term => tuple(atom("end_of_expression"), list([tuple(atom("newlines"), eoe.newlines), ...placeTerms(eoe.at, columns)]));
  const before = (a: Ast): Term[] => {
    const tm = tokenMeta?.get(a);
    if (tm === undefined) return [];
    const out: Term[] = [];
    if (tm.eoe !== undefined && takesMeta(a)) out.push(endOfExpression(tm.eoe));
    for (const it of tm.pre) {
      if ("n" in it) out.push(tuple(atom(it.k), it.n));
      else if ("s" in it) out.push(tuple(atom(it.k), bin(it.s)));
      else out.push(tuple(atom(it.k), list(placeTerms(it.at, columns))));
    }
    return out;
  };
  const withBefore = (a: Ast, meta: Term): Term => {
    const extra = before(a);
    return extra.length === 0 ? meta : list([...extra, ...(listToArray(meta) ?? [])]);
  };
  // post-order: a node's children are converted (onto `done`) before the node itself
  const done: Term[] = [];
  // (token_metadata: the literal's own, a list's closing...; the separator after it goes on what
  // the encoder makes of it, when that takes meta)
  const marked = (term: Term, t: Tok, keyword = false, a?: Ast): Term => {
    const meta: Term[] = [...(keyword ? [tuple(atom("format"), atom("keyword"))] : []), ...(a ? before(a) : []), tuple(atom("line"), t.line), ...(columns ? [tuple(atom("column"), t.col)] : [])];
    const eoe = a ? tokenMeta?.get(a)?.eoe : undefined;
    return tuple(LITERAL_MARK, list(meta), term, t.line, t.col, eoe ? endOfExpression(eoe) : NIL_ATOM);
  };
  const mark = (a: Ast, term: Term): Term => {
    const t = literals?.get(a);
    if (t === undefined) return term;
    if (a.t === "call" || (a.t === "tuple" && a.items.length !== 2)) return term;
    // (a keyword pair: its key is the literal, in keyword format)
    if (a.t === "tuple" && t.k === "kw") return a.items[0].t === "atom" ? tuple(marked((term as Tuple).items[0], t, true), (term as Tuple).items[1]) : term;
    return marked(term, t, false, a);
  };
  const work: { a: Ast; visited: boolean }[] = [{ a: root, visited: false }];
  const take = (n: number): Term[] => done.splice(done.length - n, n);
  while (work.length > 0) {
    const w = work.pop()!;
    const a = w.a;
    if (!w.visited) {
      let kids: Ast[];
      switch (a.t) {
        case "int": done.push(mark(a, a.v >= -9007199254740991n && a.v <= 9007199254740991n ? Number(a.v) : a.v)); continue;
        case "float": done.push(mark(a, new Float(a.v))); continue;
        case "atom": done.push(mark(a, atom(a.v))); continue;
        case "str": done.push(mark(a, bin(a.v))); continue;
        case "list": case "tuple": kids = a.items; break;
        case "call": kids = [...(typeof a.name === "string" ? [] : [a.name]), ...(a.args ?? [])]; break;
      }
      work.push({ a, visited: true });
      for (let i = kids.length - 1; i >= 0; i--) work.push({ a: kids[i], visited: false });
      continue;
    }
    switch (a.t) {
      case "list": done.push(mark(a, list(take(a.items.length)))); break;
      case "tuple": {
        const items = take(a.items.length);
        done.push(items.length === 2 ? mark(a, tuple(items[0], items[1])) : tuple(atom("{}"), withBefore(a, metaTerm(a.meta ?? {}, columns)), list(items)));
        break;
      }
      case "call": {
        const args = a.args === null ? NIL_ATOM : list(take(a.args.length));
        const name = typeof a.name === "string" ? atom(a.name) : done.pop()!;
        done.push(tuple(name, withBefore(a, metaTerm(a.meta, columns)), args));
        break;
      }
    }
  }
  return done[0];
}
const LITERAL_MARK = atom("$beamlet_literal");
/** a token's place as meta: [line: l] or [line: l, column: c] */
function placeTerms(at: At, columns: boolean): Term[] {
  return [tuple(atom("line"), at.line), ...(columns ? [tuple(atom("column"), at.col)] : [])];
}
function metaTerm(m: { line?: number; column?: number; no_parens?: boolean; ambiguous_op?: boolean; delimiter?: string; indentation?: number }, columns: boolean): Term {
  const out: Term[] = [];
  if (m.delimiter !== undefined) out.push(tuple(atom("delimiter"), bin(m.delimiter)));
  if (m.indentation !== undefined) out.push(tuple(atom("indentation"), m.indentation));
  if (m.no_parens) out.push(tuple(atom("no_parens"), TRUE));
  if (m.ambiguous_op) out.push(tuple(atom("ambiguous_op"), atom("nil")));
  if (m.line !== undefined) out.push(tuple(atom("line"), m.line));
  if (columns && m.column !== undefined) out.push(tuple(atom("column"), m.column));
  return list(out);
}
/** string_to_quoted's options: columns: true, file: (errors and warnings name it), line: (the
 *  text's first line) */
function quotedOpts(o: Term | undefined): { columns: boolean; file: string; line: number; column: number; existingAtomsOnly: boolean; literalEncoder: Term | null; staticAtomsEncoder: Term | null; tokenMetadata: boolean } {
  const opts = { columns: false, file: "nofile", line: 1, column: 1, existingAtomsOnly: false, literalEncoder: null as Term | null, staticAtomsEncoder: null as Term | null, tokenMetadata: false };
  for (const it of (o ? listToArray(o) : null) ?? []) {
    if (!(it instanceof Tuple) || it.items.length !== 2) continue;
    const [k, v] = it.items;
    if (k === atom("columns")) opts.columns = v === TRUE;
    else if (k === atom("file") && v instanceof Bin) opts.file = v.toString();
    else if (k === atom("line") && typeof v === "number" && v > 1) opts.line = v;
    else if (k === atom("column") && typeof v === "number" && v > 1) opts.column = v;
    else if (k === atom("existing_atoms_only")) opts.existingAtomsOnly = v === TRUE;
    else if (k === atom("token_metadata")) opts.tokenMetadata = v === TRUE;
    else if (k === atom("literal_encoder") && v instanceof Fun) opts.literalEncoder = v;
    else if (k === atom("static_atoms_encoder") && v instanceof Fun) opts.staticAtomsEncoder = v;
  }
  return opts;
}
/** a parse error of src raised as string_to_quoted!/2 raises it: with no frame of Elixir's own (its
 *  parser's errors are raised so), or under `callee` (Code.format_string!/2's frame) */
export function raiseSyntaxError(ctx: BifContext, e: CompileError, src: string, file: string, first?: { line: number; pad: number }, callee?: Term): never {
  // the line in error, as the exception's snippet (Exception.message/1 draws it with a caret); on
  // a first line that starts at a later column, its own text, the caret counted from there
  let content = e.drawsSnippet ? src.split("\n")[e.line - 1] : undefined;
  let offset = Math.max(0, (e.column ?? 1) - 1);
  if (content !== undefined && first && first.pad > 0 && e.line === first.line) {
    content = content.slice(first.pad);
    offset = Math.max(0, offset - first.pad);
  }
  const snippet = content === undefined ? NIL_ATOM : mapFromEntries([[atom("content"), bin(content)], [atom("offset"), offset]]);
  const column = e.column === null && e.kind === "SyntaxError" ? NIL_ATOM : e.column ?? 0;
  try {
    raiseException(node(ctx), e.kind, { file: bin(file), line: e.line, column, snippet, description: bin(e.description) });
  } catch (err) {
    if (err instanceof ErlangError) {
      if (callee !== undefined) err.callee = callee;
      else {
        err.lastCallDrop = TailDrop.Always;
        // (the trace Elixir takes in its parser's frame, which it then leaves out: one entry fewer)
        err.processDepth = Math.max(0, backtraceDepth() - 1);
      }
    }
    throw err;
  }
}

/** withComments: string_to_quoted_with_comments(!), the source's comments given with the quoted form;
 *  encoded: (static_atoms_encoder) what :beamlet_static_atoms_encoder made of the text's atoms:
 *  {:ok, terms} or {:error, line, column, reason, name} */
const LITERAL_ENCODER = atom("beamlet_literal_encoder");
const STATIC_ATOMS_ENCODER = atom("beamlet_static_atoms_encoder");
/** an exception the parser raised building a literal (a charlist that is no UTF-8), from its frames */
function parserException(raised: { exception: string; message: string }): ErlangError {
  const err = new ErlangError("error", exception(raised.exception, { message: bin(raised.message) }));
  const frames = [
    codeFrame("elixir_utils", "conversion_error", 3, "src/elixir_utils.erl", 132),
    codeFrame("elixir_parser", "build_list_string", 2, "lib/elixir/src/elixir_parser.yrl", 977),
    codeFrame("elixir_parser", "yeccpars2_65", 7, "lib/elixir/src/elixir_parser.yrl", 275),
    codeFrame("elixir_parser", "yeccpars0", 5, "/usr/lib/erlang/lib/parsetools-2.3.2/include/yeccpre.hrl", 57),
  ];
  err.callee = frames[0];
  err.calleeBelow = frames.slice(1);
  return err;
}

function stringToQuoted(args: Term[], bang: boolean, ctx: BifContext, withComments = false, encoded?: Term): Term | TailCall {
  const opts = quotedOpts(args[1]);
  // the text read from its first line and column on: its lines and columns, those of its errors and
  // warnings count from there (the first line is read after as many blanks as columns it skips)
  const pad = opts.line - 1 + opts.column - 1;
  const src = "\n".repeat(opts.line - 1) + " ".repeat(opts.column - 1) + sourceText(args[0], () => [bang ? codeFrameAt("string_to_quoted!", 2, 989) : codeFrameAt("string_to_quoted", 2, 965)]);
  const file = opts.file;
  if (opts.staticAtomsEncoder !== null && encoded === undefined) {
    // the encoder (the caller's fun) is given the text's atoms first; a text that does not
    // tokenize is read as usual, for its error
    let atoms: [string, number, number, EncodedTokenKind][] | null = null;
    try {
      atoms = staticAtoms(src, file);
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
    }
    const kind = atom(withComments ? (bang ? "comments!" : "comments") : bang ? "bang" : "ok");
    if (atoms !== null) return new TailCall(STATIC_ATOMS_ENCODER, [list(atoms.map(([n, l, c]) => tuple(bin(n), l, c))), opts.staticAtomsEncoder, args[0], args[1] ?? NIL, kind], atom("encode"));
  }
  let placed: Term[] | null = null;
  let encodedAtoms: [string, number, number, EncodedTokenKind][] = [];
  try {
    let ast: Ast, literals: WeakMap<Ast, Tok> | undefined, tokenMeta: TokenMetaTable | undefined;
    if (encoded instanceof Tuple && encoded.items[0] === atom("error")) {
      const [, line, column, reason, name] = encoded.items;
      const e = new CompileError("SyntaxError", file, line as number, column as number, (reason as Bin).toString() + (name as Bin).toString());
      e.quoted = { prefix: (reason as Bin).toString(), token: (name as Bin).toString() };
      throw e;
    }
    const read = () => {
      if (opts.tokenMetadata) ({ ast, literals, tokenMeta } = parseWithTokenMetadata(src, file, pad, opts.literalEncoder !== null));
      else if (opts.literalEncoder !== null) ({ ast, literals } = parseRecordingLiterals(src, file, pad));
      else ast = opts.existingAtomsOnly ? parseExistingAtomsOnly(src, file, (name) => name.startsWith(PLACEHOLDER) || existingAtom(name) !== undefined, pad) : parse(src, file, 1, pad);
    };
    if (encoded instanceof Tuple) {
      // (the encoder's terms stand where the text's atoms were)
      placed = listToArray(encoded.items[1]) ?? [];
      const at = new Map<string, number>();
      encodedAtoms = staticAtoms(src, file);
      encodedAtoms.forEach(([, l, c], i) => at.set(`${l}:${c}`, i));
      withPlaceholders(at, read);
    } else read();
    let quoted = astToQuoted(ast!, opts.columns, literals, tokenMeta);
    if (placed !== null) quoted = withPlacedAtoms(quoted, placed);
    // the tokenizer's warnings (`a."b"`, `? `) are printed as the text is read
    for (const w of tokenWarnings(src, file)) ctx.write(2, formatWarning(w));
    if (withComments) {
      const comments = list(sourceComments(src, file, pad).map((c) => mapFromEntries([
        [atom("column"), c.column], [atom("line"), c.line], [atom("next_eol_count"), c.nextEolCount],
        [atom("previous_eol_count"), c.previousEolCount], [atom("text"), bin(c.text)],
      ])));
      if (opts.literalEncoder !== null) return new TailCall(LITERAL_ENCODER, [quoted, opts.literalEncoder, bang ? bin(file) : NIL_ATOM, bin(src), comments], atom("encode"));
      return bang ? tuple(quoted, comments) : tuple(atom("ok"), quoted, comments);
    }
    // (the encoder, a fun of the caller's, runs as Elixir code)
    if (opts.literalEncoder !== null) return new TailCall(LITERAL_ENCODER, [quoted, opts.literalEncoder, bang ? bin(file) : NIL_ATOM, bin(src), NIL_ATOM], atom("encode"));
    return bang ? quoted : tuple(atom("ok"), quoted);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    if (e.parserRaised) throw parserException(e.parserRaised);
    if (opts.columns && e.column === null && e.columnWhenCounted !== undefined) e.column = e.columnWhenCounted;
    // ...before the parser fails (none when the tokenizer does: tokenWarnings sees that, but not
    // an atom existing_atoms_only refused)
    if (!(opts.existingAtomsOnly && e.quoted?.prefix === UNSAFE_ATOM)) for (const w of tokenWarnings(src, file)) ctx.write(2, formatWarning(w));
    // (before a token whose atom the encoder made into its term: the parser writes that term)
    if (placed !== null && e.quoted?.prefix === "syntax error before: ") {
      const col = e.column ?? e.columnWhenCounted;
      const i = encodedAtoms.findIndex(([, l, c]) => l === e.line && c === col);
      if (i >= 0 && i < placed.length) {
        const [name, l, c, kind] = encodedAtoms[i];
        const token = encodedErrorToken(kind, name, l, c, placed[i], e.quoted.token);
        if (typeof token !== "string") return new TailCall(atom("erlang"), [token.atomToList], atom("atom_to_list"));
        e.quoted.token = token;
        e.description = e.quoted.prefix + token;
      }
    }
    if (bang) raiseSyntaxError(ctx, e, src, file, { line: opts.line, pad: opts.column - 1 });
    // (an error the parser reports without a column has none in its metadata)
    const meta = list([tuple(atom("line"), e.line), ...(e.column === null && e.kind === "SyntaxError" ? [] : [tuple(atom("column"), e.column ?? 0)])]);
    if (e.quoted) {
      const q = e.quoted;
      return tuple(atom("error"), tuple(meta, q.suffix === undefined ? bin(q.prefix) : tuple(bin(q.prefix), bin(q.suffix)), bin(q.token)));
    }
    return tuple(atom("error"), tuple(meta, bin(e.description), bin("")));
  }
}
/** the quoted form with each placeholder atom of lang/static_atoms.ts replaced by the encoder's term */
function withPlacedAtoms(t: Term, placed: Term[]): Term {
  if (t instanceof Atom) return t.name.startsWith(PLACEHOLDER) ? placed[Number(t.name.slice(PLACEHOLDER.length))] : t;
  if (t instanceof Tuple) return tuple(...t.items.map((x) => withPlacedAtoms(x, placed)));
  if (t instanceof Cons) {
    const items: Term[] = [];
    let at: Term = t;
    for (; at instanceof Cons; at = at.tail) items.push(withPlacedAtoms(at.head, placed));
    return items.reduceRight((tail: Term, head) => new Cons(head, tail), withPlacedAtoms(at, placed));
  }
  return t;
}

/** Code.compile_quoted(quoted, file): the modules the quoted code defines, as compile_string's */
function compileQuoted(ctx: BifContext, quoted: Term, file: string): Term | TailCall {
  const n = node(ctx);
  let ast: Ast;
  try {
    ast = termToAstOrError(quoted, file, 1, true);
  } catch (e) {
    if (e instanceof CompileError) compileErrorToTerm(n, e, "");
    throw e;
  }
  return compileModulesOnly(n, ctx, ast, "", file) ?? runAsScript(n, ctx, ast, "", file, "modules");
}
/** Code.eval_quoted(quoted, binding, opts): the quoted form is compiled and run as eval_string's */
function evalQuoted(ctx: BifContext, quoted: Term, binding: Term = NIL, opts?: Term): Term | TailCall {
  const n = node(ctx);
  const { file, line, env, directives } = evalEnvOf(opts);
  let ast: Ast;
  try {
    ast = termToAstOrError(quoted, file, line, true);
  } catch (e) {
    if (e instanceof CompileError) compileErrorToTerm(n, e, "");
    throw e;
  }
  const given = bindingsOf(binding);
  const value = atomOfProgram(ast, env?.module ?? null);
  if (value !== null) return tuple(atom(value), binding);
  return runAsScript(n, ctx, ast, "", file, "value", given, EVAL_QUOTED, true, env, null, directives);
}

// the text read again with what the static_atoms_encoder made of its atoms
// (lib/code_static_atoms_encoder.ex): kind names the Code function asked
defineBifs("beamlet", {
  "static_atoms_quoted/4": ([string, opts, encoded, kind], ctx) => {
    const k = (kind as Atom).name;
    return stringToQuoted([string, opts], k === "bang" || k === "comments!", ctx, k.startsWith("comments"), encoded);
  },
});

defineBifs("Elixir.Code", {
  "eval_quoted/1": ([q], ctx) => evalQuoted(ctx, q),
  "eval_quoted/2": ([q, b], ctx) => evalQuoted(ctx, q, b),
  "eval_quoted/3": ([q, b, o], ctx) => evalQuoted(ctx, q, b, o),
  "string_to_quoted!/1": (a, ctx) => stringToQuoted(a, true, ctx),
  "string_to_quoted!/2": (a, ctx) => stringToQuoted(a, true, ctx),
  "string_to_quoted/1": (a, ctx) => stringToQuoted(a, false, ctx),
  "string_to_quoted/2": (a, ctx) => stringToQuoted(a, false, ctx),
  "string_to_quoted_with_comments!/1": (a, ctx) => stringToQuoted(a, true, ctx, true),
  "string_to_quoted_with_comments!/2": (a, ctx) => stringToQuoted(a, true, ctx, true),
  "string_to_quoted_with_comments/1": (a, ctx) => stringToQuoted(a, false, ctx, true),
  "string_to_quoted_with_comments/2": (a, ctx) => stringToQuoted(a, false, ctx, true),
});

/**
 * Module.eval_quoted's code (lib/module.ex: the module is open) run in the module's body: its
 * definitions and attributes go to the module; {value, binding}. A failure is raised here, in
 * the caller of Module.eval_quoted.
 */
function evalQuotedInModule(ctx: BifContext, mod: Term, quoted: Term, binding: Term): Term {
  const n = node(ctx);
  const mc = mod instanceof Atom ? compiling.get(mod.name) : undefined;
  if (!mc?.evalInBody) return badarg();
  const line = 1;
  let r: Tuple;
  try {
    r = mc.evalInBody(termToAstOrError(quoted, mc.file, line, true), line, bindingsOf(binding));
  } catch (e) {
    if (e instanceof CompileError) compileErrorToTerm(n, e, "");
    throw e;
  }
  if (r.items[0] === atom("ok")) return r.items[1];
  // (raised from here: the trace is the caller's, under Module.validated_eval_quoted/4; Elixir's
  // also shows erl_eval's frame of the evaluated call)
  const [, kind, reason] = r.items;
  if (kind === atom("error")) raise(reason);
  throw new ErlangError((kind as Atom).name as "exit" | "throw", reason);
}

defineBifs("beamlet_module", {
  "eval_quoted_in/3": ([m, q, b], ctx) => evalQuotedInModule(ctx, m, q, b),
});

/** compile_string/2's file: a binary (its clause's guard) */
function compileStringFile(n: Node, s: Term, f: Term): string {
  if (!(f instanceof Bin && f.isBinary)) return codeClause("compile_string", [s, f], 1463);
  // (its __ENV__.file is the name as given; its stack traces show it relative to the cwd)
  const given = f.toString();
  const name = given.startsWith("/") ? relativeToCwd(n, normalize(given)) : given;
  codeState(n).sourceEnvFiles.set(name, given);
  return name;
}
