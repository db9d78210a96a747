// The sockets of a node (:gen_tcp's and :gen_udp's ports) and what moves their data: input kept
// until recv takes it or sent to the owner when active, framing (vm/socket_options.ts packet
// modes), flow control, closing when the owner exits. The BIFs are vm/bifs/tcp.ts and udp.ts.
import type { BifContext } from "./bifs/registry.ts";
import { Atom, Port, Term, Tuple, atom, tuple, list, binFromBytes } from "./terms.ts";
import { ipTuple, parseIp } from "./inet_address.ts";
import { decodeHttpLine, decodeHttpHeader } from "./http_packet.ts";
import { type Options, HTTP_PACKETS } from "./socket_options.ts";
import type { NetSocket, NetListener, NetSocketEvents, NetAddress, NetFailure, UdpSocket } from "./net_host.ts";
import type { Node } from "./node.ts";
import { portHooks, portClosed, nextPortNumber } from "./port_monitors.ts";
import type { Process } from "./process.ts";

export const A = {
  tcp: atom("tcp"), closed: atom("closed"), tcp_closed: atom("tcp_closed"), tcp_error: atom("tcp_error"),
  http: atom("http"), http_request: atom("http_request"), http_response: atom("http_response"), http_eoh: atom("http_eoh"),
  tcp_passive: atom("tcp_passive"), error: atom("error"), ok: atom("ok"), wait: atom("wait"), reply: atom("beamlet_tcp"),
  einval: atom("einval"), enotconn: atom("enotconn"), not_owner: atom("not_owner"), badarg: atom("badarg"),
  once: atom("once"), binary: atom("binary"), list: atom("list"), raw: atom("raw"), line: atom("line"),
  eafnosupport: atom("eafnosupport"), timeout: atom("timeout"), udp: atom("udp"), udp_passive: atom("udp_passive"),
};

interface Waiter {
  ref: Term;
  caller: Process;
  len: number;
}

export class TcpPort {
  id: Port | null = null;
  owner: Process | null = null;
  closed = false;
  sock: NetSocket | null = null;
  listener: NetListener | null = null;
  /** input not taken yet, oldest first */
  chunks: Uint8Array[] = [];
  buffered = 0;
  /** the peer ended (or the connection failed) */
  eof = false;
  error: string | null = null;
  /** recv or an active message has told the end already (a second recv says :enotconn) */
  endTold = false;
  readShut = false;
  recvs: Waiter[] = [];
  accepts: Waiter[] = [];
  /** connections the host accepted that no accept/1 took yet */
  backlog: TcpPort[] = [];
  /** the listen socket an accepted one waits in (a closed listener closes them) */
  listenedBy: TcpPort | null = null;
  /** a UDP socket's host socket and the datagrams not taken yet */
  udp: UdpSocket | null = null;
  /** the host stopped reading for it (a passive socket holding HIGH_WATER bytes nobody asked for) */
  paused = false;
  /** packet: :http reads headers (after the request or status line, until :http_eoh) */
  httpHeaders = false;
  dgrams: { bytes: Uint8Array; from: NetAddress }[] = [];
  /** bytes received and sent (port_info's input and output) */
  input = 0;
  output = 0;

  constructor(readonly kind: "listen" | "conn" | "udp", public opts: Options) {}

  /** the message an active: N count running out sends */
  get passiveTag(): Atom {
    return this.kind === "udp" ? A.udp_passive : A.tcp_passive;
  }
}

/** a passive socket stops reading from the host above HIGH_WATER bytes not taken, so a peer that
 *  sends faster than the program reads is held back by TCP, as on OTP; reading resumes below
 *  LOW_WATER, or at once when a recv waits (a packet may be longer than the mark) */
const HIGH_WATER = 256 * 1024;
const LOW_WATER = 64 * 1024;

export class TcpPorts {
  byId = new Map<number, TcpPort>();
  watching = false;

  constructor(readonly node: Node) {
    node.exitHooks.push((p) => this.exited(p));
    node.resourceCounts.set("port_count", () => [...this.byId.values()].filter((p) => !p.closed).length);
  }

  number(p: TcpPort, owner: Process): Port {
    const id = new Port(nextPortNumber(this.node));
    p.id = id;
    p.owner = owner;
    this.byId.set(id.id, p);
    return id;
  }

  private exited(p: Process): void {
    for (const port of [...this.byId.values()]) {
      if (port.owner === p) this.close(port);
      else {
        port.recvs = port.recvs.filter((w) => w.caller !== p);
        port.accepts = port.accepts.filter((w) => w.caller !== p);
      }
    }
  }

