// Properties of two byte-level fast paths of text building: decimalBin (integer_to_binary/1 and
// Integer.to_string/1 write an int32's digits straight into the slab) gives String(n)'s bytes,
// and iodataBytes (iolist_to_binary, IO.iodata_to_binary: one walk into a doubling buffer) gives
// the bytes of a plain recursive flattening, or undefined exactly where that finds no iodata;
// iodataSize (iolist_size/1) their count without a copy.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { decimalBin, bin, Bin, Cons, NIL, Term, Float, atom } from "../../vm/terms.ts";
import { iodataBytes, iodataSize } from "../../vm/bifs/util.ts";

const RUNS = Number(process.env.PROP_RUNS ?? 300);
const text = (b: Bin) => Buffer.from(b.bytes).toString("latin1");

describe("decimalBin", () => {
  it("is String(n) at the int32 boundaries, beyond them and for bignums", () => {
    const edges = [0, 1, -1, 9, 10, -9, -10, 99, 100, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 2 ** 53 - 1, -(2 ** 53) + 1];
    for (const n of edges) expect(text(decimalBin(n))).toBe(String(n));
    expect(text(decimalBin(-(10n ** 30n)))).toBe(String(-(10n ** 30n)));
  });
  it("is String(n) for any safe integer", () => {
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -1000, max: 1000 })), (n) => {
      const b = decimalBin(n);
      expect(b.size).toBe(String(n).length);
      expect(b.toString()).toBe(String(n));
    }), { numRuns: RUNS });
  });
});

type Io = { bytes: number[] | undefined; term: Term };
/** the reference: a recursive flattening that says undefined for anything but iodata */
function flat(t: Term, tail: boolean): number[] | undefined {
  if (t instanceof Bin) return [...t.bytes];
  if (t === NIL) return [];
  if (t instanceof Cons) {
    const h = t.head;
    const head = typeof h === "number" ? (h >= 0 && h <= 255 ? [h] : undefined) : h instanceof Cons || h === NIL || h instanceof Bin ? flat(h, false) : undefined;
    const rest = flat(t.tail, true);
    return head === undefined || rest === undefined ? undefined : [...head, ...rest];
  }
  void tail;
  return undefined;
}

const leaf: fc.Arbitrary<Term> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 255 }) },
  { weight: 6, arbitrary: fc.string({ maxLength: 90 }).map((s) => bin(s)) },
  { weight: 2, arbitrary: fc.constant(NIL) },
  // rarely: what is not iodata
  { weight: 1, arbitrary: fc.constantFrom<Term>(256, -1, atom("x"), new Float(1)) },
);
const io: fc.Arbitrary<Term> = fc.letrec<{ t: Term }>((tie) => ({
  t: fc.oneof({ depthSize: "small" }, leaf, fc.tuple(fc.array(tie("t"), { maxLength: 40 }), fc.oneof(fc.constant<Term>(NIL), fc.string({ maxLength: 5 }).map((s) => bin(s)))).map(([xs, end]) => {
    let l: Term = end;
    for (let i = xs.length - 1; i >= 0; i--) l = new Cons(xs[i], l);
    return l;
  })),
})).t;

describe("iodataBytes", () => {
  it("is the bytes of the recursive flattening, or undefined where that finds no iodata", () => {
    fc.assert(fc.property(io, (t) => {
      const want: Io["bytes"] = t instanceof Cons || t === NIL || t instanceof Bin ? flat(t, false) : undefined;
      const got = iodataBytes(t);
      expect(got === undefined ? undefined : [...got]).toEqual(want);
      // iolist_size/1 counts the same bytes without copying them
      expect(iodataSize(t)).toBe(want === undefined ? -1 : want.length);
    }), { numRuns: RUNS });
  });
  it("grows past its first buffer many times over and ends with exactly the bytes", () => {
    let l: Term = NIL;
    const want: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const s = String(i);
      l = new Cons(new Cons(bin(s), new Cons(44, NIL)), l);
    }
    for (let i = 19999; i >= 0; i--) want.push(...Buffer.from(String(i)), 44);
    const got = iodataBytes(l)!;
    expect(got.length).toBe(want.length);
    expect(Buffer.from(got).equals(Buffer.from(want))).toBe(true);
  });
});
