// Macro expansion: a call that names a macro (defined earlier in this module, imported, or
// Mod.name of a required module) is handed to the node, which runs the macro's function
// ("MACRO-name", with the caller's Macro.Env first) on the quoted arguments; the quoted result,
// with the caller's line and a fresh hygiene counter, is compiled in place of the call.
import { ambiguousImport, ambiguousImportTrace } from "./import_table.ts";
import { dispatchErrorInExpansion } from "./macro_result_trace.ts";
import type { Ast, AstCall } from "../lang/ast.ts";
import { CompileError } from "../lang/compile_error.ts";
import { Atom, Cons, Term, Tuple, atom, bin, int, isMap, list, listToArray, tuple, NIL, NIL_ATOM, charlist } from "../vm/terms.ts";
import { mapFromEntries } from "../vm/map.ts";
import type { ModCtx } from "./context.ts";
import { isCall } from "./ast_util.ts";
import { expandAlias, displayModule } from "./aliases.ts";
import { astToTerm, termToAstOrError, HYGIENE_SEP } from "./quoted.ts";
import { KERNEL_FUNCTIONS, KERNEL_MACROS } from "./kernel_imports.ts";
import { isScriptModule } from "./script_module.ts";
import { isElixirModule } from "./macro_expansions.ts";
import { writtenNode } from "./written_node.ts";
import { hookCodeAst } from "./hook_invalid_quoted.ts";

export interface MacroRef {
  module: string;
  name: string;
  arity: number;
  local: boolean;
}

/** a node quoted with `generated: true` (its meta says so): the Erlang compiler reports nothing
 *  about such code */
export function isGeneratedQuoted(meta: { quoted?: unknown } | undefined): boolean {
  const items = meta?.quoted === undefined ? null : listToArray(meta.quoted as Term);
  return items !== null && items.some((x) => x instanceof Tuple && x.items.length === 2 && x.items[0] === atom("generated") && x.items[1] === atom("true"));
}

/**
 * The module a quoted call was imported from where it was quoted (its `imports: [{arity, module}]`
 * meta, with `context:`), as Elixir dispatches it; null for other calls.
 */
export function importOfQuotedCall(meta: { quoted?: unknown }, arity: number): string | null {
  const items = meta.quoted === undefined ? null : listToArray(meta.quoted as Term);
  if (!items) return null;
  const field = (k: string) => items.find((x) => x instanceof Tuple && x.items.length === 2 && x.items[0] === atom(k)) as Tuple | undefined;
  const imports = field("imports");
  if (!imports || !field("context")) return null;
  for (const entry of listToArray(imports.items[1]) ?? []) {
    if (entry instanceof Tuple && entry.items[0] === arity && entry.items[1] instanceof Atom) return entry.items[1].name;
  }
  return null;
}

/** the macro a call names, or null when it is not a macro call */
export function findMacro(mod: ModCtx, a: AstCall): MacroRef | null {
  const args = a.args;
  if (args === null) return null;
  if (typeof a.name === "string") {
    const key = a.name + "/" + args.length;
    if (mod.locals.has(key)) return null;
    if (mod.localMacros.has(key)) {
      // (an undefined local for Elixir, reported with the others once the module is expanded)
      if (mod.visibleMacros && !mod.visibleMacros.has(key)) {
        mod.deferUndefinedLocal(`cannot invoke macro ${key} before its definition`, a.meta.line, a.name, args.length, a);
        return null;
      }
      return { module: mod.name, name: a.name, arity: args.length, local: true };
    }
    const imported = mod.importedMacros.get(key);
    if (imported) {
      const ambiguous = ambiguousImport(mod, key);
      if (ambiguous !== undefined) return mod.error(ambiguous, a.meta.line, dispatchErrorInExpansion(mod) ?? ambiguousImportTrace(mod.file, a.meta.line ?? 0, mod.currentDef !== null));
      return { module: imported, name: a.name, arity: args.length, local: false };
    }
    return null;
  }
  const dot = a.name;
  if (!isCall(dot, ".") || dot.args?.length !== 2 || dot.args[1].t !== "atom") return null;
  const recv = dot.args[0];
  if (!(recv.t === "atom" || isCall(recv, "__aliases__") || isCall(recv, "__MODULE__"))) return null;
  const m = expandAlias(recv, mod);
  if (m === null || m === "Elixir.Kernel") return null;
  const name = dot.args[1].v;
  const key = name + "/" + args.length;
  if (!mod.host.moduleMacros?.(m)?.includes(key)) return null;
  // a remote macro needs `require` (or import/use): without it the call is a function call
  // (UndefinedFunctionError when it runs), with Elixir's warning in a module's code
  if (!mod.required.has(m) && m !== mod.name) {
    noteUnrequiredMacro(mod, m, name, args.length, a.meta.line ?? 0);
    return null;
  }
  return { module: m, name, arity: args.length, local: false };
}

