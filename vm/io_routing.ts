// Where a process's standard output and standard error go. beamlet writes to the console
// directly, with two exceptions that the BEAM's io routing makes visible (ExUnit.CaptureIO relies
// on both): standard output goes to the process's group leader when that leader is an io server
// of the program's own (a StringIO, say) rather than a root process, which stands for the
// console; standard error goes to the process registered as :standard_error, when there is one.
import { atom, bin, tuple, Atom, Pid, Term } from "./terms.ts";
import type { Node } from "./node.ts";
import type { Process } from "./process.ts";

const STANDARD_ERROR = atom("standard_error");

/** a write to standard output by `p` goes to the console, whose stdout the host reports failed
 *  (or whose io server ended: endConsole): the standard io device has terminated (Elixir's writer
 *  raises ErlangError :terminated) */
export function stdoutTerminated(node: Node | null, p: Process | null): boolean {
  if (node === null || p === null || p.output) return false;
  return (!!node.host.outputFailed?.(1) || endedConsoles.has(node)) && ioServer(node, p, 1) === undefined;
}

const endedConsoles = new WeakSet<Node>();

/** the console's io server ended (standard input it could not translate, vm/bifs/stdin.ts) */
export function endConsole(node: Node): void {
  endedConsoles.add(node);
}

/** the io server a write to `fd` by `p` goes to, or undefined for the console */
export function ioServer(node: Node, p: Process, fd: 1 | 2): Process | undefined {
  if (fd === 2) {
    const server = node.registry.get(STANDARD_ERROR);
    return server && server !== p && server.status !== "exited" ? server : undefined;
  }
  return leaderServer(node, p.groupLeader);
}

/** the group leader as an io server; a root process (one that leads itself) is the console */
export function leaderServer(node: Node, leader: Pid | null): Process | undefined {
  if (leader === null) return undefined;
  const server = node.lookup(leader);
  if (!server || server.status === "exited" || leadsItself(server)) return undefined;
  return server;
}

/** a root process: spawned with no leader, or made its own leader again (restoring what
 *  Process.group_leader/0 reported for it) */
function leadsItself(p: Process): boolean {
  return p.groupLeader === null || p.groupLeader.id === p.pid.id;
}

/** the Pid standing for the console's standard output, or the leader's io server's */
export function stdoutLeader(node: Node, p: Process): Pid | null {
  return leaderServer(node, p.groupLeader)?.pid ?? null;
}

// replies to writes made on a BIF's behalf go to a pid no process has: they are dropped
const sinks = new WeakMap<Node, Pid>();

/** a write made where the caller cannot wait for the reply (a BIF writing text): the request is
 *  sent at once, so it arrives before anything the writer sends the server afterwards */
export function putChars(node: Node, server: Process, text: string): void {
  let sink = sinks.get(node);
  if (!sink) sinks.set(node, (sink = node.newPid()));
  const request: Term = tuple(atom("put_chars"), atom("unicode"), bin(text));
  node.send(server, tuple(atom("io_request"), sink, node.makeRef(), request));
}

/** the io server behind a device: a pid itself; for :stdio/:standard_io the group leader when it
 *  is not the console; the process registered under any other name (:stderr is :standard_error,
 *  which is registered only while it is captured); undefined for the console */
export function deviceServer(node: Node | null, p: Process | null, d: Term): Process | undefined {
  // a BIF called outside any node (unit tests of BIFs) writes to the console
  if (node === null || p === null) return undefined;
  if (d instanceof Pid) {
    const server = node.lookup(d);
    return server && server.status !== "exited" ? server : undefined;
  }
  if (!(d instanceof Atom)) return undefined;
  if (d.name === "stdio" || d.name === "standard_io") return ioServer(node, p, 1);
  const server = node.registry.get(d.name === "stderr" ? STANDARD_ERROR : d);
  return server && server !== p && server.status !== "exited" ? server : undefined;
}

/** a process device whose process has ended (a closed StringIO or file): OTP's io requests to it
 *  answer {:error, :terminated} */
export function deviceEnded(node: Node | null, dev: Term): boolean {
  if (node === null || !(dev instanceof Pid) || dev.node !== 0) return false;
  const server = node.lookup(dev);
  return server === undefined || server.status === "exited";
}

/** text a BIF writes to a device (:io.format/3 ...): to its io server, else the console */
export function writeDevice(node: Node | null, p: Process | null, d: Term, text: string, write: (fd: 1 | 2, text: string) => void): void {
  const server = deviceServer(node, p, d);
  if (server) putChars(node!, server, text);
  else write(d instanceof Atom && (d.name === "stderr" || d.name === "standard_error") ? 2 : 1, text);
}
