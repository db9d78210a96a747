// What compiled code shares with the interpreter while it runs: the reduction count, the JS call
// depth, the running process, and the records compiled activations leave when they stop.
//
// Compiled code never waits on the JS stack. When it has to stop (reductions ran out, the JS call
// depth passed its limit, an instruction it leaves to the interpreter, a BIF's directive, an
// exception), every compiled activation on the way out pushes a record (its version, function,
// resume pc and the values of its locals and operand stack) and returns SUSPEND. The interpreter
// then lays the records out as ordinary frames and goes on from there, so between two slices a
// process has heap frames only, as when it runs interpreted. A record made inside a `try` names
// the handlers active there; an exception a compiled `try` would catch stops compiled code the same
// way (Stop.Fault): the interpreter's fault path then builds the stack trace from all the frames
// and unwinds to the handler, exactly as if the whole stack had run interpreted.
import type { Term } from "../terms.ts";
import type { ModuleVersion } from "../module.ts";
import { HANDLER_INTS, type Process } from "../process.ts";
import type { BifContext } from "../bifs/registry.ts";
import type { CodeServer } from "../code_server.ts";
import { getReds, setReds } from "./shared_scope.ts";

/** a compiled activation, as an interpreter frame: vals are its locals then its operands */
export interface ActivationRecord {
  v: ModuleVersion;
  fi: number;
  pc: number;
  /** the frame's values are vals[0, n): the exit call's array of all the function's slots, not
   *  copied to one of the frame's length (a record per frame a deep recursion leaves) */
  vals: Term[];
  n: number;
  /** the try handlers active there, outermost first: label, then sp - bp (null: none) */
  h: number[] | null;
}

/** what SUSPEND asks the interpreter to do once the records are laid out */
export const enum Stop {
  /** go on at the innermost record; yield first when the reductions ran out */
  Resume = 0,
  /** the innermost record stopped before an instruction compiled code leaves to the interpreter */
  Bail = 1,
  /** a BIF handed back a directive (or blocked or ended the process): R.directive says which */
  Directive = 2,
  /** yield, then go on at the innermost record (a BIF asked for a yield) */
  Yield = 3,
  /** wait in a receive (R.waitTimeout, R.waitLabel), then go on at the innermost record */
  Wait = 4,
  /** an exception a try of the innermost record catches (R.fault): the interpreter's fault path */
  Fault = 5,
}

/** the value compiled code returns instead of a term when it stops */
export const SUSPEND: object = Object.freeze({ suspend: true });

/**
 * The JS stack compiled activations may take before a call stops and continues from heap frames,
 * in 8-byte slots of V8's interpreter frames (frameSlots): about 320 KB of V8's 984 KB, the rest
 * for the host below them and the BIFs above. Counted by size, not by frames: a small function
 * (body recursion over a list: ~40 slots) goes ~1000 frames deep before it stops, where each frame
 * past the stop costs a record, its layout and a resume entry's call, ~7x a call (a 1000-deep
 * recursion ran 5x slower at a bound of 400 frames); a big one stops sooner than at 400 frames.
 */
export const STACK_SLOTS = 40_000;

/**
 * The slots of a compiled function's frame in V8's interpreter (its optimised frames are not
 * larger): its variables, its parameters, the temporaries of its widest call (the exit call,
 * which takes all locals and operand slots: `operands` of them) and the frame's fixed part
 */
export function frameSlots(vars: number, params: number, operands: number): number {
  return vars + params + operands + 16;
}

