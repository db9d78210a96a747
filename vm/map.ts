// Maps, persistent (every update returns a new map, the old one is unchanged).
//
// Like the BEAM: up to 32 keys a "flatmap" (SmallMap: keys sorted in exact term order, values
// beside them; lookups binary-search, updates copy two short arrays); beyond 32 keys a hash array
// mapped trie (HashMap: 32-way bitmap nodes on 5-bit slices of hashTerm, collision nodes when two
// keys share a 32-bit hash), so put/remove copy O(log32 n) nodes.
//
// entries() is always in exact term order of keys: what comparison and the flatmap layout need,
// and for <= 32 keys also the order the BEAM lists and iterates a map in (why small maps print
// sorted). A larger map is listed and iterated in the BEAM's hash-trie order instead
// (listEntries, iterationEntries; see map_order.ts). Each order of a HashMap is computed once and
// cached (maps are immutable).
import { Atom, Cons, Float, Tuple, isMap, type MapLike, type Term } from "./terms.ts";
import { compareExact, compareKey, exactEquals, hashTerm } from "./compare.ts";
import { listOrder } from "./map_order.ts";

export const SMALL_MAP_MAX = 32;

// The last search of a key other than an atom: the keys searched (an array no map changes once
// made, shared by the maps an update of values makes), the key and its place. A read and then a
// write of the same key (`Map.put(m, k, Map.get(m, k, 0) + 1)`, Map.update) search once.
let lastKeys: readonly Term[] | null = null;
let lastKey: Term | null = null;
let lastPlace = 0;

export class SmallMap implements MapLike {
  readonly isMap = true as const;
  constructor(readonly keys: Term[], readonly vals: Term[]) {}
  get size(): number {
    return this.keys.length;
  }
  private find(key: Term): number {
    const keys = this.keys;
    // An atom (a struct's fields, most small maps' keys) is found by identity: atoms are interned,
    // so a scan of at most SMALL_MAP_MAX pointers finds it, where the binary search compared
    // names as strings two or three times per lookup (a struct update `%S{s | a: x, b: y}` makes
    // three lookups and each `s.a` one). Not found: the search below gives the place a new key goes.
    if (key instanceof Atom) {
      for (let i = 0; i < keys.length; i++) if (keys[i] === key) return i;
    } else if (key === lastKey && keys === lastKeys) return lastPlace;
    let lo = 0, hi = keys.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = compareKey(keys[mid], key);
      if (c === 0) {
        at = mid;
        break;
      }
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    if (at < 0) at = -(lo + 1);
    lastKeys = keys;
    lastKey = key;
    lastPlace = at;
    return at;
  }
  /** the place of key in keys (and its value's in vals), negative when it is no key */
  indexOf(key: Term): number {
    return this.find(key);
  }
  get(key: Term): Term | undefined {
    const i = this.find(key);
    return i >= 0 ? this.vals[i] : undefined;
  }
  has(key: Term): boolean {
    return this.find(key) >= 0;
  }
  put(key: Term, value: Term): MapLike {
    const i = this.find(key);
    if (i >= 0) {
      if (this.vals[i] === value) return this;
      const vals = this.vals.slice();
      vals[i] = value;
      return new SmallMap(this.keys, vals);
    }
    if (this.keys.length >= SMALL_MAP_MAX) {
      let m: MapLike = HashMap.empty();
      for (let j = 0; j < this.keys.length; j++) m = m.put(this.keys[j], this.vals[j]);
      return m.put(key, value);
    }
    // (copied by loops into arrays of the new size: slice then splice allocated each array twice,
    // the copy and its grown store, and splice a third, the empty array of removed elements)
    const at = -i - 1;
    const ok = this.keys, ov = this.vals, n = ok.length;
    const keys: Term[] = new Array(n + 1), vals: Term[] = new Array(n + 1);
    for (let j = 0; j < at; j++) {
      keys[j] = ok[j];
      vals[j] = ov[j];
    }
    keys[at] = key;
    vals[at] = value;
    for (let j = at; j < n; j++) {
      keys[j + 1] = ok[j];
      vals[j + 1] = ov[j];
    }
    return new SmallMap(keys, vals);
  }
  /** `%{m | k => v}`: undefined when k is not a key (no put's size check, no second array) */
  update1(k: Term, v: Term): SmallMap | undefined {
    const i = this.find(k);
    return i < 0 ? undefined : this.withValueAt(i, v);
  }
  /** `%{m | k1 => v1, k2 => v2}` (a struct update of two fields): one copy of the values, not two */
  update2(k1: Term, v1: Term, k2: Term, v2: Term): SmallMap | undefined {
    const i = this.find(k1), j = this.find(k2);
    return i < 0 || j < 0 ? undefined : this.withValuesAt(i, v1, j, v2);
  }
  /** this map with v the value of its i-th key (0 <= i < size), sharing its keys */
  withValueAt(i: number, v: Term): SmallMap {
    if (this.vals[i] === v) return this;
    const vals = this.vals.slice();
    vals[i] = v;
    return new SmallMap(this.keys, vals);
  }
  /** this map with v1 and v2 the values of its i-th and j-th keys (j's last when i = j) */
  withValuesAt(i: number, v1: Term, j: number, v2: Term): SmallMap {
    const vals = this.vals.slice();
    vals[i] = v1;
    vals[j] = v2;
    return new SmallMap(this.keys, vals);
  }
  remove(key: Term): MapLike {
    const i = this.find(key);
    if (i < 0) return this;
    const ok = this.keys, ov = this.vals, n = ok.length;
    const keys: Term[] = new Array(n - 1), vals: Term[] = new Array(n - 1);
    for (let j = 0; j < i; j++) {
      keys[j] = ok[j];
      vals[j] = ov[j];
    }
    for (let j = i + 1; j < n; j++) {
      keys[j - 1] = ok[j];
      vals[j - 1] = ov[j];
    }
    return new SmallMap(keys, vals);
  }
  entries(): [Term, Term][] {
    const out: [Term, Term][] = new Array(this.keys.length);
    for (let i = 0; i < this.keys.length; i++) out[i] = [this.keys[i], this.vals[i]];
    return out;
  }
}

