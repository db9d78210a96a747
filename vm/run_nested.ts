// Code the compiler runs at compile time (a module body, a macro) while a process compiles (a
// defmodule reached by a script or the REPL, Code.compile_string): on the BEAM it runs in that
// process, so self(), the process dictionary, trap_exit, links and the ETS tables it owns are
// the same before, inside and after the module body. The compiler is synchronous JS called by a
// BIF of that process, so the code runs here to its end on the same Process, with a call stack
// of its own: the process's registers and frames are put aside and given back afterwards, and
// the interpreter below on the JS stack finds them as it left them.
import { Process, type NestedRun } from "./process.ts";
import { Atom, Term, atom, tuple, list, NIL } from "./terms.ts";
import { HostWaitNeeded } from "./calls.ts";
import type { Node } from "./node.ts";

const A_NORMAL = atom("normal");

/** run :beamlet_sync_call.run(mod, fun, args) inside p, to its end: {:ok, value} or {:error, kind, reason, stacktrace} */
export function runNested(node: Node, p: Process, mod: Atom, fun: Atom, args: Term[], output?: (fd: 1 | 2, text: string) => void): Term {
  const saved = {
    stack: p.stack, sp: p.sp, bp: p.bp, pc: p.pc, fn: p.fn, version: p.version,
    frameVersions: p.frameVersions, frameInts: p.frameInts, handlers: p.handlers,
    recvCursor: p.recvCursor, timeoutPc: p.timeoutPc, timer: p.timer, status: p.status, inRunQueue: p.inRunQueue,
    yieldRequested: p.yieldRequested, redsCap: p.redsCap, bifWork: p.bifWork, retried: p.retried,
    syncResult: p.syncResult, output: p.output, nested: p.nested,
  };
  const run: NestedRun = { done: false, reason: null, outer: saved, ...(p.definingBody ? { body: p.definingBody } : {}) };
  p.nested = run;
  // the same first frame as a spawned process's: it calls the target, then returns
  p.stack = new Array(8);
  p.frameVersions = [];
  p.frameInts = [];
  p.handlers = [];
  p.version = node.bootVersion();
  p.fn = 0;
  p.stack[0] = atom("beamlet_sync_call");
  p.stack[1] = list([mod, fun, list(args)]);
  p.stack[2] = atom("run");
  p.sp = 3;
  p.bp = 0;
  p.pc = 0;
  p.recvCursor = 0;
  p.timeoutPc = -1;
  p.timer = null;
  p.yieldRequested = false;
  p.redsCap = -1;
  p.bifWork = 0;
  p.retried = false;
  p.syncResult = null;
  p.status = "runnable";
  p.inRunQueue = false;
  if (output) p.output = output;
  else if (node.heldCompileOutput) p.output = node.heldCompileOutput;
  let result: Term;
  try {
    const outcome = node.driveSync(p, () => run.done, true);
    // it cannot wait for the host here: the caller awaits it and starts its work again
    if (outcome !== "done" && outcome !== "blocked") throw new HostWaitNeeded(outcome.parked);
    result = outcome === "blocked" ? tuple(atom("error"), atom("error"), tuple(atom("beamlet_blocked_at_compile_time"), mod, fun), NIL)
      : p.syncResult ?? tuple(atom("error"), atom("exit"), run.reason ?? atom("killed"), NIL);
  } finally {
    const i = node.runQueue.indexOf(p);
    if (i >= 0) node.runQueue.splice(i, 1);
    p.inRunQueue = false;
    (p.timer as { cancel(): void } | null)?.cancel();
    Object.assign(p, saved);
  }
  // killed while running the code: it dies once the compilation has unwound
  if (run.reason !== null && run.reason !== A_NORMAL && p.pendingKill === null) p.pendingKill = run.reason;
  return result;
}

/** the code run by runNested returned, or p was killed meanwhile (from Node.processExit) */
export function endNested(p: Process, reason: Term): void {
  const run = p.nested!;
  run.done = true;
  run.reason = reason;
  p.status = "running";
}
