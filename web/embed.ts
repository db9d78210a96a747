// The embedding API (declared in web/beamlet.d.ts): a node in a page, with the precompiled
// standard library, an in-memory file system, scripts run like `iex FILE.exs`, REPL sessions and
// hot code loading from .bbc files. Bundled by scripts/build-web.mjs into dist/web/beamlet.js.
import { libraryDocsFile, libraryFiles, libraryModules as libraryModuleImports, libraryWithCompiler, libraryIndex, libraryReach, librarySections, useSources as useSourceTable, version as packageVersion } from "beamlet:library";
import type * as Api from "./beamlet.d.ts";
import { Node } from "../vm/node.ts";
import { browserHost } from "../vm/browser_host.ts";
// (in the build, web/bifs.ts: the BIFs a page starts with, the others fetched on first call)
import "../vm/bifs/index.ts";
import { loadLibraryLazily } from "../vm/lazy_library.ts";
import { readModule, trustedDocs, trustedModuleFromPayload, writeModule } from "../vm/bytecode_file.ts";
import type { CompiledModule, TypespecDoc } from "../vm/module.ts";
import { decodeCode, undoDeltaLines, unpackDocs, unpackFunctions, unpackImports } from "./library_codec.ts";
import type { Process } from "../vm/process.ts";
import { snapshot } from "../vm/observe.ts";
import { inspect } from "../vm/inspect.ts";
import { Atom, Bin, Tuple, atom, binLiteral, list, tuple, type Term } from "../vm/terms.ts";
import { raise } from "../vm/errors.ts";
import { HostWaitNeeded } from "../vm/calls.ts";
import { fileRunners, replEvaluators } from "../vm/stacktrace.ts";
import { resetSystemFlags } from "../vm/bifs/system_info.ts";
import { FILE_BIF_GROUP, WEB_BIF_GROUPS } from "./bif_groups.ts";
import { lazyBifKeys } from "beamlet:lazy-bif-keys";
import { formatRuntimeError } from "../cli/repl/runtime_error.ts";
import { FIRST_SCRIPT_MODULE, type ScriptRun } from "../vm/script_names.ts";
import type { EvalState } from "../cli/repl/eval.ts";

export const version: string = packageVersion;

const DEFAULT_OUT_DIR = "/app/ebin";

/** the page's REPL evaluator: its traces end with iex's evaluator's frames (vm/stacktrace.ts) */
function replEvaluator(node: Node): Process {
  const p = node.newEvaluator();
  replEvaluators.add(p);
  return p;
}

// Split off this module (own files beside it, scripts/build-web.mjs): what a first program does
// not run need not be fetched or parsed before it. The compiler (lang/, compiler/ and the BIFs
// that compile) and its warning passes come when a program is first compiled: a page's first
// output, from a script compiled at build time (options.precompiled), waits for neither. The REPL
// comes when a session evaluates its first input.
type CompilerSide = typeof import("./compiler_side.ts");
let compilerModule: Promise<CompilerSide> | null = null;
let compilerLoaded: CompilerSide | null = null;
/** the compiler, fetched on first use (the same chunk as its BIFs' group: web/bif_groups.ts) */
const compilerSide = (): Promise<CompilerSide> =>
  (compilerModule ??= WEB_BIF_GROUPS.compiler().then(() => import("./compiler_side.ts")).then((m) => (compilerLoaded = m)));
type WarningsModule = typeof import("../compiler/warnings/index.ts");
type FileWarnings = ReturnType<WarningsModule["fileWarnings"]>;
let warningsModule: Promise<WarningsModule> | null = null;
const warnings = (): Promise<WarningsModule> => (warningsModule ??= import("../compiler/warnings/index.ts"));
/** the compiler and its warning passes, fetched together, with the library's file that comes with
 *  the compiler (libraryWithCompiler: what a compilation's macros and module bodies use never
 *  waits halfway; a file that cannot be fetched is an Elixir error where a module of it is used) */
const compilerAndWarnings = (): Promise<[CompilerSide, WarningsModule, unknown, unknown]> => Promise.all([compilerSide(), warnings(), fetchLibrary(libraryWithCompiler).catch(() => {}), fileBifs()]);
/** File's, Path's and System's BIFs (web/bif_groups.ts), fetched before a program that may call
 *  them runs: a first call that waited for them would let its other processes run on meanwhile */
const fileBifs = (): Promise<unknown> => WEB_BIF_GROUPS[FILE_BIF_GROUP]().catch(() => {});
let fileBifKeys: Set<string> | null = null;
const isFileBif = (module: string, name: string, arity: number): boolean => (fileBifKeys ??= new Set(lazyBifKeys[FILE_BIF_GROUP])).has(`${module}:${name}/${arity}`);
type ReplModule = typeof import("../cli/repl/eval.ts");
let replModule: Promise<ReplModule> | null = null;
const replCode = (): Promise<ReplModule> => (replModule ??= import("../cli/repl/eval.ts"));

/** a library module: decoded on its first use in any node of the page, then shared by all */
interface LibraryModule {
  name: string;
  file: string;
  decode(): CompiledModule;
  pending(): Promise<unknown> | null;
  reaching(name: string, arity: number): Promise<unknown> | null;
}

