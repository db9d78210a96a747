// :global on a single node: names (any term) for processes, freed when the process exits.
// A process has at most one global name, as global enforces (a second name is refused with
// :no; OTP also logs an error report, which beamlet does not).
import { Pid, Term, atom, tuple, list } from "../terms.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { exactEquals, hashTerm } from "../compare.ts";
import { ErlangError } from "../errors.ts";
import { codeFrame } from "../code_frame.ts";
import type { Node } from "../node.ts";
import type { Process } from "../process.ts";

const YES = atom("yes"), NO = atom("no"), OK = atom("ok"), UNDEFINED = atom("undefined");

class GlobalNames {
  byHash = new Map<number, [Term, Process][]>();

  constructor(node: Node) {
    node.exitHooks.push((p) => {
      for (const [name, owner] of this.all()) if (owner === p) this.remove(name);
    });
  }

  find(name: Term): Process | undefined {
    return this.byHash.get(hashTerm(name))?.find(([n]) => exactEquals(n, name))?.[1];
  }

  all(): [Term, Process][] {
    return [...this.byHash.values()].flat();
  }

  add(name: Term, p: Process): void {
    const h = hashTerm(name);
    const bucket = this.byHash.get(h);
    if (bucket) bucket.push([name, p]);
    else this.byHash.set(h, [[name, p]]);
  }

  remove(name: Term): void {
    const h = hashTerm(name);
    const bucket = this.byHash.get(h);
    if (!bucket) return;
    const i = bucket.findIndex(([n]) => exactEquals(n, name));
    if (i >= 0) bucket.splice(i, 1);
    if (bucket.length === 0) this.byHash.delete(h);
  }
}

const stateOf = new WeakMap<Node, GlobalNames>();
function names(ctx: BifContext): GlobalNames {
  const node = ctx.node as Node;
  let s = stateOf.get(node);
  if (!s) stateOf.set(node, (s = new GlobalNames(node)));
  return s;
}

function register(ctx: BifContext, name: Term, pid: Term, replace: boolean): Term {
  const s = names(ctx);
  const p = pid instanceof Pid ? (ctx.node as Node).lookup(pid) : undefined;
  if (!p) return NO;
  const current = s.find(name);
  if (current && !replace) return NO;
  if (s.all().some(([n, owner]) => owner === p && !exactEquals(n, name))) return NO;
  if (current) s.remove(name);
  s.add(name, p);
  return YES;
}

defineBifs("global", {
  "register_name/2": ([name, pid], ctx) => register(ctx, name, pid, false),
  "register_name/3": ([name, pid], ctx) => register(ctx, name, pid, false),
  "re_register_name/2": ([name, pid], ctx) => register(ctx, name, pid, true),
  "re_register_name/3": ([name, pid], ctx) => register(ctx, name, pid, true),
  "unregister_name/1": ([name], ctx) => {
    names(ctx).remove(name);
    return OK;
  },
  "whereis_name/1": ([name], ctx) => names(ctx).find(name)?.pid ?? UNDEFINED,
  "registered_names/0": (_, ctx) => list(names(ctx).all().map(([n]) => n)),
  "send/2": ([name, msg], ctx) => {
    const p = names(ctx).find(name);
    // (the exit is global.erl's own, its frame heading the trace)
    if (!p) {
      const e = new ErlangError("exit", tuple(atom("badarg"), tuple(name, msg)));
      e.callee = codeFrame("global", "send", 2, "global.erl", 252);
      throw e;
    }
    (ctx.node as Node).send(p, msg);
    return p.pid;
  },
});


// ---- locks: a resource held by one requester id, from any number of its processes ------------
// (lib/erlang/global.ex waits and retries; a holder that exits lets go, as on OTP)

interface Lock { resource: Term; requester: Term; holders: Set<Process> }
const locksOf = new WeakMap<Node, Lock[]>();
function locks(ctx: BifContext): Lock[] {
  const node = ctx.node as Node;
  let l = locksOf.get(node);
  if (!l) {
    const all: Lock[] = (l = []);
    locksOf.set(node, all);
    node.exitHooks.push((p) => {
      for (let i = all.length - 1; i >= 0; i--) {
        all[i].holders.delete(p);
        if (all[i].holders.size === 0) all.splice(i, 1);
      }
    });
  }
  return l;
}

defineBifs("beamlet_global", {
  /** take the lock for the caller: true, or false when another requester holds the resource */
  "try_lock/2": ([resource, requester], ctx) => {
    const all = locks(ctx);
    const me = (ctx.node as Node).lookup(ctx.self() as Pid)!;
    const held = all.find((l) => exactEquals(l.resource, resource));
    if (held && !exactEquals(held.requester, requester)) return atom("false");
    if (held) held.holders.add(me);
    else all.push({ resource, requester, holders: new Set([me]) });
    return atom("true");
  },
  "unlock/2": ([resource, requester], ctx) => {
    const all = locks(ctx);
    const me = (ctx.node as Node).lookup(ctx.self() as Pid)!;
    const i = all.findIndex((l) => exactEquals(l.resource, resource) && exactEquals(l.requester, requester));
    if (i >= 0) {
      all[i].holders.delete(me);
      if (all[i].holders.size === 0) all.splice(i, 1);
    }
    return atom("true");
  },
});