// ---- the trie ---------------------------------------------------------------------------------

class Leaf {
  /** the key's place in the BEAM's listing order, computed on first listing (map_order.ts) */
  rank = -1;
  constructor(readonly hash: number, readonly key: Term, readonly value: Term) {}
}
class Collision {
  constructor(readonly hash: number, readonly leaves: Leaf[]) {}
}
class Bitmap {
  constructor(readonly bitmap: number, readonly children: Child[]) {}
}
type Child = Leaf | Collision | Bitmap;

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

function lookup(node: Child, shift: number, hash: number, key: Term): Leaf | undefined {
  for (;;) {
    if (node instanceof Bitmap) {
      const bit = 1 << ((hash >>> shift) & 31);
      if ((node.bitmap & bit) === 0) return undefined;
      node = node.children[popcount(node.bitmap & (bit - 1))];
      shift += 5;
    } else if (node instanceof Leaf) {
      return node.hash === hash && exactEquals(node.key, key) ? node : undefined;
    } else {
      if (node.hash !== hash) return undefined;
      for (const l of node.leaves) if (exactEquals(l.key, key)) return l;
      return undefined;
    }
  }
}

function merge(a: Leaf | Collision, b: Leaf, shift: number): Child {
  if (a.hash === b.hash) {
    return new Collision(a.hash, a instanceof Leaf ? [a, b] : [...a.leaves, b]);
  }
  const ia = (a.hash >>> shift) & 31, ib = (b.hash >>> shift) & 31;
  if (ia === ib) return new Bitmap(1 << ia, [merge(a, b, shift + 5)]);
  return new Bitmap((1 << ia) | (1 << ib), ia < ib ? [a, b] : [b, a]);
}

/** set by insert when the key was new (a flag, not an object per put: insert never re-enters) */
let added = false;
/** a build from a list (withPutsInPlace: :maps.from_list, from_keys) keeps the last of equal keys,
 *  as OTP's does: its key too, even with the same value (0.0 and -0.0 are one key on OTP 25) */
let lastKeyWins = false;

