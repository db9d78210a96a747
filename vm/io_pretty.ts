// Erlang's pretty printer (io_lib_pretty, the ~p/~P controls) as OTP 25 lays terms out: a term
// that fits on the rest of the line is written flat; otherwise lists, tuples and maps break.
// Atomic elements (strings, numbers, atoms, printable binaries) fill a line; any compound
// element starts a new line. Tuples whose first element is an atom indent after the tag, or by 4
// when the tag is long. Columns are 1-based, as in OTP.
import { Atom, Bin, Cons, NIL, Term, Tuple, isMap } from "./terms.ts";
import { iterationEntries } from "./map.ts";
import { binaryBody, printableLatin1, writeLeaf, writeString, writeTerm } from "./io_write.ts";

type Seq = { items: Node[]; end: null | "dots" | Node };
type Node =
  | { kind: "leaf"; s: string; len: number }
  | { kind: "list"; seq: Seq; len: number }
  | { kind: "tuple"; tagged: boolean; seq: Seq; len: number }
  | { kind: "map"; pairs: Node[]; dots: boolean; len: number }
  | { kind: "pair"; k: Node; v: Node; len: number }
  | { kind: "bin"; parts: string[]; len: number };

const leaf = (s: string): Node => ({ kind: "leaf", s, len: [...s].length });
const atomic = (n: Node): boolean => n.kind === "leaf";
const atomicPair = (n: Node): boolean => n.kind === "pair" && atomic(n.k) && atomic(n.v);
const spaces = (n: number): string => " ".repeat(Math.max(0, n));

export type Encoding = "latin1" | "unicode";

function seqLength(seq: Seq, acc: number): number {
  let n = acc;
  seq.items.forEach((e, i) => { n += e.len + (i > 0 ? 1 : 0); });
  if (seq.end !== null) n += (seq.items.length > 0 ? 1 : 0) + (seq.end === "dots" ? 3 : seq.end.len);
  return n;
}

function seqOf(items: Term[], tail: Term, d: number, enc: Encoding, strings: boolean): Seq {
  const out: Node[] = [];
  let dd = d;
  for (const x of items) {
    if (dd === 1) return { items: out, end: "dots" };
    out.push(measure(x, dd - 1, enc, strings));
    dd--;
  }
  if (tail === NIL) return { items: out, end: null };
  if (dd === 1) return { items: out, end: "dots" };
  return { items: out, end: measure(tail, dd - 1, enc, strings) };
}

/** the printable text of a binary as ~p shows it, or null (OTP's printable_bin) */
function binText(b: Bin, d: number, enc: Encoding): string | null {
  const bytes = b.bytes;
  const len = d >= 0 && 4 * d <= bytes.length ? 4 * d : bytes.length;
  if (enc === "unicode") {
    const s = b.toString();
    if (!s.includes("\ufffd")) {
      // the characters (printable: the latin1 range, io:printable_range/0's default) up to the
      // first 4*D of them; a cut one shows its printable start when at least D characters long
      const chars = [...s];
      let taken = 0;
      while (taken < len && taken < chars.length && printableLatin1(chars[taken].codePointAt(0)!)) taken++;
      const text = chars.slice(0, taken).join("");
      // (/utf8 when a character takes more than one byte: one above 0x7f)
      const utf8 = /[^\x00-\x7f]/.test(text) ? "/utf8" : "";
      if (taken === chars.length) return "<<" + writeString(s, '"') + utf8 + ">>";
      if (d > 0 && taken >= d) return "<<" + writeString(text, '"') + utf8 + "...>>";
      return null;
    }
  }
  let n = 0;
  while (n < len && printableLatin1(bytes[n])) n++;
  const latin = (k: number): string => String.fromCharCode(...bytes.subarray(0, k));
  if (n === bytes.length) return "<<" + writeString(latin(n), '"') + ">>";
  if (n === len && d > 0) return "<<" + writeString(latin(n), '"') + "...>>";
  // (a byte that is not printable within the first 4*D: the printable ones before it, when at
  // least D of them, cut)
  if (n < len && d > 0 && n >= d) return "<<" + writeString(latin(n), '"') + "...>>";
  return null;
}

