// defmodule / defprotocol / defimpl -> CompiledModule. A module body is read in order: attributes
// (constants inlined where read, as of the point of each def), defs, defstruct, use, directives,
// nested modules (compiled first, as Elixir defines them while expanding the outer body).
import { ELIXIR_ACCUMULATED } from "./registered_attributes.ts";
import { shareZeroLiterals } from "./literal_sharing.ts";
import { CompileError, MODULE_LOAD_FRAMES } from "../lang/compile_error.ts";
import { neverReturningFunctions } from "./never_returns.ts";
import { copyImports } from "./import_table.ts";
import { defineGuard, guardMacroDefinition, guardMacroBody } from "./defguard.ts";
import type { Ast, AstCall } from "../lang/ast.ts";
import { atom, Atom, Cons, NIL, listToArray, Term, list, Bin, Tuple, tuple, NIL_ATOM, isMap, charlist } from "../vm/terms.ts";
import { valueOfDeclaration, directiveValue } from "./body_value.ts";
import { specEntry } from "./spec_text.ts";
import { checkTypespecs, type TypespecDecl } from "./typespec_check.ts";
import { typeText, callbackText, type TypeKind, type CallbackKind, type TypespecEnv } from "./typespec_quoted.ts";
import { writeModule } from "../vm/bytecode_file.ts";
import { isScriptModule } from "./script_module.ts";
import { inspect } from "../vm/inspect.ts";
import type { CompiledModule, DocEntry, TypespecDoc } from "../vm/module.ts";
import { CompilerHost, ModCtx, emptyPromptEnv, notLoadedMessage, notLoadedTrace, type Directives } from "./context.ts";
import { expandAlias, displayModule } from "./aliases.ts";
import { expandAttributeStructs } from "./struct_expansion.ts";
import {
  isCall, isAtomLit, kwGet, keywordPairs, blockItems, Clause, call, v, atomA, remote, listA, tupleA, M0,
} from "./ast_util.ts";
import { FunNumbering } from "./fun_numbering.ts";
import { keepsOwnClauseFailure } from "./inlined_fns.ts";
import { captureKind, shorthandCapture } from "./lambdas.ts";
import { emitFunction, reserveFunction, emitWithFns } from "./functions.ts";
import { literalTerm } from "./patterns.ts";
import { noteExpansion, expansionOf, isElixirModule, linkWrittenDoBlock } from "./macro_expansions.ts";
import { callsOwnMacro, expandAtDefinition, checkGuardBody } from "./def_expansion.ts";
import { findMacro, expandMacro, raiseAtCompileTime, expandWith, envTerm, onDefinitionFailure, isMacroFailure, noteMacroFailure, expansionFrames, sourcePath, type MacroRef } from "./macros.ts";
import { hookItemCheck } from "./hook_invalid_quoted.ts";
import { expandBodyAhead, usingCallOf } from "./body_expansion.ts";
import { ModuleBody, hasUnquote, usesVars, literalFragmentsNamed, DEF_FORMS } from "./module_body.ts";
import { defineAtRunTime, compiledFunUniq } from "./nested_modules.ts";
import { snapshotCtx } from "./compile.ts";
import { compiling, attributesUsed, attributesKept, attributesSetByMacros, discouragedTypesMet, parseTransformsSet, localCallsMade, unrequiredMacroCalls, definitionsMade, importDispatched, behavioursDeclared, overridablesMade, type DefinitionMade } from "./compiling.ts";

/** forms the module compiler reads itself or that only declare (never run at compile time) */
const DEF_FORMS_IGNORED = new Set(["defguard", "defguardp", "defmodule", "defprotocol", "defimpl", "__block__"]);
/** Kernel's definition macros of a head and an optional keyword list (arities 1 and 2) */
const LAZY_DEF_NAMES = new Set(["def", "defp", "defmacro", "defmacrop"]);
import { plainName, opaqueValue, opaqueValueAst, valueAst, astToTerm, isComputedValue, keptLines } from "./quoted.ts";
import { debugClauses } from "./debug_info.ts";
import { expandedDefinition } from "./expanded_definition.ts";
import { DocCollector, buildSignature, docText } from "./doc_entries.ts";
import { lookupBif } from "../vm/bifs/registry.ts";
import { CallbackCollector } from "./behaviour_info.ts";
import { derivation, type PendingDerive } from "./derive.ts";
import { defstructFailure, defstructCheck, holdsUnescapable, isLiteralFieldList } from "./defstruct_checks.ts";
import { deprecatedUseWarning } from "./deprecations.ts";
import { persistedAttributes } from "./persisted_attributes.ts";
import { badInline, parseTransformOptions, parseTransformWarning, undefinedParseTransform } from "./compile_options.ts";
import { callsPlaced } from "./calls_placed.ts";

interface DefClause extends Clause {
  kind: "def" | "defp";
  name: string;
  attrs: Map<string, Ast>;
  overridable: boolean;
  /** how many times the function was overridden before this clause (defoverridable, then a new
   *  def): the clauses of the highest layer are the function, a lower one is what `super` calls */
  layer?: number;
  /** defined by a template (defexception, use GenServer ...) as overridable */
  injected?: boolean;
  doc?: string;
  /** the file its frames name, from the @file before it (Elixir's per-definition file) */
  file?: string;
  /** written before the module's defstruct (or in a module with none): %Mod{} in it cannot expand */
  structPending?: boolean;
  /** the library's @beamlet_inlined: Elixir's compiler inlines the original into its callers */
  inlined?: boolean;
  /** the library's @beamlet_shown_as {name, arity}: the function its frames name */
  shownAs?: string;
  /** added by the compiler (behaviour_info/1): not among __info__(:functions) */
  generated?: boolean;
  /** the local macros defined before this clause (only those may be called in it) */
  macros?: Set<string>;
  /** the module body's directives where the clause is written (later ones do not apply to it) */
  dirs?: Directives;
  /** a clause default arguments add (f/1 calling f/2): no definition of its own */
  defaultsOf?: boolean;
}

/** the errors macros raised expanding a def where it is stored (not inside the expansion that
 *  wrote the def) */
const storedFailures = new WeakSet<CompileError>();

/** compile `defmodule Name do ... end` (or defprotocol/defimpl); nested modules come first */
/**
 * compile `defmodule Name do ... end` (or defprotocol/defimpl); nested modules come first.
 * `bindings`: the variables of the code the defmodule is in, readable in its body.
 */
/** the functions every module has, which a module cannot define itself (and who defines them) */
const RESERVED_DEFINITIONS: Record<string, string> = { "__info__/1": "Elixir", "module_info/0": "Erlang", "module_info/1": "Erlang" };

export function compileModuleForm(a: AstCall, outer: ModCtx | null, host: CompilerHost, bindings: [string, Term][] = [], computedName?: string): CompiledModule[] {
  const kind = a.name as string;
  const args = a.args ?? [];
  if (kind === "defimpl") return compileImpl(a, outer, host, bindings);
  const nameAst = args[0];
  // (a name computed by code, `defmodule Module.concat(__MODULE__, n)`, was evaluated by the caller)
  const name = computedName ?? (outer ? nestedModuleName(nameAst, outer) : expandAliasTop(nameAst));
  if (name === null) throw (outer ?? dummyCtx(host)).error(invalidModuleName(astToTerm(nameAst)), a.meta.line);
  if (name === "nil" || name === "true" || name === "false") throw (outer ?? dummyCtx(host)).error(invalidModuleName(atom(name)), a.meta.line);
  if (name === "Elixir" && (!outer || isScriptModule(outer.name))) throw (outer ?? dummyCtx(host)).error("module Elixir is reserved and cannot be defined", a.meta.line);
  if (RESERVED_MODULES.has(name)) throw (outer ?? dummyCtx(host)).error(reservedModule(name), a.meta.line);
  const body = kwGet(args[1], "do");
  return compileBody(name, blockItems(body), outer, host, kind === "defprotocol" ? "protocol" : "module", a.meta.line ?? 0, {}, bindings);
}

/**
 * the module `defmodule nameAst` defines where `outer` is: defmodule Inner inside Outer (its body
 * or one of its functions) defines Outer.Inner and aliases Inner to it from there on
 */
export function nestedModuleName(nameAst: Ast, outer: ModCtx): string | null {
  if (!outer.name.startsWith("elixir_") && isCall(nameAst, "__aliases__") && nameAst.args!.every((x) => x.t === "atom") && (nameAst.args![0] as { v: string }).v !== "Elixir") {
    const parts = (nameAst.args as { v: string }[]).map((x) => x.v);
    outer.updateDirectives((d) => d.aliases.set(parts[0], outer.name + "." + parts[0]));
    return outer.name + "." + parts.join(".");
  }
  return expandAlias(nameAst, outer);
}

/** an atom that can name a module (Elixir refuses nil, true and false) */
export function isModuleNameAtom(t: Term): boolean {
  return t instanceof Atom && t.name !== "nil" && t.name !== "true" && t.name !== "false";
}

/** the error of a name written as a literal that cannot name a module (`defmodule "x"`), or null */
export function invalidLiteralModuleName(nameAst: Ast, ctx: ModCtx): string | null {
  // (inside a module a plain alias is nested: defmodule Nil in X defines X.Nil)
  const nested = !ctx.name.startsWith("elixir_") && isCall(nameAst, "__aliases__") && nameAst.args!.every((x) => x.t === "atom") && (nameAst.args![0] as { v: string }).v !== "Elixir";
  const name = nested ? ctx.name + "." + (nameAst as AstCall).args!.map((x) => (x as { v: string }).v).join(".") : expandAlias(nameAst, ctx);
  if (name === null) return invalidModuleName(astToTerm(nameAst));
  if (!isModuleNameAtom(atom(name))) return invalidModuleName(atom(name));
  // (inside a module, `defmodule Elixir` is nested: M.Elixir)
  if (name === "Elixir" && isScriptModule(ctx.name)) return "module Elixir is reserved and cannot be defined";
  if (RESERVED_MODULES.has(name)) return reservedModule(name);
  return null;
}

/** the names Elixir refuses to define a module under (besides Elixir itself, refused at the top) */
const RESERVED_MODULES = new Set(["Elixir.Nil", "Elixir.True", "Elixir.False", "Elixir.Any", "Elixir.BitString", "Elixir.PID", "Elixir.Reference", "Elixir.Elixir"]);

function reservedModule(name: string): string {
  return `module ${inspect(atom(name))} is reserved and cannot be defined`;
}

/** Elixir's message for a defmodule whose name is not an atom (the value, or the quoted literal) */
export function invalidModuleName(name: Term): string {
  return "invalid module name: " + inspect(name);
}

/**
 * whether defmodule's name is computed by code (`Module.concat(...)`, a variable, `@attr`, also a
 * literal that is not an alias, `defmodule "x"`): its value, which must be an atom, is known only
 * when the defmodule runs
 */
export function isComputedModuleName(nameAst: Ast, ctx: ModCtx): boolean {
  return expandAlias(nameAst, ctx) === null && !isCall(nameAst, "__aliases__");
}

function expandAliasTop(a: Ast): string | null {
  return expandAlias(a, dummyCtx({ moduleExports: () => undefined, useTemplate: () => undefined }));
}
function dummyCtx(host: CompilerHost): ModCtx {
  return new ModCtx("elixir_compiler_0", "nofile", host);
}

function compileImpl(a: AstCall, outer: ModCtx | null, host: CompilerHost, bindings: [string, Term][]): CompiledModule[] {
  const args = a.args ?? [];
  const ctx = outer ?? dummyCtx(host);
  const proto = expandAlias(args[0], ctx);
  const opts = args.length > 2 ? args[1] : args[1];
  let forAst = kwGet(opts, "for");
  const body = kwGet(args[args.length - 1], "do");
  let fors: string[];
  if (forAst === undefined) {
    if (!outer || outer.name.startsWith("elixir_")) return ctx.error("defimpl/3 expects a :for option when declared outside a module", a.meta.line);
    fors = [outer.name];
  } else {
    const items = forAst.t === "list" ? forAst.items : [forAst];
    fors = items.map((i) => expandAlias(i, ctx) ?? ctx.error("invalid :for in defimpl", a.meta.line));
  }
  if (proto === null) return ctx.error("invalid protocol in defimpl", a.meta.line);
  const out: CompiledModule[] = [];
  for (const f of fors) {
    const implName = proto + "." + f.replace(/^Elixir\./, "");
    out.push(...compileBody(implName, blockItems(body), outer, host, "impl", a.meta.line ?? 0, { protocol: proto, for: f }, bindings));
  }
  return out;
}

