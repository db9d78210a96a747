// A node: the scheduler, the processes, the code server, timers and the host services. This is
// the embedding API: create a Node with a Host, boot it with the standard library, run a script.
import { ioServer, putChars } from "./io_routing.ts";
import { startedSystemProcess, type SystemProcessSpec } from "./system_processes.ts";
import { EmulatorReports } from "./emulator_reports.ts";
import type { UpgradeTestRequest } from "./bifs/upgrade_test.ts";
import type { CompilerHost } from "../compiler/context.ts";
import { Atom, Bin, Pid, Port, Ref, Term, Tuple, atom, tuple, list, Fun, listToArray, NIL, bin } from "./terms.ts";
import { portHooks } from "./port_monitors.ts";
import { ErlangError } from "./errors.ts";
import { NOT_ALIVE } from "./node_name.ts";
import { Interpreter } from "./interpreter.ts";
import { Process, DEFAULT_STACK_LIMITS, type InputSource, type ProcessOutput, type StackLimits } from "./process.ts";
import { readyToRun, stillWaitsForCode } from "./loaded_modules.ts";
import { CodeServer, CodeHost } from "./code_server.ts";
import { ScriptNames } from "./script_names.ts";
import { ModuleVersion, CompiledModule, type HeldWarning, type TypespecDoc } from "./module.ts";
import { lookupBif, BifContext, BifEntry, loadPendingLazyBifs } from "./bifs/registry.ts";
import { badfileReports, logErrorOn, runOnLoad, reportThen, stickyRefusalText } from "./bifs/code_loading.ts";
import { writeModule } from "./bytecode_file.ts";
import { isStickyName } from "./bifs/sticky_set.ts";
import { releaseSuspensions } from "./bifs/suspend_process.ts";
import { moduleConflictIgnored } from "./bifs/code_options.ts";
import { Halt, ProcessKilled, HostWaitNeeded, type TailCall, type CallBy } from "./calls.ts";
import { stacktraceOf } from "./stacktrace.ts";
import { runNested, endNested } from "./run_nested.ts";
import type { EvalUnit } from "../compiler/nested_modules.ts";
import { TimerHeap } from "./timer_heap.ts";
import { checkMaxHeap, maxHeapReport, type HeapOverrun } from "./max_heap_size.ts";
import { MemoryGuard, type HeapUsage } from "./memory_guard.ts";
import { installCompiled, versionReplaced, replacedVersionText } from "./early_loads.ts";
import type { NetHost } from "./net_host.ts";
import type { OpenProgram } from "./program_host.ts";
import { dropBigJob, type BigIntHost } from "./big_work.ts";
import { setInspectHeapRoom } from "./inspect_budget.ts";
import { inspect, setStructInfoHook, setDerivedInspectHook, setOptionalFieldsHook } from "./inspect.ts";
import { forwardWarnings } from "./compiler_warning_forward.ts";
import { moduleDefinedBy, compilerDest } from "./bifs/file_modules.ts";

/** where Elixir's own source has a library module and its definitions (compiler/library_def_lines.ts) */
export type LibraryPlacement = Pick<CompilerHost, "libraryDefLine" | "libraryCallLines" | "libraryModuleFile" | "libraryFunIndex" | "libraryFunsEnd" | "libraryFunUniq">;

export interface Host extends CodeHost {
  write(fd: 1 | 2, text: string): void;
  /** whether standard output has failed (its reader went away: EPIPE); the standard io device has
   *  then terminated, and writes to it raise in the writer (vm/io_routing.ts); optional: never */
  outputFailed?(fd: 1): boolean;
  /** the error standard output failed with (a code: "ENOSPC", "EPIPE"); optional */
  outputError?(fd: 1): string;
  /** call `cb` when standard output fails (once); optional: the node then sees it between batches */
  onOutputFailed?(cb: () => void): void;
  /** while standard output holds more than its reader has taken (a slow pipe), the promise of
   *  its room again (or of its failure); optional: never. The scheduler waits for it between
   *  batches, as a BEAM writer waits on a busy port: the output never piles up in memory, and a
   *  reader that went away is seen while the writer still writes */
  outputBacklog?(limit?: number): Promise<void> | null;
  /** monotonic milliseconds */
  now(): number;
  /** wall-clock milliseconds since the Unix epoch, with their fraction when the host's clock has
   *  one (System.os_time(:microsecond), DateTime.utc_now's microseconds, as the BEAM's); optional */
  wallClock?(): number;
  /** the local time zone's offset from UTC in minutes at a wall-clock instant (:erlang.localtime) */
  utcOffsetMinutes?(wallMs: number): number;
  setTimer(ms: number, cb: () => void): { cancel(): void };
  /** block the thread for ms (optional: code run at compile time waits for its timers with it);
   *  it may return sooner, for an interrupt (syncInterrupts) */
  sleepSync?(ms: number): void;
  /** code run at compile time computes synchronously (driveSync): `poll(since)` between two of its
   *  slices, `since` when the outermost run started (a Ctrl-C's BREAK menu shows there, and
   *  blocks until answered), `end()` once that run is over; optional */
  syncInterrupts?: { poll(since: number): void; end(): void };
  /** run cb after the events already pending (the scheduler's pause between two slices);
   *  optional: setImmediate, else setTimeout(cb, 0) */
  schedule?(cb: () => void): void;
  /** files for File.*, :code paths ...; optional for embedders */
  writeFile?(path: string, bytes: Uint8Array): boolean;
  fs?: any;
  /** System.* services (optional; vm/bifs/files.ts): environment, cwd, temp and home dirs */
  env?: Record<string, string | undefined>;
  cwd?(): string;
  chdir?(path: string): void;
  tmpDir?(): string;
  homeDir?(): string;
  /** the operating system's release ("6.1.0-18-amd64"), for :os.version/0; optional */
  osRelease?(): string;
  /** the JS heap's use and limit in bytes (optional): the node's memory guard reads it (vm/memory_guard.ts) */
  heapUsage?(): HeapUsage;
  /** standard input (optional; vm/bifs/stdin.ts): none reads as end of input */
  readStdin?: InputSource;
  /** a source of beamlet's own library by its path in beamlet's folder (lib/enum.ex), for h/1; optional */
  librarySource?(file: string): Uint8Array | null;
  /** the lib/use/*.ex templates by name, for compiling at run time (Code.compile_string) */
  useSources?(): Map<string, string>;
  /** the REPL's IEx.Helpers source (cli/repl/helpers.ex), compiled on the first REPL line;
   *  optional where the library loaded already has IEx.Helpers (the browser build) */
  replHelpersSource?(): { file: string; text: string; placement?: LibraryPlacement } | null;
  /** an Erlang module's @spec lines per "name/arity" as iex's h/1 prints them (cli/repl/otp_specs.json) */
  otpSpecs?(module: string): Record<string, string> | undefined;
  /** a standard library module's types and callbacks as t/1 and b/1 show them
   *  (cli/repl/library_typespecs.json, from real Elixir) */
  libraryTypespecs?(module: string): { types: TypespecDoc[]; callbacks: TypespecDoc[] } | undefined;
  /** property-based upgrade tests (optional; vm/bifs/upgrade_test.ts, run by testing/ on Node) */
  upgradeTest?(req: UpgradeTestRequest): Promise<{ ok: boolean; text: string }>;
  /** subprocesses (optional; System.cmd/System.shell): run a program to its end, collecting stdout */
  runCommand?(req: CommandRequest): Promise<{ status: number; output: Uint8Array }>;
  /** the full path of an executable on the PATH, or null (System.find_executable) */
  findExecutable?(name: string): string | null;
  /** start a program as a port (optional; open_port/2, vm/program_ports.ts) */
  openProgram?: OpenProgram;
  /** TCP sockets for :gen_tcp (optional; vm/net_host.ts): without them there is no network */
  net?: NetHost;
  /** long big-integer operations off the node's thread (optional; vm/big_work.ts): without it they run inline */
  bigInt?: BigIntHost;
  /** :crypto (optional): a digest ("md5", "sha1", "sha256", ...; undefined if unknown), HMAC, random bytes */
  crypto?: {
    hash(algorithm: string, data: Uint8Array): Uint8Array | undefined;
    hmac(algorithm: string, key: Uint8Array, data: Uint8Array): Uint8Array | undefined;
    randomBytes(n: number): Uint8Array;
    /** a symmetric cipher by OpenSSL's name ("aes-128-cbc", "chacha20-poly1305" ...), for
     *  vm/bifs/crypto_cipher.ts (optional: without it :crypto's ciphers raise notsup) */
    cipher?(algorithm: string, key: Uint8Array, iv: Uint8Array | null, opts: CipherOptions): CipherStream;
  };
}

export interface CipherOptions {
  encrypt: boolean;
  /** OpenSSL's PKCS#7 padding of block ciphers */
  autoPadding: boolean;
  /** AEAD ciphers: the additional data, the tag to check (decrypting), the tag's length and,
   *  for CCM, the text's length */
  aad?: Uint8Array;
  authTag?: Uint8Array;
  authTagLength?: number;
  plaintextLength?: number;
}

export interface CipherStream {
  update(data: Uint8Array): Uint8Array;
  /** the last bytes, or null when OpenSSL's final step fails (bad padding, a tag that does not match) */
  final(): Uint8Array | null;
  /** the tag an AEAD cipher computed (after final, encrypting) */
  authTag?(): Uint8Array;
}

/** a program run for System.cmd/shell: env entries set (string) or unset (null) on top of the host's */
export interface CommandRequest {
  file: string;
  args: string[];
  arg0?: string;
  cwd?: string;
  env: Record<string, string | null>;
  stderrToStdout: boolean;
}

/** what the next command of a script's command line is: a compiled module to run with that entry
 *  of :beamlet_boot, none left, or a stop (after its message was printed): `halt` without the
 *  System.at_exit/1 hooks, `failed` with them */
export type NextCommand = { t: "module"; module: string; entry: string } | { t: "done" } | { t: "halt" | "failed"; status: number };

