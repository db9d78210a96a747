// Taking the first code point or grapheme cluster off chardata the way OTP 25's :string hands it
// back (string:next_codepoint/1, next_grapheme/1, and every :string function that walks a list
// from the left): the answer is [First | Rest], and Rest keeps as much of the input's structure as
// OTP leaves. What follows was worked out by experiment against OTP 25 (the goldens of
// test/vm/string_nested.test.ts), and is written here as rules, not as OTP's functions:
//
// Code points (next_codepoint):
// - a list that starts with a code point is returned as it is, a binary as [C | BinRest];
// - a list of one element is that element; otherwise the walk goes into the first element, and
//   the list's other elements wait behind it. Taken from inside a nested list, the code point is
//   followed by up to three more code points pulled out to the front (from nested lists, never
//   from binaries), then by what is left of the innermost list (kept whole, unless empty), then by
//   what waits. A code point taken from a binary inside a list is followed by that binary's rest
//   (even when empty) and then what waits.
//
// Grapheme clusters (next_grapheme): the first code point is taken as above; a binary or a list
// whose first two code points are both below 256 (and not CR) gives it back with the input's own
// rest. Otherwise the cluster's end (Unicode's rules, CR LF included) is found by taking further
// code points off the rest (Unicode 14's clusters: vm/bifs/conjuncts.ts), and the rest after the
// cluster is what the last of those steps left: the untouched rest for a cluster of one code point
// (<<>> and [] included).
import { Bin, Cons, NIL, Term, atom, list, tuple } from "../terms.ts";
import { unicode14Clusters } from "./conjuncts.ts";

/** what a step gives: nothing left, the first item and the rest, or a binary that is no UTF-8 */
export type Step = { head: Term; rest: Term } | null | { invalid: Term };

const isCp = (t: Term): t is number => typeof t === "number";

function listCps(t: Term): number[] {
  const out: number[] = [];
  for (let l = t; l instanceof Cons; l = l.tail) out.push(l.head as number);
  return out;
}

/** the first code point of a binary and its length in bytes; null when empty, undefined when the
 *  bytes start no UTF-8 character */
export function utf8First(b: Bin): { cp: number; len: number } | null | undefined {
  if (b.size === 0) return null;
  const bytes = b.size <= 4 ? b.bytes : b.slice(0, 4).bytes;
  const c0 = bytes[0];
  if (c0 < 0x80) return { cp: c0, len: 1 };
  const len = c0 >= 0xf0 && c0 < 0xf8 ? 4 : c0 >= 0xe0 ? 3 : c0 >= 0xc2 && c0 < 0xe0 ? 2 : 0;
  if (len === 0 || bytes.length < len) return undefined;
  let cp = c0 & (0xff >> (len + 1));
  for (let i = 1; i < len; i++) {
    if ((bytes[i] & 0xc0) !== 0x80) return undefined;
    cp = (cp << 6) | (bytes[i] & 0x3f);
  }
  const min = len === 2 ? 0x80 : len === 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return { cp, len };
}

export const after = (b: Bin, n: number): Bin => b.slice(n, b.size);

/** behind: what waits after the list being walked (undefined: nothing). `more` puts a list's
 *  unwalked tail in front of what waits: the tail itself when nothing waits, else [tail | behind] */
const more = (tail: Term, behind: Term | undefined): Term => (behind === undefined ? tail : new Cons(tail, behind));

/** the rest after a code point taken from inside a nested list: up to `pull` further code points
 *  brought to the front, then the innermost list's remains, then what waits */
function pulled(t: Term, behind: Term | undefined, pull: number): Term {
  for (;;) {
    if (t instanceof Cons) {
      const h = t.head;
      if (isCp(h)) {
        if (pull > 1) return new Cons(h, pulled(t.tail, behind, pull - 1));
        // the last one pulled: the list's remains (unless empty) and what waits, as they are
        if (behind === undefined) return t;
        return new Cons(h, t.tail === NIL ? behind : new Cons(t.tail, behind));
      }
      if (t.tail === NIL) { t = h; continue; }
      behind = more(t.tail, behind);
      t = h;
      continue;
    }
    if (t === NIL) {
      if (behind === undefined) return NIL;
      t = behind;
      behind = undefined;
      continue;
    }
    // a binary (or anything else) stops the pulling
    return behind === undefined ? t : new Cons(t, behind);
  }
}

