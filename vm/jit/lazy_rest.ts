// Delayed sub-binaries in a self-recursive binary walk (`f(<<c, r::binary>>, acc) -> f(r, ...)`),
// as the BEAM's match context: the rest `r` bound by the last segment of a binary pattern is kept
// as its binary and a bit position (l{q}, o{q}) instead of a new sub-binary, when its one use is
// to be passed, unchanged, to a self tail call; the parameter it lands in then holds the pair
// (l{p}, o{p}), and the next iteration's binary patterns on it read from that position. A value
// is made (subBits) only where something else reads the parameter: another kind of pattern, a
// push of it, a stop's record, a function_clause. o{slot} === 0 means l{slot} is the value itself.
import { Op, opInfo, K } from "../../compiler/opcodes.ts";
import type { ModuleVersion } from "../module.ts";
import type { Pat, SizeExpr } from "../patterns.ts";
import { Bin } from "../terms.ts";
import { FunctionPlan, Insn, ends } from "./analyze.ts";
import { followSlot, predecessors, selfCallArg } from "./slot_span.ts";

export interface LazyRests {
  /** parameters that may hold a delayed rest */
  params: Set<number>;
  /** rest slots bound delayed (their one read is the push at `pushes`) */
  rests: Set<number>;
  /** pc of the push of a delayed rest -> the rest's slot */
  pushes: Map<number, number>;
  /** pc of a self tail call -> its arguments that are delayed rests (argument index -> rest slot) */
  tails: Map<number, Map<number, number>>;
  /** pc of a push of a parameter that a binary pattern matches at once, reading from o{p} */
  subjects: Map<number, number>;
  /** block leaders between a delayed rest's push and its self call -> operand slots delayed there */
  keep: Map<number, Set<number>>;
}

interface SlotUse {
  reads: number;
  writes: number;
  /** bound by the last segment of a binary pattern, the rest of the subject (r::binary) */
  restBinds: number;
}

function sizeReads(e: SizeExpr, use: (slot: number) => SlotUse): void {
  if (typeof e === "number") return;
  if ("slot" in e) use(e.slot).reads++;
  else {
    sizeReads(e.a, use);
    sizeReads(e.b, use);
  }
}

function patternUses(p: Pat, use: (slot: number) => SlotUse): void {
  switch (p.k) {
    case "bind": use(p.slot).writes++; return;
    case "eq": use(p.slot).reads++; return;
    case "tuple": p.items.forEach((x) => patternUses(x, use)); return;
    case "cons": patternUses(p.head, use); patternUses(p.tail, use); return;
    case "map":
      for (const k of p.keys) if ("slot" in k) use(k.slot).reads++;
      p.vals.forEach((x) => patternUses(x, use));
      return;
    case "both": patternUses(p.a, use); patternUses(p.b, use); return;
    case "prefix": patternUses(p.rest, use); return;
    case "bin":
      p.segs.forEach((s, i) => {
        if (s.sizeSlot !== undefined) use(s.sizeSlot).reads++;
        if (s.sizeExpr !== undefined) sizeReads(s.sizeExpr, use);
        if (isRestBind(p, i)) use((s.pat as { slot: number }).slot).restBinds++;
        patternUses(s.pat, use);
      });
  }
}

/** the slots pattern p binds, added to `into` */
export function patternWrites(p: Pat, into: Set<number>): void {
  const uses = new Map<number, SlotUse>();
  patternUses(p, (slot) => uses.get(slot) ?? (uses.set(slot, { reads: 0, writes: 0, restBinds: 0 }), uses.get(slot)!));
  for (const [slot, u] of uses) if (u.writes > 0) into.add(slot);
}

/** segment i of p is its last, a binary of the subject's remaining bits bound to a variable */
export function isRestBind(p: Pat & { k: "bin" }, i: number): boolean {
  const s = p.segs[i];
  return i === p.segs.length - 1 && s.type === "binary" && s.size === null && s.sizeSlot === undefined && s.sizeExpr === undefined && s.pat.k === "bind";
}

/** a pattern that can match a delayed rest where it starts: a binary pattern, a short literal binary (`<<>>`) */
export function readsFromPosition(p: Pat): boolean {
  return p.k === "bin" || (p.k === "lit" && p.v instanceof Bin && p.v.tailBits === 0 && p.v.size <= 16);
}

