// :gen_tcp's sockets as ports (#Port<0.N>), over the host's TCP (Host.net, vm/net_host.ts).
//
// A port belongs to its owner (the process that opened or accepted it; controlling_process moves
// it) and closes when the owner exits, as a linked port does (the table: vm/socket_ports.ts).
// Input is read from the host as it comes and kept there: a passive socket hands it to recv, an
// active one sends {:tcp, port, data} to its owner (a packet at a time under packet:
// 1|2|4|:line|:http). A call that has to wait (accept, recv, and listen/connect, which the host
// does asynchronously) returns {:wait, ref}; the caller waits in lib/erlang/gen_tcp.ex for
// {:beamlet_tcp, ref, result}, in an ordinary receive, so it blocks only itself and can still be
// killed. A timeout there cancels the wait (cancel/2).
import { defineBifs, type BifContext } from "./registry.ts";
import { Atom, Cons, NIL, Pid, Term, atom, tuple, list, isInt, TRUE, FALSE, OK } from "../terms.ts";
import { badarg } from "../errors.ts";
import { iodataBytes } from "./util.ts";
import { ipOfTuple, ipTuple, parseIp, ipText } from "../inet_address.ts";
import { defaults, copyOptions, readOptions, activeTerm } from "../socket_options.ts";
import { A, TcpPort, ports, portOf, err, failure } from "../socket_ports.ts";
import type { NetAddress } from "../net_host.ts";
import type { Node } from "../node.ts";

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

