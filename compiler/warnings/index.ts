// Compiler warnings of one source file, in the order Elixir 1.14 prints them: a script's top
// level first (it is expanded before it runs), then each module when it is defined, then at the
// end of the file unused aliases and imports and calls to undefined functions of known modules.
// This is an analysis of the quoted form beside the compiler; it never changes the code.
import type { Ast, AstCall } from "../../lang/ast.ts";
import { isCall, blockItems, keywordPairs, aliasParts } from "../ast_util.ts";
import { astKids, someNode } from "../ast_walk.ts";
import { VariableChecker } from "./variables.ts";
import { moduleWarnings, defClause } from "./module_checks.ts";
import { lexicalWarnings, type KnownExports } from "./lexical.ts";
import { erlangCheckOrder, type Warning } from "./warning.ts";
import { ErlangChecks } from "./erlang_checks.ts";
import { topLevelNomatchWarnings } from "./nomatch_patterns.ts";
import { callbacksOf, type Callbacks } from "./behaviours.ts";
import { implForm, protocolForm } from "./impl_forms.ts";
import { tokenWarnings } from "./tokens.ts";
import { sigilEscapeWarnings } from "./escapes.ts";
import { hasElixirExports } from "./elixir_export_modules.ts";
import type { StructOf } from "./types.ts";
import { takeUnplaced, takeAllUnplaced } from "../placed_warnings.ts";
import type { CompileError } from "../../lang/compile_error.ts";
import { isModuleBodyFailure } from "../module_body.ts";
import type { CompilerHost } from "../context.ts";

import { formatWarning } from "./warning.ts";
export { formatWarning, withOtpWarnings, type Warning } from "./warning.ts";
export type { KnownExports } from "./lexical.ts";

export interface FileWarnings {
  /** the tokenizer's, and a script's top level (printed before it runs) */
  top: Warning[];
  /** per module, in source order (printed when each is defined; computed then, as the compiler
   *  has by then seen which attributes macro-generated code reads). `beforeError`: those Elixir
   *  prints before a compile error at that line stops the module (its definitions expanded so far) */
  modules: { name: string; line: number; lastLine: number; warnings: () => Warning[]; beforeError: (errorLine: number, message: string, bodyRan?: boolean) => Warning[] }[];
  /** unused aliases and imports, undefined remote functions (printed at the end of the file;
   *  computed then: a module a function defines is checked as loaded by then) */
  end: () => Warning[];
}

/**
 * A module that failed to compile (its defmodule at `line`, `e` the error): what Elixir printed
 * before the error, in it and the modules nested in it that hold the error's line (outermost
 * first, each up to where the next one starts), taken off `pending`; for each, the expansion
 * warnings no walk placed (printed texts) come before its warnings.
 */
export function failedModuleWarnings(pending: FileWarnings["modules"], line: number, e: CompileError): { unplaced: string[]; warnings: Warning[] }[] {
  const outer = pending.find((m) => m.line === line);
  if (!outer) return [];
  const chain = pending.filter((m) => (m === outer || m.name.startsWith(outer.name + ".")) && m.line <= e.line && e.line <= m.lastLine).sort((a, b) => a.line - b.line);
  return chain.map((m, i) => {
    const next = chain[i + 1];
    const warnings = next ? m.beforeError(next.line, "") : e.afterModule ? afterModule(m.warnings(), e) : m.beforeError(e.line, e.description, isModuleBodyFailure(e));
    pending.splice(pending.indexOf(m), 1);
    return { unplaced: takeUnplaced(m.name), warnings };
  });
}

/** a module's warnings printed before an error raised once its code was compiled: a typespec's
 *  or a @compile option's stops Elixir before the Erlang compiler runs (and, before or while
 *  types are translated, before the unused private types are reported) */
function afterModule(warnings: Warning[], e: CompileError): Warning[] {
  if (e.typespecStage === undefined) return warnings;
  const translated = e.typespecStage === "specs" || e.typespecStage === "transforms";
  return warnings.filter((w) => !w.erlang && !w.afterErlang && !(!translated && w.afterTypespecs));
}

/**
 * A compiled file's warnings as Elixir prints them (formatted): the top level's, then each
 * module's, after the expansion warnings of its definitions that no walk of its code placed
 * (computing a module's warnings places the others among them), then the file's own. With
 * `checked`, the checker's warnings of the file go there instead (see checkedLast).
 */
