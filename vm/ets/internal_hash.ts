// erts make_internal_hash (OTP 25, 64-bit), the hash an unordered ETS table places its keys with
// (an atom key uses the atom's own text hash instead). The table's iteration order follows from
// these numbers, so `:ets.tab2list` of a set prints in the BEAM's order.
//
// Immediates hash their raw 64-bit machine word: a small integer i is (i << 4) | 0xF, [] is
// 0x3B. An atom nested inside a key hashes its atom-table index, and pids, refs and funs hash
// runtime numbers; beamlet has none of those numbers, so such keys hash deterministically here but
// land in a different order than on the BEAM (a documented gap). Integers, floats, binaries,
// charlists and tuples/lists/small maps built from them hash exactly as on the BEAM.
import { funTableIndex } from "../fun_identity.ts";
import { Atom, Bin, Cons, ExtFun, Float, Fun, NIL, Pid, Ref, Term, Tuple, isMap } from "../terms.ts";
import { atomHash, blockHash, hash2 } from "../phash2.ts";
import { sharedAtomIndex } from "../dict_order.ts";

const HCONST = 0x9e3779b9;
/** HCONST_n is n * HCONST mod 2^32, as erts defines them */
const H = (n: number) => Math.imul(HCONST, n) >>> 0;
const HCONST_4 = H(4), HCONST_5 = H(5), HCONST_7 = H(7), HCONST_8 = H(8), HCONST_9 = H(9);
const HCONST_10 = H(10), HCONST_11 = H(11), HCONST_12 = H(12), HCONST_13 = H(13), HCONST_15 = H(15);
const HCONST_16 = H(16), HCONST_17 = H(17), HCONST_18 = H(18), HCONST_20 = H(20), HCONST_21 = H(21);
const HCONST_22 = H(22);
/** the salt erts starts from, so the hash differs from phash2's */
const INTERNAL_HASH_SALT = 3432918353;

const SMALL_MIN = -(2n ** 59n), SMALL_MAX = 2n ** 59n - 1n;
const MASK32 = 0xffffffffn;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** the two 32-bit halves of a 64-bit immediate word */
function immediate(word: bigint, h: number): number {
  return hash2(Number(word & MASK32), Number((word >> 32n) & MASK32), HCONST, h);
}

function isSmall(n: number | bigint): boolean {
  if (typeof n === "number") return Number.isSafeInteger(n) || BigInt(n) >= SMALL_MIN;
  return n >= SMALL_MIN && n <= SMALL_MAX;
}

/** below 2^48 in magnitude, n's immediate word (n << 4 | 0xF) is a safe integer: no BigInt */
const WORD_SAFE = 2 ** 48;

function hashInteger(n: number | bigint, h: number): number {
  if (typeof n === "number" && n < WORD_SAFE && n > -WORD_SAFE) {
    const word = n * 16 + 15;
    return hash2(word >>> 0, Math.floor(word / 4294967296) >>> 0, HCONST, h);
  }
  if (typeof n === "number" && Number.isSafeInteger(n)) return immediate((BigInt(n) << 4n) | 0xfn, h);
  let m = BigInt(n);
  if (isSmall(m)) return immediate((m << 4n) | 0xfn, h);
  // a bignum: 64-bit digits of the magnitude, least significant first, each as (low, high)
  const k = m < 0n ? HCONST_10 : HCONST_11;
  if (m < 0n) m = -m;
  do {
    h = hash2(Number(m & MASK32), Number((m >> 32n) & MASK32), k, h);
    m >>= 64n;
  } while (m > 0n);
  return h;
}

// the raw words of the other immediates
const NIL_WORD = 0x3bn;
const atomWord = (a: Atom) => (BigInt(atomIndex(a)) << 6n) | 0xbn;

const atomIndices = new WeakMap<Atom, number>();
/** an atom's immediate word holds its atom-table index: the real one for the atoms every booted
 *  node has at the same place (so a big map or an ETS set of such keys is in the BEAM's order),
 *  a stand-in from its text for the others */
function atomIndex(a: Atom): number {
  let i = atomIndices.get(a);
  if (i === undefined) {
    i = sharedAtomIndex(a.name) ?? atomHash(a);
    atomIndices.set(a, i);
  }
  return i;
}

/** immediate(atomWord(a), h) without BigInts (the word, below 2^38, is a safe integer): an ETS
 *  key is mostly atoms or tuples of them, hashed at every lookup */
function hashAtom(a: Atom, h: number): number {
  const word = atomIndex(a) * 64 + 0xb;
  return hash2(word >>> 0, Math.floor(word / 4294967296), HCONST, h);
}
const pidWord = (p: Pid) => (BigInt(p.id) << 4n) | 0x3n;

