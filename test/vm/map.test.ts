import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { compareExact, exactEquals } from "../../vm/compare.ts";
import { EMPTY_MAP, mapFromEntries, mapFromKeyValues, HashMap, SmallMap, listEntries, mapKeys } from "../../vm/map.ts";
import { orderWork } from "../../vm/map_order.ts";
import { makeInternalHash } from "../../vm/ets/internal_hash.ts";
import { Term, MapLike, Float, atom, Cons, bin } from "../../vm/terms.ts";
import { termArb } from "./term_arb.ts";

// Model: a JS array of [key, value] with exactEquals keys.
type Model = [Term, Term][];
function mPut(m: Model, k: Term, v: Term): Model {
  const i = m.findIndex(([x]) => exactEquals(x, k));
  const c = m.slice();
  if (i >= 0) c[i] = [k, v];
  else c.push([k, v]);
  return c;
}
function mDel(m: Model, k: Term): Model {
  return m.filter(([x]) => !exactEquals(x, k));
}

describe("maps", () => {
  it("small maps stay sorted in exact term order", () => {
    const m = mapFromEntries([[2, atom("a")], [new Float(1), atom("b")], [1, atom("c")], [atom("x"), 1]]);
    expect(m.entries().map((e) => e[0])).toEqual([1, 2, new Float(1), atom("x")]);
    expect(m).toBeInstanceOf(SmallMap);
  });
  it("switches to a trie above 32 keys and back", () => {
    let m: MapLike = EMPTY_MAP;
    for (let i = 0; i < 40; i++) m = m.put(i, i * 2);
    expect(m).toBeInstanceOf(HashMap);
    expect(m.size).toBe(40);
    expect(m.get(39)).toBe(78);
    expect(m.entries().map((e) => e[0])).toEqual([...Array(40).keys()]);
    for (let i = 0; i < 10; i++) m = m.remove(i);
    expect(m).toBeInstanceOf(SmallMap);
    expect(m.size).toBe(30);
  });
  it("puts 100_000 keys quickly", () => {
    let m: MapLike = EMPTY_MAP;
    for (let i = 1; i <= 100_000; i++) m = m.put(i, i);
    expect(m.size).toBe(100_000);
    expect(m.get(54321)).toBe(54321);
    expect(m.get(new Float(54321))).toBeUndefined();
  });
  it("lists a big map in the BEAM's trie order, hashing each key once across versions", () => {
    // the reference: sort by the nibble-reversed make_internal_hash, descending; a 32-bit
    // collision (200k keys hold a few) by the hash of [1 | key]
    const rank = (h: number) => {
      let r = 0;
      for (let i = 0; i < 8; i++) r = r * 16 + ((h >>> (4 * i)) & 15);
      return r;
    };
    const reference = (keys: Term[]) =>
      keys
        .map((k) => ({ k, r: rank(makeInternalHash(k)), d: rank(makeInternalHash(new Cons(1, k))) }))
        .sort((a, b) => b.r - a.r || b.d - a.d)
        .map((e) => e.k);
    let m: MapLike = EMPTY_MAP;
    const keys: Term[] = [];
    for (let i = 1; i <= 200_000; i++) {
      const k = i % 2 ? i : bin(`k${i}`);
      keys.push(k);
      m = m.put(k, i);
    }
    const before = orderWork.hashes;
    expect(mapKeys(m)).toEqual(reference(keys));
    expect(orderWork.hashes - before).toBe(200_000);
    // a new version shares its leaves' ranks: one put hashes one key (without the cache, 200,001)
    const m2 = m.put(-1, 0);
    const mid = orderWork.hashes;
    const listed = listEntries(m2).map((e) => e[0]);
    expect(orderWork.hashes - mid).toBe(1);
    expect(listed).toEqual(reference([...keys, -1]));
  });
  it("behaves like a model (property)", () => {
    const op = fc.oneof(
      fc.tuple(fc.constant("put" as const), termArb, termArb),
      fc.tuple(fc.constant("put" as const), fc.integer({ min: 0, max: 60 }), termArb),
      fc.tuple(fc.constant("del" as const), fc.integer({ min: 0, max: 60 }), fc.constant(0)),
      fc.tuple(fc.constant("del" as const), termArb, fc.constant(0)),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
        let m: MapLike = EMPTY_MAP;
        let model: Model = [];
        for (const [kind, k, v] of ops) {
          const before = m;
          const beforeEntries = before.entries();
          if (kind === "put") { m = m.put(k, v); model = mPut(model, k, v); }
          else { m = m.remove(k); model = mDel(model, k); }
          expect(before.entries()).toEqual(beforeEntries); // persistence
          expect(m.size).toBe(model.length);
        }
        for (const [k, v] of model) {
          expect(m.has(k)).toBe(true);
          expect(exactEquals(m.get(k)!, v)).toBe(true);
        }
        const keys = m.entries().map((e) => e[0]);
        for (let i = 0; i + 1 < keys.length; i++) expect(compareExact(keys[i], keys[i + 1])).toBeLessThan(0);
      }),
      { numRuns: 300 },
    );
  });
  it("a map built from many pairs in place is the map their puts one by one make (property)", () => {
    // keys from a small range repeat (a later value replaces an earlier one); past 32 keys the
    // build goes on in the trie's own nodes
    const key = fc.oneof(termArb, fc.integer({ min: 0, max: 200 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, termArb), { minLength: 20, maxLength: 300, size: "max" }), (pairs) => {
        let byPuts: MapLike = EMPTY_MAP;
        for (const [k, v] of pairs) byPuts = byPuts.put(k, v);
        const built = mapFromKeyValues(pairs.flat());
        expect(built.size).toBe(byPuts.size);
        expect(listEntries(built)).toEqual(listEntries(byPuts));
        for (const [k] of pairs) expect(built.get(k)).toBe(byPuts.get(k));
      }),
      { numRuns: 200, seed: 20261203 },
    );
  });
  it("small maps find atom keys (looked up by identity) and mixed keys as the model does", () => {
    // atoms from a small pool (hits and misses), beside integers, floats and binaries that sort
    // among them; update1/update2 as a struct update uses them
    const pool = ["a", "b", "count", "total", "last", "__struct__", "zz", "A"].map((n) => atom(n));
    const key = fc.oneof(fc.constantFrom(...pool), fc.integer({ min: -3, max: 3 }), fc.constantFrom(new Float(1), bin("a")));
    const op = fc.tuple(fc.constantFrom("put", "del", "up1", "up2"), key, key, fc.integer());
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        let m: MapLike = EMPTY_MAP;
        let model: Model = [];
        for (const [kind, k, k2, v] of ops) {
          if (kind === "put") { m = m.put(k, v); model = mPut(model, k, v); }
          else if (kind === "del") { m = m.remove(k); model = mDel(model, k); }
          else if (m instanceof SmallMap) {
            const has = (x: Term) => model.some(([y]) => exactEquals(x, y));
            const r = kind === "up1" ? m.update1(k, v) : m.update2(k, v, k2, v + 1);
            const ok = kind === "up1" ? has(k) : has(k) && has(k2);
            expect(r !== undefined).toBe(ok);
            if (r !== undefined) {
              m = r;
              model = mPut(model, k, v);
              if (kind === "up2") model = mPut(model, k2, v + 1);
            }
          }
          for (const x of pool) {
            const e = model.find(([y]) => y === x);
            expect(m.get(x)).toBe(e === undefined ? undefined : e[1]);
          }
        }
        const sorted = [...model].sort((x, y) => compareExact(x[0], y[0])).map((e) => e[0]);
        expect(m.entries().map((e) => e[0])).toEqual(sorted);
      }),
      { numRuns: 300 },
    );
  });
});
