// The code server: two slots per module (current and old) and the rules of
// shared/docs/upgrade-semantics.md. Every check runs before anything changes (load: verify, then
// commit in a few assignments that cannot fail).
import { KERNEL_FUNCTIONS, KERNEL_MACROS } from "../compiler/kernel_imports.ts";
import { Op, opInfo } from "../compiler/opcodes.ts";
import { Atom, Term, atom, list, tuple, NIL, FALSE, TRUE, bin, binFromBytes, Tuple, Cons, charlist } from "./terms.ts";
import { ModuleVersion, CompiledModule, INTERNAL_ATTRIBUTES } from "./module.ts";
import { decodeModule, writeModule, BadFile } from "./bytecode_file.ts";
import { md5 } from "./md5.ts";
import { deprecatedOf } from "./deprecated_functions.ts";
import type { Process } from "./process.ts";
import { ErlangError } from "./errors.ts";
import { mapFromEntries } from "./map.ts";
import { bifsOfModule } from "./bifs/registry.ts";
import { otpExports } from "./bifs/otp_exports.ts";
import { ExportTable, codeOrder, liftedOrder } from "./export_order.ts";
import { ELIXIR_DUNDER_EXPORTS } from "./elixir_dunder_exports.ts";

export interface CodeHost {
  readFile(path: string): Uint8Array | null;
  /** the working directory (a module's compile info names its source absolutely) */
  cwd?(): string;
}

/** a library module whose bytecode is decoded on first use (the browser build, where decoding all
 *  of lib/ would delay a page's first output): it is loaded from the start, as on a node that
 *  loaded it at boot, so :code.is_loaded, all_loaded and ensure_loaded answer as they would */
export interface LazyModule {
  /** the source it was compiled from (what is_loaded and all_loaded report) */
  file: string;
  /** its bytecode; where the host has not fetched it yet (a page fetches parts of the library on
   *  first use) it throws HostWaitNeeded with the fetch, and the caller waits and asks again */
  decode(): CompiledModule;
  /** the host's fetch of its bytecode while decode() would have to wait for it, else null */
  pending?(): Promise<unknown> | null;
  /** the host's fetches (started) of the library code that a call of its name/arity reaches
   *  through the library's calls, or null when nothing it reaches waits for the host */
  reaching?(name: string, arity: number): Promise<unknown> | null;
}

export class Slots {
  old: ModuleVersion | null = null;
  private cur: ModuleVersion | null = null;
  private lazy: LazyModule | null = null;
  /** the library module's reaching(), kept once it is decoded (until another version replaces it) */
  private reach: LazyModule["reaching"] | null = null;

  constructor(lazy: LazyModule | null = null) {
    this.lazy = lazy;
    this.reach = lazy?.reaching ?? null;
  }

  /** the current version; a lazy library module is decoded here, the first time anyone asks */
  get current(): ModuleVersion | null {
    if (this.lazy !== null) {
      const v = new ModuleVersion(this.lazy.decode());
      v.loadedFrom = this.lazy.file;
      this.cur = v;
      this.lazy = null;
    }
    return this.cur;
  }

  set current(v: ModuleVersion | null) {
    this.lazy = null;
    this.reach = null;
    this.cur = v;
  }

  /** whether there is a current version, without decoding a lazy one */
  get hasCurrent(): boolean {
    return this.lazy !== null || this.cur !== null;
  }

  /** where the current version was loaded from, without decoding a lazy one */
  get currentFile(): string | null {
    return this.lazy !== null ? this.lazy.file : (this.cur?.loadedFrom ?? null);
  }

  /** the current version's file as is_loaded and all_loaded answer it: a charlist ([] for code
   *  made in memory), or the atom load_binary was given */
  get currentFileTerm(): Term {
    if (this.lazy === null && this.cur?.loadedFromAtom) return atom(this.cur.loadedFrom ?? "");
    return charlist(this.currentFile ?? "");
  }

  /** still waiting for its first use (tests and the start-up figures count these) */
  get isLazy(): boolean {
    return this.lazy !== null;
  }

  /** the host's fetch its decoding would wait for (the fetch started), or null */
  get pending(): Promise<unknown> | null {
    return this.lazy?.pending?.() ?? null;
  }

  /** the host's fetches a call of its name/arity would wait for further down (started), or null */
  reaching(name: string, arity: number): Promise<unknown> | null {
    return this.reach?.(name, arity) ?? null;
  }
}

export const OBJ_EXT = ".bbc";
/** the extensions an object file is looked for by (in this order): beamlet's own, then the BEAM's,
 *  for programs that write their module's object code to `Elixir.M.beam` by name and load it
 *  back (it must hold beamlet object code: anything else is badfile, as a foreign file on OTP) */
export const OBJ_EXTS = [OBJ_EXT, ".beam"];

