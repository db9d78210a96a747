// :gen_tcp's sockets as ports (#Port<0.N>), over the host's TCP (Host.net, vm/net_host.ts).
//
// A port belongs to its owner (the process that opened or accepted it; controlling_process moves
// it) and closes when the owner exits, as a linked port does. Input is read from the host as it
// comes and kept here: a passive socket hands it to recv, an active one sends {:tcp, port, data}
// to its owner (a packet at a time under packet: 1|2|4|:line|:http). A call that has to wait (accept,
// recv, and listen/connect, which the host does asynchronously) returns {:wait, ref}; the caller
// waits in lib/erlang/gen_tcp.ex for {:beamlet_tcp, ref, result}, in an ordinary receive, so it
// blocks only itself and can still be killed. A timeout there cancels the wait (cancel/2).
import { defineBifs, type BifContext } from "./registry.ts";
import { Atom, Cons, NIL, Pid, Port, Term, Tuple, atom, tuple, list, binFromBytes, isInt, TRUE, FALSE, OK, UNDEFINED } from "../terms.ts";
import { badarg } from "../errors.ts";
import { iodataBytes } from "./util.ts";
import { ipOfTuple, ipTuple, parseIp, ipText } from "../inet_address.ts";
import { decodeHttpLine, decodeHttpHeader } from "../http_packet.ts";
import type { NetSocket, NetListener, NetSocketEvents, NetAddress, NetFailure, UdpSocket } from "../net_host.ts";
import type { Node } from "../node.ts";
import type { Process } from "../process.ts";

export const A = {
  tcp: atom("tcp"), closed: atom("closed"), tcp_closed: atom("tcp_closed"), tcp_error: atom("tcp_error"),
  http: atom("http"), http_request: atom("http_request"), http_response: atom("http_response"), http_eoh: atom("http_eoh"),
  tcp_passive: atom("tcp_passive"), error: atom("error"), ok: atom("ok"), wait: atom("wait"), reply: atom("beamlet_tcp"),
  einval: atom("einval"), enotconn: atom("enotconn"), not_owner: atom("not_owner"), badarg: atom("badarg"),
  once: atom("once"), binary: atom("binary"), list: atom("list"), raw: atom("raw"), line: atom("line"),
  eafnosupport: atom("eafnosupport"), timeout: atom("timeout"), udp: atom("udp"), udp_passive: atom("udp_passive"),
};

/** framing: raw (0), a 1/2/4-byte length header, lines, or HTTP (vm/http_packet.ts) */
type Packet = 0 | 1 | 2 | 4 | "line" | "http" | "http_bin" | "httph" | "httph_bin";
const HTTP_PACKETS = new Set(["http", "http_bin", "httph", "httph_bin"]);
type Active = boolean | "once" | number;

export interface Options {
  binary: boolean;
  packet: Packet;
  active: Active;
  reuseaddr: boolean;
  nodelay: boolean;
  keepalive: boolean;
  exitOnClose: boolean;
  backlog: number;
  ip: number[] | null;
  ipv6: boolean;
  lineDelimiter: number;
  /** options accepted and reported back by getopts, without an effect here (buffer sizes ...) */
  other: Map<string, Term>;
}

export function defaults(): Options {
  return {
    binary: false, packet: 0, active: true, reuseaddr: false, nodelay: false, keepalive: false, exitOnClose: true,
    backlog: 5, ip: null, ipv6: false, lineDelimiter: 10, other: new Map(),
  };
}

function copyOptions(o: Options): Options {
  return { ...o, other: new Map(o.other) };
}

const PASSIVE_OTHER = new Set(["send_timeout", "send_timeout_close", "buffer", "recbuf", "sndbuf", "linger", "priority", "tos", "delay_send", "high_watermark", "low_watermark", "high_msgq_watermark", "low_msgq_watermark", "show_econnreset", "deliver", "header", "port", "fd", "tcp_module", "raw", "bind_to_device", "debug", "netns", "dontroute"]);

/**
 * Read options into o. "bad": an option OTP does not know (listen/connect exit with :badarg,
 * setopts answers {:error, :einval}).
 */
