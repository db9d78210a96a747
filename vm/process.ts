// A process: its own stack (locals and operands of every frame), frames, exception handlers,
// mailbox, links and monitors. Nothing here recurses on the JS stack, so any process can be
// stopped between two instructions and resumed later.
import { Atom, Pid, Term, Ref } from "./terms.ts";
import type { ModuleVersion } from "./module.ts";
import { Mailbox } from "./mailbox.ts";
import type { DictOrder } from "./dict_order.ts";

/** a process dictionary key (vm/bifs/processes.ts dictKey): an atom, a small integer or a term's text */
export type DictKey = Atom | number | string;
import { LinkTree, SignalTree } from "./signal_tree.ts";
import type { BifContext } from "./bifs/registry.ts";
import type { MaxHeap } from "./max_heap_size.ts";
import type { BigJob } from "./big_work.ts";

/** ints per frame in Process.frameInts: return pc, caller's bp, caller's function index */
export const FRAME_INTS = 3;
/** ints per handler in Process.handlers: frame depth, sp, pc, guard (1) or try (0) */
export const HANDLER_INTS = 4;

/**
 * slots a call makes sure are free above a new frame's locals. Operand pushes past them still
 * work (a JS array grows on a write at its end); the headroom only saves that slower path. Small,
 * so a process that waits after a call or two stays near its first 16 slots (an idle process is
 * meant to cost about 1 KB).
 */
export const STACK_HEADROOM = 8;

// A process's stack lives in JS arrays, which V8 cannot grow past 2^27 elements (a push or a write
// at the end that would is a fatal error of the whole host, not an exception), and grows by half
// again plus 16 at each step. So the depth is bounded where every array is still safe to grow, and
// a call past it raises system_limit in the process (as a JS stack overflow does) instead.
export interface StackLimits {
  /** frames on a process's stack (frameInts, FRAME_INTS each, stays below 2^27 / 1.5) */
  frames: number;
  /** stack slots in use at a call (the stack array is never made longer than MAX_STACK_CAPACITY,
   *  so a write past its end, which V8 grows by half, stays below 2^27) */
  slots: number;
  /** ints of the handlers of the tries a process stands in (HANDLER_INTS each), as frameInts */
  handlerInts: number;
}
export const DEFAULT_STACK_LIMITS: StackLimits = { frames: 29_000_000, slots: 80_000_000, handlerInts: 87_000_000 };
const MAX_STACK_CAPACITY = 88_000_000;
/** the longest array `new Array(n)` makes with fast elements in V8 (longer ones are dictionaries) */
const FAST_NEW_ARRAY = 1 << 25;
/** what growInPlace pushes at a time (a spread of a few thousand values is one call) */
const UNDEFINED_RUN: Term[] = new Array<Term>(4096).fill(undefined as unknown as Term);

export type Status = "runnable" | "running" | "waiting" | "exiting" | "exited";

/**
 * Where a process's output goes instead of the host's standard output (a shell session, an rpc's
 * peer). `backlog`, for a destination that fills up when its reader is slow (a peer that does not
 * read): the promise of room while it holds too much, else null. A writer to standard output then
 * waits for it by itself, as it waits for a slow stdout (vm/bifs/stdout_wait.ts), so what a
 * reader leaves unread cannot grow without bound in the node's memory.
 */
export type ProcessOutput = ((fd: 1 | 2, text: string) => void) & { backlog?: () => Promise<void> | null };

export class Process {
  /** small at first: the first call grows it to what the interpreter asks (sp + its headroom) */
  stack: Term[] = new Array(8);
  sp = 0;
  bp = 0;
  pc = 0;
  fn = 0;
  version!: ModuleVersion;
  // The call stack as parallel arrays, so a call allocates nothing: frame i runs
  // frameVersions[i] and returns to pc frameInts[3i] with bp frameInts[3i+1] in function
  // frameInts[3i+2] (FRAME_INTS).
  frameVersions: ModuleVersion[] = [];
  frameInts: number[] = [];
  /** exception handlers (try and guards), HANDLER_INTS numbers each, innermost last */
  handlers: number[] = [];
  /** the BIF context of this process, made on its first slice */
  ctx: BifContext | null = null;

  mailbox = new Mailbox();
  /** selective receive: index of the next message to look at */
  recvCursor = 0;
  /** where recv_wait jumps when the timeout fires */
  timeoutPc = -1;
  timer: { cancel(): void } | null = null;

