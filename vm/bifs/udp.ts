// :gen_udp's sockets: ports of the same table as :gen_tcp's (vm/socket_ports.ts), over the host's
// UDP (Host.net.openUdp). A datagram arrives whole: recv gives {:ok, {address, port, data}}, an
// active socket sends {:udp, socket, address, port, data} to its owner.
import { defineBifs } from "./registry.ts";
import { atom, tuple, isInt, OK } from "../terms.ts";
import { iodataBytes } from "./util.ts";
import { ipText, parseIp } from "../inet_address.ts";
import { A, TcpPort, ports, portOf, err, failure } from "../socket_ports.ts";
import { defaults, readOptions } from "../socket_options.ts";
import { hostName } from "./tcp.ts";
import type { Node } from "../node.ts";

defineBifs("beamlet_udp", {
  /** open(port, opts) -> {:wait, ref} | {:error, reason} | :badarg */
  "open/2": ([portNo, opts], ctx) => {
    const s = ports(ctx);
    const o = defaults();
    if (!isInt(portNo) || readOptions(o, opts) !== "ok") return A.badarg;
    const node = ctx.node as Node;
    const net = node.host.net;
    if (!net?.openUdp) return err(A.eafnosupport);
    s.watch();
    const p = new TcpPort("udp", o);
    s.number(p, ctx.process!);
    const ref = node.makeRef();
    const caller = ctx.process!;
    node.hostBusy(1);
    net
      .openUdp(
        { address: o.ip ? ipText(o.ip) : null, port: Number(portNo), ipv6: o.ipv6, reuseaddr: o.reuseaddr },
        {
          onMessage: (bytes, from) => {
            if (p.closed) return;
            p.dgrams.push({ bytes: bytes.slice(), from });
            p.input += bytes.length;
            s.pump(p);
          },
          // (an ICMP error for an earlier datagram: OTP reports it to a later recv; dropped here)
          onError: () => {},
        },
      )
      .then(
        (u) => {
          node.hostBusy(-1);
          if (p.closed) return u.close();
          p.udp = u;
          node.send(caller, tuple(A.reply, ref, tuple(A.ok, p.id!)));
        },
        (e) => {
          node.hostBusy(-1);
          s.close(p);
          node.send(caller, tuple(A.reply, ref, failure(e)));
        },
      );
    return tuple(A.wait, ref);
  },

  /** send(socket, address, port, data) -> :ok | {:error, reason} | {:wait, ref} (to a host name,
   *  which the host resolves first: an unknown one is {:error, :nxdomain}) */
  "send/4": ([t, address, portNo, data], ctx) => {
    const p = portOf(ctx, t);
    if (!p || p.closed) return err(A.closed);
    if (p.kind !== "udp" || !p.udp) return err(A.einval);
    const host = hostName(address);
    if (host === null || !isInt(portNo)) return err(A.einval);
    const bytes = iodataBytes(data);
    if (!bytes) return err(A.einval);
    p.output += bytes.length;
    const to = { address: host === "localhost" ? (p.opts.ipv6 ? "::1" : "127.0.0.1") : host, port: Number(portNo) };
    if (parseIp(to.address)) {
      p.udp.send(bytes, to);
      return OK;
    }
    const node = ctx.node as Node;
    const ref = node.makeRef();
    const caller = ctx.process!;
    node.hostBusy(1);
    p.udp.send(bytes, to, (e) => {
      node.hostBusy(-1);
      node.send(caller, tuple(A.reply, ref, e ? err(atom(e)) : OK));
    });
    return tuple(A.wait, ref);
  },

  /** recv(socket) -> {:wait, ref} (answered at once when a datagram waits) | {:error, reason} */
  "recv/1": ([t], ctx) => {
    const p = portOf(ctx, t);
    if (!p || p.closed) return err(A.closed);
    if (p.kind !== "udp") return err(A.einval);
    if (p.opts.active !== false) return err(A.einval);
    const ref = (ctx.node as Node).makeRef();
    p.recvs.push({ ref, caller: ctx.process!, len: 0 });
    ports(ctx).pump(p);
    return tuple(A.wait, ref);
  },
});

