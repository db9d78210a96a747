// Following a value the function pushed, kept untouched in its operand slot, forward to the
// instruction that takes it (a self tail call: lazy_rest.ts's delayed rests, lazy_append.ts's
// delayed accumulators), through blocks entered only from the instructions since the push.
import { Op, opInfo, K } from "../../compiler/opcodes.ts";
import type { ModuleVersion } from "../module.ts";
import { FunctionPlan, Insn, effect, ends } from "./analyze.ts";

/** instructions the slot may be carried across (besides those pushing one value above it) */
const STAYS = new Set<number>([Op.jump_unless_truthy, Op.jump_unless_true, Op.jump, Op.pop, Op.store_local]);

/** where each instruction can be reached from (its predecessors' pcs) */
export function predecessors(plan: FunctionPlan): Map<number, number[]> {
  const from = new Map<number, number[]>();
  const edge = (a: number, b: number) => {
    let l = from.get(b);
    if (l === undefined) from.set(b, (l = []));
    l.push(a);
  };
  for (const i of plan.insns) {
    if (!ends(i.op)) edge(i.pc, i.next);
    opInfo(i.op)?.operands.forEach((k, n) => {
      if (k === K.Label) edge(i.pc, n === 0 ? i.a : i.b);
    });
  }
  return from;
}

export interface SlotSpan {
  /** the block leaders crossed so far */
  crossed: number[];
  /** where instructions since the push may jump: none may go past the instruction that takes the slot */
  farthest: number;
}

/** what the walk does at an instruction: check that it keeps the slot, go past it, or end */
export type SlotStep = "check" | "past" | "end";

/**
 * Walk the instructions after the push x (plan.insns[index of x] on) while the slot x pushed
 * stays as it is: `at` is asked about each first ("past": it takes the slot and leaves its own
 * value there; "end": the walk is over), then an instruction that would touch the slot, leave the
 * blocks entered from the span, jump back or sit in a guard ends the walk.
 */
export function followSlot(
  v: ModuleVersion, plan: FunctionPlan, index: Map<number, number>, from: Map<number, number[]>, leaders: Set<number>,
  x: Insn, at: (i: Insn, span: SlotSpan) => SlotStep,
): void {
  const slot = x.depth;
  const span: SlotSpan = { crossed: [], farthest: -1 };
  for (let k = index.get(x.pc)! + 1; k < plan.insns.length; k++) {
    const i = plan.insns[k];
    if (i.inGuard) return;
    if (leaders.has(i.pc)) {
      if ((from.get(i.pc) ?? []).some((p) => p < x.pc || p >= i.pc)) return;
      span.crossed.push(i.pc);
    }
    const step = at(i, span);
    if (step === "end") return;
    if (step === "past") continue;
    const e = effect(v, i.op, i.a, i.b);
    // (an instruction that pushes one value writes it over its operands: below the slot, it took
    // it; a jump goes on to a later block checked as above, before the slot is taken)
    if (e === null || i.depth - e[0] <= slot || (e[1] !== 1 && !STAYS.has(i.op))) return;
    let back = false;
    opInfo(i.op)?.operands.forEach((kind, n) => {
      if (kind !== K.Label) return;
      const t = n === 0 ? i.a : i.b;
      if (t <= i.pc) back = true;
      if (t > span.farthest) span.farthest = t;
    });
    if (back) return;
  }
}

/**
 * The argument a self tail call at i (or a fun called last: a binary generator's loop, handed
 * itself, codegen.ts) takes from operand slot `slot`: -1 when it takes none from there, -2 when i
 * is no such call
 */
export function selfCallArg(v: ModuleVersion, fi: number, i: Insn, slot: number): number {
  const self = i.op === Op.tail_local && i.a === fi;
  const fun = i.op === Op.tail_fun && v.functions[fi].arity >= i.a;
  if (!self && !fun) return -2;
  const argc = self ? i.b : i.a;
  const arg = slot - (i.depth - (self ? 0 : 1) - argc);
  return arg >= 0 && arg < argc ? arg : -1;
}