/** Returns the new node; sets `added` when the key was new. */
function insert(node: Child, shift: number, leaf: Leaf): Child {
  if (node instanceof Bitmap) {
    const bit = 1 << ((leaf.hash >>> shift) & 31);
    const idx = popcount(node.bitmap & (bit - 1));
    const children = node.children;
    if ((node.bitmap & bit) === 0) {
      added = true;
      const c = children.slice();
      c.splice(idx, 0, leaf);
      return new Bitmap(node.bitmap | bit, c);
    }
    const child = children[idx];
    const next = insert(child, shift + 5, leaf);
    if (next === child) return node;
    const c = children.slice();
    c[idx] = next;
    return new Bitmap(node.bitmap, c);
  }
  if (node instanceof Leaf) {
    if (node.hash === leaf.hash && exactEquals(node.key, leaf.key)) {
      return node.value === leaf.value && (!lastKeyWins || node.key === leaf.key) ? node : leaf;
    }
    added = true;
    return merge(node, leaf, shift);
  }
  // collision node
  if (node.hash === leaf.hash) {
    const i = node.leaves.findIndex((l) => exactEquals(l.key, leaf.key));
    const leaves = node.leaves.slice();
    if (i >= 0) {
      if (leaves[i].value === leaf.value && (!lastKeyWins || leaves[i].key === leaf.key)) return node;
      leaves[i] = leaf;
    } else {
      added = true;
      leaves.push(leaf);
    }
    return new Collision(node.hash, leaves);
  }
  added = true;
  // different hash: push the collision node one level down beside the new leaf
  const ic = (node.hash >>> shift) & 31, il = (leaf.hash >>> shift) & 31;
  if (ic === il) return new Bitmap(1 << ic, [insert(node, shift + 5, leaf)]);
  return new Bitmap((1 << ic) | (1 << il), ic < il ? [node, leaf] : [leaf, node]);
}

/**
 * insert's change made in node itself and the bitmap nodes below it (all of them the caller's own):
 * true when the key was new. A leaf or collision node in the way is replaced by what insert makes
 * of it, as insert's copy of the path would hold.
 */
function putInPlace(node: Bitmap, shift: number, leaf: Leaf): boolean {
  for (;;) {
    const bit = 1 << ((leaf.hash >>> shift) & 31);
    const idx = popcount(node.bitmap & (bit - 1));
    const children = node.children;
    if ((node.bitmap & bit) === 0) {
      children.splice(idx, 0, leaf);
      (node as { bitmap: number }).bitmap = node.bitmap | bit;
      return true;
    }
    const child = children[idx];
    if (child instanceof Bitmap) {
      node = child;
      shift += 5;
      continue;
    }
    added = false;
    children[idx] = insert(child, shift + 5, leaf);
    return added;
  }
}

/** Returns the new node, null when it became empty, or the same node when key was absent. */
function del(node: Child, shift: number, hash: number, key: Term): Child | null {
  if (node instanceof Bitmap) {
    const bit = 1 << ((hash >>> shift) & 31);
    if ((node.bitmap & bit) === 0) return node;
    const idx = popcount(node.bitmap & (bit - 1));
    const child = node.children[idx];
    const next = del(child, shift + 5, hash, key);
    if (next === child) return node;
    if (next === null) {
      if (node.children.length === 1) return null;
      const c = node.children.slice();
      c.splice(idx, 1);
      // a lone leaf can move up into the parent's slot
      if (c.length === 1 && !(c[0] instanceof Bitmap) && shift > 0) return c[0];
      return new Bitmap(node.bitmap & ~bit, c);
    }
    const c = node.children.slice();
    c[idx] = next;
    if (c.length === 1 && !(next instanceof Bitmap) && shift > 0) return next;
    return new Bitmap(node.bitmap, c);
  }
  if (node instanceof Leaf) return node.hash === hash && exactEquals(node.key, key) ? null : node;
  if (node.hash !== hash) return node;
  const i = node.leaves.findIndex((l) => exactEquals(l.key, key));
  if (i < 0) return node;
  const leaves = node.leaves.slice();
  leaves.splice(i, 1);
  return leaves.length === 1 ? leaves[0] : new Collision(hash, leaves);
}

