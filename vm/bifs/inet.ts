// :inet's address text functions (ntoa, parse_address and its variants), over vm/inet_address.ts,
// and name resolution (getaddr/getaddrs, gethostname) through the host.
import { defineBifs, type BifContext } from "./registry.ts";
import { Atom, Cons, NIL, Term, atom, tuple, list, charlist } from "../terms.ts";
import type { Node } from "../node.ts";
import { ipOfTuple, ipTuple, parseIp, ipText } from "../inet_address.ts";

const EINVAL = tuple(atom("error"), atom("einval"));

/** a charlist's text, or null */
function chars(t: Term): string | null {
  let s = "";
  let l = t;
  for (; l instanceof Cons; l = l.tail) {
    if (typeof l.head !== "number" || l.head < 0 || l.head > 0x10ffff) return null;
    s += String.fromCodePoint(l.head);
  }
  return l === NIL ? s : null;
}

function parse(t: Term, family: 4 | 6 | 0, strict: boolean): Term {
  const s = chars(t);
  if (s === null) return EINVAL;
  let ip = parseIp(s, strict);
  if (ip && family === 4 && ip.length !== 4) ip = null;
  if (ip && family === 6 && ip.length === 4) {
    // parse_ipv6_address reads an IPv4 text as its IPv4-mapped address; the strict form does not
    ip = strict ? null : [0, 0, 0, 0, 0, 0xffff, (ip[0] << 8) | ip[1], (ip[2] << 8) | ip[3]];
  }
  return ip ? tuple(atom("ok"), ipTuple(ip)) : EINVAL;
}

defineBifs("inet", {
  "ntoa/1": ([t]) => {
    const ip = ipOfTuple(t);
    return ip ? charlist(ipText(ip)) : EINVAL;
  },
  "parse_address/1": ([t]) => parse(t, 0, false),
  "parse_strict_address/1": ([t]) => parse(t, 0, true),
  "parse_ipv4_address/1": ([t]) => parse(t, 4, false),
  "parse_ipv4strict_address/1": ([t]) => parse(t, 4, true),
  "parse_ipv6_address/1": ([t]) => parse(t, 6, false),
  "parse_ipv6strict_address/1": ([t]) => parse(t, 6, true),
  "is_ip_address/1": ([t]) => (ipOfTuple(t) ? atom("true") : atom("false")),
});


const A_OK = atom("ok");
const A_INET = atom("inet");
const A_INET6 = atom("inet6");

/**
 * getaddrs(host, family) -> {:ok, [ip]} | {:error, reason} | {:wait, ref}: an address or the
 * text of one answers at once, as does "localhost" for :inet (OTP's hosts table); any other name
 * waits for the host's resolver (lib/erlang/inet.ex).
 */
function getaddrs([host, family]: Term[], ctx: BifContext): Term {
  if (family !== A_INET && family !== A_INET6) return EINVAL;
  const ipv6 = family === A_INET6;
  const direct = ipOfTuple(host);
  let name: string | null = null;
  // (an address tuple of the other family is :eafnosupport)
  if (direct) return direct.length === (ipv6 ? 8 : 4) ? tuple(A_OK, list([ipTuple(direct)])) : tuple(atom("error"), atom("eafnosupport"));
  if (host instanceof Atom) name = host.name;
  else name = chars(host);
  if (name === null) return EINVAL;
  const literal = parseIp(name);
  if (literal) {
    return literal.length === (ipv6 ? 8 : 4) ? tuple(A_OK, list([ipTuple(literal)])) : tuple(atom("error"), atom("nxdomain"));
  }
  if (name === "localhost" && !ipv6) return tuple(A_OK, list([tuple(127, 0, 0, 1)]));
  const node = ctx.node as Node;
  const lookup = node.host.net?.lookup;
  if (!lookup) return tuple(atom("error"), atom("nxdomain"));
  const ref = node.makeRef();
  const caller = ctx.process!;
  node.hostBusy(1);
  lookup(name, ipv6).then(
    (addrs) => {
      node.hostBusy(-1);
      const ips = addrs.map((a) => parseIp(a)).filter((ip): ip is number[] => ip !== null && ip.length === (ipv6 ? 8 : 4));
      node.send(caller, tuple(atom("beamlet_tcp"), ref, ips.length ? tuple(A_OK, list(ips.map(ipTuple))) : tuple(atom("error"), atom("nxdomain"))));
    },
    (e) => {
      node.hostBusy(-1);
      const code = e && typeof e === "object" && "code" in e ? String(e.code) : "nxdomain";
      node.send(caller, tuple(atom("beamlet_tcp"), ref, tuple(atom("error"), atom(code))));
    },
  );
  return tuple(atom("wait"), ref);
}

defineBifs("beamlet_inet", {
  "getaddrs/2": getaddrs,
  /** the host's name, or "localhost" for a host that has none to tell (a page) */
  "gethostname/0": (_args, ctx) => charlist((ctx.node as Node).host.net?.hostName?.() ?? "localhost"),
});
