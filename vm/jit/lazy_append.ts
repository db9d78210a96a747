// Delayed byte appends in a self-recursive loop (`f(<<c, r::binary>>, acc) -> f(r, <<acc::binary, c>>)`,
// a `for <<c <- bin>>, into: ""` generator's loop): the accumulator parameter p is kept as a binary
// and a length (l{p}, n{p}: the first n{p} bytes of l{p}'s buffer from l{p}'s start) instead of a
// new binary per byte. A byte is written in place after them while they end where the buffer's
// used part ends (binary_build.ts's rule for `<<acc::binary, x>>`: any other binary on the buffer
// ends before, so it never sees the byte); else the append is appendByte's, whose result the loop
// goes on with. A value is made (appended) only where something else reads p or the operand slot:
// another push of p, a pattern, a stop's record, a function_clause. n{p} undefined: l{p} is the value
// (a test of undefined takes no type feedback: a first `n >= 0` on the loop's way out deoptimised it).
import { Op } from "../../compiler/opcodes.ts";
import type { ModuleVersion } from "../module.ts";
import type { Pat } from "../patterns.ts";
import { isByteAppend, segmentValueCount, type BinSpecs } from "../binary_build.ts";
import type { FunctionPlan } from "./analyze.ts";
import { patternWrites } from "./lazy_rest.ts";
import { followSlot, predecessors, selfCallArg } from "./slot_span.ts";

export interface LazyAppends {
  /** parameters that may hold a delayed accumulator */
  params: Set<number>;
  /** pc of a push of such a parameter whose operand slot goes, delayed, to a byte append -> the parameter */
  pushes: Map<number, number>;
  /** pc of a byte append of a delayed operand slot (its first operand) */
  appends: Set<number>;
  /** pc of a self tail call -> the parameters whose argument is the delayed operand slot */
  tails: Map<number, Set<number>>;
  /** block leaders between a push and its self call -> operand slots delayed there */
  keep: Map<number, Set<number>>;
}

/** what function fi can keep delayed (null: nothing) */
export function findLazyAppends(v: ModuleVersion, fi: number, plan: FunctionPlan, leaders: Set<number>): LazyAppends | null {
  const f = v.functions[fi];
  if (plan.usesTry) return null;
  // parameters written in the body (a store, a pattern's binding) are left alone
  const written = new Set<number>();
  for (const i of plan.insns) {
    if (i.op === Op.store_local) written.add(i.a);
    else if (i.op === Op.match || i.op === Op.match_or_badmatch) patternWrites(v.literals[i.a] as Pat, written);
  }
  const index = new Map(plan.insns.map((x, k) => [x.pc, k]));
  const from = predecessors(plan);
  const out: LazyAppends = { params: new Set(), pushes: new Map(), appends: new Set(), tails: new Map(), keep: new Map() };
  for (const x of plan.insns) {
    if (x.op !== Op.push_local || x.a >= f.arity || written.has(x.a) || x.inGuard) continue;
    const p = x.a, slot = x.depth;
    // the pushed value stays in its operand slot up to a byte append of it, whose result stays
    // there up to a self tail call that passes it as p
    let append = -1;
    followSlot(v, plan, index, from, leaders, x, (i, span) => {
      if (i.op === Op.make_bin && append < 0 && i.depth - 2 === slot) {
        const specs = v.literals[i.a] as BinSpecs;
        if (segmentValueCount(specs) === 2 && isByteAppend(specs)) {
          append = i.pc;
          return "past";
        }
      }
      const arg = selfCallArg(v, fi, i, slot);
      if (arg === -2) return "check";
      if (append >= 0 && arg === p && span.farthest <= i.pc) {
        out.params.add(p);
        out.pushes.set(x.pc, p);
        out.appends.add(append);
        let t = out.tails.get(i.pc);
        if (t === undefined) out.tails.set(i.pc, (t = new Set()));
        t.add(p);
        for (const pc of span.crossed) {
          let slots = out.keep.get(pc);
          if (slots === undefined) out.keep.set(pc, (slots = new Set()));
          slots.add(slot);
        }
      }
      return "end";
    });
  }
  return out.params.size === 0 ? null : out;
}
