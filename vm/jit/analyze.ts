// The JIT's view of one function's bytecode: its instructions reachable from the entry, the
// operand stack depth before each (abstract interpretation of the stack: every slot becomes a JS
// variable), and the block leaders (jump targets). Instructions compiled code leaves to the
// interpreter end their path: compiled code stops before them. A `try` region is tracked too: every
// instruction knows the handlers active there (compiled code records them when it stops, so the
// interpreter's handler stack is the one its own `try` would have built).
import { Op, opInfo } from "../../compiler/opcodes.ts";
import type { ModuleVersion } from "../module.ts";
import type { BinSpecs } from "../binary_build.ts";
import { segmentValueCount } from "../binary_build.ts";

export interface Insn {
  pc: number;
  op: number;
  /** operands */
  a: number;
  b: number;
  /** pc of the next instruction */
  next: number;
  /** operand stack depth before it */
  depth: number;
  /** inside guard_begin .. guard_end */
  inGuard: boolean;
  /** the try handlers active before it, outermost first (TRY_NONE: none) */
  tries: Tries;
}

/** the try handlers active at an instruction: their labels and operand depths, outermost first */
export interface Tries {
  /** handler labels, outermost first */
  labels: number[];
  /** the operand stack depth each handler's `try` saw (the handler's sp is the frame's bp + nlocals + it) */
  depths: number[];
  /** labels joined: equal keys, equal handler stacks */
  key: string;
}

export const TRY_NONE: Tries = { labels: [], depths: [], key: "" };

function pushTry(t: Tries, label: number, depth: number): Tries {
  return { labels: [...t.labels, label], depths: [...t.depths, depth], key: `${t.key}${label},` };
}

function popTry(t: Tries): Tries | null {
  if (t.labels.length === 0) return null;
  const labels = t.labels.slice(0, -1);
  return labels.length === 0 ? TRY_NONE : { labels, depths: t.depths.slice(0, -1), key: labels.map((l) => `${l},`).join("") };
}

export interface FunctionPlan {
  insns: Insn[]; // in pc order
  leaders: Set<number>;
  maxDepth: number;
  usesGuards: boolean;
  /** some instruction is inside a try */
  usesTry: boolean;
}

/** BIFs that look at the calling process's frames: compiled code leaves them to the interpreter */
export const FRAME_READERS = new Set(["erlang:process_info", "Elixir.Process:info"]);

/** what the JIT does with an instruction */
export function leftToInterpreter(v: ModuleVersion, op: number, a: number): boolean {
  switch (op) {
    case Op.define_module: case Op.struct_new: case Op.push_self_fn:
      return true;
    case Op.call_ext: case Op.tail_ext: case Op.bif: {
      const imp = v.imports[a];
      return imp.bif !== undefined && FRAME_READERS.has(imp.def.module + ":" + imp.def.name);
    }
  }
  return false;
}

/** stack effect (pops, pushes) of a compiled instruction, or null for one that ends its path */
export function effect(v: ModuleVersion, op: number, a: number, b: number): [number, number] | null {
  switch (op) {
    case Op.push_lit: case Op.push_local: case Op.make_ext_fun: return [0, 1];
    case Op.store_local: case Op.pop: case Op.jump_unless_truthy: case Op.jump_unless_true: case Op.match: return [1, 0];
    case Op.dup: return [1, 2];
    case Op.swap: return [2, 2];
    case Op.match_or_badmatch: case Op.field: return [1, 1];
    case Op.call_dyn: return [b + 1, 1];
    case Op.jump: case Op.guard_begin: case Op.guard_end: case Op.recv_next: case Op.recv_accept: case Op.recv_timeout:
    case Op.try: case Op.try_end:
      return [0, 0];
    case Op.recv_wait: return [1, 0];
    case Op.recv_peek: return [0, 1];
    case Op.call_local: return [b, 1];
    case Op.call_ext: case Op.bif: case Op.bif_nf: return [v.imports[a].def.arity, 1];
    case Op.call_fun: return [a + 1, 1];
    case Op.make_fun: return [b, 1];
    case Op.make_tuple: return [a, 1];
    case Op.make_list: return [a + 1, 1];
    case Op.make_map: return [2 * a, 1];
    case Op.map_update: return [2 * a + 1, 1];
    case Op.make_bin: return [segmentValueCount(v.literals[a] as BinSpecs), 1];
    case Op.add: case Op.sub: case Op.mul: case Op.lt: case Op.le: case Op.gt: case Op.ge:
    case Op.eq: case Op.ne: case Op.eeq: case Op.ene: case Op.add_nf: case Op.sub_nf:
      return [2, 1];
  }
  return null;
}

export function ends(op: number): boolean {
  return op === Op.return || op === Op.tail_local || op === Op.tail_ext || op === Op.tail_fun || op === Op.tail_dyn || op === Op.raise ||
    op === Op.raise_error || op === Op.func_info || op === Op.jump;
}

