// Process BIFs: spawn, send, links, monitors, exits, registration, timers, process info, apply.
import { YIELDING, yieldingShown } from "../yielding_frames.ts";
import { serverLoopShown } from "../server_loop_shown.ts";
import { stacktraceOf } from "../stacktrace.ts";
import { defineBifs, BifContext, BifFn } from "./registry.ts";
import { Bin, Atom, Fun, ExtFun, ForeignPid, Pid, Port, Ref, Term, pidText, PID_NUMBER_MAX, PID_SERIAL_MAX, Tuple, atom, tuple, list, listToArray, NIL, TRUE, FALSE, bool, isList, Cons } from "../terms.ts";
import { raise, badarg, ErlangError } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { badargAt, badargAtEach } from "./util.ts";
import { timerArgs, timerQueryArgs } from "./timer_args.ts";
import { monotonicNs } from "./erlang.ts";
import { compare } from "../compare.ts";
import { waitingBeforeStart } from "../system_processes.ts";
import { PROCESS_FLAGS, processFlagValue, setProcessFlag } from "../process_flags.ts";
import { spawnAtLimit } from "./process_limit.ts";
import { TailCall, Halt, ProcessKilled } from "../calls.ts";
import { erlangHaltStatus } from "./halt_status.ts";
import { inKernelFrames } from "./kernel_frames.ts";
import type { Node } from "../node.ts";
import type { Process, DictKey } from "../process.ts";
import { inspect } from "../inspect.ts";
import { aliasDestination, deactivateMonitorAlias } from "./aliases.ts";
import { maxHeapTerm, parseMaxHeap, setMaxHeap } from "../max_heap_size.ts";
import { spawnOptBifs } from "./spawn_opt.ts";
import { suspendingInfo } from "./suspend_process.ts";
import { systemInfo, systemFlag } from "./system_info.ts";
import { addPortMonitor, removePortMonitor, portHooks } from "../port_monitors.ts";
import { DictOrder, dictHash } from "../dict_order.ts";
import { NOT_ALIVE } from "../node_name.ts";

const A_NORMAL = atom("normal");
const A_UNDEFINED = atom("undefined");

function node(ctx: BifContext): Node {
  return ctx.node as Node;
}
function me(ctx: BifContext): Process {
  return ctx.process as Process;
}

function argsList(t: Term): Term[] {
  const a = listToArray(t);
  if (a === null) badarg();
  return a;
}

export interface SpawnOpts {
  link?: boolean;
  monitor?: boolean;
  /** max_heap_size from spawn_opt */
  maxHeap?: ReturnType<typeof parseMaxHeap>;
  /** the process flags spawn_opt sets (priority, min_heap_size ...: vm/process_flags.ts) */
  flags?: [string, Term][];
}

/** `bif`: spawn/1,3, spawn_link/1,3 or spawn_monitor/1,3 (none: spawn_opt, which shows its own frame) */
function spawnWith(ctx: BifContext, args: Term[], opts: SpawnOpts, bif?: string): Term {
  const n = node(ctx);
  // (the BEAM logs it, then the spawn raises SystemLimitError in the caller)
  if (n.processes.size >= n.processLimit) spawnAtLimit(ctx, bif, args);
  let p: Process, ref: Ref | null;
  if (args.length === 1) {
    const f = args[0];
    // (the reasons OTP 25's error_info gives, so ArgumentError says which argument and why)
    if (!(f instanceof Fun || f instanceof ExtFun)) badargAt(1, "not a fun");
    // (spawn_monitor/1 alone refuses a fun that takes arguments; the others fail in the process)
    if (opts.monitor && f.arity !== 0) badargAt(1, "not a fun");
    [p, ref] = n.spawn(me(ctx), f, [], null, opts);
  } else {
    const [m, f, a] = args;
    const list = listToArray(a);
    // (OTP 25 names every bad argument)
    const bad: { arg: number; why: string }[] = [];
    if (!(m instanceof Atom)) bad.push({ arg: 1, why: "not an atom" });
    if (!(f instanceof Atom)) bad.push({ arg: 2, why: "not an atom" });
    if (list === null) bad.push({ arg: 3, why: isList(a) ? "not a proper list" : "not a list" });
    if (bad.length > 0) badargAtEach(bad);
    [p, ref] = n.spawn(me(ctx), m, list!, f as Atom, opts);
  }
  if (opts.maxHeap) setMaxHeap(p, opts.maxHeap);
  if (opts.flags) for (const [flag, v] of opts.flags) setProcessFlag(p, flag, v);
  // On a multi-core BEAM an idle scheduler steals the child within microseconds while the
  // parent goes on: the parent keeps only a short rest of its slice, then the child runs.
  me(ctx).redsCap = 50;
  return opts.monitor ? tuple(p.pid, ref!) : p.pid;
}

const A_NOCONNECT = atom("noconnect");