export const R = {
  /** compiled code of some process is on the JS stack */
  running: false,
  /**
   * what compiled code's exit call calls: stopExit, but for the warm-up calls, which call other
   * functions there so that V8's feedback for the call is megamorphic: a call seen with one
   * target only is inlined, and stopExit inlined (with the stops it calls) made a tight loop's
   * optimised code slow to compile
   */
  exit: null as unknown as typeof stopExit,
  /** reductions of this slice beyond the chunk in `reds` (shared_scope.ts: what compiled code counts down) */
  held: 0,
  /** reductions of the new slices sliceOver started in place during this run (Process.info's count) */
  extended: 0,
  /** the node's answer to "may this process go on with a new slice at once?" (null: never) */
  mayExtend: null as ((p: Process) => boolean) | null,
  /** reductions in a slice */
  slice: 0,
  /** the process and BIF context compiled code runs for */
  p: null as unknown as Process,
  ctx: null as unknown as BifContext,
  /** the code server, whose generation tells whether an import's cached target is current */
  cs: null as unknown as CodeServer,
  /** innermost first */
  records: [] as ActivationRecord[],
  stop: Stop.Resume,
  /** a function returned this value and then asked for a yield (a BIF in tail position) */
  hasValue: false,
  value: undefined as Term | undefined,
  /** Stop.Directive: what the BIF handed back, its call instruction and arguments */
  directive: undefined as unknown,
  directiveOp: 0,
  directiveArgs: [] as Term[],
  /** Stop.Wait: the receive's timeout (:infinity or milliseconds) and where a timeout goes */
  waitTimeout: undefined as Term | undefined,
  waitLabel: -1,
  /** Stop.Fault: the exception */
  fault: undefined as unknown,
};

export function resetRun(p: Process, reds: number, cs: CodeServer, slice: number, mayExtend: ((p: Process) => boolean) | null): void {
  R.cs = cs;
  const c = reds < CHUNK ? reds : CHUNK;
  setReds(c);
  R.held = reds - c;
  R.extended = 0;
  R.slice = slice;
  R.mayExtend = mayExtend;
  R.p = p;
  R.ctx = p.ctx!;
  // (setting an array's length is a runtime call in V8: skipped when there is nothing to drop)
  if (R.records.length !== 0) R.records.length = 0;
  R.stop = Stop.Resume;
  R.hasValue = false;
  R.value = undefined;
  R.directive = undefined;
  R.fault = undefined;
}

/** the state of a run of compiled code another run (nested in one of its BIF calls) must restore */
export function saveRun(): SavedRun {
  return { ...R, records: [...R.records], directiveArgs: R.directiveArgs, reds: getReds() };
}

export function restoreRun(saved: SavedRun): void {
  const { reds, ...rest } = saved;
  Object.assign(R, rest);
  setReds(reds);
}

type SavedRun = typeof R & { reds: number };

function entryVals(v: ModuleVersion, fi: number, args: Term[]): Term[] {
  const n = v.functions[fi].nlocals;
  for (let i = args.length; i < n; i++) args.push(undefined as unknown as Term);
  return args;
}

/** stop at the entry of function fi of v (its reduction already counted) */
export function stopAtEntry(v: ModuleVersion, fi: number, args: Term[]): object {
  const vals = entryVals(v, fi, args);
  R.records.push({ v, fi, pc: v.functions[fi].entry, vals, n: vals.length, h: null });
  return SUSPEND;
}

/** a call from compiled code stops at its callee's entry: the callee's record, then the caller's */
export function stopAtCall(cv: ModuleVersion, cfi: number, args: Term[], v: ModuleVersion, fi: number, pc: number, vals: Term[], h: number[] | null = null, n = vals.length): object {
  const callee = entryVals(cv, cfi, args);
  R.records.push({ v: cv, fi: cfi, pc: cv.functions[cfi].entry, vals: callee, n: callee.length, h: null });
  R.records.push({ v, fi, pc, vals, n, h });
  return SUSPEND;
}

/** the callee of a call from compiled code stopped: the caller's record (after the call) */
export function suspendCaller(v: ModuleVersion, fi: number, pc: number, vals: Term[], h: number[] | null = null, n = vals.length): object {
  if (R.hasValue) {
    // the callee returned its value and then stopped: the value is the call's result
    vals[n++] = R.value as Term;
    R.hasValue = false;
    R.value = undefined;
  }
  R.records.push({ v, fi, pc, vals, n, h });
  return SUSPEND;
}