function compileBody(
  name: string, items: Ast[], outer: ModCtx | null, host: CompilerHost, kind: "module" | "protocol" | "impl", line: number,
  implInfo: { protocol?: string; for?: string; target?: string }, bindings: [string, Term][] = [],
): CompiledModule[] {
  const file = (host.lenient ? host.libraryModuleFile?.(name) : undefined) ?? outer?.file ?? "nofile";
  const ctx = new ModCtx(name, file, host);
  if (outer) ctx.outerModules = [outer.name, ...outer.outerModules];
  // its body runs as :elixir_compiler_N, a module defined in it as the next one
  const compilerIndex = outer?.nextCompilerIndex ?? 0;
  ctx.nextCompilerIndex = compilerIndex + 1;
  // the body starts from the aliases and imports in force where the module is written
  if (outer) {
    const start = emptyPromptEnv();
    for (const [k, v] of outer.aliases) start.aliases.set(k, v);
    copyImports(outer, start);
    for (const [k, v] of outer.importedMacros) start.importedMacros.set(k, v);
    for (const r of outer.required) start.required.add(r);
    outer.addContextModule(name);
    start.contextModules = outer.contextModules;
    ctx.moduleDirs = start;
  } else ctx.moduleDirs.contextModules = [name];
  const nested: CompiledModule[] = [];
  const defs: DefClause[] = [];
  const made: DefinitionMade[] = [];
  ctx.definedSoFar = () => {
    const seen = new Map<string, { name: string; arity: number; kind: "def" | "defp" | "defmacro" | "defmacrop"; overridable: boolean }>();
    for (const d of defs) {
      const macro = d.name.startsWith("MACRO-");
      const name = macro ? d.name.slice(6) : d.name;
      const arity = macro ? d.args.length - 1 : d.args.length;
      const kind = macro ? (d.kind === "def" ? "defmacro" : "defmacrop") : d.kind;
      const key = name + "/" + arity;
      const before = seen.get(key);
      seen.set(key, { name, arity, kind, overridable: d.overridable || !!before?.overridable });
    }
    return [...seen.values()];
  };
  // a definition's clauses of its latest layer (the function an override would call super on is
  // not the definition), the clauses defaults add left out
  const clausesOf = (name: string, arity: number) => {
    const all = defs.filter((d) => (d.name === name && d.args.length === arity) || (d.name === "MACRO-" + name && d.args.length === arity + 1));
    const top = Math.max(...all.map((d) => d.layer ?? 0));
    return all.filter((d) => (d.layer ?? 0) === top);
  };
  ctx.getDefinition = (name, arity, skipClauses) => {
    const clauses = clausesOf(name, arity);
    if (clauses.length === 0) return null;
    const macro = clauses[0].name.startsWith("MACRO-");
    const kind = macro ? (clauses[0].kind === "def" ? "defmacro" : "defmacrop") : clauses[0].kind;
    const isLocal = (key: string) => {
      const i = key.lastIndexOf("/");
      const [n, a] = [key.slice(0, i), Number(key.slice(i + 1))];
      return defs.some((d) => d.name === n && d.args.length === a);
    };
    return expandedDefinition(ctx, kind, clauses, skipClauses, isLocal);
  };
  ctx.deleteDefinition = (name, arity) => {
    const gone = new Set(defs.filter((d) => (d.name === name && d.args.length === arity) || (d.name === "MACRO-" + name && d.args.length === arity + 1)));
    if (gone.size === 0) return false;
    const kept = defs.filter((d) => !gone.has(d));
    defs.length = 0;
    defs.push(...kept);
    ctx.localMacros.delete(`${name}/${arity}`);
    return true;
  };
  ctx.makeOverridable = (pairs) => {
    // (a macro name/arity is the function MACRO-name/arity+1)
    const keys = new Set(pairs.flatMap(([n, a]) => [`${n}/${a}`, `MACRO-${n}/${a + 1}`]));
    for (const d of defs) if (keys.has(d.name + "/" + d.args.length)) d.overridable = true;
  };
  const attributes: [string, Term][] = [];
  const docs: [string, string, number][] = [];
  const specs: [string, number, string][] = [];
  /** where each spec was written */
  const specLines: number[] = [];
  let moduledoc: string | null = null;
  let moduledocHidden = false;
  const docCol = new DocCollector();
  // bodiless heads (def f(a, b \\ 1)), checked for clauses once the body is done
  const bodiless: { kind: "def" | "defp"; name: string; arity: number; line: number }[] = [];
  let pendingDoc: string | undefined;
  let pendingDocLine = 0;
  // @file "path" or @file {"path", line}: the file the next definition's frames name
  let pendingFile: string | undefined;
  // the library's @beamlet_frame_line N: the next clause's code is at line N (see atLine)
  let pendingFrameLine: number | undefined;
  // the library's @beamlet_def_line N: the next clause's head is at line N (a FunctionClauseError's
  // frame names it), as the original's first clause
  let pendingDefLine: number | undefined;
  // the library's @beamlet_inlined true: the next definition stands for one Elixir inlines
  let pendingInlined = false;
  // the library's @beamlet_shown_as {name, arity}: the next definition's frames name that function
  let pendingShownAs: string | undefined;
  // without a @moduledoc, the defmodule line (the anno of the docs chunk)
  let moduledocLine = line;
  let structFields: string[] | null = null;
  // __info__(:struct) when it says more than the fields (an exception's __exception__, @enforce_keys)
  let structInfo: [string, boolean][] | undefined;
  let pendingDerive: { only: string[] | null; except: string[] | null; optional: string[] | null } | null = null;
  // @derive Inspect (with options or not): the struct gets its Inspect implementation module
  let derivesInspect = false;
  // @derive of other protocols, applied at defstruct
  const derives: PendingDerive[] = [];
  /** a @derive set that no defstruct has taken yet: none, set before any defstruct, or after one */
  let deriveState: "none" | "before" | "after" = "none";
  // Elixir keeps the environment of each definition and typespec (elixir_locals:cache_env): a
  // typespec's entry names it {module, {line, pos}}, pos counting the environments kept, a new one
  // whenever the directives (aliases, imports, requires) differ from the last one kept
  let envKept = { key: "", pos: 0 };
  const envPos = (): number => {
    const d = ctx.dirs;
    const key = JSON.stringify([[...d.aliases], [...d.macroAliases], [...d.imports], [...d.importedAlso], d.kernelImported, [...d.importedMacros], [...d.required]]);
    if (key !== envKept.key) envKept = { key, pos: envKept.pos + 1 };
    return envKept.pos;
  };
  /** an accumulating attribute's value after a set: each value set, newest first */
  const accumulate = (an: string, val: Ast): void => {
    const prev = ctx.attrs.get(an);
    ctx.attrs.set(an, listA([val, ...(prev && prev.t === "list" ? prev.items : [])]));
  };
  // a protocol's functions, each with the line (and, in the library, the file) its frame names
  const protoFns: { name: string; arity: number; line: number; file: string | undefined }[] = [];
  const callbacks = new CallbackCollector();
  // @type/@typep/@opaque and @callback/@macrocallback as written, with the @typedoc/@doc they
  // took; their texts (for t/1 and b/1) are made once the module's struct is known
  const typeDecls: { kind: TypeKind; val: Ast; doc: string | false | null }[] = [];
  const callbackDecls: { kind: CallbackKind; val: Ast; doc: string | false | null }[] = [];
  // every typespec as written, with its line: Elixir checks the types they name after the code
  const checkedSpecs = { types: [] as TypespecDecl[], specs: [] as TypespecDecl[], callbacks: [] as TypespecDecl[], macrocallbacks: [] as TypespecDecl[] };
  let pendingTypedoc: string | false | null = null;
  // where @doc, @typedoc and @moduledoc were set and not yet taken (Elixir warns when one is set
  // again before it was taken: "redefining @doc attribute previously set at line N")
  const docSetAt = new Map<string, number>();
  const docSet = (name: string, line: number): void => {
    const before = docSetAt.get(name);
    if (before !== undefined) ctx.warn(`redefining @${name} attribute previously set at line ${before}`, line, `${ctx.name.replace(/^Elixir\./, "")} (module)`);
    docSetAt.set(name, line);
  };
  // @external_resource is registered by Elixir's Module (accumulating, persisted)
  ctx.accumulate.add("external_resource");
  for (const an of ELIXIR_ACCUMULATED) ctx.attrs.set(an, listA([]));
  // (@moduledoc is registered too, unset: has_attribute? is true, a read gives nil)
  if (implInfo.for) ctx.attrs.set("for", atomA(implInfo.for));
  if (implInfo.protocol) ctx.attrs.set("protocol", atomA(implInfo.protocol));

  // @on_definition Mod / {Mod, :fun} (accumulating, the latest first): Mod.__on_definition__(env,
  // kind, name, args, guards, body) for each clause written, with its code as written. Gives the
  // attributes as they were before the hooks ran: Elixir expands the clause (its @attr reads)
  // first, so a hook's Module.put_attribute is not seen by the clause it is called for
  const onDefinition = (kind: string, head: Ast, bodyKw: Ast | undefined, l: number | undefined, bodyTerm?: Term): Map<string, Ast> | undefined => {
    const hooks = ctx.attrs.get("on_definition");
    if (!hooks || hooks.t !== "list" || hooks.items.length <= 1 || !host.callSync) return;
    let guards: Ast[] = [];
    if (isCall(head, "when") && head.args?.length === 2) {
      guards = whenGuards(head.args[1]);
      head = head.args[0];
    }
    if (!isCall(head) || typeof head.name !== "string") return;
    const args = head.args ?? [];
    const at = l ?? line;
    const env = envTerm(ctx, { fn: [head.name, args.length], line: at });
    const before = new Map(ctx.attrs);
    for (const hook of hooks.items) {
      if (hook === OWN_HOOK) continue;
      const modAst = hook.t === "tuple" && hook.items.length === 2 ? hook.items[0] : hook;
      const fn = hook.t === "tuple" && hook.items.length === 2 && hook.items[1].t === "atom" ? hook.items[1].v : "__on_definition__";
      const modName = modAst.t === "atom" ? modAst.v : expandAlias(modAst, ctx);
      if (modName === null) continue;
      const r = host.callSync(modName, fn, [env, atom(kind), atom(head.name), list(args.map(astToTerm)), list(guards.map(astToTerm)), bodyTerm ?? (bodyKw === undefined ? NIL_ATOM : astToTerm(bodyKw))]) as Tuple;
      if (r.items[0] !== atom("ok")) throw onDefinitionFailure(ctx, at, r);
    }
    return before;
  };
  // (Elixir's own hook comes last: beamlet's compiler does its work itself)
  const OWN_HOOK = tupleA([atomA("Elixir.Module"), atomA("compile_definition_attributes")]);
  ctx.accumulate.add("on_definition");
  ctx.attrs.set("on_definition", listA([OWN_HOOK]));

  // docOf: "self" for a def written in the body, what to document for one that stands for another
  // (a macro, a delegate), absent for the functions the compiler adds itself
  const addDef = (kindD: "def" | "defp", head: Ast, bodyKw: Ast | undefined, l: number | undefined, overridable: boolean, docOf?: "self" | DocOf, attrsRead?: Map<string, Ast>) => {
    envPos();
    // a definition quoted with location: :keep: its frames name the macro's file, and its code
    // takes the lines it has there (the definition itself is at the caller's line)
    const inner = isCall(head, "when") && head.args ? head.args[0] : head;
    const keepFile = isCall(head) && head.meta.keepFile !== undefined ? head.meta.keepFile : isCall(inner) ? inner.meta.keepFile : undefined;
    if (keepFile !== undefined) {
      head = keptLines(head);
      if (bodyKw !== undefined) bodyKw = keptLines(bodyKw);
    }
    let guard: Ast | null = null;
    if (isCall(head, "when") && head.args) {
      guard = head.args[1];
      head = head.args[0];
    }
    if (!isCall(head) || typeof head.name !== "string") return ctx.error("invalid function head", l);
    // (any definition takes the @doc set before it, a bodiless head or a protocol's function too)
    docSetAt.delete("doc");
    // a head written without parentheses inside a quote is a "variable" of the quote's context
    const fname = plainName(head.name);
    // (the library's __at_line__ in a default argument: its fn's frames at Elixir's line)
    let params = ctx.host.lenient ? (head.args ?? []).map(linesPlaced) : head.args ?? [];
    // (a definition written in the module, not one the compiler adds)
    const written = typeof docOf === "object" && docOf.kind === "macro" ? { name: docOf.name, arity: docOf.args.length } : { name: fname, arity: params.length };
    const by = docOf === undefined ? undefined : RESERVED_DEFINITIONS[`${written.name}/${written.arity}`];
    if (by !== undefined) {
      const shown = typeof docOf === "object" && docOf.kind === "macro" ? (kindD === "def" ? "defmacro" : "defmacrop") : kindD;
      return ctx.error(`cannot define ${shown} ${written.name}/${written.arity} as it is automatically defined by ${by}`, l, "module");
    }
    const recordDoc = () => {
      if (!docOf) return;
      const d = docOf === "self" ? { kind: "function" as const, name: fname, args: params } : docOf;
      const sig = buildSignature(d.args, (x) => expandAlias(x, ctx), (n) => ctx.attrs.get(n));
      // a def that overrides an overridable one (use GenServer's child_spec/1) keeps its entry
      const arity = (head as AstCall).args?.length ?? 0;
      let latest: DefClause | undefined;
      for (const x of defs) if (x.name === fname && x.args.length === arity) latest = x;
      if (!overridable && latest?.overridable) docCol.overriding(d.kind, d.name, d.args.length);
      // a definition a macro (use, a template) wrote is at the line of the call, as in Elixir
      docCol.define(d.kind, d.name, d.args, l ?? line, kindD === "def", sig, d.meta, expansionLine ?? undefined);
    };
    if (kind === "protocol" && bodyKw === undefined) {
      recordDoc();
      // (a library protocol's line: an explicit @beamlet_frame_line, else Elixir's own def's)
      const libLine = ctx.host.lenient ? ctx.host.libraryDefLine?.(ctx.name, fname, params.length) : undefined;
      protoFns.push({ name: fname, arity: params.length, line: pendingFrameLine ?? libLine ?? l ?? line, file: pendingFile });
      pendingFrameLine = undefined;
      pendingFile = undefined;
      return;
    }
    if (bodyKw === undefined) {
      recordDoc();
      bodiless.push({ kind: kindD, name: fname, arity: params.length, line: l ?? line });
      // a bodiless head only declares defaults
      if (params.some((p) => isCall(p, "\\\\"))) addDefaults(kindD, fname, params, l);
      return;
    }
    if (params.some((p) => isCall(p, "\\\\"))) {
      addDefaults(kindD, fname, params, l);
      params = params.map((p) => (isCall(p, "\\\\") ? p.args![0] : p));
    }
    let body = kwGet(bodyKw, "do");
    if (body !== undefined && pendingFrameLine !== undefined) body = atLine(body, pendingFrameLine);
    // (its guard too: a receive the body starts with waits at the line of the code before it)
    if (guard !== null && pendingFrameLine !== undefined) guard = atLine(guard, pendingFrameLine);
    // (a body placed by hand keeps its lines; otherwise its calls stand where Elixir's function makes them)
    const callLines = pendingFrameLine === undefined ? ctx.host.libraryCallLines?.(ctx.name, fname, params.length) : undefined;
    if (body !== undefined && callLines !== undefined) body = callsPlaced(body, callLines);
    pendingFrameLine = undefined;
    if (body !== undefined && ctx.host.lenient) body = linesPlaced(body);
    const extra = keywordPairs(bodyKw)?.filter(([k]) => k !== "do") ?? [];
    if (extra.length > 0) {
      // def f do ... rescue ... end is an implicit try
      const tryOf = typeof docOf === "object" && docOf.kind === "macro" ? (kindD === "def" ? "defmacro" : "defmacrop") : kindD;
      body = call("try", [listA([tupleA([atomA("do"), body ?? atomA("nil")]), ...extra.map(([k, x]) => tupleA([atomA(k), x]))])], { line: l, tryOf });
    }
    // a clause of an arity another definition's defaults already give (f(a) after f(a, b \\ 1))
    const covering = defaultRanges.get(fname)?.find((r) => r.required <= params.length && params.length < r.arity);
    if (covering && !overridable) {
      return ctx.error(`${kindD} ${fname}/${params.length} conflicts with defaults from ${fname}/${covering.arity}`, l, "module");
    }
    const layer = layerFor(fname, params.length, overridable);
    if (layer === undefined) return;
    if (docOf) {
      params = head.args ?? [];
      recordDoc();
      params = params.map((p) => (isCall(p, "\\\\") ? p.args![0] : p));
    }
    // (a definition whose frames name another file keeps its own line)
    const defLine = pendingDefLine ?? (pendingFile === undefined ? ctx.host.libraryDefLine?.(ctx.name, fname, params.length) : undefined) ?? l;
    pendingDefLine = undefined;
    if (docOf) made.push({ name: fname, arity: params.length, line: l ?? line, form: { args: params, guard, body: blockItems(body ?? atomA("nil")) } });
    // (a definition quoted with location: :keep names the macro's file, as Elixir's meta_keep)
    const file = pendingFile ?? keepFile;
    const clause: DefClause = { kind: kindD, name: fname, args: params, guard, body: body ?? atomA("nil"), meta: { line: defLine }, attrs: attrsRead ?? new Map(ctx.attrs), overridable, injected: overridable, layer, doc: pendingDoc, file, ...(pendingInlined ? { inlined: true } : {}), ...(pendingShownAs ? { shownAs: pendingShownAs } : {}), macros: new Set(ctx.localMacros), dirs: ctx.moduleDirs, structPending: structFields === null };
    expandWhereDefined(clause);
    defs.push(clause);
    if (pendingDoc !== undefined && kindD === "def") docs.push([fname + "/" + params.length, pendingDoc, pendingDocLine]);
    pendingDoc = undefined;
    docSetAt.delete("doc");
    // (the definition took them: the attributes are unset again)
    for (const taken of ["doc", "deprecated", "impl"]) ctx.attrs.delete(taken);
    pendingFile = undefined;
    pendingInlined = false;
    pendingShownAs = undefined;
  };
  // Elixir expands a def's body where the def is (compiler/def_expansion.ts): the program's own
  // macros in it run now. Once a def's early expansion meets another compile error, the rest
  // are left to the module's compile (which reports that error in its place).
  let earlyExpansion = !host.lenient && !!host.callSync;
  // the defs written so far that were not expanded early (no macro of the program's own in them)
  const notExpandedEarly: DefClause[] = [];
  const functionsSoFar = () => defs.filter((d) => !d.name.startsWith("MACRO-")).map((d) => ({ name: d.name, arity: d.args.length }));
  const expandWhereDefined = (c: DefClause) => {
    if (!earlyExpansion) return;
    if (!callsOwnMacro(ctx, [c.body, ...(c.guard ? [c.guard] : []), ...c.args], ctx.localMacros)) {
      notExpandedEarly.push(c);
      return;
    }
    const r = expandAtDefinition(ctx, c, functionsSoFar(), c.file);
    if (r.stopped) earlyExpansion = false;
    if (r.failure === null) return;
    storedFailures.add(r.failure);
    // a def before it whose expansion fails was refused first, as Elixir stored it: the module's
    // compile reports that one
    if (notExpandedEarly.some((d) => expandAtDefinition(ctx, d, functionsSoFar(), d.file, false).stopped)) return;
    throw r.failure;
  };
  // the layer of a new clause of name/arity: one more than the latest clause's when that one was
  // made overridable since (the new def overrides it), else the same. A template's (injected,
  // overridable) clause after the user's own clauses is dropped: the user's def replaces it.
  const layerFor = (fname: string, arity: number, injected: boolean): number | undefined => {
    for (let i = defs.length - 1; i >= 0; i--) {
      const d = defs[i];
      if (d.name !== fname || d.args.length !== arity) continue;
      if (!d.overridable) return injected ? undefined : d.layer ?? 0;
      // the clauses a template injects together are one definition
      if (injected && d.injected) return d.layer ?? 0;
      return (d.layer ?? 0) + 1;
    }
    return 0;
  };
  const defaultsDone = new Set<string>();
  // name/arity -> the definition (layer) whose clause or head declared default arguments
  const defaultsDeclared = new Map<string, number | undefined>();
  // the arities each definition's default arguments give: f(a, b \\ 1) gives f/1 (required 1, arity 2)
  const defaultRanges = new Map<string, { arity: number; required: number }[]>();
  const addDefaults = (kindD: "def" | "defp", fname: string, params: Ast[], l: number | undefined) => {
    const total = params.length;
    // Elixir allows them once per definition (an overridden one's do not count)
    const layer = layerFor(fname, total, false);
    if (defaultsDeclared.has(`${fname}/${total}`) && defaultsDeclared.get(`${fname}/${total}`) === layer) {
      return ctx.error(`${kindD} ${fname}/${total} defines defaults multiple times. Elixir allows defaults to be declared once per definition. Instead of:\n\n    def foo(:first_clause, b \\\\ :default) do ... end\n    def foo(:second_clause, b \\\\ :default) do ... end\n\none should write:\n\n    def foo(a, b \\\\ :default)\n    def foo(:first_clause, b) do ... end\n    def foo(:second_clause, b) do ... end\n`, l, "module");
    }
    defaultsDeclared.set(`${fname}/${total}`, layer);
    // two definitions of one name whose defaults give a common arity
    const required = params.filter((p) => !isCall(p, "\\\\")).length;
    // (an arity they give that another definition's defaults give too)
    const clash = defaultRanges.get(fname)?.find((r) => r.arity >= required && r.arity < total);
    if (clash) return ctx.error(`${kindD} ${fname}/${total} defaults conflicts with ${fname}/${clash.arity}`, l, "module");
    if (!defaultRanges.has(fname)) defaultRanges.set(fname, []);
    defaultRanges.get(fname)!.push({ arity: total, required });
    for (let m = required; m < total; m++) {
      const key = fname + "/" + m;
      // a default clause is defined once, unless the function was made overridable since
      if (defaultsDone.has(key) && !defs.some((d) => d.name === fname && d.args.length === m && d.overridable)) continue;
      defaultsDone.add(key);
      const vars = Array.from({ length: m }, (_, i) => v(`$d${i}`));
      let supplied = 0, defaultsSupplied = 0;
      const callArgs = params.map((p) => {
        if (!isCall(p, "\\\\")) return vars[supplied++];
        if (defaultsSupplied < m - required) { defaultsSupplied++; return vars[supplied++]; }
        return p.args![1];
      });
      defs.push({ kind: kindD, name: fname, args: vars, guard: null, body: call(fname, callArgs), meta: { line: l }, attrs: new Map(ctx.attrs), overridable: false, layer: layerFor(fname, m, false), dirs: ctx.moduleDirs, defaultsOf: true, structPending: structFields === null });
    }
  };

  // defmacro name(args) is the function "MACRO-name"(__CALLER__, args), callable from the rest
  // of the body (compiled into a temporary module) and exported to other modules
  const addMacro = (kindM: "defmacro" | "defmacrop", head: Ast, bodyKw: Ast | undefined, l: number | undefined, docMeta: [string, Term][] = []) => {
    let guard: Ast | null = null;
    let h = head;
    if (isCall(h, "when") && h.args) {
      guard = h.args[1];
      h = h.args[0];
    }
    if (!isCall(h) || typeof h.name !== "string") return ctx.error("invalid macro head", l);
    const params = h.args ?? [];
    // the library documents a macro the compiler implements itself (Kernel's if, raise ...) by a
    // bodiless head: its docs only, no definition
    if (bodyKw === undefined && host.lenient) {
      docCol.define("macro", plainName(h.name), params, l ?? 0, kindM === "defmacro", buildSignature(params, (x) => expandAlias(x, ctx), (n) => ctx.attrs.get(n)), docMeta);
      return;
    }
    const mname = plainName(h.name);
    const mhead: Ast = call("MACRO-" + mname, [v("__CALLER__"), ...params], h.meta);
    addDef(kindM === "defmacro" ? "def" : "defp", guard ? call("when", [mhead, guard]) : mhead, bodyKw, l, false, { kind: "macro", name: plainName(h.name), args: params, meta: docMeta });
    const required = params.filter((p) => !isCall(p, "\\\\")).length;
    for (let n = required; n <= params.length; n++) {
      ctx.localMacros.add(mname + "/" + n);
      if (kindM === "defmacro") macroExports.add(mname + "/" + n);
    }
    macroCache = null;
  };
  const macroExports = new Set<string>();
  let macroCache: string | null = null;
  ctx.macroModule = () => {
    if (macroCache) return macroCache;
    const tmp = new ModCtx(name, file, host);
    tmp.moduleDirs = ctx.moduleDirs;
    for (const k of ctx.localMacros) tmp.localMacros.add(k);
    tmp.macroModule = ctx.macroModule;
    const macroDefs = defs.filter((d) => d.name.startsWith("MACRO-")).map((d) => ({ ...d, kind: "def" as const }));
    const compiled = emitModule(tmp, macroDefs, -1, { attributes: [], structFields: null, moduledoc: null, docs: [] });
    compiled.name = `beamlet_macros_${++tempModules}`;
    host.loadNow?.(compiled);
    macroCache = compiled.name;
    return macroCache;
  };
  // defoverridable [name: arity] / defoverridable Behaviour: a later def replaces these clauses.
  // Elixir's is Module.make_overridable(__MODULE__, spec) run in the body: a literal list of
  // functions defined so far is marked here, anything else (a behaviour, a computed list, one
  // naming an undefined function) runs that call, which checks it as Elixir does
  const markOverridable = (it: AstCall, spec: Ast | undefined) => {
    const kv = keywordPairs(spec);
    const arityOf = (a: Ast) => (a.t === "int" && a.v <= 255n ? Number(a.v) : -1);
    const definedSoFar = (n: string, a: number) => defs.some((d) => (d.name === n && d.args.length === a) || (d.name === "MACRO-" + n && d.args.length === a + 1));
    const before = new Set(defs.filter((d) => d.overridable));
    if (kv && kv.every(([n, a]) => arityOf(a) >= 0 && definedSoFar(n, arityOf(a)))) ctx.makeOverridable(kv.map(([n, a]) => [n, arityOf(a)]));
    else runBody(remote("Elixir.Module", "make_overridable", [call("__MODULE__", null, { line: it.meta.line }), spec ?? atomA("nil")], { line: it.meta.line }), false);
    // (what it made overridable: the warnings' walk of the body takes the later clauses as new)
    overridablesMade.set(it, [...new Set(defs.filter((d) => d.overridable && !before.has(d)).map((d) => d.name.startsWith("MACRO-") ? `${d.name.slice(6)}/${d.args.length - 1}` : `${d.name}/${d.args.length}`))]);
  };
  let expansionLine: number | null = null;
  const expandInBody = (it: AstCall): boolean => {
    const macro = findMacro(ctx, it);
    if (!macro) return false;
    const expanded = expandMacro(ctx, macro, it, { fn: null, line: it.meta.line ?? line });
    // (the program's own macros: the warnings' walk of the body looks at what they made)
    if (!host.lenient && (macro.local || !isElixirModule(macro.module))) {
      noteExpansion(it, expanded, macro.module);
      // (a library's macro: the walk reads the block as written, the definition made of it is compiled)
      linkWrittenDoBlock(it, expanded, macro.local);
    }
    const outer = expansionLine;
    expansionLine ??= it.meta.line ?? line;
    try {
      visit(expanded, false);
    } catch (e) {
      throw underExpansion(e, macro.module, macro.name, macro.arity, it.meta.line ?? line, macro.local || !isElixirModule(macro.module) ? "" : undefined);
    } finally {
      expansionLine = outer;
    }
    return true;
  };
  /** an error raised while a macro's result in the body is expanded: the expansion's frames under
   *  its own, as elixir_dispatch adds them (the module body at the call's line) */
  const underExpansion = (e: unknown, module: string, name: string, arity: number, at: number, app?: string): unknown => {
    // a macro that raised: its exception's trace goes on with this expansion's frames (not one a
    // def's expansion raised where the def is stored: that is no part of this expansion)
    if (e instanceof CompileError && isMacroFailure(e) && !storedFailures.has(e) && !ctx.name.startsWith("elixir_")) {
      const frames = listToArray(e.expansionStack as Term) ?? [];
      if (frames.length < 8) e.expansionStack = list([...frames, ...expansionFrames(ctx, module, name, arity, at, null)].slice(0, 8));
      if (e.banner !== undefined && frames.length < 8) e.banner += `\n    ${isElixirModule(module) ? "(elixir 1.14.0) " : ""}expanding macro: ${displayModule(module)}.${name}/${arity}\n    ${ctx.file}:${at}: ${displayModule(ctx.name)} (module)`;
      return e;
    }
    if (!(e instanceof CompileError) || !e.duringExpansion || e.banner !== undefined || ctx.name.startsWith("elixir_")) return e;
    const above = Array.isArray(e.trace) ? e.trace : [];
    e.trace = [...above, [module, name, arity, "expanding macro", 0, app], [ctx.name, "__MODULE__", 0, ctx.file, at]];
    e.traceReachesFile = false;
    return e;
  };

  const kernelDefinitionForm = (it: Ast): AstCall | null => {
    if (!isCall(it) || typeof it.name === "string" || it.args === null || !isCall(it.name, ".") || it.name.args?.length !== 2) return null;
    const [recv, fname] = it.name.args;
    if (fname.t !== "atom" || !DEF_FORMS.has(fname.v) || expandAlias(recv, ctx) !== "Elixir.Kernel") return null;
    return { t: "call", name: fname.v, meta: it.meta, args: it.args };
  };
  // Kernel.def(...) written so: Kernel's form whatever the imports (a decorator's def calls it)
  const explicitKernelForms = new WeakSet<Ast>();
  const body = new ModuleBody(ctx, bindings, compilerIndex);
  // (an attribute Module.eval_quoted sets is not in the source: the warnings count it as put)
  ctx.evalInBody = (code, at, binding) => body.evalQuoted(code, at, binding, (x) => {
    if (isCall(x, "@") && x.args?.length === 1 && isCall(x.args[0]) && typeof x.args[0].name === "string") ctx.attrsPut.add(x.args[0].name);
    visit(x, false);
  });
  // a defmodule in one of its functions defines that module when the function runs
  ctx.defineNested = defineAtRunTime;
  // the value of the body's last expression (computed only when a script's defmodule returns it)
  let last: () => Term = () => NIL_ATOM;
  const beforeCompile: Ast[] = [];
  let initInjected = false;
  const afterCompile: Ast[] = [];
  const visit = (it: Ast, overridable: boolean): void => {
    // Kernel.defstruct(...) is the imported defstruct (Kernel is required everywhere)
    const kernelForm = kernelDefinitionForm(it);
    if (kernelForm !== null) {
      explicitKernelForms.add(kernelForm);
      return visit(kernelForm, overridable);
    }
    // def/defp/defmacro/@... with Kernel's excluded by `import Kernel, except: [def: 2]` and
    // another module's macro of that name imported (a decorator's def): that macro expands
    if (isCall(it) && typeof it.name === "string" && it.args !== null && DEF_FORMS.has(it.name) && !explicitKernelForms.has(it)) {
      const owner = ctx.importedMacros.get(`${it.name}/${it.args.length}`);
      if (owner !== undefined && owner !== "Elixir.Kernel" && expandInBody(it)) return;
    }
    if (isCall(it) && typeof it.name !== "string" && it.args !== null) {
      if (expandInBody(it)) return;
      if (!host.lenient) return runBody(it, overridable);
      return;
    }
    // a macro may expand to a list of definitions
    if (isDefinitionList(it)) {
      const values: (() => Term)[] = [];
      for (const x of it.items) {
        visit(x, overridable);
        values.push(last);
      }
      last = () => list(values.map((f) => f()));
      return;
    }
    if (!isCall(it) || typeof it.name !== "string") {
      const value = literalTerm(it);
      if (value === undefined && !host.lenient) return runBody(it, overridable);
      last = () => value ?? NIL_ATOM;
      return;
    }
    const args = it.args ?? [];
    const l = it.meta.line;
    // Kernel's def/defp/defmacro/defmacrop take a head and at most a keyword list: a third argument
    // (`def f, do: case x do ... end`, whose do-block goes to def) is a call of no such import
    if (args.length > 2 && LAZY_DEF_NAMES.has(it.name)) return ctx.error(`undefined function ${it.name}/${args.length} (there is no such import)`, l, "none");
    last = valueOfDeclaration(it.name, args);
    switch (it.name) {
      case "def": case "defp":
        // def unquote(name)(...): an unquote fragment, evaluated with the body's variables (the
        // library's names written unquote(:atom) need no evaluation: it compiles before any)
        if (hasUnquote(args[0]) || hasUnquote(args[1])) {
          const named = host.lenient ? literalFragmentsNamed(it) : null;
          if (named === null || !isCall(named)) return runBody(it, overridable);
          const nargs = named.args ?? [];
          return addDef(it.name, nargs[0], nargs[1], l, overridable, "self");
        }
        return addDef(it.name, args[0], args[1], l, overridable, "self", onDefinition(it.name, args[0], args[1], l));
      case "defguard": case "defguardp": {
        // (a guard takes the @doc set before it, a private one discarding it)
        docSetAt.delete("doc");
        for (const taken of ["doc", "deprecated", "impl"]) ctx.attrs.delete(taken);
        const g = defineGuard(it.name, args);
        if (typeof g === "string") return ctx.error(g, l);
        // (Elixir's defguard is a defmacro(p) whose body calls Kernel.Utils.defguard: hooks see that)
        const [head, guard] = (args[0] as AstCall).args!;
        onDefinition(it.name === "defguard" ? "defmacro" : "defmacrop", head, undefined, l, guardMacroBody((head as AstCall).args!.map(astToTerm), astToTerm(guard)));
        // (Elixir expands the guard where it is defined: its @attr reads are this module's, now)
        g[1].body = attrReadsResolved(g[1].body, ctx);
        checkGuardBody(ctx, g[0].slice(0, g[0].lastIndexOf("/")), g[1].params, g[1].body, l ?? 0);
        if (g[1].exported) {
          // also a macro, for the modules that import or require this one
          const [head, body] = guardMacroDefinition(g[0].slice(0, g[0].lastIndexOf("/")), g[1], ctx.guards);
          addMacro("defmacro", head, body, l, [["guard", atom("true")]]);
        }
        ctx.guards.set(g[0], g[1]);
        return;
      }
      case "defmacro": case "defmacrop":
        if (hasUnquote(args[0])) return runBody(it, overridable);
        onDefinition(it.name, args[0], args[1], l);
        return addMacro(it.name, args[0], args[1], l);
      case "defoverridable":
        return markOverridable(it, args[0]);
      case "defdelegate": {
        // (deprecated: a list of heads, each delegated with the same options)
        if (args[0]?.t === "list") {
          ctx.warn("passing a list to Kernel.defdelegate/2 is deprecated, please define each delegate separately", l ?? 0, `${ctx.name.replace(/^Elixir\./, "")} (module)`);
          for (const head of args[0].items) visit({ ...it, args: [head, ...args.slice(1)] }, overridable);
          last = valueOfDeclaration(it.name, args);
          return;
        }
        const head = args[0] as AstCall;
        const to = kwGet(args[1], "to")!;
        const as = kwGet(args[1], "as");
        const params = (head.args ?? []).map((p, i) => (isCall(p, "\\\\") ? p : v(`$dg${i}`)));
        const plain = params.map((p) => (isCall(p, "\\\\") ? p.args![0] : p));
        const target = as && as.t === "atom" ? as.v : (head.name as string);
        const toMod = expandAlias(to, ctx);
        const delegateTo: [string, Term][] = toMod ? [["delegate_to", tuple(atom(toMod), atom(target), params.length)]] : [];
        const docOf: DocOf = { kind: "function", name: head.name as string, args: head.args ?? [], meta: delegateTo };
        return addDef("def", call(head.name as string, params), listA([tupleA([atomA("do"), call(call(".", [to, atomA(target)]), plain)])]), l, overridable, docOf);
      }
      case "@": {
        const attr = args[0];
        if (!isCall(attr) || typeof attr.name !== "string") return;
        const an = plainName(attr.name);
        let val = attr.args?.[0];
        if (val === undefined) {
          // a read of the attribute
          const read = ctx.attrs.get(an);
          const value = (read && literalTerm(read)) ?? NIL_ATOM;
          last = () => value;
          return;
        }
        // a value code cannot spell (a fn), handed back by the body's code that computed it
        if (opaqueValue(val) !== undefined && !ctx.accumulate.has(an)) {
          ctx.attrs.set(an, val);
          return;
        }
        // @attr with a value computed from the body's variables: evaluated now
        if (usesVars(val, body.names())) return runBody(it, overridable);
        // (a value the body computed and handed back is not evaluated again)
        const computed = isComputedValue(val);
        // the value is evaluated where it is set: other attributes it reads are theirs as of now
        val = attrReadsResolved(val, ctx);
        // (a typespec is no value: %S{} there is a type)
        if (!["type", "typep", "opaque", "spec", "callback", "macrocallback"].includes(an)) {
          expandAttributeStructs(ctx, val, l ?? 0, (x) => (isCall(x, "__MODULE__") ? ctx.name : expandAlias(x, ctx)));
        }
        if (expansionLine !== null) setByMacros.add(an);
        // (what a read of one Elixir registers as accumulating gives: each value set, newest first)
        if (READ_AS_ACCUMULATED.has(an) && !ctx.accumulate.has(an)) accumulate(an, val);
        if (an === "before_compile") { beforeCompile.push(val); return; }
        if (an === "after_compile") { afterCompile.push(val); return; }
        // a value that is no literal (`@t System.monotonic_time()`, `@d ~D[2020-01-02]`) is
        // evaluated once, where it is set, as in Elixir: every read sees that value
        if (!host.lenient && !computed && !UNEVALUATED_ATTRIBUTES.has(an) && literalTerm(val) === undefined && !isCall(val, "__aliases__") && !isCall(val, "&")) {
          return runBody(it, overridable);
        }
        if (an === "on_definition") {
          // kept as {Mod, :fun}, as Elixir's Module stores it
          const pair = val.t === "tuple" && val.items.length === 2 ? val.items : [val, atomA("__on_definition__")];
          const mod = pair[0].t === "atom" ? pair[0].v : expandAlias(pair[0], ctx);
          if (mod !== null) val = tupleA([atomA(mod), pair[1]]);
        }
        if (ctx.accumulate.has(an)) {
          accumulate(an, val);
          return;
        }
        if ((an === "doc" || an === "typedoc" || an === "moduledoc") && val.t !== "list") {
          docSet(an, l ?? 0);
          // (kept with its line: Module.get_attribute gives {line, doc}, a read of @doc the doc;
          // `@doc since: "1.0"` adds metadata only)
          ctx.attrs.set(an, val);
          ctx.docLines.set(an, l ?? 0);
        }
        if (an === "doc") {
          docCol.docAttr(val, l ?? 0);
          // (`@doc since: "1.0"` adds metadata and keeps the text; a ~S heredoc is a text too)
          if (val.t !== "list") {
            pendingDoc = docText(val);
            pendingDocLine = l ?? 0;
          }
          return;
        }
        if (an === "beamlet_frame_line" && ctx.host.lenient && val.t === "int") { pendingFrameLine = Number(val.v); return; }
        if (an === "beamlet_def_line" && ctx.host.lenient && val.t === "int") { pendingDefLine = Number(val.v); return; }
        if (an === "beamlet_inlined" && ctx.host.lenient) { pendingInlined = true; return; }
        if (an === "beamlet_shown_as" && ctx.host.lenient && val.t === "tuple" && val.items[0].t === "atom" && val.items[1].t === "int") {
          pendingShownAs = `${val.items[0].v}/${val.items[1].v}`;
          return;
        }
        if (an === "file") {
          const path = val.t === "tuple" && val.items.length === 2 ? val.items[0] : val;
          if (path.t === "str") { pendingFile = path.v; return; }
        }
        if (an === "moduledoc") { if (val.t === "list") return; moduledoc = docText(val) ?? null; moduledocHidden = val.t === "atom" && val.v === "false"; moduledocLine = l ?? 0; return; }
        // (@deprecated and @impl are read as set until the next definition takes them)
        if (an === "deprecated") { docCol.deprecatedAttr(val); ctx.attrs.set(an, val); }
        if (an === "impl") { docCol.implAttr(val); ctx.attrs.set(an, val); }
        if (an === "derive") {
          deriveState = structFields !== null ? "after" : "before";
          // @derive {Inspect, only: [...]} / {Inspect, except: [...]}: applied at defstruct
          // (@derive accumulates: the latest one's protocols are derived first)
          const others: PendingDerive[] = [];
          for (const d of val.t === "list" ? val.items : [val]) {
            const [proto, opts] = d.t === "tuple" && d.items.length === 2 ? d.items : [d, listA([])];
            if ((proto.t === "atom" ? proto.v : expandAlias(proto, ctx)) !== "Elixir.Inspect") others.push({ proto, opts });
            else {
              derivesInspect = true;
              // (a bare Inspect derives every field)
              pendingDerive = { only: null, except: null, optional: null };
            }
            if (d.t === "tuple" && d.items.length === 2 && expandAlias(d.items[0], ctx) === "Elixir.Inspect") {
              const only = kwGet(d.items[1], "only"), except = kwGet(d.items[1], "except");
              const names = (x: Ast | undefined) => (x && x.t === "list" ? x.items.filter((i) => i.t === "atom").map((i) => (i as { v: string }).v) : null);
              pendingDerive = { only: names(only), except: names(except), optional: names(kwGet(d.items[1], "optional")) };
            }
          }
          derives.unshift(...others);
          return;
        }
        // @type (and the other typespecs) read back: {kind, the quoted spec, {module, {line, pos}}}
        if (TYPESPEC_KINDS.has(an)) {
          const entry = valueAst(tuple(atom(an), astToTerm(attr.args![0]), tuple(atom(ctx.name), tuple(l ?? 0, envPos()))));
          if (entry !== null) accumulate(an, entry);
        }
        if (an === "spec") {
          const spec = specEntry(val);
          if (spec) { specs.push(spec); specLines.push(it.meta.line ?? line); }
          checkedSpecs.specs.push({ val, line: it.meta.line ?? line });
          return;
        }
        if (an === "typedoc") pendingTypedoc = val.t === "atom" && val.v === "false" ? false : docText(val) ?? null;
        if (an === "type" || an === "typep" || an === "opaque") {
          typeDecls.push({ kind: an, val, doc: an === "typep" ? null : pendingTypedoc });
          checkedSpecs.types.push({ val, line: it.meta.line ?? line, kind: an });
          docSetAt.delete("typedoc");
          ctx.attrs.delete("typedoc");
          pendingTypedoc = null;
        }
        if (an === "callback" || an === "macrocallback") {
          callbacks.callback(val, an === "macrocallback");
          // (the callback takes the pending @doc, as in Elixir: the next def has none)
          callbackDecls.push({ kind: an, val, doc: docCol.takeDoc() ?? null });
          checkedSpecs[an === "callback" ? "callbacks" : "macrocallbacks"].push({ val, line: it.meta.line ?? line });
          pendingDoc = undefined;
          docSetAt.delete("doc");
          ctx.attrs.delete("doc");
        }
        if (an === "optional_callbacks") callbacks.optionalCallbacks(val);
        if (an === "dialyzer") {
          const t = literalTerm(val);
          if (t !== undefined) attributes.push(["dialyzer", t]);
        }
        if (["impl", "spec", "type", "typep", "opaque", "callback", "macrocallback", "dialyzer", "compile", "typedoc", "optional_callbacks", "deprecated"].includes(an)) return;
        if (!READ_AS_ACCUMULATED.has(an)) ctx.attrs.set(an, val);
        if (an === "vsn") {
          const t = literalTerm(val);
          // (set twice, the last is kept)
          if (t !== undefined) attributes.splice(0, attributes.length, ...attributes.filter(([k]) => k !== "vsn"), ["vsn", t]);
        }
        if (an === "behaviour") {
          const m = expandAlias(val, ctx);
          if (m) attributes.push(["behaviour", atom(m)]);
        }
        return;
      }
      case "defstruct":
      case "defexception": {
        const spec = args[0];
        const fields: [string, Ast][] = [];
        if (isLiteralFieldList(spec)) {
          for (const f of spec.items) {
            if (f.t === "atom") fields.push([f.v, atomA("nil")]);
            else if (f.t === "tuple" && f.items[0].t === "atom") fields.push([f.items[0].v, f.items[1]]);
          }
        }
        // fields computed as the body runs (defstruct Enum.reverse(@fields), a macro's DSL): their value's
        const computed = spec && !isLiteralFieldList(spec) ? body.run(spec, l ?? line, () => undefined) : undefined;
        for (const f of (computed !== undefined ? listToArray(computed) : undefined) ?? []) {
          if (f instanceof Atom) fields.push([f.name, atomA("nil")]);
          else if (f instanceof Tuple && f.items.length === 2 && f.items[0] instanceof Atom) fields.push([f.items[0].name, valueAst(f.items[1]) ?? opaqueValueAst(f.items[1])]);
        }
        // Elixir's checks of the definition (Kernel.Utils.defstruct/3 raises where one fails)
        if (spec && !ctx.host.lenient) {
          const failure = defstructFailure(name, spec, computed, computed !== undefined ? valueAst(computed) ?? spec : spec,
            fields.map(([k]) => k), structFields !== null, ctx.attrs.get("enforce_keys"), l ?? line);
          if (failure) body.run(failure, l ?? line, () => undefined);
        }
        if (it.name === "defexception") fields.push(["__exception__", atomA("true")]);
        structFields = fields.map(([k]) => k).filter((k) => k !== "__exception__");
        deriveState = "none";
        ctx.ownStruct = { keys: new Set(fields.map(([k]) => k)), line: l ?? line, fields };
        if (pendingDerive) {
          const { only, except, optional } = pendingDerive;
          const shown = structFields.filter((f) => (only ? only.includes(f) : true) && (except ? !except.includes(f) : true));
          // (the derived implementation's fields: inspect reads them, and only them, from the map)
          attributes.push(["derive_inspect", list(shown.map((f) => atom(f)))]);
          // optional fields with a literal default are left out of inspect while they hold it
          const defaults = fields.filter(([k]) => optional?.includes(k)).map(([k, x]) => [k, literalTerm(x)] as const);
          const known = defaults.filter(([, d]) => d !== undefined).map(([k, d]) => new Tuple([atom(k), d!]));
          if (known.length > 0) attributes.push(["derive_inspect_optional", list(known)]);
          pendingDerive = null;
        }
        const mapAst = call("%{}", [tupleA([atomA("__struct__"), atomA(name)]), ...fields.map(([k, x]) => tupleA([atomA(k), x]))]);
        // a key given twice: Elixir's defstruct warns of it (Kernel.Utils' frames over the body's)
        if (!ctx.host.lenient && new Set(structFields).size < structFields.length) {
          body.run(remote("Elixir.Kernel.Utils", "__defstruct_duplicates__", [listA(structFields.map(atomA))], { line: l ?? line }), l ?? line, () => undefined);
        }
        // the struct with its defaults, evaluated once where it is defined: defstruct gives it
        // (defexception :ok), and it is the module's @__struct__ from here on (Module.get_attribute)
        const struct = literalTerm(mapAst) ?? (ctx.host.lenient ? undefined : body.run(mapAst, l ?? line, () => undefined));
        // (a default written in the list that Macro.escape refuses: Elixir's check raises for it)
        if (struct !== undefined && computed === undefined && spec && holdsUnescapable(struct)) {
          body.run(defstructCheck(name, spec, false, ctx.attrs.get("enforce_keys"), l ?? line), l ?? line, () => undefined);
        }
        if (struct !== undefined) {
          ctx.attrs.set("__struct__", valueAst(struct) ?? opaqueValueAst(struct)!);
          ctx.attrsPut.add("__struct__");
        }
        if (it.name === "defstruct") last = () => struct ?? body.run(mapAst, l ?? line, () => undefined);
        // (__struct__/0 gives that struct: its defaults are not evaluated again, nor where the
        // body's variables they read are gone)
        const structAst = (struct !== undefined ? valueAst(struct) : undefined) ?? mapAst;
        addDef("def", call("__struct__", []), listA([tupleA([atomA("do"), structAst])]), l, false);
        docCol.hidden("__struct__", 0, l ?? line, `%${displayModule(name)}{}`);
        docCol.hidden("__struct__", 1, l ?? line, "__struct__(kv)");
        // @enforce_keys: building the struct (struct!/2, %S{} at run time) must name them
        const enforce = ctx.attrs.get("enforce_keys") ?? listA([]);
        const enforced = literalTerm(enforce);
        // (Elixir List.wraps it: one atom alone is one key)
        const required = new Set((enforced instanceof Cons || enforced === NIL ? listToArray(enforced) ?? [] : enforced instanceof Atom && enforced !== NIL_ATOM ? [enforced] : []).filter((k): k is Atom => k instanceof Atom).map((k) => k.name));
        // (defexception's __exception__ comes first in Elixir's struct)
        const ordered = it.name === "defexception" ? [fields[fields.length - 1], ...fields.slice(0, -1)] : fields;
        structInfo = it.name === "defexception" || required.size > 0 ? ordered.map(([k]) => [k, required.has(k)]) : undefined;
        // (the library's structs stand for Elixir's precompiled ones, whose fold fun is not inlined)
        addDef("def", call("__struct__", [v("kv")]), listA([tupleA([atomA("do"), remote("beamlet", "struct_update", [call("__struct__", []), v("kv"), enforce, atomA(ctx.host.lenient ? "true" : "false")])])]), l, false);
        if (derivesInspect && !host.lenient) {
          // as Inspect.Any.__deriving__/3's defimpl: Inspect.S, whose inspect/2 is Any's (which
          // reads the derive_inspect attributes above), so Inspect.impl_for/1 names it
          derivesInspect = false;
          const implName = "Elixir.Inspect." + name.replace(/^Elixir\./, "");
          const inspectDef = call("def", [call("inspect", [v("struct"), v("opts")]), listA([tupleA([atomA("do"), remote("Elixir.Inspect.Any", "inspect", [v("struct"), v("opts")])])])], { line: l ?? line });
          nested.push(...body.definingModule(l ?? line, () => compileBody(implName, [inspectDef], ctx, host, "impl", l ?? line, { protocol: "Elixir.Inspect", for: name })));
        }
        if (derives.length > 0) {
          const value = (x: Ast) => literalTerm(x) ?? body.run(x, l ?? line, () => undefined);
          const struct = value(mapAst);
          for (const d of derives.splice(0)) {
            const r = derivation(ctx, d, value(d.opts), struct, l ?? line, (reason, frames, at) => body.fail(reason, frames, at));
            if (r.t === "code") visit(r.ast, false);
            else {
              const implName = r.protocol + "." + name.replace(/^Elixir\./, "");
              nested.push(...body.definingModule(l ?? line, () => compileBody(implName, [], ctx, host, "impl", l ?? line, { protocol: r.protocol, for: name, target: r.any })));
            }
          }
        }
        if (it.name === "defexception") {
          const hasMessage = fields.some(([k]) => k === "message");
          if (hasMessage) {
            addDef("def", call("when", [call("exception", [v("msg")]), call("is_binary", [v("msg")])]), listA([tupleA([atomA("do"), call("exception", [listA([tupleA([atomA("message"), v("msg")])])])])]), l, true);
            addDef("def", call("message", [v("exception")]), listA([tupleA([atomA("do"), call(call(".", [v("exception"), atomA("message")]), [], { no_parens: true })])]), l, true);
          }
          // (unknown fields are dropped with a warning, as Elixir 1.14 does; its trace starts at
          // this exception/1, whose frame the call leaves on the stack: it is no tail call)
          const fromFields = call("=", [tupleA([atomA("ok"), v("struct")]), remote("Elixir.Exception", "__from_fields__", [call("__struct__", []), v("args")])]);
          addDef("def", call("when", [call("exception", [v("args")]), call("is_list", [v("args")])]), listA([tupleA([atomA("do"), call("__block__", [fromFields, v("struct")])])]), l, true);
          docCol.hidden("exception", 1, l ?? line, "exception(msg)");
          if (hasMessage) docCol.hidden("message", 1, l ?? line, "message(exception)");
          attributes.push(["behaviour", atom("Elixir.Exception")]);
        }
        return;
      }
      case "use": {
        const target = expandAlias(args[0], ctx);
        if (target === null) return ctx.error("invalid use", l);
        const short = target.replace(/^Elixir\./, "");
        if (target === "Elixir.Bitwise") {
          // deprecated in 1.14 but still works: it imports Bitwise
          ctx.warn("use Bitwise is deprecated. import Bitwise instead", l ?? 0, ctx.name.replace(/^Elixir\./, ""));
          ctx.directive("import", [args[0]], l);
          return;
        }
        if (host.moduleMacros?.(target)?.includes("__using__/1")) {
          const deprecated = deprecatedUseWarning(target, ctx.name);
          if (deprecated) ctx.warn(deprecated.message, l ?? 0, deprecated.where);
          // use M, opts -> require M; M.__using__(opts)
          ctx.updateDirectives((d) => d.required.add(target));
          const usingCall = usingCallOf(it);
          try {
            expandInBody(usingCall);
            // (what __using__ gave is what the `use` expanded to, for the warnings' walk)
            const expanded = expansionOf(usingCall);
            if (expanded) noteExpansion(it, expanded, target);
          } catch (e) {
            throw underExpansion(e, "Elixir.Kernel", "use", args.length, l ?? line);
          }
          return;
        }
        const tmpl = host.useTemplate(short);
        if (!tmpl) {
          // (raised as Kernel.use/N expands, in the module's body)
          if (host.moduleExports(target) === undefined)
            return ctx.error(notLoadedMessage(ctx, target), l, notLoadedTrace(ctx, target) ?? [["Elixir.Kernel", "use", args.length, "expanding macro", 0], [ctx.name, "__MODULE__", 0, ctx.file, l ?? line]]);
          // use expands to `require M; M.__using__(opts)`: without a __using__ macro that is a
          // call of M.__using__/1 the body makes as it runs (an UndefinedFunctionError there)
          if (!host.lenient) return runBody(call("__block__", [call("require", [args[0]], it.meta), usingCallOf(it)], it.meta), overridable);
          return raiseAtCompileTime(ctx, l ?? line, "UndefinedFunctionError", `function ${short}.__using__/1 is undefined or private`,
            { module: atom(target), function: atom("__using__"), arity: 1, reason: atom("nil"), message: atom("nil") });
        }
        const saved = ctx.attrs.get("use_opts");
        ctx.attrs.set("use_opts", args[1] ?? listA([]));
        const outerLine = expansionLine;
        expansionLine ??= l ?? line;
        try {
          for (const t of blockItems(tmpl)) visit(t, true);
        } finally {
          expansionLine = outerLine;
        }
        if (saved) ctx.attrs.set("use_opts", saved);
        return;
      }
      case "alias": case "import": case "require": {
        const value = directiveValue(it.name, args[0], (x) => expandAlias(x, ctx));
        last = () => value;
        return ctx.directive(it.name, args, l, undefined, undefined, it.meta);
      }
      case "defmodule": case "defprotocol": case "defimpl": {
        // a computed name is evaluated with the body's variables, as the body's code runs
        // (an invalid name fails in the body's frame, as Elixir's)
        let computed: string | undefined;
        if (it.name !== "defimpl" && args[0] && isComputedModuleName(args[0], ctx)) {
          const value = body.run(args[0], l ?? line, (x) => visit(x, overridable));
          if (!isModuleNameAtom(value)) return ctx.error(invalidModuleName(value), l, "module");
          computed = (value as Atom).name;
        } else if (it.name !== "defimpl" && args[0]) {
          const invalid = invalidLiteralModuleName(args[0], ctx);
          if (invalid !== null) return ctx.error(invalid, l, "module");
        }
        const mods = body.definingModule(l ?? line, () => compileModuleForm(it, ctx, host, body.current(), computed));
        // (loaded now, as Elixir's: the rest of the outer body may call it, `@v Inner.f()`)
        for (const m of mods) host.loadNow?.(m);
        nested.push(...mods);
        const inner = mods[mods.length - 1];
        last = () => tuple(atom("module"), atom(inner.name), new Bin(writeModule(inner)), inner.bodyValue ?? NIL_ATOM);
        return;
      }
      case "__block__":
        for (const x of args) visit(x, overridable);
        return;
    }
    if (expandInBody(it)) return;
    // other module-body code (IO.puts, `x = ...`, `for` around defs) runs now, as in Elixir
    if (!host.lenient && !DEF_FORMS_IGNORED.has(it.name)) runBody(it, overridable);
  };
  const runBody = (it: Ast, overridable: boolean) => {
    const value = body.run(it, (it as AstCall).meta?.line ?? line, (x) => visit(x, overridable));
    last = () => value;
  };
  let bodyValue: Term | undefined;
  const setByMacros = new Set<string>();
  // the body's code, with the directives and defmodules among it, as Elixir expands it before
  // running any: declarations are left out, and it ends at the first macro call (`use` too),
  // whose expansion (made as the body is visited) may bring imports and definitions of its own
  const codeAhead = (items: Ast[]): Ast[] => {
    const out: Ast[] = [];
    const lexical = snapshotCtx(ctx);
    (lexical as { host: CompilerHost }).host = Object.create(host, { warn: { value: () => undefined } });
    let ended = false;
    const walk = (it: Ast): void => {
      if (ended) return;
      const kernelForm = kernelDefinitionForm(it);
      if (kernelForm !== null) return walk(kernelForm);
      if (isDefinitionList(it)) return it.items.forEach(walk);
      if (!isCall(it) || typeof it.name !== "string") {
        if (isCall(it) && it.args !== null && findMacro(lexical, it) !== null) ended = true;
        else if (literalTerm(it) === undefined) out.push(it);
        return;
      }
      switch (it.name) {
        case "alias": case "import": case "require":
          out.push(it);
          try {
            lexical.directive(it.name, it.args ?? [], it.meta.line, undefined, undefined, it.meta);
          } catch {
            ended = true;
          }
          return;
        case "defmodule": case "defprotocol": case "defimpl":
          out.push(it);
          return;
        case "__block__":
          return (it.args ?? []).forEach(walk);
        case "use":
          ended = true;
          return;
      }
      if (DEF_FORMS.has(it.name) || DEF_FORMS_IGNORED.has(it.name) || it.name === "@") return;
      if (findMacro(lexical, it) !== null) ended = true;
      else out.push(it);
    };
    items.forEach(walk);
    return out;
  };
  compiling.set(name, ctx);
  try {
    if (!host.lenient) {
      expandBodyAhead(ctx, items, line, kernelDefinitionForm, underExpansion);
      const ahead = codeAhead(items);
      if (ahead.some((x) => !isCall(x) || !["alias", "import", "require", "defmodule", "defprotocol", "defimpl"].includes(x.name as string))) body.expandAhead(ahead, line);
    }
    for (const it of items) visit(it, false);
    // (what @before_compile adds is not the body's value; a protocol's body ends with its __protocol__/1)
    if (!host.lenient) bodyValue = kind === "protocol" ? tuple(atom("__protocol__"), 1) : last();
    // @before_compile Mod: Mod.__before_compile__(env) adds code at the end of the body
    for (const target of beforeCompile) {
      const modName = expandAlias(target.t === "tuple" ? target.items[0] : target, ctx);
      const fn = target.t === "tuple" && target.items[1].t === "atom" ? target.items[1].v : "__before_compile__";
      if (modName === null) return ctx.error("invalid @before_compile", line);
      // (GenServer's injects the init/1 a module lacks: the behaviour check still sees it missing)
      if (modName === "Elixir.GenServer" && !defs.some((d) => d.name === "init" && d.args.length === 1)) initInjected = true;
      const code = expandWith(ctx, modName, fn, line);
      if (code === null) continue;
      // (Elixir evaluates the code it gives, under a frame of the hook's: compiler/module_body.ts)
      const frame = tuple(atom(modName), atom(fn), 1, list([tuple(atom("file"), charlist(sourcePath(ctx))), tuple(atom("line"), line)]));
      const items = isCall(code, "__block__") && code.args ? code.args : [code];
      try {
        items.forEach((x, i) => {
          body.hook = { frame, later: i < items.length - 1 };
          hookItemCheck(ctx, x, { module: modName, fun: fn, line, file: sourcePath(ctx) }, i < items.length - 1, noteMacroFailure);
          visit(x, false);
        });
      } finally {
        body.hook = null;
      }
    }
  } finally {
    compiling.delete(name);
  }

  if (kind === "protocol") {
    const fallback = ctx.attrs.get("fallback_to_any");
    const fb = atomA(fallback && fallback.t === "atom" && fallback.v === "true" ? "true" : "false");
    // as Elixir's: impl_for!/1 raises Protocol.UndefinedError in a frame of its own (at the
    // defprotocol line), called by each function at the line of its def. A dispatch is one call
    // of :beamlet.impl_for!/3, which calls Proto.impl_for!(x) itself when nothing implements x
    const implLine = (host.lenient ? host.libraryDefLine?.(name, "impl_for!", 1) : undefined) ?? line;
    const undefinedFor = remote("beamlet", "protocol_undefined", [atomA(name), v("x")]);
    addDef("def", call("impl_for!", [v("x")]), listA([tupleA([atomA("do"), atLine(call("||", [call("impl_for", [v("x")]), undefinedFor]), implLine)])]), line, false);
    for (const f of protoFns) {
      const ps = Array.from({ length: f.arity }, (_, i) => v(`$p${i}`));
      const impl = remote("beamlet", "impl_for!", [atomA(name), ps[0], fb]);
      pendingFile = f.file;
      addDef("def", call(f.name, ps), listA([tupleA([atomA("do"), atLine(call(call(".", [impl, atomA(f.name)]), ps), f.line)])]), f.line, false);
    }
    pendingFile = undefined;
    addDef("def", call("impl_for", [v("x")]), listA([tupleA([atomA("do"), remote("beamlet", "impl_for", [atomA(name), v("x"), fb])])]), line, false);
    // Elixir lists a protocol's functions in term order ({name, arity} sorted), not definition order
    const sortedFns = [...protoFns].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.arity - b.arity));
    addDef("def", call("__protocol__", [atomA("functions")]), listA([tupleA([atomA("do"), listA(sortedFns.map((f) => tupleA([atomA(f.name), { t: "int", v: BigInt(f.arity) }])))])]), line, false);
    addDef("def", call("__protocol__", [atomA("module")]), listA([tupleA([atomA("do"), atomA(name)])]), line, false);
    // a script's protocols are never consolidated (Protocol.consolidated?/1 reads this)
    addDef("def", call("__protocol__", [atomA("consolidated?")]), listA([tupleA([atomA("do"), atomA("false")])]), line, false);
    addDef("def", call("__protocol__", [atomA("impls")]), listA([tupleA([atomA("do"), atomA("not_consolidated")])]), line, false);
    docCol.hidden("__protocol__", 1, line, "__protocol__(atom)");
    docCol.hidden("impl_for", 1, line, "impl_for(data)");
    docCol.hidden("impl_for!", 1, line, "impl_for!(data)");
    // what Elixir's defprotocol persists
    attributes.push(["dialyzer", tuple(atom("nowarn_function"), list(["__protocol__", "impl_for", "impl_for!"].map((f) => tuple(atom(f), 1))))]);
    ctx.persisted.unshift("__protocol__");
    ctx.attrs.set("__protocol__", listA([tupleA([atomA("fallback_to_any"), fb])]));
    // (a protocol is a behaviour: each of its functions is a callback, as Elixir's defprotocol writes)
    for (const f of protoFns) callbacks.protocolFunction(f.name, f.arity);
  }
  if (callbacks.any) {
    // (the Erlang compiler's: no docs, not in __info__(:functions))
    const [all, optional] = callbacks.lists();
    const pairs = (xs: [string, number][]) => listA(xs.map(([n, a]) => tupleA([atomA(n), { t: "int", v: BigInt(a) }])));
    addDef("def", call("behaviour_info", [atomA("callbacks")]), listA([tupleA([atomA("do"), pairs(all)])]), line, false);
    addDef("def", call("behaviour_info", [atomA("optional_callbacks")]), listA([tupleA([atomA("do"), pairs(optional)])]), line, false);
    for (const d of defs) if (d.name === "behaviour_info" && d.args.length === 1 && d.meta.line === line) d.generated = true;
  }
  if (kind === "impl") {
    addDef("def", call("__impl__", [atomA("for")]), listA([tupleA([atomA("do"), atomA(implInfo.for!)])]), line, false);
    addDef("def", call("__impl__", [atomA("protocol")]), listA([tupleA([atomA("do"), atomA(implInfo.protocol!)])]), line, false);
    // (a derived implementation without code of its own: Any's, which impl_for/1 gives)
    addDef("def", call("__impl__", [atomA("target")]), listA([tupleA([atomA("do"), atomA(implInfo.target ?? name)])]), line, false);
    if (implInfo.target) attributes.push(["impl_target", atom(implInfo.target)]);
    // what Elixir's defimpl persists (a derived impl declares no behaviour)
    if (!implInfo.target) attributes.unshift(["behaviour", atom(implInfo.protocol!)]);
    ctx.persisted.unshift("__impl__");
    ctx.attrs.set("__impl__", listA([tupleA([atomA("protocol"), atomA(implInfo.protocol!)]), tupleA([atomA("for"), atomA(implInfo.for!)])]));
    docCol.hidden("__impl__", 1, line, "__impl__(atom)");
  }

  // a bodiless head needs clauses of its own; in the library it may document a function the VM
  // implements natively (lib/string.ex's split/3), which has none
  for (const b of bodiless) {
    if (defs.some((d) => d.name === b.name && d.args.length === b.arity)) continue;
    if (ctx.host.lenient && lookupBif(name, b.name, b.arity)) continue;
    // (a macro's head is the function MACRO-name(__CALLER__, args))
    const macro = b.name.startsWith("MACRO-");
    const shown = macro ? `${b.kind === "def" ? "defmacro" : "defmacrop"} ${b.name.slice(6)}/${b.arity - 1}` : `${b.kind} ${b.name}/${b.arity}`;
    ctx.error(`implementation not provided for predefined ${shown}`, b.line, "none");
  }
  // a @derive no defstruct took (Elixir's text says "warning: " twice)
  if (deriveState !== "none") {
    const text = deriveState === "before" ? "was set but never used (it must come before defstruct)" : "was set after defstruct, all @derive calls must come before defstruct";
    ctx.warn(`warning: module attribute @derive ${text}`, line, `${ctx.name.replace(/^Elixir\./, "")} (module)`);
  }
  discouragedTypesMet.delete(name);
  parseTransformsSet.delete(name);
  // each @compile {:inline, ...} names a definition (checked before @on_load)
  const inline = badInline(ctx.attrs.get("compile"), (n, a) => defs.some((d) => (d.name === n && d.args.length === a) || (d.name === "MACRO-" + n && d.args.length === a + 1)));
  if (inline) {
    const e = new CompileError("CompileError", ctx.codeFile(), line, 0, `inlined function ${inline.name}/${inline.arity} undefined`);
    e.trace = inline.frames;
    e.afterModule = true;
    e.typespecStage = "options";
    throw e;
  }
  // @on_load names a zero-arity function of the module (def or defp), checked before its code is
  // compiled (so before the unused-function warnings, which Elixir then never prints)
  const onLoadAttr = ctx.attrs.get("on_load");
  let onLoad: string | undefined;
  if (onLoadAttr !== undefined) {
    const lit = literalTerm(onLoadAttr);
    const fn = lit instanceof Atom ? lit : lit instanceof Tuple && lit.items.length === 2 && lit.items[0] instanceof Atom && lit.items[1] === 0 ? lit.items[0] : undefined;
    if (fn !== undefined && fn !== NIL_ATOM) {
      if (!defs.some((d) => d.name === fn.name && d.args.length === 0)) ctx.error(`undefined function ${fn.name}/0 given to @on_load`, line, "none");
      onLoad = fn.name;
    }
  }
  // the module stays open while its functions' bodies expand: a macro there reads the module's
  // attributes (Module.get_attribute/2) as they were at the def, as in Elixir
  compiling.set(name, ctx);
  // each @external_resource is persisted as an attribute of its own, in the order set
  const resources = ctx.attrs.get("external_resource");
  if (resources?.t === "list") for (const r of [...resources.items].reverse()) attributes.push(["external_resource", literalTerm(r) ?? NIL_ATOM]);
  let compiled;
  try {
    compiled = emitModule(ctx, defs, line, { attributes: persistedAttributes(ctx, attributes), structFields, structInfo, moduledoc, moduledocLine, docs, moduledocHidden, entries: docCol.entries() });
  } finally {
    compiling.delete(name);
  }
  ctx.reportUnmatchablePattern(line);
  // (its parse transforms are warned of before the typespecs are translated)
  const transforms = parseTransformOptions(ctx.attrs.get("compile"), (a) => expandAlias(a, ctx));
  parseTransformsSet.set(name, transforms.map((t) => parseTransformWarning(inspect(t))));
  // once the module's code is compiled (Elixir 1.14 checks its typespecs last): every type a
  // typespec names is defined...
  if (!ctx.host.lenient) {
    const { error: undef, discouraged } = checkTypespecs({ ...checkedSpecs, module: name, protocol: kind === "protocol", file: ctx.file, expandAlias: (a) => (isCall(a, "__MODULE__") ? name : expandAlias(a, ctx)) });
    discouragedTypesMet.set(name, discouraged);
    if (undef) {
      const e = new CompileError("CompileError", ctx.file, undef.line, 0, undef.message);
      e.trace = undef.frames;
      e.afterModule = true;
      e.typespecStage = "typespecs";
      throw e;
    }
  }
  // ...and a spec names a
  // function or macro the module defines, the first one written that does not is refused
  if (!ctx.host.lenient) specs.forEach(([f, n], i) => {
    if (!defs.some((d) => (d.name === f && d.args.length === n) || (d.name === "MACRO-" + f && d.args.length === n + 1))) {
      const e = new CompileError("CompileError", ctx.file, specLines[i], 0, `spec for undefined function ${f}/${n}`);
      e.trace = [["lists", "foldl", 3, "lists.erl", 1350, "stdlib 4.2"]];
      e.afterModule = true;
      e.typespecStage = "specs";
      throw e;
    }
  });
  // then the Erlang compiler loads each parse transform (it runs none here: the code is not
  // Erlang's abstract format), refusing a module without parse_transform/2
  const badTransform = undefinedParseTransform(transforms, (m) => ctx.host.moduleExports(m));
  if (badTransform !== null) {
    const e = new CompileError("CompileError", "", line, null, badTransform);
    e.noLine = e.zeroLine = true;
    e.trace = MODULE_LOAD_FRAMES;
    e.afterModule = true;
    e.typespecStage = "transforms";
    throw e;
  }
  if (specs.length > 0) compiled.docs.specs = specs;
  if (typeDecls.length > 0 || callbackDecls.length > 0) {
    const env = typespecEnv(ctx, structFields);
    const texts = <K extends string>(decls: { kind: K; val: Ast; doc: string | false | null }[], text: (k: K, v: Ast) => [string, number, string] | null): TypespecDoc[] =>
      decls.flatMap(({ kind, val, doc }) => {
        const t = text(kind, val);
        return t ? [[kind, t[0], t[1], t[2], doc] as TypespecDoc] : [];
      });
    compiled.docs.types = texts(typeDecls, (k, v) => typeText(k, v, env));
    compiled.docs.callbacks = texts(callbackDecls, (k, v) => callbackText(k, v, env));
    for (const [n, a] of callbacks.lists()[1]) {
      compiled.docs.callbacks.push(n.startsWith("MACRO-") ? ["optional", n.slice(6), a - 1, "", null] : ["optional", n, a, "", null]);
    }
  }
  if (bodyValue !== undefined) compiled.bodyValue = bodyValue;
  compiled.defLine = line;
  if (onLoad !== undefined) compiled.onLoad = onLoad;
  if (host.otpWarningsOnDefine) compiled.otpWarnings = ctx.takeOtpWarnings();
  else ctx.flushOtpWarnings();
  // (a persisted attribute is used: the module keeps it)
  attributesUsed.set(name, new Set([...ctx.attrReads, ...ctx.accumulate, ...ctx.persisted]));
  attributesKept.set(name, new Set([...ctx.accumulate, ...ctx.persisted]));
  unrequiredMacroCalls.set(name, ctx.unrequiredMacros);
  for (const [key, local] of ctx.locals) if (local.exported) ctx.noteRoot(key);
  // (a private @on_load function is called by the code server: not unused)
  if (onLoad !== undefined) ctx.noteRoot(`${onLoad}/0`);
  localCallsMade.set(name, ctx.localCallGraph);
  importDispatched.delete(name);
  definitionsMade.set(name, made);
  {
    const seenDefs = new Set<string>();
    const defined: { kind: string; name: string; arity: number }[] = [];
    for (const d of defs) {
      const macro = d.name.startsWith("MACRO-");
      const entry = { kind: macro ? (d.kind === "defp" ? "defmacrop" : "defmacro") : d.kind, name: macro ? d.name.slice(6) : d.name, arity: macro ? d.args.length - 1 : d.args.length };
      const key = `${entry.name}/${entry.arity}`;
      if (initInjected && key === "init/1") continue;
      if (!seenDefs.has(key)) { seenDefs.add(key); defined.push(entry); }
    }
    behavioursDeclared.set(name, { behaviours: attributes.filter(([k]) => k === "behaviour").map(([, v]) => (v as Atom).name), defined });
  }
  attributesSetByMacros.set(name, new Set([...setByMacros, ...ctx.attrsPut]));
  if (macroExports.size > 0 || afterCompile.length > 0) host.loadNow?.(compiled);
  // @after_compile Mod / {Mod, :fun}: Mod.__after_compile__(env, bytecode) once the module is loaded
  // (the module is still open for them: Module.get_attribute/2, definitions_in/1 answer)
  if (afterCompile.length > 0) {
    compiling.set(name, ctx);
    try {
      afterCompile.forEach((target, i) => runAfterCompile(ctx, body, target, compiled, line, (x) => visit(x, false), i));
    } finally {
      compiling.delete(name);
    }
  }
  return [...nested, compiled];
}