/** resolve a destination: pid or registered name */
function destination(ctx: BifContext, to: Term): Process | null | "badarg" {
  const n = node(ctx);
  if (to instanceof Pid) return n.lookup(to) ?? null;
  if (to instanceof Ref) return aliasDestination(n, to);
  if (to instanceof Atom) return n.systemProcess(to) ?? "badarg";
  if (to instanceof Tuple && to.items.length === 2 && to.items[0] instanceof Atom && to.items[1] instanceof Atom) {
    // {name, node}: this node is never distributed, so a message for another node is dropped
    // (the BEAM's send returns it without connecting anywhere)
    if (to.items[1] !== n.name) return null;
    return n.systemProcess(to.items[0] as Atom) ?? null;
  }
  return "badarg";
}

export function send([to, msg]: Term[], ctx: BifContext): Term {
  if (to instanceof Port) {
    portHooks.message(node(ctx), to, msg);
    return msg;
  }
  const d = destination(ctx, to);
  if (d === "badarg") badargAt(1, "invalid destination");
  if (d) node(ctx).send(d, msg);
  return msg;
}

function exit2([target, reason]: Term[], ctx: BifContext): Term {
  const n = node(ctx);
  // (a port closes of it: vm/program_ports.ts)
  if (target instanceof Port) {
    portHooks.exitSignal(n, target, me(ctx), reason);
    return TRUE;
  }
  if (!(target instanceof Pid)) badargAt(1, "not a pid");
  const t = n.lookup(target as Pid);
  if (t) n.exitSignal(me(ctx), me(ctx).pid, t, reason, false);
  return TRUE;
}

/** link/1 to a port: an open one keeps the link on both sides; a closed one is as a dead process */
function linkPort(n: Node, self: Process, port: Port): Term {
  if (portHooks.link(n, port, self, true)) {
    self.links.add(port);
    return TRUE;
  }
  if (self.trapExit) n.send(self, tuple(atom("EXIT"), port, atom("noproc")));
  else raise(atom("noproc"));
  return TRUE;
}

function link([target]: Term[], ctx: BifContext): Term {
  const n = node(ctx);
  if (target instanceof Port) return linkPort(n, me(ctx), target);
  if (!(target instanceof Pid)) badargAt(1, "not a pid");
  const t = n.lookup(target as Pid);
  const self = me(ctx);
  // (a pid of another node: no node is connected, so the link breaks at once, as a lost connection)
  if (target instanceof ForeignPid) {
    n.exitSignal(null, target, self, atom("noconnection"), true);
    return TRUE;
  }
  if (!t || !n.isAlive(t)) {
    // linking to a dead process: noproc, an {:EXIT, pid, :noproc} message to a trapping caller
    if (self.trapExit) n.send(self, tuple(atom("EXIT"), target, atom("noproc")));
    // one that is gone fails the call (OTP's link/1 raises noproc) ...
    else if (!t || self.status !== "running") raise(atom("noproc"));
    // ... but one an exit signal of ours already dooms is still there when the link arrives (the
    // BEAM delivers one sender's signals in order): link/1 returns true and the :noproc signal
    // comes back, handled after the caller's slice
    else self.pendingKill ??= atom("noproc");
    return TRUE;
  }
  if (t !== self) {
    self.links.add(t);
    t.links.add(self);
    n.signalled(t);
  }
  return TRUE;
}

function unlink([target]: Term[], ctx: BifContext): Term {
  const n = node(ctx);
  if (target instanceof Port) {
    portHooks.link(n, target, me(ctx), false);
    me(ctx).links.delete(target);
    return TRUE;
  }
  if (!(target instanceof Pid)) badargAt(1, "not a pid");
  const t = n.lookup(target as Pid);
  if (t) {
    me(ctx).links.delete(t);
    t.links.delete(me(ctx));
    n.signalled(t);
  }
  return TRUE;
}

export function monitor([type, target]: Term[], ctx: BifContext): Term {
  const n = node(ctx);
  if (type instanceof Atom && type.name === "port") {
    if (!(target instanceof Port)) badargAt(2, "not a port");
    // (vm/port_monitors.ts: a port that is not open is :noproc at once)
    const pref = n.makeRef();
    if (!addPortMonitor(n, me(ctx), pref, target)) n.send(me(ctx), tuple(atom("DOWN"), pref, atom("port"), target, atom("noproc")));
    return pref;
  }
  if (!(type instanceof Atom) || type.name !== "process") badargAt(1, "invalid monitor type");
  const ref = n.makeRef();
  let t: Process | undefined;
  let idTerm = target;
  // a name alone or {name, node}: the DOWN and Process.info(:monitors) show {name, node}
  const named = monitoredName(n, target);
  if (target instanceof Pid) t = n.lookup(target);
  else if (named) {
    if (named.remote) {
      n.send(me(ctx), tuple(atom("DOWN"), ref, atom("process"), target, atom("noconnection")));
      return ref;
    }
    t = n.systemProcess(named.name);
    idTerm = tuple(named.name, n.name);
  } else badargAt(2, "not a pid");
  const self = me(ctx);
  // (a process monitoring itself gets a reference and no monitor, as on the BEAM)
  if (t === self) return ref;
  // (a process an exit signal already dooms is gone by the time our monitor reaches it)
  if (!t || !n.isAlive(t)) {
    // (a pid of another node: no node is connected)
    const why = target instanceof ForeignPid ? "noconnection" : "noproc";
    n.send(self, tuple(atom("DOWN"), ref, atom("process"), idTerm, atom(why)));
    return ref;
  }
  self.monitors.set(ref.id, t.pid);
  t.monitoredBy.set(ref.id, [self, ref, idTerm]);
  n.signalled(t);
  return ref;
}