/** a remote macro of a module not required, called or captured (&Integer.is_odd/1) as a function
 *  in a module's code: Elixir's warning, reported by the checker with the module's other remote
 *  calls (compiler/warnings/lexical.ts) */
export function noteUnrequiredMacro(mod: ModCtx, m: string, name: string, arity: number, line: number): void {
  if (isScript(mod) || !mod.currentDef || mod.host.lenient) return;
  const where = `${displayModule(mod.name)}.${mod.currentDef.name}/${mod.currentDef.arity}`;
  mod.unrequiredMacros.push({ module: m, fun: name, arity, line, where });
}

/** where the compiler is: the function being compiled ({name, arity}) or null at a module's top */
export interface CallerInfo {
  fn: [string, number] | null;
  line: number;
  /** __CALLER__.context: "guard" while a guard is compiled (defguard macros expand differently there) */
  context?: "guard" | "match";
  /** the variables in scope, in the order they were bound (compiled names, see quoted.ts) */
  vars?: string[];
  /** __ENV__ as the code holds it: in a function, without the lexical tracker */
  escaped?: boolean;
}

const KERNEL = "Elixir.Kernel";

function kwList(table: Record<string, number[]>): Term {
  const pairs: [string, number][] = [];
  for (const [n, as] of Object.entries(table)) for (const x of as) pairs.push([n, x]);
  pairs.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
  return list(pairs.map(([n, x]) => tuple(atom(n), x)));
}

/** [{module, [{name, arity}]}] of an import table, the newest import first and Kernel's last, as Elixir's env lists them */
function importTable(mod: ModCtx, table: Map<string, string>, kernel: Record<string, number[]>, skip?: Map<string, string>): Term {
  const byMod = new Map<string, [string, number][]>();
  // the table is in import order (compiler/import_table.ts): a module's place is its newest name's
  const newest = new Map<string, number>();
  let n = 0;
  for (const [key, m] of table) {
    // (the import table holds the macros too: they are listed under :macros only)
    if (skip?.get(key) === m) continue;
    newest.set(m, n++);
    const i = key.lastIndexOf("/");
    if (!byMod.has(m)) byMod.set(m, []);
    byMod.get(m)!.push([key.slice(0, i), Number(key.slice(i + 1))]);
  }
  const out: Term[] = [];
  for (const m of [...byMod.keys()].sort((x, y) => newest.get(y)! - newest.get(x)!)) {
    const fs = byMod.get(m)!.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
    out.push(tuple(atom(m), list(fs.map(([n, x]) => tuple(atom(n), x)))));
  }
  out.push(tuple(atom(KERNEL), kwList(kernel)));
  void mod;
  return list(out);
}

function isScript(mod: ModCtx): boolean {
  return isScriptModule(mod.name);
}

