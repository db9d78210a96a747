// erlang:phash/2 with the BEAM's values (erts make_hash, the older portable hash). OTP 25's
// :dict and :sets (version 1) place their elements with it, so their layout, printing and
// to_list order follow from these numbers. Walked with an explicit stack, as make_hash2.
import { funTableIndex } from "./fun_identity.ts";
import { Atom, Bin, Cons, ExtFun, Float, Fun, NIL, Pid, Port, Ref, Term, Tuple, isMap } from "./terms.ts";
import { atomHash, makeHash2 } from "./phash2.ts";

// primes just above 2^28
const N1 = 268440163, N2 = 268439161, N3 = 268435459, N4 = 268436141, N5 = 268438633, N6 = 268437017;
const N8 = 268437511, N9 = 268439627, N10 = 268440479, N11 = 268440577, N12 = 268440581;
const N13 = 268440593, N14 = 268440611;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** h * k + x, mod 2^32 */
function step(h: number, k: number, x: number): number {
  return (Math.imul(h, k) + x) >>> 0;
}

/** the four bytes of a 32-bit word, least significant first */
function wordBytes(h: number, w: number, k: number): number {
  for (let i = 0; i < 4; i++) h = step(h, k, (w >>> (8 * i)) & 0xff);
  return h;
}

function hashInteger(n: number | bigint, h: number): number {
  let m = typeof n === "bigint" ? n : BigInt(n);
  const negative = m < 0n;
  if (negative) m = -m;
  // whole 32-bit words of the magnitude, bytewise from the least significant (at least one word)
  do {
    h = wordBytes(h, Number(m & 0xffffffffn), N2);
    m >>= 32n;
  } while (m > 0n);
  return Math.imul(h, negative ? N4 : N3) >>> 0;
}

function hashBytes(b: Bin, h: number): number {
  const whole = b.tailBits === 0 ? b.size : b.size - 1;
  for (let i = 0; i < whole; i++) h = step(h, N1, b.byteAt(i));
  if (b.tailBits > 0) h = step(step(h, N1, b.byteAt(whole) >>> (8 - b.tailBits)), N12, b.tailBits);
  return step(h, N4, whole);
}

// work-stack markers
class TupleEnd { constructor(readonly arity: number) {} }
class ListEnd {}
const LIST_END = new ListEnd();
class ByteItem { constructor(readonly byte: number) {} }

export function makeHash(root: Term): number {
  let h = 0;
  const stack: (Term | TupleEnd | ListEnd)[] = [root];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (t instanceof TupleEnd) h = step(h, N9, t.arity);
    else if (t instanceof ListEnd) h = Math.imul(h, N8) >>> 0;
    else if (typeof t === "number" || typeof t === "bigint") h = hashInteger(t, h);
    else if (t instanceof Atom) h = step(h, N1, atomHash(t));
    else if (t === NIL) h = step(h, N3, 1);
    else if (t instanceof Cons) {
      // elements, then the tail, then the list's own factor
      stack.push(LIST_END);
      const items: Term[] = [];
      let x: Term = t;
      while (x instanceof Cons) {
        items.push(x.head);
        x = x.tail;
      }
      stack.push(x);
      for (let i = items.length - 1; i >= 0; i--) {
        const it = items[i];
        // bytes of a charlist are hashed inline (cheaper than an integer)
        stack.push(typeof it === "number" && it >= 0 && it <= 255 && Number.isInteger(it) ? new ByteItem(it) : it);
      }
    } else if (t instanceof ByteItem) h = step(h, N2, t.byte);
    else if (t instanceof Tuple) {
      stack.push(new TupleEnd(t.items.length));
      for (let i = t.items.length - 1; i >= 0; i--) stack.push(t.items[i]);
    } else if (t instanceof Float) {
      f64[0] = t.value === 0 ? 0 : t.value;
      h = step(h, N6, (u32[0] ^ u32[1]) >>> 0);
    } else if (t instanceof Bin) h = hashBytes(t, h);
    else if (isMap(t)) h = (Math.imul(h, N13) + N14 + makeHash2(t)) >>> 0;
    else if (t instanceof Pid) h = Math.imul(wordBytes(h, t.id, N5), N6) >>> 0;
    else if (t instanceof Ref) h = Math.imul(wordBytes(h, t.id, N9), N10) >>> 0;
    else if (t instanceof Port) h = Math.imul(wordBytes(h, t.id, N9), N10) >>> 0;
    else if (t instanceof ExtFun) {
      h = step(h, N11, t.exportArity);
      h = step(h, N1, atomHash(t.module));
      h = step(h, N1, atomHash(t.name));
    } else if (t instanceof Fun) {
      h = step(h, N10, t.env.length);
      h = step(h, N1, atomHash(t.module));
      h = step(h, N2, funTableIndex(t));
      h = step(h, N2, t.uniq >>> 0);
      for (let i = t.env.length - 1; i >= 0; i--) stack.push(t.env[i]);
    }
  }
  return h >>> 0;
}

/** erlang:phash/2: 1..range (range up to 2^32) */
export function phash(t: Term, range: number): number {
  return (makeHash(t) % range) + 1;
}