/** the registered name a monitor target names (an atom, or {name, node} of this node or, once
 *  alive, of another: `remote`); null for anything else, which is badarg on a node not alive */
function monitoredName(n: Node, target: Term): { name: Atom; remote: boolean } | null {
  if (target instanceof Atom) return { name: target, remote: false };
  if (!(target instanceof Tuple) || target.items.length !== 2) return null;
  const [name, where] = target.items;
  if (!(name instanceof Atom) || !(where instanceof Atom)) return null;
  if (where === n.name) return { name, remote: false };
  return n.name === NOT_ALIVE ? null : { name, remote: true };
}

export function demonitor(args: Term[], ctx: BifContext): Term {
  const [ref, opts] = args;
  if (!(ref instanceof Ref)) badargAt(1, "not a reference");
  const n = node(ctx);
  const self = me(ctx);
  deactivateMonitorAlias(n, self, ref as Ref);
  // (an active port monitor: demonitor/2 with :info says true too)
  if (removePortMonitor(n, ref as Ref)) return TRUE;
  const pid = self.monitors.get((ref as Ref).id);
  if (pid) {
    self.monitors.delete((ref as Ref).id);
    const t = n.lookup(pid);
    if (t) {
      t.dropMonitoredBy((ref as Ref).id);
      n.signalled(t);
    }
  }
  const flags = opts ? demonitorFlags(opts) : 0;
  // a monitor that was still active has sent no DOWN: only a fired one needs the mailbox scanned
  if (pid === undefined && (flags & FLUSH) !== 0) {
    self.mailbox.retain((m) => !(m instanceof Tuple && m.items.length === 5 && m.items[0] instanceof Atom && (m.items[0] as Atom).name === "DOWN" && m.items[1] instanceof Ref && (m.items[1] as Ref).id === (ref as Ref).id));
    self.recvCursor = 0;
    // OTP 25's BIF hands that scan to erts_internal:flush_monitor_messages/3, and the processes
    // ready to run go first: GenServer.stop returns (its call's demonitor after the server's
    // reply, the server gone) once a registry linked to the server has handled its exit
    self.yieldRequested = true;
  }
  if ((flags & INFO) !== 0) return bool(pid !== undefined);
  return TRUE;
}

const FLUSH = 1, INFO = 2;
/** demonitor/2's options as flags, walked in place (every GenServer.call passes [:flush]); badarg for an improper list */
function demonitorFlags(opts: Term): number {
  let flags = 0, l = opts;
  for (; l instanceof Cons; l = l.tail) {
    const o = l.head;
    if (o instanceof Atom) flags |= o.name === "flush" ? FLUSH : o.name === "info" ? INFO : 0;
  }
  if (l !== NIL) badarg();
  return flags;
}

/** OTP 25's error_info for register/2: which argument, why, and the cause it records */
function register([name, pid]: Term[], ctx: BifContext): Term {
  const n = node(ctx);
  if (!(name instanceof Atom)) badargAt(1, "not an atom", "none");
  if (name.name === "undefined") badargAt(1, "'undefined' is not a valid name", "none");
  if (!(pid instanceof Pid)) badargAt(2, "not a pid or port", "none");
  const p = n.lookup(pid as Pid);
  if (!p) badargAt(2, "the pid does not refer to an existing process", "notalive");
  if (n.systemProcess(name as Atom) !== undefined) badargAt(1, "name is in use", "none");
  if (p.registeredName) badargAt(2, "this process or port already has a name", "registered_name");
  n.registry.set(name as Atom, p!);
  p!.registeredName = name as Atom;
  return TRUE;
}

function unregister([name]: Term[], ctx: BifContext): Term {
  const n = node(ctx);
  const p = name instanceof Atom ? n.systemProcess(name) : undefined;
  // OTP 25's error info says this of any name not registered, atom or not
  if (!p) badargAt(1, "not a pid");
  n.registry.delete(name as Atom);
  p!.registeredName = null;
  return TRUE;
}

function whereis([name]: Term[], ctx: BifContext): Term {
  if (!(name instanceof Atom)) badargAt(1, "not an atom");
  return node(ctx).systemProcess(name as Atom)?.pid ?? A_UNDEFINED;
}

