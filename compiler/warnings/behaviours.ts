// A module's @behaviour and @impl warnings, as Elixir 1.14 prints them once the module body has
// run: behaviours that do not exist or are not behaviours, @impl annotations that name no
// callback, callbacks defined without @impl (when the module uses @impl at all), and callbacks
// not implemented. Callbacks come from Elixir's own behaviours (elixir_behaviours.ts) and from the
// @callback attributes of the file's modules; a behaviour known by neither is not checked.
import type { Ast } from "../../lang/ast.ts";
import { isCall, blockItems, keywordPairs, aliasParts } from "../ast_util.ts";
import { ELIXIR_BEHAVIOURS } from "./elixir_behaviours.ts";
import { LIBRARY_PROTOCOLS } from "./impl_forms.ts";
import { hasElixirExports } from "./elixir_export_modules.ts";
import type { Warning } from "./warning.ts";
import { mapFromEntries, listEntries } from "../../vm/map.ts";
import { atom, int, tuple, type Term } from "../../vm/terms.ts";
import { compare } from "../../vm/compare.ts";

export interface Callbacks {
  /** "name/arity" of a function, "macro name/arity" of a macro */
  callbacks: string[];
  optional: string[];
}

/** what the module's code defines: the first clause of each function */
export interface Definition {
  kind: string;
  name: string;
  arity: number;
  line: number;
  /** the @impl value written before it: true, false or a module name; undefined when none */
  impl: boolean | string | undefined;
  /** defined by a `use` the checks do not know (its quote's context is not the module's) */
  injected?: boolean;
}

/** functions `use X` (or defexception) defines, so that they are never "not implemented" */
const USE_DEFINES: Record<string, string[]> = {
  "Elixir.GenServer": ["child_spec/1", "code_change/3", "handle_call/3", "handle_cast/2", "handle_info/2", "terminate/2", "init/1"],
  "Elixir.Supervisor": ["child_spec/1"],
  "Elixir.DynamicSupervisor": ["child_spec/1"],
  "Elixir.Application": ["stop/1"],
  "Elixir.Exception": ["exception/1", "message/1"],
};

export function display(m: string): string {
  return m.startsWith("Elixir.") ? m.slice(7) : ":" + m;
}

/** the @callback / @macrocallback / @optional_callbacks of a module body, or null when it has none */
export function callbacksOf(body: Ast): Callbacks | null {
  const out: Callbacks = { callbacks: [], optional: [] };
  for (const item of blockItems(body)) {
    // the deprecated Behaviour's defcallback/defmacrocallback (`use Behaviour`) become @callback
    // and @macrocallback: `name(args) :: return when guards`, the return optional
    if ((isCall(item, "defcallback") || isCall(item, "defmacrocallback")) && item.args?.length === 1) {
      let spec = item.args[0];
      if (isCall(spec, "when") && spec.args) spec = spec.args[0];
      if (isCall(spec, "::") && spec.args) spec = spec.args[0];
      if (spec.t === "call" && typeof spec.name === "string") {
        out.callbacks.push(`${item.name === "defmacrocallback" ? "macro " : ""}${spec.name}/${(spec.args ?? []).length}`);
      }
      continue;
    }
    if (!isCall(item, "@") || !item.args?.[0] || item.args[0].t !== "call") continue;
    const attr = item.args[0];
    const value = attr.args?.[0];
    if (!value) continue;
    if (attr.name === "callback" || attr.name === "macrocallback") {
      let spec = value;
      if (isCall(spec, "when") && spec.args) spec = spec.args[0];
      const head = isCall(spec, "::") && spec.args ? spec.args[0] : null;
      if (head && head.t === "call" && typeof head.name === "string") {
        out.callbacks.push(`${attr.name === "macrocallback" ? "macro " : ""}${head.name}/${(head.args ?? []).length}`);
      }
    } else if (attr.name === "optional_callbacks") {
      for (const [k, v] of keywordPairs(value) ?? []) if (v.t === "int") out.optional.push(`${k}/${v.v}`);
    }
  }
  return out.callbacks.length ? out : null;
}

/** a module reference written in the module (an alias or an atom) */
export function moduleRef(a: Ast): string | null {
  if (a.t === "atom") return a.v;
  const parts = aliasParts(a);
  if (!parts || !parts.every((p) => typeof p === "string")) return null;
  return "Elixir." + (parts as string[]).join(".");
}

const kindName = (key: string) => (key.startsWith("macro ") ? "macro" : "function");
const bare = (key: string) => key.replace(/^macro /, "");