/** the work-stack marker erts pushes before an improper list's tail */
const CDR_MARK = Symbol("cdr");

function isByte(t: Term): t is number {
  return typeof t === "number" && Number.isInteger(t) && t >= 0 && t <= 255;
}

/** a tuple of atoms and small integers (the usual ETS key) hashed as makeInternalHash's walk
 *  does, without its work stack; -1 for any other term */
function flatTupleHash(t: Tuple): number {
  const items = t.items;
  let h = hash2(items.length, 0, HCONST_9, INTERNAL_HASH_SALT);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (x instanceof Atom) h = hashAtom(x, h);
    else if (typeof x === "number" && x < WORD_SAFE && x > -WORD_SAFE && Number.isInteger(x)) h = hashInteger(x, h);
    else return -1;
  }
  return h >>> 0;
}

/** make_internal_hash(term, 0) */
export function makeInternalHash(root: Term): number {
  if (typeof root === "number" && Number.isInteger(root)) return hashInteger(root, INTERNAL_HASH_SALT) >>> 0;
  if (root instanceof Tuple) {
    const h = flatTupleHash(root);
    if (h >= 0) return h;
  }
  let h = INTERNAL_HASH_SALT;
  const stack: (Term | typeof CDR_MARK)[] = [root];
  const constHash = (k: number) => {
    h = (h ^ k) >>> 0;
    h = ((h << 17) | (h >>> 15)) >>> 0;
  };
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (t === CDR_MARK) {
      constHash(HCONST_18);
    } else if (typeof t === "number" || typeof t === "bigint") {
      h = hashInteger(t, h);
    } else if (t instanceof Atom) {
      h = hashAtom(t, h);
    } else if (t === NIL) {
      h = immediate(NIL_WORD, h);
    } else if (t instanceof Cons) {
      // a run of bytes is packed four to a word (strings), then the rest element by element
      let x: Term = t;
      let packed = 0, count = 0;
      while (x instanceof Cons && isByte(x.head)) {
        packed = ((packed << 8) + x.head) >>> 0;
        if (count === 3) {
          h = hash2(packed, 0, HCONST_4, h);
          packed = count = 0;
        } else count++;
        x = x.tail;
      }
      if (count > 0) h = hash2(packed, count, HCONST_22, h);
      if (x instanceof Cons) {
        constHash(HCONST_17);
        stack.push(x.tail);
        if (!(x.tail instanceof Cons)) stack.push(CDR_MARK);
        stack.push(x.head);
      } else stack.push(x);
    } else if (t instanceof Tuple) {
      h = hash2(t.items.length, 0, HCONST_9, h);
      for (let i = t.items.length - 1; i >= 0; i--) stack.push(t.items[i]);
    } else if (t instanceof Float) {
      f64[0] = t.value === 0 ? 0 : t.value; // -0.0 hashes as 0.0
      const lo = LITTLE_ENDIAN ? u32[0] : u32[1], hi = LITTLE_ENDIAN ? u32[1] : u32[0];
      h = hash2(lo, hi, HCONST_12, h);
    } else if (t instanceof Bin) {
      const con = (HCONST_13 + h) >>> 0;
      const whole = t.tailBits === 0 ? t.size : t.size - 1;
      if (whole === 0 && t.tailBits === 0) h = con;
      else {
        h = blockHash(t.bytes, whole, con);
        if (t.tailBits > 0) h = hash2(t.tailBits, t.bytes[whole] >>> (8 - t.tailBits), HCONST_15, h);
      }
    } else if (isMap(t)) {
      // keys in term order, each followed by its value (a flatmap's layout)
      h = hash2(t.size, 0, HCONST_16, h);
      const entries = t.entries();
      for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i][1], entries[i][0]);
    } else if (t instanceof Fun) {
      h = hash2(t.env.length, Number(atomWord(t.module) & MASK32), HCONST_20, h);
      h = hash2(funTableIndex(t), t.uniq >>> 0, HCONST_21, h);
      for (let i = t.env.length - 1; i >= 0; i--) stack.push(t.env[i]);
    } else if (t instanceof ExtFun) {
      h = hash2(atomHash(t.module), atomHash(t.name), HCONST_5, h);
      h = hash2(t.arity, 0, HCONST_5, h);
    } else if (t instanceof Pid) {
      h = immediate(pidWord(t), h);
    } else if (t instanceof Ref) {
      h = hash2(t.id >>> 0, 0, HCONST_7, h);
      h = hash2(0, 0, HCONST_8, h);
    }
  }
  return h >>> 0;
}

/** the hash an unordered table files a key under (erl_db_hash.c MAKE_HASH) */
export function etsKeyHash(key: Term): number {
  return key instanceof Atom ? atomHash(key) : makeInternalHash(key);
}
