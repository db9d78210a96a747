// The deep character lists OTP 25's io_lib returns: io_lib:write/1 builds a nested list per
// container ([$[, [E1, $,, E2], $]]), and io_lib:format/2 keeps each ~s/~w/~p result as one
// element (its padding a balanced tree of pad characters, as io_lib_format:chars/2 builds it)
// while it flattens the other controls' text in place. Their flattening is the text
// vm/io_write.ts and vm/io_format.ts produce; the shape shows in inspect, length and matching.
import { Atom, Bin, Cons, NIL, Term, Tuple, isMap, list } from "./terms.ts";
import { iterationEntries } from "./map.ts";
import { writeLeaf, writeTerm } from "./io_write.ts";

/** a flat charlist ("" is []) */
export const chars = (s: string): Term => list([...s].map((c) => c.codePointAt(0)!));

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

/** io_lib:write(T) with no depth limit, in OTP's shape; null where this does not model it */
export function writeDeep(t: Term): Term | null {
  const leaf = writeLeaf(t);
  if (leaf !== undefined) return chars(leaf);
  if (t === NIL) return chars("[]");
  if (t instanceof Cons) {
    // [$[, [write(H) | write_tail(T)], $]]
    const inner: Term[] = [];
    let l: Term = t;
    let first = true;
    while (l instanceof Cons) {
      const e = writeDeep(l.head);
      if (e === null) return null;
      if (!first) inner.push(44);
      inner.push(e);
      first = false;
      l = l.tail;
    }
    if (l !== NIL) {
      const e = writeDeep(l);
      if (e === null) return null;
      inner.push(124, e);
    }
    return list([91, list(inner), 93]);
  }
  if (t instanceof Tuple) {
    if (t.items.length === 0) return chars("{}");
    const inner: Term[] = [];
    for (let i = 0; i < t.items.length; i++) {
      const e = writeDeep(t.items[i]);
      if (e === null) return null;
      if (i > 0) inner.push(44);
      inner.push(e);
    }
    return list([123, list(inner), 125]);
  }
  if (isMap(t)) return mapShape(t, writeDeep, "#{}");
  if (t instanceof Bin) {
    // [$<,$<, the byte texts joined by $, (a bit tail "X:N"), $>,$>]
    const body: Term[] = [];
    const whole = t.tailBits === 0 ? t.size : t.size - 1;
    for (let i = 0; i < whole; i++) {
      if (i > 0) body.push(44);
      body.push(chars(String(t.byteAt(i))));
    }
    if (t.tailBits !== 0) {
      if (whole > 0) body.push(44);
      body.push(chars(String(t.byteAt(whole) >> (8 - t.tailBits))), 58, chars(String(t.tailBits)));
    }
    return list([60, 60, list(body), 62, 62]);
  }
  return null;
}

/** io_lib:write(T, D): the deep shape when unlimited, else the flat text */
export function writeShaped(t: Term, depth: number): Term {
  if (depth < 0) {
    const deep = writeDeep(t);
    if (deep !== null) return deep;
  }
  return chars(writeTerm(t, depth));
}

/** ~p of a term that fits on its line, in io_lib_pretty's shape: io_lib:write's, except that a
 *  printable list is its quoted text, a printable binary <<"...">> keeps its quoted text as one
 *  element, <<>> and an improper tail are flat. pp gives a subterm's one-line text. Null for a
 *  term printed over several lines (not modelled: its text, flat) */
export function prettyDeep(t: Term, text: string, pp: (t: Term) => string): Term | null {
  if (text.includes("\n")) return null;
  return prettyShape(t, pp);
}

function prettyShape(t: Term, pp: (t: Term) => string): Term | null {
  const leaf = writeLeaf(t);
  if (leaf !== undefined) return chars(leaf);
  if (t === NIL) return chars("[]");
  if (t instanceof Cons) {
    const text = pp(t);
    if (text.startsWith("\"")) return chars(text);
    const inner: Term[] = [];
    let l: Term = t;
    let first = true;
    while (l instanceof Cons) {
      const e = prettyShape(l.head, pp);
      if (e === null) return null;
      if (!first) inner.push(44);
      inner.push(e);
      first = false;
      l = l.tail;
    }
    if (l !== NIL) {
      // [$| | its text]: the tail's characters follow flat
      inner.push(124);
      for (const ch of pp(l)) inner.push(ch.codePointAt(0)!);
    }
    return list([91, list(inner), 93]);
  }
  if (t instanceof Tuple) {
    if (t.items.length === 0) return chars("{}");
    const inner: Term[] = [];
    for (let i = 0; i < t.items.length; i++) {
      const e = prettyShape(t.items[i], pp);
      if (e === null) return null;
      if (i > 0) inner.push(44);
      inner.push(e);
    }
    return list([123, list(inner), 125]);
  }
  if (isMap(t)) return mapShape(t, (x) => prettyShape(x, pp), "#{}");
  if (t instanceof Bin) {
    if (t.size === 0) return chars("<<>>");
    const text = pp(t);
    if (text.startsWith("<<\"")) return list([60, 60, chars(text.slice(2, -2)), 62, 62]);
    return writeDeep(t);
  }
  return null;
}

/** #{K => V, ...}: [$#, ${, [[K, " => ", V], $,, ...], $}]; the empty map is flat */
function mapShape(m: Term, sub: (t: Term) => Term | null, empty: string): Term | null {
  const entries = iterationEntries(m as never);
  if (entries.length === 0) return chars(empty);
  const body: Term[] = [];
  for (const [k, v] of entries) {
    const ks = sub(k), vs = sub(v);
    if (ks === null || vs === null) return null;
    if (body.length > 0) body.push(44);
    body.push(list([ks, chars(" => "), vs]));
  }
  return list([35, 123, list(body), 125]);
}