/** items with distinct "name/arity" keys in the order of a map keyed {name, arity} (how Elixir
 *  lists and checks a behaviour's callbacks: :maps.to_list's order) */
function inCallbackMapOrder<T>(items: T[], keyOf: (x: T) => string): T[] {
  const order = mapFromEntries(items.map((x, i) => {
    const key = keyOf(x), slash = key.lastIndexOf("/");
    return [tuple(atom(key.slice(0, slash)), int(Number(key.slice(slash + 1)))), int(i)] as [Term, Term];
  }));
  return listEntries(order).map(([, i]) => items[Number(i)]);
}

/** callbacks ("name/arity", "macro name/arity") in the order behaviour_info(:callbacks) gives
 *  for a module Elixir compiled: the order of a map keyed {name, arity}, reversed */
function infoOrder(callbacks: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const c of callbacks) if (!byKey.has(bare(c))) byKey.set(bare(c), c);
  return inCallbackMapOrder([...byKey.values()], bare).reverse();
}

/** definitions in the order Elixir's module checks walk them (elixir_def:fetch_definitions sorts
 *  the {name, arity} pairs, then accumulates them reversed: descending term order) */
function inDefinitionsOrder(defs: Definition[]): Definition[] {
  const pair = (d: Definition) => tuple(atom(d.name), int(d.arity));
  return [...defs].sort((a, b) => compare(pair(b), pair(a)));
}