function processFlag([flag, value]: Term[], ctx: BifContext): Term {
  const self = me(ctx);
  if (flag instanceof Atom && flag.name === "trap_exit") {
    if (value !== TRUE && value !== FALSE) badargAt(2, "invalid value for this process flag");
    const old = self.trapExit;
    self.trapExit = value === TRUE;
    return bool(old);
  }
  if (flag instanceof Atom && flag.name === "max_heap_size") {
    const settings = parseMaxHeap(value);
    if (settings === null) badargAt(2, "invalid value for this process flag");
    return setMaxHeap(self, settings);
  }
  const known = flag instanceof Atom ? PROCESS_FLAGS[flag.name] : undefined;
  if (known === undefined) badargAt(1, "invalid process flag", "badopt");
  if (!known.ok(value)) badargAt(2, "invalid value for this process flag");
  return setProcessFlag(self, (flag as Atom).name, value);
}

function statusOf(p: Process): Atom {
  // computing a long big-integer operation (on the host's thread: vm/big_work.ts) it runs, as
  // a BEAM process in a BIF on a dirty scheduler does
  if (p.status === "waiting" && computing(p)) return atom("running");
  if (p.suspendCount > 0 && p.status !== "exited") return atom("suspended");
  switch (p.status) {
    case "running": return atom("running");
    case "runnable": return atom("runnable");
    case "waiting": return atom("waiting");
    default: return atom("exiting");
  }
}

const BOOT = atom("beamlet_boot");
const ERLANG_APPLY_2 = tuple(atom("erlang"), atom("apply"), 2);
const ERLANG_HIBERNATE_3 = tuple(atom("erlang"), atom("hibernate"), 3);

/** p waits for the host to answer a long big-integer operation of its own */
function computing(p: Process): boolean {
  return p.bigJob !== null && !p.bigJob.done && p.status === "waiting";
}

function monitoredAs(n: Node, refId: number, pid: Pid): Term {
  const shown = n.lookup(pid)?.monitoredBy.get(refId)?.[2];
  return shown instanceof Tuple ? shown : pid;
}

function infoItem(n: Node, p: Process, key: Atom): Term {
  switch (key.name) {
    case "message_queue_len": return p.mailbox.length;
    case "messages": return list(p.mailbox.toArray());
    case "status": return statusOf(p);
    // the BEAM lists each tree by consing its post-order walk: the walk's order reversed
    case "links": return list([...p.links].map((l) => (l instanceof Port ? l : l.pid)).reverse());
    // (a monitor by name shows {name, node}, kept with the watched process's entry)
    case "monitors": return list(p.monitors.entries().map(([id, pid]) => tuple(atom("process"), monitoredAs(n, id, pid))).reverse());
    case "monitored_by": return list([...p.monitoredBy.values()].map(([w]) => w.pid).reverse());
    case "registered_name": return p.registeredName ?? NIL;
    case "trap_exit": return bool(p.trapExit);
    case "max_heap_size": return maxHeapTerm(p.maxHeap);
    case "current_function": {
      if (computing(p) && p.bigJob!.frame !== null) return p.bigJob!.frame;
      const f = p.version?.functions[p.fn];
      // the rest of a long BIF, a process not started yet: as the BEAM shows them
      if (f && p.version.module === YIELDING) return yieldingShown(f.name, p.stack[p.bp + 2])?.current ?? tuple(p.version.module, atom(f.name), f.arity);
      // (a boot process just started on demand is where it waits on the BEAM, vm/system_processes.ts)
      if (f && p.version.module === BOOT && f.name === "start") return waitingBeforeStart(p) ?? ERLANG_APPLY_2;
      // a hibernating process waits in lib/beamlet/hibernate.ex: the BEAM shows the BIF
      if (f && p.version.module.name === "beamlet_hibernate" && f.name === "wait") return ERLANG_HIBERNATE_3;
      // a GenServer waiting for a message: OTP's server loop
      const shown = f && serverLoopShown(p.version.module.name, f.name, f.arity);
      if (shown) return tuple(atom(shown[0]), atom(shown[1]), shown[2]);
      return f ? tuple(p.version.module, atom(f.name), f.arity) : A_UNDEFINED;
    }
    case "initial_call": {
      if (!p.initialCall) return A_UNDEFINED;
      // beamlet_boot stands for the way elixir starts the script's process: by a fun
      return p.initialCall[0].name === "beamlet_boot" ? tuple(atom("erlang"), atom("apply"), 2) : tuple(...p.initialCall);
    }
    case "reductions": return p.reductions;
    // sizes are the BEAM's for a small process (its minimum heap, 233 words): a model, not a measure
    case "heap_size": case "total_heap_size": return 233;
    case "stack_size": return p.sp;
    case "memory": return 2640;
    case "error_handler": return atom("error_handler");
    case "suspending": return list(suspendingInfo(p));
    case "garbage_collection": return list([
      tuple(atom("max_heap_size"), maxHeapTerm(p.maxHeap)),
      ...["min_bin_vheap_size", "min_heap_size", "fullsweep_after"].map((k) => tuple(atom(k), processFlagValue(p, k))),
      tuple(atom("minor_gcs"), 0),
    ]);
    case "dictionary": return visibleDictionary(p);
    case "group_leader": return p.groupLeader ?? p.pid;
    case "priority": case "min_heap_size": case "min_bin_vheap_size": case "fullsweep_after": case "message_queue_data":
      return processFlagValue(p, key.name);
    case "current_stacktrace": return stacktraceOf(p);
  }
  return badargAt(2, "invalid item or item list");
}

