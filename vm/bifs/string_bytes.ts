// String.split and String.replace of a binary under BIG_STRING by binary patterns, on its bytes:
// what Elixir 1.14 does there is :binary.split/3 and :binary.replace/4 (leftmost match, the longest
// of the patterns starting there), so the parts are sub-binaries of the subject (as the BEAM's are)
// and a replacement's result is its bytes copied once. The one-shot versions in elixir_string.ts
// decode the subject to a JS string and encode every part back: a real program's first 20,000
// splits of short lines spent most of their time warming up that chain of functions (patterns,
// keyword reads, the decoder and encoder), not splitting. Anything else (a regex, "" or [], an
// invalid pattern, :parts, options other than :trim / :global) is left to those versions (null).
// Large binaries take the chunked versions (string_chunked.ts).
import { Bin, Cons, NIL, Term, TRUE, FALSE, Tuple, atom, binFromBytes } from "../terms.ts";
import { BIG_STRING } from "./string_chunked.ts";
import { SMALL_MAX, smallAlloc, currentSlab } from "../small_bytes.ts";

const A_TRIM = atom("trim");
const A_PARTS = atom("parts");
const A_GLOBAL = atom("global");

/** a small binary subject (whole bytes, under BIG_STRING), else null */
function smallSubject(t: Term): Bin | null {
  return t instanceof Bin && t.tailBits === 0 && t.size < BIG_STRING ? t : null;
}

/** a pattern that is a non-empty binary or a non-empty proper list of them, as an array, else null */
function binaryPatterns(p: Term): Bin[] | null {
  if (p instanceof Bin) return p.tailBits === 0 && p.size > 0 ? [p] : null;
  if (!(p instanceof Cons)) return null;
  const out: Bin[] = [];
  let c: Term = p;
  for (; c instanceof Cons; c = c.tail) {
    const x = c.head;
    if (!(x instanceof Bin) || x.tailBits !== 0 || x.size === 0) return null;
    out.push(x);
  }
  return c === NIL ? out : null;
}

// (the subject's and the patterns' bytes read where they are, in their store from their offset:
// `bytes` makes a view of a binary in the small-binary slab at each read, three per split of a
// short line by two patterns)

/** where the last match starts in the subject's store, and how long it is */
let matchAt = 0, matchLen = 0;

/** is there a match in buf[i .. end) (then at matchAt, matchLen long)? the longest pattern at the
 *  leftmost position where one matches, as :binary.match finds it */
function nextMatch(buf: Uint8Array, i: number, end: number, pats: Bin[]): boolean {
  // one pattern: its first byte looked for with indexOf
  const first = pats.length === 1 ? pats[0].byteAt(0) : -1;
  for (; i < end; i++) {
    if (first >= 0) {
      i = buf.indexOf(first, i);
      if (i < 0 || i >= end) return false;
    }
    let best = 0;
    for (let k = 0; k < pats.length; k++) {
      const p = pats[k], n = p.size;
      if (n <= best || i + n > end) continue;
      const pb = p.store, po = p.storeOffset;
      let j = 0;
      while (j < n && buf[i + j] === pb[po + j]) j++;
      if (j === n) best = n;
    }
    if (best > 0) {
      matchAt = i;
      matchLen = best;
      return true;
    }
  }
  return false;
}

/**
 * The value of the first `key` in a keyword list of options whose keys are all among `known`
 * (as Keyword.get reads it; undefined when absent), or null for anything else (an improper list, a
 * non-pair, another key: the one-shot versions decide those).
 */
function option(opts: Term, key: Term, known: readonly Term[]): Term | undefined | null {
  let value: Term | undefined;
  for (let c = opts; c !== NIL; c = (c as Cons).tail) {
    if (!(c instanceof Cons)) return null;
    const x = c.head;
    if (!(x instanceof Tuple) || x.items.length !== 2 || !known.includes(x.items[0])) return null;
    if (value === undefined && x.items[0] === key) value = x.items[1];
  }
  return value;
}

const SPLIT_OPTIONS = [A_TRIM];
const REPLACE_OPTIONS = [A_GLOBAL];

/** String.split(t, p, opts) of a small binary by binary patterns (:binary.split/3 with :global,
 *  and :trim_all for trim: true), or null */
export function splitSmall(t: Term, p: Term, opts: Term): Term | null {
  const b = smallSubject(t);
  if (b === null) return null;
  const trimT = option(opts, A_TRIM, SPLIT_OPTIONS);
  if (trimT === null || (trimT !== undefined && trimT !== TRUE && trimT !== FALSE)) return null;
  const pats = binaryPatterns(p);
  if (pats === null) return null;
  const trim = trimT === TRUE;
  const buf = b.store, off = b.storeOffset, end = off + b.size;
  // the parts in order: the list's last cell is written as parts come
  const head = new Cons(NIL, NIL);
  let last = head;
  let start = off;
  while (nextMatch(buf, start, end, pats)) {
    if (!trim || matchAt !== start) last = (last as { tail: Term }).tail = new Cons(b.slice(start - off, matchAt - off), NIL);
    start = matchAt + matchLen;
  }
  if (!trim || start !== end) last = (last as { tail: Term }).tail = new Cons(b.slice(start - off, end - off), NIL);
  return head.tail;
}

/** String.replace(t, p, r, opts) of a small binary by binary patterns with a binary replacement
 *  (:binary.replace/4, :global unless global: false), or null */
export function replaceSmall(t: Term, p: Term, r: Term, opts: Term): Term | null {
  const b = smallSubject(t);
  if (b === null || !(r instanceof Bin) || r.tailBits !== 0) return null;
  const globalT = option(opts, A_GLOBAL, REPLACE_OPTIONS);
  // (Elixir's case on the option takes true and false only)
  if (globalT === null || (globalT !== undefined && globalT !== TRUE && globalT !== FALSE)) return null;
  const pats = binaryPatterns(p);
  if (pats === null) return null;
  const global = globalT !== FALSE;
  const buf = b.store, off = b.storeOffset, end = off + b.size;
  // the matches first (where in buf, how long), then the result's bytes written once
  const at: number[] = [];
  let i = off, size = b.size;
  while (nextMatch(buf, i, end, pats)) {
    at.push(matchAt, matchLen);
    size += r.size - matchLen;
    i = matchAt + matchLen;
    if (!global) break;
  }
  if (at.length === 0) return b;
  // (a short result in the small-binary slab, with no view of its own: vm/small_bytes.ts)
  const small = size > 0 && size <= SMALL_MAX;
  const base = small ? smallAlloc(size) : 0;
  const out = small ? currentSlab() : new Uint8Array(size);
  let from = off, to = base;
  for (let k = 0; k < at.length; k += 2) {
    for (let j = from; j < at[k]; j++) out[to++] = buf[j];
    r.copyInto(out, to);
    to += r.size;
    from = at[k] + at[k + 1];
  }
  for (let j = from; j < end; j++) out[to++] = buf[j];
  return small ? new Bin(out, undefined, 0, base, size) : binFromBytes(out);
}
