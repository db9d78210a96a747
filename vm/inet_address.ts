// IP addresses as OTP's :inet writes and reads them: {a, b, c, d} and 8-tuples of 16-bit words,
// text as inet_parse (compressed IPv6 with the longest run of zero words as "::", an IPv4 tail
// for IPv4-mapped and IPv4-compatible addresses).
import { Term, Tuple, tuple } from "./terms.ts";

export type Ip = number[];

/** the address of an {a, b, c, d} or 8-word tuple, or null */
export function ipOfTuple(t: Term): Ip | null {
  if (!(t instanceof Tuple)) return null;
  const n = t.items.length;
  if (n !== 4 && n !== 8) return null;
  const max = n === 4 ? 255 : 65535;
  const out: number[] = [];
  for (const x of t.items) {
    if (typeof x !== "number" || !Number.isInteger(x) || x < 0 || x > max) return null;
    out.push(x);
  }
  return out;
}

export function ipTuple(ip: Ip): Tuple {
  return tuple(...ip);
}

/** a.b.c.d; unless strict also the short forms a, a.b and a.b.c, whose last part fills the bytes
 *  left ("1.2.3" is {1, 2, 0, 3}) and leading zeros, as inet_parse reads them */
function parseV4(s: string, strict = true): Ip | null {
  const parts = s.split(".");
  if (parts.length > 4 || (strict && parts.length !== 4)) return null;
  const out: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    // (the strict form takes no leading zero: "01" could be read as octal)
    if (!(strict ? /^(0|[1-9]\d*)$/ : /^\d+$/).test(p)) return null;
    const v = Number(p);
    const bytes = i === parts.length - 1 ? 4 - i : 1;
    if (v >= 2 ** (8 * bytes)) return null;
    for (let b = bytes - 1; b >= 0; b--) out.push(Math.floor(v / 2 ** (8 * b)) & 255);
  }
  return out;
}

function parseV6(s: string): Ip | null {
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const words = (h: string): number[] | null => {
    if (h === "") return [];
    const out: number[] = [];
    const parts = h.split(":");
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (i === parts.length - 1 && p.includes(".")) {
        const v4 = parseV4(p);
        if (!v4) return null;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) out.push(parseInt(p, 16));
      else return null;
    }
    return out;
  };
  const head = words(halves[0]);
  if (!head) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const tail = words(halves[1]);
  if (!tail || head.length + tail.length > 7) return null;
  return [...head, ...new Array(8 - head.length - tail.length).fill(0), ...tail];
}

/** text to an address (IPv4 first), as :inet.parse_address/1; null when it is neither */
export function parseIp(s: string, strict = false): Ip | null {
  return parseV4(s, strict) ?? (s.includes(":") ? parseV6(s) : null);
}

/** an address's text, as :inet.ntoa/1 */
export function ipText(ip: Ip): string {
  if (ip.length === 4) return ip.join(".");
  const hex = (w: number) => w.toString(16);
  const v4tail = () => `${ip[6] >> 8}.${ip[6] & 255}.${ip[7] >> 8}.${ip[7] & 255}`;
  // IPv4-mapped and IPv4-compatible (not :: and ::1) addresses end in dotted form
  if (ip.slice(0, 5).every((w) => w === 0) && ip[5] === 0xffff) return "::ffff:" + v4tail();
  if (ip.slice(0, 6).every((w) => w === 0) && (ip[6] !== 0 || ip[7] > 1)) return "::" + v4tail();
  // the longest run of two or more zero words (the first of equal runs) becomes ::
  let best = -1, bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (ip[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && ip[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  if (best < 0) return ip.map(hex).join(":");
  return ip.slice(0, best).map(hex).join(":") + "::" + ip.slice(best + bestLen).map(hex).join(":");
}
