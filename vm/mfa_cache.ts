// Calls by name (apply/3, `mod.fun()` with a variable module, &Mod.fun/n, a BIF's TailCall) find
// their target by the module and function atoms: looked up once per (module, name, arity), then
// cached until the code server's generation moves (a load, delete or purge).
// resolveMfa is the one lookup order, shared by the interpreter and compiled code (vm/jit/ext_calls.ts).
import type { Atom } from "./terms.ts";
import { lookupBifByName, type BifEntry } from "./bifs/registry.ts";
import type { ModuleVersion } from "./module.ts";
import type { CodeServer } from "./code_server.ts";
import { HostWaitNeeded } from "./calls.ts";

/** a BIF, or function fi of version v */
export type MfaTarget = { bif: BifEntry; v: null; fi: -1 } | { bif: null; v: ModuleVersion; fi: number };

/**
 * The target of a call by name: a BIF first, then the exported function of the module's current
 * version (R8). `autoload`: load the module when it is not (R1); without it, a module not loaded
 * has no target. Undefined: neither (the caller raises undef, or answers module_info/__info__).
 */
export function resolveMfa(cs: CodeServer, mod: Atom, name: Atom, argc: number, autoload: boolean): MfaTarget | undefined {
  const bif = lookupBifByName(mod.name, name.name, argc);
  if (bif !== undefined) return { bif, v: null, fi: -1 };
  let v: ModuleVersion | undefined;
  try {
    v = autoload ? cs.ensureLoaded(mod) : cs.current(mod);
  } catch (e) {
    // a library module the host has not fetched yet: no target for compiled code, whose call the
    // interpreter then makes (and waits for it); the interpreter's own lookup waits (callMfa)
    if (!autoload && e instanceof HostWaitNeeded) return undefined;
    throw e;
  }
  const fi = v === undefined ? -1 : v.exported(name.name, argc);
  return fi >= 0 ? { bif: null, v: v!, fi } : undefined;
}

export class MfaCache {
  private generation = -1;
  private byModule = new Map<Atom, Map<Atom, (MfaTarget | undefined)[]>>();

  get(mod: Atom, name: Atom, argc: number, generation: number): MfaTarget | undefined {
    if (generation !== this.generation) {
      this.byModule.clear();
      this.generation = generation;
      return undefined;
    }
    return this.byModule.get(mod)?.get(name)?.[argc];
  }

  set(mod: Atom, name: Atom, argc: number, generation: number, target: MfaTarget): void {
    if (generation !== this.generation) {
      this.byModule.clear();
      this.generation = generation;
    }
    let names = this.byModule.get(mod);
    if (names === undefined) this.byModule.set(mod, (names = new Map()));
    let arities = names.get(name);
    if (arities === undefined) names.set(name, (arities = []));
    arities[argc] = target;
  }
}
