// Monitors of ports (:erlang.monitor(:port, port), Port.monitor/1): kept here, in the core, since
// the sockets that are beamlet's ports live in a BIF group loaded on first use
// (vm/socket_ports.ts), which says whether a port is open and tells when one closes.
import { Port, Ref, Term, atom, tuple } from "./terms.ts";
import type { Node } from "./node.ts";
import type { Process } from "./process.ts";

interface PortMonitor { watcher: Process; ref: Ref; port: Port }

const byNode = new WeakMap<Node, Map<number, PortMonitor[]>>();

/** whether a port is open: the socket group sets this when it loads (before that, none is) */
export const portHooks = {
  alive: (_node: Node, _port: Port): boolean => false,
  /** a message sent to a port (send(port, {pid, {:command, data}}) ...): the program ports' group
   *  sets this (vm/program_ports.ts); a socket or closed port drops it */
  message: (_node: Node, _port: Port, _msg: Term): void => {},
  /** link (on: true) or unlink a process and a port (link/1, unlink/1): whether the port is open
   *  (the program ports' group sets this; other ports are not linked to but their owner) */
  link: (_node: Node, _port: Port, _p: Process, _on: boolean): boolean => false,
  /** a process linked to the port died with reason: the port's exit signal */
  linkedExit: (_node: Node, _port: Port, _p: Process, _reason: Term): void => {},
  /** exit/2 of a port by process p: the program ports' group sets this (others ignore it) */
  exitSignal: (_node: Node, _port: Port, _p: Process, _reason: Term): void => {},
};

const counters = new WeakMap<Node, number>();

/** the number of the node's next port (#Port<0.N>): sockets and programs count together, from 5
 *  as a script's first port on the BEAM */
export function nextPortNumber(node: Node): number {
  const n = counters.get(node) ?? 5;
  counters.set(node, n + 1);
  return n;
}

function monitorsOf(node: Node): Map<number, PortMonitor[]> {
  let m = byNode.get(node);
  if (!m) byNode.set(node, (m = new Map()));
  return m;
}

/** watch an open port: false when it is not open (the caller sends :noproc at once) */
export function addPortMonitor(node: Node, watcher: Process, ref: Ref, port: Port): boolean {
  if (!portHooks.alive(node, port)) return false;
  const m = monitorsOf(node);
  const list = m.get(port.id);
  if (list) list.push({ watcher, ref, port });
  else m.set(port.id, [{ watcher, ref, port }]);
  return true;
}

/** drop a port monitor by its reference: whether it was active */
export function removePortMonitor(node: Node, ref: Ref): boolean {
  const m = byNode.get(node);
  if (!m) return false;
  for (const [id, list] of m) {
    const i = list.findIndex((x) => x.ref.id === ref.id);
    if (i < 0) continue;
    list.splice(i, 1);
    if (list.length === 0) m.delete(id);
    return true;
  }
  return false;
}

/** a port closed: each monitor's {:DOWN, ref, :port, port, reason} */
export function portClosed(node: Node, port: Port, reason: Term): void {
  const m = byNode.get(node);
  const list = m?.get(port.id);
  if (!m || !list) return;
  m.delete(port.id);
  for (const x of list) node.send(x.watcher, tuple(atom("DOWN"), x.ref, atom("port"), port, reason));
}
