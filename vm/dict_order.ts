// The order in which the BEAM lists a process dictionary (get/0, get_keys/0,1, erase/0,
// process_info(pid, :dictionary)). OTP keeps the dictionary in a linear hash table: a key's slot
// is its hash masked by the table's size, which grows a few slots at a time as keys arrive (each
// step splits one slot's chain in two) and shrinks as they leave (merging chains back). Listing
// walks the slots in order and conses each chain's entries onto the result, so the last slot's
// last entry comes first. The order follows from the keys' hashes and from the history of puts
// and erases, which this class replays on the keys alone (the values stay in the process's Map).
// Behaviour measured on OTP 25 (erl, many keys of each kind); the rules, as observed:
// - a new key goes to the front of its slot's chain; a key put again keeps its place;
// - after a new key, when the keys are as many as the slots, the table grows by (slots / 4) & 15
//   slots (at least one); each new slot takes from its "buddy" slot the keys that now hash to it,
//   both chains coming out reversed;
// - after an erase, when there are more than 8 slots and half of them exceed the keys, it shrinks
//   by 3/10 of its slots (down to 8), each last slot's chain merged into its buddy's: appended to
//   it when one of them holds a single key, else its entries consed onto the buddy's front;
// - erase/0 empties the table (back to 8 slots).
// Hashes: a small integer is its value (the low 32 bits); an atom its index in the node's atom
// table, which a real node fills as it boots and loads modules. The first few thousand indices are
// the same in every `elixir` run (the emulator's own atoms, then those of the modules loaded
// early); the host may give them (cli/atom_indices.txt, scripts/gen-atom-indices.exs: each name at
// the index most runs give it, as proc_lib's $ancestors). Other atoms get indices that change from
// run to run on the BEAM itself (modules load concurrently), so no order is the right one for them. Other keys OTP hashes with its internal term hash (salted,
// Jenkins' mix over the term's words): binaries and tuples of small integers, atoms of known
// index, binaries, lists and floats, and tuples and lists of them, are hashed as OTP 25 does
// (checked against erl); the rest (pids, funs, maps, big integers) by a stable stand-in.
import { Atom, Bin, Cons, Float, NIL, Term, Tuple } from "./terms.ts";
import type { DictKey } from "./process.ts";
import { blockHash, hash2, phash2 } from "./phash2.ts";

const INITIAL_SIZE = 8;

let atomIndexOf: ((name: string) => number | undefined) | null = null;
/** the host's table of the atom indices every real node shares (undefined for the others) */
export function setAtomIndices(f: (name: string) => number | undefined): void {
  atomIndexOf = f;
}

/** the atom's index in every booted node's atom table, when it is one of those shared ones */
export function sharedAtomIndex(name: string): number | undefined {
  return atomIndexOf?.(name);
}

const utf8 = new TextEncoder();

function hashpjw(name: string): number {
  let h = 0;
  for (const b of utf8.encode(name)) {
    h = ((h << 4) + b) >>> 0;
    const g = h & 0xf0000000;
    if (g !== 0) h = (h ^ (g >>> 24) ^ g) >>> 0;
  }
  return h;
}

const atomHashes = new WeakMap<Atom, number>();