function collectLeaves(node: Child, out: Leaf[]): void {
  if (node instanceof Leaf) out.push(node);
  else if (node instanceof Collision) for (const l of node.leaves) out.push(l);
  else for (const c of node.children) collectLeaves(c, out);
}

function collect(node: Child, out: [Term, Term][]): void {
  if (node instanceof Leaf) out.push([node.key, node.value]);
  else if (node instanceof Collision) for (const l of node.leaves) out.push([l.key, l.value]);
  else for (const c of node.children) collect(c, out);
}

const EMPTY_ROOT = new Bitmap(0, []);

export class HashMap implements MapLike {
  readonly isMap = true as const;
  private sorted: [Term, Term][] | null = null;
  private listed: [Term, Term][] | null = null;
  private listedLeaves: Leaf[] | null = null;
  constructor(private readonly root: Bitmap, readonly size: number) {}
  static empty(): HashMap {
    return new HashMap(EMPTY_ROOT, 0);
  }
  /**
   * this map with kv[from..]'s keys put (mapFromKeyValues), its own nodes updated in place: only
   * for a map no one else has seen yet, whose nodes were all made by the puts that made it
   */
  withPutsInPlace(kv: readonly Term[], from: number, to = kv.length): HashMap {
    let size = this.size;
    lastKeyWins = true;
    try {
      for (let i = from; i < to; i += 2) {
        if (putInPlace(this.root, 0, new Leaf(hashTerm(kv[i]), kv[i], kv[i + 1]))) size++;
      }
    } finally {
      lastKeyWins = false;
    }
    return new HashMap(this.root, size);
  }
  get(key: Term): Term | undefined {
    return lookup(this.root, 0, hashTerm(key), key)?.value;
  }
  has(key: Term): boolean {
    return lookup(this.root, 0, hashTerm(key), key) !== undefined;
  }
  put(key: Term, value: Term): MapLike {
    added = false;
    const root = insert(this.root, 0, new Leaf(hashTerm(key), key, value)) as Bitmap;
    if (root === this.root) return this;
    return new HashMap(root, added ? this.size + 1 : this.size);
  }
  remove(key: Term): MapLike {
    const root = del(this.root, 0, hashTerm(key), key);
    if (root === this.root) return this;
    const size = this.size - 1;
    if (size <= SMALL_MAP_MAX) {
      const es: [Term, Term][] = [];
      if (root !== null) collect(root, es);
      es.sort((a, b) => compareExact(a[0], b[0]));
      return new SmallMap(es.map((e) => e[0]), es.map((e) => e[1]));
    }
    return new HashMap(root as Bitmap, size);
  }
  /** the entries in trie order (no sort): for walks that visit every key and value once */
  unorderedEntries(): [Term, Term][] {
    if (this.sorted !== null) return this.sorted;
    const es: [Term, Term][] = [];
    collect(this.root, es);
    return es;
  }
  entries(): [Term, Term][] {
    if (this.sorted === null) {
      const es: [Term, Term][] = [];
      collect(this.root, es);
      es.sort((a, b) => compareExact(a[0], b[0]));
      this.sorted = es;
    }
    return this.sorted.slice();
  }
  /** the entries in maps:to_list order (the BEAM's hash-trie order) */
  listEntries(): readonly [Term, Term][] {
    if (this.listed === null) this.listed = this.leavesInListOrder().map((l) => [l.key, l.value]);
    return this.listed;
  }
  /** the keys in maps:to_list order, without building the entries */
  listKeys(): Term[] {
    return this.listed !== null ? this.listed.map((e) => e[0]) : this.leavesInListOrder().map((l) => l.key);
  }
  listValues(): Term[] {
    return this.listed !== null ? this.listed.map((e) => e[1]) : this.leavesInListOrder().map((l) => l.value);
  }
  private leavesInListOrder(): Leaf[] {
    if (this.listedLeaves === null) {
      const leaves: Leaf[] = [];
      collectLeaves(this.root, leaves);
      this.listedLeaves = listOrder(leaves);
    }
    return this.listedLeaves;
  }
}

export const EMPTY_MAP: MapLike = new SmallMap([], []);

