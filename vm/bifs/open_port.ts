// open_port/2 and the BIFs that drive a program's port (port_command/2,3, port_connect/2): the
// ports are vm/program_ports.ts, the programs the host's (Host.openProgram). A host without it (a
// web page) raises an ErlangError saying so.
import { hostErrorReason } from "./host_error_reason.ts";
import { defineBifs, type BifContext } from "./registry.ts";
import { Atom, Bin, Cons, NIL, Pid, Port, Term, Tuple, atom, bin, TRUE, FALSE } from "../terms.ts";
import { badarg, exception, raise, ErlangError } from "../errors.ts";
import { inspect } from "../inspect.ts";
import { badargAt, iodataBytes, utf8 } from "./util.ts";
import { programPorts, programPortOf, badOutput, type ProgramOptions } from "../program_ports.ts";
import { openFdPort } from "../fd_ports.ts";
import { nextPortNumber } from "../port_monitors.ts";
import type { ProgramRequest } from "../program_host.ts";
import type { Node } from "../node.ts";

/** a name's text: a binary or a charlist (undefined when neither) */
function text(t: Term): string | undefined {
  if (t instanceof Bin) return utf8(t);
  let s = "";
  for (; t instanceof Cons; t = t.tail) {
    if (typeof t.head !== "number" || t.head < 0 || t.head > 0x10ffff) return undefined;
    s += String.fromCodePoint(t.head);
  }
  return t === NIL ? s : undefined;
}

function texts(t: Term): string[] | undefined {
  const out: string[] = [];
  for (; t instanceof Cons; t = t.tail) {
    const s = text(t.head);
    if (s === undefined) return undefined;
    out.push(s);
  }
  return t === NIL ? out : undefined;
}

const FLAGS = new Set(["binary", "stream", "use_stdio", "nouse_stdio", "stderr_to_stdout", "exit_status", "eof", "in", "out", "hide", "overlapped_io"]);

interface Parsed {
  opts: ProgramOptions;
  args?: string[];
  arg0?: string;
  cwd?: string;
  env: Record<string, string | null>;
  stderrToStdout: boolean;
  useStdio: boolean;
}

/** open_port's options; null when one is not valid ("invalid option in list") */
function parseOptions(t: Term): Parsed | null {
  const r: Parsed = { opts: { binary: false, packet: 0, line: 0, exitStatus: false, eof: false }, env: {}, stderrToStdout: false, useStdio: true };
  for (; t instanceof Cons; t = t.tail) {
    const o = t.head;
    if (o instanceof Atom) {
      if (!FLAGS.has(o.name)) return null;
      switch (o.name) {
        case "binary": r.opts.binary = true; break;
        case "stream": r.opts.packet = 0; r.opts.line = 0; break;
        case "exit_status": r.opts.exitStatus = true; break;
        case "eof": r.opts.eof = true; break;
        case "stderr_to_stdout": r.stderrToStdout = true; break;
        case "use_stdio": r.useStdio = true; break;
        case "nouse_stdio": r.useStdio = false; break;
      }
      continue;
    }
    if (!(o instanceof Tuple) || o.items.length !== 2 || !(o.items[0] instanceof Atom)) return null;
    const [k, v] = o.items;
    switch ((k as Atom).name) {
      case "packet":
        if (v !== 1 && v !== 2 && v !== 4) return null;
        r.opts.packet = v;
        break;
      case "line":
        if (typeof v !== "number" || v <= 0) return null;
        r.opts.line = v;
        break;
      case "cd": {
        const s = text(v);
        if (s === undefined) return null;
        r.cwd = s;
        break;
      }
      case "args": {
        const a = texts(v);
        if (!a) return null;
        r.args = a;
        break;
      }
      case "arg0": {
        const s = text(v);
        if (s === undefined) return null;
        r.arg0 = s;
        break;
      }
      case "env": {
        for (let l = v; l !== NIL; l = (l as Cons).tail) {
          if (!(l instanceof Cons)) return null;
          const kv = l.head;
          if (!(kv instanceof Tuple) || kv.items.length !== 2) return null;
          const name = text(kv.items[0]);
          const val = kv.items[1] === FALSE ? null : text(kv.items[1]);
          if (name === undefined || val === undefined) return null;
          r.env[name] = val;
        }
        break;
      }
      case "parallelism":
        if (v !== TRUE && v !== FALSE) return null;
        break;
      case "busy_limits_port":
      case "busy_limits_msgq":
        break;
      default:
        return null;
    }
  }
  return t === NIL ? r : null;
}

// the drivers a fresh OTP 25 node has loaded (:erl_ddll.loaded_drivers/0)
const LOADED_DRIVERS = new Set(["tcp_inet", "udp_inet", "sctp_inet", "ram_file_drv", "tty_sl"]);