let tempModules = 0;

function runAfterCompile(ctx: ModCtx, body: ModuleBody, target: Ast, compiled: CompiledModule, line: number, define: (a: Ast) => void, index: number): void {
  if (!ctx.host.callSync) return;
  const modAst = target.t === "tuple" && target.items.length === 2 ? target.items[0] : target;
  const fn = target.t === "tuple" && target.items.length === 2 && target.items[1].t === "atom" ? target.items[1].v : "__after_compile__";
  const modName = isCall(modAst, "__MODULE__") ? ctx.name : expandAlias(modAst, ctx);
  if (modName === null) return ctx.error("invalid @after_compile", line);
  const code = expandWith(ctx, modName, fn, line, [envTerm(ctx, { fn: null, line }), new Bin(writeModule(compiled))], index);
  // (a macro's code runs in the body; a def in it is recorded, not compiled: the module is)
  if (code !== null) body.run(code, line, define);
}

/** `a when b when c`'s guards, one per `when` */
function whenGuards(g: Ast): Ast[] {
  return isCall(g, "when") && g.args?.length === 2 ? [...whenGuards(g.args[0]), ...whenGuards(g.args[1])] : [g];
}

/** does the clause call super (outside quotes)? */
function callsSuper(d: DefClause): boolean {
  const walk = (a: Ast): boolean => {
    switch (a.t) {
      case "list": case "tuple": return a.items.some(walk);
      case "call":
        if (a.name === "quote") return false;
        if (a.name === "super") return true;
        return (typeof a.name !== "string" && walk(a.name)) || (a.args ?? []).some(walk);
      default: return false;
    }
  };
  return walk(d.body) || (d.guard !== null && walk(d.guard));
}