export interface NodeOptions {
  /** a seeded scheduler and a virtual clock (tests) */
  deterministic?: { seed: number };
  /**
   * a virtual clock with the ordinary scheduler (BEAMLET_CLOCK=virtual, for tests of programs
   * that sleep): time moves only when no process can run and no host input is pending, so what
   * a program sees does not depend on how busy the machine is
   */
  virtualClock?: boolean;
  /** reductions per time slice (the BEAM uses 4000) */
  slice?: number;
  /** multiply every timer (receive after, send_after, sleep) by this: tests shorten real time */
  timeScale?: number;
  /** keep the last N messages sent to each process (a release started with BEAMLET_TRACE_MESSAGES) */
  traceMessages?: number;
  /** the most processes alive at once, like the BEAM's +P (default 262,144) */
  processLimit?: number;
  /** how deep a process's stack may grow before a call raises system_limit (vm/process.ts) */
  stackLimits?: StackLimits;
  /** IO.ANSI.enabled?'s default (elixir: standard output is a terminal and NO_COLOR is unset) */
  ansiEnabled?: boolean;
  /** the terminal's columns or rows (:io.columns/0, :io.rows/0 of standard_io), null off a terminal */
  terminalGeometry?: (which: "columns" | "rows", device?: "standard_io" | "standard_error") => number | null;
}

const DETERMINISTIC_EPOCH_MS = 1704067200000n;
export const DEFAULT_PROCESS_LIMIT = 262_144;

const A_NORMAL = atom("normal");
const A_KILL = atom("kill");
const A_KILLED = atom("killed");
const A_EXIT = atom("EXIT");
/** the node whose code inspect's struct hooks read (Node.claimInspectHooks) */
let inspectHooksOwner: Node | null = null;
const A_DOWN = atom("DOWN");
const A_PROCESS = atom("process");
const A_NOPROC = atom("noproc");


export class Node {
  readonly interp = new Interpreter(this);
  /** what node/0 answers: :nonode@nohost, or a release's name (APP@HOST) once it is started as
   *  a named node, as a release's `--sname` makes its BEAM alive */
  name: Atom = NOT_ALIVE;
  /** the creation its pids, references and ports are written with (system_info(:creation)): 0 on
   *  a node that is not alive, a named node's own (epmd's number on the BEAM) otherwise */
  creation = 0;
  /** what get_cookie answers: :nocookie, or a named release node's cookie (releases/COOKIE or
   *  RELEASE_COOKIE), for itself and any other node, as no per-node cookie can be set */
  cookie: Atom = atom("nocookie");
  readonly code: CodeServer;
  /** the :elixir_compiler_N modules its script files compile to (vm/script_names.ts) */
  readonly scriptNames = new ScriptNames();
  readonly processes = new Map<number, Process>();
  readonly registry = new Map<Atom, Process>();
  /** processes the BEAM runs from boot under these names that beamlet starts when something first
   *  looks for them (systemProcess): the library's own, which behave as OTP's do (see
   *  vm/system_processes.ts); empty on a node without the library */
  readonly lazySystem = new Map<Atom, SystemProcessSpec>();
  /** active process aliases (erlang:alias/1, monitor/3's alias option): ref id -> owner and mode */
  aliases = new Map<number, { owner: Process; mode: "explicit_unalias" | "reply" | "demonitor" | "reply_demonitor" }>();
  runQueue: Process[] = [];
  private nextPid = 100;
  private nextCompileTimePid = 1 << 20;
  private nextRef = 1;
  private halted: number | null = null;
  private wake: (() => void) | null = null;
  /** the BREAK menu is open (cli/break_menu.ts): no process runs until it closes, as the BEAM
   *  blocks its schedulers meanwhile (timers still come due, and run once it closes) */
  private blocked = false;
  /** the current batch of slices ends after this one (hostTurn/0) */
  private hostTurnWanted = false;
  main: Process | null = null;
  /** the script's process sent itself an exit signal with reason :normal (it dies of it) */
  mainSignalledNormal = false;
  private readonly slice: number;
  /** when the scheduler's current batch of slices began (host clock, ms) */
  private batchStart = -Infinity;
  /** when the memory guard last read the host's heap use (host clock, ms) */
  private guardAt = -Infinity;
  /** compiled code's question at the end of a slice (vm/jit/runtime.ts sliceOver); null on a
   *  virtual clock, where slices must end exactly where the interpreter ends them */
  readonly sliceExtender: ((p: Process) => boolean) | null;
  readonly processLimit: number;
  readonly stackLimits: StackLimits;
  /** IO.ANSI.enabled? when :elixir's ansi_enabled is not set */
  ansiEnabled: boolean;
  /** whether :ex_unit is a loaded application (its controller tells): only then do stack frames
   *  of ExUnit's modules name "(ex_unit 1.14.0)", as the BEAM finds no application otherwise */
  exUnitLoaded = false;
  readonly terminalGeometry: (which: "columns" | "rows", device?: "standard_io" | "standard_error") => number | null;
  readonly timeScale: number;
  private rng: number;
  readonly deterministic: boolean;
  /** the clock is virtual (deterministic mode, or virtualClock) */
  private readonly virtual: boolean;
  private virtualNow = 0;
  /** host operations under way (a read of standard input): virtual time waits for them */
  hostPending = 0;
  /** programs running as ports (vm/program_ports.ts): while any runs, a virtual clock's next timer
   *  fires only after its delay in the host's real time, so a program's output (which takes real
   *  time to come) arrives before a timeout meant to wait for it, as on a real clock */
  hostRunning = 0;
  /** every timer of the node, real or virtual (deterministic mode) */
  private timerHeap = new TimerHeap();
  /** the one host timer, armed for the heap's earliest deadline */
  private hostTimer: { cancel(): void } | null = null;
  private hostTimerAt = Infinity;
  /** timer refs for send_after: ref id -> timer */
  readonly timers = new Map<number, { at: number; cancel(): void }>();
  /** told when a script defines a module (the CLI prints that module's compiler warnings then) */
  onModuleDefined: ((name: string, otpWarnings: HeldWarning[]) => boolean) | null = null;
  /** told when the compilation of a script's defmodule (at that line) fails with a compile error:
   *  the CLI prints the warnings Elixir printed before it stopped */
  onModuleFailed: ((line: number, error: Error) => void) | null = null;
  /** called once a script's top level has run to its end, before its System.at_exit/1 hooks
   *  (the runner prints the file's warnings then, as elixir does once the file is required) */
  onScriptEnd: (() => void) | null = null;
  /** `beamlet test`: the helper and the test files are loaded, the runner starts next */
  onTestsLoaded: (() => void) | null = null;
  /** processes told their message ({:beamlet_idle}, or one of their own) once no process is
   *  runnable (ExUnit's runner under `beamlet test` starts the next async module then, as mix's does
   *  when the next test file has compiled; it writes the CLI formatter's held-back output then) */
  idleWatchers: { process: Process; message: Term }[] = [];
  /** compiles the next command of `elixir -e A -r B FILE` once the one before it has run (cli/run_script.ts) */
  nextCommand: (() => NextCommand) | null = null;
  /** what an uncaught error of the running command is printed after (a file required in parallel:
   *  Kernel.ParallelCompiler's "== Compilation error in file F ==") */
  commandErrorHeader = "";
  /** the program's own code is about to run at compile time (vm/boot.ts prints the compile
   *  warnings it holds until then) */
  beforeCompileTimeCode: (() => void) | null = null;
  /** above 0 during a compilation whose caller cannot wait for the host (a synchronous API):
   *  the program's compile-time code then runs without waiting for the lazily loaded BIFs first */
  compileCannotWait = 0;
  /** where lib/'s code run at compile time prints meanwhile (vm/boot.ts holds it) */
  heldCompileOutput: ((fd: 1 | 2, text: string) => void) | null = null;
  /** the process whose slice is running (a BIF of it may compile: vm/run_nested.ts) */
  running: Process | null = null;
  /** exit status to use when the main process ends normally */
  exitCode = 0;
  /** funs given to System.at_exit/1, newest first (run by the script runner when the script ends) */
  atExit: Term[] = [];
  /** System.no_halt(true): the script's process ending normally leaves the node running */
  noHalt = false;
  /** :beamlet.next_counter/1 */
  readonly counters = new Map<string, number>();
  /** modules installed by a script's defmodule, oldest first (ExUnit finds its test modules here) */
  readonly scriptDefined: Atom[] = [];
  private scriptModules = new Map<ModuleVersion, ModuleVersion[]>();
  readonly startTime: number;
  /** the wall clock when the node started (a virtual clock counts from it) */
  private readonly wallStart: number;
  /** how many recent messages each process keeps (0: none) */
  traceMessages: number;
  /** kills a process that would exhaust the host's heap (null: the host does not tell its heap use) */
  private readonly memoryGuard: MemoryGuard | null;

  constructor(readonly host: Host, opts: NodeOptions = {}) {
    this.traceMessages = opts.traceMessages ?? 0;
    this.slice = opts.slice ?? 4000;
    this.processLimit = opts.processLimit ?? DEFAULT_PROCESS_LIMIT;
    this.stackLimits = opts.stackLimits ?? DEFAULT_STACK_LIMITS;
    this.timeScale = opts.timeScale ?? 1;
    this.ansiEnabled = opts.ansiEnabled ?? false;
    this.terminalGeometry = opts.terminalGeometry ?? (() => null);
    this.deterministic = !!opts.deterministic;
    this.virtual = this.deterministic || !!opts.virtualClock;
    this.rng = opts.deterministic?.seed ?? 1;
    this.sliceExtender = this.virtual ? null : (p) => this.mayExtendSlice(p);
    this.memoryGuard = host.heapUsage ? new MemoryGuard(() => host.heapUsage!()) : null;
    if (host.heapUsage) setInspectHeapRoom(() => { const h = host.heapUsage!(); return h.limit - h.used; });
    this.code = new CodeServer(host, () => this.processes.values(), (p, r) => this.killProcess(p, r));
    // (seen at once, even while every process waits: after the writer's own turn)
    host.onOutputFailed?.(() => queueMicrotask(() => {
      if (!this.consoleGone && this.halted === null) {
        this.consoleFailed();
        this.kick();
      }
    }));
    // a call that autoloads a bad object file logs why (Logger's level applies), then raises undef
    this.code.onAutoloadBadFile = (m, path, reason) => this.logReport(badfileReports(m, path, reason).map((t) => t + "\n"));
    this.startTime = host.now();
    // (a deterministic node never reads the host's clocks: its wall clock starts at a fixed epoch)
    this.wallStart = this.deterministic ? Number(DETERMINISTIC_EPOCH_MS) : host.wallClock ? host.wallClock() : Date.now();
    this.claimInspectHooks();
  }

