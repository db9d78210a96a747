// :binary.compile_pattern/1 answers {:bm | :ac, Ref}; the ref stands for the patterns it was given
import { Ref, Term, Tuple } from "../terms.ts";

const compiled = new WeakMap<Ref, Term>();

export function rememberCompiled(ref: Ref, patterns: Term): void {
  compiled.set(ref, patterns);
}

/** the patterns a compiled pattern ({:bm, ref} / {:ac, ref}) stands for; other terms unchanged */
export function uncompiledPattern(p: Term): Term {
  if (p instanceof Tuple && p.items.length === 2 && p.items[1] instanceof Ref) return compiled.get(p.items[1]) ?? p;
  return p;
}