/** `val` with its reads of set attributes (`@other`, outside quotes) replaced by their values */
/** what the typespec texts need of the module: its aliases and the structs they name (its own, or
 *  one loaded now: Elixir reads `%Mod{}`'s fields at compile time), fields as the struct's map lists them */
function typespecEnv(ctx: ModCtx, ownFields: string[] | null): TypespecEnv {
  return {
    module: ctx.name,
    expandAlias: (a) => expandAlias(a, ctx),
    structFields: (module) => {
      if (module === ctx.name) return ownFields ? [...ownFields].sort() : null;
      const r = ctx.host.callSync?.(module, "__struct__", []);
      if (!(r instanceof Tuple) || r.items[0] !== atom("ok") || !isMap(r.items[1])) return null;
      return [...r.items[1].entries()].map(([k]) => (k instanceof Atom ? k.name : "")).filter((k) => k !== "__struct__" && k !== "").sort();
    },
  };
}

/** a list in a module body, as a macro's expansion to several definitions (a list with a tail,
 *  `[a | b]`, is code) */
function isDefinitionList(it: Ast): it is Ast & { t: "list" } {
  return it.t === "list" && !isCall(it.items[it.items.length - 1], "|");
}

/** those whose reads give the values set (the others keep theirs in Elixir's own forms) */
const READ_AS_ACCUMULATED = new Set(["behaviour", "compile", "derive", "dialyzer"]);