function processInfo(args: Term[], ctx: BifContext): Term {
  const n = node(ctx);
  const [pid, what] = args;
  if (!(pid instanceof Pid)) badargAt(1, "not a pid");
  if (pid instanceof ForeignPid) badargAt(1, "not a local pid");
  const p = n.lookup(pid as Pid);
  if (!p || !n.isAlive(p)) return A_UNDEFINED;
  if (what === undefined) {
    const keys = ["registered_name", "current_function", "initial_call", "status", "message_queue_len", "links", "dictionary", "trap_exit", "error_handler", "priority", "group_leader", "total_heap_size", "heap_size", "stack_size", "reductions", "garbage_collection", "suspending"];
    return list(keys.map((k) => tuple(atom(k), infoItem(n, p, atom(k)))).filter((t) => !(t.items[0] === atom("registered_name") && t.items[1] === NIL)));
  }
  if (what instanceof Atom) {
    const v = infoItem(n, p, what);
    if (what.name === "registered_name" && v === NIL) return NIL;
    return tuple(what, v);
  }
  const keys = listToArray(what);
  if (keys === null || !keys.every((k) => k instanceof Atom)) return badargAt(2, "invalid item or item list");
  return list(keys.map((k) => tuple(k, infoItem(n, p, k as Atom))));
}

/** send_after/3,4 (the message itself) and start_timer/3,4 ({:timeout, ref, msg}) */
function startTimer([time, dest, msg, opts]: Term[], ctx: BifContext, timeoutTuple: boolean): Term {
  const n = node(ctx);
  const nowNs = monotonicNs(ctx);
  const t0 = timerArgs(time, dest, opts, nowNs);
  const delay = t0.abs ? Math.max(0, t0.time - Number(nowNs / 1000000n)) : t0.time;
  const ref = n.makeRef();
  const at = n.now() + delay;
  const t = n.setTimer(delay, () => {
    n.timers.delete(ref.id);
    const d = dest instanceof Pid ? n.lookup(dest) : dest instanceof Atom ? n.systemProcess(dest) : undefined;
    if (d) n.send(d, timeoutTuple ? tuple(atom("timeout"), ref, msg) : msg);
  });
  n.timers.set(ref.id, { at, cancel: () => t.cancel() });
  return ref;
}

/** cancel_timer/1,2: the milliseconds left or false; with `async: true` the answer comes as a
 *  {:cancel_timer, ref, result} message (none with `info: false`), and the call returns :ok */
function cancelTimer([ref, opts]: Term[], ctx: BifContext): Term {
  const n = node(ctx);
  const o = opts === undefined ? { async: false, info: true } : timerQueryArgs(ref, opts, ["async", "info"]);
  if (!(ref instanceof Ref)) badargAt(1, "not a reference");
  const t = n.timers.get(ref.id);
  let left: Term = FALSE;
  if (t) {
    t.cancel();
    n.timers.delete(ref.id);
    left = Math.max(0, Math.round(t.at - n.now()));
  }
  if (o.async) {
    if (o.info) n.send(me(ctx), tuple(atom("cancel_timer"), ref, left));
    return atom("ok");
  }
  return o.info ? left : atom("ok");
}

function garbageCollect(ctx: BifContext, pid: Term, opts: Term): Term {
  if (!(pid instanceof Pid)) badargAt(1, "not a pid");
  let asyncId: Term | undefined;
  for (const o of listToArray(opts) ?? badarg()) {
    if (o instanceof Tuple && o.items.length === 2 && o.items[0] === atom("async")) asyncId = o.items[1];
    else if (!(o instanceof Tuple && o.items.length === 2 && o.items[0] === atom("type"))) badargAt(2, "invalid option list");
  }
  const target = node(ctx).lookup(pid as Pid);
  const alive = target !== undefined && target.status !== "exited";
  if (asyncId === undefined) return bool(alive);
  node(ctx).send(me(ctx), tuple(atom("garbage_collect"), asyncId, bool(alive)));
  return atom("async");
}

/** read_timer/1,2: the milliseconds left or false; with `async: true` sent as a message */
export function readTimer([ref, opts]: Term[], ctx: BifContext): Term {
  const n = node(ctx);
  const o = opts === undefined ? { async: false, info: true } : timerQueryArgs(ref, opts, ["async"]);
  if (!(ref instanceof Ref)) badargAt(1, "not a reference");
  const t = n.timers.get(ref.id);
  const left = t ? Math.max(0, Math.round(t.at - n.now())) : FALSE;
  if (!o.async) return left;
  n.send(me(ctx), tuple(atom("read_timer"), ref, left));
  return atom("ok");
}