/** the functions that call, capture or look up a module given as a value (CodeServer.fetchesFor) */
const BY_NAME_CALLERS = new Set([
  "erlang:apply/2", "erlang:apply/3", "Elixir.Kernel:apply/2", "Elixir.Kernel:apply/3",
  "erlang:make_fun/3", "Elixir.Function:capture/3",
  "erlang:function_exported/3", "Elixir.Kernel:function_exported?/3", "Elixir.Kernel:macro_exported?/3",
  "code:ensure_loaded/1", "Elixir.Code:ensure_loaded/1", "Elixir.Code:ensure_loaded?/1", "Elixir.Code:ensure_loaded!/1",
  "Elixir.Code:ensure_compiled/1", "Elixir.Code:ensure_compiled!/1",
  "erlang:spawn/3", "erlang:spawn_link/3", "erlang:spawn_monitor/3", "erlang:spawn_opt/4",
  "Elixir.Kernel:spawn/3", "Elixir.Kernel:spawn_link/3", "Elixir.Kernel:spawn_monitor/3",
  "Elixir.Kernel:struct/1", "Elixir.Kernel:struct/2", "Elixir.Kernel:struct!/1", "Elixir.Kernel:struct!/2",
]);
const byRuntimeNameOf = new WeakMap<ModuleVersion, boolean>();

/** whether v's code calls a module given as a value: `mod.fun(...)` (call_dyn), apply/3, a capture
 *  made by name at run time, a look-up of a module by name */
function callsByRuntimeName(v: ModuleVersion): boolean {
  let r = byRuntimeNameOf.get(v);
  if (r !== undefined) return r;
  r = v.imports.some((i) => BY_NAME_CALLERS.has(`${i.def.module}:${i.def.name}/${i.def.arity}`));
  for (let pc = 0; !r && pc < v.code.length; ) {
    const op = v.code[pc];
    if (op === Op.call_dyn || op === Op.tail_dyn) r = true;
    pc += 1 + (opInfo(op)?.operands.length ?? 0);
  }
  byRuntimeNameOf.set(v, r);
  return r;
}

/**
 * The code path a node starts with, as `elixir` starts OTP 25: Elixir's applications' ebin
 * directories, the working directory, then OTP's. Only the applications beamlet has, under its code
 * root (:code.root_dir/0), without versions (:code.which/1 names their modules' files so). Their
 * modules are the library's, compiled into the node: no file is looked for there. "." is looked
 * in, as elixir and iex do: a module compiled into the working directory loads on first call.
 */
export const LIBRARY_CODE_PATH = ["logger", "ex_unit", "elixir", ".", "kernel", "stdlib", "compiler"].map((app) => (app === "." ? app : `/beamlet/lib/${app}/ebin`));
const libraryDirs = new Set(LIBRARY_CODE_PATH.filter((dir) => dir !== "."));

export class CodeServer {
  readonly modules = new Map<Atom, Slots>();
  /** bumps on every change, invalidating the call caches of imports */
  generation = 0;
  path: string[] = [...LIBRARY_CODE_PATH];
  /** modules compiled into the node at boot (lib/): preloaded, never autoloaded from the path */
  readonly preloaded = new Set<Atom>();
  /** the order OTP's export table made its entries in, for module_info(:exports) */
  private readonly exportTable = new ExportTable();
  /** library modules a script's node has not loaded yet: callable, but is_loaded, all_loaded and
   *  function_exported? do not see them until their first use (vm/loaded_modules.ts) */
  readonly notLoadedYet = new Set<Atom>();
  /** library modules whose first use is still waiting for the code server: the process that
   *  asked first makes the trips (vm/loaded_modules.ts); one needing such a module waits for it */
  readonly loading = new Map<Atom, Process>();
  /** the times a writer let the others run while it waited for its io server's reply: the
   *  code server's loads outlast such turns (vm/loaded_modules.ts stillWaitsForCode) */
  ioWaits = 0;

  /** whether m has __info__/1: every module Elixir compiles has it, whatever its name (`defmodule
   *  :m`); a library module standing for an Erlang one (:lists) has none */
  hasElixirInfo(m: Atom): boolean {
    return m.name.startsWith("Elixir.") || !this.preloaded.has(m);
  }

  /** m's first use: true when it was not loaded yet (its caller waits for the code server) */
  loadOnFirstUse(m: Atom): boolean {
    if (!this.notLoadedYet.delete(m)) return false;
    // (compiled code's call sites that left the call to the interpreter look again)
    this.generation++;
    return true;
  }

  constructor(
    private readonly host: CodeHost,
    /** processes of the node, for purge (R4) and soft_purge (R5) */
    private readonly processes: () => Iterable<Process>,
    private readonly kill: (p: Process, reason: Term) => void,
  ) {}