  /** inspect prints struct fields in definition order, from the code of the node it runs for:
   *  its hooks are module-wide, so a node takes them over whenever it runs (several nodes can
   *  live in one JS process: a page's, the tests') and before its host prints its terms */
  claimInspectHooks(): void {
    if (inspectHooksOwner === this) return;
    inspectHooksOwner = this;
    setStructInfoHook((m) => this.fetchedCurrent(m)?.compiled.structFields?.map((f) => atom(f)));
    setDerivedInspectHook((m) => {
      const shown = this.fetchedCurrent(m)?.attribute("derive_inspect");
      return shown === undefined ? undefined : (listToArray(shown) as Atom[]);
    });
    setOptionalFieldsHook((m) => {
      const pairs = this.fetchedCurrent(m)?.attribute("derive_inspect_optional");
      return pairs === undefined ? undefined : (listToArray(pairs) as Tuple[]).map((t) => [t.items[0] as Atom, t.items[1]] as const);
    });
  }

  /**
   * m's current version for inspect's hooks, which run where nothing can wait: undefined for a
   * library module the page has not fetched (its fetch starts). A struct of it is seldom there
   * before its module is (making one calls the module, or the compiler reads it).
   */
  private fetchedCurrent(m: Atom): ModuleVersion | undefined {
    try {
      // (one compiled on first use, CompileError raised by the compiler, is loaded as the BEAM
      // autoloads a struct's module when Inspect asks it for its fields)
      return this.code.current(m) ?? (this.code.onDemand.has(m.name) ? this.code.ensureLoaded(m) : undefined);
    } catch (e) {
      if (e instanceof HostWaitNeeded) return undefined;
      throw e;
    }
  }

  // ---- time ---------------------------------------------------------------------------------

  /** Called for every process that exits (after its links and monitors): the resources a process
   *  owns elsewhere (ETS tables, Registry entries) are released here. */
  readonly exitHooks: ((p: Process, reason: Term) => void)[] = [];

  /** how many of a resource kept outside the node's core there are now (system_info's ets_count,
   *  port_count), set by the part that keeps them once it is first used */
  readonly resourceCounts = new Map<string, () => number>();

  /** the node's clock, in the program's milliseconds since it started: virtual, or the host's
   *  scaled by timeScale (a node whose timers are 10 times shorter sees time pass 10 times faster,
   *  so a timeout fires only once that much time has passed on every clock the program reads) */
  now(): number {
    return this.virtual ? this.virtualNow : (this.host.now() - this.startTime) / this.timeScale;
  }

  /** Wall-clock nanoseconds since the Unix epoch: the host's clock, or on a deterministic node
   *  a virtual one that starts at 2024-01-01T00:00:00Z and advances with the virtual clock. */
  wallClockNs(): bigint {
    if (this.deterministic) return (DETERMINISTIC_EPOCH_MS * 1000000n) + BigInt(Math.round(this.virtualNow * 1e6));
    const ms = this.virtual ? this.wallStart + this.virtualNow : this.host.wallClock ? this.host.wallClock() : Date.now();
    // (the whole milliseconds apart from their fraction: a double near 1.7e12 ms keeps its
    // fraction to a quarter of a microsecond, but not once multiplied into nanoseconds)
    const whole = Math.floor(ms);
    return BigInt(whole) * 1000000n + BigInt(Math.round((ms - whole) * 1e6));
  }

  /** nanoseconds on the node's clock since it started, or null when that is the host's unscaled */
  ownMonotonicNs(): bigint | null {
    return this.virtual || this.timeScale !== 1 ? BigInt(Math.round(this.now() * 1e6)) : null;
  }

  /** minutes east of UTC for local time (0 without a host that knows, and on a deterministic node) */
  utcOffsetMinutes(wallMs: number): number {
    return this.deterministic || !this.host.utcOffsetMinutes ? 0 : this.host.utcOffsetMinutes(wallMs);
  }

  /** cb(arg) after ms; the timer returned is its handle (cancel()) */
  setTimer<A>(ms: number, cb: (arg: A) => void, arg?: A): { cancel(): void } {
    const heap = this.timerHeap;
    // in the program's milliseconds, on the node's clock (virtual, or the host's scaled)
    const at = this.now() + ms;
    const t = heap.add(at, cb as (arg: unknown) => void, arg);
    if (!this.virtual && at < this.hostTimerAt) this.armHostTimer(at);
    // a cancelled timer leaves the host timer armed: when it fires with nothing due it re-arms
    // for the next live deadline, if any (so a GenServer.call costs no host timer at all)
    return t;
  }

  /** (re)arm the host timer for a deadline (node time, ms) */
  private armHostTimer(at: number): void {
    if (this.hostTimer) this.hostTimer.cancel();
    this.hostTimerAt = at;
    // +1: a host timer may fire a fraction of a millisecond early; a BEAM timer never does
    const now = this.now();
    // (a host timer takes at most 2^31-1 ms: a later deadline re-arms when that one fires)
    const delay = at <= now ? 0 : Math.min(Math.ceil((at - now) * this.timeScale) + 1, 2 ** 31 - 1);
    this.hostTimer = this.host.setTimer(delay, () => {
      this.hostTimer = null;
      this.hostTimerAt = Infinity;
      this.fireDueTimers(this.now());
      const next = this.timerHeap.peek();
      if (next) this.armHostTimer(next.at);
      this.kick();
    });
  }

  /**
   * Wait, blocking, for the earliest timer and fire those then due (code run at compile time,
   * which cannot return to the event loop: Process.sleep in a module body). False: there is
   * none, or the host cannot block.
   */
  fireNextTimerSync(): boolean {
    const next = this.timerHeap.peek();
    if (!next) return false;
    if (this.virtual) {
      this.virtualNow = Math.max(this.virtualNow, next.at);
      this.fireDueTimers(this.virtualNow);
      return true;
    }
    if (!this.host.sleepSync) return false;
    const wait = (next.at - this.now()) * this.timeScale;
    if (wait > 0) this.host.sleepSync(Math.ceil(wait) + 1);
    this.fireDueTimers(this.now());
    return true;
  }

  /** fire the timers due at `now`, earliest first; those they start wait for the next pass */
  private fireDueTimers(now: number): void {
    for (const t of this.timerHeap.takeDue(now)) t.fire(t.arg);
  }

  // ---- processes ----------------------------------------------------------------------------

  newPid(): Pid {
    return new Pid(this.nextPid++);
  }

  /**
   * Number pids as the BEAM does for a script (`elixir FILE.exs` / `-e`): the script's process is
   * #PID<0.96.0>, and the processes Elixir's own machinery starts then take the numbers the
   * script's spawns skip: the file's parallel checker (2), and each module a defmodule defines
   * (3 for a file's, 4 for evaluated code's, one more for the first). The node's own processes
   * are numbered below. Pids then print as elixir's do (`Client #PID<0.96.0> is alive`).
   */
  numberPidsAsScript(evaluated: boolean): void {
    this.scriptPids = { perModule: evaluated ? 4 : 3, first: 1, started: false, checker: evaluated ? 0 : 2 };
    if (this.processes.size === 0) this.nextPid = 40;
  }
  private scriptPids: { perModule: number; first: number; started: boolean; checker: number } | null = null;
  /**
   * Number pids as `mix run` does in a compiled project: its process is #PID<0.96.0> too; Mix's
   * own processes take the numbers up to 0.137 before the application starts (its starter is 0.138:
   * `Application.start`), or up to 0.123 with --no-start; then the commands' files and modules
   * take numbers as a script's do (see numberPidsAsScript).
   */
  numberPidsAsProject(): void {
    this.scriptPids = { perModule: 3, first: 1, started: false, checker: 2 };
    if (this.processes.size === 0) this.nextPid = 40;
  }
  /**
   * Number pids as a fresh iex does: its first evaluator is #PID<0.106.0> (0.108 on a terminal,
   * whose driver takes two more), each prompt spawns the
   * process that reads its line (one number, a continuation line's too), and each module defined
   * at the prompt takes 5 numbers, a module nested in it 3 (counted beside iex 1.14).
   */
  numberPidsAsShell(terminal: boolean): void {
    this.shellPids = true;
    const first = terminal ? 108 : 106;
    if (this.nextPid < first) this.nextPid = first;
  }
  private shellPids = false;
  /**
   * Number pids as `iex -S mix` does: as `mix run` (numberPidsAsProject), but the application
   * starts 9 numbers later, taken by processes iex starts before Mix that mix run does not (listed
   * beside iex 1.14): the shell's process (0.66), the :iex application's six (its master and the
   * master's starter, IEx.Supervisor, IEx.Config, IEx.Broker, IEx.Pry) and two short-lived ones of
   * its start-up; a terminal's driver takes two more. The shell (numberPidsAsShell) then spawns its
   * evaluator right after the application's tree.
   */
  numberPidsAsProjectShell(terminal: boolean): void {
    this.numberPidsAsProject();
    this.iexBeforeMix = terminal ? 11 : 9;
  }
  private iexBeforeMix = 0;
  /** the shell shows a prompt: iex spawns its reader */
  shellPromptShown(): void {
    if (this.shellPids) this.nextPid++;
  }
  /** the number the next process takes */
  get pidCounter(): number {
    return this.nextPid;
  }
  /** the next process takes at least number `n`: the BEAM's processes below it that beamlet does
   *  not have (mix's compiler workers...) have taken the others */
  skipPidsTo(n: number): void {
    if (this.nextPid < n) this.nextPid = n;
  }
  /** the project's application starts next (or, with start false, would have) */
  beforeApplicationStart(start: boolean, compilePids = 0): void {
    // what mix's compiler took, when the command compiled first (cli/project/compile.ts)
    const next = (start ? 138 : 124) + compilePids + this.iexBeforeMix;
    if (this.scriptPids && this.nextPid < next) this.nextPid = next;
  }
  /** `mix run`'s commands: the first one runs in process 0.96 when that number is free (0.94 for
   *  a release's eval) */
  projectCommands(firstEvaluated: boolean): number | undefined {
    const s = this.scriptPids;
    if (!s || s.started) return undefined;
    s.checker = firstEvaluated ? 0 : 2;
    s.perModule = firstEvaluated ? 4 : 3;
    // (a number is given only once the counter is past it: systemPid)
    this.skipPidsTo(this.commandPid + 1);
    return this.commandPid;
  }
  private commandPid = 96;
  /**
   * Number pids as a mix release's `bin/APP eval` does: it runs `elixir --eval` on a boot of the
   * release's that starts two processes fewer than elixir's, so the code's process is
   * #PID<0.94.0> (and Logger's 0.88); the modules it defines and what it spawns then take numbers as `elixir -e`'s do
   * (counted beside a mix release of Elixir 1.14)
   */
  numberPidsAsReleaseEval(): void {
    this.numberPidsAsScript(true);
    this.commandPid = 94;
    // (the two are missing before the elixir application's processes: Logger is 0.88)
    const logger = this.lazySystem.get(atom("Elixir.Logger"));
    if (logger) logger.pid -= 2;
  }
  /** the process registered under `name`, starting it first when it is one of the BEAM's boot
   *  processes beamlet starts on demand (lazySystem): whereis, a send or a link by name, register
   *  (the name is taken) all see it, as on the BEAM where it runs from boot */
  systemProcess(name: Atom): Process | undefined {
    const p = this.registry.get(name);
    if (p !== undefined) return p;
    const spec = this.lazySystem.get(name);
    // (not before its pid number is behind the program's, as at compile time before a script's
    // processes: it would take another number; the library starts it itself then, if it must)
    if (spec === undefined || spec.pid >= this.nextPid || this.processes.has(spec.pid)) return undefined;
    this.lazySystem.delete(name);
    // (its application's master first, which leads itself: its number is free before the process's)
    const leader = spec.leader ? this.spawn(null, spec.module, [], spec.leader.fun, { system: spec.pid - spec.leader.before })[0] : null;
    const [started] = this.spawn(null, spec.module, spec.args, spec.fun, { system: spec.pid });
    if (leader) started.groupLeader = leader.pid;
    started.initialCall = spec.initialCall;
    startedSystemProcess(started, spec);
    this.registry.set(name, started);
    started.registeredName = name;
    return started;
  }

