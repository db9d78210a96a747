// erlang:phash2/1,2 with the BEAM's values (erts make_hash2, stable across OTP releases by
// design: programs store and compare these numbers, and pick partitions or buckets with them).
//
// Everything is 32-bit unsigned arithmetic on Bob Jenkins' mix. Terms are walked with an explicit
// stack (deeply nested terms must not overflow the JS stack). Pids, refs and closures hash from
// beamlet's own numbers, so their values differ from the BEAM's as the numbers themselves do.
import { funHashKey } from "./fun_identity.ts";
import { pidNumber } from "./pid_order.ts";
import { Atom, Bin, Cons, ExtFun, Float, ForeignPort, ForeignRef, Fun, NIL, Pid, Port, Ref, Term, Tuple, isMap } from "./terms.ts";

const HCONST = 0x9e3779b9;
const HCONST_2 = 0x3c6ef372;
const HCONST_3 = 0xdaa66d2b;
const HCONST_4 = 0x78dde6e4;
const HCONST_5 = 0x1715609d;
const HCONST_6 = 0xb54cda56;
const HCONST_7 = 0x5384540f;
const HCONST_9 = 0x8ff34781;
const HCONST_10 = 0x2e2ac13a;
const HCONST_11 = 0xcc623af3;
const HCONST_12 = 0x6a99b4ac;
const HCONST_13 = 0x08d12e65;
const HCONST_14 = 0xa708a81e;
const HCONST_15 = 0x454021d7;
const HCONST_16 = 0xe3779b90;
const HCONST_19 = 0xbe1e08bb;
/** the hash of [] when it is the first thing hashed */
const NIL_FIRST = 3468870702;
/** erts' tag number of [] (NIL_DEF), mixed in when [] is not first */
const NIL_DEF = 2;

/** Jenkins' mix of (a, b, c); returns the new c. Values are int32 throughout, unsigned at the end. */
export function mix(a: number, b: number, c: number): number {
  a = (a - b - c) | 0; a ^= c >>> 13;
  b = (b - c - a) | 0; b ^= a << 8;
  c = (c - a - b) | 0; c ^= b >>> 13;
  a = (a - b - c) | 0; a ^= c >>> 12;
  b = (b - c - a) | 0; b ^= a << 16;
  c = (c - a - b) | 0; c ^= b >>> 5;
  a = (a - b - c) | 0; a ^= c >>> 3;
  b = (b - c - a) | 0; b ^= a << 10;
  c = (c - a - b) | 0; c ^= b >>> 15;
  return c >>> 0;
}

/** erts' UINT32_HASH_2 step: two 32-bit words and a constant mixed into h */
export function hash2(x: number, y: number, k: number, h: number): number {
  return mix((k + x) | 0, (k + y) | 0, h | 0);
}

/** hashpjw over the atom's UTF-8 text, with erts' fold of two-byte Latin-1 characters */
const atomHashes = new Map<Atom, number>();
export function atomHash(a: Atom): number {
  let h = atomHashes.get(a);
  if (h !== undefined) return h;
  const p = new TextEncoder().encode(a.name);
  h = 0;
  for (let i = 0; i < p.length; i++) {
    let v = p[i];
    if (i + 1 < p.length && (v & 0xfe) === 0xc2 && (p[i + 1] & 0xc0) === 0x80) {
      v = ((v << 6) | (p[i + 1] & 0x3f)) & 0xff;
      i++;
    }
    h = ((h << 4) + v) >>> 0;
    const g: number = h & 0xf0000000;
    if (g !== 0) h = ((h ^ (g >>> 24)) ^ g) >>> 0;
  }
  atomHashes.set(a, h);
  return h;
}

/** Jenkins' block hash of whole bytes, seeded with `init` */
export function blockHash(k: Uint8Array, len: number, init: number): number {
  let a = HCONST | 0, b = HCONST | 0, c = init | 0;
  let i = 0;
  const word = (j: number) => k[j] | (k[j + 1] << 8) | (k[j + 2] << 16) | (k[j + 3] << 24);
  for (; len - i >= 12; i += 12) {
    a = (a + word(i)) | 0;
    b = (b + word(i + 4)) | 0;
    c = (c + word(i + 8)) | 0;
    [a, b, c] = mix3(a, b, c);
  }
  c = (c + len) | 0;
  const rest = len - i;
  // the remaining bytes fill a, b, then c from its second byte (its first is the length's)
  for (let j = rest - 1; j >= 0; j--) {
    const v = k[i + j];
    if (j >= 8) c = (c + (v << (8 * (j - 7)))) | 0;
    else if (j >= 4) b = (b + (v << (8 * (j - 4)))) | 0;
    else a = (a + (v << (8 * j))) | 0;
  }
  return mix(a, b, c);
}