/** %{{name, context} => version} of the variables in scope (Macro.Env.vars/1, binding/0's expansion) */
function versionedVars(names: string[]): Term {
  const entries: [Term, Term][] = [];
  for (const name of names) {
    // compiler temporaries ($...) and __CALLER__ are no variables of the code
    if (name.startsWith("$") || name === "__CALLER__") continue;
    const [plain, context] = name.split(HYGIENE_SEP);
    entries.push([tuple(atom(plain), context === undefined ? NIL_ATOM : atom(context)), entries.length]);
  }
  return mapFromEntries(entries);
}

/** the absolute path of the file the code being compiled is in: its definition's own (@file, a
 *  location: :keep quote's) or the module's */
export function sourcePath(mod: ModCtx): string {
  const f = mod.currentDefFile ?? mod.file;
  return mod.host.absPath ? mod.host.absPath(f) : f;
}

/** %Macro.Env{} for code at this point (__ENV__, and __CALLER__ as a macro sees it) */
export function envTerm(mod: ModCtx, at: CallerInfo): Term {
  const script = isScript(mod);
  const file = sourcePath(mod);
  const requires = [...new Set(["Elixir.Application", KERNEL, "Elixir.Kernel.Typespec", ...mod.required])].sort();
  // (code compiled with a lexical tracker has Elixir's own tracer on, code evaluated in a given env
  // that env's; __ENV__ escaped in a function drops both)
  const tracing = mod.evalEnv ? mod.evalEnv.tracing : undefined;
  const dropped = at.escaped && at.fn;
  const tracker = dropped ? NIL_ATOM : tracing ? tracing.tracker : mod.host.lexicalTracker ?? NIL_ATOM;
  const tracers = dropped ? NIL : tracing ? tracing.tracers : tracker === NIL_ATOM ? NIL : list([atom("elixir_lexical")]);
  const entries: [string, Term][] = [
    ["__struct__", atom("Elixir.Macro.Env")],
    ["aliases", list([...mod.aliases].map(([k, v]) => tuple(atom("Elixir." + k), atom(v))))],
    ["context", at.context ? atom(at.context) : NIL_ATOM],
    ["context_modules", list(mod.contextModules.map((m) => atom(m)))],
    ["file", bin(file)],
    ["function", at.fn ? tuple(atom(at.fn[0]), at.fn[1]) : NIL_ATOM],
    ["functions", importTable(mod, mod.imports, KERNEL_FUNCTIONS, mod.importedMacros)],
    ["lexical_tracker", tracker],
    ["line", at.line],
    ["macro_aliases", NIL],
    ["macros", importTable(mod, mod.importedMacros, KERNEL_MACROS)],
    ["module", script ? (mod.evalEnv?.module ? atom(mod.evalEnv.module) : NIL_ATOM) : atom(mod.name)],
    ["requires", list(requires.map((r) => atom(r)))],
    ["tracers", tracers],
    ["versioned_vars", versionedVars(at.vars ?? [])],
  ];
  return mapFromEntries(entries.map(([k, v]) => [atom(k), v] as [Term, Term]));
}

const A_COUNTER = atom("counter"), A_LINE = atom("line"), A_ALIASES = atom("__aliases__");

function hasKey(meta: Term, k: Atom): boolean {
  for (let c = meta; c instanceof Cons; c = c.tail) if (c.head instanceof Tuple && c.head.items[0] === k) return true;
  return false;
}
function metaValue(meta: Term, k: Atom): Term | undefined {
  for (let c = meta; c instanceof Cons; c = c.tail) if (c.head instanceof Tuple && c.head.items[0] === k) return c.head.items[1];
  return undefined;
}
/** the caller's line where a node has none, as Elixir's linify: a node with `keep: {file, line}`
 *  (quote location: :keep) gets it too (only a definition's code takes the kept lines: see
 *  keptLines in quoted.ts) */
function lineMeta(meta: Term, line: number): Term {
  if (line <= 0 || hasKey(meta, A_LINE)) return meta;
  return new Cons(tuple(A_LINE, line), meta);
}

