// The order of a compiled module's functions as OTP lists them (module_info(:functions) and
// module_info(:exports)).
//
// Elixir emits a module's functions as: __info__/1, the written functions and macros sorted by
// their Elixir name and arity (a macro `m/1` is `MACRO-m/2`, sorted as m/1), those whose code
// names another file (quote location: :keep, as `use GenServer`'s defaults, or @file) after the
// others and sorted the same way (elixir_erl keeps them apart to put a -file attribute before
// each), the ones Elixir adds
// (behaviour_info/1), then the Erlang compiler's module_info/0,1, the lifted funs (the reverse of
// the order they were lifted: a later function's first, a function's later funs first) and the
// inlined helpers (-inlined-__info__/1-).
//
// module_info(:exports) walks the node's export table, where an entry {M, F, A} is made the first
// time any loaded code refers to it (a module's remote calls, as it is loaded) or M's loading
// exports it (its exports are entered from its last function back), and lists M's exported
// entries from the newest to the oldest: a fresh module's exports in code order, but those that
// code loaded earlier calls (the script's own `M.f()`) at the end, in the order they were called.
import type { FunctionDef, ModuleVersion } from "./module.ts";
import { Tuple, atom, listToArray } from "./terms.ts";

/** "name/arity" keys in OTP's code order, without the lifted funs and inlined helpers */
export function codeOrder(v: ModuleVersion): string[] {
  const written = v.functions.filter((f) => !f.lambda && !f.generated && !f.name.startsWith("-") && !(f.name.startsWith("MACRO-") && !f.exported));
  const sortKey = (f: FunctionDef): [string, number] => (f.name.startsWith("MACRO-") ? [f.name.slice(6), f.arity - 1] : [f.name, f.arity]);
  // (the Erlang modules of beamlet's library are written in Elixir, their @file is no such mark)
  const elsewhere = (f: FunctionDef) => v.module.name.startsWith("Elixir.") && !!f.file;
  const sorted = [...written].sort((a, b) => {
    const [an, aa] = sortKey(a), [bn, ba] = sortKey(b);
    return Number(elsewhere(a)) - Number(elsewhere(b)) || (an < bn ? -1 : an > bn ? 1 : aa - ba);
  });
  const added = v.functions.filter((f) => f.generated && !f.lambda);
  return ["__info__/1", ...sorted.map(key), ...added.map(key), "module_info/0", "module_info/1"];
}

/** the lifted funs' and inlined helpers' "name/arity" keys, as OTP lists them after module_info/1 */
export function liftedOrder(v: ModuleVersion): string[] {
  const funs = v.functions.filter((f) => f.lambda && !f.deleted && /^-.+\/\d+-fun-\d+-$/.test(f.name));
  const parentRank = new Map(codeOrder(v).map((k, i) => [k, i]));
  const parentOf = (f: FunctionDef) => /^-(.+\/\d+)-fun-(\d+)-$/.exec(f.name)!;
  const ranked = funs.map((f) => {
    const [, parent, n] = parentOf(f);
    return { key: key(f), parent: parentRank.get(parent) ?? -1, n: Number(n), sub: 0 };
  });
  // defstruct's __struct__/1 folds its keywords with a fn and an inlined helper in Elixir
  const struct = parentRank.get("__struct__/1");
  if (v.compiled.structFields !== null && struct !== undefined) {
    ranked.push({ key: "-__struct__/1-fun-0-/2", parent: struct, n: 0, sub: 0 }, { key: "-__struct__/1-inlined-0-/2", parent: struct, n: 0, sub: 1 });
  }
  ranked.sort((a, b) => b.parent - a.parent || b.n - a.n || a.sub - b.sub);
  // (a protocol's __protocol__/1 is one case over its argument, which Elixir's compiler inlines too)
  const protocol = v.attribute("__protocol__") !== undefined ? ["-inlined-__protocol__/1-/1"] : [];
  const inlined = ["-inlined-__info__/1-/1", ...protocol, ...v.functions.filter((f) => f.generated && !f.lambda).map((f) => `-inlined-${f.name}/${f.arity}-/1`), ...apart(v)];
  return [...ranked.map((r) => r.key), ...inlined];
}

// the built-in types' implementations, which an Elixir protocol's impl_for/1 calls by name
const BUILTIN_IMPLS = ["Tuple", "Atom", "List", "Map", "BitString", "Integer", "Float", "Function", "PID", "Port", "Reference"];

/** the implementations whose __impl__/1 a protocol's code calls (beamlet's impl_for/1 finds them
 *  at run time), Any's with @fallback_to_any */
function protocolCalls(v: ModuleVersion): string[] {
  const info = v.attribute("__protocol__");
  if (info === undefined) return [];
  const fallback = (listToArray(info) ?? []).some((t) => t instanceof Tuple && t.items[0] === atom("fallback_to_any") && t.items[1] === atom("true"));
  return [...BUILTIN_IMPLS, ...(fallback ? ["Any"] : [])].map((t) => `${v.module.name}.${t}`);
}

function key(f: FunctionDef): string {
  return `${f.name}/${f.arity}`;
}

/** the node's export table: the order its {M, F, A} entries were made */
export class ExportTable {
  private entries = new Map<string, Map<string, number>>();
  private next = 0;

  private enter(module: string, fa: string): void {
    let m = this.entries.get(module);
    if (m === undefined) this.entries.set(module, (m = new Map()));
    if (!m.has(fa)) m.set(fa, this.next++);
  }

  /** a version is loaded: the functions it calls, then its own exports from the last back */
  loaded(v: ModuleVersion, exported: (fa: string) => boolean): void {
    for (const imp of v.imports) this.enter(imp.def.module, `${imp.def.name}/${imp.def.arity}`);
    for (const impl of protocolCalls(v)) this.enter(impl, "__impl__/1");
    const own = codeOrder(v).filter(exported);
    for (let i = own.length - 1; i >= 0; i--) this.enter(v.module.name, own[i]);
  }

  /** `exports` ("name/arity") in the order module_info(:exports) lists them: newest entry first
   *  (an export with no entry, which loaded() always makes, would come last) */
  order(module: string, exports: string[]): string[] {
    const m = this.entries.get(module);
    const at = (fa: string) => m?.get(fa) ?? -1;
    return [...exports].sort((a, b) => at(b) - at(a));
  }
}

/** a def's function_clause failures made a function of their own (a def on its module's line,
 *  compiler/modules.ts), in name order as OTP lists them */
function apart(v: ModuleVersion): string[] {
  return v.functions.filter((f) => !f.lambda && f.inlinedAs !== undefined).map((f) => `${f.inlinedAs}/${f.arity}`).sort();
}
