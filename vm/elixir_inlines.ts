// The remote calls Elixir 1.14 inlines (elixir_rewrite's inline table): `Integer.to_string(x)` is
// compiled as `:erlang.integer_to_binary(x)`, with the same arguments in the same order, and so is
// the capture `&Integer.to_string/1` (it inspects as `&:erlang.integer_to_binary/1`). What shows:
// a failure is the BIF's (`Integer.to_string(:a)` is an ArgumentError naming the 1st argument, its
// frame `{:erlang, :integer_to_binary, [:a], [error_info: ...]}`), and OTP's compiler evaluates a
// pure BIF on constants, warning in the Elixir name (compiler/failing_calls.ts).
// Only targets that beamlet has as BIFs are inlined; checked against `inspect(&M.f/n)` on 1.14.
// (The table is the compiler's; it lives in vm/ because the BIF table uses it too.)

import { defineBifAlias, lookupBif } from "./bifs/registry.ts";
import { withClauseFrame } from "./elixir_clause_frames.ts";
import { noClause } from "./bifs/util.ts";
import type { BifFn } from "./bifs/registry.ts";
import { Bin, Term, isInt } from "./terms.ts";

/** "Elixir.Integer:to_string/1" -> ["erlang", "integer_to_binary"] */
const INLINE: Record<string, [string, string]> = {};

function add(mod: string, entries: Record<string, string>): void {
  for (const [fa, target] of Object.entries(entries)) {
    const dot = target.indexOf(":");
    INLINE[`Elixir.${mod}:${fa}`] = dot < 0 ? ["erlang", target] : [target.slice(0, dot), target.slice(dot + 1)];
  }
}

add("Atom", { "to_charlist/1": "atom_to_list", "to_string/1": "atom_to_binary" });
add("Function", { "capture/3": "make_fun", "info/1": "fun_info", "info/2": "fun_info" });
add("Integer", {
  "to_charlist/1": "integer_to_list", "to_charlist/2": "integer_to_list",
  "to_string/1": "integer_to_binary", "to_string/2": "integer_to_binary",
});
add("IO", { "iodata_length/1": "iolist_size", "iodata_to_binary/1": "iolist_to_binary" });
add("Kernel", { "function_exported?/3": "function_exported" });
add("List", {
  "to_atom/1": "list_to_atom", "to_existing_atom/1": "list_to_existing_atom", "to_float/1": "list_to_float",
  "to_integer/1": "list_to_integer", "to_integer/2": "list_to_integer", "to_tuple/1": "list_to_tuple",
});
add("Map", { "keys/1": "maps:keys", "merge/2": "maps:merge", "to_list/1": "maps:to_list", "values/1": "maps:values" });
add("Node", { "list/0": "nodes", "list/1": "nodes" });
add("Process", {
  "alive?/1": "is_process_alive", "cancel_timer/1": "cancel_timer", "cancel_timer/2": "cancel_timer",
  "demonitor/1": "demonitor", "demonitor/2": "demonitor", "exit/2": "exit", "flag/2": "process_flag",
  "flag/3": "process_flag", "get/0": "get", "get_keys/0": "get_keys", "get_keys/1": "get_keys",
  "group_leader/0": "group_leader", "link/1": "link", "list/0": "processes", "read_timer/1": "read_timer",
  "registered/0": "registered", "send/3": "send", "spawn/2": "spawn_opt", "spawn/4": "spawn_opt",
  "unlink/1": "unlink", "unregister/1": "unregister",
});
add("String", {
  "duplicate/2": "binary:copy", "to_float/1": "binary_to_float", "to_integer/1": "binary_to_integer",
  "to_integer/2": "binary_to_integer",
});
add("System", {
  "monotonic_time/0": "monotonic_time", "os_time/0": "os:system_time", "system_time/0": "system_time",
  "unique_integer/0": "unique_integer", "unique_integer/1": "unique_integer",
});
add("Tuple", { "append/2": "append_element", "to_list/1": "tuple_to_list" });

/** the Erlang function Elixir compiles a call of module.name/arity into, if it inlines it */
export function elixirInline(module: string, name: string, arity: number): [string, string] | undefined {
  return INLINE[`${module}:${name}/${arity}`];
}

/** the Elixir name OTP's warnings use for an inlined Erlang function ("List.to_integer/1"), if any */
export function elixirNameOf(module: string, name: string, arity: number): string | undefined {
  return ELIXIR_NAMES.get(`${module}:${name}/${arity}`);
}