export function readOptions(o: Options, opts: Term): "ok" | "bad" {
  let l = opts;
  for (; l instanceof Cons; l = l.tail) {
    const x = l.head;
    if (x instanceof Atom) {
      switch (x.name) {
        case "binary": o.binary = true; continue;
        case "list": o.binary = false; continue;
        case "inet": o.ipv6 = false; continue;
        case "inet6": o.ipv6 = true; continue;
        case "local": return "bad";
        default: return "bad";
      }
    }
    if (!(x instanceof Tuple) || x.items.length !== 2 || !(x.items[0] instanceof Atom)) return "bad";
    const [k, v] = x.items as [Atom, Term];
    switch (k.name) {
      case "mode":
        if (v === A.binary) o.binary = true;
        else if (v === A.list) o.binary = false;
        else return "bad";
        break;
      case "packet": {
        if (v === A.raw || v === 0) o.packet = 0;
        else if (v === 1 || v === 2 || v === 4) o.packet = v;
        else if (v === A.line) o.packet = "line";
        else if (v instanceof Atom && HTTP_PACKETS.has(v.name)) o.packet = v.name as Packet;
        else return "bad";
        break;
      }
      case "active":
        if (v === TRUE || v === FALSE) o.active = v === TRUE;
        else if (v === A.once) o.active = "once";
        else if (typeof v === "number" && Number.isInteger(v) && v >= -32768 && v <= 32767) o.active = v;
        else return "bad";
        break;
      case "reuseaddr": case "nodelay": case "keepalive": case "exit_on_close": {
        if (v !== TRUE && v !== FALSE) return "bad";
        const b = v === TRUE;
        if (k.name === "reuseaddr") o.reuseaddr = b;
        else if (k.name === "nodelay") o.nodelay = b;
        else if (k.name === "keepalive") o.keepalive = b;
        else o.exitOnClose = b;
        break;
      }
      case "backlog":
        if (typeof v !== "number" || !Number.isInteger(v) || v < 0) return "bad";
        o.backlog = v;
        break;
      case "ip": case "ifaddr": {
        const ip = ipOfTuple(v);
        if (!ip) return "bad";
        o.ip = ip;
        if (ip.length === 8) o.ipv6 = true;
        break;
      }
      case "line_delimiter":
        if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 255) return "bad";
        o.lineDelimiter = v;
        break;
      default:
        if (!PASSIVE_OTHER.has(k.name)) return "bad";
        o.other.set(k.name, v);
    }
  }
  return l === NIL ? "ok" : "bad";
}