/** attributes the module compiler reads as written (documentation, typespecs, directives) */
const TYPESPEC_KINDS = new Set(["type", "typep", "opaque", "spec", "callback", "macrocallback"]);
const UNEVALUATED_ATTRIBUTES = new Set(["doc", "moduledoc", "typedoc", "impl", "spec", "type", "typep", "opaque", "callback", "macrocallback",
  "derive", "behaviour", "compile", "dialyzer", "deprecated", "since", "file", "on_load", "optional_callbacks", "vsn",
  "beamlet_frame_line", "beamlet_def_line", "beamlet_inlined", "beamlet_shown_as"]);

function attrReadsResolved(val: Ast, ctx: ModCtx): Ast {
  switch (val.t) {
    case "list": return { t: "list", items: val.items.map((x) => attrReadsResolved(x, ctx)) };
    case "tuple": return { ...val, items: val.items.map((x) => attrReadsResolved(x, ctx)) };
    case "call": break;
    default: return val;
  }
  if (val.name === "quote") return val;
  if (val.name === "@" && val.args?.length === 1 && isCall(val.args[0]) && typeof val.args[0].name === "string" && !val.args[0].args?.length) {
    const an = plainName(val.args[0].name);
    const current = ctx.attrs.get(an);
    if (current !== undefined) ctx.attrReads.add(an);
    return current ?? val;
  }
  const name = typeof val.name === "string" ? val.name : attrReadsResolved(val.name, ctx);
  return { ...val, name, args: val.args === null ? null : val.args.map((x) => attrReadsResolved(x, ctx)) };
}