// the first Elixir function inlined into each Erlang one, as elixir_rewrite's reverse lookup finds it
const ELIXIR_NAMES = new Map<string, string>();
for (const [from, [m, f]] of Object.entries(INLINE)) {
  const [mod, fa] = from.split(":");
  const arity = fa.slice(fa.lastIndexOf("/"));
  const key = `${m}:${f}${arity}`;
  if (!ELIXIR_NAMES.has(key)) ELIXIR_NAMES.set(key, mod.slice("Elixir.".length) + "." + fa);
}

/** the inlined target of a call, when beamlet has it as a BIF (otherwise the call stays as written) */
export function inlinedBif(module: string, name: string, arity: number): [string, string] | undefined {
  const t = elixirInline(module, name, arity);
  return t !== undefined && lookupBif(t[0], t[1], arity) !== undefined ? t : undefined;
}

/** OTP's compiler calls these :maps functions as the :erlang BIFs they are (a failure's frame and
 *  a will-fail warning name :erlang.map_get/2); a capture `&:maps.get/2` stays as written */
const OTP_CALL_REWRITES: Record<string, [string, string]> = {
  "maps:get/2": ["erlang", "map_get"], "maps:is_key/2": ["erlang", "is_map_key"], "maps:size/1": ["erlang", "map_size"],
};

/** the call an inlined Elixir function or a rewritten Erlang one compiles into, if any.
 *  evaluated: code erl_eval runs (`elixir -e`, the REPL, rpc), which OTP's compiler never sees:
 *  :maps.get stays :maps.get there (a failure's frame is stdlib's `:maps.get(k, m)`) */
export function inlinedCall(module: string, name: string, arity: number, evaluated = false): [string, string] | undefined {
  return inlinedBif(module, name, arity) ?? (evaluated ? undefined : OTP_CALL_REWRITES[`${module}:${name}/${arity}`]);
}

/**
 * Elixir's rewrites that add an argument: `String.to_atom(s)` is compiled as
 * `:erlang.binary_to_atom(s, :utf8)` (so OTP's compiler evaluates it on a literal, making the atom
 * when the module loads, and warns in the :erlang name when it will fail).
 */
const REWRITE_UTF8: Record<string, string> = {
  "Elixir.String:to_atom/1": "binary_to_atom", "Elixir.String:to_existing_atom/1": "binary_to_existing_atom",
};

/**
 * Elixir's rewrites that take the arguments in the other order: `Map.fetch!(m, k)` is compiled as
 * `:maps.get(k, m)` (OTP's compiler makes that `:erlang.map_get(k, m)`), so a failure is that
 * function's, with no Map frame, and the key is evaluated before the map, as on the BEAM.
 */
const REWRITE_SWAPPED: Record<string, [string, string]> = {
  "Elixir.Map:fetch!/2": ["erlang", "map_get"], "Elixir.Map:fetch/2": ["maps", "find"],
  "Elixir.Map:delete/2": ["maps", "remove"], "Elixir.Map:has_key?/2": ["erlang", "is_map_key"],
  "Elixir.Kernel:is_map_key/2": ["erlang", "is_map_key"],
};

/** Elixir's rewrite of those, before OTP's compiler makes :maps.get :erlang.map_get: what
 *  evaluated code calls (`Map.fetch!(m, k)` at the iex prompt fails in `:maps.get(k, m)`) */
const EVALUATED_SWAPPED: Record<string, [string, string]> = {
  "Elixir.Map:fetch!/2": ["maps", "get"], "Elixir.Map:has_key?/2": ["maps", "is_key"],
};

/** the function a two-argument call compiles into with its arguments swapped, if Elixir rewrites
 *  it so (evaluated: in code erl_eval runs, see inlinedCall) */
export function swappedRewrite(module: string, name: string, arity: number, evaluated = false): [string, string] | undefined {
  const k = `${module}:${name}/${arity}`;
  const t = (evaluated ? EVALUATED_SWAPPED[k] : undefined) ?? REWRITE_SWAPPED[k];
  return t !== undefined && lookupBif(t[0], t[1], arity) !== undefined ? t : undefined;
}

/**
 * Elixir's rewrites that move the map last: `Map.replace!(m, k, v)` is compiled as
 * `:maps.update(k, v, m)`, so the key and value are evaluated before the map and a failure is
 * :maps.update/3's (its frame, then the caller's).
 */
