// Compilation state: the module being compiled, the function being emitted, variable scopes.
import type { FunNumbering } from "./fun_numbering.ts";
import type { Ast, AstCall, Meta } from "../lang/ast.ts";
import { CompileError, MODULE_LOAD_FRAMES } from "../lang/compile_error.ts";
import { Emitter } from "./emitter.ts";
import type { GuardMacro } from "./defguard.ts";
import { isCall, keywordPairs, aliasParts } from "./ast_util.ts";
import { expandAlias } from "./aliases.ts";
import { bifsOfModule } from "../vm/bifs/registry.ts";
import { recordImport, copyImports, inspectModuleName, kernelDefaults, kernelDefault } from "./import_table.ts";
import { isScriptModule } from "./script_module.ts";
import { formatWarning, type Warning } from "./warnings/warning.ts";
import { holdWarning } from "./placed_warnings.ts";
import { importDispatched } from "./compiling.ts";
import { elixirExports } from "./warnings/elixir_exports.ts";
import { atom, type Term, type Tuple } from "../vm/terms.ts";
import { writeAtom } from "../vm/io_write.ts";
import { inspect } from "../vm/inspect.ts";
import { astToTerm } from "./quoted.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";
import { macroResultFrames } from "./macro_result_trace.ts";
import type { CompiledModule } from "../vm/module.ts";

/** where a held OTP warning sorts among the Erlang compiler's others of its line (Warning.order):
 *  sys_core_fold's {failed, bad_map_update} before its {failed, {eval_failure, ...}} (an atom
 *  sorts before a tuple), v3_kernel's bad segment size after all of sys_core_fold's */
/** the key of a warning v3_core gives (it translates the code before the other passes run) */
export const V3_CORE_KEY = "\0v3_core";

function otpOrder(key: string): string {
  if (key === "\0make_bin") return "v3_kernel\0failed";
  if (key === "\0map_update") return "sys_core_fold\0failed\0" + "0";
  return key === "" ? "" : "sys_core_fold\0failed\0" + "1" + key;
}

/** What the compiler may ask of the world (the node supplies it): never touches files itself. */
export interface CompilerHost {
  /** exports of an already known module ("name/arity" list), for `import` and Kernel checks */
  moduleExports(module: string): string[] | undefined;
  /** the warning for calling a loaded module's own @deprecated function, if it is one */
  moduleDeprecation?(module: string, fun: string, arity: number): string | undefined;
  /** the template AST injected by `use Name` (lib/use/Name.ex), or undefined */
  useTemplate(name: string): Ast | undefined;
  /** compiling the library: unknown unqualified calls go to Kernel without a compile-time check */
  lenient?: boolean;
  /** compiling the library: the line of the first clause of Elixir's own module.name/arity, where
   *  its FunctionClauseError frame points (compiler/library_def_lines.ts) */
  libraryDefLine?(module: string, name: string, arity: number): number | undefined;
  /** compiling the library: the lines of the calls Elixir's own module.name/arity makes, by
   *  "callee/arity" in order, where its frames point (compiler/library_call_lines.ts) */
  libraryCallLines?(module: string, name: string, arity: number): ReadonlyMap<string, readonly number[]> | undefined;
  /** compiling the library: the file of Elixir's source defining a module, named by its frames */
  libraryModuleFile?(module: string): string | undefined;
  /** compiling the library: the fun-table place and uniq Elixir's module gives its fun `name` of
   *  `arity` values, and where funs Elixir's has not go (compiler/library_funs.ts) */
  libraryFunIndex?(module: string, name: string, arity: number): number | undefined;
  libraryFunsEnd?(module: string): number | undefined;
  libraryFunUniq?(module: string): number | undefined;
  /** Path.relative_to_cwd of a file: a module body's funs inspect as `#Function<0.N in file:REL>` */
  relativePath?: (file: string) => string;
  /** each module's code is compiled when its defmodule runs (a script, as `elixir FILE.exs`), so a
   *  struct whose module is not loaded by then is an error, as in Elixir (a project's files may
   *  come in any order: there it is left to run time) */
  strictStructs?: boolean;
  /** the pid of the file's lexical tracker, __ENV__.lexical_tracker outside functions and each
   *  macro's __CALLER__'s (`elixir FILE.exs`: #PID<0.97.0>); nil where unset */
  lexicalTracker?: Term;
  /** a module's OTP compiler warnings go with the module (CompiledModule.otpWarnings), printed
   *  once it is defined, after its Elixir warnings (a script's modules warn as each one is defined) */
  otpWarningsOnDefine?: boolean;
  /** the expansion warnings of a module's definitions wait for its other warnings, to be printed
   *  among them where Elixir's expansion meets each (compiler/placed_warnings.ts) */
  placeDefinitionWarnings?: boolean;
  /** modules whose source is being compiled again (a project's changed files): the version loaded
   *  now is the old one, so nothing is checked against it at compile time (its struct's keys) */
  beingRecompiled?: ReadonlySet<string>;
  /** a project's compilation: the module names its files define with defmodule (as written, a
   *  nested one without its outer names); a struct of a module that is neither loaded nor one of
   *  them cannot come from any file, an error as Kernel.ParallelCompiler's. Unset when a file
   *  defines a module under a computed name */
  projectModules?: ReadonlySet<string>;
  /** the macros a loaded module defines ("name/arity", the caller's env not counted) */
  moduleMacros?(module: string): string[] | undefined;
  /** run module.fun(args) now, on the node (a macro): {:ok, value} | {:error, kind, reason, stacktrace} */
  callSync?(module: string, fun: string, args: Term[]): Term;
  /** load a compiled module now, at compile time (code compiled after it uses its macros) */
  loadNow?(compiled: CompiledModule): void;
  /** the absolute path of a source file (__ENV__.file, __DIR__) */
  absPath?(file: string): string;
  /** Exception.format_banner(kind, reason, stacktrace), for a macro that raised */
  formatBanner?(kind: Term, reason: Term, stacktrace: Term): string;
  /** print a compile-time warning (already formatted as Elixir prints it) on stderr */
  warn?(text: string): void;
  /** run one attempt of a compilation (it may have to start again when it waited for the host:
   *  the host then drops the warnings it printed, which the next attempt prints again) */
  compileAttempt?<T>(f: () => T): T;
  /** compile a module written in the body of :elixir_compiler_N (at file:line): its body's stack
   *  traces show that body's frame below Elixir's frames defining it */
  definingInBody?<T>(index: number, file: string, line: number, compile: () => T): T;
  /** the N of the compiler module (:elixir_compiler_N) the body of a module a function defines
   *  now runs as: the next one after those the files and module bodies running hold */
  nextCompilerModule?(): number;
}

