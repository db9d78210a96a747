// Superinstructions: the interpreter runs a copy of each version's code in which frequent
// instruction sequences start with a fused opcode. Only the first word of a sequence changes: the
// operands stay where they were and the original instructions after the first are kept, so every
// pc (labels, return addresses, line table, stack traces) is the same as in the bytecode, and a
// fused instruction whose fast path does not apply falls back by doing its first instruction and
// going on with the second. Fused opcodes never appear in bytecode files.
import { Op, OPS, opInfo, K } from "../compiler/opcodes.ts";
import { Atom } from "./terms.ts";

/**
 * VM-private opcodes, numbered right above the bytecode's table: the interpreter's switch stays
 * dense, so V8 compiles it to a jump table (a sparse one becomes a binary search).
 */
export const enum Fused {
  /** push_local a; push_lit c; <arith> imp  ->  a, _, c, op, imp */
  arith_local_lit = 64,
  /** push_local a; push_local b; <arith> imp  ->  a, _, b, op, imp */
  arith_local_local = 65,
  /** push_local a; match pat, L  ->  a, _, pat, L */
  match_local = 66,
  /** push_local a; match pat, L with pat a literal compared by identity (small integer, atom) */
  match_local_ident = 67,
  /** push_local a; return */
  return_local = 68,
  /** push_lit c; return */
  return_lit = 69,
  /** push_local a; push_local b */
  local_local = 70,
  /** push_local a; push_lit c */
  local_lit = 71,
}

const FIRST_FUSED = 64;
if (OPS.some((o) => o.code >= FIRST_FUSED)) throw new Error("opcodes reach the fused range: move Fused up (vm/superinstructions.ts)");

function isArith(op: number): boolean {
  return (op >= Op.add && op <= Op.ene) || op === Op.add_nf || op === Op.sub_nf;
}

/** the fused copy of `code`; `entries` are the functions' entry points */
export function fuse(code: Int32Array, literals: unknown[], entries: number[]): Int32Array {
  // instruction starts and jump targets: a sequence is fused only when nothing jumps into it
  // (plain loops, no closure per instruction: a module is fused the first time it is interpreted,
  // often on a cold path such as a first crash report, before V8 has optimised this function)
  const starts: number[] = [];
  const targets = new Set<number>(entries);
  for (let pc = 0; pc < code.length; ) {
    const info = opInfo(code[pc]);
    if (info === undefined || code[pc] >= FIRST_FUSED) return code; // not ours to rewrite
    starts.push(pc);
    const operands = info.operands;
    for (let i = 0; i < operands.length; i++) if (operands[i] === K.Label) targets.add(code[pc + 1 + i]);
    pc += 1 + operands.length;
  }
  const out = code.slice();
  for (let i = 0; i < starts.length; i++) {
    const pc = starts[i];
    const next = starts[i + 1], third = starts[i + 2];
    const op = code[pc];
    if (next === undefined || targets.has(next)) continue;
    const op2 = code[next];
    if (op === Op.push_local) {
      if ((op2 === Op.push_lit || op2 === Op.push_local) && third !== undefined && !targets.has(third) && isArith(code[third])) {
        out[pc] = op2 === Op.push_lit ? Fused.arith_local_lit : Fused.arith_local_local;
      } else if (op2 === Op.match) {
        const pat = literals[code[next + 1]] as { k: string; v?: unknown };
        const ident = pat.k === "lit" && (typeof pat.v === "number" || pat.v instanceof Atom);
        out[pc] = ident ? Fused.match_local_ident : Fused.match_local;
      } else if (op2 === Op.return) out[pc] = Fused.return_local;
      else if (op2 === Op.push_local) out[pc] = Fused.local_local;
      else if (op2 === Op.push_lit) out[pc] = Fused.local_lit;
    } else if (op === Op.push_lit && op2 === Op.return) out[pc] = Fused.return_lit;
  }
  return out;
}