export function fileWarningTexts(fw: FileWarnings, before?: (module: { name: string; line: number }) => Warning | undefined, checked?: Warning[][]): string[] {
  const modules = fw.modules.flatMap((m) => {
    const first = before?.(m);
    return [...(first ? [formatWarning(first)] : []), ...moduleWarningTexts(m.name, m.warnings())];
  });
  const end = fw.end();
  checked?.push(end.filter((w) => w.checker));
  return [...fw.top.map(formatWarning), ...modules, ...takeAllUnplaced(), ...end.filter((w) => !checked || !w.checker).map(formatWarning)];
}

/**
 * The checker's warnings of several files compiled together (Kernel.ParallelCompiler's: mix
 * compile's, mix test's test files): Elixir checks the modules once all the files are compiled, so
 * they come after every file's other warnings, the files' last compiled first (`checked`: each
 * file's, in the order the files compiled).
 */
export function checkedLast(checked: Warning[][]): Warning[] {
  return [...checked].reverse().flat();
}

/**
 * Elixir's warning for a module defined again in one compilation (elixirc's files, mix compile's):
 * a `before` for fileWarningTexts, placed ahead of the module's own warnings; `objectFile` names
 * where the first definition's object file is (relative to the current directory, as Elixir says
 * it). One per compilation: the modules seen are kept across its files.
 */
export function redefinitionWarnings(file: () => string, objectFile: (module: string) => string, seen: Set<string>): (module: { name: string; line: number }) => Warning | undefined {
  return (m) => {
    if (!seen.has(m.name)) {
      seen.add(m.name);
      return undefined;
    }
    return { message: `redefining module ${m.name.replace(/^Elixir\./, "")} (current version loaded from ${objectFile(m.name)})`, file: file(), line: m.line };
  };
}

/** a module's warnings (already computed, so its expansion warnings are placed), after those
 *  expansion warnings no walk placed */
export function moduleWarningTexts(name: string, warnings: Warning[]): string[] {
  return [...takeUnplaced(name), ...warnings.map(formatWarning)];
}

interface ModuleForm {
  name: string;
  body: Ast;
  line: number;
  /** a defimpl's: the protocol it implements */
  protocol?: string;
}

/** every defmodule with a literal name, nested ones named after their parent (in source order,
 *  on a work list: code nests 5,000 deep in a def) */
function moduleForms(root: Ast, rootPrefix: string, out: ModuleForm[], protocols: Map<string, Callbacks>): void {
  const todo: [Ast, string][] = [[root, rootPrefix]];
  while (todo.length > 0) {
    const [a, prefix] = todo.pop()!;
    if (a.t === "call" && a.name === "quote") continue;
    if (isCall(a, "defmodule") && a.args?.length === 2) {
      const parts = aliasParts(a.args[0]);
      const body = keywordPairs(a.args[1])?.find(([k]) => k === "do")?.[1];
      if (parts && parts.every((p) => typeof p === "string") && body) {
        const name = (prefix ? prefix + "." : "Elixir.") + (parts as string[]).join(".");
        out.push({ name, body, line: a.meta.line ?? 0 });
        todo.push([body, name]);
        continue;
      }
    }
    const impl = a.t === "call" ? implForm(a, prefix) : null;
    if (impl) {
      for (const name of impl.names) out.push({ name, body: impl.body, line: (a as AstCall).meta.line ?? 0, protocol: impl.protocol });
      todo.push([impl.body, impl.names[0]]);
      continue;
    }
    const proto = protocolForm(a);
    if (proto) protocols.set(proto.name, proto.callbacks);
    const kids = astKids(a);
    for (let i = kids.length - 1; i >= 0; i--) todo.push([kids[i], prefix]);
  }
}

/** ws appended to `into` (a spread's arguments overflow the JS stack past ~100,000 warnings: a
 *  block of 200,000 unused literals) */
function append(into: Warning[], ws: Warning[]): void {
  for (const w of ws) into.push(w);
}

/**
 * opts.source: the file's text, for the tokenizer's warnings (first of all); opts.evaluated: the
 * top level is evaluated (`elixir -e`), not compiled: it keeps its own variables (none of those is
 * unused) and the Erlang compiler never sees it
 */