/** the library's bytecode (ASCII text), in the files beside this one (libraryFiles), each in two
 *  forms: a module whose default export is the text (NAME.js) and the text itself (NAME.txt).
 *  By default a node imports the modules, by literal names (libraryModules): Node and a page
 *  serving dist/web find them beside beamlet.js, and a bundler that takes in beamlet.js carries
 *  them along as chunks of its own output, nothing to copy by hand. A page that serves the text
 *  files says where (CreateNodeOptions.libraryUrl; the playground does): it fetches them as plain
 *  text, which the browser only decodes, where a module holding it as a string literal has V8
 *  scan the megabyte on a worker that the bundle's own parse needs on a 2-core machine. The core
 *  is what a node starts with (index.html preloads it); the others are fetched when a module of
 *  theirs is first used. */
const libraryTexts: (string | null)[] = libraryFiles.map(() => null);
const libraryFetches: (Promise<string> | null)[] = libraryFiles.map(() => null);
/** why a file of the library could not be fetched */
const libraryFailures: (string | null)[] = libraryFiles.map(() => null);
/** where the text files are (the latest createNode's libraryUrl), or undefined: the modules */
let libraryLocation: Api.CreateNodeOptions["libraryUrl"];

const inPage = typeof document !== "undefined" && typeof fetch === "function";

/** A page may start reading a library file before this module runs (the playground's index.html
 *  does the core's): `window.beamletPrefetched = { "NAME.txt": fetch("NAME.txt").then(r => r.text()) }`,
 *  each promise the file's text (or rejecting with the reason). The text is then read while the
 *  bundle downloads and parses (the page's main thread waits for that anyway), not after its
 *  modules ran; each promise is taken once (and removed). And no fetch() is called from this
 *  module's top level: Chromium records where a fetch was called, and for a stack holding a
 *  module's top level V8 parses that whole file again to find source positions (15-16 ms of the
 *  main thread's CPU before the first output, in traces of the playground). */
const PREFETCHED: Record<string, Promise<string> | undefined> | undefined = inPage ? (globalThis as { beamletPrefetched?: Record<string, Promise<string> | undefined> }).beamletPrefetched : undefined;

/** the URL of a library text file at `location` (relative ones against the page's address) */
function libraryFileUrl(location: NonNullable<Api.CreateNodeOptions["libraryUrl"]>, name: string): string {
  const base = inPage ? document.baseURI : import.meta.url;
  if (typeof location === "function") return new URL(location(name), base).href;
  const dir = String(location);
  return new URL(name, new URL(dir.endsWith("/") ? dir : dir + "/", base)).href;
}

