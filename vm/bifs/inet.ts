// :inet's address text functions (ntoa, parse_address and its variants), over vm/inet_address.ts.
import { defineBifs } from "./registry.ts";
import { Cons, NIL, Term, atom, tuple } from "../terms.ts";
import { charlist } from "./util.ts";
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

