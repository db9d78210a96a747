// Built-in functions (BIFs): first-order functions written in TS, grouped by module in vm/bifs/.
// A BIF never calls back into language code (anything taking a fun lives in lib/).
// A remote call M.f(args) first looks here ("M:f/arity", M being the atom's name, e.g.
// "erlang:length/1" or "Elixir.String:length/1"), then in the loaded modules.
// Errors are raised by throwing ErlangError (vm/errors.ts), never JS errors.
import { type Term, type Pid, atom } from "../terms.ts";
import { ErlangError, raise } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { withClauseFrame } from "../elixir_clause_frames.ts";
import { AwaitHost, HostWaitNeeded, TailCall } from "../calls.ts";
import { OTP_BUILTINS } from "./otp_builtins.ts";
import { binaryErlLine } from "./binary_erl_lines.ts";
import { reErlLine } from "./re_erl_lines.ts";
import type { Diagnosis } from "../error_info.ts";

/** What a BIF may ask of the process and node it runs in. Implemented by the VM. */
export interface BifContext {
  /** write text to the node's stdout (1) or stderr (2): an io request, so the writer lets the
   *  others run before it goes on, unless `direct` (:erlang.display writes without one) */
  write(fd: 1 | 2, text: string, direct?: boolean): void;
  /** while a write to stdout would go to the host's stdout and that holds more than its reader
   *  has taken (a slow pipe): the promise of room again, for the writer to wait on (AwaitHost);
   *  null otherwise. Optional: hosts without one never make a writer wait */
  stdoutBacklog?(): Promise<void> | null;
  self(): Pid;
  /** node-wide services (scheduler, code server, host); typed by the VM, opaque to pure BIFs */
  readonly node: any;
  readonly process: any;
}

/** A BIF returns a term, or asks the interpreter to call something in its place (TailCall), or
 *  to let the process wait for the host first (AwaitHost). */
export type BifFn = (args: Term[], ctx: BifContext) => Term | TailCall | AwaitHost;

export interface BifEntry {
  readonly module: string;
  readonly name: string;
  readonly arity: number;
  readonly fn: BifFn;
  /** allowed in guards (is_integer, length, map_size, ...) */
  readonly guard: boolean;
  /**
   * on the BEAM this is Erlang or Elixir code, not a built-in (:erlang.is_builtin/3 is false): a
   * last call to it leaves the caller's frame out of a failure's stack trace (vm/tail_calls.ts)
   */
  readonly codeOnBeam: boolean;
  /** its common case with the arguments in place (defineDirect), for compiled code */
  readonly direct?: DirectBif;
}

/**
 * A BIF's common case, called by compiled code (vm/jit/codegen.ts) with the arguments in place,
 * then the context: no argument array, no process registers published. It answers what the BIF
 * would, or undefined where it cannot, and then the ordinary BIF call runs; it never raises,
 * yields, charges work or reads the process's registers (current function, stack).
 */
export type DirectBif = (...args: (Term | BifContext)[]) => Term | undefined;

const table = new Map<string, BifEntry>();

/**
 * The definitions of each module not entered in the table yet, in the order they came: a module's
 * are entered (each BIF wrapped with its frames) when the table is first read or written for that
 * module. The ~950 BIFs defined at start were entered one by one while the bundle's modules ran,
 * before a page's first output, though a first program calls a few dozen modules' BIFs.
 */
const pendingDefinitions = new Map<string, [Record<string, BifFn>, readonly string[]][]>();

/** enter module's pending definitions in the table */
function settle(module: string): void {
  if (pendingDefinitions.size === 0) return;
  const defs = pendingDefinitions.get(module);
  if (defs === undefined) return;
  pendingDefinitions.delete(module);
  for (const [fns, guardSafe] of defs) enter(module, fns, guardSafe);
  const directs = pendingDirects.get(module);
  if (directs === undefined) return;
  pendingDirects.delete(module);
  for (const [key, direct] of directs) giveDirect(module, key, direct);
}

