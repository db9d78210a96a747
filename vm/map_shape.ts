// Map literals with the same keys at one construction site (`%{"id" => i, "name" => n}`, a
// struct's `%S{a: x}`): each map shares one sorted array of keys, as the BEAM's flatmaps of a
// literal share one key tuple. The first construction sorts the keys (mapOfPuts); a later one
// whose keys are the same terms (identical: atoms are interned, literal binaries are the
// module's own objects) only places its values, without comparing keys. Maps that share their
// keys array also take less memory and let a later lookup of the same key at one place reuse
// its index (vm/jit's key caches).
import { type Term, type MapLike } from "./terms.ts";
import { SmallMap, mapOfPuts, SMALL_MAP_MAX } from "./map.ts";

export class MapShape {
  /** the keys as the last construction that set the shape gave them, in its order */
  given: Term[] | null = null;
  /** the sorted keys of the maps made (shared by them all) */
  keys: Term[] = [];
  /** where the value of each given pair goes in the sorted arrays (a repeated key's later value
   *  lands on the first's place: the later one wins, as with puts) */
  at: number[] = [];
}

/** the map of the keys and values kv[0..2n) (alternating) made at the site whose shape is s */
export function mapOfPutsAt(kv: readonly Term[], s: MapShape): MapLike {
  const n = kv.length >> 1;
  const given = s.given;
  if (given !== null && given.length === n) {
    let i = 0;
    while (i < n && kv[2 * i] === given[i]) i++;
    if (i === n) {
      const at = s.at;
      const vals: Term[] = new Array(s.keys.length);
      for (let j = 0; j < n; j++) vals[at[j]] = kv[2 * j + 1];
      return new SmallMap(s.keys, vals);
    }
  }
  const m = mapOfPuts(kv);
  if (n > 0 && n <= SMALL_MAP_MAX && m instanceof SmallMap) {
    const keys = new Array<Term>(n), at = new Array<number>(n);
    for (let j = 0; j < n; j++) {
      keys[j] = kv[2 * j];
      at[j] = m.indexOf(keys[j]);
    }
    s.given = keys;
    s.keys = m.keys;
    s.at = at;
  }
  return m;
}

/**
 * A lookup of a key at one place in compiled code (`s.count`, a struct's check, a map pattern's
 * literal key, `%{m | k => v}`): the key, the keys array of the last flatmap it was found in and
 * its index there. Maps that share that array (made at one literal site, or updated from one
 * map: an update keeps the keys) find the same key again with two comparisons, without the scan.
 */
export class KeyCache {
  keys: readonly Term[] | null = null;
  key: Term | undefined = undefined;
  i = 0;
}

/** the index of key in m's keys (negative: none), through the place's cache c */
export function indexCached(m: SmallMap, key: Term, c: KeyCache): number {
  const keys = m.keys;
  if (keys === c.keys && key === c.key) return c.i;
  const i = m.indexOf(key);
  if (i >= 0) {
    c.keys = keys;
    c.key = key;
    c.i = i;
  }
  return i;
}

/** m.get(key), through the place's cache c */
export function getCached(m: MapLike, key: Term, c: KeyCache): Term | undefined {
  if (!(m instanceof SmallMap)) return m.get(key);
  const i = indexCached(m, key, c);
  return i < 0 ? undefined : m.vals[i];
}