/** the first code point of chardata and the rest, shaped as OTP's string:next_codepoint/1 */
export function firstCodepoint(t: Term): Step {
  // at the top level: a list of one element is that element; a longer one is entered
  for (;;) {
    if (t instanceof Cons) {
      if (isCp(t.head)) return { head: t.head, rest: t.tail };
      if (t.tail === NIL) { t = t.head; continue; }
      return inside(t.head, t.tail);
    }
    if (t === NIL) return null;
    if (t instanceof Bin) {
      const f = utf8First(t);
      if (f === null) return null;
      if (f === undefined) return { invalid: t };
      return { head: f.cp, rest: after(t, f.len) };
    }
    return { invalid: t };
  }
}

/** the first code point of x, a list's first element, with `behind` (the list's other elements) waiting */
function inside(x: Term, behind: Term): Step {
  for (;;) {
    if (x instanceof Cons) {
      if (isCp(x.head)) return { head: x.head, rest: pulled(x.tail, behind, 3) };
      if (x.tail !== NIL) behind = new Cons(x.tail, behind);
      x = x.head;
      continue;
    }
    if (x instanceof Bin) {
      const f = utf8First(x);
      if (f === null) return firstCodepoint(behind);
      if (f === undefined) return { invalid: new Cons(x, behind) };
      return { head: f.cp, rest: new Cons(after(x, f.len), behind) };
    }
    if (x === NIL) return firstCodepoint(behind);
    return { invalid: x };
  }
}

/** the same walk as firstCodepoint, but undefined as soon as a binary comes before any code point */
function firstCodepointOfLists(t: Term): Step | undefined {
  for (;;) {
    if (t instanceof Cons) {
      if (isCp(t.head)) return { head: t.head, rest: t.tail };
      if (t.tail === NIL) { t = t.head; continue; }
      let x = t.head;
      let behind: Term = t.tail;
      for (;;) {
        if (x instanceof Cons) {
          if (isCp(x.head)) return { head: x.head, rest: pulled(x.tail, behind, 3) };
          if (x.tail !== NIL) behind = new Cons(x.tail, behind);
          x = x.head;
          continue;
        }
        if (x === NIL) break;
        return undefined;
      }
      t = behind;
      continue;
    }
    if (t === NIL) return null;
    return undefined;
  }
}

// ---- grapheme clusters -------------------------------------------------------------------------

/** code points that are a cluster of their own whatever follows (Grapheme_Cluster_Break=Control,
 *  CR aside): the walk looks no further after them */
function isControl(c: number): boolean {
  if (c < 32) return c !== 13;
  if (c >= 127 && c <= 159) return true;
  if (c < 256) return c === 173;
  return c === 1564 || c === 6158 || c === 8203 || c === 8206 || c === 8207 || (c >= 8232 && c <= 8238) ||
    (c >= 8288 && c <= 8303) || c === 65279 || (c >= 65520 && c <= 65531) || (c >= 78896 && c <= 78904) ||
    (c >= 113824 && c <= 113827) || (c >= 119155 && c <= 119162) || (c >= 917504 && c <= 917535) ||
    (c >= 917632 && c <= 917759) || (c >= 918000 && c <= 921599);
}

let segmenter: Intl.Segmenter | null = null;