function apply(args: Term[]): TailCall {
  if (args.length === 2) {
    const a = listToArray(args[1]);
    // (arguments that are no proper list: badarg in :erlang.apply/2 itself, its frame on top)
    if (a === null) {
      const e = new ErlangError("error", atom("badarg"));
      e.callee = bifErrorFrame("erlang", "apply", args, undefined);
      throw e;
    }
    return new TailCall(args[0], a);
  }
  const [m, f, a] = args;
  const callArgs = listToArray(a);
  // (OTP 25 names every argument that is wrong, in :erlang.apply/3's own frame on top)
  if (!(m instanceof Atom) || !(f instanceof Atom) || callArgs === null) {
    const bad: [number, string][] = [];
    if (!(m instanceof Atom)) bad.push([1, "not an atom"]);
    if (!(f instanceof Atom)) bad.push([2, "not an atom"]);
    if (callArgs === null) bad.push([3, a instanceof Cons ? "not a proper list" : "not a list"]);
    const e = new ErlangError("error", atom("badarg"));
    e.diagnosis = { args: bad };
    e.callee = bifErrorFrame("erlang", "apply", args, e.diagnosis);
    throw e;
  }
  return new TailCall(m, callArgs, f);
}

/** beamlet's own bookkeeping keys ($beamlet_hibernate_after, $beamlet_sys_trace ...): the BEAM
 *  keeps that state outside the dictionary, so get/0, erase/0 and process_info never show them */
function isInternalKey(k: Term): boolean {
  return k instanceof Atom && k.name.startsWith("$beamlet_");
}

/** the dictionary as the BEAM lists it (its hash table's order, vm/dict_order.ts), without
 *  beamlet's own keys */
function visibleDictionary(p: Process): Term {
  if (!p.hasDictionary || p.dictOrder === null) return NIL;
  const d = p.dictionary;
  return list(p.dictOrder.keys().map((key) => { const [k, v] = d.get(key)!; return tuple(k, v); }));
}

/**
 * The process dictionary's Map key for a term: an atom is its own (interned) key and a small
 * integer its number, as they are what almost every program puts there (GenServer.call reads
 * :"$callers"-style atoms on every call); any other term is keyed by its inspected text, which
 * identifies it (a string never equals an atom object or a number).
 */
function dictKey(t: Term): DictKey {
  return t instanceof Atom || typeof t === "number" ? t : inspect(t);
}