/** what function fi can keep delayed (null: nothing) */
export function findLazyRests(v: ModuleVersion, fi: number, plan: FunctionPlan, leaders: Set<number>): LazyRests | null {
  const f = v.functions[fi];
  if (plan.usesTry) return null;
  const uses = new Map<number, SlotUse>();
  const use = (slot: number): SlotUse => {
    let u = uses.get(slot);
    if (u === undefined) uses.set(slot, (u = { reads: 0, writes: 0, restBinds: 0 }));
    return u;
  };
  const pushAt = new Map<number, Insn>();
  for (const i of plan.insns) {
    if (i.op === Op.push_local) {
      use(i.a).reads++;
      pushAt.set(i.a, i);
    } else if (i.op === Op.store_local) use(i.a).writes++;
    else if (i.op === Op.match || i.op === Op.match_or_badmatch) patternUses(v.literals[i.a] as Pat, use);
    else if (i.op === Op.func_info) for (let k = 0; k < i.a; k++) use(k).reads++;
  }
  const index = new Map(plan.insns.map((x, k) => [x.pc, k]));
  const out: LazyRests = { params: new Set(), rests: new Set(), pushes: new Map(), tails: new Map(), subjects: new Map(), keep: new Map() };
  const from = predecessors(plan);
  /** a delayed rest's operand slot and the block leaders it is carried across */
  const keptBy = new Map<number, { slot: number; at: number[] }>();
  for (const [q, u] of uses) {
    if (q < f.arity || u.reads !== 1 || u.writes !== 1 || u.restBinds !== 1) continue;
    const x = pushAt.get(q)!;
    const slot = x.depth;
    // the pushed value stays in its operand slot, untouched, up to a self tail call, or a fun
    // called last, through blocks entered only from the instructions since the push (an `if` in a
    // generator's body)
    followSlot(v, plan, index, from, leaders, x, (i, span) => {
      const arg = selfCallArg(v, fi, i, slot);
      if (arg === -2) return "check";
      if (arg >= 0 && span.farthest <= i.pc) {
        out.rests.add(q);
        out.params.add(arg);
        out.pushes.set(x.pc, q);
        keptBy.set(q, { slot, at: span.crossed });
        let t = out.tails.get(i.pc);
        if (t === undefined) out.tails.set(i.pc, (t = new Map()));
        t.set(arg, q);
      }
      return "end";
    });
  }
  if (out.params.size === 0) return null;
  // a parameter's push read at once by a binary pattern, after which its operand slot is dead
  for (const i of plan.insns) {
    if (i.op !== Op.push_local || !out.params.has(i.a)) continue;
    const m = plan.insns[index.get(i.pc)! + 1];
    if (m === undefined || m.op !== Op.match || leaders.has(m.pc) || !readsFromPosition(v.literals[m.a] as Pat)) continue;
    const after = plan.insns[index.get(m.next)!], fail = plan.insns[index.get(m.b)!];
    if (after?.depth === i.depth && fail?.depth === i.depth) out.subjects.set(i.pc, i.a);
  }
  // a parameter read otherwise on the way to another iteration (a lexer's `<<c, _::binary>> = b`
  // clause) would make the sub-binary at each step anyway, and the checks would be extra work
  const loopsFrom = (pc: number) => reachesSelfCall(v, fi, plan, index, pc);
  for (const i of plan.insns) {
    const reads: number[] = [];
    if (i.op === Op.push_local && !out.subjects.has(i.pc)) reads.push(i.a);
    else if (i.op === Op.match || i.op === Op.match_or_badmatch) {
      const r = new Map<number, SlotUse>();
      patternUses(v.literals[i.a] as Pat, (slot) => r.get(slot) ?? (r.set(slot, { reads: 0, writes: 0, restBinds: 0 }), r.get(slot)!));
      for (const [slot, u] of r) if (u.reads > 0) reads.push(slot);
    }
    for (const p of reads) if (out.params.has(p) && loopsFrom(i.pc)) out.params.delete(p);
  }
  for (const [pc, t] of out.tails) {
    for (const arg of [...t.keys()]) if (!out.params.has(arg)) t.delete(arg);
    if (t.size === 0) out.tails.delete(pc);
  }
  const kept = new Set([...out.tails.values()].flatMap((t) => [...t.values()]));
  for (const q of [...out.rests]) if (!kept.has(q)) out.rests.delete(q);
  for (const [pc, q] of [...out.pushes]) if (!kept.has(q)) out.pushes.delete(pc);
  for (const [pc, p] of [...out.subjects]) if (!out.params.has(p)) out.subjects.delete(pc);
  for (const q of out.rests) {
    const { slot, at } = keptBy.get(q)!;
    for (const pc of at) {
      let slots = out.keep.get(pc);
      if (slots === undefined) out.keep.set(pc, (slots = new Set()));
      slots.add(slot);
    }
  }
  return out.params.size === 0 ? null : out;
}

/** can a self tail call run after the instruction at pc? */
function reachesSelfCall(v: ModuleVersion, fi: number, plan: FunctionPlan, index: Map<number, number>, pc: number): boolean {
  const seen = new Set<number>();
  const work = [pc];
  while (work.length > 0) {
    const at = work.pop()!;
    if (seen.has(at)) continue;
    seen.add(at);
    const i = plan.insns[index.get(at) ?? -1];
    if (i === undefined) continue;
    if ((i.op === Op.tail_local && i.a === fi) || i.op === Op.tail_fun) return true;
    if (!ends(i.op)) work.push(i.next);
    opInfo(i.op)?.operands.forEach((k, n) => {
      if (k === K.Label) work.push(n === 0 ? i.a : i.b);
    });
  }
  return false;
}
