// :erlang.memory/0,1: the BEAM's allocation summary, in bytes. beamlet's heap is the host's, so
// the figures are estimates from what the node holds (process stacks as process_info(:memory)
// counts them, ETS tables as :ets.info(t, :memory), loaded modules, atoms), each in the order
// and with the relations the BEAM's have (total = processes + system, used =< allocated).
import { Atom, Cons, Term, atom, list, tuple, NIL, atomCount } from "../terms.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { badargAt } from "../errors.ts";
import type { Node } from "../node.ts";

/** words held by a part of the node a lazily loaded BIF group owns (ETS registers its tables) */
export const memoryContributors = new Map<string, (node: Node) => number>();

const TYPES = ["total", "processes", "processes_used", "system", "atom", "atom_used", "binary", "code", "ets"] as const;
type MemoryType = (typeof TYPES)[number];

function figures(n: Node): Record<MemoryType, number> {
  let procs = 0;
  for (const p of n.processes.values()) procs += (233 + p.sp) * 8 + 400;
  // (the BEAM's own tables are some 400 KB before a program makes any)
  const ets = 400 * 1024 + (memoryContributors.get("ets")?.(n) ?? 0) * 8;
  const atoms = atomCount();
  const atomUsed = 16 * 1024 + atoms * 22;
  const atomAlloc = atomUsed + 14 * 1024;
  const code = n.code.modules.size * 24 * 1024;
  const binary = 96 * 1024;
  const system = 4 * 1024 * 1024 + atomAlloc + binary + code + ets;
  const processes = procs + 6 * 1024;
  return { total: processes + system, processes, processes_used: procs, system, atom: atomAlloc, atom_used: atomUsed, binary, code, ets };
}

function one(t: Term, f: Record<MemoryType, number>, inList: boolean): number {
  if (!(t instanceof Atom) || !(TYPES as readonly string[]).includes(t.name)) {
    badargAt(1, inList ? "invalid option in list" : t instanceof Atom ? "invalid memory type option" : "not an atom or a list of atoms");
  }
  return f[(t as Atom).name as MemoryType];
}

defineBifs("erlang", {
  "memory/0": (_: Term[], c: BifContext) => {
    const f = figures(c.node as Node);
    return list(TYPES.map((k) => tuple(atom(k), f[k])));
  },
  "memory/1": ([what]: Term[], c: BifContext) => {
    const f = figures(c.node as Node);
    if (what instanceof Atom) return one(what, f, false);
    const out: Term[] = [];
    let l = what;
    while (l instanceof Cons) { out.push(tuple(l.head, one(l.head, f, true))); l = l.tail; }
    if (l !== NIL || (what !== NIL && !(what instanceof Cons))) badargAt(1, "not an atom or a list of atoms");
    return list(out);
  },
});
