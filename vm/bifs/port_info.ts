// :erlang's port BIFs (ports/0, port_info/1,2, port_close/1) over the node's sockets, the only
// ports beamlet opens (vm/socket_ports.ts).
import { defineBifs, type BifContext } from "./registry.ts";
import { Atom, NIL, Port, Term, atom, tuple, list, TRUE, UNDEFINED } from "../terms.ts";
import { badarg } from "../errors.ts";
import { TcpPort, ports, portOf } from "../socket_ports.ts";
import { ProgramPort, programPorts, programPortOf } from "../program_ports.ts";
import type { Node } from "../node.ts";

const PORT_INFO = ["name", "links", "id", "connected", "input", "output", "os_pid"];

function portInfo(p: TcpPort | ProgramPort, item: string): Term | undefined {
  if (p instanceof ProgramPort) return programInfo(p, item);
  switch (item) {
    case "name": return list(Array.from(p.kind === "udp" ? "udp_inet" : "tcp_inet", (c) => c.charCodeAt(0)));
    case "links": return list(p.owner ? [p.owner.pid] : []);
    case "id": return p.id!.id;
    case "connected": return p.owner ? p.owner.pid : UNDEFINED;
    case "input": return p.input;
    case "output": return p.output;
    case "os_pid": return UNDEFINED;
    case "registered_name": return NIL;
    default: return undefined;
  }
}

function programInfo(p: ProgramPort, item: string): Term | undefined {
  switch (item) {
    case "name": return list(Array.from(p.name, (c) => c.codePointAt(0)!));
    // (the BEAM lists a link tree by consing its post-order walk: the walk's order reversed)
    case "links": return list([...p.links].map((l) => (l instanceof Port ? l : l.pid)).reverse());
    case "id": return p.id.id * 8;
    case "connected": return p.owner.pid;
    case "input": return p.input;
    case "output": return p.output;
    case "os_pid": return p.handle?.osPid ?? UNDEFINED;
    case "registered_name": return NIL;
    default: return undefined;
  }
}

/** a port argument of :erlang's port BIFs: an open port, null for a closed one; badarg for a non-port */
function portArg(ctx: BifContext, t: Term): TcpPort | ProgramPort | null {
  if (!(t instanceof Port)) return badarg();
  const p = programPortOf(ctx.node as Node, t) ?? portOf(ctx, t);
  return p && !p.closed ? p : null;
}

defineBifs("erlang", {
  "ports/0": (_args, ctx) => {
    const open = [...ports(ctx).byId.values()].filter((p) => !p.closed).map((p) => p.id!);
    open.push(...[...programPorts(ctx.node as Node).byId.values()].map((p) => p.id));
    return list(open.sort((a, b) => a.id - b.id));
  },
  "port_info/1": ([t], ctx) => {
    const p = portArg(ctx, t);
    return p ? list(PORT_INFO.map((k) => tuple(atom(k), portInfo(p, k)!))) : UNDEFINED;
  },
  "port_info/2": ([t, item], ctx) => {
    if (!(item instanceof Atom)) return badarg();
    const p = portArg(ctx, t);
    if (!p) return UNDEFINED;
    const v = portInfo(p, item.name);
    return v === undefined ? badarg() : tuple(item, v);
  },
  "port_close/1": ([t], ctx) => {
    const p = portArg(ctx, t);
    if (!p) return badarg();
    if (p instanceof ProgramPort) programPorts(ctx.node as Node).close(p, atom("normal"));
    else ports(ctx).close(p);
    return TRUE;
  },
});