/** how a compiled function's one exit call stops (stopExit): which of the stops above it makes */
export const enum Exit {
  /** the warm-up call at compile time: nothing stops */
  Warm = 0,
  AtCall = 1,
  AtEntry = 2,
  Caller = 3,
  /** stopHere with Stop.Resume / Stop.Yield */
  Resume = 4,
  Yield = 5,
  /** returnAndStop(cv) */
  Return = 6,
  /** stopHere with Stop.Bail: before an instruction compiled code leaves to the interpreter */
  Bail = 7,
}

/** what an exit site of a compiled function stops with, but the values only known as it runs */
export interface ExitSite {
  kind: Exit;
  pc: number;
  depth: number;
  h: number[] | null;
  from: number;
  n: number;
}

/**
 * The stops compiled code takes (a slice's end, a bail), made from one call site per compiled
 * function (below its body): V8 optimises a function with a call it has never seen run into a
 * deoptimisation, and a batch's end (the scheduler letting the host's events in) is the first time
 * such a call runs, so every compiled frame on the stack would deoptimise there. The exit call
 * runs when the function is made (Exit.Warm). Each way out names its site (its kind, pc, depth,
 * handlers, and where a callee's arguments are), so that it sets one variable there, not six: a
 * function's rare paths are most of its size, and V8's tiers before TurboFan pay for every byte.
 * `all` is the function's nl locals then its operand slots; the record keeps the locals and
 * `depth` operands; a callee's arguments are all[from, from + n) then the fun's captured values ev (undefined: none).
 */
export function stopExit(site: ExitSite, v: ModuleVersion, fi: number, nl: number, cv: ModuleVersion, cfi: number, ev: Term[] | undefined, ...all: Term[]): object {
  const { pc, depth, h } = site;
  switch (site.kind) {
    case Exit.Warm:
      return SUSPEND;
    case Exit.AtCall:
      return stopAtCall(cv, cfi, calleeArgs(all, site.from, site.n, ev), v, fi, pc, all, h, nl + depth);
    case Exit.AtEntry:
      return stopAtEntry(cv, cfi, calleeArgs(all, site.from, site.n, ev));
    case Exit.Caller:
      return suspendCaller(v, fi, pc, all, h, nl + depth);
    case Exit.Resume:
      return stopHere(v, fi, pc, Stop.Resume, all, h, nl + depth);
    case Exit.Yield:
      return stopHere(v, fi, pc, Stop.Yield, all, h, nl + depth);
    case Exit.Bail:
      return stopHere(v, fi, pc, Stop.Bail, all, h, nl + depth);
    case Exit.Return:
      return returnAndStop(cv as unknown as Term);
  }
}

R.exit = stopExit;

function calleeArgs(all: Term[], from: number, n: number, ev: Term[] | undefined): Term[] {
  const args = all.slice(from, from + n);
  if (ev !== undefined) for (const x of ev) args.push(x);
  return args;
}

/** how often compiled code left an instruction to the interpreter, or a BIF's directive, and how
 *  often a frame went on in compiled code through its resume entry (tests watch the fast paths) */
export const jitStats = { bails: 0, directives: 0, resumes: 0 };

/** stop here with this state (after an instruction, or before one left to the interpreter) */
export function stopHere(v: ModuleVersion, fi: number, pc: number, why: Stop, vals: Term[], h: number[] | null = null, n = vals.length): object {
  if (why === Stop.Bail) jitStats.bails++;
  R.records.push({ v, fi, pc, vals, n, h });
  R.stop = why;
  return SUSPEND;
}

/** return `value` and stop: the caller continues in the interpreter with it */
export function returnAndStop(value: Term): object {
  R.hasValue = true;
  R.value = value;
  return SUSPEND;
}

/** a BIF's directive: the interpreter completes the call as its own call tail would */
export function stopForDirective(d: unknown, op: number, args: Term[], v: ModuleVersion, fi: number, pc: number, vals: Term[], h: number[] | null = null): object {
  jitStats.directives++;
  R.directive = d;
  R.directiveOp = op;
  R.directiveArgs = args;
  return stopHere(v, fi, pc, Stop.Directive, vals, h);
}