  private slots(m: Atom): Slots {
    let s = this.modules.get(m);
    if (!s) {
      s = new Slots();
      this.modules.set(m, s);
    }
    return s;
  }

  current(m: Atom): ModuleVersion | undefined {
    return this.modules.get(m)?.current ?? undefined;
  }

  /** why the last load_file/load_binary/autoload answered badfile, and the file's path */
  lastBadFile: { path: string; reason: string } | null = null;
  /** reports an autoload that found a bad file (the node logs it, as the BEAM's code server does) */
  onAutoloadBadFile: ((m: Atom, path: string, reason: string) => void) | null = null;
  /** modules the node compiles on first use instead of at boot (CompileError and the other
   *  exceptions of Code and File): name -> what loads them */
  readonly onDemand = new Map<string, () => void>();

  /**
   * The host's fetches (a page's, of library code) that m's calls would wait for, with those of
   * the modules it calls that are not the library's (a program's other modules) and those the
   * library functions they call reach further down: a promise of them all, started, or null when
   * none is pending.
   */
  fetchesFor(m: Atom): Promise<unknown> | null {
    // (Node has the whole library at once: nothing to walk for)
    if (!this.hostFetches) return null;
    const pending: Promise<unknown>[] = [];
    const seen = new Set<Atom>([m]);
    const todo = [m];
    let byRuntimeName = false;
    while (todo.length > 0) {
      const s = this.modules.get(todo.pop()!);
      if (s === undefined || s.isLazy) continue;
      const v = s.current;
      if (v !== null && !byRuntimeName) byRuntimeName = callsByRuntimeName(v);
      for (const imp of v?.imports ?? []) {
        const to = imp.moduleAtom;
        // a library function that calls, further down, library code not fetched yet
        const further = this.modules.get(to)?.reaching(imp.def.name, imp.def.arity) ?? null;
        if (further !== null) pending.push(further);
        if (seen.has(to)) continue;
        seen.add(to);
        const slots = this.modules.get(to);
        const p = slots?.pending ?? null;
        if (p !== null) pending.push(p);
        else if (!this.preloaded.has(to)) todo.push(to);
      }
    }
    // a module named by a value made at run time (apply(String.to_atom(...), ...)) may be any of
    // the library's: every file not fetched yet, so that the code runs once, as with a call by name
    if (byRuntimeName) {
      for (const s of this.modules.values()) {
        const p = s.pending;
        if (p !== null) pending.push(p);
      }
    }
    return pending.length === 0 ? null : Promise.all(pending);
  }

  /** R1: autoload from the code path on first use */
  ensureLoaded(m: Atom): ModuleVersion | undefined {
    const r = this.ensureLoadedOrWhy(m);
    return r instanceof ModuleVersion ? r : undefined;
  }

  /** ensureLoaded, or why it could not load m (:code.ensure_loaded's `nofile` or `badfile`) */
  ensureLoadedOrWhy(m: Atom, onLoad = false): ModuleVersion | string {
    const c = this.current(m);
    if (c) return c;
    const lazy = this.onDemand.get(m.name);
    if (lazy) {
      this.onDemand.delete(m.name);
      lazy();
      const now = this.current(m);
      if (now) return now;
    }
    const r = this.loadFile(m, onLoad);
    if (r === "badfile" && this.lastBadFile) this.onAutoloadBadFile?.(m, this.lastBadFile.path, this.lastBadFile.reason);
    return r;
  }

  /** the verified module in `bytes`, or null with lastBadFile saying why */
  private decode(m: Atom, path: string, bytes: Uint8Array): CompiledModule | null {
    const compiled = decodeModule(bytes);
    let reason: string | null = null;
    if (compiled instanceof BadFile) reason = compiled.reason;
    else if (compiled.name !== m.name) reason = `the file holds module ${compiled.name}, not ${m.name}`;
    if (reason === null) return compiled as CompiledModule;
    this.lastBadFile = { path, reason };
    return null;
  }

  /** Elixir.M.bbc (or .beam) on the code path: its path and bytes (read once) */
  locate(m: Atom): { path: string; bytes: Uint8Array } | null {
    for (const dir of this.path) {
      if (libraryDirs.has(dir)) continue;
      const found = this.objectFile(dir.replace(/\/$/, "") + "/" + m.name);
      if (found !== null) return found;
    }
    return null;
  }

  /** FILE + an object file extension (OBJ_EXTS, in order), made absolute: its path and bytes */
  objectFile(file: string): { path: string; bytes: Uint8Array } | null {
    for (const ext of OBJ_EXTS) {
      const path = this.absolute(file + ext);
      const bytes = this.host.readFile(path);
      if (bytes !== null) return { path, bytes };
    }
    return null;
  }