/** direct forms of BIFs whose module's definitions are still pending (entered with them) */
const pendingDirects = new Map<string, [string, DirectBif][]>();

function settleAll(): void {
  for (const module of [...pendingDefinitions.keys()]) settle(module);
}

export function bifKey(module: string, name: string, arity: number): string {
  return module + ":" + name + "/" + arity;
}

/** Register BIFs for one module: defineBifs("erlang", { "length/1": ([l]) => ... }) */
export function defineBifs(module: string, fns: Record<string, BifFn>, guardSafe: readonly string[] = []): void {
  const defs = pendingDefinitions.get(module);
  if (defs === undefined) pendingDefinitions.set(module, [[fns, guardSafe]]);
  else defs.push([fns, guardSafe]);
}

function enter(module: string, fns: Record<string, BifFn>, guardSafe: readonly string[]): void {
  for (const [key, fn] of Object.entries(fns)) {
    const slash = key.lastIndexOf("/");
    const name = key.slice(0, slash);
    const arity = Number(key.slice(slash + 1));
    const f = withClauseFrame(module, name, arity, framed(module, key, name, fn));
    table.set(bifKey(module, name, arity), { module, name, arity, fn: f, guard: guardSafe.includes(key), codeOnBeam: codeOnBeam(module, key) });
  }
}

/** give module's BIF `name/arity` (defined already) a direct form for compiled code */
export function defineDirect(module: string, key: string, direct: DirectBif): void {
  // (not settled for it: the module's BIFs are entered at their first use, as without it)
  if (pendingDefinitions.has(module)) {
    const directs = pendingDirects.get(module);
    if (directs === undefined) pendingDirects.set(module, [[key, direct]]);
    else directs.push([key, direct]);
    return;
  }
  giveDirect(module, key, direct);
}

function giveDirect(module: string, key: string, direct: DirectBif): void {
  const slash = key.lastIndexOf("/");
  const k = bifKey(module, key.slice(0, slash), Number(key.slice(slash + 1)));
  table.set(k, { ...table.get(k)!, direct });
}

const builtins = new Map<string, Set<string>>();

/** :beamlet BIFs that raise an OTP function's error with its frame (vm/bifs/maps_fun_errors.ts) */
const RAISING_AS_OTP = new Set(["maps_fun_error/2"]);

/** whether module's `name/arity` is Erlang or Elixir code on OTP 25 (beamlet's own modules: no) */
function codeOnBeam(module: string, key: string): boolean {
  // (beamlet's own BIFs are not, but for those raising as an Erlang function of OTP does, in its
  // place: the library's clause that calls one last is that function, whose frame is the BIF's)
  if (module.startsWith("beamlet")) return module === "beamlet" && RAISING_AS_OTP.has(key);
  if (module.startsWith("Elixir.")) return true;
  const listed = OTP_BUILTINS[module];
  if (listed === undefined) return true;
  let set = builtins.get(module);
  if (set === undefined) builtins.set(module, (set = new Set(listed.split(" "))));
  return !set.has(key);
}

// A failing C BIF of the BEAM heads the stack trace with itself and its arguments:
// {:erlang, :hd, [:a], [error_info: %{module: :erl_erts_errors}]} (vm/error_info.ts). Exception.blame/3
// then names an ArithmeticError's operands from that frame. The modules whose BIFs are all the
// BEAM's C BIFs get that frame for every error; a BIF of another Erlang module gets it when it says
// why it failed (a badarg with a diagnosis: :ets, :persistent_term, :lists.keyfind, ...).
const FRAMED_MODULES = new Set(["erlang", "math"]);
/** BIFs whose exception is the point, not a failure of theirs: no frame of their own */
const RAISERS = new Set(["error/1", "error/2", "error/3", "exit/1", "throw/1", "raise/3", "nif_error/1", "nif_error/2", "apply/2", "apply/3"]);

/** :maps functions OTP 25 writes in Erlang (maps.erl): their failure's frame has maps.erl's line too */
const MAPS_ERL = new Set(["get/3", "to_list/1", "with/2", "without/2"]);

