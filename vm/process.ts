// A process: its own stack (locals and operands of every frame), frames, exception handlers,
// mailbox, links and monitors. Nothing here recurses on the JS stack, so any process can be
// stopped between two instructions and resumed later.
import { Atom, Pid, Term, Ref } from "./terms.ts";
import type { ModuleVersion } from "./module.ts";
import { Mailbox } from "./mailbox.ts";

export class Frame {
  constructor(
    readonly version: ModuleVersion,
    readonly pc: number, // return address
    readonly bp: number,
    readonly fn: number, // function index (stack traces)
  ) {}
}

export class Handler {
  constructor(
    readonly frameDepth: number,
    readonly sp: number,
    readonly pc: number,
    readonly guard: boolean,
  ) {}
}

export type Status = "runnable" | "running" | "waiting" | "exiting" | "exited";

export class Process {
  /** small at first: the first call grows it to what the interpreter asks (sp + its headroom) */
  stack: Term[] = new Array(16);
  sp = 0;
  bp = 0;
  pc = 0;
  fn = 0;
  version!: ModuleVersion;
  frames: Frame[] = [];
  handlers: Handler[] = [];

  mailbox = new Mailbox();
  /** selective receive: index of the next message to look at */
  recvCursor = 0;
  /** where recv_wait jumps when the timeout fires */
  timeoutPc = -1;
  timer: { cancel(): void } | null = null;

  status: Status = "runnable";
  inRunQueue = false;
  // links, monitors and the dictionary are allocated on first use: most processes never use
  // some of them, and an idle process should cost little (issue 4: <= 2 KB)
  private _links: Set<Process> | null = null;
  private _monitors: Map<number, Pid> | null = null;
  private _monitoredBy: Map<number, [Process, Ref, Term?]> | null = null;
  private _dictionary: Map<string, [Term, Term]> | null = null;
  get links(): Set<Process> {
    return (this._links ??= new Set());
  }
  set links(v: Set<Process>) {
    this._links = v;
  }
  /** monitors this process holds: ref id -> watched pid */
  get monitors(): Map<number, Pid> {
    return (this._monitors ??= new Map());
  }
  set monitors(v: Map<number, Pid>) {
    this._monitors = v;
  }
  /** monitors on this process: ref id -> [watcher, ref] */
  get monitoredBy(): Map<number, [Process, Ref, Term?]> {
    return (this._monitoredBy ??= new Map());
  }
  set monitoredBy(v: Map<number, [Process, Ref, Term?]>) {
    this._monitoredBy = v;
  }
  get dictionary(): Map<string, [Term, Term]> {
    return (this._dictionary ??= new Map());
  }
  set dictionary(v: Map<string, [Term, Term]>) {
    this._dictionary = v;
  }
  trapExit = false;
  registeredName: Atom | null = null;
  reductions = 0;
  exitReason: Term | null = null;
  /** the initial call, for Process.info(:initial_call) and crash reports */
  initialCall: [Atom, Atom, number] | null = null;
  /** a pending exit signal to apply when the process is next scheduled (it is not on the JS stack) */
  pendingKill: Term | null = null;
  groupLeader: Pid | null = null;
  /** set by a BIF (spawn) to end the current slice after it returns */
  yieldRequested = false;
  /** set by a BIF to shorten the current slice to at most this many reductions (-1: no cap) */
  redsCap = -1;
  /** a YIELD_AND_RETRY BIF is being re-executed after its yield */
  retried = false;
  /** who sent the exit signal that ended this process (for the script's `** (EXIT from ...)`) */
  exitFrom: Pid | null = null;
  /** the last messages sent to this process, when the node records them (`upgrade check --replay`) */
  recentMessages: Term[] | null = null;
  /** where this process's output goes (a shell session), inherited by processes it spawns */
  output: ((fd: 1 | 2, text: string) => void) | null = null;
  /** host callback when the process ends */
  onExit: ((reason: Term) => void) | null = null;
  /** what a process run by Node.callSync handed back (:beamlet.sync_result/1) */
  syncResult: Term | null = null;

  constructor(readonly pid: Pid) {}

  ensureStack(n: number): void {
    if (n <= this.stack.length) return;
    // at least double (deep recursion stays amortised O(1)), else just what is asked, rounded
    const len = Math.max(this.stack.length * 2, (n + 31) & ~31);
    const s = new Array<Term>(len);
    for (let i = 0; i < this.sp; i++) s[i] = this.stack[i];
    this.stack = s;
  }

  /** the versions this process's frames run (R7: check_process_code) */
  runsVersion(v: ModuleVersion): boolean {
    if (this.status === "exited") return false;
    if (this.version === v) return true;
    for (const f of this.frames) if (f.version === v) return true;
    return false;
  }
}