  status: Status = "runnable";
  inRunQueue = false;
  /** suspensions holding this process (suspend_process/1,2): it is not scheduled while any is */
  suspendCount = 0;
  /** the processes this one suspended, with how many times (vm/bifs/suspend_process.ts) */
  suspending: Map<Process, number> | null = null;
  // links, monitors and the dictionary are allocated on first use: most processes never use
  // some of them, and an idle process should cost little (issue 4: <= 2 KB)
  private _links: LinkTree | null = null;
  private _monitors: SignalTree<Pid> | null = null;
  private _monitoredBy: Map<number, [Process, Ref, Term?]> | null = null;
  private _dictionary: Map<DictKey, [Term, Term]> | null = null;
  /** the order the BEAM would list the dictionary in (vm/dict_order.ts), made on first put */
  dictOrder: DictOrder | null = null;
  get links(): LinkTree {
    return (this._links ??= new LinkTree());
  }
  set links(v: LinkTree) {
    this._links = v;
  }
  /** monitors this process holds: ref id -> watched pid */
  get monitors(): SignalTree<Pid> {
    return (this._monitors ??= new SignalTree());
  }
  set monitors(v: SignalTree<Pid>) {
    this._monitors = v;
  }
  /** monitors on this process: ref id -> [watcher, ref] */
  get monitoredBy(): Map<number, [Process, Ref, Term?]> {
    return (this._monitoredBy ??= new Map());
  }
  set monitoredBy(v: Map<number, [Process, Ref, Term?]>) {
    this._monitoredBy = v;
  }
  /** the links, monitors and monitors on it, without allocating them (null: none yet) */
  get linksIfAny(): LinkTree | null {
    return this._links;
  }
  get monitorsIfAny(): SignalTree<Pid> | null {
    return this._monitors;
  }
  get monitoredByIfAny(): Map<number, [Process, Ref, Term?]> | null {
    return this._monitoredBy;
  }
  /** the monitor `refId` on this process ended */
  dropMonitoredBy(refId: number): void {
    const m = this._monitoredBy;
    if (m === null) return;
    // a server monitored by each call in turn would otherwise have V8 shrink the emptied table
    // through a runtime call on every call (see Node.dropAlias)
    if (m.size === 1 && m.has(refId)) this._monitoredBy = null;
    else m.delete(refId);
  }
  get dictionary(): Map<DictKey, [Term, Term]> {
    return (this._dictionary ??= new Map());
  }
  set dictionary(v: Map<DictKey, [Term, Term]>) {
    this._dictionary = v;
  }
  /** whether the dictionary was ever used (reading it through `dictionary` would allocate it) */
  get hasDictionary(): boolean {
    return this._dictionary !== null;
  }
  trapExit = false;
  registeredName: Atom | null = null;
  reductions = 0;
  exitReason: Term | null = null;
  /** the initial call, for Process.info(:initial_call) and crash reports */
  initialCall: [Atom, Atom, number] | null = null;
  /** max_heap_size when set (vm/max_heap_size.ts); one field, so that most processes pay 8 bytes */
  maxHeap: MaxHeap | null = null;
  /** a pending exit signal to apply when the process is next scheduled (it is not on the JS stack) */
  pendingKill: Term | null = null;
  groupLeader: Pid | null = null;
  /** set by a BIF (spawn) to end the current slice after it returns */
  yieldRequested = false;
  /** set by a BIF to shorten the current slice to at most this many reductions (-1: no cap) */
  redsCap = -1;
  /** work units charged by BIFs (vm/bifs/work.ts) not yet paid for by ending a slice */
  bifWork = 0;
  /** a YIELD_AND_RETRY BIF is being re-executed after its yield */
  retried = false;
  /** its first use of a library module does not wait (vm/loaded_modules.ts): it stands for a
   *  process of the BEAM's own (a logger's helper, Kernel.CLI's report of the script's exit)
   *  whose order against the program's output the model leaves as it was */
  neverWaitsForCode = false;
  /** turns of the scheduler it still waits for the code server, one per library module it loads
   *  beyond the first (its yield is the first's trip) (vm/loaded_modules.ts) */
  codeTrips = 0;
  /** it made an io request (a write to standard output or error) in its current slice */
  wroteInSlice = false;
  /** its writes let no other process run first (vm/node.ts ProcessContext.write): it stands for
   *  a process (ExUnit's formatter) that the processes it answers never wait for on the BEAM */
  writesHoldNoOne = false;
  /** the value its code ended with while it waited for an io reply: it ends when next scheduled */
  deferredExit: Term | undefined = undefined;
  /** the process whose loads of modules this one needs are under way: it runs after that one */
  codeWaitOn: Process | null = null;
  /** some modules it asked the code server for are still loading (in CodeServer.loading) */
  loadsUnderWay = false;
  /** CodeServer.ioWaits when it last took its turn waiting for the code server, and the io waits
   *  it has sat out since its last trip (vm/loaded_modules.ts stillWaitsForCode) */
  ioWaitsSeen = 0;
  ioWaitsSatOut = 0;
  /** the last messages sent to this process, when the node records them (`upgrade check --replay`) */
  recentMessages: Term[] | null = null;
  /** where this process's output goes (a shell session, an rpc's peer), inherited by processes it spawns */
  output: ProcessOutput | null = null;
  /** where this process reads standard input from (a shell session), inherited like output */
  input: InputSource | null = null;
  /** host callback when the process ends */
  onExit: ((reason: Term) => void) | null = null;
  /** what a process run by Node.callSync handed back (:beamlet.sync_result/1) */
  syncResult: Term | null = null;
  /** code run to its end inside this process by the compiler (vm/run_nested.ts), when it is */
  nested: NestedRun | null = null;
  /** the defmodule this process is compiling now (the body the next nested run is) */
  definingBody: BodyPlace | null = null;
  /** a long big-integer operation the host computes for this process (vm/big_work.ts) */
  bigJob: BigJob | null = null;

