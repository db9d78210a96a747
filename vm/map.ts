// Maps. STUB by the VM author (sorted arrays, O(n) updates): to be replaced by the persistent
// implementation described in DESIGN.md, with the same exports.
import { MapLike, Term } from "./terms.ts";
import { compare, exactEquals } from "./compare.ts";

// Map keys compare exactly (1 and 1.0 are different keys) but are ordered by term order.
function keyCompare(a: Term, b: Term): number {
  const c = compare(a, b);
  if (c !== 0) return c;
  if (exactEquals(a, b)) return 0;
  // integers sort before floats of equal value
  return typeof a === "number" || typeof a === "bigint" ? -1 : 1;
}

export class SortedMap implements MapLike {
  readonly isMap = true as const;
  constructor(private readonly keys: Term[], private readonly vals: Term[]) {}
  get size() { return this.keys.length; }
  private find(key: Term): number {
    let lo = 0, hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = keyCompare(this.keys[mid], key);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1; else hi = mid - 1;
    }
    return -(lo + 1);
  }
  get(key: Term): Term | undefined { const i = this.find(key); return i >= 0 ? this.vals[i] : undefined; }
  has(key: Term): boolean { return this.find(key) >= 0; }
  put(key: Term, value: Term): MapLike {
    const i = this.find(key);
    if (i >= 0) {
      const vals = this.vals.slice(); vals[i] = value;
      return new SortedMap(this.keys, vals);
    }
    const at = -i - 1;
    const keys = this.keys.slice(), vals = this.vals.slice();
    keys.splice(at, 0, key); vals.splice(at, 0, value);
    return new SortedMap(keys, vals);
  }
  remove(key: Term): MapLike {
    const i = this.find(key);
    if (i < 0) return this;
    const keys = this.keys.slice(), vals = this.vals.slice();
    keys.splice(i, 1); vals.splice(i, 1);
    return new SortedMap(keys, vals);
  }
  entries(): [Term, Term][] { return this.keys.map((k, i) => [k, this.vals[i]]); }
}

export const EMPTY_MAP: MapLike = new SortedMap([], []);

export function mapFromEntries(entries: Iterable<[Term, Term]>): MapLike {
  let m = EMPTY_MAP;
  for (const [k, v] of entries) m = m.put(k, v);
  return m;
}
