// The distribution BIFs on a node that is not distributed (what Node calls): beamlet's node is
// :nonode@nohost, or a release's APP@HOST, and never connected to another node.
import type { Node } from "../node.ts";
import { NOT_ALIVE } from "../node_name.ts";
import { Atom, ForeignPid, ForeignPort, ForeignRef, Port, Pid, Ref, Term, TRUE, FALSE, atom, list, listToArray } from "../terms.ts";
import { defineBifs, type BifContext } from "./registry.ts";
import { badargAt, badargAtEach, raise } from "../errors.ts";

/** this node's name: :nonode@nohost, or a release's APP@HOST */
const local = (ctx: BifContext): Atom => (ctx.node as Node).name;
const NODE_TYPES = new Set(["visible", "hidden", "connected", "this", "known"]);

/** the nodes of the given types: only :this and :known name this node */
function nodesOf(types: Atom[], self: Atom): Term {
  return list(types.some((t) => t.name === "this" || t.name === "known") ? [self] : []);
}

function nodes(arg: Term, self: Atom): Term {
  if (arg instanceof Atom) {
    if (!NODE_TYPES.has(arg.name)) badargAt(1, "not a valid node type");
    return nodesOf([arg], self);
  }
  const items = listToArray(arg);
  if (items === null) return badargAt(1, "not a valid node type or list of valid node types");
  if (!items.every((t) => t instanceof Atom && NODE_TYPES.has(t.name))) badargAt(1, "not a list of valid node types");
  return nodesOf(items as Atom[], self);
}

function monitorNode(node: Term, flag: Term, self: Atom): Term {
  if (!(node instanceof Atom)) badargAt(1, "not an atom");
  if (flag !== TRUE && flag !== FALSE) badargAt(2, "not a boolean ('true' or 'false')");
  // this node is always up; any other cannot be reached without distribution
  if (node !== self) raise(atom("notalive"));
  return TRUE;
}

defineBifs("erlang", {
  "node/1": ([t], ctx) => (t instanceof ForeignPid || t instanceof ForeignRef || t instanceof ForeignPort ? t.nodeName : t instanceof Pid || t instanceof Ref || t instanceof Port ? local(ctx) : badargAt(1, "not a pid")),
  "nodes/0": () => list([]),
  "nodes/1": ([t], ctx) => nodes(t, local(ctx)),
  "get_cookie/0": (_, ctx) => (ctx.node as Node).cookie,
  "get_cookie/1": ([n], ctx) => (n instanceof Atom ? (ctx.node as Node).cookie : badargAt(1, "not an atom")),
  "set_cookie/1": ([c]) => (c instanceof Atom ? raise(atom("distribution_not_started")) : badargAt(1, "not an atom")),
  "set_cookie/2": ([n, c], ctx) => {
    const bad: { arg: number; why: string }[] = [];
    if (!(n instanceof Atom)) bad.push({ arg: 1, why: "not an atom" });
    else if (n === NOT_ALIVE) bad.push({ arg: 1, why: "the node name is not part of a distributed system" });
    if (!(c instanceof Atom)) bad.push({ arg: 2, why: "not an atom" });
    if (bad.length > 0) badargAtEach(bad);
    return raise(atom("distribution_not_started"));
  },
  "monitor_node/2": ([n, f], ctx) => monitorNode(n, f, local(ctx)),
  "monitor_node/3": ([n, f, opts], ctx) => {
    const items = listToArray(opts);
    if (items === null || !items.every((o) => o === atom("allow_passive_connect"))) badargAt(3, "invalid option in list");
    return monitorNode(n, f, local(ctx));
  },
  "disconnect_node/1": () => atom("ignored"),
}, ["node/1"]);