  /** every boot process not started yet, before something lists them (registered/0, processes/0) */
  startSystemProcesses(): void {
    for (const name of [...this.lazySystem.keys()]) this.systemProcess(name);
  }

  /** the console's io server (#PID<0.65.0>, a script's and mix test's group leader) is OTP's
   *  :user, registered so (Process.whereis(:user), Process.registered/0) */
  startedConsoleServer(p: Process): void {
    const name = atom("user");
    if (this.registry.has(name) || p.registeredName) return;
    this.registry.set(name, p);
    p.registeredName = name;
  }

  /** the script's process is spawned next: it is 0.96 */
  beforeScriptProcess(): void {
    if (this.scriptPids && this.nextPid <= 96) this.nextPid = 96;
  }
  /** ...and the parallel checker's processes follow it */
  afterScriptProcess(): void {
    const s = this.scriptPids;
    if (!s || s.started) return;
    s.started = true;
    this.nextPid += s.checker;
  }
  /** the next command of the script's command line (`elixir -e A -r B`) runs: a file's spawns its
   *  parallel checker (2); its modules take a file's numbers or evaluated code's, one more for its first */
  nextScriptCommand(evaluated: boolean): void {
    const s = this.scriptPids;
    if (!s?.started) return;
    s.perModule = evaluated ? 4 : 3;
    s.first = 1;
    if (!evaluated) this.nextPid += 2;
  }
  /** Code.compile_string/compile_file of `count` modules: a checker, then each module's compiler
   *  processes (4 for the first, 3 for the others) */
  compiledModulesPids(count: number, ctx: BifContext): void {
    if (!this.scriptPids?.started || count <= 0) return;
    const start = this.nextPid;
    this.nextPid += 1 + 4 + 3 * (count - 1);
    this.compilerProcessesExited(ctx, start, count);
  }
  /** the checker (the third of the numbers taken from `start`) and each module's compiler process
   *  (the fifth, then every third) are linked to the caller and end normally: a caller trapping
   *  exits gets their :EXIT messages, the last module's first and the checker's last */
  private compilerProcessesExited(ctx: BifContext, start: number, count: number): void {
    const caller = ctx.process as Process;
    if (!caller.trapExit) return;
    const exited = (pid: number) => this.send(caller, tuple(atom("EXIT"), new Pid(pid), atom("normal")));
    for (let i = count - 1; i >= 0; i--) exited(start + 4 + 3 * i);
    exited(start + 2);
  }
  /** a defmodule of code Code.eval_string/eval_quoted runs, with the modules its body defines:
   *  5 numbers for the first that code defines, 4 for each other, 3 for each nested module
   *  (counted beside Elixir 1.14; the script's own first module still takes its extra one) */
  private evalModulePids(unit: EvalUnit, count: number, ctx: BifContext): void {
    if (!this.scriptPids?.started) return;
    const start = this.nextPid;
    this.nextPid += (unit.defined ? 4 : 5) + 3 * (count - 1);
    // (where the code defined modules before, the numbers are not known: no messages)
    if (!unit.defined) this.compilerProcessesExited(ctx, start, count);
    unit.defined = true;
  }
  private modulePids(): void {
    const s = this.scriptPids;
    if (!s?.started) return;
    this.nextPid += s.perModule + s.first;
    s.first = 0;
  }
  /**
   * the pid of a process the BEAM has running before any program (the Logger process is 0.90 in
   * a script): `preferred` when that number is free and already behind the numbering, so no
   * program's process ever takes it; otherwise a number apart from the program's. Either way it
   * takes no number from the program's processes.
   */
  systemPid(preferred: number): Pid {
    if (preferred >= 0 && preferred < this.nextPid && !this.processes.has(preferred)) return new Pid(preferred);
    return new Pid(this.nextCompileTimePid++);
  }
  makeRef(): Ref {
    return new Ref(this.nextRef++);
  }

  /** end alias `refId` (it is active) */
  dropAlias(refId: number): void {
    // every GenServer.call takes an alias and ends it: deleting the only entry would have V8 shrink
    // the emptied table through a runtime call each time (about 1.5 us, a tenth of the call)
    if (this.aliases.size === 1) this.aliases = new Map();
    else this.aliases.delete(refId);
  }

  lookup(pid: Pid): Process | undefined {
    return this.processes.get(pid.id);
  }

  /** spawn a process that calls fun() or apply(mod, name, args) */
  spawn(parent: Process | null, target: Term, args: Term[], name: Atom | null, opts: { link?: boolean; monitor?: boolean; compileTime?: boolean; system?: number } = {}): [Process, Ref | null] {
    // code run at compile time (a macro) runs in a process numbered apart: on the BEAM it runs in
    // the compiling process, so it takes no pid number from the program's processes; so does a
    // process that stands for one the BEAM starts at boot (opts.system, see systemPid)
    const p = new Process(opts.compileTime ? new Pid(this.nextCompileTimePid++) : opts.system !== undefined ? this.systemPid(opts.system) : this.newPid());
    this.processes.set(p.pid.id, p);
    if (opts.system !== undefined) p.neverWaitsForCode = true;
    if (parent) {
      // a child shares its parent's leader (a first process with none leads itself)
      p.groupLeader = parent.groupLeader ?? parent.pid;
      p.output = parent.output;
      p.input = parent.input;
    }
    // boot frame: a stub version whose code calls the target and then ends the process
    const bootV = this.bootVersion();
    p.version = bootV;
    p.fn = 0;
    p.stack[0] = target;
    p.stack[1] = list(args);
    p.stack[2] = name ?? atom("nil");
    p.sp = 3;
    p.bp = 0;
    p.pc = 0;
    if (target instanceof Atom && name) p.initialCall = [target, name, args.length];
    // the BEAM starts a fun through erlang:apply/2
    else if (target instanceof Fun) p.initialCall = [atom("erlang"), atom("apply"), 2];
    let ref: Ref | null = null;
    if (parent && opts.link) {
      parent.links.add(p);
      p.links.add(parent);
    }
    if (parent && opts.monitor) {
      ref = this.makeRef();
      parent.monitors.set(ref.id, p.pid);
      p.monitoredBy.set(ref.id, [parent, ref]);
    }
    this.makeRunnable(p);
    return [p, ref];
  }

  private bootV: ModuleVersion | null = null;
  /** a tiny module: boot(target, args, name) -> :erlang.apply(...) ; used as every process's first frame */
  bootVersion(): ModuleVersion {
    if (this.bootV) return this.bootV;
    const v = this.code.current(atom("beamlet_boot"));
    if (!v) throw new Error("beamlet_boot not loaded");
    this.bootV = v;
    return v;
  }

  makeRunnable(p: Process): void {
    if (p.status === "exited") return;
    if (p.status !== "running") p.status = "runnable";
    if (!p.inRunQueue) {
      p.inRunQueue = true;
      this.runQueue.push(p);
    }
    this.kick();
  }

  /**
   * a signal other than a message (link, unlink, monitor, demonitor, an ignored exit signal)
   * reached p: on the BEAM a waiting process is scheduled to handle it, so it takes its place
   * in the run queue now, and a message or exit signal arriving meanwhile is handled from there.
   * It does not run for the signal alone: the scheduler skips a process still waiting.
   */
  signalled(p: Process): void {
    if (p.status !== "waiting" || p.inRunQueue) return;
    p.inRunQueue = true;
    this.runQueue.push(p);
    this.kick();
  }

  /** a host operation began (+1) or ended (-1), such as a delivery between two sockets of the
   *  node (vm/bifs/tcp.ts): a virtual clock stands still until none is under way */
  hostBusy(delta: number): void {
    this.hostPending += delta;
    if (this.hostPending === 0) this.kick();
  }

  /**
   * after a compile that held the host since `since` (host clock): if it took longer than a batch,
   * p stops (first in the queue still) and the scheduler lets the host's pending events in before
   * anything runs on, as a Ctrl-C during the BEAM's compile opens the BREAK menu there (it showed
   * once p had run on)
   */
  afterCompile(p: Process, since: number): void {
    if (this.host.now() - since <= BATCH_MS) return;
    p.yieldRequested = true;
    this.hostTurnWanted = true;
  }

