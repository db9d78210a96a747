// The deep character lists OTP 25's io_lib returns: io_lib:write/1 builds a nested list per
// container ([$[, [E1, $,, E2], $]]), and io_lib:format/2 keeps each ~s/~w/~p result as one
// element (its padding a balanced tree of pad characters, as io_lib_format:chars/2 builds it)
// while it flattens the other controls' text in place. Their flattening is the text
// vm/io_write.ts and vm/io_format.ts produce; the shape shows in inspect, length and matching.
import { Atom, Bin, Cons, NIL, Term, Tuple, isMap, list, charlist } from "./terms.ts";
import { iterationEntries } from "./map.ts";
import { writeLeaf, writeTerm } from "./io_write.ts";

/** a flat charlist ("" is []) */
const chars = charlist;

/** io_lib_format:chars(C, N): N copies of C as a balanced tree */
export function padTree(c: number, n: number): Term {
  if (n <= 0) return NIL;
  if (n <= 3) return list(new Array(n).fill(c));
  const half = padTree(c, n >> 1);
  return (n & 1) === 0 ? new Cons(half, half) : new Cons(c, new Cons(half, half));
}

/** io_lib_format:adjust(Data, Pad, Adj): [Data|Pad] left, [Pad|Data] right */
export function adjustDeep(data: Term, pad: Term, left: boolean): Term {
  if (pad === NIL) return data;
  return left ? new Cons(data, pad) : new Cons(pad, data);
}

/** a subterm's one-line ~p text at a depth (the pretty printer's own) */
type Pretty = (t: Term, d: number) => string;

/** io_lib:write(T, D) in OTP's shape (D -1: no limit), or with pp the shape io_lib_pretty gives a
 *  term that fits on its line: the same, except that a printable list is its quoted text, a
 *  printable binary <<"...">> keeps its quoted text as one element, an improper tail, <<>>,
 *  <<...>> and #{...} are flat, and a list cut at depth 1 is [$[, "...", $]]. Null where this
 *  does not model it */
