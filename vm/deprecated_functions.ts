// A module's own @deprecated functions and macros, from its docs entries: Mod.__info__(:deprecated)
// and the checker's "Mod.fun/1 is deprecated. MSG" warning for calls to them.
import { atom, isInt, isMap, Term } from "./terms.ts";
import type { CompiledModule } from "./module.ts";

/** [name, arity, message] of each deprecated definition, an arity a default adds included, in
 *  Elixir's order (by name, then arity) */
export function deprecatedOf(compiled: CompiledModule): [string, number, Term][] {
  const out: [string, number, Term][] = [];
  for (const e of compiled.deprecatedEntries ?? compiled.docs.entries ?? []) {
    if (!isMap(e.meta)) continue;
    const message = e.meta.get(atom("deprecated"));
    if (message === undefined) continue;
    const defaults = e.meta.get(atom("defaults"));
    const fewest = e.arity - (defaults !== undefined && isInt(defaults) ? Number(defaults) : 0);
    for (let arity = fewest; arity <= e.arity; arity++) out.push([e.name, arity, message]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
}