export function fileWarnings(ast: Ast, file: string, known: KnownExports, opts: { script: boolean; source?: string; evaluated?: boolean; tokensPrinted?: boolean; structOf?: StructOf }): FileWarnings {
  const top: Warning[] = opts.source === undefined || opts.tokensPrinted ? [] : tokenWarnings(opts.source, file);
  if (opts.script) {
    // printed as the top level is expanded, before its variables are checked
    append(top, noneIfTooDeep(() => sigilEscapeWarnings(ast, file)));
    append(top, noneIfTooDeep(() => {
      const vars = new VariableChecker(file, undefined);
      // evaluated: the top level's own variables are the binding it returns (never unused), but
      // those of the scopes inside it (fn, case clauses) are reported
      if (opts.evaluated) vars.prompt(blockItems(ast), []);
      else vars.topLevel(blockItems(ast));
      return vars.warnings;
    }));
    if (!opts.evaluated) {
      append(top, noneIfTooDeep(() => {
        const erlang = new ErlangChecks(file, true);
        erlang.body(blockItems(ast));
        return [...topLevelNomatchWarnings(blockItems(ast), file), ...erlang.warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((w) => ({ ...w, erlang: true, order: erlangCheckOrder(w.message) }))];
      }));
    }
  }
  const forms: ModuleForm[] = [];
  const protocols = new Map<string, Callbacks>();
  noneIfTooDeep(() => { moduleForms(ast, "", forms, protocols); return []; });
  const callbacks = new Map<string, Callbacks | null>([...forms.map((m) => [m.name, callbacksOf(m.body)] as const), ...protocols]);
  const exists = (m: string) => callbacks.has(m) || hasElixirExports(m.replace(/^Elixir\./, "")) || known(m) !== undefined;
  const modules = forms.map((m) => {
    const warnings = () => noneIfTooDeep(() => moduleWarnings(m.name, m.body, file, { line: m.line, fileCallbacks: (b) => callbacks.get(b), exists, protocol: m.protocol }));
    return { name: m.name, line: m.line, lastLine: lastLineOf(m.body), warnings, beforeError: (errorLine: number, message: string, bodyRan?: boolean) => expandedBeforeError(warnings(), m.body, errorLine, message, bodyRan) };
  });
  // evaluated code's own aliases and imports are never reported unused (Elixir's lexical tracker
  // follows compiled code only): those of the modules it defines are
  const end = () => noneIfTooDeep(() => lexicalWarnings(opts.evaluated ? definitionsOnly(ast) : ast, file, known, new Set(forms.map((m) => m.name)), new Map(), opts.structOf));
  return { top, modules, end };
}

/**
 * the warnings of an expression typed at the REPL's prompt, as iex prints them before its result:
 * variables unused in the scopes inside it (its own ones stay bound), the expansion's (a map's
 * repeated keys, terms a block drops), and those of the modules it defines (their definitions,
 * then their unused aliases and imports and undefined calls). The prompt's own aliases and
 * imports last for the session, so they are never unused.
 */
export function promptWarnings(ast: Ast, file: string, known: KnownExports, bound: string[], promptAliases: Map<string, string> = new Map()): { top: Warning[]; modules: Warning[] } {
  const top = noneIfTooDeep(() => {
    const vars = new VariableChecker(file, undefined);
    vars.prompt(blockItems(ast), bound, true);
    return vars.warnings;
  });
  const forms: ModuleForm[] = [];
  const protocols = new Map<string, Callbacks>();
  noneIfTooDeep(() => { moduleForms(ast, "", forms, protocols); return []; });
  const callbacks = new Map<string, Callbacks | null>([...forms.map((m) => [m.name, callbacksOf(m.body)] as const), ...protocols]);
  const exists = (m: string) => callbacks.has(m) || hasElixirExports(m.replace(/^Elixir\./, "")) || known(m) !== undefined;
  const modules: Warning[] = [];
  for (const m of forms) append(modules, noneIfTooDeep(() => moduleWarnings(m.name, m.body, file, { line: m.line, fileCallbacks: (b) => callbacks.get(b), exists, protocol: m.protocol })));
  const block = definitionsOnly(ast);
  if (block.t === "call" && (block.args?.length ?? 0) > 0) {
    append(modules, noneIfTooDeep(() => lexicalWarnings(block, file, known, new Set(forms.map((m) => m.name)), promptAliases)));
  }
  return { top, modules };
}

/** the warnings Elixir gives while it expands a module's definitions, one by one (the others come
 *  once the whole module is expanded) */