function measure(t: Term, d: number, enc: Encoding, strings: boolean): Node {
  if (t === NIL) return leaf("[]");
  if (t instanceof Tuple && t.items.length === 0) return leaf("{}");
  if (isMap(t) && t.entries().length === 0) return leaf("#{}");
  if (t instanceof Cons) {
    const items: Term[] = [];
    let l: Term = t;
    while (l instanceof Cons) { items.push(l.head); l = l.tail; }
    if (strings && d !== 1 && l === NIL && items.every(printableLatin1)) {
      return leaf(writeString(String.fromCodePoint(...(items as number[])), '"'));
    }
    const seq = seqOf(items, l, d, enc, strings);
    return { kind: "list", seq, len: seqLength(seq, 2) };
  }
  if (t instanceof Tuple) {
    if (d === 1) return leaf("{...}");
    const seq = seqOf(t.items, NIL, d, enc, strings);
    return { kind: "tuple", tagged: t.items[0] instanceof Atom && t.items.length > 1, seq, len: seqLength(seq, 2) };
  }
  if (isMap(t)) {
    if (d === 1) return leaf("#{...}");
    let entries = iterationEntries(t);
    if (d >= 0 && entries.length > d) entries = entries.slice(0, d);
    const pairs: Node[] = [];
    let dots = false;
    let dd = d;
    for (const [k, v] of entries) {
      if (dd === 1) { dots = true; break; }
      // (every association at the map's depth less one: only their count uses the depth up)
      const kn = measure(k, d - 1, enc, strings);
      const vn = measure(v, d - 1, enc, strings);
      const key = { ...kn, len: kn.len + 4 } as Node;
      pairs.push({ kind: "pair", k: key, v: vn, len: key.len + vn.len });
      dd--;
    }
    const seq: Seq = { items: pairs, end: dots ? "dots" : null };
    return { kind: "map", pairs, dots, len: seqLength(seq, 3) };
  }
  if (t instanceof Bin) {
    if (t.size === 0) return leaf("<<>>");
    if (d === 1) return leaf("<<...>>");
    if (t.tailBits === 0 && strings) {
      const s = binText(t, d - 1, enc);
      if (s !== null) return leaf(s);
    }
    const parts = binaryBody(t, d);
    return { kind: "bin", parts, len: parts.join(",").length + 4 };
  }
  return leaf(writeLeaf(t) ?? writeTerm(t, d));
}

function write(n: Node): string {
  switch (n.kind) {
    case "leaf": return n.s;
    case "list": return "[" + writeSeq(n.seq, "|") + "]";
    case "tuple": return "{" + writeSeq(n.seq, ",") + "}";
    case "map": return "#{" + n.pairs.map(write).join(",") + (n.dots ? (n.pairs.length ? ",..." : "...") : "") + "}";
    case "pair": return write(n.k) + " => " + write(n.v);
    case "bin": return "<<" + n.parts.join(",") + ">>";
  }
}

function writeSeq(seq: Seq, sep: string): string {
  let out = seq.items.map(write).join(",");
  if (seq.end === "dots") out += seq.items.length ? sep + "..." : "...";
  else if (seq.end !== null) out += sep + write(seq.end);
  return out;
}

class NoGood extends Error {}

/** the layout state shared by one print: line length and the whole term's length (OTP's M) */
class Layout {
  constructor(readonly ll: number, readonly m: number, readonly tind: number) {}

  fits(len: number, col: number, ld: number, w: number): boolean {
    return len < this.ll - col - ld && len + w + ld <= this.m;
  }

  /** can element E (length len) follow on the current line at col? (ld1 = closers after it) */
  follows(len: number, col: number, ld1: number, w: number): boolean {
    const eLen = 1 + len;
    return ld1 === 0 ? eLen + 1 < this.ll - col && w + eLen + 1 <= this.m : eLen < this.ll - col - ld1 && w + eLen + ld1 <= this.m;
  }

  pp(n: Node, col: number, ind: string, ld: number, w: number): string {
    if (this.fits(n.len, col, ld, w)) return write(n);
    switch (n.kind) {
      case "list": return "[" + this.ppSeq(n.seq, 0, col + 1, ind + " ", ld, "|", w + 1) + "]";
      case "tuple": return "{" + (n.tagged ? this.ppTagTuple(n.seq, col, ind, ld, w + 1) : this.ppSeq(n.seq, 0, col + 1, ind + " ", ld, ",", w + 1)) + "}";
      case "map": return "#{" + this.ppMap(n, col + 2, ind + "  ", ld, w + 1) + "}";
      case "bin": return this.ppBinary(n.parts, col + 2, ind + "  ", ld, w);
      case "pair": return write(n);
      case "leaf": return n.s;
    }
  }

  private ppTagTuple(seq: Seq, col: number, ind: string, ld: number, w: number): string {
    const tag = seq.items[0];
    const tagInd = tag.len + 2;
    const tcol = col + tagInd;
    if (this.tind > 0 && tagInd > this.tind) {
      return write(tag) + this.ppTail(seq, 1, col + this.tind, tcol, ind + spaces(this.tind), ld, ",", w + tag.len);
    }
    return write(tag) + "," + this.ppSeq(seq, 1, tcol, ind + spaces(tagInd), ld, ",", w + tag.len + 1);
  }