function activeTerm(a: Active): Term {
  return a === true ? TRUE : a === false ? FALSE : a === "once" ? A.once : a;
}

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
  private next = 5;
  watching = false;

  constructor(readonly node: Node) {
    node.exitHooks.push((p) => this.exited(p));
  }

  number(p: TcpPort, owner: Process): Port {
    const id = new Port(this.next++);
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
    if (p.id) this.byId.delete(p.id.id);
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

function addressTerm(a: NetAddress | null): Term {
  if (!a) return err(A.enotconn);
  const ip = parseIp(a.address);
  return tuple(A.ok, tuple(ip ? ipTuple(ip) : tuple(0, 0, 0, 0), a.port));
}

export function hostName(t: Term): string | null {
  const ip = ipOfTuple(t);
  if (ip) return ipText(ip);
  let s = "";
  if (t instanceof Atom) s = t.name;
  else {
    let l = t;
    for (; l instanceof Cons; l = l.tail) {
      if (typeof l.head !== "number") return null;
      s += String.fromCodePoint(l.head);
    }
    if (l !== NIL) return null;
  }
  return s;
}

/** a wait the caller finishes in lib/erlang/gen_tcp.ex: {:wait, ref} */
function waitFor(ctx: BifContext, start: (reply: (r: Term) => void) => void): Term {
  const node = ctx.node as Node;
  const ref = node.makeRef();
  const caller = ctx.process!;
  start((r) => node.send(caller, tuple(A.reply, ref, r)));
  return tuple(A.wait, ref);
}

function localOf(p: TcpPort): NetAddress | null {
  return (p.kind === "listen" ? p.listener?.address() : p.kind === "udp" ? p.udp?.local() : p.sock?.local()) ?? null;
}

const PORT_INFO = ["name", "links", "id", "connected", "input", "output", "os_pid"];

function portInfo(p: TcpPort, item: string): Term | undefined {
  switch (item) {
    case "name": return list(Array.from(p.kind === "udp" ? "udp_inet" : "tcp_inet", (c) => c.charCodeAt(0)));
    case "links": return list(p.owner ? [p.owner.pid] : []);
    case "id": return p.id!.id;
    case "connected": return p.owner ? p.owner.pid : UNDEFINED;
    case "input": return p.input;
    case "output": return p.output;
    case "os_pid": return UNDEFINED;
    case "registered_name": return NIL;
    default: return undefined;
  }
}

/** a port argument of :erlang's port BIFs: an open port, null for a closed one; badarg for a non-port */
function portArg(ctx: BifContext, t: Term): TcpPort | null {
  if (!(t instanceof Port)) return badarg();
  const p = portOf(ctx, t);
  return p && !p.closed ? p : null;
}

defineBifs("erlang", {
  "ports/0": (_args, ctx) => list([...ports(ctx).byId.values()].filter((p) => !p.closed).map((p) => p.id!)),
  "port_info/1": ([t], ctx) => {
    const p = portArg(ctx, t);
    return p ? list(PORT_INFO.map((k) => tuple(atom(k), portInfo(p, k)!))) : UNDEFINED;
  },
  "port_info/2": ([t, item], ctx) => {
    if (!(item instanceof Atom)) return badarg();
    const p = portArg(ctx, t);
    if (!p) return UNDEFINED;
    const v = portInfo(p, item.name);
    return v === undefined ? badarg() : tuple(item, v);
  },
  "port_close/1": ([t], ctx) => {
    const p = portArg(ctx, t);
    if (!p) return badarg();
    ports(ctx).close(p);
    return TRUE;
  },
});

defineBifs("beamlet_tcp", {
  /** listen(port, opts) -> {:wait, ref} | {:error, reason} | :badarg */
  "listen/2": ([portNo, opts], ctx) => {
    const s = ports(ctx);
    const o = defaults();
    if (!isInt(portNo) || readOptions(o, opts) !== "ok") return A.badarg;
    const net = (ctx.node as Node).host.net;
    if (!net) return err(A.eafnosupport);
    s.watch();
    const p = new TcpPort("listen", o);
    const owner = ctx.process!;
    s.number(p, owner);
    const node = ctx.node as Node;
    return waitFor(ctx, (reply) => {
      node.hostBusy(1);
      net
        .listen({ address: o.ip ? ipText(o.ip) : null, port: Number(portNo), backlog: o.backlog, ipv6: o.ipv6 }, (sock) => {
          const c = new TcpPort("conn", copyOptions(p.opts));
          c.sock = sock;
          c.listenedBy = p;
          const ev = s.events(c);
          if (p.closed) {
            sock.destroy();
            return ev;
          }
          const w = p.accepts.shift();
          if (w) {
            s.reply(w, tuple(A.ok, s.number(c, w.caller)));
          } else p.backlog.push(c);
          return ev;
        })
        .then(
          (l) => {
            node.hostBusy(-1);
            if (p.closed) return l.close();
            p.listener = l;
            reply(tuple(A.ok, p.id!));
          },
          (e) => {
            node.hostBusy(-1);
            s.close(p);
            reply(failure(e));
          },
        );
    });
  },

  /** connect(address, port, opts) -> {:wait, ref, port} | {:error, reason} | :badarg */
  "connect/3": ([address, portNo, opts], ctx) => {
    const s = ports(ctx);
    const o = defaults();
    const host = hostName(address);
    if (host === null || !isInt(portNo) || readOptions(o, opts) !== "ok") return A.badarg;
    const net = (ctx.node as Node).host.net;
    if (!net) return err(A.eafnosupport);
    s.watch();
    const p = new TcpPort("conn", o);
    s.number(p, ctx.process!);
    const node = ctx.node as Node;
    // OTP resolves localhost to IPv4's loopback (Node would try ::1 first)
    const target = host === "localhost" ? (o.ipv6 ? "::1" : "127.0.0.1") : host;
    const ref = node.makeRef();
    const caller = ctx.process!;
    const reply = (r: Term) => node.send(caller, tuple(A.reply, ref, r));
    {
      node.hostBusy(1);
      net.connect({ address: target, port: Number(portNo), ipv6: o.ipv6 }, s.events(p)).then(
        (sock) => {
          node.hostBusy(-1);
          p.sock = sock;
          if (p.closed) return sock.destroy();
          reply(tuple(A.ok, p.id!));
          s.pump(p);
        },
        (e) => {
          node.hostBusy(-1);
          s.close(p);
          reply(failure(e));
        },
      );
    }
    return tuple(A.wait, ref, p.id!);
  },

  /** accept(listen) -> {:ok, port} | {:error, reason} | {:wait, ref} */
  "accept/1": ([l], ctx) => {
    const s = ports(ctx);
    const p = portOf(ctx, l);
    if (!p || p.closed) return err(A.closed);
    if (p.kind !== "listen" || !p.listener) return err(A.einval);
    const c = p.backlog.shift();
    if (c) {
      const id = s.number(c, ctx.process!);
      s.pump(c);
      return tuple(A.ok, id);
    }
    const ref = (ctx.node as Node).makeRef();
    p.accepts.push({ ref, caller: ctx.process!, len: 0 });
    return tuple(A.wait, ref);
  },

  /** recv(port, length) -> {:ok, data} | {:error, reason} | {:wait, ref} */
  "recv/2": ([t, len], ctx) => {
    const s = ports(ctx);
    const p = portOf(ctx, t);
    if (!p || p.closed) return err(A.closed);
    if (typeof len !== "number" || !Number.isInteger(len) || len < 0) return badarg();
    if (p.kind !== "conn") return err(A.enotconn);
    if (p.opts.active !== false || (p.opts.packet !== 0 && len !== 0)) return err(A.einval);
    const ref = (ctx.node as Node).makeRef();
    p.recvs.push({ ref, caller: ctx.process!, len });
    // (answered at once when it can be: the reply is then already in the caller's mailbox)
    s.pump(p);
    return tuple(A.wait, ref);
  },

  /** a wait given up (a timeout): drop it; its answer may already be in the caller's mailbox */
  "cancel/2": ([t, ref], ctx) => {
    const p = portOf(ctx, t);
    if (p) {
      p.recvs = p.recvs.filter((w) => w.ref !== ref);
      p.accepts = p.accepts.filter((w) => w.ref !== ref);
    }
    return OK;
  },

  "send/2": ([t, data], ctx) => {
    const p = portOf(ctx, t);
    if (!p || p.closed) return err(A.closed);
    const bytes = iodataBytes(data);
    if (!bytes) return err(A.einval);
    if (p.kind !== "conn" || !p.sock) return err(A.enotconn);
    if (p.eof) return err(A.closed);
    const n = p.opts.packet;
    if (typeof n === "number" && n > 0) {
      const size = bytes.length;
      if (n < 4 && size >= 1 << (8 * n)) return err(A.einval);
      // (header and data in one write: one segment, one syscall)
      const framed = new Uint8Array(n + size);
      for (let i = 0; i < n; i++) framed[n - 1 - i] = Math.floor(size / 2 ** (8 * i)) & 255;
      framed.set(bytes, n);
      p.sock.write(framed);
    } else p.sock.write(bytes.slice());
    p.output += bytes.length;
    return OK;
  },

  "close/1": ([t], ctx) => {
    const p = portOf(ctx, t);
    if (p) ports(ctx).close(p);
    return OK;
  },

  "shutdown/2": ([t, how], ctx) => {
    const p = portOf(ctx, t);
    if (!p || p.closed) return err(A.closed);
    if (!(how instanceof Atom) || !["read", "write", "read_write"].includes(how.name)) return badarg();
    if (p.kind !== "conn" || !p.sock) return err(A.enotconn);
    if (how.name !== "read") p.sock.shutdownWrite();
    if (how.name !== "write") {
      p.readShut = true;
      p.chunks = [];
      p.buffered = 0;
    }
    return OK;
  },

  /** owner(port) -> pid | :closed */
  "owner/1": ([t], ctx) => {
    const p = portOf(ctx, t);
    return p && !p.closed && p.owner ? p.owner.pid : A.closed;
  },

  /** set_owner(port, pid) -> :ok | {:error, reason}: only the owner may give the port away */
  "set_owner/2": ([t, pid], ctx) => {
    const s = ports(ctx);
    const p = portOf(ctx, t);
    if (!p || p.closed) return err(A.closed);
    if (!(pid instanceof Pid)) return err(A.badarg);
    if (p.owner !== ctx.process) return err(A.not_owner);
    const to = (ctx.node as Node).lookup(pid);
    // (the port cannot link to a process that is gone: it stays with its owner)
    if (!to || to.status === "exited") return err(A.badarg);
    p.owner = to;
    s.pump(p);
    return OK;
  },

  /** setopts(port, opts) -> :ok | {:error, :einval} */
  "setopts/2": ([t, opts], ctx) => {
    const s = ports(ctx);
    const p = portOf(ctx, t);
    if (!p || p.closed) return err(A.einval);
    const o = copyOptions(p.opts);
    const before = p.opts.active;
    if (readOptions(o, opts) !== "ok") return err(A.einval);
    if (o.packet !== p.opts.packet) p.httpHeaders = false;
    // active: N adds to a count already running; a count at or below 0 makes the socket passive
    if (typeof o.active === "number") {
      const n = (typeof before === "number" ? before : 0) + o.active;
      if (n <= 0) {
        o.active = false;
        p.opts = o;
        if (p.owner && p.kind !== "listen") s.node.send(p.owner, tuple(p.passiveTag, p.id!));
        return OK;
      }
      o.active = n;
    }
    p.opts = o;
    s.pump(p);
    return OK;
  },

  /** getopts(port, names) -> {:ok, [{name, value}]} | {:error, :einval} */
  "getopts/2": ([t, names], ctx) => {
    const p = portOf(ctx, t);
    if (!p || p.closed) return err(A.einval);
    const out: Term[] = [];
    let l = names;
    for (; l instanceof Cons; l = l.tail) {
      const k = l.head;
      if (!(k instanceof Atom)) return err(A.einval);
      const o = p.opts;
      let v: Term;
      switch (k.name) {
        case "active": v = activeTerm(o.active); break;
        case "packet": v = typeof o.packet === "string" ? atom(o.packet) : o.packet; break;
        case "mode": v = o.binary ? A.binary : A.list; break;
        case "binary": v = o.binary ? TRUE : FALSE; break;
        case "reuseaddr": v = o.reuseaddr ? TRUE : FALSE; break;
        case "nodelay": v = o.nodelay ? TRUE : FALSE; break;
        case "keepalive": v = o.keepalive ? TRUE : FALSE; break;
        case "exit_on_close": v = o.exitOnClose ? TRUE : FALSE; break;
        case "line_delimiter": v = o.lineDelimiter; break;
        default: {
          const x = o.other.get(k.name);
          if (x === undefined) return err(A.einval);
          v = x;
        }
      }
      out.push(tuple(k, v));
    }
    if (l !== NIL) return err(A.einval);
    return tuple(A.ok, list(out));
  },

  "port/1": ([t], ctx) => {
    const p = portOf(ctx, t);
    if (!p || p.closed) return err(A.einval);
    const a = localOf(p);
    return a ? tuple(A.ok, a.port) : err(A.einval);
  },

  "sockname/1": ([t], ctx) => {
    const p = portOf(ctx, t);
    if (!p || p.closed) return err(A.einval);
    return addressTerm(localOf(p));
  },

  "peername/1": ([t], ctx) => {
    const p = portOf(ctx, t);
    if (!p || p.closed) return err(A.einval);
    if (p.kind !== "conn") return err(A.enotconn);
    return addressTerm(p.sock?.remote() ?? null);
  },

  "is_open/1": ([t], ctx) => {
    const p = portOf(ctx, t);
    return p && !p.closed ? TRUE : FALSE;
  },
});