function openPort([name, options]: Term[], ctx: BifContext): Term {
  const node = ctx.node as Node;
  const kind = name instanceof Tuple && name.items.length >= 2 && name.items[0] instanceof Atom ? (name.items[0] as Atom).name : "";
  const cmd = name instanceof Tuple && name.items.length === 2 ? text(name.items[1]) : undefined;
  // {:fd, in, out}: the node's own descriptors, standard output or error written (vm/fd_ports.ts)
  if (kind === "fd" && name instanceof Tuple && name.items.length === 3) {
    const [, input, output] = name.items;
    if (typeof input !== "number" || typeof output !== "number") badargAt(1, "invalid port name");
    // (the BEAM numbers the port before the descriptors fail)
    if ((input as number) < 0 || (output as number) < 0) {
      nextPortNumber(node);
      throw new ErlangError("error", atom("einval"));
    }
    if (output === 1 || output === 2) {
      const parsed = parseOptions(options);
      if (parsed === null) badargAt(2, "invalid option in list");
      return openFdPort(node, ctx.process!, input as number, output, parsed!.opts).id;
    }
  }
  if (!((kind === "spawn" || kind === "spawn_executable") && cmd !== undefined)) {
    // (a driver the BEAM has not loaded is no port name)
    if (kind === "spawn_driver" && cmd !== undefined && !LOADED_DRIVERS.has(cmd)) badargAt(1, "invalid port name");
    if (kind === "fd" || name instanceof Atom || (kind === "spawn_driver" && cmd !== undefined)) {
      if (parseOptions(options) === null) badargAt(2, "invalid option in list");
      const why = node.host.openProgram ? "beamlet runs programs and opens no drivers or descriptors as ports" : "beamlet in a browser cannot spawn operating-system processes";
      raise(exception("ErlangError", { original: atom("enotsup"), reason: bin(`\n\n  * :erlang.open_port/2 cannot open ${inspect(name)}: ${why}`) }));
    }
    badargAt(1, "invalid port name");
  }
  const parsed = parseOptions(options);
  if (parsed === null) badargAt(2, "invalid option in list");
  const open = node.host.openProgram;
  if (!open) raise(exception("ErlangError", { original: atom("enotsup"), reason: bin(`\n\n  * :erlang.open_port/2 cannot open ${inspect(name)}: beamlet in a browser cannot spawn operating-system processes`) }));
  const p = parsed!;
  // {:spawn, command} runs the command through the shell (named sh), as the BEAM's spawn driver
  // does; with stderr_to_stdout the shell joins the two first, so the output keeps its order
  const join = p.stderrToStdout && p.useStdio ? "exec 2>&1; " : "";
  const req: ProgramRequest = kind === "spawn"
    ? { file: "/bin/sh", args: ["-c", join + "exec " + cmd], arg0: "sh", cwd: p.cwd, env: p.env, stderrToStdout: false, useStdio: p.useStdio }
    : { file: cmd!, args: p.args ?? [], arg0: p.arg0, cwd: p.cwd, env: p.env, stderrToStdout: p.stderrToStdout, useStdio: p.useStdio };
  const ports = programPorts(node);
  const port = ports.add(ctx.process!, cmd!, p.opts);
  try {
    port.handle = open!(req, {
      data: (bytes) => ports.data(port, bytes),
      exit: (status) => ports.exited(port, status),
    });
  } catch (e) {
    // (a program that never started: no link to break, no signal)
    port.links.clear();
    ctx.process!.links.delete(port.id);
    ports.close(port, atom("normal"));
    throw new ErlangError("error", atom(hostErrorReason(e, "einval")));
  }
  return port.id;
}

function command([t, data]: Term[], ctx: BifContext): Term {
  const node = ctx.node as Node;
  // (a port that is none or closed is a plain badarg in OTP 25; data that is not iodata is explained)
  const p = programPortOf(node, t);
  if (!(t instanceof Port)) return badarg();
  const bytes = iodataBytes(data);
  if (!bytes) {
    if (p) badOutput(node, p);
    badargAt(2, "not an iodata term");
  }
  if (!p) return badarg();
  programPorts(node).write(p, bytes!);
  return TRUE;
}

defineBifs("erlang", {
  "open_port/2": openPort,
  "port_command/2": command,
  "port_command/3": ([t, data, opts], ctx) => {
    if (opts !== NIL && !(opts instanceof Cons)) badargAt(3, "not a list");
    let force = false;
    let o: Term = opts;
    for (; o instanceof Cons; o = o.tail) {
      if (o.head === atom("force")) force = true;
      else if (o.head !== atom("nosuspend")) badargAt(3, "invalid option in list");
    }
    if (o !== NIL) badargAt(3, "not a proper list");
    // (:force needs a driver with soft busy; the spawn and fd drivers have none, so a live port says notsup)
    if (force && programPortOf(ctx.node as Node, t)) raise(atom("notsup"));
    return command([t, data], ctx);
  },
  "port_connect/2": ([t, pid], ctx) => {
    const node = ctx.node as Node;
    const p = programPortOf(node, t);
    if (!p || !(pid instanceof Pid)) return badarg();
    const next = node.lookup(pid);
    if (!next || !node.isAlive(next)) return badarg();
    p.owner = next;
    return TRUE;
  },
});