const processBifs = {
  "system_info/1": ([w]: Term[], c: BifContext) => systemInfo(node(c), w),
  "system_flag/2": ([f, v]: Term[]) => systemFlag(f, v),
  "bump_reductions/1": ([n]: Term[], c: BifContext) => {
    if (typeof n !== "number" && typeof n !== "bigint") badargAt(1, "not an integer");
    if (n < 1) badargAt(1, "out of range");
    me(c).reductions += Number(n);
    return TRUE;
  },
  // a local send never suspends: it is a send that says it was delivered
  "send_nosuspend/2": ([to, msg]: Term[], c: BifContext) => (send([to, msg], c), TRUE),
  "send_nosuspend/3": ([to, msg, opts]: Term[], c: BifContext) => {
    if (!isList(opts)) badarg();
    send([to, msg], c);
    return TRUE;
  },
  "spawn/1": (a: Term[], c: BifContext) => spawnWith(c, a, {}, "spawn/1"),
  "spawn/3": (a: Term[], c: BifContext) => spawnWith(c, a, {}, "spawn/3"),
  "spawn_link/1": (a: Term[], c: BifContext) => spawnWith(c, a, { link: true }, "spawn_link/1"),
  "spawn_link/3": (a: Term[], c: BifContext) => spawnWith(c, a, { link: true }, "spawn_link/3"),
  "spawn_monitor/1": (a: Term[], c: BifContext) => spawnWith(c, a, { monitor: true }, "spawn_monitor/1"),
  "spawn_monitor/3": (a: Term[], c: BifContext) => spawnWith(c, a, { monitor: true }, "spawn_monitor/3"),
  "self/0": (_: Term[], c: BifContext) => c.self(),
  "send/2": send,
  // a local node never suspends a sender; with :noconnect, a message for another node (never
  // connected: this node is not distributed) is not sent and the answer says so
  "send/3": ([to, msg, opts]: Term[], c: BifContext) => {
    if (!isList(opts)) badargAt(3, "not a list");
    const options = listToArray(opts);
    if (options === null) badargAt(3, "not a proper list");
    send([to, msg], c);
    const remote = to instanceof Tuple && to.items.length === 2 && to.items[1] instanceof Atom && to.items[1] !== node(c).name;
    return remote && options.some((o) => o === A_NOCONNECT) ? A_NOCONNECT : atom("ok");
  },
  "!/2": send,
  "exit/2": exit2,
  "link/1": link,
  "unlink/1": unlink,
  "monitor/2": monitor,
  "demonitor/1": demonitor,
  "demonitor/2": demonitor,
  "register/2": register,
  "unregister/1": unregister,
  "whereis/1": whereis,
  "registered/0": (_: Term[], c: BifContext) => (node(c).startSystemProcesses(), list([...node(c).registry.keys()])),
  "process_flag/2": processFlag,
  "is_process_alive/1": ([p]: Term[], c: BifContext) => {
    // (a pid of another node too: no node is connected to ask)
    if (!(p instanceof Pid) || p instanceof ForeignPid) badargAt(1, "not a pid");
    const t = node(c).lookup(p as Pid);
    return bool(t !== undefined && node(c).isAlive(t));
  },
  "process_info/1": processInfo,
  "process_info/2": processInfo,
  // (in pid order, as the BEAM's process table lists them: boot processes started on demand first)
  "processes/0": (_: Term[], c: BifContext) => (node(c).startSystemProcesses(), list([...node(c).processes.values()].map((p) => p.pid).sort(compare))),
  "make_ref/0": (_: Term[], c: BifContext) => node(c).makeRef(),
  "send_after/3": (a: Term[], c: BifContext) => startTimer(a, c, false),
  "send_after/4": (a: Term[], c: BifContext) => startTimer(a, c, false),
  "start_timer/3": (a: Term[], c: BifContext) => startTimer(a, c, true),
  "start_timer/4": (a: Term[], c: BifContext) => startTimer(a, c, true),
  "cancel_timer/1": cancelTimer,
  "cancel_timer/2": cancelTimer,
  "read_timer/1": readTimer,
  "read_timer/2": readTimer,
  "apply/2": apply,
  "apply/3": apply,
  "halt/0": () => { throw new Halt(0); },
  "halt/1": ([c]: Term[]) => { throw new Halt(erlangHaltStatus(c)); },
  "halt/2": ([c, options]: Term[]) => { throw new Halt(erlangHaltStatus(c, options)); },
  "group_leader/0": (_: Term[], c: BifContext) => me(c).groupLeader ?? me(c).pid,
  "raise/3": ([kind, reason, st]: Term[]) => {
    if (!(kind instanceof Atom) || !["error", "exit", "throw"].includes(kind.name)) badarg();
    const e = new ErlangError(kind.name as "error", reason);
    e.stacktrace = isList(st) ? st : NIL;
    throw e;
  },
  "put/2": ([k, v]: Term[], c: BifContext) => {
    const p = me(c);
    const d = p.dictionary;
    const key = dictKey(k);
    const old = d.get(key);
    d.set(key, [k, v]);
    // (a key put again keeps its place in OTP's table)
    if (!old && !isInternalKey(k)) (p.dictOrder ??= new DictOrder()).add(key, dictHash(k));
    return old ? old[1] : A_UNDEFINED;
  },
  "get/1": ([k]: Term[], c: BifContext) => me(c).dictionary.get(dictKey(k))?.[1] ?? A_UNDEFINED,
  "get/0": (_: Term[], c: BifContext) => visibleDictionary(me(c)),
  "erase/1": ([k]: Term[], c: BifContext) => {
    const p = me(c);
    const d = p.dictionary;
    const key = dictKey(k);
    const old = d.get(key);
    d.delete(key);
    if (old && !isInternalKey(k)) p.dictOrder?.erase(key);
    return old ? old[1] : A_UNDEFINED;
  },
  "erase/0": (_: Term[], c: BifContext) => {
    const p = me(c);
    const all = visibleDictionary(p);
    const d = p.dictionary;
    for (const [key, [k]] of [...d]) if (!isInternalKey(k)) d.delete(key);
    p.dictOrder = null;
    return all;
  },
  // the others runnable run first (the BEAM puts the caller at the end of its run queue)
  "yield/0": (_: Term[], c: BifContext) => {
    me(c).yieldRequested = true;
    return TRUE;
  },
  "garbage_collect/0": () => TRUE,
  // (beamlet's heap is the host's: there is nothing to collect, only OTP's answers to give)
  "garbage_collect/1": ([pid]: Term[], c: BifContext) => garbageCollect(c, pid, NIL),
  "garbage_collect/2": ([pid, opts]: Term[], c: BifContext) => garbageCollect(c, pid, opts),
  "statistics/1": ([what]: Term[], c: BifContext) => {
    const n = node(c);
    if (what instanceof Atom && (what.name === "wall_clock" || what.name === "runtime")) return tuple(Math.round(n.now()), 0);
    if (what instanceof Atom && what.name === "reductions") return tuple(0, 0);
    // the processes ready to run, waiting for the scheduler
    if (what instanceof Atom && what.name === "run_queue") return n.runQueue.length;
    return badarg();
  },
};
defineBifs("erlang", processBifs);
defineBifs("erlang", spawnOptBifs(spawnWith));

