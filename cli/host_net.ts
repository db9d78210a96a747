// TCP for :gen_tcp on Node (Host.net, vm/net_host.ts), with node:net.
//
// A program often talks to itself (an echo server and its client in one script). On a virtual
// clock time must not move while a delivery between two sockets of this process is on its way,
// so this host keeps count of what it knows is coming: bytes written to a socket whose peer is
// ours, the end of input after a close, a connection to one of our listeners not yet accepted,
// a datagram sent to one of our UDP sockets.
// Each open count is a busy(+1) until met; an expectation left unmet (a peer that was not ours
// after all) lapses after EXPIRY_MS of real time, so the clock never stops for good.
import * as net from "node:net";
import * as dgram from "node:dgram";
import * as dns from "node:dns";
import * as os from "node:os";
import type { NetHost, NetSocket, NetSocketEvents, NetAddress, NetListener, UdpSocket } from "../vm/net_host.ts";

const EXPIRY_MS = 2000;

function posix(e: unknown): string {
  const code = e && typeof e === "object" && "code" in e ? String((e as { code: unknown }).code) : "";
  // a name that does not resolve: OTP's inet_res says :nxdomain (Node's getaddrinfo ENOTFOUND)
  if (code === "ENOTFOUND") return "nxdomain";
  return /^E[A-Z0-9]+$/.test(code) ? code.toLowerCase() : "einval";
}

function addr(a: string | undefined, p: number | undefined): NetAddress | null {
  if (a === undefined || p === undefined) return null;
  return { address: a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a, port: p };
}

const text = (a: NetAddress) => `${a.address}:${a.port}`;

