// erlang:spawn_opt/2..5: spawn with options. link and monitor ({monitor, [{alias, Mode}]} too) as
// spawn_link/spawn_monitor, max_heap_size as process_flag/2 sets it; the memory-tuning options the
// BEAM takes (priority, fullsweep_after, min_heap_size, min_bin_vheap_size, message_queue_data)
// are checked and kept as the new process's flags (process_info reports them; nothing is tuned). Anything else: badarg "invalid spawn option".
// The node-taking spawns (spawn/2,4, spawn_link/2,4, spawn_monitor/2,4, spawn_opt/3,5) run on this
// node when named, and fail as a BEAM that is not distributed does for any other node.
import type { BifContext, BifFn } from "./registry.ts";
import { Atom, ExtFun, Fun, NIL_ATOM, Ref, Term, Tuple, atom, list, listToArray } from "../terms.ts";
import { badargAt } from "./util.ts";
import { badarg } from "../errors.ts";
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
      } else if (TUNING[k.name]?.(v) ?? false) (opts.flags ??= []).push([k.name, v]);
      else badargAt(arg, "invalid spawn option");
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

/** this node's name (:nonode@nohost, or a release's APP@HOST) */
const local = (ctx: BifContext): Atom => (ctx.node as Node).name;

/**
 * A spawn on another node: this node is not distributed, so as on a BEAM that is not alive the
 * spawn returns a pid whose process logs "Can not start" and exits with noconnection (a link or
 * monitor asked for sees that). lib/erlang/beamlet_node.ex holds the process's code.
 */
function spawnElsewhere(spawn: Spawn, ctx: BifContext, node: Term, target: Term[], opts: SpawnOpts, optsList: Term | null): Term {
  const [m, f, a] = target.length === 1 ? [atom("erlang"), atom("apply"), list([target[0], list([])])] : target;
  const args = list([node, m, f, a, optsList ?? NIL_ATOM]);
  return spawn(ctx, [atom("beamlet_node"), atom("cannot_start"), args], { link: opts.link, monitor: opts.monitor });
}

function onNode(spawn: Spawn, ctx: BifContext, node: Term, target: Term[], opts: SpawnOpts): Term {
  if (!(node instanceof Atom)) badargAt(1, "not an atom");
  // a bad fun for this node is spawn/1's first argument, for another node spawn/2's second
  if (target.length === 1 && !(target[0] instanceof Fun || target[0] instanceof ExtFun)) badargAt(node === local(ctx) ? 1 : 2, "not a fun");
  if (target.length === 3) {
    if (!(target[0] instanceof Atom)) badargAt(2, "not an atom");
    if (!(target[1] instanceof Atom)) badargAt(3, "not an atom");
    if (listToArray(target[2]) === null) badargAt(4, "not a list");
  }
  if (node === local(ctx)) return spawn(ctx, target, opts);
  // OTP turns a remote spawn_link/spawn_monitor into spawn_opt with [link] or [monitor]
  const optsList = opts.link ? list([atom("link")]) : opts.monitor ? list([atom("monitor")]) : null;
  return spawnElsewhere(spawn, ctx, node, target, opts, optsList);
}

function spawnOptOnNode(spawn: Spawn, ctx: BifContext, node: Term, target: Term[], optsList: Term, arg: number): Term {
  if (node === local(ctx)) return spawnOpt(spawn, ctx, target, optsList, arg);
  if (!(node instanceof Atom)) badargAt(1, "not an atom");
  if (target.length === 3 && listToArray(target[2]) === null) badargAt(arg - 1, "not a list");
  if (target.length === 1 && !(target[0] instanceof Fun || target[0] instanceof ExtFun)) badargAt(2, "not a fun");
  let opts: SpawnOpts;
  try {
    opts = parseOptions(optsList, arg);
  } catch {
    return badarg(); // a remote spawn's options are checked without naming the argument
  }
  return spawnElsewhere(spawn, ctx, node, target, opts, optsList);
}

export function spawnOptBifs(spawn: Spawn): Record<string, BifFn> {
  return {
    "spawn_opt/2": ([f, o], ctx) => spawnOpt(spawn, ctx, [f], o, 2),
    "spawn_opt/3": ([n, f, o], ctx) => spawnOptOnNode(spawn, ctx, n, [f], o, 3),
    "spawn_opt/4": ([m, f, a, o], ctx) => spawnOpt(spawn, ctx, [m, f, a], o, 4),
    "spawn_opt/5": ([n, m, f, a, o], ctx) => spawnOptOnNode(spawn, ctx, n, [m, f, a], o, 5),
    "spawn/2": ([n, f], ctx) => onNode(spawn, ctx, n, [f], {}),
    "spawn/4": ([n, m, f, a], ctx) => onNode(spawn, ctx, n, [m, f, a], {}),
    "spawn_link/2": ([n, f], ctx) => onNode(spawn, ctx, n, [f], { link: true }),
    "spawn_link/4": ([n, m, f, a], ctx) => onNode(spawn, ctx, n, [m, f, a], { link: true }),
    "spawn_monitor/2": ([n, f], ctx) => onNode(spawn, ctx, n, [f], { monitor: true }),
    "spawn_monitor/4": ([n, m, f, a], ctx) => onNode(spawn, ctx, n, [m, f, a], { monitor: true }),
  };
}