/** the expansion's line and hygiene counter (Elixir's linify_with_context_counter) */
// the counter is an integer term: a script's and Macro.expand's are :erlang.unique_integer()s,
// beyond a JS number's exact range
const A_ALIAS_FORM = atom("alias");
const A_IMPORT_FORM = atom("import");
const A_REQUIRE_FORM = atom("require");

export function linify(t: Term, line: number, receiver: Atom, counter: number | bigint): Term {
  if (t instanceof Cons) {
    const items: Term[] = [];
    let c: Term = t;
    for (; c instanceof Cons; c = c.tail) items.push(linify(c.head, line, receiver, counter));
    return list(items, c);
  }
  if (!(t instanceof Tuple)) return t;
  const it = t.items;
  if (it.length === 2) return tuple(linify(it[0], line, receiver, counter), linify(it[1], line, receiver, counter));
  if (it.length !== 3 || listToArray(it[1]) === null) return t;
  let [head, meta, args] = it;
  // a quote the macro's code quoted (its context the receiver) takes the counter, as its
  // variables do; its contents are linified as any code
  if (head === atom("quote") && args instanceof Cons) {
    if (!hasKey(meta, A_COUNTER) && metaValue(meta, atom("context")) === receiver) meta = new Cons(tuple(A_COUNTER, counter), meta);
    return tuple(head, lineMeta(meta, line), linify(args, line, receiver, counter));
  }
  const isVar = head instanceof Atom && args instanceof Atom;
  // (and alias/import/require, whose aliases are the expansion's own: compiler/aliases.ts)
  const lexical = (head === A_ALIAS_FORM || head === A_IMPORT_FORM || head === A_REQUIRE_FORM) && args instanceof Cons;
  if ((isVar && args === receiver && head !== atom("_")) || head === A_ALIASES || lexical) {
    if (!hasKey(meta, A_COUNTER)) meta = new Cons(tuple(A_COUNTER, counter), meta);
  }
  meta = lineMeta(meta, line);
  if (!isVar) {
    head = linify(head, line, receiver, counter);
    args = linify(args, line, receiver, counter);
  }
  return tuple(head, meta, args);
}

import { deprecationWarning } from "./deprecations.ts";

/** the expansions of macro calls made ahead, as Elixir makes them (a def's where it is written:
 *  compiler/def_expansion.ts; a module body's before it runs), by call node as written (the
 *  body's code is compiled from copies: compiler/written_node.ts), or the error the macro
 *  raised: the module's compile takes them instead of running the macro again, so each call
 *  written in the code expands once */
const expansions = new WeakMap<AstCall, Ast | CompileError>();
/** the errors raised by running a macro (or by what it returned) */
const macroFailures = new WeakSet<CompileError>();
export function noteMacroFailure(e: CompileError): void {
  macroFailures.add(e);
}
export function isMacroFailure(e: CompileError): boolean {
  return macroFailures.has(e);
}

let scriptCounter = 0;
const MAX_DEPTH = 1000;
let depth = 0;