  constructor(readonly pid: Pid) {}

  /** room for n slots; the first `live` slots are kept (the interpreter passes its own sp) */
  ensureStack(n: number, live = this.sp): void {
    if (n <= this.stack.length) return;
    // at least double (deep recursion stays amortised O(1)), else just what is asked, rounded
    const len = Math.max(Math.min(this.stack.length * 2, MAX_STACK_CAPACITY), (n + 7) & ~7);
    if (len > FAST_NEW_ARRAY) {
      this.growInPlace(n, live);
      return;
    }
    const s = new Array<Term>(len);
    for (let i = 0; i < live; i++) s[i] = this.stack[i];
    this.stack = s;
  }

  /**
   * The stack made at least n long where `new Array(len)` would not do: V8 makes an array of more
   * than 2^25 elements created that way a dictionary (a hash table), so every stack access of a
   * deep recursion went through a lookup, in several times the memory (5,000,000 frames of 8
   * live values: 22 s, 8 s now). Pushes at its end keep an array fast; V8 grows its store by half
   * when it must (a copy, as a new array's would be), so a few thousand slots at a time is enough.
   */
  private growInPlace(n: number, live: number): void {
    const s = this.stack;
    // (what lies above the live part is let go, as a copy would)
    for (let i = live; i < s.length; i++) s[i] = undefined as unknown as Term;
    while (s.length < n) s.push(...UNDEFINED_RUN);
  }

  /** frames on the call stack (the running function's not included) */
  get frameDepth(): number {
    return this.frameVersions.length;
  }

  /** forget the call stack (the process ended) */
  clearFrames(): void {
    this.frameVersions = [];
    this.frameInts = [];
    this.handlers = [];
  }

  /** the versions this process's frames run (R7: check_process_code) */
  runsVersion(v: ModuleVersion): boolean {
    if (this.status === "exited") return false;
    if (this.version === v) return true;
    for (const fv of this.frameVersions) if (fv === v) return true;
    return false;
  }
}

/** a nested run ends (its first frame returns, or it is killed) with this reason */
export interface NestedRun {
  done: boolean;
  reason: Term | null;
  /** the process's own code, which started the nested run (stack traces go on into it) */
  outer: { version: ModuleVersion; fn: number; pc: number; frameVersions: ModuleVersion[]; frameInts: number[]; nested: NestedRun | null };
  /** the defmodule whose body this run is (of a script, a module body, a function), when it is */
  body?: BodyPlace;
}

/** where a defmodule stands in the code that runs it (compiler/nested_modules.ts NestedDefinition) */
export interface BodyPlace {
  /** its place in a file of defmodules only, which Elixir compiles by a lists:foldl */
  foldIndex?: number;
  /** in a file of defmodules only */
  fastCompiled?: boolean;
  /** reached by a tail call: the frame of the code defining it is gone */
  tail?: boolean;
  /** written in a module body, :elixir_compiler_N's (run a piece at a time, not on the stack) */
  inBody?: { index: number; file: string; line: number };
  /** that body's module's own place */
  outer?: BodyPlace | null;
}

/** standard input as a host gives it: each call asks for the next chunk; null is end of input */
export type InputSource = (deliver: (chunk: Uint8Array | null) => void) => void;