const REWRITE_MAP_LAST: Record<string, [string, string]> = { "Elixir.Map:replace!/3": ["maps", "update"] };

/** the function a call compiles into with its first argument moved last, if Elixir rewrites it so */
export function mapLastRewrite(module: string, name: string, arity: number): [string, string] | undefined {
  const t = REWRITE_MAP_LAST[`${module}:${name}/${arity}`];
  return t !== undefined && lookupBif(t[0], t[1], arity) !== undefined ? t : undefined;
}

/**
 * Elixir's rewrites of Process functions into the BIF with its arguments reordered or completed
 * (elixir_rewrite; checked against the code Elixir 1.14 compiles): `Process.send_after(dest, msg,
 * time)` is `:erlang.send_after(time, dest, msg)`, evaluated in that order, and fails with no
 * Process frame. Each entry: the target and, per argument of the target, the index of the call's
 * argument it is (-1: the atom :process). A capture or apply/3 still calls the Process function.
 */
const REWRITE_PERMUTED: Record<string, [string, string, number[]]> = {
  "Elixir.Process:monitor/1": ["erlang", "monitor", [-1, 0]],
  "Elixir.Process:send_after/3": ["erlang", "send_after", [2, 0, 1]],
  "Elixir.Process:send_after/4": ["erlang", "send_after", [2, 0, 1, 3]],
  "Elixir.Process:group_leader/2": ["erlang", "group_leader", [1, 0]],
};

/** the call a call of module.name/arity compiles into with its arguments reordered, if Elixir
 *  rewrites it so: the target and its arguments built from the call's */
export function permutedRewrite<A>(module: string, name: string, args: A[], process: A): [string, string, A[]] | undefined {
  const t = REWRITE_PERMUTED[`${module}:${name}/${args.length}`];
  if (t === undefined || lookupBif(t[0], t[1], t[2].length) === undefined) return undefined;
  return [t[0], t[1], t[2].map((i) => (i < 0 ? process : args[i]))];
}

export function utf8Rewrite(module: string, name: string, arity: number): string | undefined {
  return REWRITE_UTF8[`${module}:${name}/${arity}`];
}

/**
 * The inlined Elixir functions reached without being inlined (`apply(Integer, :to_string, [x])`,
 * a call through a variable module) run the BIF Elixir inlines them into, so they fail as it does.
 */
export function aliasInlinedBifs(): void {
  for (const [from, [m, f]] of Object.entries(INLINE)) {
    const [mod, fa] = from.split(":");
    const slash = fa.lastIndexOf("/");
    const name = fa.slice(0, slash), arity = Number(fa.slice(slash + 1));
    if (lookupBif(mod, name, arity) === undefined) continue;
    // a function with a guard (String.to_integer/1 wants a binary) fails in its own clause
    const guard = GUARDS[from];
    if (guard !== undefined) {
      const target = lookupBif(m, f, arity)!;
      const guarded: BifFn = (args, ctx) => (guard(args) ? target.fn(args, ctx) : noClause(mod, name, arity));
      defineBifAlias(mod, name, arity, { ...target, fn: withClauseFrame(mod, name, arity, guarded) });
      continue;
    }
    // Integer.to_string(x) is `to_string(integer, base \\ 10)`: the BIF gets the base too
    const base = WITH_BASE.has(from) ? lookupBif(m, f, arity + 1) : undefined;
    if (base !== undefined) {
      defineBifAlias(mod, name, arity, { ...base, arity, fn: withClauseFrame(mod, name, arity, (args, ctx) => base.fn([...args, 10], ctx)) });
      continue;
    }
    // reached without inlining, the Elixir function's own frame is under the BIF's when it fails
    const target = lookupBif(m, f, arity);
    if (target !== undefined) defineBifAlias(mod, name, arity, { ...target, fn: withClauseFrame(mod, name, arity, target.fn) });
  }
}

const isBin = (t: Term) => t instanceof Bin && t.tailBits === 0;
const GUARDS: Record<string, (args: Term[]) => boolean> = {
  "Elixir.String:to_integer/1": ([s]) => isBin(s), "Elixir.String:to_float/1": ([s]) => isBin(s),
  "Elixir.String:to_integer/2": ([s, b]) => isBin(s) && isInt(b), "Elixir.String:duplicate/2": ([s, n]) => isBin(s) && isInt(n),
};

const WITH_BASE = new Set(["Elixir.Integer:to_string/1", "Elixir.Integer:to_charlist/1"]);