  /** a file under a relative directory of the path (".", where elixir and iex look last) by its
   *  absolute name, as the code server names the files it loads */
  private absolute(file: string): string {
    if (file.startsWith("/")) return file;
    const cwd = this.host.cwd?.();
    if (cwd === undefined) return file;
    return "/" + (cwd + "/" + file).split("/").filter((p) => p !== "" && p !== ".").join("/");
  }

  findFile(m: Atom): string | null {
    return this.locate(m)?.path ?? null;
  }

  /** some library module's code is fetched by the host on first use (a page's) */
  private hostFetches = false;

  /** a library module loaded at boot whose bytecode is decoded on its first use */
  installLazy(m: Atom, lazy: LazyModule): void {
    const s = this.modules.get(m);
    if (s?.hasCurrent) throw new Error(`installLazy: ${m.name} is loaded already`);
    this.modules.set(m, new Slots(lazy));
    if (lazy.pending) this.hostFetches = true;
    this.generation++;
  }

  /** modules loaded with an @on_load function that has not answered yet (OTP's code prepared by
   *  erlang:load_module): not current, not old; the version current before stays so meanwhile */
  private onLoadPending = new Map<Atom, ModuleVersion>();

  /**
   * install a compiled module (no checks of the not_purged rule: callers do them). With `onLoad`
   * a module that has an @on_load function is only prepared: finishOnLoad makes it current once
   * its function answered (the caller runs it: :code_server.__on_load__/3).
   */
  private install(m: Atom, compiled: CompiledModule, from: string | null, binary: Uint8Array | null, onLoad = false): ModuleVersion {
    const v = new ModuleVersion(compiled);
    v.loadedFrom = from;
    v.binary = binary;
    if (onLoad && compiled.onLoad !== undefined) {
      this.onLoadPending.set(m, v);
      return v;
    }
    return this.commit(m, v);
  }

  /** a prepared version waiting for its @on_load function */
  pendingOnLoad(m: Atom): ModuleVersion | undefined {
    return this.onLoadPending.get(m);
  }

  /** does v wait for its @on_load function? */
  waitsForOnLoad(v: ModuleVersion): boolean {
    return this.onLoadPending.get(v.module) === v;
  }

  /** the @on_load function answered: :ok makes the prepared version current (the current one
   *  becoming old), anything else drops it, as if it had never been loaded */
  finishOnLoad(m: Atom, keep: boolean): boolean {
    const v = this.onLoadPending.get(m);
    if (v === undefined) return false;
    this.onLoadPending.delete(m);
    if (keep) {
      // (a load while it ran left an old version: it goes, as loading in memory purges it first)
      const s = this.modules.get(m);
      if (s && s.old && s.hasCurrent) this.purge(m);
      this.commit(m, v);
    } else {
      // (its funs, made while the function ran, are a purged version's)
      v.purged = true;
      v.purgedBy = this;
      v.jitFns = null;
      v.jitResume = null;
    }
    return true;
  }

  /** v becomes m's current version */
  private commit(m: Atom, v: ModuleVersion): ModuleVersion {
    const s = this.slots(m);
    if (s.current) s.old = s.current;
    s.current = v;
    this.generation++;
    if (!this.preloaded.has(m)) {
      const exported = new Set(this.exportKeys(v));
      this.exportTable.loaded(v, (fa) => exported.has(fa));
    }
    return v;
  }

  /** R2: load_file; returns the version or an error atom */
  loadFile(m: Atom, onLoad = false): ModuleVersion | "nofile" | "badfile" | "not_purged" {
    const found = this.locate(m);
    if (found === null) return "nofile";
    return this.loadFound(m, found.path, found.bytes, onLoad);
  }

  /** :code.load_abs: the object file FILE + OBJ_EXT (FILE without its extension) as m, with
   *  load_file's rules; the path is made absolute, as the code server names the files it loads */
  loadAbs(m: Atom, file: string, onLoad = false): ModuleVersion | "nofile" | "badfile" | "not_purged" {
    const found = this.objectFile(file);
    if (found === null) return "nofile";
    return this.loadFound(m, found.path, found.bytes, onLoad);
  }

  /** a file's absolute name, as the code server's reports name the files it loads */
  absolutePath(file: string): string {
    return this.absolute(file);
  }

  private loadFound(m: Atom, path: string, bytes: Uint8Array, onLoad: boolean): ModuleVersion | "badfile" | "not_purged" {
    const compiled = this.decode(m, path, bytes);
    if (compiled === null) return "badfile";
    const s = this.modules.get(m);
    if (s && s.old && s.hasCurrent) return "not_purged";
    return this.install(m, compiled, path, bytes, onLoad);
  }

