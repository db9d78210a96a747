// A compiled module (what the compiler produces and a .bbc file holds) and a loaded module
// version (what the code server keeps in a module's current/old slot and what frames point to).
import { Atom, Bin, Term, atom } from "./terms.ts";
import { literalsDigest } from "./literal_digest.ts";
import { fuse } from "./superinstructions.ts";
import type { BifEntry } from "./bifs/registry.ts";
import { lookupBif } from "./bifs/registry.ts";
import { jitThreshold } from "./jit/tier.ts";

/** an OTP compiler warning a module's compilation held until the module is defined */
export interface HeldWarning {
  message: string;
  file: string;
  line: number | undefined;
}

export interface FunctionDef {
  name: string;
  arity: number;
  /** code offset of the first instruction */
  entry: number;
  /** local slots, arguments first */
  nlocals: number;
  exported: boolean;
  /** a fn/capture body lifted into its own function; arity counts the captured values too */
  lambda: boolean;
  line: number;
  /** the file its frames name when not the module's (an @file before its def); "": its frames
   *  have no location (a function Elixir generates without one, defstruct's __struct__/1) */
  file?: string;
  /** stands for a function Elixir's compiler inlines into its callers (the library's
   *  @beamlet_inlined): no frame of its own, its caller's frame shows its line, and its fns are
   *  named after the caller (vm/stacktrace.ts) */
  inlined?: boolean;
  /** the function its frames name, "name/arity" (the library's @beamlet_shown_as: a loop standing
   *  for a function of Elixir's that recurses in the body) */
  shownAs?: string;
  /** a fn Erlang's compiler inlined whose function_clause error stays: the name of the frame
   *  of that error (`-f/1-inlined-0-`, compiler/inlined_fns.ts) */
  inlinedAs?: string;
  /** that fn is applied in a try's body or to a value a case branches on: the enclosing
   *  function's frame stays under that frame */
  inlinedInTry?: boolean;
  /** its place in OTP's fun table (the N of `#Function<N.U/1 in M.f/1>`), for a lifted fn or a
   *  captured local function (compiler/fun_numbering.ts); absent: counted among the lambdas */
  funIndex?: number;
  /** a fn Erlang's compiler deletes (`_ = fn`, a fn applied on the spot, then/2's): no entry in
   *  OTP's fun table, nor among module_info(:functions) (vm/export_order.ts) */
  deleted?: true;
  /** a fn of evaluated code: its clauses as erl_eval keeps them in the fun (names and lines), so
   *  that funs evaluated from the same text are equal, as erl_eval's closures are
   *  (vm/evaluated_fun.ts) */
  evalCode?: string;
  /** added by the compiler (behaviour_info/1), not written: not among __info__(:functions) */
  generated?: boolean;
}

/** one function's or macro's documentation, as an entry of the BEAM's Docs chunk */
export interface DocEntry {
  kind: "function" | "macro";
  name: string;
  arity: number;
  /** the line of its @doc, else of its first clause */
  line: number;
  /** `name(arg, opt \\ default)` as Elixir builds it from the clauses */
  signature: string;
  /** the @doc text, false for @doc false (and @impl without a @doc), null for none */
  doc: string | false | null;
  /** the metadata map (defaults, deprecated, since, guard, delegate_to, @doc keywords) */
  meta: Term;
}

export interface ImportDef {
  module: string;
  name: string;
  arity: number;
}

/** a @type/@typep/@opaque or @callback/@macrocallback as iex's t/1 and b/1 show it: its kind,
 *  name, arity, text (`@type t() :: ...`, Macro.to_string's, before iex's formatter), and its
 *  @typedoc/@doc (false: hidden, null: none); a callback of @optional_callbacks is also listed
 *  with the kind "optional" (no text) */
export type TypespecDoc = [string, string, number, string, string | false | null];