export class Scope {
  private vars = new Map<string, number>();
  /** the directives made in this scope (alias/import/require): from here to its end they replace
   *  the enclosing scope's. Never changed in place (ModCtx.updateDirectives puts a new object here), so a
   *  reference to one is a snapshot. */
  dirs: Directives | undefined = undefined;
  constructor(readonly parent: Scope | null) {}
  /** the directives in force in this scope (the nearest scope's own), undefined: the module's */
  directives(): Directives | undefined {
    for (let s: Scope | null = this; s; s = s.parent) if (s.dirs !== undefined) return s.dirs;
    return undefined;
  }
  lookup(name: string): number | undefined {
    for (let s: Scope | null = this; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  /** grows with every binding anywhere: what was found about names before is stale after */
  static epoch = 0;
  bind(name: string, slot: number): void {
    Scope.epoch++;
    this.vars.set(name, slot);
  }
  child(): Scope {
    return new Scope(this);
  }
  /** names visible from here (for capture analysis) */
  allNames(): Map<string, number> {
    const out = new Map<string, number>();
    const chain: Scope[] = [];
    for (let s: Scope | null = this; s; s = s.parent) chain.unshift(s);
    for (const s of chain) for (const [k, v] of s.vars) out.set(k, v);
    return out;
  }
  /** copy the bindings made in `inner` (a child) into this scope: `=` inside a block leaks */
  adopt(inner: Scope): void {
    Scope.epoch++;
    for (const [k, v] of inner.vars) this.vars.set(k, v);
  }
}

export interface LocalFn {
  index: number;
  name: string;
  arity: number;
  exported: boolean;
}

/**
 * The directives in force at the end of an expression typed at iex's prompt: the next
 * expression starts from them, as iex carries its evaluation environment from line to line.
 */
export interface PromptEnv {
  aliases: Map<string, string>;
  /** the aliases a macro's expansion defined: short name -> [the expansion's counter, module]
   *  (its own quoted aliases, `alias: false`, see them: compiler/aliases.ts) */
  macroAliases: Map<string, [number, string]>;
  imports: Map<string, string>;
  /** the older modules importing a name too, and whether `import Kernel` was explicit (import_table.ts) */
  importedAlso: Map<string, string[]>;
  kernelImported: boolean;
  importedMacros: Map<string, string>;
  required: Set<string>;
  /** the modules defined so far in this lexical context, the newest first (Macro.Env's
   *  context_modules: a module's body sees itself and those defined before it where it is written) */
  contextModules: readonly string[];
}

/** the alias/import/require directives in force at a point of the code (a PromptEnv's fields) */
export type Directives = PromptEnv;

export function emptyPromptEnv(): PromptEnv {
  // (Elixir 1.14 requires Application in every environment: its compile_env macros need no `require`)
  return { aliases: new Map(), macroAliases: new Map(), imports: new Map(), importedAlso: new Map(), kernelImported: false, importedMacros: new Map(), required: new Set(["Elixir.Kernel", "Elixir.Application"]), contextModules: [] };
}

/** a copy of `d` to change (the directives in force are never changed in place) */
export function cloneDirectives(d: Directives): Directives {
  const out = emptyPromptEnv();
  copyDirectives(d, out);
  return out;
}

/** copy the directives of `from` (a PromptEnv or a ModCtx) into `to` */
export function copyDirectives(from: PromptEnv, to: PromptEnv): void {
  for (const [k, v] of from.aliases) to.aliases.set(k, v);
  for (const [k, v] of from.macroAliases) to.macroAliases.set(k, v);
  copyImports(from, to);
  for (const [k, v] of from.importedMacros) to.importedMacros.set(k, v);
  for (const r of from.required) to.required.add(r);
  to.contextModules = from.contextModules;
}

/** a macro call being expanded, then those around it */
export interface MacroFrames {
  /** root: what a macro of the program gave (compiled in its place); fn: the function it is
   *  expanded in (__ENV__.function) */
  frame: { module: string; name: string; arity: number; line: number; meta: object; root?: Ast; fn?: [string, number] | null };
  outer: MacroFrames | null;
}

export class ModCtx {
  readonly em = new Emitter();
  /** each fn's function index -> the index of the function it is written in (compiler/literal_sharing.ts) */
  readonly lambdaParent = new Map<number, number>();
  /**
   * Directives are lexical, as in Elixir: one made in a function body, a clause, an `if` block or
   * a fn holds from there to the end of that scope (Scope.dirs); one in the module body holds
   * from there on (moduleDirs, which each def keeps as it was at the def). activeScope is the
   * scope of the code being compiled (null: the module body), set by ExprCompiler.step.
   */
  moduleDirs: Directives = emptyPromptEnv();
  activeScope: Scope | null = null;
  /** the directives in force where the compiler is */
  get dirs(): Directives {
    return this.activeScope?.directives() ?? this.moduleDirs;
  }
  get aliases(): Map<string, string> {
    return this.dirs.aliases;
  }
  get macroAliases(): Map<string, [number, string]> {
    return this.dirs.macroAliases;
  }
  /** "name/arity" -> module, from `import` (the newest where several import it) */
  get imports(): Map<string, string> {
    return this.dirs.imports;
  }
  /** "name/arity" -> the older modules importing it too (compiler/import_table.ts) */
  get importedAlso(): Map<string, string[]> {
    return this.dirs.importedAlso;
  }
  /** an explicit `import Kernel` replaced Kernel's default imports */
  get kernelImported(): boolean {
    return this.dirs.kernelImported;
  }
  /** "name/arity" -> module, for macros brought in by `import` */
  get importedMacros(): Map<string, string> {
    return this.dirs.importedMacros;
  }
  /** modules named by `require` (and `import`, `use`) */
  get required(): Set<string> {
    return this.dirs.required;
  }
  /** the modules defined so far where the compiler is, the newest first */
  get contextModules(): readonly string[] {
    return this.dirs.contextModules;
  }
  /** a module defined here: the code after it (and its own body) has it in context_modules */
  addContextModule(name: string): void {
    this.updateDirectives((d) => (d.contextModules = [name, ...d.contextModules.filter((m) => m !== name)]));
  }
  /** change the directives in force here, from here to the end of the current scope */
  updateDirectives(change: (d: Directives) => void): void {
    const d = cloneDirectives(this.dirs);
    change(d);
    const scope = this.activeScope;
    // a root scope with no directives of its own (a script's top level, module-body code) is the
    // module's: what it makes holds in the rest of the file (a script's defmodules, the next prompt)
    if (scope !== null && (scope.parent !== null || scope.dirs !== undefined)) scope.dirs = d;
    else this.moduleDirs = d;
  }
  /** "name/arity" of the macros this module has defined so far (callable in the rest of its body) */
  localMacros = new Set<string>();
  /** the functions and macros the body has defined so far, in order (Module.defines?/2,3,
   *  Module.definitions_in/1,2), and those made overridable (Module.overridable?/2) */
  definedSoFar: () => { name: string; arity: number; kind: "def" | "defp" | "defmacro" | "defmacrop"; overridable: boolean }[] = () => [];
  /** Module.make_overridable/2: the clauses of these functions or macros defined so far become
   *  overridable (a later def replaces them; super calls them); set by modules.ts */
  makeOverridable: (pairs: [string, number][]) => void = () => {};
  /** Module.get_definition/3: {:v1, kind, meta, clauses} of name/arity defined so far, or null */
  getDefinition: (name: string, arity: number, skipClauses: boolean) => Term | null = () => null;
  /** Module.delete_definition/2: forget name/arity's clauses; false when none was defined */
  deleteDefinition: (name: string, arity: number) => boolean = () => false;
  /** compiles and loads this module's macros so far (under a temporary name); set by modules.ts */
  macroModule: (() => string) | null = null;
  /** attributes registered with accumulate: true (each @name adds to the front of a list) */
  accumulate = new Set<string>();
  /** attributes registered with persist: true, in the order registered (module_info(:attributes)) */
  persisted: string[] = [];
  /** the undefined local calls found while compiling the module's functions: Elixir reports them
   *  once the whole module is expanded (see reportUndefinedLocals) */
  undefinedLocals: UndefinedLocal[] = [];
  /** while compiling a def: the local macros defined before it (null: all) */
  visibleMacros: Set<string> | null = null;
  /** the N of the :elixir_compiler_N a module body defined here runs as in Elixir (which takes the
   *  first one not in use: a script's top level holds 0 unless it only defines modules, a module
   *  body defining another holds its own) */
  nextCompilerIndex = 0;
  /** a context thrown away, compiling a def where it is written for its macros to run
   *  (compiler/def_expansion.ts): its fns are compiled where they are written */
  expandingEarly = false;
  /** and each expansion is remembered for the module's compile */
  recordExpansions = false;
  /** hygiene counter of the macro expansions made in this module (Elixir counts per module) */
  macroCounter = 0;
  /** "name/arity" -> function index */
  locals = new Map<string, LocalFn>();
  /** "name/arity" of the local functions that never return: a call of one is a tail call, as
   *  OTP's compiler makes it (compiler/never_returns.ts) */
  neverReturns: ReadonlySet<string> = new Set();
  /** the module's functions' clauses by "name/arity", for the calls no clause can take
   *  (compiler/unmatched_local_calls.ts) */
  localClauses: ReadonlyMap<string, readonly { args: Ast[]; guard: Ast | null }[]> = new Map();
  /** "name/arity" of a def (its lambdas included) -> the locals its compiled code calls */
  localCallGraph = new Map<string, Set<string>>();
  /** a call to (or capture of) a local function from the def being compiled */
  noteLocalCall(callee: string): void {
    const caller = this.currentDef ? `${this.currentDef.name}/${this.currentDef.arity}` : "";
    let callees = this.localCallGraph.get(caller);
    if (!callees) this.localCallGraph.set(caller, (callees = new Set()));
    callees.add(callee);
  }
  /** an exported function: reached from outside */
  noteRoot(key: string): void {
    let roots = this.localCallGraph.get("");
    if (!roots) this.localCallGraph.set("", (roots = new Set()));
    roots.add(key);
  }
  /** the macro calls whose expansion is being compiled, innermost first: Elixir expands a macro's
   *  result inside the macro's dispatch, so an error there shows them under its own frames. A
   *  list whose tails are shared, as each fn keeps the one it was written in (a copy each made
   *  20,000 fns nested in thens hold 200 million frames) */
  expandingMacros: MacroFrames | null = null;
  /** the def being compiled (its lambdas too): `super` calls the clauses it overrode */
  currentDef: { name: string; arity: number } | null = null;
  /** the def line of the clause of currentDef being compiled (its fns' too) */
  currentClauseLine: number | undefined = undefined;
  /** the file the definition being compiled names (its @file, or the macro's file of a def
   *  quoted with location: :keep): its __ENV__.file, __DIR__ and __CALLER__.file */
  currentDefFile: string | undefined = undefined;
  /** the first function holding a binary pattern that Elixir expands but OTP's compiler refuses
   *  ("expecting pattern in f/1"), as OTP names it: reported once the module is compiled */
  unmatchablePatternIn: string | null = null;
  /** code of a module body: the :elixir_compiler_N whose '__MODULE__'/1 Elixir runs it as */
  bodyOf: string | null = null;
  noteUnmatchablePattern(): void {
    if (this.unmatchablePatternIn !== null) return;
    const d = this.currentDef;
    if (d) this.unmatchablePatternIn = `${writeAtom(atom(d.name))}/${d.arity}`;
    else if (this.bodyOf !== null) this.unmatchablePatternIn = "'__MODULE__'/1";
    else if (isScriptModule(this.name)) this.unmatchablePatternIn = "'__FILE__'/1";
  }
  /** OTP's compiler refusing such a pattern: Elixir prints its error with no file or line (`line`:
   *  the defmodule's, where the module's warnings printed before it are looked for) */
  reportUnmatchablePattern(line: number): void {
    if (this.unmatchablePatternIn === null) return;
    const e = new CompileError("CompileError", this.bodyOf ?? this.name, line, null, `expecting pattern in ${this.unmatchablePatternIn}`);
    e.noLine = true;
    // (a module's function: OTP refuses the module Elixir loads, line 0 in the exception)
    const inModule = this.bodyOf === null && !isScriptModule(this.name);
    e.zeroLine = inModule;
    e.trace = inModule ? MODULE_LOAD_FRAMES : [["lists", "foreach_1", 2, "lists.erl", 1442, "stdlib 4.2"]];
    e.afterModule = true;
    throw e;
  }
  /** "name/arity" of an overriding def that calls super -> the function holding the overridden
   *  clauses (Elixir names it "name (overridable 1)") */
  superFunctions = new Map<string, string>();
  /** "name/arity" of the module's overridable functions (named in the error for a bad super) */
  overridables: string[] = [];
  /** module attribute values as ASTs, inlined where read */
  attrs = new Map<string, Ast>();
  /** attributes read while compiling (also by macro-expanded code): never "set but never used" */
  attrReads = new Set<string>();
  /** calls of a remote macro without `require` (compiling.ts unrequiredMacroCalls) */
  unrequiredMacros: { module: string; fun: string; arity: number; line: number; where: string }[] = [];
  /** attributes set or registered by Module.put_attribute/register_attribute while compiling */
  attrsPut = new Set<string>();
  /** where @doc, @typedoc and @moduledoc were set: Module.get_attribute gives {line, doc} */
  docLines = new Map<string, number>();
  /** attributes registered and not set (Module.get_attribute/3 gives the default, has_attribute? true) */
  registeredUnset = new Set<string>();
  /** defguard/defguardp macros by "name/arity" (compiler/defguard.ts) */
  guards = new Map<string, GuardMacro>();
  /** functions still to emit (lifted lambdas) */
  pending: (() => void)[] = [];
  /** the keyed warnings of inExpansionOrder, while it runs */
  private warnOrder: { entries: { key: number[]; text: string }[]; prefix: number[]; seq: number } | undefined;
  lambdaCount = 0;
  /** compiling the library: funs placed so far after those of Elixir's module (compiler/library_funs.ts) */
  libraryFunsOutside = 0;
  /** by enclosing function ("f/1"): how many of its fns keep a function_clause error so far
   *  (the N of OTP's `-f/1-inlined-N-`) */
  readonly inlinedCounts = new Map<string, number>();
  /** the fns that keep a function_clause error, compiled since the last function was done: each
   *  takes the next N of its enclosing function, in the order they are written (OTP's kernel
   *  pass walks a fn's body before the code after it; beamlet compiles bodies later), and an
   *  inlined one is named by it (compiler/inlined_fns.ts numberMatchFails) */
  readonly matchFailNames: { fa: string; at: { line?: number; column?: number }; name: ((n: number) => void) | null }[] = [];
  /** a script's fns bound by a match (`f = fn -> ... end`) and the fns inside them: OTP's
   *  compiler drops them as values before it warns of their failing calls */
  readonly unwarnedFuns = new Set<string>();
  /** fns made inside the value of a match to a variable: their calls are folded, not warned of */
  readonly quietFuns = new Set<string>();
  /** the nodes of each try's after block's last expression: OTP's compiler warns of no failing
   *  call there (the after's value is dropped unseen) */
  readonly afterValueNodes = new WeakSet<Ast>();
  /** OTP's names and indexes of the funs of the functions being emitted (compiler/fun_numbering.ts) */
  funNumbering: FunNumbering | null = null;
  /**
   * code Elixir evaluates with erl_eval (-e, iex, Code.eval_string): [start, end, EvalContext]
   * triples, the code ranges erl_eval evaluates under a frame of its own (a block's expressions
   * but its last, a match's value, a case's subject: vm/erl_eval_frames.ts); null for compiled code
   */
  evalContexts: number[] | null = null;
  /** evaluated code given a Macro.Env (Code.eval_quoted(q, b, __ENV__)): its module and function */
  evalEnv: { module: string | null; fn: [string, number] | null; tracing?: { tracker: Term; tracers: Term } } | null = null;
  constructor(readonly name: string, readonly file: string, readonly host: CompilerHost) {}

  /** set by the module compiler: compile a nested defmodule met inside code */
  /** set while compiling module-body code run at compile time (compiler/module_body.ts): turns a
   *  def or @attr set that a macro expanded to into the call handing it to the module compiler */
  bodyDefinition: ((a: AstCall) => Ast) | null = null;
  /** while the module's body runs: Module.eval_quoted's code run in it (ModuleBody.evalQuoted) */
  evalInBody: ((code: Ast, line: number, binding: [string, Term][]) => Tuple) | null = null;
  defineNested: (a: Ast, ex: any, tail: boolean, scope: Scope) => void = () => this.error("defmodule is not allowed here");
  /** the modules whose bodies this one is defined in (still open: their structs may come later) */
  outerModules: string[] = [];
  /** the def being compiled was written before the module's defstruct (compiler/struct_expansion.ts) */
  structPending = false;
  /** the module's own defstruct (its keys and line): `%Mod{k: v}` in a def after it is checked
   *  against it, as Elixir expands it while the module is still open */
  ownStruct: { keys: Set<string>; line: number; fields?: [string, Ast][] } | null = null;
  /** the modules a script's top level defines, so far (their structs cannot be used in it) */
  readonly scriptDefined = new Set<string>();

  /** alias / import / require */
  /** `where`: the function code the directive is in, as warnings name it (none: the module body's
   *  or the script's own); `at`: the directive's node, for the expander's modelled trace under
   *  its errors (compiler/expander_frames.ts: its check is one frame, pruned, above it) */
  directive(kind: string, args: Ast[], line?: number, where?: () => string | undefined, at?: object, meta?: Meta): void {
    // (Elixir's alias expansion warns of an alias that names nil, true or false's module)
    const ref = args[0];
    if (kind === "alias" && ref && (isCall(ref, "__aliases__") || ref.t === "atom") && ["Elixir.Nil", "Elixir.True", "Elixir.False"].includes(expandAlias(ref, this) ?? "")) {
      const written = macroToString(astToTerm(ref));
      this.warn(`reserved alias "${written}" expands to the atom :"Elixir.${written}". Perhaps you meant to write "${written.toLowerCase()}" instead?`, line ?? 0, where ? where() : isScriptModule(this.name) ? undefined : this.name.replace(/^Elixir\./, ""));
    }
    try {
      this.updateDirectives((d) => this.directiveInto(d, kind, args, line, meta?.counter));
    } catch (e) {
      if (e instanceof CompileError) {
        e.duringExpansion = true;
        // (elixir_import's own frames, when the error shows them, are above that one)
        if (at && !e.at) { e.at = at; e.siteFrames ??= [...(Array.isArray(e.trace) ? e.trace : []), null]; }
      }
      throw e;
    }
  }

  /** the name an `as:` option gives: a simple alias (elixir_aliases refuses anything else) */
  private aliasAs(as: Ast, line?: number): string {
    const full = isCall(as, "__aliases__") || as.t === "atom" ? expandAlias(as, this) : null;
    const where = "none";
    // (raised two frames, both pruned, above the directive's expansion)
    const site = [null, null];
    if (full === null || !full.startsWith("Elixir.")) {
      this.error(`invalid value for option :as, expected an alias, got: ${macroToString(astToTerm(as))}`, line, where, undefined, site);
    }
    const short = full!.slice("Elixir.".length);
    if (short.includes(".")) this.error(`invalid value for option :as, expected a simple alias, got nested alias: ${short}`, line, where, undefined, site);
    return short;
  }

  /** import's options as elixir_import checks them, with the frames of its check under the error */
  private checkImportOptions(kw: [string, Ast][], line?: number): void {
    const frame = (fn: "import" | "calculate", l: number): [string, string, number, string, number] =>
      ["elixir_import", fn, fn === "import" ? 4 : 6, "src/elixir_import.erl", l];
    const only = kw.find(([k]) => k === "only")?.[1];
    const except = kw.find(([k]) => k === "except")?.[1];
    const byArity = (v: Ast) => v.t === "list" && v.items.every((x) => x.t === "tuple" && x.items.length === 2 && x.items[0].t === "atom" && x.items[1].t === "int");
    if (only !== undefined) {
      if (only.t === "atom" && ["functions", "macros", "sigils"].includes(only.v)) return;
      if (only.t !== "list") {
        this.error(`invalid :only option for import, expected value to be an atom :functions, :macros, or a list literal, got: ${inspect(astToTerm(only))}`, line, [frame("import", 26)]);
      }
      if (!byArity(only)) this.error("invalid :only option for import, expected a keyword list with integer values", line, [frame("calculate", 81), frame("import", 22)]);
      if (except !== undefined) this.error(":only and :except can only be given together to import when :only is :functions, :macros, or :sigils", line, [frame("calculate", 87), frame("import", 22)]);
    } else if (except !== undefined && except.t !== "list") {
      this.error(`invalid :except option for import, expected value to be a list literal, got: ${inspect(astToTerm(except))}`, line, [frame("calculate", 111), frame("import", 28)]);
    }
  }

  /** alias/require/import of something that is no compile-time atom or alias (raised by the
   *  directive's own clause: no frame above it; an item of alias Mod.{...}: its expansion's one) */
  private invalidDirectiveArgument(kind: string, target: Ast, line?: number, multi = false): never {
    const e = new CompileError("CompileError", this.file, line ?? 0, 0, `invalid argument for ${kind}, expected a compile time atom or alias, got: ${macroToString(astToTerm(target))}`);
    e.trace = "none";
    e.siteFrames = multi ? [null] : [];
    throw e;
  }

  /** the directive's options as elixir_expand checks them before anything else: a keyword list
   *  of the ones it takes (raised three frames above the directive's expansion, all pruned; four
   *  for alias Mod.{A, B}, whose options are checked as each alias is made) */
  private checkDirectiveOptions(kind: string, target: Ast | undefined, opts: Ast | undefined, line?: number): void {
    if (opts === undefined) return;
    const multi = isCall(target) && isCall(target.name as Ast, ".") && (target.name as AstCall).args?.[1]?.t === "atom" && ((target.name as AstCall).args![1] as { v: string }).v === "{}";
    const site = multi ? [null, null, null, null] : [null, null, null];
    if (opts.t !== "list") this.error(`invalid options for ${kind}, expected a keyword list, got: ${macroToString(astToTerm(opts))}`, line, "none", undefined, site);
    const allowed = kind === "import" ? ["only", "except", "warn"] : ["as", "warn"];
    for (const item of opts.items) {
      if (item.t === "tuple" && item.items.length === 2 && item.items[0].t === "atom" && !allowed.includes(item.items[0].v)) {
        this.error(`unsupported option :${item.items[0].v} given to ${kind}`, line, "none", undefined, site);
      }
    }
  }

  /** the directive's changes made to `d` (a copy of the directives in force) */
  private directiveInto(d: Directives, kind: string, args: Ast[], line?: number, counter?: number): void {
    // (an alias a macro's expansion defines is its own too, as elixir_aliases stores it)
    const setAlias = (short: string, full: string) => {
      if (short === full.replace(/^Elixir\./, "")) {
        d.aliases.delete(short);
        if (counter !== undefined) d.macroAliases.delete(short);
        return;
      }
      d.aliases.set(short, full);
      if (counter !== undefined) d.macroAliases.set(short, [counter, full]);
    };
    const [target, opts] = args;
    this.checkDirectiveOptions(kind, target, opts, line);
    if (kind === "require") {
      const mod = expandAlias(target, this);
      if (mod === null) this.invalidDirectiveArgument("require", target, line);
      // (Elixir's trace of a script's require is empty too: unlike import's, its check is made
      // where the expander's frames do not reach the file)
      if (!this.host.lenient && this.host.moduleExports(mod!) === undefined && bifsOfModule(mod!).length === 0) {
        this.error(notLoadedMessage(this, mod!), line, "none");
      }
      d.required.add(mod!);
      const as = keywordPairs(opts)?.find(([k]) => k === "as")?.[1];
      if (as) setAlias(this.aliasAs(as, line), mod!);
      return;
    }
    if (kind === "alias") {
      // alias Foo.{A, B}
      if (isCall(target) && isCall(target.name as Ast, ".") && (target.name as any).args?.[1]?.v === "{}") {
        const base = expandAlias((target.name as any).args[0], this);
        for (const sub of target.args ?? []) {
          const parts = aliasParts(sub);
          if (!parts || base === null) this.invalidDirectiveArgument("alias", base === null ? target : sub, line, true);
          const full = base + "." + parts!.join(".");
          setAlias(String(parts![parts!.length - 1]), full);
        }
        return;
      }
      const full = expandAlias(target, this);
      if (full === null) this.invalidDirectiveArgument("alias", target, line);
      const as = keywordPairs(opts)?.find(([k]) => k === "as")?.[1];
      // (an Erlang module's name gives no alias of itself)
      if (!as && !full!.startsWith("Elixir.")) this.error(`alias cannot be inferred automatically for module: ${macroToString(astToTerm(target))}, please use the :as option. Implicit aliasing is only supported with Elixir modules`, line, "none", undefined, [null, null]);
      const short = as ? this.aliasAs(as, line) : full!.split(".").pop()!;
      setAlias(short, full!);
      return;
    }
    // import
    const mod = expandAlias(target, this);
    if (mod === null) this.invalidDirectiveArgument("import", target, line);
    if (!this.host.lenient && this.host.moduleExports(mod!) === undefined && bifsOfModule(mod!).length === 0) {
      // (in a module, Elixir's expander raises it too deep for the trace to reach the file)
      this.error(notLoadedMessage(this, mod!), line, isScriptModule(this.name) ? notLoadedTrace(this, mod!) : "none");
    }
    d.required.add(mod!);
    let names: string[] = [...(this.host.moduleExports(mod!) ?? []), ...bifsOfModule(mod!).map((b) => b.name + "/" + b.arity)];
    let macros: string[] = this.host.moduleMacros?.(mod!) ?? [];
    // (Kernel's functions and macros the compiler implements itself are imported all the same)
    if (mod === "Elixir.Kernel") names.push(...kernelDefaults().filter((k) => !names.includes(k) && !macros.includes(k)));
    if (mod === "Elixir.Bitwise") names.push("&&&/2", "|||/2", "^^^/2", "<<</2", ">>>/2", "~~~/1", "band/2", "bor/2", "bxor/2", "bsl/2", "bsr/2", "bnot/1");
    // everything the module exports (null where it is not known)
    const exported = this.host.lenient || this.host.moduleExports(mod!) === undefined && bifsOfModule(mod!).length === 0 ? null
      : new Set([...names, ...macros, ...(mod!.startsWith("Elixir.") ? [] : ["module_info/0", "module_info/1"]),
        // Kernel's def, if, |> ... are the compiler's own here, yet Elixir's Kernel exports them
        ...(mod === "Elixir.Kernel" ? elixirExports()["Kernel"] ?? [] : [])]);
    const kw = keywordPairs(opts) ?? [];
    const onlyAst = kw.find(([x]) => x === "only")?.[1];
    this.checkImportOptions(kw, line);
    if (onlyAst && onlyAst.t === "atom") {
      if (onlyAst.v === "macros") names = [];
      else if (onlyAst.v === "functions") macros = [];
      else if (onlyAst.v === "sigils") {
        names = names.filter((n) => n.startsWith("sigil_"));
        macros = macros.filter((n) => n.startsWith("sigil_"));
      }
    }
    const pick = (k: string) => {
      const v = kw.find(([x]) => x === k)?.[1];
      if (!v || v.t === "atom") return null;
      return (keywordPairs(v) ?? []).map(([n, a]) => n + "/" + (a as any).v);
    };
    const only = pick("only"), except = pick("except");
    // each name `only:` lists must be a public function or macro of the module (elixir_import)
    const missing = only && exported !== null ? only.find((n) => !exported.has(n)) : undefined;
    if (missing !== undefined) {
      // (the trace stops in Elixir's import code: the BEAM keeps 8 frames)
      this.error(`cannot import ${inspectModuleName(mod!)}.${missing} because it is undefined or private`, line, [
        ["elixir_import", "calculate", 6, "src/elixir_import.erl", 91],
        ["elixir_import", "import", 4, "src/elixir_import.erl", 22],
      ]);
    }
    if (only) {
      names = only.filter((n) => !macros.includes(n));
      macros = macros.filter((n) => only.includes(n));
    }
    if (except) {
      names = names.filter((n) => !except.includes(n));
      macros = macros.filter((n) => !except.includes(n));
    }
    // without an :only list, names starting with an underscore (__using__/1, __struct__/0) are
    // not imported (Elixir's elixir_import)
    if (!only) {
      names = names.filter((n) => !n.startsWith("_"));
      macros = macros.filter((n) => !n.startsWith("_"));
    }
    // macros go into the import table too: a name imported from two modules is ambiguous
    // whether each has it as a function or a macro
    recordImport(d, mod!, [...names, ...macros]);
    for (const n of macros) {
      d.importedMacros.delete(n);
      d.importedMacros.set(n, mod!);
    }
  }

  /** OTP compiler warnings (compiler/failing_calls.ts), held until the module or script is compiled */
  private readonly otpWarnings: { line: number; key: string; msg: string; fn?: readonly [string, number] }[] = [];

  /** an OTP compiler warning: it comes after Elixir's own, with the others in (line, call) order;
   *  v3_core's (key V3_CORE_KEY) before those, by `fn`, the definition the code is in */
  warnLater(msg: string, line: number, key: string, fn?: readonly [string, number]): void {
    this.otpWarnings.push({ line, key, msg, fn });
  }

  /** print the held OTP compiler warnings (the module or script is compiled) */
  flushOtpWarnings(): void {
    for (const w of this.takeOtpWarnings()) this.host.warn?.(formatWarning(w));
  }

  /** the held OTP compiler warnings, in OTP's order (and forgotten here) */
  takeOtpWarnings(): Warning[] {
    if (this.host.lenient) return [];
    const all = this.otpWarnings.splice(0);
    // v3_core's come first, the last it found first (it adds each to the head of its list): it
    // reads the functions in the order Elixir gives them, by name and arity as defined (Elixir
    // prints its list as it is, where the compiler's other passes' would be sorted by line)
    const byName = (a: readonly [string, number], b: readonly [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]);
    const core = all.filter((w) => w.key === V3_CORE_KEY).sort((a, b) => byName(b.fn ?? ["", 0], a.fn ?? ["", 0]) || b.line - a.line);
    const ws = all.filter((w) => w.key !== V3_CORE_KEY).sort((a, b) => a.line - b.line || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    // OTP reports the same warning on the same line once (`{1 / 0, 1 / 0}`)
    const once = ws.filter((w, i) => {
      const prev = ws[i - 1];
      return !prev || prev.line !== w.line || prev.msg !== w.msg;
    });
    return [
      ...core.map((w): Warning => ({ message: w.msg, file: this.shownFile(), line: w.line, v3core: true })),
      ...once.map((w): Warning => ({ message: w.msg, file: this.shownFile(), line: w.line, order: otpOrder(w.key) })),
    ];
  }

  /** forget the held OTP compiler warnings (code erl_eval would run: nothing compiles it) */
  dropOtpWarnings(): void {
    this.otpWarnings.length = 0;
  }

  /**
   * Elixir's warning block: `warning: MSG` then `  FILE:LINE` and, where Elixir names it, the
   * enclosing function (`: Mod.fun/1`), the module (`: Mod`) or the file (`: (file)`).
   */
  warn(msg: string, line: number, where?: string, column?: number): void {
    if (this.host.lenient) return;
    const text = this.warningText(msg, line, where, column);
    if (this.warnOrder) this.warnOrder.entries.push({ key: [...this.warnOrder.prefix, this.warnOrder.seq++], text });
    else this.host.warn?.(text);
  }

  /** a warning of a definition's expansion at the node `at`: held to be placed among the
   *  module's other warnings when the host prints them so, else printed now */
  warnAt(at: object, name: string, msg: string, line: number, where?: string): void {
    if (this.host.lenient) return;
    if (this.host.placeDefinitionWarnings && !this.warnOrder && !isScriptModule(this.name)) {
      holdWarning(this.name, at, { message: msg, name, line, where, text: this.warningText(msg, line, where) });
      return;
    }
    this.warn(msg, line, where);
  }

  /** A script's expansion warnings in the order Elixir expands it: a fn's body where the fn is
   *  written, though beamlet compiles it after the script (see drainPending). While `run` compiles,
   *  each warning gets a key (a fn's body continues from the fn's key), and they are printed by
   *  key at the end, also when it fails. */
  inExpansionOrder<T>(run: () => T): T {
    if (this.warnOrder) return run();
    const order = { entries: [] as { key: number[]; text: string }[], prefix: [] as number[], seq: 0 };
    this.warnOrder = order;
    try {
      return run();
    } finally {
      this.warnOrder = undefined;
      const before = (a: number[], b: number[]): number => {
        for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
        return a.length - b.length;
      };
      for (const e of order.entries.sort((a, b) => before(a.key, b.key))) this.host.warn?.(e.text);
    }
  }

  /** where the warnings of a fn written here go (undefined outside inExpansionOrder) */
  warnKeyHere(): number[] | undefined {
    return this.warnOrder ? [...this.warnOrder.prefix, this.warnOrder.seq++] : undefined;
  }

  /** run a fn's compile with its warnings at `key` */
  withWarnKey(key: number[] | undefined, run: () => void): void {
    const order = this.warnOrder;
    if (!order || !key) return run();
    const [prefix, seq] = [order.prefix, order.seq];
    order.prefix = key;
    order.seq = 0;
    try {
      run();
    } finally {
      order.prefix = prefix;
      order.seq = seq;
    }
  }

  private warningText(msg: string, line: number, where?: string, column?: number, file = this.codeFile()): string {
    const at = column !== undefined ? `${line}:${column}` : `${line}`;
    return `warning: ${msg}\n  ${this.shownFile(file)}:${at}${where ? ": " + where : ""}\n\n`;
  }

  /** the file as a warning names it: elixir expands the script's path and shows it relative to
   *  the current directory (`elixir ./x.exs` warns at `x.exs:1`) */
  shownFile(file = this.codeFile()): string {
    return this.host.relativePath?.(file) ?? file;
  }

  /** the file of the code compiled now: the definition's own when `@file` set it (Elixir reports
   *  its errors and warnings there, as a doctest's "(for doctest at) lib/m.ex"), else the module's */
  codeFile(): string {
    return this.currentDefFile ?? this.file;
  }

  error(msg: string, line?: number, trace?: CompileError["trace"], at?: object, siteFrames?: CompileError["siteFrames"]): never {
    const e = new CompileError("CompileError", this.codeFile(), line ?? 0, 0, msg);
    // (inside what a macro of the program gave: the trace Elixir's expand_quoted leaves)
    const inMacro = at && siteFrames ? macroResultFrames(this, at, siteFrames) : null;
    if (inMacro) {
      e.trace = inMacro;
      throw e;
    }
    if (trace) e.trace = trace;
    if (trace === "module" && this.currentClauseLine !== undefined) e.moduleFrameLine = this.currentClauseLine;
    if (at) e.at = at;
    if (siteFrames) e.siteFrames = siteFrames;
    throw e;
  }

  /** a call of name/arity that is no local function (nor a macro visible there): recorded, and
   *  false when the same call (line, name, arity) already was (Elixir keeps each once) */
  deferUndefinedLocal(message: string, line: number | undefined, name: string, arity: number, at?: object): boolean {
    const l = line ?? 0;
    if (this.undefinedLocals.some((u) => u.line === l && u.name === name && u.arity === arity)) return false;
    this.undefinedLocals.push({ message, line: l, name, arity, at, file: this.codeFile() });
    return true;
  }

  /** "name/arity" -> the module whose import a call of the module's own function name/arity
   *  was dispatched to (Elixir's dispatch prefers the import, then refuses the module) */
  importConflicts = new Map<string, string>();

  /** the module an import of name/arity comes from where the code stands (Kernel's default
   *  import included), or undefined */
  importReceiver(key: string): string | undefined {
    const explicit = this.imports.get(key) ?? this.importedMacros.get(key);
    if (explicit !== undefined) return explicit;
    return !this.kernelImported && kernelDefault(key) ? "Elixir.Kernel" : undefined;
  }

  /** a call (or capture) of name/arity, a function of this module: when an import of it is in
   *  force there, the import is what Elixir calls, and the module a conflict. Is it one? */
  importedOverLocal(key: string): boolean {
    if (this.host.lenient || isScriptModule(this.name)) return false;
    const receiver = this.importReceiver(key);
    if (receiver === undefined || receiver === this.name) return false;
    this.importConflicts.set(key, receiver);
    return true;
  }

  /** once the module is expanded (after its undefined locals): a function it defines that an
   *  import was called for instead is a CompileError at the function's definition; of several,
   *  Elixir names the greatest name/arity */
  reportImportConflicts(lineOf: (key: string) => number): void {
    if (this.importConflicts.size === 0) return;
    const split = (k: string): [string, number] => [k.slice(0, k.lastIndexOf("/")), Number(k.slice(k.lastIndexOf("/") + 1))];
    const key = [...this.importConflicts.keys()].sort((a, b) => {
      const [an, aa] = split(a), [bn, ba] = split(b);
      return an < bn ? -1 : an > bn ? 1 : aa - ba;
    }).pop()!;
    const receiver = this.importConflicts.get(key)!;
    importDispatched.set(this.name, new Set(this.importConflicts.keys()));
    this.importConflicts.clear();
    const e = new CompileError("CompileError", this.file, lineOf(key), 0, `imported ${receiver.replace(/^Elixir\./, "")}.${key} conflicts with local function`);
    e.trace = "none";
    e.afterModule = true;
    throw e;
  }

  /** Elixir 1.14 checks the module's undefined locals after expanding all of it, ordered by line
   *  (then name, arity): each but the first is a warning, the last first; the first raises */
  reportUndefinedLocals(): void {
    const found = this.undefinedLocals;
    if (found.length === 0) return;
    this.undefinedLocals = [];
    found.sort((a, b) => a.line - b.line || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || a.arity - b.arity);
    const e = new CompileError("CompileError", found[0].file, found[0].line, 0, found[0].message);
    e.trace = "none";
    if (found[0].at) e.at = found[0].at;
    // (printed after the module's other warnings: see CompileError.warningsBefore)
    if (!this.host.lenient) e.warningsBefore = found.slice(1).reverse().map((u) => this.warningText(u.message, u.line, undefined, undefined, u.file));
    throw e;
  }

  /** `^x` of no variable x, at the `^` node `at` (in a def's head, Elixir raises it from the module
   *  body's frame; in a script's pattern, a frame of the expander's, pruned, above the pattern's,
   *  which the trace's model adds) */
  undefinedPin(name: string | null, line: number | undefined, at?: object): never {
    return this.error(`undefined variable ^${name}. No variable "${name}" has been defined before the current pattern`, line, "module", at, at ? [null] : undefined);
  }
}

import type { Fact } from "./constants.ts";


interface UndefinedLocal { message: string; line: number; name: string; arity: number; at?: object; file: string }

export class FnCtx {
  nslots: number;
  /** slot of the current handler's stacktrace, for __STACKTRACE__ */
  stacktraceSlot: number | null = null;
  /** what is known of the value in a slot (a constant, a float), for compiler/arith_frames.ts */
  readonly facts = new Map<number, Fact>();
  /** the constants OTP's compiler put into this fn's code in place of captured values (its own
   *  fns take them as constants too) */
  readonly propagated = new Map<number, Term>();
  /** a script's or module body's code that matches a bitstring (compiler/bitstring_matches.ts) */
  matchesBitstring = false;
  /** where the function's code starts */
  entry = 0;
  /** its index in the module's function table (-1: not known) */
  index = -1;
  /** the line of its entry (a def's first clause, a fn's `fn`): where a frame points when OTP's
   *  compiler moved a failing instruction out of line (compiler/expressions.ts bifCall) */
  entryLine: number | undefined = undefined;
  constructor(readonly mod: ModCtx, readonly name: string, readonly arity: number, nargs: number) {
    this.nslots = nargs;
  }
  private constants: { scope: Scope; epoch: number; facts: number; memo: WeakMap<Ast, Term | null>; floats: WeakMap<Ast, boolean> } | null = null;
  /** the memo of what is known in `scope`, valid while no binding or fact changes */
  private known(scope: Scope) {
    const c = this.constants;
    if (c && c.scope === scope && c.epoch === Scope.epoch && c.facts === this.facts.size) return c;
    return (this.constants = { scope, epoch: Scope.epoch, facts: this.facts.size, memo: new WeakMap(), floats: new WeakMap() });
  }
  /** a constant value found in `scope` (compiler/constants.ts); kept while no binding or fact changes */
  knownConstant(scope: Scope, a: Ast): Term | null | undefined {
    return this.known(scope).memo.get(a);
  }
  rememberConstant(scope: Scope, a: Ast, v: Term | null): void {
    this.known(scope).memo.set(a, v);
  }
  /** whether a node is float-typed (compiler/float_types.ts), kept as knownConstant is */
  knownFloat(scope: Scope, a: Ast): boolean | undefined {
    return this.known(scope).floats.get(a);
  }
  rememberFloat(scope: Scope, a: Ast, v: boolean): void {
    this.known(scope).floats.set(a, v);
  }
  newSlot(): number {
    return this.nslots++;
  }
  get em(): Emitter {
    return this.mod.em;
  }
}

const DEFINED_IN_SAME_CONTEXT = ` This happens when you depend on a module in the same context in which it is defined. For example:

    defmodule MyApp do
      defmodule Mod do
      end

      use Mod
    end

Try defining the module outside the context that uses it:

    defmodule MyApp.Mod do
    end

    defmodule MyApp do
      use MyApp.Mod
    end

If the module is defined at the top-level and you are trying to use it at the top-level, this is not supported by Elixir`;

/** the trace under that error: Elixir's file frame, except under the long explanation of a module
 *  this very file defined (its expander raises that one too deep for the trace to reach the file) */
export function notLoadedTrace(ctx: ModCtx, mod: string): "none" | undefined {
  return ctx.scriptDefined.has(mod) ? "none" : undefined;
}

/** `require`/`use` of a module that is not loaded: Elixir explains the case of one this very file
 *  has defined (at compile time of the script, a module defined earlier in it is not loaded yet) */
export function notLoadedMessage(ctx: ModCtx, mod: string): string {
  const short = mod.replace(/^Elixir\./, "");
  return ctx.scriptDefined.has(mod)
    ? `module ${short} is not loaded but was defined.${DEFINED_IN_SAME_CONTEXT}`
    : `module ${inspectModuleName(mod)} is not loaded and could not be found`;
}