function framed(module: string, key: string, name: string, fn: BifFn): BifFn {
  if (COMPILING_MODULES.has(module) || LOOKING_UP_CODE.has(module + ":" + key)) return retriedAfterHost(module, name, fn);
  if (FRAMED_MODULES.has(module)) return RAISERS.has(key) ? fn : withOwnFrame(module, name, fn, false);
  // a badmap or badkey of :maps is framed too, as OTP's maps BIFs and maps.erl raise them
  if (module === "maps") return withOwnFrame(module, name, fn, false, MAPS_ERL.has(key) ? ["maps.erl", 581] : undefined);
  // binary.erl's functions (replace, bin_to_list) raise from its lines, the rest are C BIFs
  if (module === "binary") return withOwnFrame(module, name, fn, true, (d, args) => { const line = binaryErlLine(key, args, d); return line === undefined ? undefined : ["binary.erl", line]; });
  // :re.run, replace and split have a frame whatever failed, some with re.erl's line
  if (module === "re" && (name === "run" || name === "replace" || name === "split")) return withOwnFrame(module, name, fn, false, (d, args) => reErlLine(name, args, d));
  // io.erl raises a bad format with error_info from its line 99
  if (module === "io" && (name === "format" || name === "fwrite")) return withOwnFrame(module, name, fn, true, ["io.erl", 99]);
  // Elixir's modules and beamlet's own raise Elixir exceptions from the caller's frame
  if (module.startsWith("Elixir.") || module.startsWith("beamlet")) return fn;
  return withOwnFrame(module, name, fn, true);
}

/** modules whose BIFs run the compiler, whose macros run code that may wait for the host */
const COMPILING_MODULES = new Set(["Elixir.Code", "beamlet_code", "beamlet_macro"]);
/** BIFs that read a module's code, which a page may not have fetched yet (web/embed.ts): the
 *  caller waits for it, then makes the same call again (calls to the module wait in the
 *  interpreter's lookup, vm/interpreter.ts callMfa) */
const LOOKING_UP_CODE = new Set(["erlang:function_exported/3", "code:ensure_loaded/1", "code:which/1", "code:get_object_code/1", "beamlet:module_docs/1", "beamlet:debug_clauses/3", "beamlet:protocols/0"]);

/** the compiler found it must wait for the host (a macro called a BIF not loaded yet): the
 *  calling process waits for it, then makes the same call again */
function retriedAfterHost(module: string, name: string, fn: BifFn): BifFn {
  return (args, ctx) => {
    try {
      return fn(args, ctx);
    } catch (e) {
      if (e instanceof HostWaitNeeded) return new AwaitHost(e.promise, new TailCall(atom(module), args, atom(name)));
      throw e;
    }
  };
}

/** where a BIF written in Erlang on OTP raises from: a file and line, or a choice by why it failed */
type RaisedAt = [string, number] | ((d: Diagnosis | undefined, args: Term[]) => [string, number] | undefined);

function withOwnFrame(module: string, name: string, fn: BifFn, onlyDiagnosed: boolean, at?: RaisedAt): BifFn {
  return (args, ctx) => {
    try {
      return fn(args, ctx);
    } catch (e) {
      if (e instanceof ErlangError && e.kind === "error" && e.stacktrace === undefined && e.callee === undefined && (!onlyDiagnosed || e.diagnosis !== undefined)) {
        e.callee = bifErrorFrame(module, name, args, e.diagnosis, typeof at === "function" ? at(e.diagnosis, args) : at);
      }
      throw e;
    }
  };
}

/** module:name/arity runs another module's BIF (already wrapped with that BIF's frame) */
export function defineBifAlias(module: string, name: string, arity: number, target: BifEntry): void {
  settle(module);
  table.set(bifKey(module, name, arity), { module, name, arity, fn: target.fn, guard: false, codeOnBeam: codeOnBeam(module, name + "/" + arity) });
}