  /** block (true) or let run again (false) every process of the node: the BREAK menu's pause */
  setBlocked(blocked: boolean): void {
    this.blocked = blocked;
    if (!blocked) this.kick();
  }

  private kick(): void {
    if (this.wake) {
      const w = this.wake;
      this.wake = null;
      w();
    }
  }

  send(to: Process, msg: Term): void {
    if (to.status === "exited") return;
    to.mailbox.push(msg);
    if (this.traceMessages > 0) this.recordMessage(to, msg);
    if (to.status === "waiting") {
      if (to.timer) { to.timer.cancel(); to.timer = null; }
      this.makeRunnable(to);
    }
  }

  private recordMessage(to: Process, msg: Term): void {
    const ring = (to.recentMessages ??= []);
    ring.push(msg);
    // trimmed in batches: amortised O(1) per message; readers take the last traceMessages
    if (ring.length >= 2 * this.traceMessages) ring.splice(0, ring.length - this.traceMessages);
  }

  /** processes waiting for a host promise (AwaitHost), with the call each makes when it settles */
  private readonly parked = new Map<Process, { retry: TailCall | null; tail: boolean; by: CallBy; promise: Promise<unknown> }>();

  /** p waits for the host's promise, then makes the call `retry` (vm/calls.ts AwaitHost), or,
   *  with none, goes on at its pc (the instruction it stopped at, again) */
  park(p: Process, promise: Promise<unknown>, retry: TailCall | null, tail: boolean, by: CallBy = "name"): void {
    p.status = "waiting";
    this.parked.set(p, { retry, tail, by, promise });
    // a virtual clock stands still meanwhile, as for a read of standard input
    this.hostPending++;
    const settled = (): void => {
      this.hostPending--;
      if (p.status === "waiting" && this.parked.has(p)) this.makeRunnable(p);
      else this.kick();
    };
    promise.then(settled, settled);
  }

  /** what p waits for from the host, when it does */
  parkedOn(p: Process): Promise<unknown> | undefined {
    return this.parked.size === 0 ? undefined : this.parked.get(p)?.promise;
  }

  /** the call p makes on being scheduled after it waited for the host, if it did */
  takeParked(p: Process): { retry: TailCall | null; tail: boolean; by: CallBy } | undefined {
    if (this.parked.size === 0) return undefined;
    const r = this.parked.get(p);
    if (r !== undefined) this.parked.delete(p);
    return r;
  }

  waitForMessage(p: Process, timeout: number | null): void {
    // a message that arrived meanwhile (beyond the cursor) wakes at once
    if (p.recvCursor < p.mailbox.length) {
      p.status = "runnable";
      this.makeRunnable(p);
      return;
    }
    p.status = "waiting";
    if (timeout !== null) p.timer = this.setTimer(timeout, this.receiveTimedOut, p);
  }

  /** a receive's `after` fired (one function for every wait: no closure per GenServer.call) */
  private readonly receiveTimedOut = (p: Process): void => {
    p.timer = null;
    if (p.status !== "waiting") return;
    p.pc = p.timeoutPc;
    p.recvCursor = 0;
    this.makeRunnable(p);
  };

  /** an exit signal from `from` (pid or null) to p, with Erlang's rules */
  exitSignal(from: Process | null, fromPid: Pid, p: Process, reason: Term, viaLink: boolean): void {
    if (p.status === "exited" || p.pendingKill !== null) return;
    if (reason === A_KILL && !viaLink) return this.killProcess(p, A_KILLED);
    if (p.trapExit) {
      this.send(p, tuple(A_EXIT, fromPid, reason));
      return;
    }
    if (reason === A_NORMAL) {
      if (!viaLink && from === p) {
        // (the script's process ended so is reported as elixir does, unlike a normal end)
        if (p === this.main) this.mainSignalledNormal = true;
        this.killProcess(p, A_NORMAL);
      }
      else this.signalled(p);
      return;
    }
    this.killProcess(p, reason);
  }

  /**
   * end p with reason, from outside its own execution (or itself, via a BIF). Another process
   * handles the signal when it is next scheduled, as on the BEAM: its own exit signals and
   * :DOWNs go out one hop later, after everything its killer sends as it dies.
   */
  killProcess(p: Process, reason: Term): void {
    if (p.status === "exited") return;
    if (p.status === "running") {
      // it is on the JS stack right now: unwind it
      throw new ProcessKilled(reason);
    }
    this.doom(p, reason);
  }

  /** p dies of `reason` when next scheduled (the first exit signal that kills it wins) */
  private doom(p: Process, reason: Term): void {
    if (p.pendingKill !== null) return;
    p.pendingKill = reason;
    if (p.timer) { p.timer.cancel(); p.timer = null; }
    this.makeRunnable(p);
  }

  /** alive as is_process_alive/1 and process_info/1 see it: not ended, no exit signal pending */
  isAlive(p: Process): boolean {
    return p.status !== "exited" && p.pendingKill === null;
  }

  processExit(p: Process, reason: Term, _result: Term | null): void {
    if (p.status === "exited") return;
    // code the compiler runs inside p ended: p itself lives on (vm/run_nested.ts)
    if (p.nested !== null && !p.nested.done) return endNested(p, reason);
    p.status = "exited";
    p.exitReason = reason;
    if (p.suspending !== null) releaseSuspensions(this, p);
    if (this.parked.size !== 0) this.parked.delete(p);
    if (p.bigJob !== null) dropBigJob(p);
    if (p.timer) { p.timer.cancel(); p.timer = null; }
    this.processes.delete(p.pid.id);
    if (p.registeredName) {
      this.registry.delete(p.registeredName);
      p.registeredName = null;
    }
    // (the trees and maps a process never used stay unallocated)
    const links = p.linksIfAny;
    if (links !== null) {
      for (const other of links) {
        if (other instanceof Port) {
          portHooks.linkedExit(this, other, p, reason);
          continue;
        }
        other.links.delete(p);
        this.exitSignalSafe(p, other, reason);
      }
      links.clear();
    }
    // as on OTP 25: link exit signals, then a demonitor signal for each monitor p held (in its
    // tree order), then the :DOWN of each monitor on p (in the order they were taken)
    for (const [refId, pid] of p.monitorsIfAny ?? []) {
      const t = this.lookup(pid);
      if (t) {
        t.dropMonitoredBy(refId);
        this.signalled(t);
      }
    }
    const monitoredBy = p.monitoredByIfAny;
    for (const [refId, [watcher, ref, id]] of monitoredBy ?? []) {
      watcher.monitors.delete(refId);
      // a monitor's alias (other than explicit_unalias) ends with its :DOWN
      const alias = this.aliases.get(refId);
      if (alias && alias.owner === watcher && alias.mode !== "explicit_unalias") this.dropAlias(refId);
      // a monitor taken by registered name reports {name, node}
      this.send(watcher, tuple(A_DOWN, ref, A_PROCESS, id ?? p.pid, reason));
    }
    monitoredBy?.clear();
    p.stack = [];
    p.clearFrames();
    // (dropAlias may replace the map, and only when this entry is its last: the loop just ends)
    for (const [refId, alias] of this.aliases) if (alias.owner === p) this.dropAlias(refId);
    for (const hook of this.exitHooks) hook(p, reason);
    if (p.onExit) p.onExit(reason);
    if (p === this.main) {
      // the script's process was ended by an exit signal (its own errors end in run_script)
      const bySignal = reason !== A_NORMAL || this.mainSignalledNormal;
      if (bySignal && this.code.current(atom("beamlet_boot"))?.exported("report_exit", 2) !== -1) {
        // printed in the language (Exception.format_exit), which then halts with 1; the pid is the
        // script's own, as elixir's Kernel.CLI names the process it monitors, not the signal's sender
        const reporter = this.spawn(null, atom("beamlet_boot"), [p.pid, reason], atom("report_exit"))[0];
        reporter.neverWaitsForCode = true;
        // (a report that failed, formatting a reason once the atom table is full, still ends the
        // node: plainly printed, as without the library, never with nothing left to halt it)
        reporter.onExit = () => {
          if (this.halted !== null) return;
          this.reportMainExitPlainly(p.pid, reason);
          this.halt(1);
        };
        return;
      }
      if (bySignal) this.reportMainExitPlainly(p.pid, reason);
      else if (this.noHalt) return;
      this.halt(bySignal ? 1 : this.exitCode);
    }
  }

  /** the script's process ended by an exit signal, printed without the library (halt with 1 next) */
  private reportMainExitPlainly(pid: Pid, reason: Term): void {
    this.host.write(2, `** (EXIT from ${inspect(pid)}) ${inspect(reason)}\n\n`);
  }

  /** the exit signal a dying process sends over a link */
  private exitSignalSafe(from: Process, to: Process, reason: Term): void {
    if (to.status === "exited" || to.pendingKill !== null) return;
    if (to.trapExit) return this.send(to, tuple(A_EXIT, from.pid, reason));
    if (reason === A_NORMAL) return this.signalled(to);
    // a linked process dies with the same reason, when it handles the signal (one hop later);
    // the running process (a BIF ended another) notices after its slice
    if (to.status === "running") to.pendingKill = reason;
    else this.doom(to, reason);
  }

  processCrash(p: Process, err: ErlangError): void {
    const st = err.stacktrace ?? NIL;
    let reason: Term;
    if (err.kind === "exit") reason = err.reason;
    else if (err.kind === "error") reason = tuple(err.reason, st);
    else reason = tuple(tuple(atom("nocatch"), err.reason), st);
    // (its links and monitors hear of it first: the report's process runs after those it woke, as
    // OTP's logger process takes the report beside them; test/vm/crash_report_after_down)
    const report = err.kind !== "exit" && p !== this.main;
    this.processExit(p, reason, null);
    if (report) this.reportCrash(p, err.kind === "throw" ? tuple(atom("nocatch"), err.reason) : err.reason, st);
  }