/** the plan of function fi of v, or null when its stack depths do not agree (left interpreted) */
export function analyzeFunction(v: ModuleVersion, fi: number): FunctionPlan | null {
  const code = v.code;
  const f = v.functions[fi];
  const seen = new Map<number, Insn>();
  const leaders = new Set<number>([f.entry]);
  const work: [number, number, boolean, Tries][] = [[f.entry, 0, false, TRY_NONE]];
  let maxDepth = 0;
  let usesGuards = false;
  let usesTry = false;
  const reach = (pc: number, depth: number, inGuard: boolean, leader: boolean, t: Tries = tries): boolean => {
    if (leader) leaders.add(pc);
    const s = seen.get(pc);
    if (s !== undefined) return s.depth === depth && s.inGuard === inGuard && s.tries.key === t.key;
    work.push([pc, depth, inGuard, t]);
    return true;
  };
  let tries = TRY_NONE;
  while (work.length > 0) {
    const [pc, depth, inGuard, t] = work.pop()!;
    tries = t;
    if (seen.has(pc)) {
      const s = seen.get(pc)!;
      if (s.depth !== depth || s.inGuard !== inGuard || s.tries.key !== t.key) return null;
      continue;
    }
    const op = code[pc];
    const info = opInfo(op);
    if (info === undefined || pc >= code.length) return null;
    const a = code[pc + 1], b = code[pc + 2];
    const next = pc + 1 + info.operands.length;
    const insn: Insn = { pc, op, a, b, next, depth, inGuard, tries };
    if (tries.labels.length > 0) usesTry = true;
    seen.set(pc, insn);
    if (depth > maxDepth) maxDepth = depth;
    if (leftToInterpreter(v, op, a)) {
      // compiled code stops before it; inside a guard the interpreter would lack the guard's handler
      if (inGuard) return null;
      continue;
    }
    if (ends(op)) {
      if (op === Op.jump && !reach(a, depth, inGuard, true)) return null;
      if ((op === Op.tail_local || op === Op.tail_ext || op === Op.tail_fun || op === Op.tail_dyn) && inGuard) return null;
      continue;
    }
    if (op === Op.guard_begin) {
      if (inGuard) return null; // nested guards: left interpreted
      usesGuards = true;
      // a raise inside the guard jumps to the label with the depth the guard began with
      if (!reach(a, depth, false, true)) return null;
      if (!reach(next, depth, true, false)) return null;
      continue;
    }
    if (op === Op.guard_end) {
      if (!inGuard) return null;
      if (!reach(next, depth, false, false)) return null;
      continue;
    }
    if (op === Op.try) {
      if (inGuard) return null;
      usesTry = true;
      // the handler starts with [kind, reason, stacktrace] on the stack the try saw, the handler
      // itself popped (only the interpreter's fault path gets there: compiled code stops instead)
      if (!reach(a, depth + 3, false, true)) return null;
      if (!reach(next, depth, false, false, pushTry(tries, a, depth))) return null;
      continue;
    }
    if (op === Op.try_end) {
      const outer = popTry(tries);
      if (outer === null || inGuard) return null;
      if (!reach(next, depth, false, false, outer)) return null;
      continue;
    }
    if (op === Op.recv_wait) {
      // its label (the timeout) and the jump back to the scan after a wake-up, both without the timeout
      if (inGuard || depth < 1) return null;
      if (!reach(a, depth - 1, false, true)) return null;
      if (!reach(next, depth - 1, false, true)) return null;
      continue;
    }
    if (inGuard && (op === Op.recv_peek || op === Op.recv_wait || op === Op.try || op === Op.try_end || op === Op.recv_next || op === Op.recv_accept || op === Op.recv_timeout || op === Op.call_local || op === Op.call_ext || op === Op.call_fun || op === Op.call_dyn || op === Op.field || op === Op.make_bin || op === Op.match_or_badmatch)) return null;
    const eff = effect(v, op, a, b);
    if (eff === null) return null;
    const [pops, pushes] = eff;
    if (pops > depth) return null;
    const after = depth - pops + pushes;
    if (after > maxDepth) maxDepth = after;
    if (op === Op.match && !reach(b, after, inGuard, true)) return null;
    // no message at the cursor: the jump leaves the stack as it was
    if (op === Op.recv_peek && !reach(a, depth, inGuard, true)) return null;
    if ((op === Op.jump_unless_truthy || op === Op.jump_unless_true) && !reach(a, after, inGuard, true)) return null;
    if (!reach(next, after, inGuard, false)) return null;
  }
  const insns = [...seen.values()].sort((x, y) => x.pc - y.pc);
  // a leader is also any instruction that is not reached by falling through from the one before
  for (let i = 0; i < insns.length; i++) {
    const prev = insns[i - 1];
    if (prev === undefined || prev.next !== insns[i].pc || ends(prev.op) || leftToInterpreter(v, prev.op, prev.a)) leaders.add(insns[i].pc);
  }
  return { insns, leaders, maxDepth, usesGuards, usesTry };
}