/**
 * BIFs whose code a host loads on their first call (the browser fetches a chunk): `keys` are the
 * "module:name/arity" that load() defines with defineBifs. Until then each key's entry waits for
 * the load (the calling process waits: AwaitHost) and makes the call again; after it, the entry
 * calls what load() defined. A load that fails or does not define a key makes the call undef.
 */
export function defineLazyBifs(load: () => Promise<unknown>, keys: readonly string[]): void {
  let loading: Promise<unknown> | null = null;
  let settled = false;
  const start = (): Promise<unknown> =>
    (loading ??= load().then(
      () => void (settled = true),
      () => void (settled = true),
    ));
  lazyGroups.push({ start, settled: () => settled });
  for (const key of keys) {
    const slash = key.lastIndexOf("/");
    const colon = key.lastIndexOf(":", slash);
    const module = key.slice(0, colon), name = key.slice(colon + 1, slash), arity = Number(key.slice(slash + 1));
    settle(module);
    // (defined already, by a module the host loaded at start: that one stays)
    if (table.has(key)) continue;
    const waiting: BifFn = (args, ctx) => {
      // (load() defined the group's BIFs: they are entered now)
      settle(module);
      const loaded = table.get(key)!;
      if (loaded.fn !== waiting) return loaded.fn(args, ctx);
      if (settled) raise(atom("undef"));
      return new AwaitHost(start(), new TailCall(atom(module), args, atom(name)));
    };
    table.set(key, { module, name, arity, fn: waiting, guard: false, codeOnBeam: codeOnBeam(module, name + "/" + arity) });
  }
}

/** the groups of defineLazyBifs, loaded or not */
const lazyGroups: { start(): Promise<unknown>; settled(): boolean }[] = [];

/**
 * Loads every lazy BIF group not loaded yet: a promise that settles when they all have, or null
 * when there is none left (always null where the host loads every BIF at start, as Node does).
 * Code of the program's own that runs at compile time waits for it before it starts
 * (Node.callSync): it then never has to wait halfway, which would start its compilation again
 * and repeat what it did (output, processes, messages).
 */
export function lazyBifsPending(): boolean {
  return lazyGroups.some((g) => !g.settled());
}

export function loadPendingLazyBifs(): Promise<unknown> | null {
  const pending = lazyGroups.filter((g) => !g.settled());
  return pending.length === 0 ? null : Promise.all(pending.map((g) => g.start()));
}

/** Kernel's macros beamlet keeps as BIFs of Elixir.Kernel, which its
 *  compiled code calls; Elixir's Kernel exports no such function, so a call by name (apply/3, a
 *  variable module) finds none */
export const KERNEL_MACRO_BIFS = new Set(["is_nil/1", "<>/2", "is_struct/1", "is_struct/2", "is_exception/1"]);

/** the BIF a call by name reaches: none of KERNEL_MACRO_BIFS */
export function lookupBifByName(module: string, name: string, arity: number): BifEntry | undefined {
  if (module === "Elixir.Kernel" && KERNEL_MACRO_BIFS.has(`${name}/${arity}`)) return undefined;
  return lookupBif(module, name, arity);
}

export function lookupBif(module: string, name: string, arity: number): BifEntry | undefined {
  settle(module);
  return table.get(bifKey(module, name, arity));
}

export function bifsOfModule(module: string): BifEntry[] {
  settle(module);
  return [...table.values()].filter((e) => e.module === module);
}

/** a copy of the whole table: "module:name/arity" -> entry (web/build/lazy_bif_keys.ts) */
export function bifTable(): Map<string, BifEntry> {
  settleAll();
  return new Map(table);
}

/** every module that has BIFs (e.g. "erlang", "lists", "Elixir.String") */
export function allBifModules(): string[] {
  settleAll();
  return [...new Set([...table.values()].map((e) => e.module))];
}

/** how many BIFs are entered in the table, and how many modules' definitions wait to be (a test's
 *  view of what start-up did) */
export function bifTableState(): { entered: number; modulesPending: number } {
  return { entered: table.size, modulesPending: pendingDefinitions.size };
}
