// Calls by name (apply/3, `mod.fun()` with a variable module, &Mod.fun/n, a BIF's TailCall) find
// their target by the module and function atoms: looked up once per (module, name, arity), then
// cached until the code server's generation moves (a load, delete or purge).
import type { Atom } from "./terms.ts";
import type { BifEntry } from "./bifs/registry.ts";
import type { ModuleVersion } from "./module.ts";

/** a BIF, or function fi of version v */
export type MfaTarget = { bif: BifEntry; v: null; fi: -1 } | { bif: null; v: ModuleVersion; fi: number };

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