export interface CompiledModule {
  name: string; // atom name, e.g. "Elixir.Counter"
  file: string;
  code: Int32Array;
  /** terms, pattern descriptors and segment specs, indexed by K.Lit operands */
  literals: unknown[];
  functions: FunctionDef[];
  imports: ImportDef[];
  /** pairs [pc, line], ascending pc */
  lines: number[];
  /** module attributes kept at run time: vsn, behaviour, and user-registered ones */
  attributes: [string, Term][];
  /** defstruct fields in definition order, or null */
  structFields: string[] | null;
  /** what __info__(:struct) lists, [field, required by @enforce_keys], in Elixir's order (an
   *  exception's __exception__ first); absent in older files and for modules without a struct */
  structInfo?: [string, boolean][];
  /**
   * @moduledoc / @doc texts with their lines (0 when unknown; ExUnit's doctests read them), and
   * `entries`, what Code.fetch_docs/1 gives: every public function and macro (absent in older files)
   */
  docs: { moduledoc: string | null; moduledocLine?: number; functions: [string, string, number?][]; moduledocHidden?: boolean; entries?: DocEntry[]; specs?: [string, number, string][]; types?: TypespecDoc[]; callbacks?: TypespecDoc[] };
  /** the docs entries of its deprecated definitions, for a module whose docs come later (a page
   *  fetches the library's on first use: web/embed.ts), so the compiler's deprecation warnings
   *  and __info__(:deprecated) need not wait for them */
  deprecatedEntries?: DocEntry[];
  /** [{{name, arity}, kind, [{args, guards}]}]: the clause heads as Elixir's expanded quoted
   *  form, for FunctionClauseError's blame (compiler/debug_info.ts); absent for the library */
  debug?: Term;
  /** its code with superinstructions, as vm/superinstructions.ts's fuse makes it, made beforehand
   *  (the library cache keeps them: cli/library_bundle.ts); absent: fused at first use */
  fused?: () => Int32Array;
  /** funUniqOf(name, code, literals), computed when compiled, leaving out the compilation's keys of
   *  nested definitions (compiler/nested_modules.ts; object files and the library cache keep it:
   *  hashing Enum's 13,000 words, cold, was a fifth of a program's first raise); absent: computed
   *  at first use */
  funUniq?: number;
  /** the line of its defmodule (the redefinition warnings of modules defined together come in
   *  source order, each at its own line) */
  defLine?: number;
  /** @on_load: the zero-arity function run when the module is loaded; the module becomes current
   *  only when it returns :ok (vm/on_load.ts) */
  onLoad?: string;
  /** OTP compiler warnings held until the module is defined (CompilerHost.otpWarningsOnDefine) */
  otpWarnings?: HeldWarning[];
  /** a script's module: the value of its body's last expression (defmodule's {:module, _, _, value}) */
  bodyValue?: Term;
  /** code Elixir would evaluate (iex, -e, Code.eval_string): its funs are presented as erl_eval's */
  evaluated?: boolean;
  /** evaluated code: [start, end, EvalContext] triples, the code ranges erl_eval evaluates under
   *  a frame of its own (vm/erl_eval_frames.ts) */
  evalContexts?: number[];
  /** evaluated code run by Code.eval_string/eval_quoted: that function's frame (below erl_eval's) */
  evalCaller?: { name: string; arity: number; line: number };
  /** modules compiled with this one (a script's defmodules), indexed by define_module */
  nested?: CompiledModule[];
  /** a script's top-level defmodules, compiled without the script's variables: for tools (fuzz,
   *  disasm); when the script runs, each is compiled by :beamlet_code.define_nested_module */
  lazyNested?: (() => CompiledModule[])[];
  /** module-body code run at compile time (compiler/module_body.ts): its frames show as Elixir's,
   *  its entry as module.fun/arity (:elixir_compiler_0.__MODULE__/1) and its funs inside that */
  frameAs?: { module: string; fun: string; arity: number };
  /** a file Code compiled (require_file, compile_file...): below its __FILE__/1 frame stand Elixir's
   *  compiler's, then this Code function's frame when it is not a tail call (null: none) */
  compilerCaller?: { name: string; arity: number; line: number } | null;
  /** a script run as a file: its path relative to the current directory (Elixir's __RELATIVE__/0) */
  relativeFile?: string;
}

/** the function of a file Code compiled that runs its __FILE__/1 and then collects its modules
 *  (compiler/compile.ts): stack traces show Elixir's compiler frames in its place */
export const FILE_RUNNER = "beamlet_run_file";

/** A call target resolved from an import; re-resolved when the code server's generation moves. */
export class ImportSlot {
  readonly moduleAtom: Atom;
  readonly nameAtom: Atom;
  bif: BifEntry | undefined;
  cachedGeneration = -1;
  cachedVersion: ModuleVersion | null = null;
  cachedFunction = -1;
  constructor(readonly def: ImportDef) {
    this.moduleAtom = atom(def.module);
    this.nameAtom = atom(def.name);
    this.bif = lookupBif(def.module, def.name, def.arity);
  }
}

let versionCounter = 0;

/** beamlet's own entries among a module's attributes (how @derive Inspect prints, a derived
 *  impl's Any): not module attributes, never in module_info(:attributes) */
export const INTERNAL_ATTRIBUTES = new Set(["derive_inspect", "derive_inspect_optional", "impl_target"]);

/** the "uniq" of a module's funs (ModuleVersion.funUniq): a hash of its name, bytecode and
 *  literals (versions that differ in a literal alone make funs that are not equal, as the BEAM's
 *  uniq is of the whole module's code); `skip`: binaries left out (vm/literal_digest.ts) */