/** a receive waits (recv_wait with a valid timeout other than 0): the process leaves compiled code */
export function stopForWait(timeout: Term, label: number, v: ModuleVersion, fi: number, pc: number, vals: Term[], h: number[] | null = null): object {
  R.waitTimeout = timeout;
  R.waitLabel = label;
  return stopHere(v, fi, pc, Stop.Wait, vals, h);
}

/**
 * An exception inside a try of this activation: it stops with its frame (locals and the operands
 * below its innermost try) and handlers; the interpreter's fault path makes the stack trace from
 * the frames all the activations leave, and unwinds to the handler.
 */
export function stopForFault(e: unknown, v: ModuleVersion, fi: number, pc: number, vals: Term[], h: number[]): object {
  R.fault = e;
  return stopHere(v, fi, pc, Stop.Fault, vals, h);
}

/** a resume entry inside a try takes over its frame's n handlers (the top ones): its records put them back */
export function takeHandlers(n: number): void {
  const hs = R.p.handlers;
  for (let i = 0; i < n * HANDLER_INTS; i++) hs.pop();
}

/** an exception leaves a compiled activation: its frame, for the stack trace and the unwinding */
export function faultRecord(v: ModuleVersion, fi: number, pc: number): void {
  R.records.push({ v, fi, pc, vals: [], n: 0, h: null });
}

/**
 * Reductions are handed to compiled code in chunks of CHUNK: the end of a chunk runs the
 * sliceOver call of whichever site counts it, every few dozen reductions, so that each site's call
 * has run in V8's interpreter before V8 optimises the function (it throws away optimised code at
 * a call it has never seen run: with only a slice's end to run them, the first slice's end at a
 * site deoptimised every compiled frame on the stack). A chunk's end is no slice's end: nothing
 * observable happens there.
 */
export const CHUNK = 61;
// (a prime: a loop of k reductions an iteration ends its chunks at each of its k sites in turn;
// with 64, a loop of a fun call and a self tail call ended them at the call only)

/** the reductions left of the slice (the chunk's, then R.held) */
export function redsLeft(): number {
  return getReds() + R.held;
}

/**
 * Compiled code ran out of the reductions of its chunk: the next chunk, or the slice is over.
 * When no other process could run before this one anyway (the node says so: nobody runnable, no
 * timer due, not for too long since the event loop last ran), a new slice starts in place: the
 * compiled activations stay on the JS stack instead of leaving records for the interpreter, as
 * the BEAM's scheduler would put the process straight back. True: the slice is over, stop.
 */
export function sliceOver(): boolean {
  if (R.held > 0) {
    const c = R.held < CHUNK ? R.held : CHUNK;
    setReds(getReds() + c);
    R.held -= c;
    return false;
  }
  const more = R.mayExtend;
  if (more === null || !more(R.p)) return true;
  const c = R.slice < CHUNK ? R.slice : CHUNK;
  setReds(getReds() + c);
  R.held = R.slice - c;
  R.extended += R.slice;
  return false;
}

// sliceOver's own call runs (both answers of mayExtend, through two functions, so that V8 makes
// no guess at its target) before any generated code is optimised (where V8 inlines sliceOver)
(function warmSliceEnd(): void {
  const { held, extended, mayExtend, slice } = R;
  const reds = getReds();
  const answers = [(): boolean => false, (): boolean => true];
  R.slice = CHUNK * 2;
  for (let k = 0; k < 256; k++) {
    setReds(0);
    R.held = k & 2 ? CHUNK : 0;
    R.mayExtend = k < 128 ? null : answers[k & 1];
    sliceOver();
  }
  Object.assign(R, { held, extended, mayExtend, slice });
  setReds(reds);
})();

/** a BIF capped the slice (p.redsCap), as the interpreter applies it after a BIF call */
export function capReds(): void {
  const p = R.p, cap = p.redsCap;
  const reds = getReds();
  if (reds > cap) {
    setReds(cap);
    R.held = 0;
  } else if (reds + R.held > cap) R.held = cap - reds;
  p.redsCap = -1;
}