  /**
   * Code checked by :code.prepare_loading (OTP's magic references, by their ids): finish_loading
   * installs it. An entry goes once it is installed. (null: a sticky module, which finish refuses)
   */
  readonly prepared = new Map<number, { m: Atom; compiled: CompiledModule | null; bytes: Uint8Array }>();

  /** the verified module m in `bytes` (null: lastBadFile says why), for prepare_loading */
  prepare(m: Atom, path: string, bytes: Uint8Array): CompiledModule | null {
    return this.decode(m, path, bytes);
  }

  /** would loading m now answer not_purged (an old version beside a current one)? */
  needsPurge(m: Atom): boolean {
    const s = this.modules.get(m);
    return !!(s && s.old && s.hasCurrent);
  }

  /** finish_loading: prepared modules become current together (the caller checked not_purged) */
  installPrepared(entries: { m: Atom; compiled: CompiledModule; bytes: Uint8Array; from: string }[]): void {
    for (const e of entries) this.install(e.m, e.compiled, e.from, e.bytes);
  }

  /** R2b: load_binary purges the old version first, never answers not_purged. OTP's code server
   *  purges before it looks at the binary, so a bad binary still kills the old code's processes. */
  loadBinary(m: Atom, filename: string, bytes: Uint8Array, onLoad = false): ModuleVersion | "badfile" {
    const s = this.modules.get(m);
    if (s && s.old && s.hasCurrent) this.purge(m);
    const compiled = this.decode(m, filename, bytes);
    if (compiled === null) return "badfile";
    return this.install(m, compiled, filename, bytes, onLoad);
  }

  /** load an in-memory compiled module (scripts, Code.compile_string): purge old first (R14) */
  loadCompiled(compiled: CompiledModule, from: string | null = null, onLoad = false): ModuleVersion {
    const m = atom(compiled.name);
    const s = this.modules.get(m);
    if (s && s.old && s.hasCurrent) this.purge(m);
    return this.install(m, compiled, from, null, onLoad);
  }

  /** R4 */
  purge(m: Atom): boolean {
    const s = this.modules.get(m);
    if (!s || !s.old) return false;
    const old = s.old;
    let killed = false;
    for (const p of this.processes()) {
      if (p.runsVersion(old)) {
        this.kill(p, atom("killed"));
        killed = true;
      }
    }
    old.purged = true;
    old.purgedBy = this;
    old.jitFns = null; // its compiled code goes with it
    old.jitResume = null;
    s.old = null;
    this.generation++;
    return killed;
  }

  /** R5 */
  softPurge(m: Atom): boolean {
    const s = this.modules.get(m);
    if (!s || !s.old) return true;
    for (const p of this.processes()) if (p.runsVersion(s.old)) return false;
    s.old.purged = true;
    s.old.purgedBy = this;
    s.old.jitFns = null;
    s.old.jitResume = null;
    s.old = null;
    this.generation++;
    return true;
  }

  /**
   * R6: current -> old. "must_purge" (false, with a report) while an old version exists; true
   * for a known module even with nothing current (OTP 25); false for an unknown module.
   */
  delete(m: Atom): boolean | "must_purge" {
    const s = this.modules.get(m);
    if (!s) return false;
    if (s.old) return "must_purge";
    if (s.current) {
      s.old = s.current;
      s.current = null;
      this.generation++;
    }
    return true;
  }

  checkOldCode(m: Atom): boolean {
    return !!this.modules.get(m)?.old;
  }

  /** R7 */
  checkProcessCode(p: Process, m: Atom): boolean {
    const old = this.modules.get(m)?.old;
    return !!old && p.runsVersion(old);
  }

  /** whether m has a current version (a lazy library module is not decoded to answer) */
  hasCurrent(m: Atom): boolean {
    return !!this.modules.get(m)?.hasCurrent;
  }

  isLoaded(m: Atom): Term {
    const s = this.modules.get(m);
    if (!s?.hasCurrent) return FALSE;
    // library modules report the source they were compiled from; in-memory ones [] (as the BEAM)
    return tuple(atom("file"), s.currentFileTerm);
  }

  /** [{module, path}] of every loaded module; modules made only of BIFs are :preloaded */
  allLoaded(bifModules: string[] = []): Term {
    const out: Term[] = [];
    for (const [m, s] of this.modules) if (s.hasCurrent && !this.notLoadedYet.has(m)) out.push(tuple(m, s.currentFileTerm));
    for (const name of bifModules) {
      const m = atom(name);
      if (!this.modules.get(m)?.hasCurrent) out.push(tuple(m, atom("preloaded")));
    }
    return list(out);
  }

  /** the object code of a version (what :code.get_object_code / Code.compile_string return) */
  objectCode(v: ModuleVersion): Uint8Array {
    if (!v.binary) v.binary = writeModule(v.compiled);
    return v.binary;
  }