const EXPANSION_WARNINGS = [
  /^variable "/, /^the underscored variable /, /^variable \S+ in code block has no effect/, /^module attribute @\S+ in code block has no effect/, /^code block contains unused literal/,
  /^key .* will be overridden in map/, /^clauses with the same name and arity/, / is private, @doc attribute is always discarded/,
  /has multiple clauses and also declares default values/,
];
/** ...and those of the locals check, which runs before the undefined-function one */
const LOCALS_WARNINGS = [/^(function|macro) \S+ is unused$/, /^(the )?default values? for the .*optional argument/];

/**
 * A module whose compilation failed: the warnings of the definitions Elixir had expanded before
 * the error. An undefined local function is found once every definition is expanded (all of
 * theirs come first); any other error stops at the definition it is in.
 */
const STORE_ERRORS = [/ defines defaults multiple times\. /, /^def\S* \S+ defaults conflicts with /, /^def\S* \S+ conflicts with defaults from /];
function expandedBeforeError(all: Warning[], body: Ast, errorLine: number, message: string, bodyRan = false): Warning[] {
  // @on_load is checked once the whole body has run, before the locals check
  if (message.endsWith(" given to @on_load")) return all.filter((w) => EXPANSION_WARNINGS.some((re) => re.test(w.message)));
  // the module body's own unused variables are told once the whole body has run: before an error
  // the locals check finds after it (an undefined local function), not one raised inside it
  // (those of a def come at the end of its clause)
  // (code of the body that raised as it ran: the whole body was expanded, its variables told first)
  if (!/ to define such a function/.test(message) && !bodyRan) all = all.filter((w) => !(/^variable "\S+" is unused/.test(w.message) && !w.where?.includes("/")));
  // (an undefined function the module body itself calls, or a def/3, is "no such import": it stops
  // the expansion there, and no locals check follows)
  const localsCheck = !message.includes("(there is no such import)");
  if (message.startsWith("undefined function ") && localsCheck) return all.filter((w) => [...EXPANSION_WARNINGS, ...LOCALS_WARNINGS].some((re) => re.test(w.message)));
  const expansion = all.filter((w) => EXPANSION_WARNINGS.some((re) => re.test(w.message)));
  // the definition the error is in (or the line itself, a nested defmodule's)
  // (an error Elixir finds as it stores the definition comes after the definition's expansion)
  const stored = STORE_ERRORS.some((re) => re.test(message));
  let start = errorLine, cut = errorLine;
  const defLines: number[] = [];
  let failingDef: number | undefined;
  for (const item of definitionItems(body)) {
    const line = isCall(item) && (DEFINES.has(item.name as string) || testBlock(item)) ? item.meta.line ?? 0 : 0;
    if (line > 0) defLines.push(line);
    if (line > 0 && line <= errorLine && errorLine <= lastLineOf(item)) [start, cut, failingDef] = [line, stored ? lastLineOf(item) + 1 : line, line];
  }
  // (a private function's discarded @doc is told as the definition is stored, after its expansion:
  // not when the expansion of the definition it documents failed)
  const docOfFailing = (w: Warning) => failingDef !== undefined && !stored && / is private, @doc attribute is always discarded/.test(w.message) &&
    defLines.find((l) => l > (w.line ?? 0)) === failingDef;
  // (the unused variables of the failing definition's clauses that ended before the error: Elixir
  // told each as its clause ended)
  const closed = stored ? new Set<string>() : closedBeforeLine(body, start, errorLine);
  const closedVariable = (w: Warning) => (w.line ?? 0) >= start && closed.has(`${/^variable "(\S+)" is unused/.exec(w.message)?.[1]}:${w.line}`);
  // (the error is what storing it finds, instead of a warning)
  const bodyVariable = (w: Warning) => bodyRan && /^variable "\S+" is unused/.test(w.message) && !w.where?.includes("/");
  // (the compiler's own were met before the error, in the definition that failed too)
  // (a variable or attribute alone in a block is told as the block is expanded: before an error
  // later in the same definition)
  const blockItemBefore = (w: Warning) => / in code block has no effect/.test(w.message) && (w.line ?? 0) >= start && (w.line ?? 0) < errorLine;
  return expansion.filter((w) => !docOfFailing(w)).filter((w) => bodyVariable(w) || blockItemBefore(w) || closedVariable(w) || (w.expanded && !stored) || ((w.line ?? 0) < cut && !((w.line ?? 0) >= start && /has multiple clauses and also declares/.test(w.message))));
}

/** `name:line` of the unused variables of the scopes the definition at `defLine` closed before
 *  `errorLine` (its clauses' ends, walked in expansion order up to the error's line) */