export function behaviourWarnings(
  module: string,
  moduleLine: number,
  file: string,
  declared: { module: string; viaUse: boolean; protocol?: boolean; defines?: string[] }[],
  defs: Definition[],
  fileCallbacks: (m: string) => Callbacks | null | undefined,
  exists: (m: string) => boolean,
): { beforeCompile: Warning[]; checks: Warning[] } {
  const name = display(module);
  const at = { file, line: moduleLine, where: `${name} (module)` };
  const beforeCompile: Warning[] = [];
  const checks: Warning[] = [];
  const defined = new Map(defs.map((d) => [`${d.name}/${d.arity}`, d]));
  const usesGenServer = declared.some((d) => d.viaUse && d.module === "Elixir.GenServer");
  if (usesGenServer && !defined.has("init/1")) {
    beforeCompile.push({
      ...at,
      message: `function init/1 required by behaviour GenServer is not implemented (in module ${name}).\n\nWe will inject a default implementation for now:\n\n    def init(init_arg) do\n      {:ok, init_arg}\n    end\n\nYou can copy the implementation above or define your own that converts the arguments given to GenServer.start_link/3 to the server state.\n`,
    });
  }

  // each declared behaviour's callbacks; an unknown one stops the checks that need them all
  const behaviours: [string, Callbacks][] = [];
  let complete = true;
  const seen = new Set<string>();
  // each callback's behaviour so far: one a later @behaviour requires again is a conflict
  // (the same behaviour declared twice, or two that share it), in behaviour_info/1's order
  const requiredBy = new Map<string, string>();
  const conflicts = (b: string, cs: Callbacks) => {
    for (const c of infoOrder(cs.callbacks)) {
      const key = bare(c), what = `${kindName(c)} ${key}`, before = requiredBy.get(key);
      if (before === b) checks.push({ ...at, message: `the behavior ${display(b)} has been declared twice (conflict in ${what} in module ${name})` });
      else if (before !== undefined) checks.push({ ...at, message: `conflicting behaviours found. ${what} is required by ${display(before)} and ${display(b)} (in module ${name})` });
      requiredBy.set(key, b);
    }
  };
  for (const { module: b, protocol } of declared) {
    if (!protocol && seen.has(b)) {
      const again = fileCallbacks(b) ?? ELIXIR_BEHAVIOURS[display(b)];
      if (again) conflicts(b, again);
      continue;
    }
    if (seen.has(b)) continue;
    seen.add(b);
    if (protocol) {
      // (a protocol of another file: not checked)
      const cs = fileCallbacks(b) ?? LIBRARY_PROTOCOLS[b];
      if (cs) behaviours.push([b, cs]);
      else complete = false;
      continue;
    }
    const own = fileCallbacks(b);
    const known = own !== undefined ? own : ELIXIR_BEHAVIOURS[display(b).replace(/^:/, "")] ?? (hasElixirExports(display(b).replace(/^:/, "")) ? null : undefined);
    if (known) {
      behaviours.push([b, known]);
      // (an Erlang module's callbacks come in its source's order, which is not known here)
      if (own || !display(b).startsWith(":")) conflicts(b, known);
    }
    else if (known === null) checks.push({ ...at, message: `module ${display(b)} is not a behaviour (in module ${name})` });
    else if (!exists(b)) checks.push({ ...at, message: `@behaviour ${display(b)} does not exist (in module ${name})` });
    else complete = false;
  }
  if (!complete) return { beforeCompile, checks };

  const callbackOf = (key: string): [string, string] | undefined => {
    for (const [b, cs] of behaviours) for (const c of cs.callbacks) if (bare(c) === key) return [b, c];
    return undefined;
  };
  // Elixir's callbacks map, keyed {name, arity} (a later behaviour's callback replaces an earlier
  // one's), listed in the order :maps.to_list gives (Enumerable.Map)
  const knownList = () => {
    const byKey = new Map<string, [string, string]>();
    for (const [b, cs] of behaviours) for (const c of cs.callbacks) byKey.set(bare(c), [b, c]);
    return inCallbackMapOrder([...byKey.values()], ([, c]) => bare(c))
      .map(([b, c]) => `  * ${display(b)}.${bare(c)} (${kindName(c)})\n`)
      .join("");
  };

  const annotated = defs.filter((d) => d.impl !== undefined);
  if (annotated.length) {
    for (const d of annotated) {
      const key = `${d.name}/${d.arity}`;
      const what = `${d.kind.startsWith("defmacro") ? "macro" : "function"} ${key}`;
      const written = d.impl === true ? "true" : d.impl === false ? "false" : display(d.impl as string);
      const here = { file, line: d.line, where: `${name} (module)` };
      const cb = callbackOf(key);
      if (d.impl === false) {
        if (cb) checks.push({ ...here, message: `got "@impl false" for ${what} but it is a callback specified in ${display(cb[0])}` });
      } else if (!behaviours.length) {
        checks.push({ ...here, message: `got "@impl ${written}" for ${what} but no behaviour was declared` });
      } else if (typeof d.impl === "string" && !behaviours.some(([b]) => b === d.impl)) {
        checks.push({ ...here, message: `got "@impl ${written}" for ${what} but this behaviour was not declared with @behaviour` });
      } else if (typeof d.impl === "string" ? !behaviours.find(([b]) => b === d.impl)![1].callbacks.some((c) => bare(c) === key) : !cb) {
        const which = typeof d.impl === "string" ? "this behaviour does not specify such callback" : "no behaviour specifies such callback";
        checks.push({ ...here, message: `got "@impl ${written}" for ${what} but ${which}. The known callbacks are:\n\n${knownList()}` });
      }
    }
    for (const d of inDefinitionsOrder(defs)) {
      const cb = callbackOf(`${d.name}/${d.arity}`);
      if (!cb || d.injected || (d.impl !== undefined && d.impl !== false)) continue;
      checks.push({
        file,
        line: d.line,
        where: `${name} (module)`,
        message: `module attribute @impl was not set for ${kindName(cb[1])} ${d.name}/${d.arity} callback (specified in ${display(cb[0])}). This either means you forgot to add the "@impl true" annotation before the definition or that you are accidentally overriding this callback`,
      });
    }
  }

  const injected = new Set(declared.filter((d) => d.viaUse).flatMap((d) => d.defines ?? USE_DEFINES[d.module] ?? []));
  // (Elixir checks its callbacks map, keyed {name, arity}, in map order: not behaviour by behaviour)
  const missing: [string, Warning][] = [];
  for (const [b, cs] of behaviours) {
    for (const c of cs.callbacks) {
      const key = bare(c);
      if (cs.optional.includes(key) || injected.has(key)) continue;
      // (one a later behaviour requires again is that behaviour's)
      if ((requiredBy.get(key) ?? b) !== b) continue;
      const d = defined.get(key);
      const macro = c.startsWith("macro ");
      const what = declared.some((x) => x.module === b && x.protocol) ? "protocol" : "behaviour";
      if (!d) missing.push([key, { ...at, message: `${kindName(c)} ${key} required by ${what} ${display(b)} is not implemented (in module ${name})` }]);
      else if (macro !== d.kind.startsWith("defmacro")) {
        missing.push([key, { ...at, message: `${kindName(c)} ${key} required by behaviour ${display(b)} was implemented as "${d.kind}" but should have been "${macro ? "defmacro" : "def"}" (in module ${name})` }]);
      }
    }
  }
  for (const [, w] of inCallbackMapOrder(missing, ([key]) => key)) checks.push(w);
  return { beforeCompile, checks };
}
