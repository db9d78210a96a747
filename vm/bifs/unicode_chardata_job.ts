// :unicode.characters_to_binary/1 of well-formed chardata (code points and UTF-8 binaries in
// nested lists) as a job: the UTF-8 bytes are written straight into the result, STEP list cells
// between two yields, each cell a reduction and each 16 bytes of a binary one. It decoded the
// whole term into one JS string and encoded it again, in one uninterrupted call (10 MB of
// characters held the node for seconds). Anything else (a code point that is no character,
// invalid UTF-8, a term that is no chardata) is left to the one-shot conversion, which makes the
// {:error, ...}/{:incomplete, ...} results and the badarg.
import { Bin, Cons, NIL, Term, binFromBytes } from "../terms.ts";
import { validUtf8Prefix } from "../chars.ts";
import { withRoom } from "../grow_bytes.ts";
import { STEP, type JobGen } from "./bif_jobs.ts";

/** the bytes written so far, grown by doubling */
class Utf8Out {
  bytes = new Uint8Array(64);
  n = 0;
  room(k: number): void {
    this.bytes = withRoom(this.bytes, this.n, k);
  }
}

/** cp's UTF-8 bytes onto out; false when cp is no character */
function putCodePoint(out: Utf8Out, cp: number): boolean {
  if (!Number.isInteger(cp) || cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
  out.room(4);
  const b = out.bytes;
  if (cp < 0x80) b[out.n++] = cp;
  else if (cp < 0x800) {
    b[out.n++] = 0xc0 | (cp >> 6);
    b[out.n++] = 0x80 | (cp & 63);
  } else if (cp < 0x10000) {
    b[out.n++] = 0xe0 | (cp >> 12);
    b[out.n++] = 0x80 | ((cp >> 6) & 63);
    b[out.n++] = 0x80 | (cp & 63);
  } else {
    b[out.n++] = 0xf0 | (cp >> 18);
    b[out.n++] = 0x80 | ((cp >> 12) & 63);
    b[out.n++] = 0x80 | ((cp >> 6) & 63);
    b[out.n++] = 0x80 | (cp & 63);
  }
  return true;
}

/** a whole UTF-8 binary onto out; false when it is not one */
function putBinary(out: Utf8Out, b: Bin): boolean {
  if (b.tailBits !== 0) return false;
  const bytes = b.bytes;
  if (validUtf8Prefix(bytes) !== bytes.length) return false;
  out.room(bytes.length);
  out.bytes.set(bytes, out.n);
  out.n += bytes.length;
  return true;
}

/**
 * The UTF-8 binary of chardata `t`, or `oneShot()`'s answer when `t` is not well-formed
 * chardata (found at the first cell that is not: nothing is returned before the walk ends).
 */
export function* chardataToUtf8Job(t: Term, oneShot: () => Term): JobGen {
  const out = new Utf8Out();
  const rests: Term[] = [];
  let c: Term = t;
  let k = 0;
  for (;;) {
    while (c instanceof Cons) {
      const h = c.head;
      if (typeof h === "number") {
        if (!putCodePoint(out, h)) return oneShot();
      } else if (h instanceof Cons) {
        rests.push(c.tail);
        c = h;
        continue;
      } else if (h instanceof Bin) {
        if (!putBinary(out, h)) return oneShot();
        k += h.size >> 4;
      } else if (h !== NIL) return oneShot();
      c = c.tail;
      if (++k >= STEP) {
        yield k;
        k = 0;
      }
    }
    if (c instanceof Bin) {
      if (!putBinary(out, c)) return oneShot();
      k += c.size >> 4;
    } else if (c !== NIL) return oneShot();
    if (rests.length === 0) break;
    c = rests.pop()!;
  }
  if (k > 0) yield k;
  return binFromBytes(out.bytes.subarray(0, out.n));
}