/** expand a macro call once and give back the AST to compile in its place */
export function expandMacro(mod: ModCtx, ref: MacroRef, a: AstCall, at: CallerInfo): Ast {
  const host = mod.host;
  const line = a.meta.line ?? at.line;
  if (!host.callSync) return mod.error(`cannot expand macro ${displayModule(ref.module)}.${ref.name}/${ref.arity} here (no node to run it)`, line);
  if (depth > MAX_DEPTH) return mod.error(`macro expansion of ${ref.name}/${ref.arity} does not terminate`, line);
  const target = ref.local ? mod.macroModule!() : ref.module;
  // a deprecated library macro (Behaviour.defcallback/1) warns as it is expanded
  const deprecated = ref.local ? undefined : deprecationWarning(ref.module, ref.name, ref.arity);
  if (deprecated) mod.warn(deprecated, line, at.fn ? `${isScript(mod) ? "" : displayModule(mod.name) + "."}${at.fn[0]}/${at.fn[1]}` : isScript(mod) ? "(file)" : displayModule(mod.name));
  // (expanded already where its def was written: compiler/def_expansion.ts)
  const written = writtenNode(a);
  const remembered = expansions.get(written);
  if (remembered instanceof CompileError) throw remembered;
  if (remembered !== undefined) return remembered;
  const env = envTerm(mod, { ...at, line });
  const args = (a.args ?? []).map(astToTerm);
  const r = host.callSync(target, "MACRO-" + ref.name, [env, ...args]) as Tuple;
  const where = expandingText(mod, [[ref.module, ref.name, ref.arity, line], ...outerExpansions(mod)], at.fn);
  if (r.items[0] !== atom("ok")) {
    // the macro's own frame and those below it give way to the expansion's (Elixir's
    // prune_stacktrace), before the error is normalized: a macro whose clauses do not match is
    // `no function clause matching in M.name/arity`, not in its MACRO- function. Without it
    // (the macro's last call raised, a tail call) the frames down to the VM's call of the macro
    // stay, as Elixir's down to elixir_dispatch's. Under them, the expansions this one is in.
    const st = listToArray(r.items[3]) ?? [];
    // (of the arity called: a macro with default arguments raising in its full clause keeps that
    // clause's frame, MACRO-t/3 under a call of t/1)
    const arityOf = (x: Term) => (typeof x === "number" ? x : (listToArray(x)?.length ?? -1));
    const own = st.findIndex((f) => f instanceof Tuple && f.items[0] === atom(target) && f.items[1] === atom("MACRO-" + ref.name) && arityOf(f.items[2]) === (a.args ?? []).length + 1);
    const entry = st.findIndex((f) => f instanceof Tuple && f.items[0] === A_SYNC_CALL);
    const above = own >= 0 ? st.slice(0, own) : entry >= 0 ? st.slice(0, entry) : [];
    const pruned = list([...above, ...expansionFrames(mod, ref.module, ref.name, ref.arity, line, at.fn), ...outerExpansionFrames(mod, at.fn)].slice(0, 8));
    const reason = own === 0 ? macroClauseError(r.items[2], target, ref) : r.items[2];
    const err = compileTimeError(mod, line, tuple(r.items[0], r.items[1], reason, pruned), where);
    err.expansionStack = pruned;
    macroFailures.add(err);
    if (mod.recordExpansions) expansions.set(written, err);
    throw err;
  }
  const counter = isScript(mod) ? int(-576460752303423488n + BigInt(++scriptCounter)) : ++mod.macroCounter;
  const expanded = linify(r.items[1], line, atom(ref.module), counter);
  depth++;
  try {
    // (a pid is a value a module body or a script may hold, not a function)
    const out = termToAstOrError(expanded, mod.file, line, !at.fn);
    if (mod.recordExpansions) expansions.set(written, out);
    return out;
  } catch (e) {
    // the macro returned an invalid quoted expression: reported while expanding it, as Elixir does
    if (e instanceof CompileError && e.noLine && e.banner === undefined) {
      e.banner = `** (CompileError) ${mod.file}: ${e.description}${where}`;
      e.expansionStack = list([...expansionFrames(mod, ref.module, ref.name, ref.arity, line, at.fn), ...outerExpansionFrames(mod, at.fn)].slice(0, 8));
    }
    if (e instanceof CompileError) {
      macroFailures.add(e);
      if (mod.recordExpansions) expansions.set(written, e);
    }
    throw e;
  } finally {
    depth--;
  }
}

/** no clause of the macro's MACRO- function matched (normalized where it was raised): Elixir
 *  normalizes :function_clause with the pruned stack trace, whose top is `M.name/arity`
 *  (expanding macro), so the error names the macro and shows no arguments */
