// Erlang term order, equality and hashing.
//
//   number < atom < reference < fun < port < pid < tuple < map < [] < [_|_] < bitstring
//
// Two orders exist on the BEAM (erts `erts_cmp(a, b, exact)`):
//   - the ordinary one (`<`, `==`, Enum.sort): integers and floats compare by value, 1 == 1.0;
//   - the exact one, used for map keys and `=:=`: every integer sorts before every float
//     ("In maps key order integers types are considered less than floats types", Erlang docs),
//     recursively inside tuples and lists. So %{1 => _, 2 => _, 1.0 => _} prints 1, 2, 1.0.
// Maps compare by size, then keys (always in exact order), then values (in the caller's order).
// OTP 25: 0.0 =:= -0.0 is true (that changed in OTP 27), so -0.0 and 0.0 are one map key.
import { fnv1a } from "./checksums.ts";
import { pidOrder, samePid } from "./pid_order.ts";
import { refsOrder, sameRef } from "./ref_order.ts";
import { portOrder, samePort } from "./port_order.ts";
import { cmpFunCode, funHashKey, sameFunCode } from "./fun_identity.ts";
import { Atom, Bin, Cons, ExtFun, Float, Fun, NIL, Pid, Port, Ref, Term, Tuple, isMap, MapLike } from "./terms.ts";

function rank(t: Term): number {
  if (typeof t === "number" || typeof t === "bigint") return 0;
  if (t instanceof Float) return 0;
  if (t instanceof Atom) return 1;
  if (t instanceof Bin) return 10;
  if (t instanceof Cons) return 9;
  if (t === NIL) return 8;
  if (t instanceof Tuple) return 6;
  if (isMap(t)) return 7;
  if (t instanceof Ref) return 2;
  if (t instanceof Fun || t instanceof ExtFun) return 3;
  if (t instanceof Port) return 4;
  if (t instanceof Pid) return 5;
  return 11;
}

function sign(x: number): number {
  return x < 0 ? -1 : x > 0 ? 1 : 0;
}

/** Compare an integer with a float by exact mathematical value. */
function cmpIntFloat(i: number | bigint, f: number): number {
  if (typeof i === "number") return i < f ? -1 : i > f ? 1 : 0;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fi = Math.trunc(f);
  const bi = BigInt(fi);
  if (i < bi) return -1;
  if (i > bi) return 1;
  // equal integer parts: the float's fraction decides
  return f > fi ? -1 : f < fi ? 1 : 0;
}