function closedBeforeLine(body: Ast, defLine: number, errorLine: number): Set<string> {
  const item = definitionItems(body).find((a) => isCall(a) && (DEFINES.has(a.name as string) || testBlock(a)) && a.meta.line === defLine);
  const test = item && testBlock(item);
  const c = item && defLine < errorLine ? (test ? { args: [], guard: null, body: blockItems(test) } : defClause(item as AstCall)) : null;
  if (!c) return new Set();
  const found = noneIfTooDeep(() => {
    const vars = new VariableChecker("", undefined).stoppingAtLine(errorLine);
    vars.clause(c.args, c.guard, c.body);
    return vars.stopped ? vars.warnings : [];
  });
  return new Set(found.map((w) => `${/^variable "(\S+)" is unused/.exec(w.message)?.[1]}:${w.line}`));
}

/**
 * the terms a top-level block drops (an unused literal, a variable alone) ahead of the expression
 * that failed to compile at `at`, and the unused variables of the clauses there (case, fn,
 * rescue, catch ...): Elixir's expansion warns of each once it has expanded it (a clause's at its
 * end), so they are printed before the error (`1; x`)
 */
export function droppedBeforeError(ast: Ast, at: object, file: string, evaluated: boolean): Warning[] {
  const items = blockItems(ast);
  const failing = items.findIndex((item) => someNode(item, (a) => (a === at ? true : undefined)));
  if (failing < 0) return [];
  return noneIfTooDeep(() => {
    const vars = new VariableChecker(file, undefined).stoppingAt(at);
    const block = items.slice(0, failing + 1);
    // (the top level's own variables, unlike its clauses', are not told unused: not closed here)
    vars.prompt(block, []);
    // (an expression the walk does not step to, inside a pattern: what the items before told)
    const lastLine = vars.stopped ? Infinity : failing > 0 ? lastLineOf(items[failing - 1]) || Infinity : 0;
    return vars.warnings.filter((w) => DROPPED.some((re) => re.test(w.message)) && (w.line === undefined || w.line <= lastLine));
  });
}
const DROPPED = [/^code block contains unused literal/, /^variable \S+ in code block has no effect/, /^variable "\S+" is unused/];

/** the last line a form spans (as far as its nodes tell) */
export function lastLineOf(a: Ast): number {
  let max = 0;
  someNode(a, (x) => {
    if (x.t === "call" && x.meta.line !== undefined && x.meta.line > max) max = x.meta.line;
    return undefined;
  });
  return max;
}
const DEFINES = new Set(["def", "defp", "defmacro", "defmacrop"]);

/** a module body's items, with the items of ExUnit's describe blocks in their place (the tests
 *  in them are the module's definitions too) */
function definitionItems(body: Ast): Ast[] {
  return blockItems(body).flatMap((item) => {
    const block = isCall(item, "describe") && item.args?.length === 2 ? keywordPairs(item.args[1])?.find(([k]) => k === "do")?.[1] : undefined;
    return block === undefined ? [item] : blockItems(block);
  });
}

/** the do-block of ExUnit's `test "name" do ... end` (with a context or not): a definition, its
 *  unused variables told when it ends as a def's are */
function testBlock(item: Ast): Ast | undefined {
  if (!isCall(item, "test") || !item.args || (item.args.length !== 2 && item.args.length !== 3)) return undefined;
  return keywordPairs(item.args[item.args.length - 1])?.find(([k]) => k === "do")?.[1];
}

/** the defmodules of evaluated code (outside quotes), as one block */
function definitionsOnly(ast: Ast): Ast {
  const defs: Ast[] = [];
  someNode(ast, (a) => {
    if (isCall(a, "quote")) return false;
    if (!isCall(a, "defmodule")) return undefined;
    defs.push(a);
    return false;
  });
  return { t: "call", name: "__block__", meta: {}, args: defs };
}

/** code nested deeper than these recursive walks reach (the JS stack) gets no warnings: the
 *  compiler then reports it as too deeply nested, which must not become an internal error here */
function noneIfTooDeep(f: () => Warning[]): Warning[] {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) return [];
    throw e;
  }
}

/** what the checker knows of the loaded modules, from the compiler's host */
export function knownExportsOf(host: CompilerHost): KnownExports {
  return Object.assign((m: string) => host.moduleExports(m), { deprecation: host.moduleDeprecation?.bind(host), macros: host.moduleMacros?.bind(host) });
}