/**
 * `ast` with all its nodes at `line`. The library stands in for Elixir's and OTP's own code; with
 * `@file` naming the original's file and `@beamlet_frame_line N` before a clause (or
 * `__at_line__(N, expr)` around an expression) naming the line of the original's call, its frames
 * read as the original's. Only line metadata changes: a call
 * in tail position still leaves its frame.
 */
function atLine(ast: Ast, line: number): Ast {
  switch (ast.t) {
    case "call":
      return { ...ast, meta: { ...ast.meta, line }, name: typeof ast.name === "string" ? ast.name : atLine(ast.name, line), args: ast.args && ast.args.map((a) => atLine(a, line)) };
    case "list":
      return { ...ast, items: ast.items.map((a) => atLine(a, line)) };
    case "tuple":
      return { ...ast, items: ast.items.map((a) => atLine(a, line)), ...(ast.meta ? { meta: { ...ast.meta, line } } : {}) };
    default:
      return ast;
  }
}

/**
 * The library's `__catch__(expr)`: Erlang's `catch Expr`, written in place (no function of its own,
 * so the frames under it are the caller's, as in OTP): a thrown value is the answer, a raise is
 * {:EXIT, {reason, stacktrace}}, an exit {:EXIT, reason}.
 */
function erlangCatch(expr: Ast, meta: AstCall["meta"]): Ast {
  const caught = (kind: string, pattern: Ast, value: Ast) => ({ t: "call" as const, name: "->", meta, args: [listA([atomA(kind), pattern]), value] });
  const r = { t: "call" as const, name: "caught", meta, args: null };
  const clauses = [
    caught("throw", r, r),
    caught("error", r, tupleA([atomA("EXIT"), tupleA([r, { t: "call", name: "__STACKTRACE__", meta, args: null }])])),
    caught("exit", r, tupleA([atomA("EXIT"), r])),
  ];
  return { t: "call", name: "try", meta, args: [listA([tupleA([atomA("do"), expr]), tupleA([atomA("catch"), listA(clauses)])])] };
}