const HCONST = 0x9e3779b9;
const HCONST_9 = 0x8ff34781;
const HCONST_4 = 0x78dde6e4;
const HCONST_12 = 0x6a99b4ac;
const HCONST_13 = 0x08d12e65;
const HCONST_17 = Math.imul(HCONST, 17) >>> 0;
const HCONST_18 = Math.imul(HCONST, 18) >>> 0;
const HCONST_22 = Math.imul(HCONST, 22) >>> 0;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** a light mix of a constant (a list's cells) */
function constHash(h: number, k: number): number {
  h = (h ^ k) >>> 0;
  return ((h << 17) ^ (h >>> 15)) >>> 0;
}

/** a list: runs of bytes four at a time, other heads hashed in turn, then the tail */
function listHash(t: Term, h: number): number | undefined {
  for (;;) {
    let c = 0, sh = 0;
    while (t instanceof Cons && typeof t.head === "number" && t.head >= 0 && t.head <= 255) {
      sh = ((sh << 8) + t.head) >>> 0;
      if (c === 3) {
        h = hash2(sh, 0, HCONST_4, h);
        c = sh = 0;
      } else c++;
      t = t.tail;
    }
    if (c > 0) h = hash2(sh, c, HCONST_22, h);
    if (!(t instanceof Cons)) return internalHash(t, h);
    // (a cell whose head is no byte: the head, then the tail; the last cell's tail is marked)
    h = constHash(h, HCONST_17);
    const head = internalHash(t.head, h);
    if (head === undefined) return undefined;
    h = head;
    if (!(t.tail instanceof Cons)) return internalHash(t.tail, constHash(h, HCONST_18));
    t = t.tail;
  }
}
// (make_internal_hash's salt, 0 here, xor its own prime)
const INTERNAL_SALT = 3432918353;

/** OTP 25's internal hash of a binary or a tuple of the terms below, or undefined */
function internalHash(t: Term, h: number): number | undefined {
  if (t instanceof Bin) {
    if (!t.isBinary) return undefined;
    return t.size === 0 ? (HCONST_13 + h) >>> 0 : blockHash(t.bytes, t.size, (HCONST_13 + h) | 0) >>> 0;
  }
  if (t instanceof Tuple) {
    // (the arity, then each element in turn)
    h = hash2(t.items.length, 0, HCONST_9, h);
    for (const e of t.items) {
      const next = internalHash(e, h);
      if (next === undefined) return undefined;
      h = next;
    }
    return h;
  }
  if (t instanceof Cons) return listHash(t, h);
  if (t instanceof Float) {
    // (its two 32-bit halves, -0.0 as 0.0)
    f64[0] = t.value === 0 ? 0 : t.value;
    return hash2(u32[0], u32[1], HCONST_12, h);
  }
  // an immediate: the two halves of its 64-bit word ([] is 0x3B)
  let lo: number, hi: number;
  if (t === NIL) {
    lo = 0x3b;
    hi = 0;
  } else if (typeof t === "number") {
    if (!Number.isInteger(t) || Math.abs(t) >= 2 ** 53) return undefined;
    const word = (BigInt(t) << 4n) | 0xfn;
    lo = Number(BigInt.asUintN(32, word));
    hi = Number(BigInt.asUintN(32, word >> 32n));
  } else if (t instanceof Atom) {
    const index = atomIndexOf?.(t.name);
    if (index === undefined) return undefined;
    lo = ((index << 6) | 0x0b) >>> 0;
    hi = Math.floor(index / 2 ** 26) >>> 0;
  } else return undefined;
  return hash2(lo, hi, HCONST, h);
}

/** the hash OTP's dictionary takes of a key (see above for what is exact) */
export function dictHash(k: Term): number {
  // (a small integer on a 64-bit BEAM: |n| < 2^59)
  if (typeof k === "number") return Number.isInteger(k) ? k >>> 0 : phash2(k);
  if (typeof k === "bigint") return k >= -(1n << 59n) && k < 1n << 59n ? Number(BigInt.asUintN(32, k)) : phash2(k);
  if (k instanceof Atom) {
    let h = atomHashes.get(k);
    if (h === undefined) {
      // (beyond the shared indices: a stable stand-in, past every index a booted node has)
      h = atomIndexOf?.(k.name) ?? (20000 + (hashpjw(k.name) % 1000000)) >>> 0;
      atomHashes.set(k, h);
    }
    return h;
  }
  return internalHash(k, INTERNAL_SALT) ?? phash2(k);
}

// A slot holds no key, one key, or a chain of several (the first is the chain's head), as OTP's
// holds nil, a {key, value} tuple or a list: most slots hold one key, which takes no array.
type Slot = DictKey | DictKey[] | undefined;

export class DictOrder {
  private used = INITIAL_SIZE;
  private mask = INITIAL_SIZE * 2 - 1;
  private split = 0;
  private count = 0;
  private slots: Slot[] = new Array(INITIAL_SIZE).fill(undefined);
  // (the hashes of keys that are neither small integers nor atoms, whose hashes are at hand)
  private hashes: Map<string, number> | null = null;

  private hashOf(key: DictKey): number {
    return typeof key === "number" ? key >>> 0 : key instanceof Atom ? dictHash(key) : this.hashes!.get(key)!;
  }

  private index(h: number): number {
    const high = (h & this.mask) >>> 0;
    return high >= this.used ? (h & (this.mask >>> 1)) >>> 0 : high;
  }

  /** a put of a new key, whose hash is `h` */
  add(key: DictKey, h: number): void {
    if (typeof key === "string") (this.hashes ??= new Map()).set(key, h);
    const at = this.index(h);
    const slot = this.slots[at];
    if (slot === undefined) this.slots[at] = key;
    else if (Array.isArray(slot)) slot.unshift(key);
    else this.slots[at] = [key, slot];
    this.count++;
    if (this.used <= this.count) this.grow();
  }

  erase(key: DictKey): void {
    const at = this.index(this.hashOf(key));
    if (typeof key === "string") this.hashes!.delete(key);
    const slot = this.slots[at];
    if (Array.isArray(slot)) {
      slot.splice(slot.indexOf(key), 1);
      if (slot.length === 1) this.slots[at] = slot[0];
    } else this.slots[at] = undefined;
    this.count--;
    if (this.used > INITIAL_SIZE && Math.floor(this.used / 2) > this.count) this.shrink();
  }

  /** the keys in the order get/0 lists them */
  keys(): DictKey[] {
    const out: DictKey[] = [];
    for (let i = 0; i < this.used; i++) {
      const slot = this.slots[i];
      if (Array.isArray(slot)) for (const k of slot) out.push(k);
      else if (slot !== undefined) out.push(slot);
    }
    return out.reverse();
  }

  private grow(): void {
    let steps = (this.used >>> 2) & 0xf;
    if (steps === 0) steps = 1;
    let home = this.used - this.split;
    for (let s = 0; s < steps; s++) {
      if (this.split === home) {
        home *= 2;
        this.mask = home * 2 - 1;
        this.split = 0;
      }
      const pos = this.split++;
      this.used++;
      const slot = this.slots[pos];
      if (slot === undefined) {
        this.slots[pos + home] = undefined;
      } else if (!Array.isArray(slot)) {
        const moves = this.index(this.hashOf(slot)) !== pos;
        this.slots[pos + home] = moves ? slot : undefined;
        if (moves) this.slots[pos] = undefined;
      } else {
        // (each key consed onto the chain it goes to: both come out reversed)
        const stay: DictKey[] = [], move: DictKey[] = [];
        for (let i = slot.length - 1; i >= 0; i--) (this.index(this.hashOf(slot[i])) === pos ? stay : move).push(slot[i]);
        this.slots[pos] = stay.length === 0 ? undefined : stay.length === 1 ? stay[0] : stay;
        this.slots[pos + home] = move.length === 0 ? undefined : move.length === 1 ? move[0] : move;
      }
    }
  }

  private shrink(): void {
    let steps = Math.floor((this.used * 3) / 10);
    if (this.used - steps < INITIAL_SIZE) steps = this.used - INITIAL_SIZE;
    for (let s = 0; s < steps; s++) {
      if (this.split === 0) {
        this.mask = this.used - 1;
        this.split = this.used / 2;
      }
      this.split--;
      const hi = this.slots[this.used - 1], lo = this.slots[this.split];
      if (hi !== undefined) {
        if (lo === undefined) this.slots[this.split] = hi;
        else if (!Array.isArray(lo)) this.slots[this.split] = Array.isArray(hi) ? [lo, ...hi] : [lo, hi];
        else if (!Array.isArray(hi)) lo.unshift(hi);
        else this.slots[this.split] = [...hi.slice().reverse(), ...lo];
      }
      this.used--;
      this.slots[this.used] = undefined;
    }
  }
}