/** how many code points of cps (a cluster start and what follows it) the first cluster takes */
function clusterLength(cps: number[]): number {
  const s = String.fromCodePoint(...cps);
  const first = (segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" })).segment(s)[Symbol.iterator]().next().value;
  return first ? [...unicode14Clusters(first.segment)[0]].length : 0;
}

/** Prepend code points (Unicode 14): they join the whole cluster after them */
const isPrepend = (c: number): boolean =>
  (c >= 0x600 && c <= 0x605) || c === 0x6dd || c === 0x70f || c === 0x890 || c === 0x891 || c === 0x8e2 || c === 0xd4e ||
  c === 0x110bd || c === 0x110cd || c === 0x111c2 || c === 0x111c3 || c === 0x1193f || c === 0x11941 || c === 0x11a3a ||
  (c >= 0x11a84 && c <= 0x11a89) || c === 0x11d46;

/** the cluster starting with code point c0 whose rest is r, and what follows it */
function clusterFrom(c0: number, r: Term): Step {
  if (isPrepend(c0)) {
    // alone at the end (the rest dropped), before a control as it is, else with the next cluster
    const n = firstCodepoint(r);
    if (n === null) return { head: c0, rest: NIL };
    if (!("head" in n) || !isCp(n.head) || isControl(n.head) || n.head === 13) return { head: c0, rest: r };
    const g = firstGrapheme(new Cons(n.head, n.rest));
    if (g === null || !("head" in g)) return { head: c0, rest: r };
    const more = isCp(g.head) ? [g.head] : listCps(g.head);
    return { head: list([c0, ...more]), rest: g.rest };
  }
  if (c0 === 13) {
    const n = firstCodepoint(r);
    if (n && "head" in n && n.head === 10) return { head: list([13, 10]), rest: n.rest };
    return { head: 13, rest: r };
  }
  if (isControl(c0)) return { head: c0, rest: r };
  if (c0 < 256 && r instanceof Cons && isCp(r.head) && r.head < 256) return { head: c0, rest: r };
  // take code points off the rest until the cluster is known to end before the last one taken
  const cps = [c0];
  const rests: Term[] = [r];
  let done = false;
  // bytes that are no UTF-8 where the next code point would be: the cluster ends before them, and
  // the rest is what the failed step gave back (inside a list when the cluster is longer)
  let invalid: Term | undefined;
  let want = 4;
  for (;;) {
    while (!done && cps.length < want) {
      const n = firstCodepoint(rests[rests.length - 1]);
      if (n !== null && !("head" in n)) invalid = n.invalid;
      if (n === null || !("head" in n) || !isCp(n.head)) { done = true; break; }
      cps.push(n.head);
      rests.push(n.rest);
    }
    const m = clusterLength(cps);
    if (invalid !== undefined && m === cps.length) return { head: m === 1 ? c0 : list(cps), rest: m === 1 ? invalid : list([invalid]) };
    if (m < cps.length || done) {
      // the rest after the cluster's last code point, even where nothing more follows
      return { head: m === 1 ? c0 : list(cps.slice(0, m)), rest: rests[m - 1] };
    }
    want *= 2;
  }
}

/** the first grapheme cluster of chardata and the rest, shaped as OTP's string:next_grapheme/1
 *  (a cluster of one code point is that code point, a longer one the list of its code points) */
export function firstGrapheme(t: Term): Step {
  for (;;) {
    if (t === NIL) return null;
    if (t instanceof Bin) {
      const f = utf8First(t);
      if (f === null) return null;
      if (f === undefined) return { invalid: t };
      const rest = after(t, f.len);
      if (f.cp < 256 && f.cp !== 13) {
        const g = utf8First(rest);
        if (g && g.cp < 256) return { head: f.cp, rest };
      }
      return clusterFrom(f.cp, rest);
    }
    if (t instanceof Cons && isCp(t.head)) {
      const c1 = t.head;
      const t1 = t.tail;
      if (t1 === NIL) return { head: c1, rest: NIL };
      if (c1 === 13) {
        const n = firstCodepoint(t1);
        if (n && "head" in n && n.head === 10) return { head: list([13, 10]), rest: n.rest };
        // (what follows CR normalized as the code point step leaves it; OTP 25 puts its
        // {error, Rest} there when that step fails)
        return { head: 13, rest: n === null ? NIL : "head" in n ? new Cons(n.head, n.rest) : tuple(atom("error"), n.invalid) };
      }
      if (c1 < 256) {
        if (t1 instanceof Cons && isCp(t1.head) && t1.head < 256) return { head: c1, rest: t1 };
        // what follows, looked at through lists only: a binary first leaves the rest as it is
        const n = firstCodepointOfLists(t1);
        if (n === undefined) return clusterFrom(c1, t1);
        if (n === null) return clusterFrom(c1, NIL);
        if ("head" in n && isCp(n.head)) {
          const normal = new Cons(n.head, n.rest);
          return n.head < 256 ? { head: c1, rest: normal } : clusterFrom(c1, normal);
        }
        return clusterFrom(c1, t1);
      }
      return clusterFrom(c1, t1);
    }
    // a list led by a list or a binary: its first code point is taken first, then the cluster
    const n = firstCodepoint(t);
    if (n === null || !("head" in n)) return n;
    t = new Cons(n.head, n.rest);
  }
}
