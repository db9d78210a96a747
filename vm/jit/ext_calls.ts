// Calls by name from compiled code (captures &Mod.f/n and &:erlang.op/n, mod.f(...) with mod a
// variable): each call site keeps the
// target it found for the last capture it called, a BIF or an exported function, until the code
// server's generation moves (a load, delete or purge: the next call finds the current version).
// A target the interpreter must reach itself (a module not loaded yet, module_info, a BIF that
// reads the caller's frames) leaves the call to the interpreter. A BIF's TailCall to a function
// with compiled code is made here too (tailCallTarget).
import { Atom, ExtFun, Fun, type Term } from "../terms.ts";
import { EmptyStackCall, TailCall } from "../calls.ts";
import type { ModuleVersion } from "../module.ts";
import type { BifContext } from "../bifs/registry.ts";
import { resolveMfa } from "../mfa_cache.ts";
import type { CompiledFunction } from "./compile.ts";
import { FRAME_READERS } from "./analyze.ts";
import { R, capReds } from "./runtime.ts";

export class ExtCallCache {
  m: Atom | null = null;
  n: Atom | null = null;
  a = -1;
  g = -1;
  ok = false;
  bif: ((args: Term[], ctx: BifContext) => unknown) | null = null;
  v: ModuleVersion | null = null;
  fi = -1;
  /**
   * the target is :erlang's + (1), - (2) or * (3) of arity 2: compiled code adds, subtracts or
   * multiplies two safe integers in place instead of calling the BIF with an array of its
   * arguments (Enum.reduce(list, 0, &+/2) made one per element), the reductions and everything
   * after the call as the BIF's call; anything else still calls the BIF. 0: any other target
   */
  op = 0;
}

const ARITH_OPS: Record<string, number> = { "+": 1, "-": 2, "*": 3 };

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
  c.op = 0;
  // the interpreter's lookup order; a module not loaded yet is the interpreter's to load
  const t = resolveMfa(R.cs, mod, name, arity, false);
  if (t === undefined) return (c.ok = false);
  // a library module's first use is the interpreter's (it waits for the code server)
  if (R.cs.notLoadedYet.has(mod) || R.cs.loading.has(mod)) return (c.ok = false);
  if (t.bif !== null) {
    c.bif = t.bif.fn as (args: Term[], ctx: BifContext) => unknown;
    c.ok = !FRAME_READERS.has(mod.name + ":" + name.name);
    if (arity === 2 && mod.name === "erlang") c.op = ARITH_OPS[name.name] ?? 0;
    return c.ok;
  }
  c.v = t.v;
  c.fi = t.fi;
  return (c.ok = true);
}

/** where tailCallTarget leaves the callee it found: its version, function and arguments */
export const TC = { v: null as unknown as ModuleVersion, fi: -1, args: [] as Term[] };

/**
 * A BIF's TailCall (apply/2,3, a protocol's dispatch, ...) that compiled code can make itself: the
 * callee's compiled code, with TC set, or null when the interpreter must make the call (a BIF
 * target, a module not loaded, code not compiled yet, anything that raises).
 */
export function tailCallTarget(d: TailCall, c: ExtCallCache): CompiledFunction | null {
  // (a call on an emptied stack, erlang:hibernate/3's, is the interpreter's: it drops the frames)
  if (d instanceof EmptyStackCall) return null;
  const n = d.args.length;
  let v: ModuleVersion, fi: number, args = d.args;
  const t = d.target;
  if (d.name !== null || t instanceof ExtFun) {
    const [mod, name] = d.name !== null ? [t, d.name] : [(t as ExtFun).module, (t as ExtFun).name];
    if (!(mod instanceof Atom) || (d.name === null && (t as ExtFun).arity !== n)) return null;
    if (!extTarget(c, mod, name, n) || c.v === null) return null;
    v = c.v;
    fi = c.fi;
  } else if (t instanceof Fun) {
    if (t.arity !== n || (t.version as ModuleVersion).purged) return null;
    v = t.version as ModuleVersion;
    fi = t.index;
    if (t.env.length > 0) args = [...args, ...t.env];
  } else return null;
  const fns = v.jitFns;
  const jf = fns === null ? undefined : fns[fi];
  if (jf === undefined) return null;
  TC.v = v;
  TC.fi = fi;
  TC.args = args;
  return jf as CompiledFunction;
}

/**
 * A BIF's answer r that is no term (a directive, or the process blocked or ended): the callee of
 * a TailCall compiled code makes itself (tailCallTarget), with the slice's cap the BIF set applied,
 * else null: the interpreter completes the call. One call from each BIF call site, whose code V8
 * runs unoptimised for a while: the rare path's tests are here, not repeated at every site.
 */
export function directiveTarget(r: unknown, c: ExtCallCache): CompiledFunction | null {
  const p = R.p;
  if (!(r instanceof TailCall) || p.status !== "running" || p.yieldRequested) return null;
  const jf = tailCallTarget(r, c);
  if (jf !== null && p.redsCap >= 0) capReds();
  return jf;
}
