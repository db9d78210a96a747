// :erlang.suspend_process/1,2 and resume_process/1 as on OTP 25. A suspended process is not
// scheduled: messages queue in its mailbox, it still dies of an exit signal, and process_info
// reports its status as :suspended. Suspensions count: each suspend_process needs its
// resume_process from the same caller, and a suspender that exits releases all it holds. The
// caller cannot suspend itself; unless_suspending does nothing (false) when the caller already
// suspends the process; asynchronous returns at once, with {tag, :suspended} (or {tag, :badarg}
// for a dead process) sent to the caller when a reply tag is given.
import { Pid, Term, Tuple, atom, tuple, listToArray, NIL, TRUE, FALSE } from "../terms.ts";
import { badargAt } from "../errors.ts";
import { defineBifs, BifContext } from "./registry.ts";
import type { Node } from "../node.ts";
import type { Process } from "../process.ts";

type Options = { unlessSuspending: boolean; asynchronous: boolean; replyTag: Term | null };

function options(t: Term): Options {
  const items = listToArray(t);
  if (items === null) badargAt(2, "not a list");
  const o: Options = { unlessSuspending: false, asynchronous: false, replyTag: null };
  for (const x of items) {
    if (x === atom("unless_suspending")) o.unlessSuspending = true;
    else if (x === atom("asynchronous")) o.asynchronous = true;
    else if (x instanceof Tuple && x.items.length === 2 && x.items[0] === atom("asynchronous")) {
      o.asynchronous = true;
      o.replyTag = x.items[1];
    } else badargAt(2, "invalid option in list");
  }
  return o;
}

/** one more suspension of target held by holder */
function hold(holder: Process, target: Process): void {
  holder.suspending ??= new Map();
  holder.suspending.set(target, (holder.suspending.get(target) ?? 0) + 1);
  target.suspendCount++;
}

/** count suspensions of target taken back: it is scheduled again when none is left */
function release(node: Node, target: Process, count: number): void {
  target.suspendCount -= count;
  if (target.suspendCount === 0 && target.status === "runnable") node.makeRunnable(target);
}

/** a process that exits gives back every suspension it held */
export function releaseSuspensions(node: Node, holder: Process): void {
  const held = holder.suspending;
  if (held === null) return;
  holder.suspending = null;
  for (const [target, count] of held) if (target.status !== "exited") release(node, target, count);
}

/** process_info(pid, :suspending): {suspendee, active count, outstanding count} per process held */
export function suspendingInfo(holder: Process): Term[] {
  return [...(holder.suspending ?? new Map<Process, number>())]
    .filter(([target]) => target.status !== "exited")
    .map(([target, count]) => tuple(target.pid, count, 0));
}

function suspend(pid: Term, opts: Term, c: BifContext): Term {
  const n: Node = c.node;
  const self: Process = c.process;
  if (!(pid instanceof Pid)) badargAt(1, "not a pid");
  const o = options(opts);
  if (n.lookup(pid as Pid) === self) badargAt(1, "the pid refers to the current process");
  const target = n.lookup(pid as Pid);
  const alive = target !== undefined && n.isAlive(target);
  if (o.unlessSuspending && alive && (self.suspending?.get(target!) ?? 0) > 0) return FALSE;
  if (!alive) {
    if (!o.asynchronous) badargAt(1, "the pid does not refer to an existing process");
    if (o.replyTag !== null) n.send(self, tuple(o.replyTag, atom("badarg")));
    return TRUE;
  }
  hold(self, target!);
  if (o.replyTag !== null) n.send(self, tuple(o.replyTag, atom("suspended")));
  return TRUE;
}

defineBifs("erlang", {
  "suspend_process/1": ([pid], c) => suspend(pid, NIL, c),
  "suspend_process/2": ([pid, opts], c) => suspend(pid, opts, c),
  "resume_process/1": ([pid], c) => {
    if (!(pid instanceof Pid)) badargAt(1, "not a pid");
    const n: Node = c.node;
    const self: Process = c.process;
    const target = n.lookup(pid as Pid);
    const held = target === undefined ? 0 : self.suspending?.get(target) ?? 0;
    if (target === undefined || !n.isAlive(target) || held === 0) badargAt(1, "process is not suspended or is not alive");
    if (held === 1) self.suspending!.delete(target!);
    else self.suspending!.set(target!, held - 1);
    release(n, target!, 1);
    return TRUE;
  },
});
