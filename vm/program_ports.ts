// Ports to operating-system programs (open_port/2 with {:spawn, cmd} or {:spawn_executable, file}):
// each is linked to its owner (the connected process) and to whoever links to it, frames the program's output as the port's
// options say ({:packet, N}, {:line, L}, a stream) into {port, {:data, d}} messages, sends
// {port, {:exit_status, n}} and closes when the output ends, and is closed when its owner dies.
// The host runs the program (Host.openProgram, vm/program_host.ts). The BIFs: vm/bifs/open_port.ts.
import { Port, Pid, Term, Tuple, atom, tuple, list, binFromBytes } from "./terms.ts";
import { portHooks, portClosed, nextPortNumber } from "./port_monitors.ts";
import type { ProgramHandle } from "./program_host.ts";
import type { Node } from "./node.ts";
import type { Process } from "./process.ts";
import { LinkTree } from "./signal_tree.ts";
import { iodataBytes } from "./bifs/util.ts";

export interface ProgramOptions {
  binary: boolean;
  packet: 0 | 1 | 2 | 4;
  /** {:line, L}: 0 when not by lines */
  line: number;
  exitStatus: boolean;
  eof: boolean;
}

const A = {
  data: atom("data"), eol: atom("eol"), noeol: atom("noeol"), exit_status: atom("exit_status"), eof: atom("eof"),
  closed: atom("closed"), connected: atom("connected"), command: atom("command"), close: atom("close"),
  connect: atom("connect"), normal: atom("normal"), kill: atom("kill"), killed: atom("killed"), badsig: atom("badsig"), EXIT: atom("EXIT"),
};

export class ProgramPort {
  closed = false;
  /** the processes linked to it, first its owner (the BEAM keeps the port's side of each link) */
  links = new LinkTree();
  input = 0;
  output = 0;
  /** output not framed into a packet or line yet */
  pending = new Uint8Array(0);
  handle: ProgramHandle | null = null;
  constructor(readonly id: Port, public owner: Process, readonly name: string, readonly opts: ProgramOptions) {}
}

export class ProgramPorts {
  byId = new Map<number, ProgramPort>();

  constructor(readonly node: Node) {
    // (its owner's death closes it, linked or not)
    node.exitHooks.push((p, reason) => {
      for (const port of [...this.byId.values()]) if (port.owner === p) this.close(port, reason);
    });
    const before = node.resourceCounts.get("port_count");
    node.resourceCounts.set("port_count", () => this.byId.size + (before ? before() : 0));
  }

  add(owner: Process, name: string, opts: ProgramOptions): ProgramPort {
    const p = new ProgramPort(new Port(nextPortNumber(this.node)), owner, name, opts);
    this.byId.set(p.id.id, p);
    p.links.add(owner);
    owner.links.add(p.id);
    this.node.hostRunning++;
    return p;
  }

  /** end the port: its program's stdin closes; its monitors get reason, and each process still
   *  linked to it an exit signal (whoever closed it: port_close/1 by any process, {pid, :close}) */
  close(p: ProgramPort, reason: Term): void {
    if (p.closed) return;
    p.closed = true;
    this.byId.delete(p.id.id);
    this.node.hostRunning--;
    p.handle?.close();
    portClosed(this.node, p.id, reason);
    const linked = [...p.links];
    p.links.clear();
    for (const l of linked) {
      if (l instanceof Port) continue;
      l.links.delete(p.id);
      if (this.node.isAlive(l)) this.node.exitSignal(null, p.id as unknown as Pid, l, reason, true);
    }
  }

  /** a linked process died: an abnormal reason closes the port with it (a port traps no exits) */
  linkedExit(p: ProgramPort, from: Process, reason: Term): void {
    p.links.delete(from);
    if (reason !== A.normal) this.close(p, reason);
  }

  /** exit/2 of the port, by any process: it closes with the reason, :normal too (:kill as
   *  :killed), as OTP 25's ports do (an exit signal over a link closes it only when abnormal) */
  exitSignal(p: ProgramPort, _from: Process, reason: Term): void {
    this.close(p, reason === A.kill ? A.killed : reason);
  }

  write(p: ProgramPort, bytes: Uint8Array): void {
    const n = p.opts.packet;
    let out = bytes;
    if (n > 0) {
      out = new Uint8Array(n + bytes.length);
      for (let i = 0; i < n; i++) out[i] = (bytes.length >>> (8 * (n - 1 - i))) & 0xff;
      out.set(bytes, n);
    }
    p.output += bytes.length;
    p.handle?.write(out);
  }

  private term(p: ProgramPort, bytes: Uint8Array): Term {
    return p.opts.binary ? binFromBytes(bytes) : list(Array.from(bytes));
  }

  private deliver(p: ProgramPort, d: Term): void {
    this.node.send(p.owner, tuple(p.id, tuple(A.data, d)));
  }

