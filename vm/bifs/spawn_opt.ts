// erlang:spawn_opt/2..5: spawn with options. link and monitor ({monitor, [{alias, Mode}]} too) as
// spawn_link/spawn_monitor, max_heap_size as process_flag/2 sets it; the memory-tuning options the
// BEAM takes (priority, fullsweep_after, min_heap_size, min_bin_vheap_size, message_queue_data)
// are checked and have nothing to tune here. Anything else: badarg "invalid spawn option".
import type { BifContext, BifFn } from "./registry.ts";
import { Atom, Ref, Term, Tuple, atom, listToArray } from "../terms.ts";
import { badargAt } from "./util.ts";
import { parseMaxHeap } from "../max_heap_size.ts";
import type { Node } from "../node.ts";
import type { Process } from "../process.ts";
import type { SpawnOpts } from "./processes.ts";

type Spawn = (ctx: BifContext, args: Term[], opts: SpawnOpts) => Term;
type AliasMode = "explicit_unalias" | "demonitor" | "reply_demonitor";

const isCount = (v: Term) => typeof v === "number" && v >= 0;
const TUNING: Record<string, (v: Term) => boolean> = {
  priority: (v) => v instanceof Atom && ["low", "normal", "high", "max"].includes(v.name),
  fullsweep_after: isCount,
  min_heap_size: isCount,
  min_bin_vheap_size: isCount,
  message_queue_data: (v) => v instanceof Atom && (v.name === "off_heap" || v.name === "on_heap"),
};

/** the options list (argument `arg`), or a badarg naming it */
function parseOptions(list: Term, arg: number): SpawnOpts & { alias?: AliasMode } {
  const items = listToArray(list);
  if (items === null) return badargAt(arg, "not a list");
  const opts: SpawnOpts & { alias?: AliasMode } = {};
  for (const o of items) {
    if (o === atom("link")) opts.link = true;
    else if (o === atom("monitor")) opts.monitor = true;
    else if (o instanceof Tuple && o.items.length === 2 && o.items[0] instanceof Atom) {
      const [k, v] = o.items as [Atom, Term];
      if (k.name === "monitor") {
        const alias = monitorAlias(v);
        if (alias === null) badargAt(arg, "invalid spawn option");
        opts.monitor = true;
        if (alias !== undefined) opts.alias = alias;
      } else if (k.name === "max_heap_size") {
        const m = parseMaxHeap(v);
        if (m === null) badargAt(arg, "invalid spawn option");
        opts.maxHeap = m;
      } else if (!(TUNING[k.name]?.(v) ?? false)) badargAt(arg, "invalid spawn option");
    } else badargAt(arg, "invalid spawn option");
  }
  return opts;
}

/** a monitor's options: [] or [{alias, Mode}] (undefined: no alias; null: not valid) */
function monitorAlias(v: Term): AliasMode | undefined | null {
  const items = listToArray(v);
  if (items === null) return null;
  let mode: AliasMode | undefined;
  for (const o of items) {
    if (o instanceof Tuple && o.items.length === 2 && o.items[0] === atom("alias") && o.items[1] instanceof Atom &&
      ["explicit_unalias", "demonitor", "reply_demonitor"].includes((o.items[1] as Atom).name)) {
      mode = (o.items[1] as Atom).name as AliasMode;
    } else return null;
  }
  return mode;
}

function spawnOpt(spawn: Spawn, ctx: BifContext, target: Term[], optsList: Term, arg: number): Term {
  if (target.length === 3 && listToArray(target[2]) === null) badargAt(arg - 1, "not a list");
  const opts = parseOptions(optsList, arg);
  const r = spawn(ctx, target, opts);
  if (opts.alias && r instanceof Tuple) {
    const ref = r.items[1] as Ref;
    (ctx.node as Node).aliases.set(ref.id, { owner: ctx.process as Process, mode: opts.alias });
  }
  return r;
}

/** this node's name, the only one spawn_opt/3,5 can spawn on */
function localNode(n: Term): void {
  if (n !== atom("nonode@nohost")) badargAt(1, "not a node on which a process can be spawned");
}

export function spawnOptBifs(spawn: Spawn): Record<string, BifFn> {
  return {
    "spawn_opt/2": ([f, o], ctx) => spawnOpt(spawn, ctx, [f], o, 2),
    "spawn_opt/3": ([n, f, o], ctx) => (localNode(n), spawnOpt(spawn, ctx, [f], o, 3)),
    "spawn_opt/4": ([m, f, a, o], ctx) => spawnOpt(spawn, ctx, [m, f, a], o, 4),
    "spawn_opt/5": ([n, m, f, a, o], ctx) => (localNode(n), spawnOpt(spawn, ctx, [m, f, a], o, 5)),
  };
}
