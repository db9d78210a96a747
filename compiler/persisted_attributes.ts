// The attributes a module keeps in its code (module_info(:attributes)), in Elixir's order: Elixir
// persists behaviour, external_resource, dialyzer and vsn, then each attribute registered with
// `persist: true` in the order registered, every value it was set to (an accumulating one: each,
// oldest first). The Erlang compiler then lists each value as a list (a non-list X as [X]) and puts
// the code's md5 first as vsn when there is no @vsn (vm/code_server.ts moduleInfo).
import type { Term } from "../vm/terms.ts";
import { INTERNAL_ATTRIBUTES } from "../vm/module.ts";
import type { ModCtx } from "./context.ts";
import { literalTerm } from "./literal_term.ts";
import { opaqueValue } from "./quoted.ts";

/** Elixir's own persisted attributes, in the order it writes them */
const BUILT_IN = ["behaviour", "external_resource", "dialyzer", "vsn"];


/**
 * `collected` holds the built-in attributes in the order set (and beamlet's internal ones); the
 * registered ones are read from the module's attributes as they stand at its end
 */
export function persistedAttributes(ctx: ModCtx, collected: [string, Term][]): [string, Term][] {
  const rank = (k: string) => (BUILT_IN.includes(k) ? BUILT_IN.indexOf(k) : BUILT_IN.length);
  const builtIn = collected.filter(([k]) => !INTERNAL_ATTRIBUTES.has(k)).sort((a, b) => rank(a[0]) - rank(b[0]));
  const registered: [string, Term][] = [];
  for (const name of ctx.persisted) {
    if (BUILT_IN.includes(name)) continue;
    const ast = ctx.attrs.get(name);
    if (ast === undefined) continue;
    const value = (a: typeof ast) => opaqueValue(a) ?? literalTerm(a);
    // an accumulating attribute is kept newest first
    const values = ctx.accumulate.has(name) && ast.t === "list" ? [...ast.items].reverse() : [ast];
    for (const x of values) {
      const t = value(x);
      if (t !== undefined) registered.push([name, t]);
    }
  }
  return [...builtIn, ...registered, ...collected.filter(([k]) => INTERNAL_ATTRIBUTES.has(k))];
}