  private ppSeq(seq: Seq, from: number, col0: number, ind: string, ld: number, sep: string, w: number): string {
    if (from >= seq.items.length) return seq.end === "dots" ? "..." : seq.end === null ? "" : this.pp(seq.end, col0, ind, ld + 1, w);
    const ld1 = from + 1 < seq.items.length ? 0 : ld + 1;
    const [es, we] = this.ppElement(seq.items[from], col0, ind, ld1, w);
    return es + this.ppTail(seq, from + 1, col0, col0 + we, ind, ld, sep, w + we);
  }

  private ppTail(seq: Seq, i: number, col0: number, col: number, ind: string, ld: number, sep: string, w: number): string {
    if (i >= seq.items.length) {
      const e = seq.end;
      if (e === null) return "";
      if (e === "dots") return sep + "...";
      if (atomic(e) && e.len + 1 < this.ll - col - (ld + 1) && e.len + 1 + w + ld + 1 <= this.m) return sep + write(e);
      return sep + "\n" + ind + this.pp(e, col0, ind, ld + 1, 0);
    }
    const e = seq.items[i];
    const ld1 = i + 1 < seq.items.length ? 0 : ld + 1;
    if (atomic(e) && this.follows(e.len, col, ld1, w)) {
      return "," + write(e) + this.ppTail(seq, i + 1, col0, col + 1 + e.len, ind, ld, sep, w + 1 + e.len);
    }
    const [es, we] = this.ppElement(e, col0, ind, ld1, 0);
    return ",\n" + ind + es + this.ppTail(seq, i + 1, col0, col0 + we, ind, ld, sep, we);
  }

  private ppElement(e: Node, col: number, ind: string, ld: number, w: number): [string, number] {
    if (atomic(e) && this.fits(e.len, col, ld, w)) return [write(e), e.len];
    return [this.pp(e, col, ind, ld, w), this.ll];
  }

  private ppMap(n: Node & { kind: "map" }, col: number, ind: string, ld: number, w: number): string {
    if (n.pairs.length === 0) return n.dots ? "..." : "";
    const ld1 = n.pairs.length > 1 ? 0 : ld + 1;
    const [ps, pw] = this.ppPair(n.pairs[0], col, ind, ld1, w);
    let out = ps;
    let c = col + pw;
    let ww = pw;
    for (let i = 1; i < n.pairs.length; i++) {
      const p = n.pairs[i];
      const ldi = i + 1 < n.pairs.length ? 0 : ld + 1;
      if (atomicPair(p) && this.follows(p.len, c, ldi, ww)) {
        out += "," + write(p);
        c += 1 + p.len;
        ww += 1 + p.len;
      } else {
        const [s, sw] = this.ppPair(p, col, ind, ldi, 0);
        out += ",\n" + ind + s;
        c = col + sw;
        ww = sw;
      }
    }
    return n.dots ? out + ",..." : out;
  }

  private ppPair(p: Node, col: number, ind: string, ld: number, w: number): [string, number] {
    if (this.fits(p.len, col, ld, w)) return [write(p), atomicPair(p) ? p.len : this.ll];
    const pair = p as Node & { kind: "pair" };
    const i = this.tind > 0 ? this.tind : 4;
    const vind = ind + spaces(i);
    return [this.pp(pair.k, col, ind, ld, w) + " =>\n" + vind + this.pp(pair.v, col + i, vind, ld, 0), this.ll];
  }

  private ppBinary(parts: string[], col: number, ind: string, ld: number, w: number): string {
    const n0 = Math.max(8, Math.min(this.ll - col, this.m - 4 - w) - ld);
    let n = n0;
    let out = "";
    parts.forEach((part, idx) => {
      if (idx < parts.length - 1) {
        const len = part.length + 1;
        if (n - len < 0) { out += "\n" + ind + part + ","; n = n0 - len; } else { out += part + ","; n -= len; }
      } else {
        const colon = part.indexOf(":");
        const tooLong = colon >= 0 ? part.length > n : part.length > n;
        out += tooLong ? "\n" + ind + part : part;
      }
    });
    return "<<" + out + ">>";
  }

  // ---- cind: would this indentation keep the layout within half the line? (throws NoGood) ----

