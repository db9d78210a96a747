// Stack traces as Erlang builds them: [{module, function, arity | args, [file: 'f.ex', line: n]}]
import { Term, Tuple, atom, list, tuple, NIL, Cons } from "./terms.ts";
import type { Process } from "./process.ts";
import type { ModuleVersion } from "./module.ts";

function charlist(s: string): Term {
  return list([...s].map((c) => c.codePointAt(0)!));
}

function entry(v: ModuleVersion, fi: number, pc: number, args?: Term[]): Term {
  const f = v.functions[fi];
  if (!f) return tuple(v.module, atom("unknown"), 0, NIL);
  const line = v.lineAt(Math.max(0, pc - 1));
  const loc: Term[] = [];
  if (v.compiled.file) loc.push(tuple(atom("file"), charlist(v.compiled.file)));
  if (line > 0) loc.push(tuple(atom("line"), line));
  const name = f.lambda ? f.name : f.name;
  return tuple(v.module, atom(name), args ? list(args) : f.arity, list(loc));
}

/** the stack trace of a process at its current point (deepest first), at most 20 entries */
export function stacktraceOf(p: Process, args?: Term[]): Term {
  const out: Term[] = [];
  if (p.version) out.push(entry(p.version, p.fn, p.pc, args));
  for (let i = p.frames.length - 1; i >= 0 && out.length < 20; i--) {
    const f = p.frames[i];
    out.push(entry(f.version, f.fn, f.pc));
  }
  return list(out);
}

export function displayName(mod: string): string {
  return mod.startsWith("Elixir.") ? mod.slice(7) : ":" + mod;
}
