// Superinstructions: the interpreter runs a copy of each version's code in which frequent
// instruction sequences start with a fused opcode. Only the first word of a sequence changes: the
// operands stay where they were and the original instructions after the first are kept, so every
// pc (labels, return addresses, line table, stack traces) is the same as in the bytecode, and a
// fused instruction whose fast path does not apply falls back by doing its first instruction and
// going on with the second. Fused opcodes never appear in bytecode files.
import { Op, OPS, K } from "../compiler/opcodes.ts";
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

/** per opcode below the fused range: how many operands it has (-1: no such opcode) */
const OPERAND_COUNT = new Int8Array(FIRST_FUSED).fill(-1);
/** per opcode: bit i set when its operand i is a label */
const LABEL_OPERANDS = new Int32Array(FIRST_FUSED);
for (const o of OPS) {
  OPERAND_COUNT[o.code] = o.operands.length;
  o.operands.forEach((k, i) => {
    if (k === K.Label) LABEL_OPERANDS[o.code] |= 1 << i;
  });
}

/** the fused copy of `code`; `entries` are the functions' entry points */
export function fuse(code: Int32Array, literals: unknown[], entries: number[]): Int32Array {
  // jump targets (and entries): a sequence is fused only when nothing jumps into it. Typed arrays
  // and plain loops, no Set, no array of starts, no closure per instruction: a module is fused the
  // first time it is interpreted, often on a cold path (a first raise fuses Enum, 13,000 words),
  // before V8 has optimised this function (4.6 ms for Enum with a Set of targets, in a first_raise)
  const n = code.length;
  const target = new Uint8Array(n);
  for (let i = 0; i < entries.length; i++) if (entries[i] >= 0 && entries[i] < n) target[entries[i]] = 1;
  for (let pc = 0; pc < n; ) {
    const op = code[pc];
    const count = op >= 0 && op < FIRST_FUSED ? OPERAND_COUNT[op] : -1;
    if (count < 0) return code; // not ours to rewrite
    for (let labels = LABEL_OPERANDS[op], i = pc + 1; labels !== 0; labels >>>= 1, i++) {
      if ((labels & 1) !== 0 && i < n) {
        const t = code[i];
        if (t >= 0 && t < n) target[t] = 1;
      }
    }
    pc += 1 + count;
  }
  const out = code.slice();
  for (let pc = 0; pc < n; ) {
    const op = code[pc];
    const next = pc + 1 + OPERAND_COUNT[op];
    if (next >= n) break;
    if (target[next] === 0) {
      const op2 = code[next];
      const third = next + 1 + OPERAND_COUNT[op2];
      if (op === Op.push_local) {
        if ((op2 === Op.push_lit || op2 === Op.push_local) && third < n && target[third] === 0 && isArith(code[third])) {
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
    pc = next;
  }
  return out;
}