  cind(n: Node, col: number, ld: number, w: number): void {
    if (this.fits(n.len, col, ld, w)) return;
    switch (n.kind) {
      case "list": return this.cindSeq(n.seq, 0, col + 1, ld, w + 1);
      case "tuple": return n.tagged ? this.cindTagTuple(n.seq, col, ld, w + 1) : this.cindSeq(n.seq, 0, col + 1, ld, w + 1);
      case "map": return this.cindMap(n, col + 2, ld, w + 2);
      default: return;
    }
  }

  private cindTagTuple(seq: Seq, col: number, ld: number, w: number): void {
    const tag = seq.items[0];
    const tagInd = tag.len + 2;
    const tcol = col + tagInd;
    const half = Math.floor(this.ll / 2);
    if (this.tind > 0 && tagInd > this.tind) {
      const col1 = col + this.tind;
      if (this.m + col1 <= this.ll || col1 <= half) return this.cindTail(seq, 1, col1, tcol, ld, w + tag.len);
      throw new NoGood();
    }
    if (this.m + tcol < this.ll || tcol < half) return this.cindSeq(seq, 1, tcol, ld, w + tag.len + 1);
    throw new NoGood();
  }

  private cindSeq(seq: Seq, from: number, col0: number, ld: number, w: number): void {
    if (from >= seq.items.length) return;
    const ld1 = from + 1 < seq.items.length ? 0 : ld + 1;
    const we = this.cindElement(seq.items[from], col0, ld1, w);
    this.cindTail(seq, from + 1, col0, col0 + we, ld, w + we);
  }

  private cindTail(seq: Seq, i: number, col0: number, col: number, ld: number, w: number): void {
    if (i >= seq.items.length) {
      const e = seq.end;
      if (e === null || e === "dots") return;
      if (atomic(e) && e.len + 1 < this.ll - col - (ld + 1) && e.len + 1 + w + ld + 1 <= this.m) return;
      return this.cind(e, col, ld + 1, 0);
    }
    const e = seq.items[i];
    const ld1 = i + 1 < seq.items.length ? 0 : ld + 1;
    if (atomic(e) && this.follows(e.len, col, ld1, w)) return this.cindTail(seq, i + 1, col0, col + 1 + e.len, ld, w + 1 + e.len);
    const we = this.cindElement(e, col0, ld1, 0);
    this.cindTail(seq, i + 1, col0, col0 + we, ld, we);
  }

  private cindElement(e: Node, col: number, ld: number, w: number): number {
    if (atomic(e) && this.fits(e.len, col, ld, w)) return e.len;
    this.cind(e, col, ld, w);
    return this.ll;
  }

  private cindMap(n: Node & { kind: "map" }, col: number, ld: number, w: number): void {
    if (n.pairs.length === 0) return;
    let pw = this.cindPair(n.pairs[0], col, n.pairs.length > 1 ? 0 : ld + 1, w);
    let c = col + pw;
    let ww = w + pw;
    for (let i = 1; i < n.pairs.length; i++) {
      const p = n.pairs[i];
      const ldi = i + 1 < n.pairs.length ? 0 : ld + 1;
      if (atomicPair(p) && this.follows(p.len, c, ldi, ww)) { c += 1 + p.len; ww += 1 + p.len; continue; }
      pw = this.cindPair(p, col, ldi, 0);
      c = col + pw;
      ww = pw;
    }
  }

  private cindPair(p: Node, col: number, ld: number, w: number): number {
    if (this.fits(p.len, col, ld, w)) return atomicPair(p) ? p.len : this.ll;
    const pair = p as Node & { kind: "pair" };
    this.cind(pair.k, col, ld, w);
    this.cind(pair.v, col + (this.tind > 0 ? this.tind : 4), ld, 0);
    return this.ll;
  }
}

/** io_lib_pretty:print(Term, Column, LineLength, Depth) with the encoding and string detection of ~p/~tp/~lp */
export function prettyTerm(t: Term, col: number, ll: number, depth: number, enc: Encoding, strings = true): string {
  if (depth === 0) return "...";
  if (col <= 0) col = 1;
  if (!(t instanceof Cons || t === NIL || t instanceof Tuple || isMap(t) || t instanceof Bin)) return writeTerm(t, depth);
  const n = measure(t, depth, enc, strings);
  // (a line length of 0, ~0p: the term on one line, whatever its length)
  if (ll === 0 || n.len < ll - col) return write(n);
  let tind = 1;
  for (const candidate of [-1, 4]) {
    try {
      new Layout(ll, n.len, candidate).cind(n, col, 0, 0);
      tind = candidate;
      break;
    } catch (e) {
      if (!(e instanceof NoGood)) throw e;
    }
  }
  return new Layout(ll, n.len, tind).pp(n, col, spaces(col - 1), 0, 0);
}