/**
 * The map a literal `%{k0 => v0, k1 => v1, ...}` makes from kv[0..2n) (keys and values
 * alternating, the stack's or the JIT's layout): what n puts one after another make (an equal
 * later key replaces the value and keeps the first key), a flatmap's two arrays filled in place
 * by insertion. Made by puts, a six-key literal copied both arrays six times.
 */
export function mapOfPuts(kv: readonly Term[], from = 0, n = (kv.length - from) >> 1): MapLike {
  if (n > SMALL_MAP_MAX) {
    let m: MapLike = EMPTY_MAP;
    for (let i = 0; i < n; i++) m = m.put(kv[from + 2 * i], kv[from + 2 * i + 1]);
    return m;
  }
  if (n === 0) return EMPTY_MAP;
  const keys: Term[] = new Array(n), vals: Term[] = new Array(n);
  let size = 0;
  next: for (let i = 0; i < n; i++) {
    const key = kv[from + 2 * i];
    let lo = 0, hi = size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = compareKey(keys[mid], key);
      if (c === 0) {
        vals[mid] = kv[from + 2 * i + 1];
        continue next;
      }
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    for (let j = size; j > lo; j--) {
      keys[j] = keys[j - 1];
      vals[j] = vals[j - 1];
    }
    keys[lo] = key;
    vals[lo] = kv[from + 2 * i + 1];
    size++;
  }
  if (size < n) keys.length = vals.length = size;
  return new SmallMap(keys, vals);
}

/**
 * The map of keys and values kv[0], kv[1], kv[2] ... (alternating), a later key replacing an
 * earlier equal one: what putting them one after another makes, the same trie, but past the
 * flatmap its nodes are updated in place (they are this build's own until it returns), not a
 * path of them copied for every key (:maps.from_list of 10,000 pairs made a copy of each path).
 */
export function mapFromKeyValues(kv: readonly Term[]): MapLike {
  let m: MapLike = EMPTY_MAP;
  let i = 0;
  for (; i < kv.length && !(m instanceof HashMap); i += 2) m = putLastKey(m, kv[i], kv[i + 1]);
  return i >= kv.length ? m : (m as HashMap).withPutsInPlace(kv, i);
}

/**
 * m.put(k, v) as a build from a list puts: an equal key already in a small map gives way to k (a
 * put keeps the key it had). Only a zero float, or a term holding one, can be equal to another
 * key without being the same term.
 */
export function putLastKey(m: MapLike, k: Term, v: Term): MapLike {
  const r = m.put(k, v);
  if (r.size !== m.size || r instanceof HashMap || !(k instanceof Float || k instanceof Tuple || k instanceof Cons || isMap(k))) return r;
  return r.remove(k).put(k, v);
}

/** `%{m | k => v}`: the map with k's value replaced, or undefined when m has no key k (one walk:
 *  put, then the size says whether k was there) */
export function replaceExisting(m: MapLike, k: Term, v: Term): MapLike | undefined {
  const r = m.put(k, v);
  return r.size === m.size ? r : undefined;
}

export function mapFromEntries(entries: Iterable<[Term, Term]>): MapLike {
  let m = EMPTY_MAP;
  for (const [k, v] of entries) m = m.put(k, v);
  return m;
}

/** the entries as maps:to_list lists them (keys, values, inspect) */
export function listEntries(m: MapLike): readonly [Term, Term][] {
  return m instanceof HashMap ? m.listEntries() : m.entries();
}

/** the entries as maps:iterator visits them (fold, map, Enumerable.reduce, io_lib) */
export function iterationEntries(m: MapLike): [Term, Term][] {
  return m instanceof HashMap ? m.listEntries().slice().reverse() : m.entries();
}

export function mapKeys(m: MapLike): Term[] {
  if (m instanceof SmallMap) return m.keys.slice();
  return m instanceof HashMap ? m.listKeys() : listEntries(m).map((e) => e[0]);
}

export function mapValues(m: MapLike): Term[] {
  if (m instanceof SmallMap) return m.vals.slice();
  return m instanceof HashMap ? m.listValues() : listEntries(m).map((e) => e[1]);
}