export function writeDeep(t: Term, d = -1, pp?: Pretty): Term | null {
  if (d === 0) return chars("...");
  const leaf = writeLeaf(t);
  if (leaf !== undefined) return chars(leaf);
  if (t === NIL) return chars("[]");
  if (t instanceof Cons) {
    if (d === 1) return pp ? list([91, chars("..."), 93]) : chars("[...]");
    if (pp) {
      const text = pp(t, d);
      if (text.startsWith("\"")) return chars(text);
    }
    // [$[, [write(H, D-1) | write_tail(T, D-1)], $]]: a cut tail is "|..." spliced in
    const inner: Term[] = [];
    const h = writeDeep(t.head, d - 1, pp);
    if (h === null) return null;
    inner.push(h);
    let l: Term = t.tail;
    let dd = d - 1;
    for (;;) {
      if (l === NIL) break;
      if (dd === 1) { inner.push(124, 46, 46, 46); break; }
      if (pp && !(l instanceof Cons)) {
        // [$| | its text]: the tail's characters follow flat
        inner.push(124);
        for (const ch of pp(l, dd - 1)) inner.push(ch.codePointAt(0)!);
        break;
      }
      const e = writeDeep(l instanceof Cons ? l.head : l, dd - 1, pp);
      if (e === null) return null;
      inner.push(l instanceof Cons ? 44 : 124, e);
      if (!(l instanceof Cons)) break;
      l = l.tail;
      dd--;
    }
    return list([91, list(inner), 93]);
  }
  if (t instanceof Tuple) {
    if (t.items.length === 0) return chars("{}");
    if (d === 1) return chars("{...}");
    const inner: Term[] = [];
    // the first element at D-1, each next one a level less, ",..." once that reaches 1
    let dd = d - 1;
    for (let i = 0; i < t.items.length; i++) {
      if (i > 0 && dd === 1) { inner.push(44, 46, 46, 46); break; }
      const e = writeDeep(t.items[i], i === 0 ? dd : dd - 1, pp);
      if (e === null) return null;
      if (i > 0) inner.push(44);
      inner.push(e);
      if (i > 0) dd--;
    }
    return list([123, list(inner), 125]);
  }
  if (isMap(t)) return d === 1 ? chars(pp ? "#{...}" : "#{}") : mapShape(t, (x) => writeDeep(x, d < 0 ? d : d - 1, pp), "#{}", d, !pp);
  if (t instanceof Bin && pp) {
    if (t.size === 0) return chars("<<>>");
    if (d === 1) return chars("<<...>>");
    const text = pp(t, d);
    if (text.startsWith("<<\"")) {
      // <<"text">> or, cut, <<"text"...>>; with ~tp a unicode text's "/utf8>>" is one element
      // (cut, "/utf8...>>" is flat)
      const cut = text.endsWith("...>>");
      const utf8 = text.endsWith(cut ? "/utf8...>>" : "/utf8>>");
      const quoted = text.slice(2, -(cut ? 5 : 2) - (utf8 ? 5 : 0));
      if (utf8) return list(cut ? [60, 60, chars(quoted), ...[..."/utf8...>>"].map((c) => c.charCodeAt(0))] : [60, 60, chars(quoted), chars("/utf8>>")]);
      return list(cut ? [60, 60, chars(quoted), 46, 46, 46, 62, 62] : [60, 60, chars(quoted), 62, 62]);
    }
  }
  if (t instanceof Bin) {
    // [$<,$<, the byte texts joined by $, (a bit tail "X:N", a cut "..."), $>,$>]
    const body: Term[] = [];
    const whole = t.tailBits === 0 ? t.size : t.size - 1;
    let dd = d;
    for (let i = 0; i < whole; i++) {
      if (dd === 1) { body.push(chars("...")); return list([60, 60, list(body), 62, 62]); }
      body.push(chars(String(t.byteAt(i))));
      if (i < whole - 1 || t.tailBits !== 0) body.push(44);
      dd--;
    }
    if (t.tailBits !== 0) {
      if (dd === 1) body.push(chars("..."));
      else body.push(chars(String(t.byteAt(whole) >> (8 - t.tailBits))), 58, chars(String(t.tailBits)));
    }
    return list([60, 60, list(body), 62, 62]);
  }
  return null;
}

/** io_lib:write(T, D) */
export function writeShaped(t: Term, depth: number): Term {
  return writeDeep(t, depth) ?? chars(writeTerm(t, depth));
}

/** ~p (~P at depth d) of a term: null when it is printed over several lines (not modelled) */
export function prettyDeep(t: Term, text: string, d: number, pp: Pretty): Term | null {
  if (text.includes("\n")) return null;
  return writeDeep(t, d, pp);
}

/** #{K => V, ...}: [$#, ${, [[K, " => ", V], $,, ...], $}] (at depth d, ",..." after d-1 of
 *  them); the empty map is flat */
function mapShape(m: Term, sub: (t: Term) => Term | null, empty: string, d = -1, written = false): Term | null {
  const entries = iterationEntries(m as never);
  if (entries.length === 0) return chars(empty);
  const body: Term[] = [];
  let dd = d;
  for (const [k, v] of entries) {
    if (dd === 1) break;
    const ks = sub(k), vs = sub(v);
    if (ks === null || vs === null) return null;
    body.push(list([ks, chars(" => "), vs]));
    body.push(44);
    dd--;
  }
  // (io_lib:write in OTP 25 checks the depth before it looks for a next association: a map whose
  // last association used up the depth ends in ",..." too; io_lib_pretty's does not)
  if (dd === 1 && (written || body.length < 2 * entries.length)) body.push(46, 46, 46);
  else if (body[body.length - 1] === 44) body.pop();
  return list([35, 123, list(body), 125]);
}
