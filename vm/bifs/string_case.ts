// String.downcase/upcase/capitalize as Elixir 1.14's String.Unicode computes them, byte for byte.
// Elixir's generated clauses match a code point's UTF-8 bytes but its last as a literal prefix,
// then take any next byte: when that byte is no continuation (invalid UTF-8) the prefix and the
// byte stay as they are, two bytes at once (String.downcase(<<195, ?A>>) keeps the A). Prefixes of
// one code point only are clauses for that code point, and other bytes go one at a time (A-Z
// mapped). The :greek final sigma looks back at what the clauses produced (a byte from the
// byte-at-a-time clause is no letter there) and forward at the code points after it; :turkic maps
// I/İ/i. Valid text in :default mode takes JS's own mapping, which gives the same result.

/** Unicode 14 (Elixir 1.14's tables) has no case mappings in these blocks (newer scripts) */
const NEWER = [[0x19b, 0x19b], [0x264, 0x264], [0x1c89, 0x1c8a], [0xa7cb, 0xa7cf], [0xa7d2, 0xa7d5], [0xa7da, 0xa7dc], [0x10d40, 0x10dbf], [0x16e80, 0x16eff]];
const newer = (cp: number) => NEWER.some(([a, b]) => cp >= a && cp <= b);
const NEWER_RE = new RegExp(`[${NEWER.map(([a, b]) => `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`).join("")}]`, "u");

function fromCp(cp: number): string {
  return String.fromCodePoint(cp);
}

export function lowerOf(cp: number): string {
  const c = fromCp(cp);
  return newer(cp) ? c : c.toLowerCase();
}

export function upperOf(cp: number): string {
  const c = fromCp(cp);
  return newer(cp) ? c : c.toUpperCase();
}

// titlecase where it is not the uppercase: the digraphs' title forms, Georgian letters (which
// stay), and full mappings (one capital, the rest small: ß Ss, ﬁ Fi; a Greek letter with iota
// subscript takes the prosgegrammeni instead of a capital iota)
const DIGRAPH_TITLE: Record<number, number> = {
  0x1c4: 0x1c5, 0x1c5: 0x1c5, 0x1c6: 0x1c5, 0x1c7: 0x1c8, 0x1c8: 0x1c8, 0x1c9: 0x1c8,
  0x1ca: 0x1cb, 0x1cb: 0x1cb, 0x1cc: 0x1cb, 0x1f1: 0x1f2, 0x1f2: 0x1f2, 0x1f3: 0x1f2,
};

export function titleOf(cp: number): string {
  if (DIGRAPH_TITLE[cp] !== undefined) return fromCp(DIGRAPH_TITLE[cp]);
  if ((cp >= 0x10d0 && cp <= 0x10fa) || (cp >= 0x10fd && cp <= 0x10ff)) return fromCp(cp);
  const up = upperOf(cp);
  const cps = Array.from(up);
  if (cps.length === 1) return up;
  if (cp === 0x149) return up; // ŉ: ʼN
  if (cps[cps.length - 1] === "\u0399" && fromCp(cp).normalize("NFD").includes("\u0345")) {
    const withSub = cps.slice(0, -1).join("") + "\u0345";
    const composed = withSub.normalize("NFC");
    return Array.from(composed).length === 1 ? composed : withSub;
  }
  return cps[0] + cps.slice(1).join("").toLowerCase();
}

const enc = new TextEncoder();

type Kind = "down" | "up" | "title";
const mapperOf: Record<Kind, (cp: number) => string> = { down: lowerOf, up: upperOf, title: titleOf };

/** prefixes (all bytes but the last of a code point the mapping changes) shared by more than one
 *  such code point, packed as length << 24 | bytes; made on first use */
const prefixSets: Partial<Record<Kind, Set<number>>> = {};