  /** the BEAM's "Process #PID<...> raised an exception" report, through Logger when it is there */
  private reportCrash(p: Process, reason: Term, st: Term): void {
    // a report that crashes is reported in turn, once: the report of that one's crash is printed
    // plainly (a reason whose formatting fails again made reports of reports without end)
    const depth = (this.crashReporters.get(p) ?? -1) + 1;
    if (depth < 2 && this.emulatorReports.loggerMakes("__process_crashed__", 4)) {
      this.emulatorReports.send({
        fun: "__process_crashed__",
        args: [p.pid, atom("error"), reason, st],
        groupLeader: p.groupLeader,
        // (Elixir's Logger handler translating it loads what the translation calls)
        waitsForCode: true,
        started: (reporter) => this.crashReporters.set(reporter, depth),
      });
      return;
    }
    this.host.write(1, `\n[error] Process ${inspect(p.pid)} raised an exception\n** (ErlangError) ${inspect(reason)}\n`);
  }

  /** standard output failed (the host says so): as on the BEAM, whose :user io server ends with
   *  the port's error, the name :user goes, and user_sup (its supervisor bridge) ending with that
   *  reason is reported through Logger (whose console then finds no device to write to) */
  private consoleFailed(): void {
    this.consoleGone = true;
    const user = atom("user");
    const p = this.registry.get(user);
    if (p && p.registeredName === user) {
      this.registry.delete(user);
      p.registeredName = null;
    }
    const code = this.host.outputError?.(1) ?? "";
    const reason = atom(/^E[A-Z]+$/.test(code) ? code.toLowerCase() : "terminated");
    this.spawn(null, atom("Elixir.Logger"), [reason], atom("__user_terminated__"), { system: -1 });
  }

  /** whether standard output's failure has been seen (consoleFailed) */
  private consoleGone = false;

  /** the emulator's reports to the logger, made one at a time */
  readonly emulatorReports = new EmulatorReports(this);

  /** the processes reporting another's crash (reportCrash), with how many reports deep they are */
  private readonly crashReporters = new WeakMap<Process, number>();

  halt(code: number): void {
    if (this.halted === null) this.halted = code;
    if (this.hostTimer) {
      // nothing runs any more: the host must not be kept alive for a timer
      this.hostTimer.cancel();
      this.hostTimer = null;
      this.hostTimerAt = Infinity;
    }
    this.kick();
  }

  contextFor(p: Process): BifContext {
    return new ProcessContext(this, p);
  }

  bifFor(mod: Atom, name: Atom, argc: number): BifEntry | undefined {
    return lookupBif(mod.name, name.name, argc);
  }

  /**
   * install the modules a defmodule compiled when execution reached it (at `line`); its value,
   * {:module, M, binary, value of the body} of the last
   */
  installDefined(mods: CompiledModule[], ctx: BifContext, line: number, isElixirLibraryModule: (name: string) => boolean, evalUnit?: EvalUnit): Term {
    let last: Term = atom("nil");
    // the modules it redefines, warned of in source order (Elixir warns as each one starts; the
    // modules a body defines are compiled before it), each at its defmodule
    // (one loaded early, its macros or the outer body needing it: the version it replaced then)
    const conflictIgnored = moduleConflictIgnored(this);
    const redefined = mods.filter((compiled) => {
      // (as Elixir's code:ensure_loaded: a module on the code path not loaded yet is loaded)
      if (!conflictIgnored && !isElixirLibraryModule(compiled.name)) this.code.ensureLoaded(atom(compiled.name));
      const before = versionReplaced(this.code, compiled);
      return before !== null && !before.preloaded && !conflictIgnored;
    });
    // a module of Elixir's library (loaded or not yet; not one of beamlet's own helpers) is one
    // loaded from its file
    const libraryFile = (compiled: CompiledModule): string | null => {
      if (!compiled.name.startsWith("Elixir.") || conflictIgnored) return null;
      if (!isElixirLibraryModule(compiled.name)) return null;
      const before = versionReplaced(this.code, compiled);
      if (before) return before.preloaded ? before.loadedFrom : null;
      return this.code.findFile(atom(compiled.name)) ?? null;
    };
    const fromLibrary = new Map(mods.map((c) => [c, libraryFile(c)] as const).filter(([, f]) => f !== null));
    redefined.push(...fromLibrary.keys());
    redefined.sort((a, b) => (a.defLine ?? line) - (b.defLine ?? line));
    for (const compiled of redefined) {
      const from = fromLibrary.get(compiled) ?? versionReplaced(this.code, compiled)?.loadedFrom ?? null;
      const text = `warning: redefining module ${compiled.name.replace(/^Elixir\./, "")} (${replacedVersionText(from, this.host.cwd?.())})\n  ${compiled.file}:${compiled.defLine ?? line}\n\n`;
      ctx.write(2, text);
      forwardWarnings(ctx, text);
    }
    if (this.shellPids && mods.length > 0) this.nextPid += 5 + 3 * (mods.length - 1);
    else if (evalUnit && mods.length > 0) this.evalModulePids(evalUnit, mods.length, ctx);
    const onLoad: Atom[] = [];
    const refused: string[] = [];
    for (const compiled of mods) {
      const m = atom(compiled.name);
      this.scriptDefined.push(m);
      if (!evalUnit || this.shellPids) this.modulePids();
      // (a sticky module: the code server refuses it and reports it; defmodule still answers)
      if (isStickyName(this, compiled.name)) {
        refused.push(stickyRefusalText(m));
        this.moduleDefined(compiled, ctx);
        const object = new Bin(writeModule(compiled));
        moduleDefinedBy(ctx, m, object);
        last = tuple(atom("module"), m, object, compiled.bodyValue ?? atom("nil"));
        continue;
      }
      const v = installCompiled(this.code, compiled, compilerDest(ctx, compiled.name), true);
      if (this.code.waitsForOnLoad(v)) onLoad.push(m);
      this.moduleDefined(compiled, ctx);
      const object = this.binaryOf(v);
      moduleDefinedBy(ctx, m, object);
      last = tuple(atom("module"), m, object, compiled.bodyValue ?? atom("nil"));
    }
    if (refused.length > 0 && onLoad.length === 0) return reportThen(refused, "return", last) as unknown as Term;
    for (const text of refused) logErrorOn(this, text);
    // (defmodule's value is the same whatever the @on_load functions answer)
    return onLoad.length === 0 ? last : runOnLoad(onLoad, last, last);
  }

  /** a module defined: its warnings are printed (onModuleDefined prints Elixir's with the OTP
   *  compiler's it held; printed here, after, when no one does) */
  private moduleDefined(compiled: CompiledModule, ctx: BifContext): void {
    const otp = compiled.otpWarnings?.splice(0) ?? [];
    if (this.onModuleDefined?.(compiled.name, otp)) return;
    for (const w of otp) ctx.write(2, `warning: ${w.message}\n  ${w.file}:${w.line}\n\n`);
  }

  /** raises a compile error (a CompileError from the compiler) as Elixir's exception; set by the Code BIFs */
  compileErrorHook: ((e: Error) => never) | null = null;

  binaryOf(v: ModuleVersion): Term {
    return new Bin(this.code.objectCode(v));
  }

  // ---- evaluation for hosts (REPL, remote shells, rpc) ----------------------------------------

  private hostReplies = new Map<number, (t: Term) => void>();
  private evalCounter = 0;

  /** a fresh module name for one evaluation (old evaluations stay loaded: their funs keep working) */
  nextEvalModule(): string {
    return `elixir_eval_${++this.evalCounter}`;
  }

  /** called by :beamlet.reply_to_host/2 */
  hostReply(ref: Term, value: Term): void {
    if (!(ref instanceof Ref)) return;
    const cb = this.hostReplies.get(ref.id);
    if (cb) {
      this.hostReplies.delete(ref.id);
      cb(value);
    }
  }

  /**
   * An evaluator process for a shell session (REPL, remote shell, rpc): long-lived, so self()
   * stays the same between lines as in iex. `write` receives what it and the processes it
   * spawns print (their group leader), or the node's stdout/stderr when omitted.
   */
  /** entry "rpc_eval": `bin/APP rpc`'s, which runs the code as Kernel.CLI.rpc_eval/1 does (lib/boot/boot.ex) */
  newEvaluator(write?: ProcessOutput, entry: "loop" | "rpc_eval" = "loop"): Process {
    const [p] = this.spawn(null, atom("beamlet_evaluator"), [], atom(entry));
    if (write) p.output = write;
    return p;
  }

  /** kill a busy evaluator (Ctrl-C); callers make a new one */
  interrupt(p: Process): void {
    if (p.status === "exited") return;
    if (p.status === "running") p.pendingKill = A_KILLED;
    else this.processExit(p, A_KILLED, null);
  }

  /**
   * Load a compiled expression (compileScript with returnBindings and nextEvalModule()) and run
   * its __script__(args) in the evaluator; resolves to {:ok, {value, bindings}} or
   * {:error, kind, reason, formatted_text}. The node's runLoop must be running.
   */
  evalCompiled(evaluator: Process, compiled: CompiledModule, args: Term[], entry = "__script__", onExited?: (reason: Term) => void): Promise<Term> {
    this.code.loadCompiled(compiled);
    const ref = this.makeRef();
    return new Promise((resolve) => {
      this.hostReplies.set(ref.id, resolve);
      evaluator.onExit = (reason) => {
        if (!this.hostReplies.has(ref.id)) return;
        this.hostReplies.delete(ref.id);
        // (`onExited`: where the evaluator died, before any other process runs on, as an
        // embedder must print the exit before what the node's processes print next)
        onExited?.(reason);
        resolve(tuple(atom("error"), atom("exit"), reason, atom("nil")));
      };
      this.send(evaluator, entry === "__script__" ? tuple(atom("eval"), ref, atom(compiled.name), list(args)) : tuple(atom("eval"), ref, atom(compiled.name), atom(entry), list(args)));
    });
  }

  /** the process compiling a project's file (Kernel.ParallelCompiler's worker on the BEAM): its
   *  module bodies run in it, so self(), its dictionary and the tasks it awaits stay the same
   *  from one expression of a body to the next */
  private fileCompiler: Process | null = null;

  /** the process whose compilation runs now (a defmodule reached, a project's file) */
  compilingProcess(): Process | null {
    return this.running ?? this.fileCompiler;
  }