  md5Of(v: ModuleVersion): Uint8Array {
    let h = this.md5s.get(v);
    if (h === undefined) {
      h = objectMd5(v.compiled);
      this.md5s.set(v, h);
    }
    return h;
  }
  private readonly md5s = new WeakMap<ModuleVersion, Uint8Array>();

  /** :code.module_md5/1: the md5 a version loaded from these bytes would have, null for no object code */
  md5OfObjectCode(bytes: Uint8Array): Uint8Array | null {
    const m = decodeModule(bytes);
    return m instanceof BadFile ? null : objectMd5(m);
  }

  /**
   * R10b: the loaded version (current or old) of v's module whose code is v's (same md5), for
   * a fun made by v after v was purged; undefined while no loaded version has that code.
   */
  loadedWithSameCode(v: ModuleVersion): ModuleVersion | undefined {
    const s = this.modules.get(v.module);
    if (!s) return undefined;
    const want = this.md5Of(v);
    for (const cand of [s.current, s.old]) {
      if (cand && !cand.purged && sameBytes(this.md5Of(cand), want)) return cand;
    }
    return undefined;
  }

  /** a loaded version (current or old, not purged) of module m whose code has this md5 */
  loadedWithMd5(m: Atom, want: Uint8Array): ModuleVersion | undefined {
    const s = this.modules.get(m);
    if (!s) return undefined;
    for (const cand of [s.current, s.old]) {
      if (cand && !cand.purged && sameBytes(this.md5Of(cand), want)) return cand;
    }
    return undefined;
  }

  /** R13: @vsn, or an integer from the md5 of the code */
  vsn(v: ModuleVersion): Term {
    const explicit = v.attribute("vsn");
    if (explicit !== undefined) return explicit instanceof Cons || explicit === NIL ? explicit : list([explicit]);
    const h = this.md5Of(v);
    let n = 0n;
    for (const b of h) n = (n << 8n) | BigInt(b);
    return list([n]);
  }

  /**
   * module_info(:compile): as Elixir 1.14 compiles a module on OTP 25 (compiler 8.2.3, the options
   * elixir_erl passes, the source's absolute path). The library's modules keep their file alone:
   * Elixir's were compiled with options of their own, which beamlet does not know.
   */
  private compileInfo(v: ModuleVersion): Term {
    const file = v.compiled.file;
    if (this.preloaded.has(v.module)) return list([tuple(atom("source"), charlist(file))]);
    const cwd = this.host.cwd?.();
    // (as Path.absname: "." parts dropped, ".." kept)
    const source = cwd === undefined ? file : "/" + (file.startsWith("/") ? file : cwd + "/" + file).split("/").filter((p) => p !== "" && p !== ".").join("/");
    return list([
      tuple(atom("version"), charlist("8.2.3")),
      tuple(atom("options"), list(["no_spawn_compiler_process", "from_core", "no_core_prepare", "no_auto_import"].map(atom))),
      tuple(atom("source"), charlist(source)),
    ]);
  }

  /** a version's exports, "name/arity" (a library module's in its own order) */
  private exportKeys(v: ModuleVersion): string[] {
    // Elixir modules export __info__/1 too (every module compiled here is one)
    const elixir = v.module.name.startsWith("Elixir.") || !this.preloaded.has(v.module);
    return [
      ...(elixir ? ["__info__/1"] : []),
      ...v.functions.filter((f) => f.exported && !f.lambda).map((f) => `${f.name}/${f.arity}`),
      ...bifExports(v).map(([n, a]) => `${n}/${a}`),
      "module_info/0", "module_info/1",
    ];
  }

  moduleInfo(v: ModuleVersion, key?: Term): Term | undefined {
    const asTuples = (keys: string[]) => list(keys.map((k) => {
      const i = k.lastIndexOf("/");
      return tuple(atom(k.slice(0, i)), Number(k.slice(i + 1)));
    }));
    const exports = () => {
      const keys = this.exportKeys(v);
      return asTuples(this.preloaded.has(v.module) ? keys : this.exportTable.order(v.module.name, keys));
    };
    const attributes = () => {
      // as the Erlang compiler lists them: each value a list, the md5 first as vsn without a @vsn
      const kept = v.compiled.attributes.filter(([k]) => !INTERNAL_ATTRIBUTES.has(k));
      const attrs = kept.map(([k, val]) => tuple(atom(k), val === NIL || val instanceof Cons ? val : list([val])));
      if (!kept.some(([k]) => k === "vsn")) attrs.unshift(tuple(atom("vsn"), this.vsn(v)));
      return list(attrs);
    };
    const table: [string, () => Term][] = [
      ["module", () => v.module],
      ["exports", exports],
      ["attributes", attributes],
      ["compile", () => this.compileInfo(v)],
      ["md5", () => binFromBytes(this.md5Of(v))],
    ];
    if (key === undefined) return list(table.map(([k, f]) => tuple(atom(k), f())));
    const hit = table.find(([k]) => key instanceof Atom && k === key.name);
    if (hit) return hit[1]();
    if (key instanceof Atom && key.name === "functions") {
      if (!this.preloaded.has(v.module)) return asTuples([...codeOrder(v), ...liftedOrder(v)]);
      return list(v.functions.filter((f) => !f.lambda).map((f) => tuple(atom(f.name), f.arity)));
    }
    if (key instanceof Atom && key.name === "nifs") return NIL;
    if (key instanceof Atom && key.name === "native") return FALSE;
    return undefined;
  }

