// Erlang term order and equality. number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring
// STUB by the VM author: to be replaced by a complete implementation with the same exports.
import { Atom, Bin, Cons, ExtFun, Float, Fun, NIL, Nil, Pid, Ref, Term, Tuple, isMap, MapLike } from "./terms.ts";

function rank(t: Term): number {
  if (typeof t === "number" || typeof t === "bigint" || t instanceof Float) return 0;
  if (t instanceof Atom) return 1;
  if (t instanceof Ref) return 2;
  if (t instanceof Fun || t instanceof ExtFun) return 3;
  if (t instanceof Pid) return 5;
  if (t instanceof Tuple) return 6;
  if (isMap(t)) return 7;
  if (t === NIL || t instanceof Nil) return 8;
  if (t instanceof Cons) return 9;
  if (t instanceof Bin) return 10;
  return 11;
}

function num(t: Term): number | bigint {
  return t instanceof Float ? t.value : (t as number | bigint);
}

function cmpNum(a: Term, b: Term): number {
  const x = num(a), y = num(b);
  if (typeof x === "bigint" || typeof y === "bigint") {
    if (typeof x === "bigint" && typeof y === "bigint") return x < y ? -1 : x > y ? 1 : 0;
    // mixed bigint/number (number may be a float)
    const xf = Number(x), yf = Number(y);
    if (xf !== yf) return xf < yf ? -1 : 1;
    return 0;
  }
  if (x < y) return -1;
  if (x > y) return 1;
  // 1 == 1.0 in comparison; for ordering, the BEAM orders int before float only in exact compare
  return 0;
}

/** Term order: negative, 0 or positive. Numbers compare by value (1 == 1.0 gives 0). */
export function compare(a: Term, b: Term): number {
  if (a === b) return 0;
  const ra = rank(a), rb = rank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 0: return cmpNum(a, b);
    case 1: { const x = (a as Atom).name, y = (b as Atom).name; return x < y ? -1 : x > y ? 1 : 0; }
    case 2: return (a as Ref).id - (b as Ref).id;
    case 5: return (a as Pid).id - (b as Pid).id;
    case 6: {
      const x = (a as Tuple).items, y = (b as Tuple).items;
      if (x.length !== y.length) return x.length - y.length;
      for (let i = 0; i < x.length; i++) { const c = compare(x[i], y[i]); if (c) return c; }
      return 0;
    }
    case 7: {
      const x = a as MapLike, y = b as MapLike;
      if (x.size !== y.size) return x.size - y.size;
      const ex = x.entries(), ey = y.entries();
      for (let i = 0; i < ex.length; i++) { const c = compare(ex[i][0], ey[i][0]); if (c) return c; }
      for (let i = 0; i < ex.length; i++) { const c = compare(ex[i][1], ey[i][1]); if (c) return c; }
      return 0;
    }
    case 8: return 0;
    case 9: {
      let x: Term = a, y: Term = b;
      while (x instanceof Cons && y instanceof Cons) {
        const c = compare(x.head, y.head); if (c) return c;
        x = x.tail; y = y.tail;
      }
      return compare(x, y);
    }
    case 10: {
      const x = (a as Bin).bytes, y = (b as Bin).bytes;
      const n = Math.min(x.length, y.length);
      for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
      return x.length - y.length;
    }
  }
  return 0;
}

/** `==`: numbers by value. */
export function looseEquals(a: Term, b: Term): boolean {
  return compare(a, b) === 0;
}

/** `===` and pattern matching: 1 and 1.0 differ. */
export function exactEquals(a: Term, b: Term): boolean {
  if (a === b) return true;
  if (typeof a === "number" || typeof b === "number") return false;
  if (typeof a === "bigint" || typeof b === "bigint") return a === b;
  if (a instanceof Float) return b instanceof Float && (a.value === b.value);
  if (a instanceof Bin) {
    if (!(b instanceof Bin) || a.bytes.length !== b.bytes.length) return false;
    for (let i = 0; i < a.bytes.length; i++) if (a.bytes[i] !== b.bytes[i]) return false;
    return true;
  }
  if (a instanceof Cons) {
    let x: Term = a, y: Term = b;
    while (x instanceof Cons && y instanceof Cons) {
      if (!exactEquals(x.head, y.head)) return false;
      x = x.tail; y = y.tail;
    }
    return exactEquals(x, y);
  }
  if (a instanceof Tuple) {
    if (!(b instanceof Tuple) || a.items.length !== b.items.length) return false;
    for (let i = 0; i < a.items.length; i++) if (!exactEquals(a.items[i], b.items[i])) return false;
    return true;
  }
  if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    const ea = a.entries(), eb = b.entries();
    for (let i = 0; i < ea.length; i++) {
      if (!exactEquals(ea[i][0], eb[i][0]) || !exactEquals(ea[i][1], eb[i][1])) return false;
    }
    return true;
  }
  if (a instanceof Pid) return b instanceof Pid && a.id === b.id;
  if (a instanceof Ref) return b instanceof Ref && a.id === b.id;
  if (a instanceof ExtFun) return b instanceof ExtFun && a.module === b.module && a.name === b.name && a.arity === b.arity;
  return false;
}