  /** output from the program, framed as the options say */
  data(p: ProgramPort, bytes: Uint8Array): void {
    if (p.closed) return;
    p.input += bytes.length;
    const { packet, line } = p.opts;
    if (packet === 0 && line === 0) return this.deliver(p, this.term(p, bytes));
    const all = new Uint8Array(p.pending.length + bytes.length);
    all.set(p.pending);
    all.set(bytes, p.pending.length);
    let at = 0;
    if (packet > 0) {
      while (all.length - at >= packet) {
        let size = 0;
        for (let i = 0; i < packet; i++) size = size * 256 + all[at + i];
        if (all.length - at - packet < size) break;
        this.deliver(p, this.term(p, all.subarray(at + packet, at + packet + size)));
        at += packet + size;
      }
    } else {
      for (;;) {
        const nl = all.indexOf(10, at);
        const end = nl < 0 ? all.length : nl;
        if (end - at > line) {
          // a line longer than L comes in parts of L bytes, each {:noeol, part}
          this.deliver(p, tuple(A.noeol, this.term(p, all.subarray(at, at + line))));
          at += line;
          continue;
        }
        if (nl < 0) break;
        this.deliver(p, tuple(A.eol, this.term(p, all.subarray(at, nl))));
        at = nl + 1;
      }
    }
    p.pending = all.slice(at);
  }

  /** the program's output ended and it exited */
  exited(p: ProgramPort, status: number): void {
    if (p.closed) return;
    // (a last line without its newline is dropped, as the BEAM's port drops it)
    p.pending = new Uint8Array(0);
    if (p.opts.exitStatus) this.node.send(p.owner, tuple(p.id, tuple(A.exit_status, status)));
    // with :eof the port tells the end and stays open until closed
    if (p.opts.eof) this.node.send(p.owner, tuple(p.id, A.eof));
    else this.close(p, A.normal);
  }

  /** a message sent to the port: {pid, {:command, data}}, {pid, :close}, {pid, {:connect, new}}
   *  from its owner; for any other the port stays open and sends its owner an exit signal :badsig
   *  (linked or not; the owner that does not trap exits dies of it, and the port with it) */
  message(p: ProgramPort, msg: Term): void {
    if (p.closed) return;
    const from = msg instanceof Tuple && msg.items.length === 2 ? msg.items[0] : null;
    const what = msg instanceof Tuple && msg.items.length === 2 ? msg.items[1] : null;
    if (from === p.owner.pid) {
      if (what === A.close) {
        const owner = p.owner;
        this.close(p, A.normal);
        this.node.send(owner, tuple(p.id, A.closed));
        return;
      }
      if (what instanceof Tuple && what.items.length === 2 && what.items[0] === A.command) {
        const bytes = iodataBytes(what.items[1]);
        if (bytes) return this.write(p, bytes);
        badOutput(this.node, p);
      }
      if (what instanceof Tuple && what.items.length === 2 && what.items[0] === A.connect && what.items[1] instanceof Pid) {
        const next = this.node.lookup(what.items[1]);
        const old = p.owner;
        if (next && this.node.isAlive(next)) {
          p.owner = next;
          this.node.send(old, tuple(p.id, A.connected));
          return;
        }
      }
    }
    if (this.node.isAlive(p.owner)) this.node.exitSignal(null, p.id as unknown as Pid, p.owner, A.badsig, true);
  }
}

/** data that is no iodata for an open port (a command message or port_command): its driver is
 *  handed it, and the emulator tells the logger (with no group leader) */
export function badOutput(node: Node, p: ProgramPort): void {
  node.emulatorReports.text(`Bad value on output port '${p.name}'\n\n`, null);
}

const stateOf = new WeakMap<Node, ProgramPorts>();

export function programPorts(node: Node): ProgramPorts {
  let s = stateOf.get(node);
  if (!s) stateOf.set(node, (s = new ProgramPorts(node)));
  return s;
}

/** the open program port t names, or null */
export function programPortOf(node: Node, t: Term): ProgramPort | null {
  if (!(t instanceof Port)) return null;
  return stateOf.get(node)?.byId.get(t.id) ?? null;
}

const aliveBefore = portHooks.alive;
portHooks.alive = (node, port) => (stateOf.get(node)?.byId.has(port.id) ?? false) || aliveBefore(node, port);
const messageBefore = portHooks.message;
portHooks.message = (node, port, msg) => {
  const p = programPortOf(node, port);
  if (p) programPorts(node).message(p, msg);
  else messageBefore(node, port, msg);
};
const linkBefore = portHooks.link;
portHooks.link = (node, port, proc, on) => {
  const p = programPortOf(node, port);
  if (!p) return linkBefore(node, port, proc, on);
  if (on) p.links.add(proc);
  else p.links.delete(proc);
  return true;
};
const exitSignalBefore = portHooks.exitSignal;
portHooks.exitSignal = (node, port, proc, reason) => {
  const p = programPortOf(node, port);
  if (p) programPorts(node).exitSignal(p, proc, reason);
  else exitSignalBefore(node, port, proc, reason);
};
const linkedExitBefore = portHooks.linkedExit;
portHooks.linkedExit = (node, port, proc, reason) => {
  const p = programPortOf(node, port);
  if (p) programPorts(node).linkedExit(p, proc, reason);
  else linkedExitBefore(node, port, proc, reason);
};