  /**
   * M.module_info/0,1 and M.__info__/1, which every module has. An unknown key fails as on the
   * BEAM: module_info(:nope) is a badarg from :erlang.get_module_info/2 (ArgumentError),
   * __info__(:nope) a function_clause of M's inlined __info__/1 (FunctionClauseError).
   * `callerTrace` is the caller's stack trace, below the entries the BEAM shows.
   */
  builtinInfo(v: ModuleVersion, fname: "module_info" | "__info__", arg: Term | undefined, callerTrace: () => Term): Term {
    const r = fname === "module_info" ? this.moduleInfo(v, arg) : this.info(v, arg!);
    if (r !== undefined) return r;
    const e =
      fname === "module_info"
        ? new ErlangError("error", atom("badarg"))
        : new ErlangError("error", atom("function_clause"));
    const top: Term[] =
      fname === "module_info"
        ? [tuple(atom("erlang"), atom("get_module_info"), list([v.module, arg!]), list([tuple(atom("error_info"), mapFromEntries([[atom("module"), atom("erl_erts_errors")]]))])), tuple(v.module, atom("module_info"), 1, NIL)]
        : [tuple(v.module, atom("-inlined-__info__/1-"), list([arg!]), NIL)];
    let trace = callerTrace();
    for (let i = top.length - 1; i >= 0; i--) trace = new Cons(top[i], trace);
    e.stacktrace = trace;
    throw e;
  }

  /**
   * module_info/0,1 and __info__/1 of a module beamlet has only as BIFs (Float, :erlang, :math):
   * its BIFs are its exports. undefined when the module has no BIFs or the key is unknown.
   */
  /** whether module_info/0,1 (and __info__/1 of an Elixir module) exist for a BIF-only module */
  bifOnlyHasInfo(mod: Atom, name: string, arity: number): boolean {
    const info = (name === "module_info" && arity <= 1) || (name === "__info__" && arity === 1 && mod.name.startsWith("Elixir."));
    return info && bifOnlyExports(mod.name).length > 0;
  }

  bifOnlyInfo(mod: Atom, fname: "module_info" | "__info__", key: Term | undefined): Term | undefined {
    const names = bifOnlyExports(mod.name);
    if (names.length === 0) return undefined;
    const elixir = mod.name.startsWith("Elixir.");
    const fns = () => list(names.map(([n, a]) => tuple(atom(n), a)));
    const exports = () => list([...(elixir ? [tuple(atom("__info__"), 1)] : []), ...names.map(([n, a]) => tuple(atom(n), a)), tuple(atom("module_info"), 0), tuple(atom("module_info"), 1)]);
    const digest = () => binFromBytes(md5(new TextEncoder().encode(names.map(([n, a]) => `${n}/${a}`).join(","))));
    const table: [string, () => Term][] =
      fname === "module_info"
        ? [["module", () => mod], ["exports", exports], ["attributes", () => NIL], ["compile", () => NIL], ["md5", digest]]
        : [["module", () => mod], ["functions", fns], ["macros", () => NIL], ["attributes", () => NIL], ["compile", () => NIL], ["md5", digest], ["deprecated", () => NIL], ["struct", () => atom("nil")]];
    if (key === undefined) return fname === "module_info" ? list(table.map(([k, f]) => tuple(atom(k), f()))) : undefined;
    const hit = table.find(([k]) => key instanceof Atom && k === key.name);
    return hit ? hit[1]() : undefined;
  }

