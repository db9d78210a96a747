// fuse (vm/superinstructions.ts) marks exactly the sequences its rule names, checked on every
// library module against a plain restatement of the rule (instruction starts in an array, jump
// targets in a Set): fuse itself walks typed arrays, because it runs cold, at a module's first
// interpretation inside a program's time.
import { describe, it, expect } from "vitest";
import { fuse, Fused } from "../../vm/superinstructions.ts";
import { Op, opInfo, K } from "../../compiler/opcodes.ts";
import { Atom } from "../../vm/terms.ts";
import { Node } from "../../vm/node.ts";
import { nodeHost } from "../../cli/host.ts";
import { libraryModulesCached } from "../../cli/lib_cache.ts";

const isArith = (op: number): boolean => (op >= Op.add && op <= Op.ene) || op === Op.add_nf || op === Op.sub_nf;

function reference(code: Int32Array, literals: unknown[], entries: number[]): Int32Array {
  const starts: number[] = [];
  const targets = new Set<number>(entries);
  for (let pc = 0; pc < code.length; ) {
    const info = opInfo(code[pc]);
    if (info === undefined || code[pc] >= Fused.arith_local_lit) return code;
    starts.push(pc);
    info.operands.forEach((k, i) => k === K.Label && targets.add(code[pc + 1 + i]));
    pc += 1 + info.operands.length;
  }
  const out = code.slice();
  for (let i = 0; i + 1 < starts.length; i++) {
    const [pc, next, third] = [starts[i], starts[i + 1], starts[i + 2]];
    if (targets.has(next)) continue;
    const [op, op2] = [code[pc], code[next]];
    if (op === Op.push_local) {
      if ((op2 === Op.push_lit || op2 === Op.push_local) && third !== undefined && !targets.has(third) && isArith(code[third])) {
        out[pc] = op2 === Op.push_lit ? Fused.arith_local_lit : Fused.arith_local_local;
      } else if (op2 === Op.match) {
        const pat = literals[code[next + 1]] as { k: string; v?: unknown };
        out[pc] = pat.k === "lit" && (typeof pat.v === "number" || pat.v instanceof Atom) ? Fused.match_local_ident : Fused.match_local;
      } else if (op2 === Op.return) out[pc] = Fused.return_local;
      else if (op2 === Op.push_local) out[pc] = Fused.local_local;
      else if (op2 === Op.push_lit) out[pc] = Fused.local_lit;
    } else if (op === Op.push_lit && op2 === Op.return) out[pc] = Fused.return_lit;
  }
  return out;
}

describe("superinstructions", () => {
  it("fuse rewrites every library module as the rule says", () => {
    const mods = libraryModulesCached(new Node(nodeHost()));
    let fused = 0;
    for (const m of mods) {
      const entries = m.functions.map((f) => f.entry);
      const got = fuse(m.code, m.literals, entries);
      expect(Array.from(got), m.name).toEqual(Array.from(reference(m.code, m.literals, entries)));
      for (let i = 0; i < got.length; i++) if (got[i] !== m.code[i]) fused++;
    }
    expect(mods.length).toBeGreaterThan(200);
    expect(fused).toBeGreaterThan(10_000);
  });

  it("leaves code alone that has an opcode it does not know, and never fuses into a jump target", () => {
    const code = Int32Array.from([Op.push_local, 0, 999]);
    expect(fuse(code, [], [0])).toBe(code);
    // push_local 0; push_local 1; return, with a label at the second
    const jumped = Int32Array.from([Op.push_local, 0, Op.push_local, 1, Op.return]);
    expect(Array.from(fuse(jumped, [], [0, 2]))).toEqual([Op.push_local, 0, Fused.return_local, 1, Op.return]);
    expect(Array.from(fuse(jumped, [], [0]))).toEqual([Fused.local_local, 0, Fused.return_local, 1, Op.return]);
  });
});
