import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { compare, compareExact, compareKey, exactEquals, looseEquals, hashTerm } from "../../vm/compare.ts";
import { Float, atom, bin, list, tuple, NIL, Pid, Ref, ExtFun, Bin, Cons, Tuple, isMap, type Term } from "../../vm/terms.ts";
import { mapFromEntries } from "../../vm/map.ts";
import { termArb } from "./term_arb.ts";

const sgn = (x: number) => (x < 0 ? -1 : x > 0 ? 1 : 0);

describe("term order", () => {
  it("orders types like Erlang", () => {
    const ordered = [
      -1, new Float(0.5), 2n ** 80n, atom("a"), new Ref(1), new ExtFun(atom("m"), atom("f"), 1), new Pid(1),
      tuple(1), mapFromEntries([[1, 2]]), NIL, list([1]), bin("a"),
    ];
    for (let i = 0; i + 1 < ordered.length; i++) expect(compare(ordered[i], ordered[i + 1])).toBeLessThan(0);
  });
  it("compares ints and floats by value, exactly in exact order", () => {
    expect(compare(1, new Float(1))).toBe(0);
    expect(looseEquals(1, new Float(1))).toBe(true);
    expect(exactEquals(1, new Float(1))).toBe(false);
    expect(compareExact(2, new Float(1))).toBeLessThan(0);
    expect(compare(2n ** 60n, new Float(2 ** 60))).toBe(0);
    expect(compare(2n ** 60n + 1n, new Float(2 ** 60))).toBeGreaterThan(0);
    expect(exactEquals(new Float(0), new Float(-0))).toBe(true); // OTP 25
  });
  it("maps: size, then keys, then values", () => {
    const m = (es: [any, any][]) => mapFromEntries(es);
    expect(compare(m([[atom("b"), 1]]), m([[atom("a"), 1], [atom("b"), 1]]))).toBeLessThan(0);
    expect(compare(m([[1, atom("a")]]), m([[new Float(1), atom("a")]]))).toBeLessThan(0);
    expect(compare(m([[atom("a"), 1]]), m([[atom("a"), new Float(1)]]))).toBe(0);
  });
  it("is a total order consistent with exactEquals and hashTerm (property)", () => {
    fc.assert(
      fc.property(termArb, termArb, termArb, (a, b, c) => {
        expect(compare(a, a)).toBe(0);
        expect(sgn(compare(a, b)) + sgn(compare(b, a))).toBe(0);
        expect(sgn(compareExact(a, b)) + sgn(compareExact(b, a))).toBe(0);
        if (compare(a, b) <= 0 && compare(b, c) <= 0) expect(compare(a, c)).toBeLessThanOrEqual(0);
        if (compareExact(a, b) <= 0 && compareExact(b, c) <= 0) expect(compareExact(a, c)).toBeLessThanOrEqual(0);
        expect(compareExact(a, b) === 0).toBe(exactEquals(a, b));
        if (exactEquals(a, b)) {
          expect(hashTerm(a)).toBe(hashTerm(b));
          expect(compare(a, b)).toBe(0);
        }
      }),
      { numRuns: 3000 },
    );
  });
  it("looseEquals (==) is the term order's equality, for terms equal but for ints and floats of a value (property)", () => {
    // a copy of t made of new objects, numbers of integral value turned int <-> float where `turn` says
    const twin = (t: Term, turn: () => boolean): Term => {
      if (typeof t === "number") return turn() ? new Float(t) : t;
      if (t instanceof Float) return Number.isSafeInteger(t.value) && !Object.is(t.value, -0) && turn() ? t.value : new Float(t.value);
      if (t instanceof Bin) return new Bin(Uint8Array.from(t.bytes), undefined, t.tailBits);
      if (t instanceof Cons) return new Cons(twin(t.head, turn), twin(t.tail, turn));
      if (t instanceof Tuple) return tuple(...t.items.map((x) => twin(x, turn)));
      if (isMap(t)) return mapFromEntries(t.entries().map(([k, v]) => [twin(k, turn), twin(v, turn)] as [Term, Term]));
      return t;
    };
    fc.assert(
      fc.property(termArb, termArb, fc.infiniteStream(fc.boolean()), (a, b, flips) => {
        const it = flips[Symbol.iterator]();
        const turn = () => it.next().value as boolean;
        const c = twin(a, turn);
        expect(looseEquals(a, c)).toBe(compare(a, c) === 0);
        expect(looseEquals(c, a)).toBe(compare(c, a) === 0);
        expect(looseEquals(a, b)).toBe(compare(a, b) === 0);
        expect(looseEquals(a, twin(a, () => false))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it("hashTerm gives int32s: small integers to V8, no heap number made per hash (property)", () => {
    // (an unsigned hash of 2^31 or more, half of them, was a heap number made at every return of
    // hashTerm and a boxed double in every trie leaf: map_tuple_keys_200k's lookups made 3 MB of
    // them; vm/map.ts reads the bits with >>> and compares with ===)
    let negative = 0;
    fc.assert(
      fc.property(termArb, (a) => {
        const h = hashTerm(a);
        expect(h | 0).toBe(h);
        if (h < 0) negative++;
      }),
      { numRuns: 2000 },
    );
    expect(negative).toBeGreaterThan(100);
    // a map keyed by tuples past the flatmap's 32 keys finds every key
    const m = mapFromEntries(Array.from({ length: 2000 }, (_, i) => [tuple(i % 100, (i / 100) | 0), i] as [any, any]));
    for (let i = 0; i < 2000; i++) expect(m.get(tuple(i % 100, (i / 100) | 0))).toBe(i);
  });
  it("compareKey (a flatmap's key order) is compareExact, tuple keys and all (property)", () => {
    // map keys as programs make them: small integers, atoms, and tuples of them, beside any term
    const keyLeaf = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(atom("a"), atom("b"), new Float(1), 2n ** 64n, bin("x")));
    const keyArb: fc.Arbitrary<any> = fc.letrec<{ k: any }>((tie) => ({
      k: fc.oneof({ depthSize: "small" }, keyLeaf, termArb, fc.array(tie("k"), { maxLength: 3 }).map((xs) => tuple(...xs))),
    })).k;
    fc.assert(
      fc.property(keyArb, keyArb, (a, b) => {
        expect(sgn(compareKey(a, b))).toBe(sgn(compareExact(a, b)));
        expect(exactEquals(a, b)).toBe(compareExact(a, b) === 0);
        if (exactEquals(a, b)) expect(hashTerm(a)).toBe(hashTerm(b));
      }),
      { numRuns: 5000 },
    );
    // nesting deeper than compareKey's own recursion goes on in cmp
    let x: any = 1, y: any = 2;
    for (let i = 0; i < 5000; i++) [x, y] = [tuple(x, atom("a")), tuple(y, atom("a"))];
    expect(compareKey(x, y)).toBeLessThan(0);
    expect(compareKey(y, x)).toBeGreaterThan(0);
  });
  // Regression: binaries compared through `bytes`, which makes a view of a binary in a slab at each
  // read: two typed arrays per comparison of string map keys (a record's every Map.put) and of
  // sorted strings. Now read in place; the order checked against the bytes compared here.
  it("compares binaries by their bytes in place, in the BEAM's order (property)", () => {
    const bytesArb = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 40 });
    // as programs make them: short text in a slab, a typed array of its own, a sub-binary
    const binArb = fc.tuple(bytesArb, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 3 })).map(([bs, how, pad]) => {
      if (how === 0) return bin(String.fromCharCode(...bs.map((b) => b & 0x7f)));
      if (how === 1) return new Bin(Uint8Array.from(bs));
      return new Bin(Uint8Array.from([...new Array(pad).fill(9), ...bs, 7]), undefined, 0, pad, bs.length);
    });
    const reference = (a: Bin, b: Bin) => {
      const x = [...a.bytes], y = [...b.bytes];
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return sgn(x[i] - y[i]);
      return sgn(x.length - y.length);
    };
    const d = Object.getOwnPropertyDescriptor(Bin.prototype, "bytes")!;
    let reads = 0;
    fc.assert(
      fc.property(binArb, binArb, (a, b) => {
        const want = reference(a, b);
        Object.defineProperty(Bin.prototype, "bytes", { get() { reads++; return d.get!.call(this); }, configurable: true });
        let got: number[];
        try {
          const m = mapFromEntries([[a, 1]]).put(b, 2);
          got = [sgn(compare(a, b)), sgn(compareExact(a, b)), sgn(compareKey(a, b)), m.get(a) === (want === 0 ? 2 : 1) ? want : 99];
        } finally {
          Object.defineProperty(Bin.prototype, "bytes", d);
        }
        expect(got).toEqual([want, want, want, want]);
      }),
      { numRuns: 3000 },
    );
    expect(reads).toBe(0);
  });
});
