// fast-check arbitraries for terms, shared by the data-layer property tests.
import fc from "fast-check";
import { Term, Float, atom, bin, list, tuple, NIL, Pid, Ref, int } from "../../vm/terms.ts";
import { mapFromEntries } from "../../vm/map.ts";

const leaf: fc.Arbitrary<Term> = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.integer(),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((b) => int(b)),
  fc.constantFrom(-2, -1, 0, 1, 2, 0.5, -0.0, 1e300).map((x) => new Float(x)),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => new Float(x)),
  fc.constantFrom("a", "b", "ok", "nil", "Elixir.Foo").map((s) => atom(s)),
  fc.string({ maxLength: 3 }).map((s) => bin(s)),
  fc.constant(NIL),
  fc.integer({ min: 0, max: 3 }).map((i) => new Pid(i)),
  fc.integer({ min: 0, max: 3 }).map((i) => new Ref(i)),
);

export const termArb: fc.Arbitrary<Term> = fc.letrec<{ t: Term }>((tie) => ({
  t: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("t"), { maxLength: 3 }).map((xs) => list(xs)),
    fc.tuple(fc.array(tie("t"), { maxLength: 2 }), tie("t")).map(([xs, t]) => list(xs, t)),
    fc.array(tie("t"), { maxLength: 3 }).map((xs) => tuple(...xs)),
    fc.array(fc.tuple(tie("t"), tie("t")), { maxLength: 3 }).map((es) => mapFromEntries(es)),
  ),
})).t;