function prefixes(kind: Kind): Set<number> {
  const have = prefixSets[kind];
  if (have) return have;
  const f = mapperOf[kind];
  const count = new Map<number, number>();
  for (let cp = 0x80; cp < 0x20000; cp++) {
    if (cp >= 0xd800 && cp < 0xe000) continue;
    if (f(cp) === fromCp(cp)) continue;
    const b = enc.encode(fromCp(cp));
    let key = (b.length - 1) << 24;
    for (let i = 0; i < b.length - 1; i++) key |= b[i] << (8 * (b.length - 2 - i));
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const set = new Set<number>();
  for (const [k, n] of count) if (n > 1) set.add(k);
  return (prefixSets[kind] = set);
}

/** bytes of a prefix clause at i (then one more byte follows), or 0 */
function prefixAt(b: Uint8Array, i: number, end: number, kind: Kind): number {
  const c = b[i];
  const n = c >= 0xc0 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf8 ? 3 : 0;
  if (n === 0 || i + n >= end) return 0;
  let key = n << 24;
  for (let k = 0; k < n; k++) key |= b[i + k] << (8 * (n - 1 - k));
  return prefixes(kind).has(key) ? n : 0;
}

/** the code point of exactly bytes [i, i + n), valid UTF-8, or -1 */
function cpOf(b: Uint8Array, i: number, n: number): number {
  if (n === 1) return b[i] < 0x80 ? b[i] : -1;
  if (n === 2 && (b[i] < 0xc2 || b[i] >= 0xe0)) return -1;
  if (n === 3 && (b[i] < 0xe0 || b[i] >= 0xf0)) return -1;
  if (n === 4 && (b[i] < 0xf0 || b[i] >= 0xf5)) return -1;
  let cp = b[i] & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) {
    if ((b[i + k] & 0xc0) !== 0x80) return -1;
    cp = (cp << 6) | (b[i + k] & 0x3f);
  }
  if ((n === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff))) return -1;
  return cp;
}

/** the valid code point at i and its length, or null */
function nextCp(b: Uint8Array, i: number, end: number): [number, number] | null {
  const c = b[i];
  const n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
  if (i + n > end) return null;
  const cp = cpOf(b, i, n);
  return cp < 0 ? null : [cp, n];
}

let casedRe: RegExp | null = null, ignorableRe: RegExp | null = null;
// Elixir 1.14 takes letters of the categories Lu, Ll, Lt as cased (not Other_Lowercase ones)
const isCased = (cp: number) => (casedRe ??= /^\p{LC}$/u).test(fromCp(cp));
const isIgnorable = (cp: number) => (ignorableRe ??= /^\p{Case_Ignorable}$/u).test(fromCp(cp));

/** Elixir's cased_letter_binary?: the first code point from i that is not case-ignorable is a
 *  cased letter (invalid UTF-8 or the end: no) */
function casedAhead(b: Uint8Array, i: number): boolean {
  while (i < b.length) {
    const x = nextCp(b, i, b.length);
    if (!x) return false;
    if (!isIgnorable(x[0])) return isCased(x[0]);
    i += x[1];
  }
  return false;
}

class Out {
  bytes: number[] = [];
  /** per item produced: its code point when it is a binary of exactly one, else -1 (a byte) */
  items: number[] = [];
  byte(x: number) { this.bytes.push(x); this.items.push(-1); }
  text(s: string) {
    for (const x of enc.encode(s)) this.bytes.push(x);
    const cps = Array.from(s);
    this.items.push(cps.length === 1 ? cps[0].codePointAt(0)! : -1);
  }
  raw(b: Uint8Array, i: number, n: number) {
    for (let k = 0; k < n; k++) this.bytes.push(b[i + k]);
    this.items.push(cpOf(b, i, n));
  }
  /** Elixir's cased_letter_list? over what was produced, latest first */
  casedBehind(): boolean {
    for (let k = this.items.length - 1; k >= 0; k--) {
      const cp = this.items[k];
      if (cp < 0) return false;
      if (!isIgnorable(cp)) return isCased(cp);
    }
    return false;
  }
}

export type CaseMode = "default" | "greek" | "turkic";