  /** `compile()` run as the compiling process of a file: one made for it, gone afterwards */
  compilingFile<T>(compile: () => T): T {
    const [p] = this.spawn(null, atom("beamlet_evaluator"), [], atom("loop"), { compileTime: true });
    const outer = this.fileCompiler;
    this.fileCompiler = p;
    try {
      return compile();
    } finally {
      this.fileCompiler = outer;
      // (the worker ends normally: what a body started linked to it keeps running)
      if (p.status !== "exited") this.processExit(p, atom("normal"), null);
    }
  }

  /**
   * Run mod.fun(args) to its end, now, in a fresh process (the compiler expanding a macro, or a
   * module body evaluated at compile time). Only that process runs, plus whatever is runnable
   * when it waits for a message. Resolves to {:ok, value} or {:error, kind, reason, stacktrace}.
   */
  callSync(mod: Atom, fun: Atom, args: Term[], output?: (fd: 1 | 2, text: string) => void): Term {
    // the program's own code (a module body, a macro of its modules) waits for every BIF the host
    // loads on first use before it starts: the compilation it is part of starts again once they
    // are here (HostWaitNeeded), before the program's code has done anything, and then never
    // waits halfway. lib/'s macros may still wait halfway: they only compute, and what the
    // attempt printed (warnings) is held until then (vm/boot.ts), so it starts again unseen.
    // So do the library modules it calls that the host fetches on first use (a page's), those the
    // program's modules name and those the library functions they call reach further down (a
    // table made at build time); where a name made at run time may be called (apply, a capture
    // by name, `mod.fun()`: CodeServer.fetchesFor), every file not fetched yet. (A module body runs
    // expression by expression: the embedder looks at the program's text before it starts.)
    if (!this.code.preloaded.has(mod)) {
      const pending = this.compileCannotWait === 0 ? (loadPendingLazyBifs() ?? this.code.fetchesFor(mod)) : null;
      if (pending !== null) throw new HostWaitNeeded(pending);
      this.beforeCompileTimeCode?.();
    }
    // compiling inside a process (a defmodule reached, Code.compile_string): its code runs in
    // that process, as on the BEAM (self(), its dictionary, its ETS tables stay the same)
    const running = this.running;
    if (running !== null && running.status === "running") return runNested(this, running, mod, fun, args, output);
    // (a project's file: in the process compiling it, expression after expression)
    const compiler = this.fileCompiler;
    if (running === null && compiler !== null && compiler.status !== "exited") return runNested(this, compiler, mod, fun, args, output);
    const [p] = this.spawn(null, atom("beamlet_sync_call"), [mod, fun, list(args)], atom("run"), { compileTime: true });
    if (output) p.output = output;
    else if (this.heldCompileOutput) p.output = this.heldCompileOutput;
    // (a timer it waits on fires when nothing else can run: a module body's Process.sleep or
    // receive ... after, as the BEAM's compiling process waits for them)
    const outcome = this.driveSync(p, () => p.status === "exited", true);
    if (outcome !== "done") {
      this.processExit(p, atom("kill"), null);
      // waiting for the host, it cannot wait here: the caller awaits the host and starts its work again
      if (outcome !== "blocked") throw new HostWaitNeeded(outcome.parked);
      return tuple(atom("error"), atom("error"), tuple(atom("beamlet_blocked_at_compile_time"), mod, fun), NIL);
    }
    return p.syncResult ?? tuple(atom("error"), atom("exit"), p.exitReason ?? atom("killed"), NIL);
  }

  /**
   * Run p outside the run loop (callSync, runNested) until `done()`: its slices and, while it
   * waits, those of the processes it talks to (never one already on the JS stack); with `timers`,
   * the next due timer fires when nothing else can run. "blocked": nothing can; `parked`: p waits
   * for the host.
   */
  driveSync(p: Process, done: () => boolean, timers: boolean): "done" | "blocked" | { parked: Promise<unknown> } {
    if (this.syncDrives === 0) this.syncSince = this.host.now();
    this.syncDrives++;
    try {
      return this.driveSyncLoop(p, done, timers);
    } finally {
      this.syncDrives--;
      if (this.syncDrives === 0) this.host.syncInterrupts?.end();
    }
  }

  /** when the outermost synchronous run (driveSync) started */
  private syncSince = 0;

  /** runs driven by driveSync under way: a process run there cannot wait for the host halfway
   *  when it need not (vm/big_work.ts computes inline then) */
  private syncDrives = 0;

  /** whether p may wait for the host's answer to a long operation instead of computing it itself */
  canPark(p: Process): boolean {
    return this.syncDrives === 0 && p.nested === null;
  }

  private driveSyncLoop(p: Process, done: () => boolean, timers: boolean): "done" | "blocked" | { parked: Promise<unknown> } {
    const take = () => {
      const i = this.runQueue.indexOf(p);
      if (i >= 0) this.runQueue.splice(i, 1);
      p.inRunQueue = false;
    };
    take();
    let idle = 0;
    const interrupts = this.host.syncInterrupts;
    while (!done()) {
      interrupts?.poll(this.syncSince);
      const parked = p.status === "waiting" ? this.parkedOn(p) : undefined;
      if (parked !== undefined) return { parked };
      if (p.status === "waiting") {
        const other = this.runQueue.find((q) => q !== p && q.status === "runnable");
        if (timers && !other && this.fireNextTimerSync()) {
          if ((p.status as string) === "runnable") take();
          continue;
        }
        if (!other || ++idle > 100000) return "blocked";
        this.runQueue.splice(this.runQueue.indexOf(other), 1);
        other.inRunQueue = false;
        this.runOne(other);
        if ((p.status as string) === "runnable") take();
        continue;
      }
      this.runOne(p);
      take();
    }
    return "done";
  }

  /** one slice of one process, outside the run loop (callSync) */
  runOne(p: Process): void {
    if (p.pendingKill !== null) {
      const reason = p.pendingKill;
      p.pendingKill = null;
      return this.processExit(p, reason, null);
    }
    if (this.waitsForCode(p)) return;
    p.status = "running";
    let r: string;
    const outer = this.running;
    this.running = p;
    this.claimInspectHooks();
    try {
      r = this.interp.run(p, this.slice);
    } catch (e) {
      if (e instanceof ProcessKilled) return this.processExit(p, e.reason, null);
      if (e instanceof Halt) {
        this.halt(e.code);
        return this.processExit(p, atom("killed"), null);
      }
      const msg = e instanceof Error ? e.message : String(e);
      if ((p.status as string) !== "exited") this.processExit(p, tuple(atom("beamlet_internal_error"), atom(msg.slice(0, 200))), null);
      return;
    } finally {
      this.running = outer;
    }
    if (p.pendingKill !== null && (p.status as string) !== "exited") {
      const reason = p.pendingKill;
      p.pendingKill = null;
      p.status = "runnable";
      return this.processExit(p, reason, null);
    }
    if (r === "yield" && (p.status as string) !== "exited") {
      p.status = "runnable";
      if (!p.inRunQueue) {
        p.inRunQueue = true;
        this.runQueue.push(p);
      }
    }
    this.checkMemory(p, true);
  }

  /** p, taken from the run queue, still waits for the code server: it goes to the back of the
   *  queue without running (vm/loaded_modules.ts) */
  private waitsForCode(p: Process): boolean {
    if (p.codeTrips === 0 && p.codeWaitOn === null && !p.loadsUnderWay) return false;
    if (!stillWaitsForCode(this.code, p)) return false;
    p.inRunQueue = true;
    this.runQueue.push(p);
    return true;
  }

  /**
   * after a slice of p: its max_heap_size, then (when `guard`) the node's memory guard. A process
   * past its bound is reported and killed here, between slices, where the BEAM would at its GC.
   */
  private checkMemory(p: Process, guard: boolean): void {
    if (p.maxHeap !== null && p.status !== "exited") {
      const o = checkMaxHeap(p);
      if (o) this.heapOverrun(p, o);
    }
    if (guard && this.memoryGuard !== null) {
      const hit = this.memoryGuard.check(p, this.processes.values());
      if (hit) this.heapOverrun(hit.p, hit.overrun, true);
    }
  }

  /**
   * A BIF about to build `words` words for p (a list of a size given as an argument): when that
   * alone passes p's max_heap_size (with kill) or the memory guard's bound, p is reported and
   * killed now, as it would be once the words existed, before they fill the host's heap.
   */
  reserveHeap(p: Process, words: number): void {
    const own = p.maxHeap !== null && p.maxHeap.size > 0 && p.maxHeap.kill ? p.maxHeap : null;
    const bound = own !== null && words > own.size ? own : this.memoryGuard?.bound() ?? null;
    if (bound === null || words <= bound.size) return;
    if (bound.errorLogger) this.reportOverrun(p, { words, bound }, bound !== own);
    throw new ProcessKilled(A_KILLED);
  }

  private heapOverrun(p: Process, o: HeapOverrun, byGuard = false): void {
    if (o.bound.errorLogger) this.reportOverrun(p, o, byGuard);
    if (o.bound.kill) this.processExit(p, A_KILLED, null);
  }

  /**
   * The "maximum heap size reached" report. A process's own max_heap_size is reported through
   * Logger, asynchronously, as the emulator does (so Elixir too loses it when the script's main
   * process is the one killed: the node halts first). The memory guard's kill is beamlet's own and
   * the only word on why a process died, so it is printed at once: the node is short of memory to
   * run Logger, and a killed main process halts the node before Logger would run.
   */
  private reportOverrun(p: Process, o: HeapOverrun, byGuard: boolean): void {
    const text = maxHeapReport(p, o, inspect(p.pid));
    if (byGuard) logErrorOn(this, text.replace(/\n$/, ""));
    else this.logReport(text);
  }

  /** an emulator error report, printed by Logger (its level applies, asynchronously) when it is loaded */
  private logReport(texts: string | string[]): void {
    const all = typeof texts === "string" ? [texts] : texts;
    if (this.emulatorReports.loggerMakes("__code_server_report__", 3)) {
      this.emulatorReports.send({ fun: "__code_server_report__", args: [list(all.map((t) => bin(t))), atom("return"), atom("ok")], groupLeader: null, waitsForCode: false });
      return;
    }
    for (const text of all) logErrorOn(this, text.replace(/\n$/, ""));
  }