/** the full mix when a and b are needed again (the block loop) */
function mix3(a: number, b: number, c: number): [number, number, number] {
  a = (a - b - c) | 0; a ^= c >>> 13;
  b = (b - c - a) | 0; b ^= a << 8;
  c = (c - a - b) | 0; c ^= b >>> 13;
  a = (a - b - c) | 0; a ^= c >>> 12;
  b = (b - c - a) | 0; b ^= a << 16;
  c = (c - a - b) | 0; c ^= b >>> 5;
  a = (a - b - c) | 0; a ^= c >>> 3;
  b = (b - c - a) | 0; b ^= a << 10;
  c = (c - a - b) | 0; c ^= b >>> 15;
  return [a, b, c];
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// markers on the work stack (the stack otherwise holds terms)
class MapTail {
  constructor(readonly savedHash: number, readonly savedXor: number) {}
}
class MapPair {}
const MAP_PAIR = new MapPair();

function hashInteger(n: number | bigint, h: number): number {
  if (typeof n === "number" && n >= -(2 ** 27) && n < 2 ** 27) {
    if (n < 0) h = hash2(-n, 0, HCONST, h);
    return hash2(n >>> 0, 0, HCONST, h);
  }
  // beyond 28 bits: the magnitude in 64-bit digits, each as (low word, high word)
  let m = BigInt(n);
  const k = m < 0n ? HCONST_10 : HCONST_11;
  if (m < 0n) m = -m;
  do {
    const lo = Number(m & 0xffffffffn), hi = Number((m >> 32n) & 0xffffffffn);
    h = hash2(lo, hi, k, h);
    m >>= 64n;
  } while (m > 0n);
  return h;
}

/** make_hash2: the 32-bit hash erlang:phash2 reduces */
export function makeHash2(root: Term): number {
  const s: HashState = { h: 0, xorPairs: 0, stack: [root] };
  hashRun(s, Infinity);
  return s.h >>> 0;
}

/** terms and list cells hashed between two yields of hashSteps (a multiple of 4) */
const HASH_STEP = 1024;

/**
 * make_hash2 as a generator that yields, every HASH_STEP terms or list cells, the units of work
 * done (one per 4), so that a BIF job can hash a huge term in chunks (bif_jobs.ts)
 */
export function* hashSteps(root: Term): Generator<number, number, void> {
  const s: HashState = { h: 0, xorPairs: 0, stack: [root] };
  while (!hashRun(s, HASH_STEP)) yield HASH_STEP >> 2;
  return s.h >>> 0;
}

interface HashState { h: number; xorPairs: number; stack: (Term | MapTail | MapPair)[] }

/** hash from the state's work stack, about `budget` terms and list cells; true when done */
function hashRun(s: HashState, budget: number): boolean {
  let h = s.h;
  let xorPairs = s.xorPairs;
  const stack = s.stack;
  let k = 0;
  while (stack.length > 0) {
    if (++k > budget) break;
    const t = stack.pop()!;
    if (t instanceof MapTail) {
      const pairs = xorPairs;
      h = hash2(pairs, 0, HCONST_19, t.savedHash);
      xorPairs = t.savedXor;
      continue;
    }
    if (t instanceof MapPair) {
      xorPairs = (xorPairs ^ h) >>> 0;
      h = 0;
      continue;
    }
    if (typeof t === "number" || typeof t === "bigint") {
      h = hashInteger(t, h);
    } else if (t instanceof Atom) {
      h = h === 0 ? atomHash(t) : hash2(atomHash(t), 0, HCONST_3, h);
    } else if (t === NIL) {
      h = h === 0 ? NIL_FIRST : hash2(NIL_DEF, 0, HCONST_2, h);
    } else if (t instanceof Cons) {
      // runs of bytes (0..255) are packed four to a word, as for charlists
      let x: Term = t;
      let packed = 0, count = 0;
      while (x instanceof Cons && typeof x.head === "number" && x.head >= 0 && x.head <= 255 && Number.isInteger(x.head)) {
        packed = ((packed << 8) + x.head) >>> 0;
        if (count === 3) {
          h = hash2(packed, 0, HCONST_4, h);
          packed = 0;
          count = 0;
        } else count++;
        x = x.tail;
        // (out of budget after a whole word: the rest of the list is hashed next, from a fresh word)
        if (++k > budget && count === 0 && x instanceof Cons) break;
      }
      if (count > 0) h = hash2(packed, 0, HCONST_4, h);
      if (k > budget && x instanceof Cons && count === 0 && typeof x.head === "number" && x.head >= 0 && x.head <= 255 && Number.isInteger(x.head)) {
        stack.push(x);
        continue;
      }
      if (x instanceof Cons) {
        stack.push(x.tail);
        stack.push(x.head);
      } else stack.push(x);
    } else if (t instanceof Tuple) {
      h = hash2(t.items.length, 0, HCONST_9, h);
      for (let i = t.items.length - 1; i >= 0; i--) stack.push(t.items[i]);
      k += t.items.length >> 3;
    } else if (t instanceof Float) {
      f64[0] = t.value === 0 ? 0 : t.value; // -0.0 hashes as 0.0
      const hi = LITTLE_ENDIAN ? u32[1] : u32[0], lo = LITTLE_ENDIAN ? u32[0] : u32[1];
      h = hash2(hi, lo, HCONST_12, h);
    } else if (t instanceof Bin) {
      const con = (HCONST_13 + h) >>> 0;
      const whole = t.tailBits === 0 ? t.size : t.size - 1;
      if (whole === 0 && t.tailBits === 0) h = con;
      else {
        h = blockHash(t.bytes, whole, con);
        k += whole >> 4;
        if (t.tailBits > 0) h = hash2(t.tailBits, t.bytes[whole] >>> (8 - t.tailBits), HCONST_15, h);
      }
    } else if (isMap(t)) {
      h = hash2(t.size, 0, HCONST_16, h);
      if (t.size > 0) {
        // each pair hashed from 0, the pairs xor-ed: independent of the map's layout
        stack.push(new MapTail(h, xorPairs));
        const entries = t.entries();
        for (let i = entries.length - 1; i >= 0; i--) {
          stack.push(MAP_PAIR, entries[i][1], entries[i][0]);
        }
        h = 0;
        xorPairs = 0;
      }
    } else if (t instanceof ExtFun) {
      h = hash2(t.exportArity, atomHash(t.module), HCONST, h);
      h = hash2(atomHash(t.name), 0, HCONST_14, h);
    } else if (t instanceof Fun) {
      const code = funHashKey(t);
      h = hash2(t.env.length, atomHash(code.module), HCONST, h);
      h = hash2(code.index, code.uniq >>> 0, HCONST, h);
      for (let i = t.env.length - 1; i >= 0; i--) stack.push(t.env[i]);
    } else if (t instanceof Pid) {
      // (its number alone: not its serial, node nor creation)
      h = hash2(pidNumber(t), 0, HCONST_5, h);
    } else if (t instanceof ForeignPort) {
      // (its number's two 32-bit halves, the lower first; a foreign ref by its first word)
      h = hash2(Number(t.number & 0xffffffffn), Number(t.number >> 32n), HCONST_6, h);
    } else if (t instanceof Port) {
      h = hash2(t.id, 0, HCONST_6, h);
    } else if (t instanceof ForeignRef) {
      h = hash2(t.words[0] ?? 0, 0, HCONST_7, h);
    } else if (t instanceof Ref) {
      h = hash2(t.id, 0, HCONST_7, h);
    }
  }
  s.h = h;
  s.xorPairs = xorPairs;
  return stack.length === 0;
}

/** erlang:phash2/1: 27 bits */
export function phash2(t: Term): number {
  return makeHash2(t) & 0x7ffffff;
}

/** erlang:phash2/2 with 1 <= range <= 2^32 */
export function phash2Range(t: Term, range: number): number {
  const h = makeHash2(t);
  return range === 2 ** 32 ? h : h % range;
}
