// System.no_halt/0,1 and System.trap_signal/2,3, System.untrap_signal/2 as Elixir 1.14's.
// no_halt(true) keeps a script's node running when the script's code ends normally (the
// System.at_exit/1 hooks then never run): lib/boot/boot.ex asks :beamlet.no_halt/0, and the
// node does not halt when the script's process ends (vm/node.ts).
// A beamlet host delivers no OS signals to the program: trapping one registers the handler (ids,
// :already_registered, untrapping as on the BEAM), but its fun is never called.
import { defineBifs } from "./registry.ts";
import { Atom, Term, atom, tuple, isFunction } from "../terms.ts";
import { TailCall } from "../calls.ts";
import { noClause } from "./util.ts";
import { exactEquals } from "../compare.ts";
import type { Node } from "../node.ts";

const SYSTEM = atom("Elixir.System");
const OK = atom("ok");
const ERROR = atom("error");
// the signals Elixir 1.14's guard accepts (what :os.set_signal/2 handles)
const SIGNALS = new Set(["sigquit", "sigterm", "sigusr1", "sighup", "sigabrt", "sigalrm", "sigusr2", "sigchld", "sigstop", "sigtstp"]);

/** per node, per signal, the ids of its handlers */
const trapped = new WeakMap<Node, Map<string, Term[]>>();

function handlers(n: Node, signal: string): Term[] {
  let bySignal = trapped.get(n);
  if (!bySignal) trapped.set(n, bySignal = new Map());
  let ids = bySignal.get(signal);
  if (!ids) bySignal.set(signal, ids = []);
  return ids;
}

function isSignal(t: Term): t is Atom {
  return t instanceof Atom && SIGNALS.has(t.name);
}

defineBifs("Elixir.System", {
  "no_halt/0": (_, ctx) => atom((ctx.node as Node).noHalt ? "true" : "false"),
  "no_halt/1": ([b], ctx) => {
    if (!(b instanceof Atom && (b.name === "true" || b.name === "false"))) noClause("Elixir.System", "no_halt", 1);
    (ctx.node as Node).noHalt = b.name === "true";
    return OK;
  },
  // trap_signal(signal, id \\ make_ref(), fun)
  "trap_signal/2": ([signal, fun], ctx) => new TailCall(SYSTEM, [signal, (ctx.node as Node).makeRef(), fun], atom("trap_signal")),
  "trap_signal/3": ([signal, id, fun], ctx) => {
    if (!(isSignal(signal) && isFunction(fun) && fun.arity === 0)) noClause("Elixir.System", "trap_signal", 3);
    const n = ctx.node as Node;
    const ids = handlers(n, signal.name);
    if (ids.some((i) => exactEquals(i, id))) return tuple(ERROR, atom("already_registered"));
    ids.push(id);
    return tuple(OK, id);
  },
  "untrap_signal/2": ([signal, id], ctx) => {
    if (!isSignal(signal)) noClause("Elixir.System", "untrap_signal", 2);
    const n = ctx.node as Node;
    const ids = handlers(n, signal.name);
    const i = ids.findIndex((x) => exactEquals(x, id));
    if (i < 0) return tuple(ERROR, atom("not_found"));
    ids.splice(i, 1);
    return OK;
  },
});

defineBifs("beamlet", {
  /** whether System.no_halt(true) asked the node to keep running after the script */
  "no_halt/0": (_, ctx) => atom((ctx.node as Node).noHalt ? "true" : "false"),
});