export function nodeNet(): NetHost {
  let busy: (delta: number) => void = () => {};
  /** ports we listen on, and how many connections to each are not accepted yet */
  const listening = new Map<number, number>();
  /** local ends of our connected sockets ("127.0.0.1:5000") */
  const ends = new Set<string>();
  /** the ports our UDP sockets are bound to */
  const udpPorts = new Set<number>();
  /** connections to our listeners under way: the server may write before the client's end is known */
  let connecting = 0;
  /** what a receiving socket ("local>remote") still expects: bytes, plus 1 for its end of input */
  const expected = new Map<string, { left: number; timer: NodeJS.Timeout }>();

  const lapse = () => {
    const t = setTimeout(() => {
      for (const [k, e] of expected) if (e.timer === t) { expected.delete(k); busy(-1); }
    }, EXPIRY_MS);
    t.unref();
    return t;
  };
  /** sockets not reading (a passive socket whose program has not taken its input): what is sent
   *  to them may sit in the kernel's buffers for good, so nothing is expected there */
  const paused = new Set<string>();
  const expect = (key: string, n: number) => {
    if (paused.has(key)) return;
    const e = expected.get(key);
    if (e) {
      e.left += n;
      clearTimeout(e.timer);
      e.timer = lapse();
    } else {
      expected.set(key, { left: n, timer: lapse() });
      busy(1);
    }
  };
  const met = (key: string, n: number) => {
    const e = expected.get(key);
    if (!e) return;
    e.left -= n;
    if (e.left > 0) return;
    clearTimeout(e.timer);
    expected.delete(key);
    busy(-1);
  };

  function wrap(s: net.Socket, events: NetSocketEvents): NetSocket {
    const local = addr(s.localAddress, s.localPort);
    const remote = addr(s.remoteAddress, s.remotePort);
    const mine = local && remote ? `${text(local)}>${text(remote)}` : "";
    const peer = local && remote ? `${text(remote)}>${text(local)}` : "";
    if (local) ends.add(text(local));
    // the peer is one of ours when it is a connected socket here or one of our listeners
    const peerIsOurs = () =>
      remote !== null && (ends.has(text(remote)) || listening.has(remote.port) || (connecting > 0 && /^(127\.|::1$)/.test(remote.address)));
    let ended = false;
    const finish = () => {
      if (ended) return;
      ended = true;
      met(mine, Infinity);
    };
    s.on("data", (b: Buffer) => {
      met(mine, b.length);
      events.onData(new Uint8Array(b.buffer, b.byteOffset, b.length));
    });
    s.on("end", () => {
      finish();
      events.onEnd();
    });
    s.on("error", (e) => {
      finish();
      events.onError(posix(e));
    });
    s.on("close", () => {
      finish();
      paused.delete(mine);
      if (local) ends.delete(text(local));
    });
    let shut = false;
    const shutOnce = () => {
      if (shut) return;
      shut = true;
      if (peerIsOurs()) expect(peer, 1);
    };
    return {
      write(bytes) {
        if (bytes.length === 0 || s.destroyed) return;
        if (peerIsOurs()) expect(peer, bytes.length);
        s.write(bytes);
      },
      shutdownWrite() {
        if (s.destroyed || s.writableEnded) return;
        shutOnce();
        s.end();
      },
      destroy() {
        if (s.destroyed) return;
        if (!s.writableEnded) shutOnce();
        // what is written still goes out before the FIN (as close(2) does after a write)
        s.end();
        s.destroy();
        finish();
        // nothing reaches this end any more: a peer closing after it expects nothing here
        if (local) ends.delete(text(local));
      },
      pause() {
        paused.add(mine);
        met(mine, Infinity);
        s.pause();
      },
      resume() {
        paused.delete(mine);
        s.resume();
      },
      local: () => local,
      remote: () => remote,
    };
  }

  return {
    watch(b) {
      busy = b;
    },
    hostName: () => os.hostname(),
    lookup(name, ipv6) {
      return new Promise((resolve, reject) =>
        dns.lookup(name, { family: ipv6 ? 6 : 4, all: true }, (e, addrs) => {
          if (e) reject({ code: posix(e) });
          else resolve(addrs.map((a) => a.address));
        }),
      );
    },
    listen(opts, onConnection) {
      return new Promise((resolve, reject) => {
        const server = net.createServer({ allowHalfOpen: true, pauseOnConnect: false });
        let port = -1;
        server.on("connection", (s) => {
          const waiting = listening.get(port) ?? 0;
          if (waiting > 0) {
            listening.set(port, waiting - 1);
            busy(-1);
          }
          s.setNoDelay(true);
          const events: NetSocketEvents = { onData: () => {}, onEnd: () => {}, onError: () => {} };
          const sock = wrap(s, { onData: (b) => events.onData(b), onEnd: () => events.onEnd(), onError: (c) => events.onError(c) });
          Object.assign(events, onConnection(sock));
        });
        server.once("error", (e) => reject({ code: posix(e) }));
        server.listen({ host: opts.address ?? (opts.ipv6 ? "::" : "0.0.0.0"), port: opts.port, backlog: opts.backlog, ipv6Only: opts.ipv6 }, () => {
          const a = server.address() as net.AddressInfo;
          port = a.port;
          listening.set(port, 0);
          server.on("error", () => {});
          const listener: NetListener = {
            address: () => addr(a.address, a.port)!,
            close() {
              const left = listening.get(port) ?? 0;
              listening.delete(port);
              if (left > 0) busy(-left);
              server.close();
            },
          };
          resolve(listener);
        });
      });
    },
    openUdp(opts, events) {
      return new Promise((resolve, reject) => {
        const s = dgram.createSocket({ type: opts.ipv6 ? "udp6" : "udp4", reuseAddr: opts.reuseaddr });
        let port = -1;
        s.once("error", (e) => reject({ code: posix(e) }));
        s.on("message", (b, info) => {
          met(`udp:${port}`, 1);
          events.onMessage(new Uint8Array(b.buffer, b.byteOffset, b.length), addr(info.address, info.port)!);
        });
        s.bind({ port: opts.port, address: opts.address ?? (opts.ipv6 ? "::" : "0.0.0.0") }, () => {
          s.removeAllListeners("error");
          s.on("error", (e) => events.onError(posix(e)));
          const a = s.address();
          port = a.port;
          udpPorts.add(port);
          let closed = false;
          const sock: UdpSocket = {
            send(bytes, to, done) {
              if (closed) return done?.(null);
              // a datagram to one of our sockets over loopback is on its way until it arrives
              const ours = udpPorts.has(to.port) && /^(127\.|::1$|0\.0\.0\.0$|localhost$)/.test(to.address);
              if (ours) expect(`udp:${to.port}`, 1);
              s.send(bytes.slice(), to.port, to.address, (e) => {
                if (e && ours) met(`udp:${to.port}`, 1);
                done?.(e ? posix(e) : null);
              });
            },
            close() {
              if (closed) return;
              closed = true;
              udpPorts.delete(port);
              met(`udp:${port}`, Infinity);
              s.close();
            },
            local: () => addr(a.address, a.port),
          };
          resolve(sock);
        });
      });
    },
    connect(opts, events) {
      return new Promise((resolve, reject) => {
        const ours = listening.has(opts.port);
        if (ours) {
          listening.set(opts.port, listening.get(opts.port)! + 1);
          busy(1);
          connecting++;
        }
        const s = net.connect({ host: opts.address, port: opts.port, family: opts.ipv6 ? 6 : 4, allowHalfOpen: true });
        const failed = (e: unknown) => {
          if (ours) connecting--;
          if (ours && (listening.get(opts.port) ?? 0) > 0) {
            listening.set(opts.port, listening.get(opts.port)! - 1);
            busy(-1);
          }
          reject({ code: posix(e) });
        };
        s.once("error", failed);
        s.once("connect", () => {
          s.off("error", failed);
          if (ours) connecting--;
          s.setNoDelay(true);
          resolve(wrap(s, events));
        });
      });
    },
  };
}