function cmpNum(a: Term, b: Term, exact: boolean): number {
  const af = a instanceof Float, bf = b instanceof Float;
  if (af && bf) {
    const x = (a as Float).value, y = (b as Float).value;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (!af && !bf) {
    const x = a as number | bigint, y = b as number | bigint;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (exact) return af ? 1 : -1;
  if (af) return -cmpIntFloat(b as number | bigint, (a as Float).value);
  return cmpIntFloat(a as number | bigint, (b as Float).value);
}

/** Atoms order by their text, code point by code point. */
function cmpAtom(a: Atom, b: Atom): number {
  const x = a.name, y = b.name;
  if (x === y) return 0;
  // UTF-16 order equals code point order except for astral vs U+E000..U+FFFF; fine for atoms
  return x < y ? -1 : 1;
}

/** bitstrings in the BEAM's order: bit by bit, then the shorter first */
function cmpBits(a: Bin, b: Bin): number {
  const n = Math.min(a.bitSize, b.bitSize);
  for (let i = 0; i < n; i++) {
    const x = (a.byteAt(i >> 3) >> (7 - (i & 7))) & 1;
    const y = (b.byteAt(i >> 3) >> (7 - (i & 7))) & 1;
    if (x !== y) return x - y;
  }
  return a.bitSize - b.bitSize;
}

/** nesting compared on the JS stack; deeper terms (Elixir builds them 10,000 deep) by cmpDeep */
const CMP_DIRECT_DEPTH = 400;

/** how two funs compare before their environments: erts's order */
function cmpFunHead(a: Fun | ExtFun, b: Fun | ExtFun): number {
  if (a instanceof ExtFun && b instanceof ExtFun) {
    return cmpAtom(a.module, b.module) || cmpAtom(a.name, b.name) || a.exportArity - b.exportArity;
  }
  if (a instanceof ExtFun) return 1;
  if (b instanceof ExtFun) return -1;
  return cmpFunCode(a as Fun, b as Fun, cmpAtom);
}

function cmpFun(a: Fun | ExtFun, b: Fun | ExtFun, exact: boolean, depth: number): number {
  // erts orders local funs and exports by module, then index/name, then environment
  const c = cmpFunHead(a, b);
  if (c || a instanceof ExtFun) return c;
  const x = a as Fun, y = b as Fun;
  for (let i = 0; i < x.env.length; i++) {
    const d = cmp(x.env[i], y.env[i], exact, depth + 1);
    if (d) return d;
  }
  return 0;
}

/** a flatmap's layout (vm/map.ts's SmallMap, which imports this file): keys sorted, values beside */
interface Flat {
  readonly keys?: Term[];
  readonly vals: Term[];
}

function cmpMap(x: MapLike, y: MapLike, exact: boolean, depth: number): number {
  if (x.size !== y.size) return x.size - y.size;
  // two flatmaps in place (entries() made an array of pairs of each, per comparison)
  const fx = x as unknown as Flat, fy = y as unknown as Flat;
  const kx = fx.keys, ky = fy.keys;
  if (kx !== undefined && ky !== undefined) {
    for (let i = 0; i < kx.length; i++) {
      const c = cmp(kx[i], ky[i], true, depth + 1);
      if (c) return c;
    }
    const vx = fx.vals, vy = fy.vals;
    for (let i = 0; i < vx.length; i++) {
      const c = cmp(vx[i], vy[i], exact, depth + 1);
      if (c) return c;
    }
    return 0;
  }
  const ex = x.entries(), ey = y.entries();
  for (let i = 0; i < ex.length; i++) {
    const c = cmp(ex[i][0], ey[i][0], true, depth + 1);
    if (c) return c;
  }
  for (let i = 0; i < ex.length; i++) {
    const c = cmp(ex[i][1], ey[i][1], exact, depth + 1);
    if (c) return c;
  }
  return 0;
}

function cmp(a: Term, b: Term, exact: boolean, depth = 0): number {
  if (a === b) return 0;
  const ra = rank(a), rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (depth > CMP_DIRECT_DEPTH && (ra === 3 || ra === 6 || ra === 7 || ra === 9)) return cmpDeep(a, b, exact);
  const d = depth + 1;
  switch (ra) {
    case 0: return cmpNum(a, b, exact);
    case 1: return cmpAtom(a as Atom, b as Atom);
    case 2: return refsOrder(a as Ref, b as Ref);
    case 3: return cmpFun(a as Fun | ExtFun, b as Fun | ExtFun, exact, depth);
    case 4: return portOrder(a as Port, b as Port);
    case 5: return pidOrder(a as Pid, b as Pid);
    case 6: {
      const x = (a as Tuple).items, y = (b as Tuple).items;
      if (x.length !== y.length) return x.length - y.length;
      for (let i = 0; i < x.length; i++) {
        const c = cmp(x[i], y[i], exact, d);
        if (c) return c;
      }
      return 0;
    }
    case 7: return cmpMap(a as MapLike, b as MapLike, exact, depth);
    case 8: return 0;
    case 9: {
      let x: Term = a, y: Term = b;
      while (x instanceof Cons && y instanceof Cons) {
        if (x === y) return 0;
        const c = cmp(x.head, y.head, exact, d);
        if (c) return c;
        x = x.tail;
        y = y.tail;
      }
      return cmp(x, y, exact, d);
    }
    case 10: return (a as Bin).tailBits === 0 && (b as Bin).tailBits === 0 ? (a as Bin).compareBytes(b as Bin) : cmpBits(a as Bin, b as Bin);
  }
  return 0;
}

/** cmp with the pairs still to compare on a work list (in order) instead of the JS stack */
function cmpDeep(a0: Term, b0: Term, exact0: boolean): number {
  const todo: [Term, Term, boolean][] = [[a0, b0, exact0]];
  while (todo.length > 0) {
    const [a, b, exact] = todo.pop()!;
    if (a === b) continue;
    const ra = rank(a), rb = rank(b);
    if (ra !== rb) return ra - rb;
    const pairs: [Term, Term, boolean][] = [];
    if (ra === 3) {
      const c = cmpFunHead(a as Fun | ExtFun, b as Fun | ExtFun);
      if (c) return c;
      if (a instanceof Fun) (a as Fun).env.forEach((x, i) => pairs.push([x, (b as Fun).env[i], exact]));
    } else if (ra === 6) {
      const x = (a as Tuple).items, y = (b as Tuple).items;
      if (x.length !== y.length) return x.length - y.length;
      x.forEach((v, i) => pairs.push([v, y[i], exact]));
    } else if (ra === 7) {
      const x = a as MapLike, y = b as MapLike;
      if (x.size !== y.size) return x.size - y.size;
      const ex = x.entries(), ey = y.entries();
      ex.forEach(([k], i) => pairs.push([k, ey[i][0], true]));
      ex.forEach(([, v], i) => pairs.push([v, ey[i][1], exact]));
    } else if (ra === 9) {
      let x: Term = a, y: Term = b;
      while (x instanceof Cons && y instanceof Cons && x !== y) {
        pairs.push([x.head, y.head, exact]);
        x = x.tail;
        y = y.tail;
      }
      pairs.push([x, y, exact]);
    } else {
      const c = cmp(a, b, exact);
      if (c) return c;
    }
    for (let i = pairs.length - 1; i >= 0; i--) todo.push(pairs[i]);
  }
  return 0;
}

/** Term order: negative, 0 or positive. Numbers compare by value (1 == 1.0 gives 0). */
export function compare(a: Term, b: Term): number {
  return cmp(a, b, false);
}

/** Exact term order (map keys): all integers before all floats; 0 only when exactEquals. */
export function compareExact(a: Term, b: Term): number {
  return cmp(a, b, true);
}

/** tuples nested deeper than this in map keys are compared by cmp (which bounds its own recursion) */
const KEY_DIRECT_DEPTH = 100;

/**
 * compareExact for a flatmap's keys, with the common keys compared in place: integers that are JS
 * numbers, atoms, and tuples of them. A lookup's binary search compares the key at every step, and
 * cmp's rank chain (a series of instanceof tests per element) was most of a lookup with tuple keys.
 * Binaries compare their bytes in place. Anything else, at any depth, goes to cmp: the same order.
 */
export function compareKey(a: Term, b: Term, depth = 0): number {
  if (a === b) return 0;
  if (typeof a === "number") {
    // (two different numbers: no -0 among terms, and no NaN)
    if (typeof b === "number") return a < b ? -1 : 1;
  } else if (a instanceof Atom) {
    // (atoms are interned: two different atoms have different names)
    if (b instanceof Atom) return a.name < b.name ? -1 : 1;
  } else if (a instanceof Bin) {
    // (string keys: bytes in place, without cmp's rank chain)
    if (b instanceof Bin && a.tailBits === 0 && b.tailBits === 0) return a.compareBytes(b);
  } else if (a instanceof Tuple && b instanceof Tuple && depth < KEY_DIRECT_DEPTH) {
    const x = a.items, y = b.items;
    if (x.length !== y.length) return x.length - y.length;
    // (small integers, the usual elements of a tuple key, ranked here: a flatmap lookup with a
    // tuple key compares one at each step of its search)
    for (let i = 0; i < x.length; i++) {
      const p = x[i], q = y[i];
      if (p === q) continue;
      const c = typeof p === "number" && typeof q === "number" ? (p < q ? -1 : 1) : compareKey(p, q, depth + 1);
      if (c !== 0) return c;
    }
    return 0;
  }
  return cmp(a, b, true);
}

/**
 * `==`: as exactEquals, but numbers by value (1 == 1.0) at any depth; map keys still exactly.
 * Walked as an equality, the term order (cmp) left to numbers against other terms, maps other
 * than two flatmaps and deep nesting: through cmp, each pair of a list of 4,000 small maps was
 * ranked and compared in order (json_roundtrip's `back == data` 3-10x the BEAM's time).
 */
export function looseEquals(a: Term, b: Term, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return false;
  if (a instanceof Bin) return b instanceof Bin && a.size === b.size && a.tailBits === b.tailBits && a.sameBytes(b);
  if (a instanceof Atom) return false; // interned
  if (depth <= EQ_DIRECT_DEPTH) {
    const d = depth + 1;
    if (a instanceof Cons) {
      if (!(b instanceof Cons)) return false;
      let x: Term = a, y: Term = b;
      while (x instanceof Cons && y instanceof Cons) {
        if (x === y) return true;
        if (!looseEquals(x.head, y.head, d)) return false;
        x = x.tail;
        y = y.tail;
      }
      if (x instanceof Cons || y instanceof Cons) return false;
      return looseEquals(x, y, d);
    }
    if (a instanceof Tuple) {
      if (!(b instanceof Tuple) || a.items.length !== b.items.length) return false;
      const x = a.items, y = b.items;
      for (let i = 0; i < x.length; i++) if (!looseEquals(x[i], y[i], d)) return false;
      return true;
    }
    if (isMap(a) && isMap(b)) {
      const fx = a as unknown as Flat, fy = b as unknown as Flat;
      const kx = fx.keys, ky = fy.keys;
      if (kx !== undefined && ky !== undefined) {
        if (kx.length !== ky.length) return false;
        for (let i = 0; i < kx.length; i++) if (kx[i] !== ky[i] && !exactEquals(kx[i], ky[i], d)) return false;
        const vx = fx.vals, vy = fy.vals;
        for (let i = 0; i < vx.length; i++) if (!looseEquals(vx[i], vy[i], d)) return false;
        return true;
      }
    }
  }
  return cmp(a, b, false) === 0;
}

/** `===` and pattern matching: 1 and 1.0 differ. */
/** nesting compared on the JS stack; deeper terms (Elixir builds them 10,000 deep) by exactEqualsDeep */
const EQ_DIRECT_DEPTH = 400;

export function exactEquals(a: Term, b: Term, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a === "number" || typeof b === "number") return false;
  if (typeof a === "bigint" || typeof b === "bigint") return a === b;
  if (a instanceof Float) return b instanceof Float && a.value === b.value;
  if (a instanceof Bin) {
    if (!(b instanceof Bin) || a.size !== b.size || a.tailBits !== b.tailBits) return false;
    return a.sameBytes(b);
  }
  if (depth > EQ_DIRECT_DEPTH) return exactEqualsDeep(a, b);
  const d = depth + 1;
  if (a instanceof Cons) {
    let x: Term = a, y: Term = b;
    while (x instanceof Cons && y instanceof Cons) {
      if (x === y) return true;
      if (!exactEquals(x.head, y.head, d)) return false;
      x = x.tail;
      y = y.tail;
    }
    if (x instanceof Cons || y instanceof Cons) return false;
    return exactEquals(x, y, d);
  }
  if (a instanceof Tuple) {
    if (!(b instanceof Tuple) || a.items.length !== b.items.length) return false;
    const x = a.items, y = b.items;
    // (elements that are the same term, or a number against another term, decided here: a map
    // lookup with a tuple key compares one at each candidate)
    for (let i = 0; i < x.length; i++) {
      const p = x[i], q = y[i];
      if (p !== q && (typeof p === "number" || typeof q === "number" || !exactEquals(p, q, d))) return false;
    }
    return true;
  }
  if (a instanceof Atom) return false; // interned
  if (isMap(a)) return isMap(b) && cmpMap(a, b, true, depth) === 0;
  if (a instanceof Pid) return b instanceof Pid && samePid(a, b);
  if (a instanceof Ref) return b instanceof Ref && sameRef(a, b);
  if (a instanceof Port) return b instanceof Port && samePort(a, b);
  if (a instanceof ExtFun) return b instanceof ExtFun && a.module === b.module && a.name === b.name && a.exportArity === b.exportArity;
  if (a instanceof Fun) {
    if (!(b instanceof Fun) || !sameFunCode(a, b) || a.env.length !== b.env.length) return false;
    for (let i = 0; i < a.env.length; i++) if (!exactEquals(a.env[i], b.env[i], d)) return false;
    return true;
  }
  return false;
}

/** exactEquals with the pairs still to compare on a work list instead of the JS stack */
function exactEqualsDeep(a0: Term, b0: Term): boolean {
  const xs: Term[] = [a0], ys: Term[] = [b0];
  while (xs.length > 0) {
    let a = xs.pop()!, b = ys.pop()!;
    if (a === b) continue;
    if (a instanceof Cons) {
      while (a instanceof Cons && b instanceof Cons) {
        if (a === b) break;
        xs.push(a.head);
        ys.push(b.head);
        a = a.tail;
        b = b.tail;
      }
      if (a === b) continue;
      if (a instanceof Cons || b instanceof Cons) return false;
      xs.push(a);
      ys.push(b);
    } else if (a instanceof Tuple) {
      if (!(b instanceof Tuple) || a.items.length !== b.items.length) return false;
      xs.push(...a.items);
      ys.push(...b.items);
    } else if (a instanceof Fun) {
      if (!(b instanceof Fun) || !sameFunCode(a, b) || a.env.length !== b.env.length) return false;
      xs.push(...a.env);
      ys.push(...b.env);
    } else if (!exactEquals(a, b)) return false;
  }
  return true;
}

// ---- hashing ----------------------------------------------------------------------------------
// hashTerm(a) === hashTerm(b) whenever exactEquals(a, b). 32 bits, as a signed int32: V8 keeps
// those as small integers, where half of all unsigned ones (2^31 and up) were a heap number made
// for every hash a call returned and a boxed double in every trie leaf (vm/map.ts reads the bits
// with >>> and compares with ===, so the sign changes nothing there). Not erlang:phash2.

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x5bd1e995);
  return h ^ (h >>> 15);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** deeper than this a term's parts are left out of its hash (equal terms still hash alike) */
