// The comparison operators' fast paths (vm/operators.ts): equality of the same term, of atoms,
// pids and references is decided without the operator's BIF (`pid == self()` in GenServer.call,
// `x == :ok`), with the BIF's answer; anything else still goes to the BIF.
import { describe, it, expect } from "vitest";
import { Op } from "../../compiler/opcodes.ts";
import { operatorSlow } from "../../vm/operators.ts";
import { looseEquals, exactEquals } from "../../vm/compare.ts";
import { atom, Pid, Ref, Tuple, Float, bin, TRUE, FALSE, type Term } from "../../vm/terms.ts";
import type { ImportSlot } from "../../vm/module.ts";
import type { BifContext } from "../../vm/bifs/registry.ts";

/** an import slot whose BIF counts its calls and answers as the real operator would */
function slot(op: number, calls: { n: number }): ImportSlot {
  const eq = op === Op.eq || op === Op.ne ? looseEquals : exactEquals;
  const positive = op === Op.eq || op === Op.eeq;
  const fn = ([a, b]: Term[]) => {
    calls.n++;
    return eq(a, b) === positive ? TRUE : FALSE;
  };
  return { bif: { fn } } as unknown as ImportSlot;
}

const ctx = {} as BifContext;

describe("equality operators without the BIF", () => {
  const p1 = new Pid(7), p1again = new Pid(7), p2 = new Pid(8), p1other = new Pid(7, 1);
  const r1 = new Ref(3), r1again = new Ref(3), r2 = new Ref(4);
  const ok = atom("ok"), err = atom("error");
  const direct: [Term, Term][] = [
    [p1, p1], [p1, p1again], [p1, p2], [p1, p1other], [p1, r1], [p1, ok],
    [r1, r1again], [r1, r2], [r1, p1], [ok, ok], [ok, err], [ok, 1], [ok, bin("ok")], [ok, new Float(1)],
  ];

  for (const op of [Op.eq, Op.ne, Op.eeq, Op.ene]) {
    it(`op ${op}: atoms, pids and references answer as the BIF does, without calling it`, () => {
      const calls = { n: 0 }, reference = { n: 0 };
      const imp = slot(op, calls), ref = slot(op, reference);
      for (const [a, b] of direct) {
        const want = ref.bif!.fn([a, b], ctx);
        expect(operatorSlow(op, imp, a, b, ctx)).toBe(want);
      }
      expect(calls.n).toBe(0);
    });
  }

  it("other terms still go to the BIF (1 == 1.0 inside a tuple)", () => {
    const calls = { n: 0 };
    const imp = slot(Op.eq, calls);
    expect(operatorSlow(Op.eq, imp, new Tuple([1]), new Tuple([new Float(1)]), ctx)).toBe(TRUE);
    expect(operatorSlow(Op.eeq, slot(Op.eeq, calls), new Tuple([1]), new Tuple([new Float(1)]), ctx)).toBe(FALSE);
    expect(calls.n).toBe(2);
  });
});
