// Map literals made at one site share their sorted keys (vm/map_shape.ts): the maps are those
// mapOfPuts makes from the same pairs whatever the site saw before, and a repeated shape shares
// the first one's keys array.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { exactEquals } from "../../vm/compare.ts";
import { mapOfPuts, SmallMap } from "../../vm/map.ts";
import { MapShape, mapOfPutsAt } from "../../vm/map_shape.ts";
import { atom, bin, Float, type Term } from "../../vm/terms.ts";

// a small pool of keys, so that constructions repeat keys (identical terms), equal keys that are
// not identical (two binaries, 1 and 1.0 beside 1) and repeat a key within one literal
const POOL: Term[] = [atom("a"), atom("b"), atom("__struct__"), 1, 2, bin("id"), bin("id"), new Float(1), 40n ** 30n];

describe("map literals at one site", () => {
  it("make what mapOfPuts makes, sharing the keys of a repeated shape", () => {
    // two or three key lists, then constructions each taking one of them with values of its own
    const keyLists = fc.array(fc.array(fc.constantFrom(...POOL), { maxLength: 40 }), { minLength: 1, maxLength: 3 });
    const made = fc.array(fc.tuple(fc.nat(), fc.array(fc.integer(), { minLength: 40, maxLength: 40 })), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(keyLists, made, (lists, constructions) => {
        const shape = new MapShape();
        let last: { given: Term[]; m: SmallMap } | null = null;
        for (const [which, values] of constructions) {
          const given = lists[which % lists.length];
          const kv = given.flatMap((k, i) => [k, values[i]]);
          const m = mapOfPutsAt(kv, shape);
          expect(exactEquals(m, mapOfPuts(kv))).toBe(true);
          expect(m.entries()).toEqual(mapOfPuts(kv).entries());
          if (last !== null && m instanceof SmallMap && given === last.given) expect(m.keys).toBe(last.m.keys);
          last = m instanceof SmallMap && given.length > 0 ? { given, m } : null;
        }
      }),
      { numRuns: 300 },
    );
  });
});