function macroClauseError(reason: Term, target: string, ref: MacroRef): Term {
  if (!isMap(reason) || reason.get(atom("__struct__")) !== atom("Elixir.FunctionClauseError")) return reason;
  if (reason.get(atom("module")) !== atom(target) || reason.get(atom("function")) !== atom("MACRO-" + ref.name)) return reason;
  return reason.put(atom("module"), atom(ref.module)).put(atom("function"), atom(ref.name)).put(atom("arity"), ref.arity).put(atom("args"), NIL_ATOM);
}

/** an exception raised by code Elixir runs at compile time (e.g. a module body's call) */
export function raiseAtCompileTime(mod: ModCtx, line: number, exception: string, message: string, fields: Record<string, Term>, trace = "", stack?: Term[]): never {
  const err = new CompileError("CompileError", mod.file, line, null, message);
  err.banner = `** (${exception}) ${message}${trace}`;
  if (stack) err.expansionStack = list(stack);
  const entries: [Term, Term][] = [[atom("__struct__"), atom("Elixir." + exception)], [atom("__exception__"), atom("true")]];
  for (const [k, v] of Object.entries(fields)) entries.push([atom(k), v]);
  err.raised = [atom("error"), mapFromEntries(entries), NIL];
  throw err;
}

/** code run at compile time raised ({:error, kind, reason, stacktrace}): Elixir prints the exception */
export function compileTimeFailure(mod: ModCtx, line: number, r: Tuple, where: string): never {
  throw compileTimeError(mod, line, r, where);
}
export function compileTimeError(mod: ModCtx, line: number, r: Tuple, where: string): CompileError {
  const [, kind, reason, st] = r.items;
  const host = mod.host;
  const banner = host.formatBanner ? host.formatBanner(kind, reason, st) : `** (${String(kind)}) compile-time code failed`;
  const err = new CompileError("CompileError", mod.file, line, null, banner);
  err.banner = banner + where;
  err.raised = [kind, reason, st];
  return err;
}

/** the file a macro's caller frame names: relative to the working directory, as Elixir's
 *  elixir_utils:caller/4 gives it (code evaluated with an absolute `file:` too) */
function callerFile(mod: ModCtx): string {
  return mod.host.relativePath?.(mod.file) ?? mod.file;
}

/** the frames under an error raised while expanding module.name/arity: `expanding macro: ...`, then
 *  the function (or the module body) being compiled */
export function expansionFrames(mod: ModCtx, module: string, name: string, arity: number, line: number, fn: [string, number] | null | undefined): Term[] {
  const at = list([tuple(atom("file"), charlist(callerFile(mod))), tuple(atom("line"), line)]);
  // a module body's expansion is `{Mod, :__MODULE__, 0, ...}` ("Mod (module)"), unlike the
  // frames of a body that runs (:elixir_compiler_N.__MODULE__/1)
  const caller = isScript(mod) ? tuple(atom("elixir_compiler_0"), atom("__FILE__"), 1, at)
    : fn ? tuple(atom(mod.name), atom(fn[0]), fn[1], at)
    : tuple(atom(mod.name), atom("__MODULE__"), 0, at);
  return [tuple(atom(module), atom(name), arity, list([tuple(atom("file"), charlist("expanding macro"))])), caller];
}

const A_SYNC_CALL = atom("beamlet_sync_call");

/** the macro calls whose expansion holds the code being compiled, innermost first (Kernel's the
 *  compiler implements itself too): [module, name, arity, line] */
function outerExpansions(mod: ModCtx): [string, string, number, number][] {
  const out: [string, string, number, number][] = [];
  for (let m = mod.expandingMacros; m !== null && out.length < 4; m = m.outer) out.push([m.frame.module, m.frame.name, m.frame.arity, m.frame.line]);
  return out;
}

/** Elixir's expand_quoted adds each expansion's frames under an error raised while expanding
 *  what it gave: `expanding macro: M.name/arity`, then where the call is */
