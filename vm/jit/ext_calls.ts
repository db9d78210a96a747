// Calls by name from compiled code (captures &Mod.f/n and &:erlang.op/n, mod.f(...) with mod a
// variable): each call site keeps the
// target it found for the last capture it called, a BIF or an exported function, until the code
// server's generation moves (a load, delete or purge: the next call finds the current version).
// A target the interpreter must reach itself (a module not loaded yet, module_info, a BIF that
// reads the caller's frames) leaves the call to the interpreter.
import type { Atom, Term } from "../terms.ts";
import type { ModuleVersion } from "../module.ts";
import { lookupBif, type BifContext } from "../bifs/registry.ts";
import { FRAME_READERS } from "./analyze.ts";
import { R } from "./runtime.ts";

export class ExtCallCache {
  m: Atom | null = null;
  n: Atom | null = null;
  a = -1;
  g = -1;
  ok = false;
  bif: ((args: Term[], ctx: BifContext) => unknown) | null = null;
  v: ModuleVersion | null = null;
  fi = -1;
}

/** true when c holds a target for mod.name/arity that compiled code may call (found now or cached) */
export function extTarget(c: ExtCallCache, mod: Atom, name: Atom, arity: number): boolean {
  const gen = R.cs.generation;
  if (c.m === mod && c.n === name && c.a === arity && c.g === gen) return c.ok;
  c.m = mod;
  c.n = name;
  c.a = arity;
  c.g = gen;
  c.bif = null;
  c.v = null;
  c.fi = -1;
  // a BIF first, as the interpreter's call by name looks
  const bif = lookupBif(mod.name, name.name, arity);
  if (bif !== undefined) {
    c.bif = bif.fn as (args: Term[], ctx: BifContext) => unknown;
    c.ok = !FRAME_READERS.has(mod.name + ":" + name.name);
    return c.ok;
  }
  const v = R.cs.current(mod);
  const fi = v === undefined ? -1 : v.exported(name.name, arity);
  c.ok = fi >= 0;
  if (c.ok) {
    c.v = v!;
    c.fi = fi;
  }
  return c.ok;
}