function libraryText(file: number): Promise<string> {
  const name = libraryFiles[file].replace(/\.js$/, ".txt");
  const early = PREFETCHED?.[name];
  if (early !== undefined) {
    delete PREFETCHED![name];
    return early;
  }
  if (libraryLocation === undefined) return libraryModuleImports[file]().then((m) => m.default);
  const url = libraryFileUrl(libraryLocation, name);
  return fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status} ${r.statusText}`);
    return r.text();
  });
}

function fetchLibrary(file = 0): Promise<string> {
  return (libraryFetches[file] ??= libraryText(file).then(
    (text) => (libraryTexts[file] = text),
    (e: unknown) => {
      libraryFailures[file] = String((e as Error)?.message ?? e);
      throw e;
    },
  ));
}

let libraryModules: LibraryModule[] | null = null;
/** the library, compiled by beamlet at build time (so it is not verified again here). Decoding all
 *  of it would delay a page's first output (1.5 MB of JSON, 200 modules built), so each module is
 *  decoded the first time a node looks at it; a module of a file not fetched yet has the process
 *  that looks at it wait for the file (HostWaitNeeded: vm/calls.ts), then look again. */
function library(): LibraryModule[] {
  if (libraryModules) return libraryModules;
  const modules: LibraryModule[] = [];
  // each file holds one section per payload field (every module's code, then every module's
  // literals, ...): where each module's part of each section starts. (Indexed loops: this runs
  // once, cold, before a page's first output, where destructuring iterators cost milliseconds.)
  const S = librarySections.length;
  // (every module's docs are in a file of their own: libraryDocsFile)
  const D = librarySections.indexOf("docs");
  const fileOf = (g: number, i: number) => (i === D ? libraryDocsFile : g);
  const at: number[][] = libraryFiles.map(() => new Array<number>(S).fill(0));
  for (let m = 0; m < libraryIndex.length; m++) {
    const lengths = libraryIndex[m][2], g = libraryIndex[m][3];
    for (let i = 0; i < S; i++) at[fileOf(g, i)][i] += lengths[i];
  }
  const ends = at.map((t) => {
    let end = 0;
    for (let i = 0; i < S; i++) {
      const n = t[i];
      t[i] = end;
      end += n;
    }
    return end;
  });
  const checked = libraryFiles.map(() => false);
  const textOf = (g: number): string | null => {
    const text = libraryTexts[g];
    if (text === null || checked[g]) return text;
    if (ends[g] !== text.length) throw new Error(`beamlet: the library file ${libraryFiles[g]} has ${text.length} characters, its index says ${ends[g]} (files of two builds?)`);
    checked[g] = true;
    return text;
  };
  for (let m = 0; m < libraryIndex.length; m++) {
    const entry = libraryIndex[m];
    const name = entry[0], file = entry[1], lengths = entry[2], g = entry[3], funUniq = entry[4];
    const starts = new Array<number>(S);
    for (let i = 0; i < S; i++) {
      const f = fileOf(g, i);
      starts[i] = at[f][i];
      at[f][i] += lengths[i];
    }
    let decoded: CompiledModule | null = null;
    // (whoever waits is woken whether the fetch succeeds or fails: decode then says which)
    const fetched = (file = g): Promise<unknown> => fetchLibrary(file).then(() => {}, () => {});
    const pending = (): Promise<unknown> | null => (libraryTexts[g] !== null || libraryFailures[g] !== null ? null : fetched());
    /** the text of one of the library's files, or the wait for it */
    const textWaited = (file: number): string => {
      const text = textOf(file);
      if (text !== null) return text;
      // a file that could not be fetched: the module is not there, as an Elixir error says
      if (libraryFailures[file] !== null) raise(tuple(atom("beamlet_library_unavailable"), atom(name), binLiteral(libraryFailures[file]!)));
      throw new HostWaitNeeded(fetched(file), name);
    };
    /** the module's docs, from the docs file: whoever reads them first (h/1, Code.fetch_docs ...)
     *  waits for it (HostWaitNeeded) */
    const docs = (): CompiledModule["docs"] => {
      const text = textWaited(libraryDocsFile);
      return trustedDocs(unpackDocs(JSON.parse(text.slice(starts[D], starts[D] + lengths[D]))));
    };
    const decode = (): CompiledModule => {
      const text = textWaited(g);
      const payload: Record<string, unknown> = { name, file };
      for (let i = 0; i < S; i++) {
        // (a field the module does not have; a module without functions, Kernel.SpecialForms, has
        // code all the same: none)
        if (i === D || (lengths[i] === 0 && librarySections[i] !== "code")) continue;
        const from = starts[i];
        const to = from + lengths[i];
        const field = librarySections[i];
        payload[field] = field === "code" ? decodeCode(text, from, to) : JSON.parse(text.slice(from, to));
      }
      payload.functions = unpackFunctions(payload.functions as Parameters<typeof unpackFunctions>[0]);
      payload.imports = unpackImports(payload.imports as Parameters<typeof unpackImports>[0]);
      payload.lines = undoDeltaLines(payload.lines as number[]);
      // what the compiler reads of the docs at once (web/build/precompile_library.ts)
      payload.docs = unpackDocs((payload.deprecations ?? { moduledoc: null, functions: [] }) as Parameters<typeof unpackDocs>[0]);
      delete payload.deprecations;
      const m = trustedModuleFromPayload(payload);
      // (computed at build time: web/build/precompile_library.ts)
      m.funUniq = funUniq;
      m.deprecatedEntries = m.docs.entries ?? [];
      let full: CompiledModule["docs"] | null = null;
      Object.defineProperty(m, "docs", { enumerable: true, get: () => (full ??= docs()), set: (d: CompiledModule["docs"]) => void (full = d) });
      return m;
    };
    // the files not fetched yet that a call of name/arity reaches through the library's calls
    const reaching = (fun: string, arity: number): Promise<unknown> | null => {
      const groups = libraryReach[`${name}.${fun}/${arity}`]?.filter((r) => libraryTexts[r] === null && libraryFailures[r] === null);
      return groups?.length ? Promise.all(groups.map((r) => fetchLibrary(r).then(() => {}, () => {}))) : null;
    };
    modules.push({ name, file, decode: () => (decoded ??= decode()), pending, reaching });
  }
  return (libraryModules = modules);
}

/** libraryReach by "Module.name" (any arity): what a program's text names */
let reachNames: Map<string, number[]> | null = null;
function reachByName(): Map<string, number[]> {
  if (reachNames) return reachNames;
  reachNames = new Map();
  for (const [k, groups] of Object.entries(libraryReach)) {
    const name = k.slice(0, k.lastIndexOf("/"));
    reachNames.set(name, [...new Set([...(reachNames.get(name) ?? []), ...groups])]);
  }
  return reachNames;
}

const useSources = new Map(Object.entries(useSourceTable));

type TypespecTable = Record<string, { types: TypespecDoc[]; callbacks: TypespecDoc[] }>;
let typespecs: TypespecTable | null = null;
let typespecsFetch: Promise<unknown> | null = null;
/** the library's types and callbacks as real Elixir prints them (t/1 and b/1 in the REPL: the
 *  Node host's table, cli/repl/library_typespecs.json), a chunk of its own fetched on first use:
 *  whoever asks first waits for it (HostWaitNeeded); one that cannot be fetched has none */
function libraryTypespecs(module: string): TypespecTable[string] | undefined {
  if (typespecs !== null) return typespecs[module];
  typespecsFetch ??= import("../cli/repl/library_typespecs.json").then(
    (m: { default: unknown }) => (typespecs = m.default as TypespecTable),
    () => (typespecs = {}),
  );
  throw new HostWaitNeeded(typespecsFetch, "typespecs");
}

let otpSpecTable: Record<string, Record<string, string>> | null = null;
let otpSpecsFetch: Promise<unknown> | null = null;
/** an Erlang module's @spec lines as iex's h/1 prints them (the Node host's table,
 *  cli/repl/otp_specs.json), a chunk of its own fetched on first use, as libraryTypespecs */
function otpSpecs(module: string): Record<string, string> | undefined {
  if (otpSpecTable !== null) return otpSpecTable[module];
  otpSpecsFetch ??= import("../cli/repl/otp_specs.json").then(
    (m: { default: unknown }) => (otpSpecTable = m.default as Record<string, Record<string, string>>),
    () => (otpSpecTable = {}),
  );
  throw new HostWaitNeeded(otpSpecsFetch, "otp specs");
}

/** what in a program's text calls or looks up a module given as a value: apply (:erlang.apply,
 *  Kernel.apply), Function.capture and :erlang.make_fun, Code.ensure_loaded/ensure_compiled and
 *  function_exported?, or `var.fun(...)` (also `@attr.fun(...)`) */
const BY_RUNTIME_NAME = /\b(?:apply|capture|make_fun|ensure_loaded|ensure_compiled|function_exported|macro_exported)\b|(?<![\w.:])@?[a-z_]\w*\.[a-z_]\w*[?!]?\s*\(/;

/** the compiler's warnings of a script's definitions, held to be printed among each module's own
 *  when it is defined (CompilerHost.placeDefinitionWarnings, as cli/run_script.ts prints them) */
interface ExpansionWarnings {
  warn(text: string): void;
  takeUnplaced(module: string): string[];
  takeAllUnplaced(): string[];
  CompileError: CompilerSide["CompileError"];
}

/** the exit status `elixir FILE.exs` halts with, quietly, when its script exits with `reason`
 *  (:normal, :shutdown, {:shutdown, N} or {:shutdown, _}), or null: an error it prints */
function quietExitStatus(reason: Term): number | null {
  if (reason === atom("normal") || reason === atom("shutdown")) return 0;
  if (!(reason instanceof Tuple) || reason.items.length !== 2 || reason.items[0] !== atom("shutdown")) return null;
  const n = reason.items[1];
  return typeof n === "number" ? n : typeof n === "bigint" ? Number(n) : 0;
}

/** a node's standard input: text given by the page, queued until a read takes it */
class InputQueue {
  private readonly chunks: Uint8Array[] = [];
  private ended = false;
  private waiting: ((chunk: Uint8Array | null) => void) | null = null;

  constructor(private readonly wanted: () => void) {}

  /** the host's InputSource: the next chunk, at once when one is queued, else when it comes */
  readonly source = (deliver: (chunk: Uint8Array | null) => void): void => {
    const chunk = this.chunks.shift();
    if (chunk !== undefined) queueMicrotask(() => deliver(chunk));
    else if (this.ended) queueMicrotask(() => deliver(null));
    else {
      this.waiting = deliver;
      this.wanted();
    }
  };

  get isWaiting(): boolean {
    return this.waiting !== null;
  }

  push(text: string): void {
    if (this.ended || text === "") return;
    const bytes = new TextEncoder().encode(text);
    const w = this.waiting;
    this.waiting = null;
    if (w) w(bytes);
    else this.chunks.push(bytes);
  }

  end(): void {
    this.ended = true;
    const w = this.waiting;
    this.waiting = null;
    if (w) w(null);
  }
}

class EmbeddedNode implements Api.BeamletNode {
  readonly node: Node;
  readonly halted: Promise<number>;
  stopped = false;
  private readonly sink: (text: string, stream: "stdout" | "stderr") => void;
  /** what the node printed while held (holdOutput), written after the text that releases it */
  private held: [string, "stdout" | "stderr"][] | null = null;
  private readonly stdin: InputQueue;
  private readonly precompiled: readonly Api.PrecompiledScript[];
  /** nothing has run, been compiled or written on the node yet (compiledAhead) */
  private fresh: boolean;

  constructor(opts: Api.CreateNodeOptions) {
    this.precompiled = opts.precompiled ?? [];
    this.fresh = Object.keys(opts.files ?? {}).length === 0;
    this.sink = opts.output ?? (() => {});
    this.stdin = new InputQueue(() => opts.onInputWanted?.());
    if (opts.input !== undefined) {
      this.stdin.push(opts.input);
      this.stdin.end();
    }
    const host = browserHost({ write: (fd, text) => this.out(text, fd === 1 ? "stdout" : "stderr"), cwd: opts.cwd, useSources, readStdin: this.stdin.source });
    host.libraryTypespecs = libraryTypespecs;
    host.otpSpecs = otpSpecs;
    for (const [path, contents] of Object.entries(opts.files ?? {})) {
      host.fs.mkdirSync(path.replace(/\/[^/]*$/, "") || "/", { recursive: true });
      host.fs.writeFileSync(path, contents);
    }
    // a fresh node, as a fresh `elixir FILE.exs` (what an earlier node's program set with
    // :erlang.system_flag/2, as ExUnit sets backtrace_depth to 20, is not this one's)
    resetSystemFlags();
    this.node = new Node(host, { timeScale: opts.timeScale });
    // pids as `elixir FILE.exs` (and `beamlet run`) number them: the first script's process is
    // #PID<0.96.0>, what it spawns and defines takes the numbers elixir's do (execute)
    this.node.numberPidsAsScript(false);
    loadLibraryLazily(this.node, library());
    this.halted = this.node.runLoop().then((code) => {
      this.stopped = true;
      return code;
    });
  }

  private out(text: string, stream: "stdout" | "stderr"): void {
    if (this.held !== null) this.held.push([text, stream]);
    else this.sink(text, stream);
  }

  /** from now on the node's output waits (a text to come first is being computed) */
  private holdOutput(): void {
    this.held ??= [];
  }

  /** `text`, then the output held since holdOutput */
  private releaseOutput(text: string, stream: "stdout" | "stderr"): void {
    const held = this.held ?? [];
    this.held = null;
    this.sink(text, stream);
    for (const [t, s] of held) this.sink(t, s);
  }

  /** a promise that resolves as `stopped` when the node halts first */
  private untilHalt<T>(p: Promise<T>, stopped: T): Promise<T> {
    return Promise.race([p, this.halted.then(() => stopped)]);
  }

  /**
   * The library files not fetched yet that hold modules `source` names (`Version`, `:queue`, ...):
   * a program waits for them before it is compiled, so that its compile-time code (a module body,
   * an attribute's value) does not stop halfway to wait, which would start its compilation again
   * and repeat what it did. So do the files that the core functions it names (`Mod.fun`, any
   * arity) reach through the library's calls (`Task.Supervisor.start_link` starts a
   * DynamicSupervisor), by their full names, through an alias or an import. Node.callSync looks
   * again, exactly, before each piece of compile-time code runs; a module reached only by a name
   * made at run time is fetched when it is called.
   */
  private fetchesNamedIn(source: string): Promise<unknown> | null {
    const pending = new Set<Promise<unknown>>();
    const look = (name: string) => {
      const p = this.node.code.modules.get(atom(name))?.pending ?? null;
      if (p !== null) pending.add(p);
    };
    const reach = (mod: string, fun: string) => {
      for (const g of reachByName().get(`${mod}.${fun}`) ?? []) if (libraryTexts[g] === null && libraryFailures[g] === null) pending.add(fetchLibrary(g).catch(() => {}));
    };
    // `alias A.B` / `alias A.B, as: C` make `B.fun` / `C.fun` name A.B's; `import A.B` calls any
    // of A.B's functions unqualified
    const aliases = new Map<string, string>();
    for (const m of source.matchAll(/\balias\s+([A-Z]\w*(?:\.[A-Z]\w*)*)(?:\s*,\s*as:\s*([A-Z]\w*))?/g)) aliases.set(m[2] ?? m[1].slice(m[1].lastIndexOf(".") + 1), m[1]);
    for (const m of source.matchAll(/\bimport\s+([A-Z]\w*(?:\.[A-Z]\w*)*)/g)) {
      const prefix = `Elixir.${m[1]}.`;
      for (const [name, groups] of reachByName()) if (name.startsWith(prefix) && !name.slice(prefix.length).includes(".")) for (const g of groups) if (libraryTexts[g] === null && libraryFailures[g] === null) pending.add(fetchLibrary(g).catch(() => {}));
    }
    for (const m of source.matchAll(/(?<![\w.])([A-Z]\w*(?:\.[A-Z]\w*)*)(?:\.([a-z_]\w*[?!]?))?/g)) {
      const head = m[1].split(".")[0];
      const full = aliases.has(head) ? aliases.get(head)! + m[1].slice(head.length) : m[1];
      look("Elixir." + full);
      if (m[2] !== undefined) reach("Elixir." + full, m[2]);
    }
    for (const m of source.matchAll(/:([a-z_]\w*)(?:\.([a-z_]\w*))?/g)) {
      look(m[1]);
      if (m[2] !== undefined) reach(m[1], m[2]);
    }
    // a module named by a value made at run time may be any of the library's: a module body runs
    // expression by expression, and one that waited halfway would start again from its first
    // (docs: only where the program asks for them by name)
    const wanted = (g: number) => libraryTexts[g] === null && libraryFailures[g] === null;
    if (BY_RUNTIME_NAME.test(source)) libraryFiles.forEach((_, g) => g !== libraryDocsFile && wanted(g) && pending.add(fetchLibrary(g).catch(() => {})));
    if (/\bfetch_docs\b/.test(source) && wanted(libraryDocsFile)) pending.add(fetchLibrary(libraryDocsFile).catch(() => {}));
    return pending.size === 0 ? null : Promise.all(pending);
  }

  /** the library files not fetched yet that hold the modules compiled code `m` calls by name, with
   *  those the library functions it calls reach further down (libraryReach) */
  private fetchesCalledBy(m: CompiledModule): Promise<unknown> | null {
    const pending = new Set<Promise<unknown>>();
    for (const imp of m.imports) {
      if (isFileBif(imp.module, imp.name, imp.arity)) pending.add(fileBifs());
      const s = this.node.code.modules.get(atom(imp.module));
      const p = s?.pending ?? null;
      if (p !== null) pending.add(p);
      const further = s?.reaching(imp.name, imp.arity) ?? null;
      if (further !== null) pending.add(further);
    }
    return pending.size === 0 ? null : Promise.all(pending);
  }

  private compilerHost(c: CompilerSide) {
    return c.compilerHost(this.node, useSources);
  }

  async run(source: string, file = "main.exs"): Promise<Api.RunResult> {
    if (this.stopped) return { status: "stopped" };
    const ahead = this.fresh ? this.compiledAhead(source, file) : null;
    this.fresh = false;
    // no compile-time code to keep from stopping halfway (compiledAhead); but a call that waited
    // for a library file would let the script's other processes run on meanwhile (a process
    // spawned before Process.monitor would end first: :noproc), so the files of the library
    // modules it calls by name (and those their functions reach) come first. A call by a name made
    // at run time waits for its file at the call, as in any compiled code.
    if (ahead !== null) {
      const fetches = this.fetchesCalledBy(ahead.compiled);
      if (fetches !== null) await this.untilHalt(fetches, null);
      if (this.stopped) return { status: "stopped" };
      return this.execute(ahead.compiled, ahead.run, null);
    }
    let compiled: CompiledModule;
    let fileWarns: FileWarnings;
    const [[c, w]] = await Promise.all([compilerAndWarnings(), this.fetchesNamedIn(source)]);
    if (this.stopped) return { status: "stopped" };
    const printWarnings = (ws: FileWarnings["top"]) => ws.forEach((x) => this.out(w.formatWarning(x), "stderr"));
    let ast: ReturnType<CompilerSide["parse"]> | undefined;
    let host: ReturnType<CompilerSide["compilerHost"]> | undefined;
    // the compiler's OTP warnings of the top level ("the call to //2 will fail ..."), printed with
    // its own warnings in line order before it runs
    let topOtpWarnings: FileWarnings["top"] = [];
    // (as `elixir FILE.exs` and `beamlet run`: the file's top level is :elixir_compiler_N.__FILE__/1)
    const run = this.node.scriptNames.begin();
    // compiled as `elixir FILE.exs` compiles a file (cli/run_script.ts): the tokenizer's warnings
    // first, a struct defined further down the file is an error, each module's warnings (its OTP
    // ones included) when it is defined, the expansion's in their place
    try {
      try {
        ast = c.parse(source, file);
      } catch (e) {
        // what the tokenizer wrote out before the parser failed
        if (e instanceof c.CompileError) printWarnings(c.tokenWarnings(source, file, true, { line: e.line, column: e.column }));
        throw e;
      }
      printWarnings(c.tokenWarnings(source, file));
      host = this.compilerHost(c);
      host.strictStructs = true;
      host.otpWarningsOnDefine = true;
      host.placeDefinitionWarnings = true;
      // the compiler's warnings wait until it is done: before an error, Elixir has printed the
      // terms the top level's block dropped ahead of the failing expression (`1; x`)
      const warnNow = host.warn!.bind(host);
      let held: string[] = [];
      host.warn = (text) => void held.push(text);
      try {
        for (;;) {
          try {
            compiled = c.compileScript(ast, file, host, [], { moduleName: run.name, fileEntry: true, relativeFile: file, bodyCompilerIndex: run.bodyIndex, holdOtpWarnings: (ws) => (topOtpWarnings = ws) });
            break;
          } catch (e) {
            // a macro called a BIF this page fetches on first use: compile again once it is here
            // (what the attempt would have printed goes with it)
            if (!(e instanceof HostWaitNeeded)) throw e;
            held = [];
            topOtpWarnings = [];
            await e.promise;
          }
        }
      } catch (e) {
        if (e instanceof c.CompileError && e.at) printWarnings(w.droppedBeforeError(ast, e.at, file, false));
        throw e;
      } finally {
        host.warn = warnNow;
        held.forEach(warnNow);
      }
      fileWarns = w.fileWarnings(ast, file, w.knownExportsOf(host), { script: true, source, tokensPrinted: true, structOf: c.loadedStructs(host.callSync) });
    } catch (e) {
      if (!(e instanceof c.CompileError)) throw e;
      // below it, what `elixir FILE.exs` shows (as `beamlet run` does): the call that read the
      // file, the expander's frames, or an empty line
      const caller = c.belowScriptCompileError(e, ast, {
        entry: "run_script", evaluated: false, file,
        isMacro: (m, f, n) => !!host?.moduleMacros?.(m)?.includes(f + "/" + n),
      });
      const error = e.format(source) + "\n" + caller;
      this.out(error, "stderr");
      // (Elixir takes a compiler module once the code has expanded)
      run.cancel();
      return { status: "error", error };
    }
    fileWarns = { ...fileWarns, top: w.withOtpWarnings(fileWarns.top, topOtpWarnings) };
    const warn = host.warn!.bind(host);
    return this.execute(compiled, run, fileWarns, { warn, takeUnplaced: c.takeUnplaced, takeAllUnplaced: c.takeAllUnplaced, CompileError: c.CompileError });
  }

  /**
   * The bytecode given for this script (options.precompiled), when it is what compiling it here
   * would give: on a node where nothing has run, been compiled or written yet (its first run
   * compiles to the module elixir_compiler_0 against the library alone), for a script compiled
   * without warnings or compile-time output (web/build/precompile_scripts.ts makes only those).
   */
  private compiledAhead(source: string, file: string): { compiled: CompiledModule; run: ScriptRun } | null {
    const entry = this.precompiled.find((p) => p.source === source && p.file === file);
    const m = entry ? readModule(entry.bytecode) : null;
    if (m === null || m.name !== FIRST_SCRIPT_MODULE) return null;
    const run = this.node.scriptNames.begin();
    if (run.name !== m.name) throw new Error(`beamlet: a fresh node's first script is ${run.name}, not ${m.name}`);
    return { compiled: m, run };
  }

  /** run a compiled script in a new evaluator; `fileWarns`: its warnings, printed as `elixir FILE.exs` does */
  private async execute(compiled: CompiledModule, run: ScriptRun, fileWarns: FileWarnings | null, expansion?: ExpansionWarnings): Promise<Api.RunResult> {
    // as `elixir FILE.exs` (cli/run_script.ts): the top level's warnings before it runs, a module's
    // when it is defined, the file's (undefined functions, unused aliases) once it has run
    const w = fileWarns === null ? null : await warnings();
    const printWarnings = (ws: FileWarnings["top"]) => ws.forEach((x) => this.out(w!.formatWarning(x), "stderr"));
    if (fileWarns !== null) {
      printWarnings(fileWarns.top);
      const pending = [...fileWarns.modules];
      this.node.onModuleDefined = (name, otp) => {
        const i = pending.findIndex((m) => m.name === name);
        const ws = i >= 0 ? pending.splice(i, 1)[0].warnings() : [];
        // (the expansion's warnings the walk of the module's code did not place come first)
        expansion?.takeUnplaced(name).forEach(expansion.warn);
        if (i < 0) return false;
        printWarnings(w!.withOtpWarnings(ws, otp));
        return true;
      };
      // a module that failed to compile: what Elixir printed before, in it and the modules nested
      // in it that hold the error's line (outermost first, each up to where the next one starts)
      this.node.onModuleFailed = (line, e) => {
        if (expansion === undefined) return;
        if (e instanceof expansion.CompileError) {
          for (const { unplaced, warnings: ws } of w!.failedModuleWarnings(pending, line, e)) {
            unplaced.forEach(expansion.warn);
            printWarnings(ws);
          }
        }
        expansion.takeAllUnplaced().forEach(expansion.warn);
      };
    }
    // (0.96 for the node's first script, its file's parallel checker's numbers skipped after it)
    this.node.beforeScriptProcess();
    const evaluator = this.node.newEvaluator();
    this.node.afterScriptProcess();
    // its traces end as a file's run by `elixir FILE.exs` (or `iex FILE.exs`): (file), then
    // Code.require_file's frames (a GenServer's report showing it as a client)
    fileRunners.add(evaluator);
    // an exit signal ended it (a linked process crashed): its EXIT comes where it died, before
    // what any process prints from then on (Logger's report of that crash), as iex prints it
    const exit: { printed: Promise<string> | null } = { printed: null };
    const onExited = (reason: Term) => {
      this.holdOutput();
      exit.printed = this.formatExit(reason).then((text) => {
        const error = `** (EXIT from ${inspect(evaluator.pid)}) ${text}\n\n`;
        this.releaseOutput(error, "stderr");
        return error;
      });
    };
    const r = (await this.untilHalt(this.node.evalCompiled(evaluator, compiled, [atom("nil")], "__FILE__", onExited), null)) as Tuple | null;
    if (r === null) return { status: "stopped" };
    // (its module goes back to the pool when the code has returned, as Elixir's does)
    if ((r.items[0] as Atom).name === "ok") this.node.scriptNames.end(run, compiled);
    if (fileWarns !== null && (r.items[0] as Atom).name === "ok") printWarnings(fileWarns.end());
    // the evaluator stays (idle): processes linked to it, such as a GenServer the script
    // started with start_link, keep running as they do in `iex FILE.exs`
    if ((r.items[0] as Atom).name === "ok") return { status: "ok", value: inspect(r.items[1]) };
    const formatted = r.items[3];
    // (ended by an exit signal: printed as `elixir FILE.exs` prints it, vm/node.ts's report_exit
    // for the command line, the pid being the script's own)
    if (exit.printed !== null) return { status: "error", error: await exit.printed };
    // exit(:normal), exit(:shutdown) or exit({:shutdown, _}) ends a script quietly, and `elixir
    // FILE.exs` then halts (status 0, or N for {:shutdown, N}: lib/boot/boot.ex script_status)
    const status = r.items[1] === atom("exit") ? quietExitStatus(r.items[2]) : null;
    if (status !== null) {
      this.node.halt(status);
      await this.halted;
      return { status: "stopped" };
    }
    const error = formatRuntimeError(typeof formatted === "string" ? formatted : String((formatted as { toString(): string }).toString()));
    this.out(error, "stderr");
    return { status: "error", error };
  }

  /** Exception.format_exit/1 of `reason`, computed by a process of its own in the node's run loop
   *  (it may wait there for library code the page fetches on first use); inspected if it fails */
  private async formatExit(reason: Term): Promise<string> {
    const result = new Promise<Term | null>((resolve) => {
      const [p] = this.node.spawn(null, atom("beamlet_sync_call"), [atom("Elixir.Exception"), atom("format_exit"), list([reason])], atom("run"));
      p.onExit = () => resolve(p.syncResult);
    });
    const r = await this.untilHalt(result, null);
    const text = r instanceof Tuple && r.items[0] === atom("ok") ? r.items[1] : null;
    return text instanceof Bin ? new TextDecoder().decode(text.bytes) : inspect(reason);
  }

  repl(): Api.ReplSession {
    const node = this;
    // made with the REPL's code, on the first input (a fresh state counts from 1)
    let state: EvalState | null = null;
    // spawned on the first input: a session opened beside a script's run takes none of the
    // numbers the script's processes take (execute); on a node where nothing ran yet it takes
    // the script's first (0.96)
    let evaluator: Process | null = null;
    const current = (): Process => {
      if (evaluator === null) {
        node.node.beforeScriptProcess();
        evaluator = replEvaluator(node.node);
      }
      return evaluator;
    };
    return {
      get prompt() {
        return `iex(${state?.counter ?? 1})>`;
      },
      async eval(input: string): Promise<Api.ReplResult> {
        if (node.stopped) return { kind: "stopped" };
        node.fresh = false;
        const [{ evalString, newEvalState }] = await Promise.all([replCode(), compilerAndWarnings(), node.fetchesNamedIn(input)]);
        if (node.stopped) return { kind: "stopped" };
        state ??= newEvalState();
        // the input as iex reads its lines (cli/repl/session.ts): each with its newline (an opening
        // """ ends its line: a heredoc starts)
        let source = input.endsWith("\n") ? input : input + "\n";
        // #iex:break abandons an unfinished expression
        const lines = source.slice(0, -1).split("\n");
        if (lines.length > 1 && lines[lines.length - 1].trim() === "#iex:break") return { kind: "error", text: `** (TokenMissingError) iex:${state.counter}: incomplete expression\n\n` };
        // a line starting with |> pipes the previous result into it (iex 1.14)
        if (/^\s*\|>/.test(source)) source = `v(-1) ${source.trimStart()}`;
        // the compiler's warnings on standard error as each expression is compiled, before what
        // it prints, as iex writes them (cli/repl/session.ts)
        const r = await node.untilHalt(evalString(node.node, current(), source, state, { onWarnings: (text) => node.out(text, "stderr") }), null);
        if (r === null) return { kind: "stopped" };
        switch (r.kind) {
          case "ok":
            return { kind: "ok", text: r.text };
          case "incomplete":
            return { kind: "incomplete" };
          case "error":
            return { kind: "error", text: r.text };
          case "exited":
            evaluator = replEvaluator(node.node);
            return { kind: "error", text: r.text };
          case "respawn":
            node.node.interrupt(current());
            evaluator = replEvaluator(node.node);
            state = null;
            return { kind: "ok", text: "" };
        }
      },
    };
  }

  async loadCompiler(): Promise<void> {
    await compilerAndWarnings();
  }

  compile(source: string, file = "nofile.ex", outDir = DEFAULT_OUT_DIR): Api.CompileResult {
    this.fresh = false;
    const c = compilerLoaded;
    if (c === null) {
      // synchronous: it cannot wait for the compiler (createNode({ compiler: "lazy" }) fetches it
      // on first use, or loadCompiler()): a clear error, and the compiler on its way
      void compilerAndWarnings().catch(() => {});
      const error = `** (CompileError) ${file}: the compiler is still loading; compile again in a moment (run and the REPL wait for it)\n`;
      this.out(error, "stderr");
      return { modules: [], error };
    }
    let mods: CompiledModule[];
    // synchronous: the compilation cannot wait for code the page fetches on first use
    this.node.compileCannotWait++;
    try {
      mods = c.compileModules(c.parse(source, file), file, this.compilerHost(c));
    } catch (e) {
      let error: string;
      if (e instanceof c.CompileError) error = e.format(source) + "\n";
      else if (e instanceof HostWaitNeeded) {
        // a macro called a BIF not loaded yet (its load has started): a clear error, not a JS one
        error = `** (CompileError) ${file}: compiling this needs library or built-in code the page is still loading; compile again in a moment (run and the REPL wait for it)\n`;
      } else throw e;
      this.out(error, "stderr");
      return { modules: [], error };
    } finally {
      this.node.compileCannotWait--;
    }
    const fs = this.fs;
    fs.mkdirSync(outDir, { recursive: true });
    for (const m of mods) fs.writeFileSync(`${outDir.replace(/\/$/, "")}/${m.name}.bbc`, writeModule(m));
    if (!this.node.code.path.includes(outDir)) this.node.code.path.unshift(outDir);
    return { modules: mods.map((m) => m.name.replace(/^Elixir\./, "")) };
  }

  async loadModule(name: string): Promise<Api.RunResult> {
    const mod = /^[A-Z]/.test(name) ? `Elixir.${name}` : name;
    const shown = inspect(atom(mod));
    return this.run(`:code.purge(${shown})\n:code.load_file(${shown})\n`, "load.exs");
  }

  private get fs() {
    return (this.node.host as ReturnType<typeof browserHost>).fs;
  }

  writeFile(path: string, contents: string | Uint8Array): void {
    this.fresh = false;
    this.fs.mkdirSync(path.replace(/\/[^/]*$/, "") || "/", { recursive: true });
    this.fs.writeFileSync(path, contents);
  }

  readFile(path: string): Uint8Array | null {
    return this.node.host.readFile(path);
  }

  modules(all = false): Api.ModuleInfo[] {
    return snapshot(this.node, { preloaded: all })
      .modules.filter((m) => all || (!m.preloaded && !/^:elixir_(eval|compiler)_\d+$/.test(m.name)))
      .map((m) => ({ name: m.name, vsn: m.vsn, hasOld: m.hasOld, oldVsn: m.oldVsn, processesOnOld: m.processesOnOld, preloaded: m.preloaded }));
  }

  processes(): Api.ProcessInfo[] {
    return snapshot(this.node, { preloaded: false }).processes.map((p) => ({ pid: p.pid, name: p.name, current: p.current, version: p.version, onOld: p.onOld, initialCall: p.initialCall, status: p.status, queue: p.queue }));
  }

  input(text: string): void {
    this.stdin.push(text);
  }

  endInput(): void {
    this.stdin.end();
  }

  get waitingForInput(): boolean {
    return !this.stopped && this.stdin.isWaiting;
  }

  stop(): void {
    if (!this.stopped) this.node.halt(0);
  }
}

export async function createNode(options: Api.CreateNodeOptions = {}): Promise<Api.BeamletNode> {
  // (the files are the page's, shared by its nodes: each is read once, from where the latest
  // createNode said when it is first needed; a node's first, the core, from its own createNode's)
  if (options.libraryUrl !== undefined) libraryLocation = options.libraryUrl;
  if (options.compiler === "lazy") await fetchLibrary();
  else await Promise.all([fetchLibrary(), compilerAndWarnings()]);
  return new EmbeddedNode(options);
}

// the declarations in beamlet.d.ts are what this module provides
const _checked: { createNode: typeof Api.createNode; version: typeof Api.version } = { createNode, version };
void _checked;