  // ---- the scheduler ------------------------------------------------------------------------

  /** reductions in a slice */
  get sliceReductions(): number {
    return this.slice;
  }

  /**
   * p ran out of its slice in compiled code: may it have the next one at once? Only when the
   * scheduler would pick it again anyway (no other process runnable, no timer due, nothing asked
   * of p), and not past the batch after which the scheduler lets the host's events in.
   */
  /**
   * No other process could run before p's next instruction: a round trip to a waiting process
   * (the application controller, for Logger's level at every call) would give nobody else a turn,
   * so p may read what that process would answer itself (lib/otp/application.ex).
   */
  runsAlone(p: Process): boolean {
    return this.noneRunnable() && this.halted === null && p.pendingKill === null && !p.yieldRequested;
  }

  /**
   * Every process in the run queue is one runLoop skips: still waiting (it was only signalled, a
   * demonitor after each GenServer.call), suspended, or exited. (Read, not emptied: which entry
   * the scheduler takes next, seeded in a deterministic run, stays as it was.)
   */
  private noneRunnable(): boolean {
    const q = this.runQueue;
    for (let i = 0; i < q.length; i++) {
      const r = q[i];
      if (r.status !== "exited" && (r.pendingKill !== null || (r.status !== "waiting" && r.suspendCount === 0))) return false;
    }
    return true;
  }

  private mayExtendSlice(p: Process): boolean {
    if (!this.noneRunnable() || this.halted !== null || p.pendingKill !== null || p.yieldRequested || p.status !== "running") return false;
    const now = this.host.now();
    return now - this.batchStart <= BATCH_MS && (now - this.startTime) / this.timeScale < this.hostTimerAt;
  }

  private nextRunnable(): Process | undefined {
    if (!this.deterministic || this.runQueue.length <= 1) return this.runQueue.shift();
    // seeded choice among the runnable processes: a seed reproduces an interleaving
    this.rng = (Math.imul(this.rng, 1103515245) + 12345) >>> 0;
    const i = (this.rng >>> 8) % this.runQueue.length; // the low bits of an LCG cycle quickly
    if (i === 0) return this.runQueue.shift();
    const p = this.runQueue[i];
    this.runQueue[i] = this.runQueue[this.runQueue.length - 1];
    this.runQueue.pop();
    return p;
  }

  /** run until the main process ends (or halt); resolves to the exit code */
  async runLoop(): Promise<number> {
    for (;;) {
      const sliceStart = this.host.now();
      this.batchStart = sliceStart;
      let slices = 0;
      while (this.halted === null && !this.blocked && this.runQueue.length > 0) {
        const p = this.nextRunnable()!;
        p.inRunQueue = false;
        if (p.status === "exited") continue;
        if (p.pendingKill !== null) {
          const r = p.pendingKill;
          p.pendingKill = null;
          this.processExit(p, r, null);
          continue;
        }
        if (p.status === "waiting") continue; // it only had signals to handle (signalled)
        if (p.suspendCount > 0) continue; // suspended: resume_process puts it back in the queue
        if (this.waitsForCode(p)) continue;
        p.status = "running";
        let r: string;
        this.running = p;
        this.claimInspectHooks();
        try {
          r = this.interp.run(p, this.slice);
        } catch (e) {
          if (e instanceof Halt) {
            this.halt(e.code);
            break;
          }
          if (e instanceof ProcessKilled) {
            this.processExit(p, e.reason, null);
            continue;
          }
          // a bug in the VM must not take the node down: the process dies with a clear reason
          const msg = e instanceof Error ? e.message : String(e);
          this.host.write(2, `beamlet internal error in ${inspect(p.pid)}: ${msg}\n${e instanceof Error && process_env_debug() ? e.stack : ""}\n`);
          if ((p.status as string) !== "exited") this.processExit(p, tuple(atom("beamlet_internal_error"), atom(msg.slice(0, 200))), null);
          continue;
        } finally {
          this.running = null;
        }
        if (p.pendingKill !== null && (p.status as string) !== "exited") {
          const reason = p.pendingKill;
          p.pendingKill = null;
          p.status = "runnable";
          this.processExit(p, reason, null);
          continue;
        }
        if (r === "yield" && (p.status as string) !== "exited") {
          p.status = "runnable";
          p.inRunQueue = true;
          // (a yield for the host's turn keeps p first: the order of the processes is unchanged)
          if (this.hostTurnWanted) this.runQueue.unshift(p);
          else this.runQueue.push(p);
        }
        // the clock is read every 4 slices: most slices are short (a process waits after a few
        // reductions in message passing), and reading it costs more than such a slice. The memory
        // guard reads the host's heap use at most every GUARD_MS by that clock: reading it costs
        // a microsecond, as much as a slice of message passing, and a process allocates little in
        // that time
        const clocked = (slices & 3) === 3;
        const now = clocked ? this.host.now() : 0;
        const guard = clocked && now - this.guardAt >= GUARD_MS;
        if (guard) this.guardAt = now;
        this.checkMemory(p, guard);
        if (this.virtual) {
          // virtual time also passes while processes run (a slice ~ 0.1 ms), so a process
          // looping forever does not stop the clock and timers still fire
          this.virtualNow += 0.1;
          this.fireDueTimers(this.virtualNow);
        }
        slices++;
        if (this.hostTurnWanted) break;
        if (clocked && now - sliceStart > BATCH_MS) break;
      }
      if (this.halted !== null) return this.halted;
      if (!this.consoleGone && this.host.outputFailed?.(1)) this.consoleFailed();
      if (this.blocked) {
        // (woken by setBlocked(false), or by a halt; any other wake finds it still blocked)
        await new Promise<void>((r) => {
          this.wake = r;
        });
        continue;
      }
      if (this.runQueue.length === 0 && this.idleWatchers.length > 0) {
        const watchers = this.idleWatchers.splice(0);
        for (const w of watchers) this.send(w.process, w.message);
        continue;
      }
      if (this.runQueue.length > 0) {
        // (a writer to a slow stdout waits by itself, vm/bifs/stdout_wait.ts: the node as a whole
        // waits only past a far larger backlog, from writes that do not wait)
        const backlog = this.host.outputBacklog?.(NODE_BACKLOG_BYTES);
        if (backlog) await backlog;
        else if (this.hostTurnWanted) {
          this.hostTurnWanted = false;
          await hostTurn();
        }
        else await new Promise<void>((r) => (this.host.schedule ? this.host.schedule(r) : setTimeoutZero(r)));
        continue;
      }
      if (this.virtual && this.hostPending === 0 && this.hostRunning > 0 && this.timerHeap.peek()) {
        const next = this.timerHeap.peek()!;
        const delay = Math.min(Math.ceil(Math.max(0, next.at - this.virtualNow) * this.timeScale), 2 ** 31 - 1);
        let due = false;
        await new Promise<void>((r) => {
          const t = this.host.setTimer(delay, () => { due = true; this.wake = null; r(); });
          this.wake = () => { t.cancel(); r(); };
        });
        if (due && this.timerHeap.peek() === next) {
          this.timerHeap.pop();
          this.virtualNow = Math.max(this.virtualNow, next.at);
          next.fire(next.arg);
        }
        continue;
      }
      if (this.virtual && this.hostPending === 0) {
        const next = this.timerHeap.pop();
        if (next) {
          this.virtualNow = Math.max(this.virtualNow, next.at);
          next.fire(next.arg);
          continue;
        }
      }
      await new Promise<void>((r) => {
        this.wake = r;
      });
    }
  }
}

/** milliseconds the scheduler runs processes before it lets the host's events in */
const BATCH_MS = 15;
/** what stdout may hold that its reader has not taken before every process waits (a writer
 *  through IO or :io waits by itself past the host's own, smaller bound, 64 KB, vm/bifs/
 *  stdout_wait.ts; writes that do not wait, :erlang.display and the node's own, fill it: a larger
 *  bound let 1.2 MB of :io.format writes, which did not wait then, pile up in memory while the
 *  reader slept, so a reader that then closed the pipe was never seen, test/e2e/output_faults
 *  "a reader that starts late") */
const NODE_BACKLOG_BYTES = 256 * 1024;
/** the least time between two reads of the host's heap use by the memory guard (ms) */
const GUARD_MS = 5;

/** a turn of the host's event loop that reaches its I/O and signals (Node.js runs an immediate
 *  before a signal that came during a long synchronous stretch; a timer after it) */
export function hostTurn(): Promise<void> {
  return new Promise<void>((r) => setTimeout(r, 0));
}
function setTimeoutZero(cb: () => void): void {
  const g = globalThis as any;
  if (typeof g.setImmediate === "function") g.setImmediate(cb);
  else g.setTimeout(cb, 0);
}
function process_env_debug(): boolean {
  const g = globalThis as any;
  return !!g.process?.env?.BEAMLET_DEBUG;
}

/** a process's BIF context: its methods on the prototype, so each process pays for two fields
 *  rather than two closures (an idle process is meant to cost about 1 KB) */
class ProcessContext implements BifContext {
  constructor(readonly node: Node, readonly process: Process) {}
  write(fd: 1 | 2, text: string, direct = false): void {
    const p = this.process;
    const server = ioServer(this.node, p, fd);
    if (server) putChars(this.node, server, text);
    else if (p.output) p.output(fd, text);
    else this.node.host.write(fd, text);
    // an io request: the writer waits for the io server's reply, so a process whose code ends in
    // this slice is still alive until the others have run (Interpreter.endsLater)
    if (!direct) {
      p.wroteInSlice = true;
      // it waits some microseconds for the reply: the processes ready to run run meanwhile (not
      // those waiting for the code server: a load takes far longer, vm/loaded_modules.ts)
      if (!p.writesHoldNoOne && this.node.runQueue.length > 0 && this.node.runQueue.some(readyToRun)) {
        p.yieldRequested = true;
        this.node.code.ioWaits++;
      }
    }
  }
  stdoutBacklog(): Promise<void> | null {
    const p = this.process;
    if (ioServer(this.node, p, 1)) return null;
    if (p.output) return p.output.backlog?.() ?? null;
    return this.node.host.outputBacklog?.() ?? null;
  }
  self(): Pid {
    return this.process.pid;
  }
}
