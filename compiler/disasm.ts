// A readable listing of a compiled module, driven by the opcode table.
import { K, opInfo } from "./opcodes.ts";
import type { CompiledModule } from "../vm/module.ts";
import { inspect } from "../vm/inspect.ts";

function operand(m: CompiledModule, k: K, v: number): string {
  switch (k) {
    case K.Lit: case K.Atom: {
      const lit = m.literals[v];
      try {
        return inspect(lit as any);
      } catch {
        return JSON.stringify(lit, (_, x) => (typeof x === "bigint" ? x.toString() : x))?.slice(0, 80) ?? "?";
      }
    }
    case K.Import: { const i = m.imports[v]; return `${i.module}.${i.name}/${i.arity}`; }
    case K.Func: { const f = m.functions[v]; return `${f.name}/${f.arity}`; }
    case K.Label: return `@${v}`;
    case K.Slot: return `x${v}`;
    default: return String(v);
  }
}

export function disassemble(m: CompiledModule): string {
  const out: string[] = [`module ${m.name} (${m.file})`];
  const entries = new Map<number, string>();
  for (const f of m.functions) entries.set(f.entry, `${f.lambda ? "fn" : f.exported ? "def" : "defp"} ${f.name}/${f.arity} (locals ${f.nlocals})`);
  const c = m.code;
  let pc = 0;
  while (pc < c.length) {
    const e = entries.get(pc);
    if (e) out.push("", e);
    const info = opInfo(c[pc]);
    if (!info) { out.push(`  ${pc}: ??? ${c[pc]}`); pc++; continue; }
    const ops = info.operands.map((k, i) => operand(m, k, c[pc + 1 + i]));
    out.push(`  ${String(pc).padStart(5)}: ${info.name} ${ops.join(", ")}`);
    pc += 1 + info.operands.length;
  }
  return out.join("\n");
}