  /** Mod.__info__/1 (the parts Elixir code uses) */
  info(v: ModuleVersion, key: Term): Term | undefined {
    const k = key instanceof Atom ? key.name : "";
    // Kernel's functions and macros are Elixir's (its macros are the compiler's here, and some of
    // its functions stand in for macros)
    if (v.module === KERNEL && (k === "functions" || k === "macros")) return kernelInfo(k === "functions" ? KERNEL_FUNCTIONS : KERNEL_MACROS);
    switch (k) {
      case "module": return v.module;
      case "functions":
        // Elixir sorts them
        return list(
          [
            // (a program's own __name__ functions are listed; the library's are its helpers, but
            // for those Elixir's module has too: __struct__/0,1, IO.Stream.__build__/3 ...)
            ...v.functions.filter((f) => f.exported && !f.lambda && !f.generated && f.name !== "__info__" && (!this.preloaded.has(v.module) || !f.name.startsWith("__") || f.name === "__struct__" || elixirHas(v.module.name, f.name, f.arity)) && !f.name.startsWith("MACRO-")).map((f) => ({ name: f.name, arity: f.arity })),
            ...bifExports(v).map(([name, arity]) => ({ name, arity })),
          ]
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.arity - b.arity))
            .map((f) => tuple(atom(f.name), f.arity)),
        );
      case "macros":
        return list(
          v.functions
            .filter((f) => f.exported && f.name.startsWith("MACRO-"))
            .map((f) => [f.name.slice(6), f.arity - 1] as [string, number])
            .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
            .map(([n, a]) => tuple(atom(n), a)),
        );
      case "attributes": return this.moduleInfo(v, atom("attributes"));
      case "md5": return binFromBytes(this.md5Of(v));
      case "struct":
        if (v.compiled.structFields === null) return atom("nil");
        return list((v.compiled.structInfo ?? v.compiled.structFields.map((f) => [f, false] as [string, boolean])).map(([f, required]) => mapFromEntries([[atom("field"), atom(f)], [atom("required"), required ? TRUE : FALSE]])));
      case "compile": return this.moduleInfo(v, atom("compile"));
      case "deprecated": return list(deprecatedOf(v.compiled).map(([name, arity, message]) => tuple(tuple(atom(name), arity), message)));
      case "exports_md5": {
        const names = v.functions.filter((f) => f.exported && !f.lambda).map((f) => `${f.name}/${f.arity}`).join(",");
        return binFromBytes(md5(new TextEncoder().encode(names)));
      }
    }
    return undefined;
  }
}

/**
 * The functions of a module that beamlet has as BIFs beside its compiled code (:lists.reverse/1,
 * String.upcase/1): exported as the original's are. Of an OTP module only those OTP exports;
 * beamlet's own helpers (__name) never.
 */
export function bifExports(v: ModuleVersion): [string, number][] {
  const mod = v.module.name;
  const bifs = bifsOfModule(mod);
  // (a module with no BIFs, a program's, never builds OTP's table: install asks every module)
  if (bifs.length === 0) return [];
  const own = new Set(v.functions.map((f) => `${f.name}/${f.arity}`));
  const otp = mod.startsWith("Elixir.") ? undefined : otpExports()[mod];
  const out: [string, number][] = [];
  for (const b of bifs) {
    const key = `${b.name}/${b.arity}`;
    if (own.has(key) || b.name.startsWith("__") || b.name.startsWith("MACRO-") || (otp !== undefined && !otp.includes(key))) continue;
    own.add(key);
    out.push([b.name, b.arity]);
  }
  return out;
}

/** whether Elixir 1.14's own module `mod` exports __name__/arity (vm/elixir_dunder_exports.ts) */
function elixirHas(mod: string, name: string, arity: number): boolean {
  return mod.startsWith("Elixir.") && ELIXIR_DUNDER_EXPORTS.has(`${mod.slice(7)}.${name}/${arity}`);
}

/** a BIF-only module's exports, sorted as __info__(:functions) lists them */
function bifOnlyExports(mod: string): [string, number][] {
  const otp = mod.startsWith("Elixir.") ? undefined : otpExports()[mod];
  const seen = new Set<string>();
  const out: [string, number][] = [];
  for (const b of bifsOfModule(mod)) {
    const key = `${b.name}/${b.arity}`;
    if (seen.has(key) || b.name.startsWith("__") || b.name.startsWith("MACRO-") || (otp !== undefined && !otp.includes(key))) continue;
    seen.add(key);
    out.push([b.name, b.arity]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}


const KERNEL = atom("Elixir.Kernel");

/** Kernel.__info__(:functions | :macros) as Elixir 1.14 lists them, sorted by name and arity */
function kernelInfo(table: Record<string, number[]>): Term {
  const pairs = Object.entries(table).flatMap(([name, arities]) => arities.map((a) => [name, a] as [string, number]));
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return list(pairs.map(([n, a]) => tuple(atom(n), a)));
}

const NO_DOCS: CompiledModule["docs"] = { moduledoc: null, functions: [] };

/** a module's md5 (module_info(:md5), :code.module_md5/1, the vsn without @vsn): of its object
 *  code without the docs, as the BEAM's leaves out the Docs chunk, so a changed @doc alone does
 *  not change it (and a page need not fetch the library's docs for it: web/embed.ts) */
function objectMd5(m: CompiledModule): Uint8Array {
  return md5(writeModule(m, NO_DOCS).subarray(14));
}
