// Property: make_bin's fast path for whole-byte constructions (vm/binary_build.ts buildWholeBytes)
// builds exactly what the general bit-writer path builds, raises where it raises, and its in-place
// append (`acc <> x` into acc's spare room) never changes a binary built earlier.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { buildBinary, buildBinaryGeneral, BinSpecs } from "../../vm/binary_build.ts";
import { Bin, Term } from "../../vm/terms.ts";
import { ErlangError } from "../../vm/errors.ts";
import { inspect } from "../../vm/inspect.ts";

const RUNS = Number(process.env.PROP_RUNS ?? 300);

type Spec = BinSpecs[number];
const spec: fc.Arbitrary<Spec> = fc.oneof(
  fc.record({ type: fc.constant("binary" as const), size: fc.constantFrom(null, null, 0, 1, 3, 70), unit: fc.constantFrom(8, 8, 1), signed: fc.constant(false), little: fc.constant(false), dynSize: fc.constant(false) }),
  fc.record({ type: fc.constant("integer" as const), size: fc.constantFrom(null, 0, 1, 3, 8, 16, 24, 32, 40, 48, 56, 64), unit: fc.constantFrom(1, 1, 8), signed: fc.boolean(), little: fc.boolean(), dynSize: fc.constant(false) }),
  fc.record({ type: fc.constant("utf8" as const), size: fc.constant(null), unit: fc.constant(1), signed: fc.constant(false), little: fc.constant(false), dynSize: fc.constant(false) }),
  fc.record({ type: fc.constant("float" as const), size: fc.constant(null), unit: fc.constant(1), signed: fc.constant(false), little: fc.boolean(), dynSize: fc.constant(false) }),
);
const bytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n });
const value: fc.Arbitrary<Term> = fc.oneof(
  fc.integer({ min: -300, max: 300 }),
  fc.maxSafeInteger(),
  fc.bigInt({ min: -(1n << 70n), max: 1n << 70n }),
  fc.constantFrom(0x7f, 0x80, 0x7ff, 0x800, 0xd800, 0xffff, 0x10000, 0x10ffff, 0x110000, -1),
  fc.integer({ min: 0, max: 130 }).chain(bytes).map((b) => new Bin(b)),
  fc.integer({ min: 1, max: 3 }).chain(bytes).map((b) => new Bin(b, undefined, 3)),
);

/** what a construction gives: its bytes and tail bits, or the error it raises */
function outcome(f: () => Bin): string {
  try {
    const b = f();
    return `${Array.from(b.bytes).join(",")}/${b.tailBits}`;
  } catch (e) {
    if (e instanceof ErlangError) return `raise ${e.kind} ${inspect(e.reason)}`;
    throw e;
  }
}

describe("make_bin's whole-byte fast path", () => {
  it("builds what the general path builds, and raises what it raises", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(spec, value), { minLength: 1, maxLength: 5 }), (segs) => {
        const specs = segs.map(([s]) => s), vals = segs.map(([, v]) => v);
        expect(outcome(() => buildBinary(specs, vals, 0))).toBe(outcome(() => buildBinaryGeneral(specs, vals, 0)));
      }),
      { numRuns: RUNS, seed: Number(process.env.PROP_SEED ?? 12), verbose: true },
    );
  });

  it("appends in place without changing a binary built before from the same accumulator", () => {
    fc.assert(
      fc.property(bytes(80), fc.array(fc.uint8Array({ minLength: 0, maxLength: 40 }), { minLength: 1, maxLength: 12 }), (start, parts) => {
        const specs: BinSpecs = [
          { type: "binary", size: null, unit: 8, signed: false, little: false, dynSize: false },
          { type: "binary", size: null, unit: 8, signed: false, little: false, dynSize: false },
        ];
        let acc = new Bin(start);
        const seen: [Bin, string][] = [];
        for (const p of parts) {
          // each accumulator extended twice: the second append must not overwrite the first's bytes
          const a = buildBinary(specs, [acc, new Bin(p)], 0);
          const b = buildBinary(specs, [acc, new Bin(p.map((x) => x ^ 0xff))], 0);
          seen.push([a, [...acc.bytes, ...p].join(",")], [b, [...acc.bytes, ...p.map((x) => x ^ 0xff)].join(",")]);
          acc = a;
        }
        for (const [bin, want] of seen) expect(Array.from(bin.bytes).join(",")).toBe(want);
      }),
      { numRuns: RUNS / 3, seed: Number(process.env.PROP_SEED ?? 12) },
    );
  });
});