function outerExpansionFrames(mod: ModCtx, fn: [string, number] | null | undefined): Term[] {
  return outerExpansions(mod).flatMap(([m, name, arity, line]) => expansionFrames(mod, m, name, arity, line, fn));
}

/** an @after_compile function's failure whose 8 frames reach below elixir_module's 3 (unprinted)
 *  under the fold over the hooks: what defined the module goes on there (vm/bifs/nested_modules.ts) */
export const afterCompileFailures = new WeakSet<CompileError>();

/** a @before_compile macro or @after_compile function that raised: its own frames, then (a macro)
 *  its expansion in the module body, as elixir_dispatch adds it, or (a function) the frame of
 *  elixir_module's fold over the hooks as Elixir 1.14 shows it: the first hook's call is in
 *  foldl/3, a later one's in foldl_1/3 (index: the hook's place among the module's @after_compile) */
function hookFailure(mod: ModCtx, module: string, fun: string, arity: number, macro: boolean, line: number, r: Tuple, index: number): CompileError {
  const st = listToArray(r.items[3]) ?? [];
  const name = macro ? "MACRO-" + fun : fun;
  const own = st.findIndex((f) => f instanceof Tuple && f.items[0] === atom(module) && f.items[1] === atom(name));
  const entry = st.findIndex((f) => f instanceof Tuple && f.items[0] === A_SYNC_CALL);
  const at = (file: string, l: number) => list([tuple(atom("file"), charlist(file)), tuple(atom("line"), l)]);
  let frames: Term[], where: string;
  if (macro) {
    frames = [...(own >= 0 ? st.slice(0, own) : entry >= 0 ? st.slice(0, entry) : []), ...expansionFrames(mod, module, fun, arity, line, null)];
    where = `\n    ${isElixirModule(module) ? "(elixir 1.14.0) " : ""}expanding macro: ${displayModule(module)}.${fun}/${arity}\n    ${callerFile(mod)}:${line}: ${displayModule(mod.name)} (module)`;
  } else {
    const inner = index === 0 ? tuple(atom("lists"), atom("foldl"), 3, at("lists.erl", 1350)) : tuple(atom("lists"), atom("foldl_1"), 3, at("lists.erl", 1355));
    frames = [...(own >= 0 ? st.slice(0, own + 1) : entry >= 0 ? st.slice(0, entry) : []), inner];
    where = "";
  }
  frames = frames.slice(0, 8);
  const err = compileTimeError(mod, line, tuple(r.items[0], r.items[1], r.items[2], list(frames)), where);
  if (!macro && frames.length + 3 < 8) afterCompileFailures.add(err);
  err.expansionStack = list(frames);
  macroFailures.add(err);
  return err;
}

/** an @on_definition hook that raised: its own frames, then elixir_def's running it as the module
 *  body stores the definition, the body's frame at the def's line and what ran the body, cut to
 *  the BEAM's 8 */
export function onDefinitionFailure(mod: ModCtx, line: number, r: Tuple): CompileError {
  const st = listToArray(r.items[3]) ?? [];
  const entry = st.findIndex((f) => f instanceof Tuple && f.items[0] === A_SYNC_CALL);
  const at = (file: string, l: number) => list([tuple(atom("file"), charlist(file)), tuple(atom("line"), l)]);
  const erl = (m: string, f: string, arity: number, l: number) => tuple(atom(m), atom(f), arity, at(`src/${m}.erl`, l));
  const frames = [
    ...(entry >= 0 ? st.slice(0, entry) : []),
    erl("elixir_def", "-run_on_definition_callbacks/7-lc$^0/1-0-", 7, 257),
    erl("elixir_def", "run_on_definition_callbacks", 7, 257),
    erl("elixir_def", "store_definition", 10, 209),
    tuple(atom(`elixir_compiler_${Math.max(0, mod.nextCompilerIndex - 1)}`), atom("__MODULE__"), 1, at(mod.file, line)),
    erl("elixir_compiler", "dispatch", 4, 65),
    erl("elixir_compiler", "compile", 3, 50),
    erl("elixir_module", "eval_form", 6, 379),
  ].slice(0, 8);
  const err = compileTimeError(mod, line, tuple(r.items[0], r.items[1], r.items[2], list(frames)), "");
  err.expansionStack = list(frames);
  macroFailures.add(err);
  return err;
}