const HASH_DEPTH = 400;

export function hashTerm(t: Term, depth = 0): number {
  if (typeof t === "number") {
    if ((t | 0) === t) return mix(0x1234567, t);
    f64[0] = t;
    return mix(mix(0x1234567, u32[0]), u32[1]);
  }
  if (typeof t === "bigint") return fnv1a(t.toString(16)) | 0;
  if (t instanceof Atom) return mix(0x2345678, t.id);
  if (t instanceof Float) {
    f64[0] = t.value === 0 ? 0 : t.value; // -0.0 =:= 0.0 on OTP 25
    return mix(mix(0x3456789, u32[0]), u32[1]);
  }
  if (t instanceof Bin) {
    let h = 0x811c9dc5;
    const n = t.size;
    for (let i = 0; i < n; i++) h = Math.imul(h ^ t.byteAt(i), 16777619);
    return mix(h >>> 0, n * 8 + t.tailBits);
  }
  if (depth > HASH_DEPTH) return 0x1f2e3d4;
  const d = depth + 1;
  if (t instanceof Tuple) {
    const items = t.items;
    let h = mix(0x4567890, items.length);
    // (small integers and atoms hashed here as hashTerm hashes them: a map with tuple keys hashes
    // one at every lookup)
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      h = mix(h, typeof x === "number" && (x | 0) === x ? mix(0x1234567, x) : x instanceof Atom ? mix(0x2345678, x.id) : hashTerm(x, d));
    }
    return h;
  }
  if (t instanceof Cons) {
    let h = 0x5678901;
    let x: Term = t;
    while (x instanceof Cons) {
      h = mix(h, hashTerm(x.head, d));
      x = x.tail;
    }
    return mix(h, hashTerm(x, d));
  }
  if (t === NIL) return 0x6789012;
  if (isMap(t)) {
    // order-independent so any internal layout gives the same hash
    let h = 0;
    for (const [k, v] of t.entries()) h = (h + mix(hashTerm(k, d), hashTerm(v, d))) | 0;
    return mix(0x7890123, h);
  }
  if (t instanceof Pid) return mix(mix(0x8901234, t.id), t.node);
  if (t instanceof Ref) return mix(0x9012345, t.id);
  if (t instanceof Port) return mix(0x9abcdef, t.id);
  if (t instanceof ExtFun) return mix(mix(mix(0xa123456, t.module.id), t.name.id), t.arity);
  if (t instanceof Fun) return mix(mix(0xb234567, funHashKey(t).index), t.env.length);
  return 0;
}
