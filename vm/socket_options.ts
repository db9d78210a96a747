// Socket options of :gen_tcp/:gen_udp/:inet.setopts as OTP 25 takes them (the ones beamlet acts
// on, and the ones it only keeps for getopts), read into an Options record.
import { Atom, Cons, NIL, Term, Tuple, atom, TRUE, FALSE } from "./terms.ts";
import { ipOfTuple } from "./inet_address.ts";

const A = { binary: atom("binary"), list: atom("list"), raw: atom("raw"), line: atom("line"), once: atom("once") };

/** framing: raw (0), a 1/2/4-byte length header, lines, or HTTP (vm/http_packet.ts) */
export type Packet = 0 | 1 | 2 | 4 | "line" | "http" | "http_bin" | "httph" | "httph_bin";
export const HTTP_PACKETS = new Set(["http", "http_bin", "httph", "httph_bin"]);
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

export function copyOptions(o: Options): Options {
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

export function activeTerm(a: Active): Term {
  return a === true ? TRUE : a === false ? FALSE : a === "once" ? A.once : a;
}
