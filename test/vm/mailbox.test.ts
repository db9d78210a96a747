// The mailbox (vm/mailbox.ts) against a plain array model: pushes, removals at any position,
// retain, in random order (seeded); and a mailbox that empties reuses its array's first slot.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { Mailbox } from "../../vm/mailbox.ts";
import type { Term } from "../../vm/terms.ts";

type Step = { op: "push"; n: number } | { op: "remove"; at: number } | { op: "retain"; mod: number } | { op: "drain" };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((n) => ({ op: "push" as const, n })) },
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 40 }).map((at) => ({ op: "remove" as const, at })) },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 5 }).map((mod) => ({ op: "retain" as const, mod })) },
  { weight: 1, arbitrary: fc.constant({ op: "drain" as const }) },
);

describe("mailbox", () => {
  it("behaves as an array of messages (oldest first)", () => {
    const seed = Number(process.env.PROP_SEED ?? 1207);
    console.log(`mailbox property seed ${seed}`);
    fc.assert(
      fc.property(fc.array(step, { maxLength: 3000 }), (steps) => {
        const mb = new Mailbox();
        let model: number[] = [];
        for (const s of steps) {
          if (s.op === "push") {
            mb.push(s.n);
            model.push(s.n);
          } else if (s.op === "remove") {
            if (model.length === 0) continue;
            const i = s.at % model.length;
            mb.removeAt(i);
            model.splice(i, 1);
          } else if (s.op === "retain") {
            mb.retain((m) => (m as number) % s.mod !== 0);
            model = model.filter((m) => m % s.mod !== 0);
          } else {
            while (mb.length > 0) mb.removeAt(0);
            model = [];
          }
          expect(mb.length).toBe(model.length);
          if (model.length > 0) expect([mb.at(0), mb.at(model.length - 1)]).toEqual([model[0], model[model.length - 1]]);
        }
        expect(mb.toArray()).toEqual(model);
      }),
      { seed, numRuns: 150 },
    );
  });

  it("a message taken as it comes leaves the array at one slot (no growth, no copy)", () => {
    const mb = new Mailbox();
    const items = () => (mb as unknown as { items: Term[] }).items;
    mb.push(0);
    const first = items();
    for (let i = 1; i <= 5000; i++) {
      mb.removeAt(0);
      mb.push(i);
    }
    expect(mb.toArray()).toEqual([5000]);
    expect(items()).toBe(first);
    expect(items().length).toBe(1);
  });

  it("an array a burst made long is not kept at its length once the mailbox is empty", () => {
    const mb = new Mailbox();
    for (let i = 0; i < 100_000; i++) mb.push(i);
    for (let i = 0; i < 100_000; i++) {
      expect(mb.at(0)).toBe(i);
      mb.removeAt(0);
    }
    mb.push(7);
    expect((mb as unknown as { items: Term[] }).items.length).toBeLessThanOrEqual(1024);
    expect(mb.toArray()).toEqual([7]);
  });
});