// Kernel functions that are these BIFs under Elixir's names
defineBifs("Elixir.Kernel", inKernelFrames({
  "self/0": processBifs["self/0"],
  "send/2": send,
  "spawn/1": processBifs["spawn/1"],
  "spawn/3": processBifs["spawn/3"],
  "spawn_link/1": processBifs["spawn_link/1"],
  "spawn_link/3": processBifs["spawn_link/3"],
  "spawn_monitor/1": processBifs["spawn_monitor/1"],
  "spawn_monitor/3": processBifs["spawn_monitor/3"],
  "make_ref/0": processBifs["make_ref/0"],
  "apply/2": apply,
  "apply/3": apply,
}));


// Kernel operators as functions (apply(Kernel, :+, [1, 2]), &Kernel.+/2)
import { lookupBif } from "./registry.ts";
{
  const ops: Record<string, string> = {
    "+/2": "+", "-/2": "-", "*/2": "*", "//2": "/", "+/1": "+", "-/1": "-", "==/2": "==", "!=/2": "/=",
    "===/2": "=:=", "!==/2": "=/=", "</2": "<", ">/2": ">", "<=/2": "=<", ">=/2": ">=", "++/2": "++", "--/2": "--",
    "not/1": "not", "div/2": "div", "rem/2": "rem", "abs/1": "abs", "hd/1": "hd", "tl/1": "tl", "length/1": "length",
  };
  const fns: Record<string, BifFn> = {};
  for (const [k, erl] of Object.entries(ops)) {
    const arity = Number(k.slice(k.lastIndexOf("/") + 1));
    const e = lookupBif("erlang", erl, arity);
    if (e && !lookupBif("Elixir.Kernel", k.slice(0, k.lastIndexOf("/")), arity)) fns[k] = e.fn;
  }
  fns["<>/2"] = ([a, b]: Term[]) => {
    if (!(a instanceof Bin) || !(b instanceof Bin)) badarg();
    const out = new Uint8Array((a as Bin).size + (b as Bin).size);
    out.set((a as Bin).bytes, 0);
    out.set((b as Bin).bytes, (a as Bin).size);
    return new Bin(out);
  };
  defineBifs("Elixir.Kernel", inKernelFrames(fns));
}
/** `<0.N.S>` back to its pid: a local one (node 0), N and S within OTP's 15 and 13 bits */
function listToPid(l: Term): Pid {
  let t = l;
  while (t instanceof Cons) t = t.tail;
  if (t !== NIL) badargAt(1, "not a list");
  const notPid = () => badargAt(1, "not a textual representation of a pid");
  let text = "";
  for (let c: Term = l; c !== NIL; c = (c as Cons).tail) {
    if (!(c instanceof Cons) || typeof c.head !== "number" || c.head < 0 || c.head > 0x10ffff) notPid();
    text += String.fromCodePoint((c as Cons).head as number);
  }
  const m = /^<(\d+)\.(\d+)\.(\d+)>$/.exec(text);
  if (m === null || Number(m[1]) !== 0) notPid();
  const n = Number(m![2]), serial = Number(m![3]);
  if (n > PID_NUMBER_MAX || serial > PID_SERIAL_MAX) notPid();
  return new Pid(serial * (PID_NUMBER_MAX + 1) + n);
}

defineBifs("erlang", {
  "pid_to_list/1": ([p]: Term[]) => {
    if (!(p instanceof Pid)) badargAt(1, "not a pid");
    return list([...pidText(p as Pid)].map((c) => c.charCodeAt(0)));
  },
  "list_to_pid/1": ([l]: Term[]) => listToPid(l),
  "make_fun/3": ([m, f, a]: Term[]) => {
    // (OTP 25 names each wrong argument; an arity past 255 is a plain badarg)
    const bad: { arg: number; why: string }[] = [];
    if (!(m instanceof Atom)) bad.push({ arg: 1, why: "not an atom" });
    if (!(f instanceof Atom)) bad.push({ arg: 2, why: "not an atom" });
    if (typeof a !== "number" && typeof a !== "bigint") bad.push({ arg: 3, why: "not an integer" });
    else if (a < 0) bad.push({ arg: 3, why: "out of range" });
    if (bad.length > 0) badargAtEach(bad);
    if (typeof a !== "number" || a > 255) badarg();
    return new ExtFun(m as Atom, f as Atom, a as number);
  },
});

defineBifs("beamlet", {
  /**
   * spawn(fun) for a process that stands for something the BEAM does without one (a :raw file's
   * device, File.stream!'s reads and writes: OTP uses a port, no process): it takes no pid number
   * from the program's processes, so the program's next spawn is numbered as on the BEAM
   */
  "spawn_apart/1": ([f]: Term[], c: BifContext) => {
    if (!(f instanceof Fun || f instanceof ExtFun) || f.arity !== 0) badargAt(1, "not a fun");
    const [p] = node(c).spawn(me(c), f, [], null, { compileTime: true });
    me(c).redsCap = 50;
    return p.pid;
  },
  /** a process the BEAM starts and ends inside a call that beamlet makes without one (the
   *  file_io_server of :file.consult): it takes its pid number all the same */
  "take_pid_number/0": (_a: Term[], c: BifContext) => {
    node(c).newPid();
    return atom("ok");
  },
});