  reply(w: Waiter, result: Term): void {
    this.node.send(w.caller, tuple(A.reply, w.ref, result));
  }

  close(p: TcpPort): void {
    if (p.closed) return;
    p.closed = true;
    if (p.id) {
      this.byId.delete(p.id.id);
      portClosed(this.node, p.id, atom("normal"));
    }
    p.sock?.destroy();
    p.listener?.close();
    p.udp?.close();
    p.dgrams = [];
    for (const w of [...p.recvs, ...p.accepts]) this.reply(w, tuple(A.error, A.closed));
    p.recvs = [];
    p.accepts = [];
    for (const q of p.backlog) this.close(q);
    p.backlog = [];
    p.chunks = [];
    p.buffered = 0;
  }

  // ---- input ----

  term(p: TcpPort, bytes: Uint8Array): Term {
    if (p.opts.binary) return binFromBytes(bytes);
    return list(Array.from(bytes));
  }

  private take(p: TcpPort, n: number): Uint8Array {
    const out = new Uint8Array(n);
    let at = 0;
    while (at < n) {
      const c = p.chunks[0];
      const k = Math.min(c.length, n - at);
      out.set(c.subarray(0, k), at);
      at += k;
      if (k === c.length) p.chunks.shift();
      else p.chunks[0] = c.subarray(k);
    }
    p.buffered -= n;
    return out;
  }

  private peek(p: TcpPort, n: number): Uint8Array {
    const out = new Uint8Array(n);
    let at = 0;
    for (const c of p.chunks) {
      if (at >= n) break;
      const k = Math.min(c.length, n - at);
      out.set(c.subarray(0, k), at);
      at += k;
    }
    return out;
  }

  /** the next packet as the program gets it (len: raw mode's byte count, 0 for what there is),
   *  or null when incomplete */
  private packet(p: TcpPort, len: number): Term | null {
    const mode = p.opts.packet;
    if (p.buffered === 0) return null;
    if (typeof mode === "string" && mode !== "line") return this.httpPacket(p, mode);
    const bytes = this.framed(p, len);
    return bytes ? this.term(p, bytes) : null;
  }

  /** under packet: :http | :http_bin a request or status line, then headers up to :http_eoh */
  private httpPacket(p: TcpPort, mode: string): Term | null {
    const binary = mode.endsWith("_bin");
    const all = this.peek(p, p.buffered);
    const headers = mode.startsWith("httph") || p.httpHeaders;
    const r = headers ? decodeHttpHeader(all, binary) : decodeHttpLine(all, binary);
    if (!r) return null;
    this.take(p, r.used);
    const t = r.term;
    if (t instanceof Tuple && (t.items[0] === A.http_request || t.items[0] === A.http_response)) p.httpHeaders = true;
    else if (t === A.http_eoh) p.httpHeaders = false;
    return t;
  }

  private framed(p: TcpPort, len: number): Uint8Array | null {
    const mode = p.opts.packet as 0 | 1 | 2 | 4 | "line";
    if (mode === 0) {
      if (len === 0) return this.take(p, p.buffered);
      return p.buffered >= len ? this.take(p, len) : null;
    }
    if (mode === "line") {
      let at = 0;
      for (const c of p.chunks) {
        const i = c.indexOf(p.opts.lineDelimiter);
        if (i >= 0) return this.take(p, at + i + 1);
        at += c.length;
      }
      return null;
    }
    if (p.buffered < mode) return null;
    const h = this.peek(p, mode);
    const size = mode === 1 ? h[0] : mode === 2 ? (h[0] << 8) | h[1] : ((h[0] << 24) | (h[1] << 16) | (h[2] << 8) | h[3]) >>> 0;
    if (p.buffered < mode + size) return null;
    this.take(p, mode);
    return this.take(p, size);
  }

  /** a paused socket reads again once its input is taken, a recv waits or it turns active */
  private flow(p: TcpPort): void {
    if (p.paused && (p.recvs.length > 0 || p.buffered < LOW_WATER || p.opts.active !== false)) {
      p.paused = false;
      p.sock?.resume();
    }
  }

