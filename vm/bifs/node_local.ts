// The distribution BIFs on a node that is not distributed (what Node calls): beamlet's node is
// always :nonode@nohost with no other node connected, so these answer as a BEAM that is not alive.
import { Atom, Pid, Ref, Term, TRUE, FALSE, atom, list, listToArray } from "../terms.ts";
import { defineBifs } from "./registry.ts";
import { badargAt, badargAtEach, raise } from "../errors.ts";

const LOCAL = atom("nonode@nohost");
const NODE_TYPES = new Set(["visible", "hidden", "connected", "this", "known"]);

/** the nodes of the given types: only :this and :known name this node */
function nodesOf(types: Atom[]): Term {
  return list(types.some((t) => t.name === "this" || t.name === "known") ? [LOCAL] : []);
}

function nodes(arg: Term): Term {
  if (arg instanceof Atom) {
    if (!NODE_TYPES.has(arg.name)) badargAt(1, "not a valid node type");
    return nodesOf([arg]);
  }
  const items = listToArray(arg);
  if (items === null) return badargAt(1, "not a valid node type or list of valid node types");
  if (!items.every((t) => t instanceof Atom && NODE_TYPES.has(t.name))) badargAt(1, "not a list of valid node types");
  return nodesOf(items as Atom[]);
}

function monitorNode(node: Term, flag: Term): Term {
  if (!(node instanceof Atom)) badargAt(1, "not an atom");
  if (flag !== TRUE && flag !== FALSE) badargAt(2, "not a boolean ('true' or 'false')");
  // this node is always up; any other cannot be reached without distribution
  if (node !== LOCAL) raise(atom("notalive"));
  return TRUE;
}

defineBifs("erlang", {
  "node/1": ([t]) => (t instanceof Pid || t instanceof Ref ? LOCAL : badargAt(1, "not a pid")),
  "nodes/0": () => list([]),
  "nodes/1": ([t]) => nodes(t),
  "get_cookie/0": () => atom("nocookie"),
  "get_cookie/1": ([n]) => (n instanceof Atom ? atom("nocookie") : badargAt(1, "not an atom")),
  "set_cookie/1": ([c]) => (c instanceof Atom ? raise(atom("distribution_not_started")) : badargAt(1, "not an atom")),
  "set_cookie/2": ([n, c]) => {
    const bad: { arg: number; why: string }[] = [];
    if (!(n instanceof Atom)) bad.push({ arg: 1, why: "not an atom" });
    else if (n === LOCAL) bad.push({ arg: 1, why: "the node name is not part of a distributed system" });
    if (!(c instanceof Atom)) bad.push({ arg: 2, why: "not an atom" });
    if (bad.length > 0) badargAtEach(bad);
    return raise(atom("distribution_not_started"));
  },
  "monitor_node/2": ([n, f]) => monitorNode(n, f),
  "monitor_node/3": ([n, f, opts]) => {
    const items = listToArray(opts);
    if (items === null || !items.every((o) => o === atom("allow_passive_connect"))) badargAt(3, "invalid option in list");
    return monitorNode(n, f);
  },
  "disconnect_node/1": () => atom("ignored"),
}, ["node/1"]);
