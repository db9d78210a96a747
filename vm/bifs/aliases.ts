// Process aliases (OTP 24+): a reference that addresses its owner while it is active.
// erlang:alias/0,1 and unalias/1, and monitor/3's {alias, Mode} option, where the monitor's
// reference becomes the alias. A message to an inactive alias (or to any other reference) is
// dropped, which is how a GenServer reply that arrives after the caller gave up is discarded.
import { Atom, Ref, Term, Tuple, Cons, NIL, listToArray, TRUE, FALSE, atom } from "../terms.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { badargAt } from "./util.ts";
import { monitor } from "./processes.ts";
import type { Node } from "../node.ts";
import type { Process } from "../process.ts";

type Mode = "explicit_unalias" | "reply" | "demonitor" | "reply_demonitor";

const A_ALIAS = atom("alias");
/** the {alias, Mode} modes monitor/3 takes */
const ALIAS_MODES = new Set(["explicit_unalias", "demonitor", "reply_demonitor"]);

/** the process a message sent to `ref` goes to (null: dropped); a reply alias is used up */
export function aliasDestination(n: Node, ref: Ref): Process | null {
  const alias = n.aliases.get(ref.id);
  if (!alias || alias.owner.status === "exited") return null;
  if (alias.mode === "reply") n.dropAlias(ref.id);
  if (alias.mode === "reply_demonitor") {
    n.dropAlias(ref.id);
    dropMonitor(n, alias.owner, ref);
  }
  return alias.owner;
}

/** demonitor/1,2 ends the alias of a monitor taken with {alias, demonitor | reply_demonitor} */
export function deactivateMonitorAlias(n: Node, owner: Process, ref: Ref): void {
  const alias = n.aliases.get(ref.id);
  if (alias && alias.owner === owner && alias.mode !== "explicit_unalias") n.dropAlias(ref.id);
}

function dropMonitor(n: Node, owner: Process, ref: Ref): void {
  const pid = owner.monitors.get(ref.id);
  if (!pid) return;
  owner.monitors.delete(ref.id);
  n.lookup(pid)?.dropMonitoredBy(ref.id);
}

function modeOf(opts: Term, arg: number): Mode {
  const items = listToArray(opts);
  if (items === null) return badargAt(arg, "not a list");
  let mode: Mode = "explicit_unalias";
  for (const o of items) {
    if (o instanceof Atom && (o.name === "explicit_unalias" || o.name === "reply")) mode = o.name;
    else badargAt(arg, "invalid option");
  }
  return mode;
}

defineBifs("erlang", {
  "alias/0": (_: Term[], ctx: BifContext) => {
    const n = ctx.node as Node;
    const ref = n.makeRef();
    n.aliases.set(ref.id, { owner: ctx.process as Process, mode: "explicit_unalias" });
    return ref;
  },
  "alias/1": ([opts]: Term[], ctx: BifContext) => {
    const n = ctx.node as Node;
    const mode = modeOf(opts, 1);
    const ref = n.makeRef();
    n.aliases.set(ref.id, { owner: ctx.process as Process, mode });
    return ref;
  },
  "unalias/1": ([ref]: Term[], ctx: BifContext) => {
    if (!(ref instanceof Ref)) return badargAt(1, "not a reference");
    const n = ctx.node as Node;
    const alias = n.aliases.get(ref.id);
    if (!alias || alias.owner !== ctx.process) return FALSE;
    n.dropAlias(ref.id);
    return TRUE;
  },
  "monitor/3": ([type, target, opts]: Term[], ctx: BifContext) => {
    // (walked in place, no array: every GenServer.call passes [alias: :demonitor])
    let l = opts;
    while (l instanceof Cons) l = l.tail;
    if (l !== NIL) return badargAt(3, "not a list");
    let mode: Mode | null = null;
    for (l = opts; l instanceof Cons; l = l.tail) {
      const o = l.head;
      if (o instanceof Tuple && o.items.length === 2 && o.items[0] === A_ALIAS && o.items[1] instanceof Atom && ALIAS_MODES.has((o.items[1] as Atom).name)) {
        mode = (o.items[1] as Atom).name as Mode;
      } else badargAt(3, "invalid option");
    }
    const ref = monitor([type, target], ctx) as Ref;
    const n = ctx.node as Node;
    const self = ctx.process as Process;
    // a monitor that was :DOWN at once (noproc) gets no alias beyond explicit_unalias
    if (mode && (mode === "explicit_unalias" || self.monitors.has(ref.id))) n.aliases.set(ref.id, { owner: self, mode });
    return ref;
  },
});
