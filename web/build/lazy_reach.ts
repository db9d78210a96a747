// Build time only: which functions of the library's core reach, through the calls their code
// makes, a module of a file the page fetches on first use (web/embed.ts). A program's compile-time
// code that calls one of them waits for that file before it starts (Node.callSync), instead of
// stopping halfway and starting its compilation again (which repeated what its module body did).
// Calls by a name made at run time (apply, call_dyn) and protocol dispatch are not followed.
import { K, opInfo } from "../../compiler/opcodes.ts";
import type { CompiledModule } from "../../vm/module.ts";

/** "Module.name/arity" of the exported functions of the files a compilation has (the core and
 *  what is fetched with the compiler: `compiling`) from which code of another file is reachable,
 *  with those files (group numbers) */
export function lazyReach(modules: CompiledModule[], groupOf: (module: string) => number, compiling: ReadonlySet<number>): Record<string, number[]> {
  const byName = new Map(modules.map((m) => [m.name, m]));
  const key = (m: string, f: string, a: number) => `${m}.${f}/${a}`;
  // each function's callees, as keys (its code's imports and local functions)
  const callees = new Map<string, string[]>();
  for (const m of modules) {
    const fns = [...m.functions].sort((a, b) => a.entry - b.entry);
    fns.forEach((f, i) => {
      const end = i + 1 < fns.length ? fns[i + 1].entry : m.code.length;
      const out: string[] = [];
      for (let pc = f.entry; pc < end; ) {
        const op = opInfo(m.code[pc]);
        if (!op) throw new Error(`lazy_reach: an unknown opcode ${m.code[pc]} in ${m.name} at ${pc}`);
        op.operands.forEach((k, j) => {
          const v = m.code[pc + 1 + j];
          if (k === K.Import) {
            const imp = m.imports[v];
            out.push(key(imp.module, imp.name, imp.arity));
          } else if (k === K.Func) {
            const g = m.functions[v];
            out.push(key(m.name, g.name, g.arity));
          }
        });
        pc += 1 + op.operands.length;
      }
      callees.set(key(m.name, f.name, f.arity), out);
    });
  }
  const moduleOf = (k: string) => k.slice(0, k.lastIndexOf(".", k.lastIndexOf("/")));
  // the files each core function reaches: its callees' own files, then carried back along the
  // calls (a worklist over the callers) until nothing grows
  const reach = new Map<string, Set<number>>();
  const callers = new Map<string, string[]>();
  const work: string[] = [];
  for (const [k, cs] of callees) {
    if (!compiling.has(groupOf(moduleOf(k)))) continue;
    const r = new Set<number>();
    reach.set(k, r);
    for (const c of cs) {
      const mod = moduleOf(c);
      if (!byName.has(mod)) continue;
      const g = groupOf(mod);
      if (!compiling.has(g)) r.add(g);
      else {
        if (!callers.has(c)) callers.set(c, []);
        callers.get(c)!.push(k);
      }
    }
    if (r.size > 0) work.push(k);
  }
  while (work.length > 0) {
    const k = work.pop()!;
    const r = reach.get(k)!;
    for (const caller of callers.get(k) ?? []) {
      const rc = reach.get(caller)!;
      const before = rc.size;
      for (const g of r) rc.add(g);
      if (rc.size !== before) work.push(caller);
    }
  }
  const out: Record<string, number[]> = {};
  for (const m of modules) {
    if (!compiling.has(groupOf(m.name))) continue;
    for (const f of m.functions) {
      if (!f.exported) continue;
      const r = reach.get(key(m.name, f.name, f.arity));
      if (r && r.size > 0) out[key(m.name, f.name, f.arity)] = [...r].sort();
    }
  }
  return out;
}