/** the lines of those frames in a banner (the BEAM keeps 8 frames: 4 expansions) */
/** an exception a Kernel macro's own code raises (`frames` above the macro's, `text` their
 *  printed lines) while expanding module.name/arity at `line`: the trace under it, that macro's
 *  frames and those of each expansion it is in, cut to the BEAM's 8 frames, as text and terms */
export function raisedInExpansion(mod: ModCtx, above: { frames: Term[]; text: string }, module: string, name: string, arity: number, line: number, fn: [string, number]): { text: string; frames: Term[] } {
  // (the compiler may have entered that macro's expansion already)
  const outer = outerExpansions(mod);
  const [m0, n0, a0, l0] = outer[0] ?? [];
  const entered = m0 === module && n0 === name && a0 === arity && l0 === line;
  const expansions: [string, string, number, number][] = entered ? outer : [[module, name, arity, line], ...outer];
  const fits = expansions.slice(0, Math.max(0, Math.floor((8 - above.frames.length) / 2)));
  return {
    text: above.text + expandingText(mod, fits, fn),
    frames: [...above.frames, ...fits.flatMap(([m, n, a, l]) => expansionFrames(mod, m, n, a, l, fn))],
  };
}

function expandingText(mod: ModCtx, expansions: [string, string, number, number][], fn: [string, number] | null | undefined): string {
  const where = fn ? ` ${isScript(mod) ? "" : displayModule(mod.name) + "."}${fn[0]}/${fn[1]}` : "";
  return expansions.slice(0, 4).map(([m, name, arity, line]) => `\n    ${isElixirModule(m) ? "(elixir 1.14.0) " : ""}expanding macro: ${displayModule(m)}.${name}/${arity}\n    ${callerFile(mod)}:${line}:${where}`).join("");
}

/**
 * a @before_compile / @after_compile hook, run as Elixir's dispatch_require runs it: a macro
 * module.fun(args) is expanded (env as its caller) and its code given back, to be evaluated where
 * the hook runs; a function is called (its value ignored) and null given back
 */
export function expandWith(mod: ModCtx, module: string, fun: string, line: number, args: Term[] = [envTerm(mod, { fn: null, line })], hookIndex = 0): Ast | null {
  const host = mod.host;
  const arity = args.length;
  if (!host.callSync) return mod.error(`cannot run ${displayModule(module)}.${fun}/${arity} here (no node)`, line);
  const macro = host.moduleMacros?.(module)?.includes(`${fun}/${arity}`);
  if (!macro && !host.moduleExports(module)?.includes(`${fun}/${arity}`)) {
    const short = displayModule(module);
    return raiseAtCompileTime(mod, line, "UndefinedFunctionError", `function ${short}.${fun}/${arity} is undefined or private`,
      { module: atom(module), function: atom(fun), arity, reason: NIL_ATOM, message: NIL_ATOM });
  }
  const r = host.callSync(module, macro ? "MACRO-" + fun : fun, macro ? [envTerm(mod, { fn: null, line }), ...args] : args) as Tuple;
  if (r.items[0] !== atom("ok")) throw hookFailure(mod, module, fun, arity, macro === true, line, r, hookIndex);
  if (!macro) return null;
  const expanded = linify(r.items[1], line, atom(module), ++mod.macroCounter);
  return hookCodeAst(mod, expanded, { module, fun, line, file: sourcePath(mod) }, noteMacroFailure, () => expansionFrames(mod, module, fun, arity, line, null));
}