export function funUniqOf(name: string, code: Int32Array, literals: readonly unknown[], skip?: (b: Bin) => boolean): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code[i], 0x01000193);
  h = literalsDigest(literals, h, skip);
  return (h >>> 0) & 0x7ffffff;
}

export class ModuleVersion {
  readonly module: Atom;
  readonly code: Int32Array;
  private fusedCode: Int32Array | null = null;
  readonly literals: unknown[];
  readonly functions: FunctionDef[];
  readonly imports: ImportSlot[];
  readonly exports: Map<string, number>;
  /** unique per load: funs and frames compare versions by identity */
  readonly serial = ++versionCounter;
  private uniqOfFuns = -1;
  /**
   * the "uniq" of the funs this version makes (`#Function<0.63923263 in ...>`): on the BEAM a
   * 27-bit hash of the module's code, so identical code gives equal funs and inspect prints them
   * at the BEAM's widths; here a hash of the module's name, bytecode and literals
   */
  get funUniq(): number {
    if (this.uniqOfFuns < 0) this.uniqOfFuns = this.compiled.funUniq ?? funUniqOf(this.module.name, this.code, this.literals);
    return this.uniqOfFuns;
  }
  /** set when this version is purged: its funs raise BadFunctionError (R10) */
  purged = false;
  /** the code server that purged it, where its funs look for the same code loaded again (R10b) */
  purgedBy: { loadedWithSameCode(v: ModuleVersion): ModuleVersion | undefined } | null = null;
  /** path the version was loaded from (charlist for :code.which / is_loaded), or null (in memory) */
  loadedFrom: string | null = null;
  /** load_binary was given the file name as an atom: is_loaded, which and all_loaded answer it so */
  loadedFromAtom = false;
  /** the object code it was loaded from, for :code.get_object_code */
  binary: Uint8Array | null = null;
  readonly entriesSorted: number[];
  /**
   * the compiled code of each function (vm/jit), once it is hot: a function without compiled code
   * has no entry. Null when this version only runs interpreted (BEAMLET_TIER=interp, purged).
   */
  jitFns: (((...args: Term[]) => Term | object) | undefined)[] | null;
  /** calls into each function left before it is compiled; once it is, needs of its resume entry left before it is made */
  jitCounts: Int32Array | null;
  /**
   * each function's resume entry (vm/jit/compile.ts resumeEntry), made when a frame of it first
   * stands after a call: the entry and the pcs it starts from; null when the JIT refused it
   */
  jitResume: ({ run: (stack: Term[], bp: number, pc: number) => Term | object; at: Set<number> } | null | undefined)[] | null = null;

  constructor(readonly compiled: CompiledModule) {
    this.module = atom(compiled.name);
    this.code = compiled.code;
    this.literals = compiled.literals;
    this.functions = compiled.functions;
    this.imports = compiled.imports.map((d) => new ImportSlot(d));
    this.exports = new Map();
    compiled.functions.forEach((f, i) => {
      if (!f.lambda) this.exports.set(f.name + "/" + f.arity, i);
    });
    const n = compiled.functions.length;
    this.jitFns = Number.isFinite(jitThreshold) ? new Array(n) : null;
    this.jitCounts = this.jitFns !== null ? new Int32Array(n).fill(jitThreshold) : null;
    this.entriesSorted = compiled.functions.map((_, i) => i).sort((a, b) => compiled.functions[a].entry - compiled.functions[b].entry);
  }

  /** the code the interpreter runs: `code` with superinstructions (made on first use) */
  get xcode(): Int32Array {
    return (this.fusedCode ??= this.compiled.fused?.() ?? fuse(this.code, this.literals, this.functions.map((f) => f.entry)));
  }

  /** index of an exported (public) function, or -1 */
  exported(name: string, arity: number): number {
    const i = this.exports.get(name + "/" + arity);
    if (i === undefined || !this.functions[i].exported) return -1;
    return i;
  }

  /** the function containing pc (for stack traces) */
  functionAt(pc: number): FunctionDef | undefined {
    let lo = 0, hi = this.entriesSorted.length - 1, best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.functions[this.entriesSorted[mid]].entry <= pc) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return best < 0 ? undefined : this.functions[this.entriesSorted[best]];
  }

  lineAt(pc: number): number {
    const l = this.compiled.lines;
    let line = 0;
    for (let i = 0; i < l.length; i += 2) {
      if (l[i] > pc) break;
      line = l[i + 1];
    }
    return line;
  }

  attribute(name: string): Term | undefined {
    for (const [k, v] of this.compiled.attributes) if (k === name) return v;
    return undefined;
  }
}