/** the library's `__at_line__(N, expr)` in `ast`: `expr` with its nodes at line N (see atLine);
 *  and its `__catch__(expr)` (erlangCatch) */
function linesPlaced(ast: Ast): Ast {
  switch (ast.t) {
    case "call": {
      const a = ast.args;
      if (ast.name === "__catch__" && a && a.length === 1) return erlangCatch(linesPlaced(a[0]), ast.meta);
      // (an __at_line__ inside another keeps its own line: a fn's head at one line, a call in it at another)
      // (around a receive: its wait is at line N, as an Erlang receive's, e.g. timer:sleep/1's)
      if (ast.name === "__at_line__" && a && a.length === 2 && a[0].t === "int" && isCall(a[1], "receive")) return linesPlaced({ ...a[1], meta: { ...a[1].meta, line: Number(a[0].v), waitLine: Number(a[0].v) } } as Ast);
      if (ast.name === "__at_line__" && a && a.length === 2 && a[0].t === "int") return linesPlaced(atLine(a[1], Number(a[0].v)));
      const name = typeof ast.name === "string" ? ast.name : linesPlaced(ast.name);
      const args = a && a.map(linesPlaced);
      // `case __at_line__(N, subject) do`: the case is at line N too (its CaseClauseError's line)
      const s = ast.name === "case" && a && a.length === 2 ? a[0] : null;
      if (s && s.t === "call" && s.name === "__at_line__" && s.args?.length === 2 && s.args[0].t === "int") return { ...ast, meta: { ...ast.meta, line: Number(s.args[0].v) }, args };
      return name === ast.name && (a === null || args!.every((x, i) => x === a[i])) ? ast : { ...ast, name, args };
    }
    case "list": {
      const items = ast.items.map(linesPlaced);
      return items.every((x, i) => x === ast.items[i]) ? ast : { ...ast, items };
    }
    case "tuple": {
      const items = ast.items.map(linesPlaced);
      return items.every((x, i) => x === ast.items[i]) ? ast : { ...ast, items };
    }
    default:
      return ast;
  }
}