/** String.Unicode.downcase/upcase of bytes [from, to) of b */
function mapBytes(b: Uint8Array, from: number, to: number, kind: "down" | "up", mode: CaseMode): Uint8Array {
  const out = new Out();
  const f = mapperOf[kind];
  for (let i = from; i < to;) {
    const c = b[i];
    if (kind === "down") {
      if (c === 0xc4 && b[i + 1] === 0xb0 && i + 1 < to) { out.text(mode === "turkic" ? "i" : "i\u0307"); i += 2; continue; }
      if (c === 0x49 && b[i + 1] === 0xcc && b[i + 2] === 0x87 && i + 2 < to) { out.text(mode === "turkic" ? "i" : "i\u0307"); i += 3; continue; }
      if (c === 0x49) { out.text(mode === "turkic" ? "\u0131" : "i"); i++; continue; }
      if (c === 0xce && b[i + 1] === 0xa3 && i + 1 < to) {
        out.text(mode === "greek" && out.casedBehind() && !casedAhead(b, i + 2) ? "\u03c2" : "\u03c3");
        i += 2;
        continue;
      }
    } else if (c === 0x69) { out.text(mode === "turkic" ? "\u0130" : "I"); i++; continue; }
    if (c < 0x80) { out.byte(kind === "down" ? (c >= 65 && c <= 90 ? c + 32 : c) : (c >= 97 && c <= 122 ? c - 32 : c)); i++; continue; }
    const n = prefixAt(b, i, to, kind);
    if (n > 0) {
      const cp = cpOf(b, i, n + 1);
      if (cp >= 0) out.text(f(cp));
      else out.raw(b, i, n + 1);
      i += n + 1;
      continue;
    }
    // a code point alone in its prefix has a clause of its own; other bytes go one by one
    const x = nextCp(b, i, to);
    if (x && f(x[0]) !== fromCp(x[0])) { out.text(f(x[0])); i += x[1]; continue; }
    out.byte(c);
    i++;
  }
  return Uint8Array.from(out.bytes);
}

function asciiOnly(b: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (b[i] >= 0x80) return false;
  return true;
}

function validUtf8(b: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to;) {
    if (b[i] < 0x80) { i++; continue; }
    const x = nextCp(b, i, to);
    if (!x) return false;
    i += x[1];
  }
  return true;
}

// a leading U+FEFF is text here, not a byte order mark
const dec = new TextDecoder("utf-8", { ignoreBOM: true });

/** :ascii mode: A-Z / a-z only */
export function asciiCase(b: Uint8Array, from: number, to: number, up: boolean): Uint8Array {
  const out = new Uint8Array(to - from);
  for (let i = from; i < to; i++) {
    const c = b[i];
    out[i - from] = up ? (c >= 97 && c <= 122 ? c - 32 : c) : (c >= 65 && c <= 90 ? c + 32 : c);
  }
  return out;
}

/** String.downcase/upcase (:default, :greek, :turkic) of bytes [from, to) of b; the :greek final
 *  sigma may look past `to` */
export function caseMap(b: Uint8Array, from: number, to: number, up: boolean, mode: CaseMode): Uint8Array {
  const ascii = asciiOnly(b, from, to);
  if (ascii && mode !== "turkic") return asciiCase(b, from, to, up);
  if (!ascii && mode === "default" && validUtf8(b, from, to)) {
    const s = dec.decode(b.subarray(from, to));
    if (!NEWER_RE.test(s)) {
      // JS makes a word-final Σ ς; Elixir's :default mode does not
      return enc.encode(up ? s.toUpperCase() : s.replace(/\u03A3/g, "\u03C3").toLowerCase());
    }
  }
  return mapBytes(b, from, to, up ? "up" : "down", mode);
}

/** String.Unicode.titlecase_once: the first code point (or prefix clause, or byte) titlecased,
 *  and where the rest starts */
export function titlecaseOnce(b: Uint8Array, mode: CaseMode): [Uint8Array, number] {
  if (b.length === 0) return [b, 0];
  const c = b[0];
  if (c === 0x69) return [enc.encode(mode === "turkic" ? "\u0130" : "I"), 1];
  const n = prefixAt(b, 0, b.length, "title");
  if (n > 0) {
    const cp = cpOf(b, 0, n + 1);
    return [cp >= 0 ? enc.encode(titleOf(cp)) : b.slice(0, n + 1), n + 1];
  }
  const x = nextCp(b, 0, b.length);
  if (x) return [enc.encode(x[0] < 0x80 ? fromCp(x[0]).toUpperCase() : titleOf(x[0])), x[1]];
  return [b.slice(0, 1), 1];
}

export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