  /** hand what can be handed: to waiting recvs, or as active messages to the owner */
  pump(p: TcpPort): void {
    if (p.kind === "udp") return this.pumpUdp(p);
    if (p.closed || p.kind !== "conn" || !p.owner) return;
    this.flow(p);
    while (p.recvs.length > 0) {
      const w = p.recvs[0];
      const pk = this.packet(p, w.len);
      if (pk) {
        p.recvs.shift();
        this.reply(w, tuple(A.ok, pk));
        continue;
      }
      if (!p.eof) return;
      p.recvs.shift();
      this.reply(w, this.endResult(p));
    }
    while (p.opts.active !== false) {
      const pk = this.packet(p, 0);
      if (!pk) break;
      // (an HTTP socket's active messages are {:http, socket, packet})
      this.node.send(p.owner, tuple(HTTP_PACKETS.has(String(p.opts.packet)) ? A.http : A.tcp, p.id!, pk));
      this.countActive(p);
    }
    this.flow(p);
    if (p.opts.active !== false && p.eof && !p.endTold) {
      p.endTold = true;
      // what a packet mode cannot make a whole packet of is dropped, as on OTP
      p.chunks = [];
      p.buffered = 0;
      if (p.error) this.node.send(p.owner, tuple(A.tcp_error, p.id!, atom(p.error)));
      this.node.send(p.owner, tuple(A.tcp_closed, p.id!));
      // an active socket that told its end is closed (exit_on_close), as its port on OTP
      if (p.opts.exitOnClose) this.close(p);
    }
  }

  /** a datagram as recv and active messages give it: the sender's address, port and the data */
  private pumpUdp(p: TcpPort): void {
    if (p.closed || !p.owner) return;
    const from = (d: { from: NetAddress }) => ipTuple(parseIp(d.from.address) ?? [0, 0, 0, 0]);
    while (p.recvs.length > 0 && p.dgrams.length > 0) {
      const d = p.dgrams.shift()!;
      this.reply(p.recvs.shift()!, tuple(A.ok, tuple(from(d), d.from.port, this.term(p, d.bytes))));
    }
    while (p.opts.active !== false && p.dgrams.length > 0) {
      const d = p.dgrams.shift()!;
      this.node.send(p.owner, tuple(A.udp, p.id!, from(d), d.from.port, this.term(p, d.bytes)));
      this.countActive(p);
    }
  }

  /** one active message sent: :once and N count down */
  private countActive(p: TcpPort): void {
    const a = p.opts.active;
    if (a === "once") p.opts.active = false;
    else if (typeof a === "number") {
      if (a <= 1) {
        p.opts.active = false;
        this.node.send(p.owner!, tuple(p.passiveTag, p.id!));
      } else p.opts.active = a - 1;
    }
  }

  private endResult(p: TcpPort): Term {
    if (p.endTold) return tuple(A.error, A.enotconn);
    p.endTold = true;
    p.chunks = [];
    p.buffered = 0;
    return tuple(A.error, p.error && p.error !== "econnreset" ? atom(p.error) : A.closed);
  }

  /** the events of a connected socket, feeding port p */
  events(p: TcpPort): NetSocketEvents {
    return {
      onData: (bytes) => {
        if (p.closed || p.readShut) return;
        p.chunks.push(bytes.slice());
        p.input += bytes.length;
        p.buffered += bytes.length;
        this.pump(p);
        if (!p.paused && p.opts.active === false && p.recvs.length === 0 && p.buffered >= HIGH_WATER && p.sock) {
          p.paused = true;
          p.sock.pause();
        }
      },
      onEnd: () => {
        if (p.closed) return;
        p.eof = true;
        // exit_on_close: once the peer has closed, the socket is closed for sending too
        if (p.opts.exitOnClose) p.sock?.destroy();
        this.pump(p);
      },
      onError: (code) => {
        if (p.closed || p.eof) return;
        p.eof = true;
        p.error = code;
        p.sock?.destroy();
        this.pump(p);
      },
    };
  }

  watch(): void {
    if (this.watching) return;
    this.watching = true;
    this.node.host.net?.watch?.((d) => this.node.hostBusy(d));
  }
}

const stateOf = new WeakMap<Node, TcpPorts>();
const aliveBefore = portHooks.alive;
portHooks.alive = (node, port) => (stateOf.get(node)?.byId.has(port.id) ?? false) || aliveBefore(node, port);

export function ports(ctx: BifContext): TcpPorts {
  const node = ctx.node as Node;
  let s = stateOf.get(node);
  if (!s) stateOf.set(node, (s = new TcpPorts(node)));
  return s;
}

export function portOf(ctx: BifContext, t: Term): TcpPort | null {
  if (!(t instanceof Port)) return null;
  return ports(ctx).byId.get(t.id) ?? null;
}

export const err = (reason: Atom) => tuple(A.error, reason);

export function failure(e: unknown): Term {
  const code = e && typeof e === "object" && "code" in e ? String((e as NetFailure).code) : "einval";
  return err(atom(code));
}