/** defstruct's __struct__/1: Elixir's makes a fun (its Enum.reduce over the fields), beamlet's a BIF call */
function madeByDefstruct(clauses: DefClause[]): boolean {
  const body = clauses.length === 1 && clauses[0].name === "__struct__" && clauses[0].args.length === 1 ? clauses[0].body : undefined;
  return body !== undefined && isCall(body) && isCall(body.name as Ast, ".") && isAtomLit((body.name as AstCall).args?.[0], "beamlet");
}

/** the module's functions from its def clauses: a user's def replaces an overridable one */
interface DocOf { kind: "function" | "macro"; name: string; args: Ast[]; meta?: [string, Term][] }

function emitModule(ctx: ModCtx, defs: DefClause[], moduleLine: number, info: { attributes: [string, Term][]; structFields: string[] | null; structInfo?: [string, boolean][]; moduledoc: string | null; moduledocLine?: number; docs: [string, string, number?][]; moduledocHidden?: boolean; entries?: DocEntry[] }): CompiledModule {
  // group clauses by name/arity; the highest layer of a function is the function itself. A layer
  // whose overrider calls super stays, as the private "name (overridable N)" (N counts the
  // overrides, from 1); `super` in layer L calls layer L - 1. Other overridden layers are dropped.
  const groups = new Map<string, DefClause[]>();
  ctx.overridables = [...new Set(defs.filter((d) => d.overridable).map((d) => d.name + "/" + d.args.length))];
  const top = new Map<string, number>();
  for (const d of defs) {
    const key = d.name + "/" + d.args.length;
    top.set(key, Math.max(top.get(key) ?? 0, d.layer ?? 0));
  }
  const hiddenName = (name: string, layer: number) => `${name} (overridable ${layer + 1})`;
  // the layers `super` reaches, from each function's top layer down
  const kept = new Set<string>();
  for (const [key, t] of top) {
    for (let layer = t; layer > 0; layer--) {
      if (!defs.some((d) => d.name + "/" + d.args.length === key && (d.layer ?? 0) === layer && callsSuper(d))) break;
      kept.add(key + "#" + (layer - 1));
    }
  }
  for (const d of defs) {
    const base = d.name + "/" + d.args.length;
    const layer = d.layer ?? 0;
    let key = base;
    if (layer < top.get(base)!) {
      if (!kept.has(base + "#" + layer)) continue;
      d.name = hiddenName(d.name, layer);
      d.kind = "defp";
      key = d.name + "/" + d.args.length;
    }
    if (layer > 0 && kept.has(base + "#" + (layer - 1))) ctx.superFunctions.set(key, hiddenName(base.slice(0, base.lastIndexOf("/")), layer - 1));
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(d);
  }
  for (const [key, clauses] of groups) {
    const first = clauses[0];
    if (clauses.some((c) => c.kind !== first.kind)) return ctx.error(`defp ${key} is already defined as def`, first.meta.line);
    const index = reserveFunction(ctx, first.name, first.args.length, first.kind === "def", false, first.meta.line ?? 0);
    ctx.locals.set(key, { index, name: first.name, arity: first.args.length, exported: first.kind === "def" });
  }
  // (the library's frames are placed by hand to match Elixir's: its calls stay as written)
  if (!ctx.host.lenient) {
    ctx.neverReturns = neverReturningFunctions(groups);
    ctx.localClauses = groups;
  }
  ctx.funNumbering = new FunNumbering(
    [...groups.values()].map((clauses) => ({ name: clauses[0].name, arity: clauses[0].args.length, bodies: clauses.map((c) => c.body), virtual: madeByDefstruct(clauses) ? 1 : 0 })),
    (key) => captureKind(ctx, key),
    (body) => shorthandCapture(ctx, body),
  );
  for (const [key, clauses] of groups) {
    const index = ctx.locals.get(key)!.index;
    ctx.attrs = clauses[0].attrs;
    ctx.currentDef = { name: clauses[0].name, arity: clauses[0].args.length };
    // an @file names the file of the function's frames and of the fns written in it
    const file = clauses.find((c) => c.file !== undefined)?.file;
    // (the library's @file only places its frames)
    ctx.currentDefFile = ctx.host.lenient ? undefined : file;
    const lambdasFrom = ctx.em.functions.length;
    emitWithFns(ctx, () => emitFunction(ctx, index, clauses, clauses[0].args.length));
    if (file !== undefined) {
      ctx.em.functions[index].file = file;
      for (let i = lambdasFrom; i < ctx.em.functions.length; i++) ctx.em.functions[i].file = file;
    }
    // (its fns too: they are named after the function it is inlined into)
    const shownAs = clauses.find((c) => c.shownAs)?.shownAs;
    if (shownAs) ctx.em.functions[index].shownAs = shownAs;
    if (clauses.some((c) => c.generated)) ctx.em.functions[index].generated = true;
    // a def written on the defmodule's own line: OTP 25 raises its function_clause from a function
    // of its own, `-inlined-f/1-`, with no location (Elixir gives such a def no line of its own)
    else if (!ctx.host.lenient && clauses[0].meta.line === moduleLine && !clauses[0].name.startsWith("MACRO-") && keepsOwnClauseFailure(clauses)) ctx.em.functions[index].inlinedAs = `-inlined-${clauses[0].name}/${clauses[0].args.length}-`;
    // (Elixir's defstruct writes __struct__/1 with no location: its frames name no file or line)
    if (madeByDefstruct(clauses)) ctx.em.functions[index].file = "";
    if (clauses.some((c) => c.inlined)) {
      ctx.em.functions[index].inlined = true;
      for (let i = lambdasFrom; i < ctx.em.functions.length; i++) ctx.em.functions[i].inlined = true;
    }
  }
  ctx.currentDef = null;
  ctx.currentClauseLine = undefined;
  ctx.currentDefFile = undefined;
  ctx.funNumbering = null;
  ctx.reportUndefinedLocals();
  ctx.reportImportConflicts((key) => groups.get(key)?.[0].meta.line ?? 0);
  const em = ctx.em;
  if (ctx.evalContexts === null) shareZeroLiterals(em, ctx.lambdaParent);
  const code = Int32Array.from(em.code);
  return {
    name: ctx.name, file: ctx.file, code, literals: em.literals, funUniq: compiledFunUniq(ctx.name, code, em.literals), functions: em.functions, imports: em.imports,
    lines: em.lines, attributes: info.attributes, structFields: info.structFields, ...(info.structInfo ? { structInfo: info.structInfo } : {}), docs: { moduledoc: info.moduledoc, moduledocLine: info.moduledocLine, functions: info.docs, ...(info.moduledocHidden ? { moduledocHidden: true } : {}), ...(info.entries ? { entries: info.entries } : {}) },
    // the library's own modules carry none: it would only lengthen every start-up
    ...(ctx.host.lenient ? {} : { debug: debugClauses(ctx, groups) }),
  };
}

