// System.cmd / System.shell / System.find_executable through the host (Host.runCommand and
// Host.findExecutable; vm/ stays free of Node). The run is asynchronous: the caller gets a ref and
// waits in lib/system_cmd.ex for {:beamlet_cmd, ref, result}, so other processes keep running.
import { hostErrorReason } from "./host_error_reason.ts";
import { defineBifs, type BifContext } from "./registry.ts";
import { Atom, Bin, Cons, NIL, Term, Tuple, atom, bin, binFromBytes, list, tuple, NIL_ATOM, TRUE, FALSE } from "../terms.ts";
import { codeFrame } from "../code_frame.ts";
import { badarg, elixirRaise, exception, raise, ErlangError } from "../errors.ts";
import { inspect } from "../inspect.ts";
import { TailCall } from "../calls.ts";
import { badargAt, utf8 } from "./util.ts";
import type { Node } from "../node.ts";

const A_REPLY = atom("beamlet_cmd");
const CMD = atom("beamlet_system_cmd");

function text(t: Term): string {
  const s = t instanceof Bin ? utf8(t) : undefined;
  return s === undefined ? badarg() : s;
}

function strings(t: Term): string[] {
  const out: string[] = [];
  let l = t;
  while (l instanceof Cons) { out.push(text(l.head)); l = l.tail; }
  if (l !== NIL) badarg();
  return out;
}

/** a frame of Elixir's lib/system.ex */
function systemFrame(fun: string, arity: number | Term[], line: number): Term {
  return codeFrame("Elixir.System", fun, arity, "lib/system.ex", line);
}

/** a program with a NUL byte fails in System's own check, as Elixir's (`fun` calls it at `line`) */
function noNullByte(command: Term, fun: "cmd" | "shell", line: number): void {
  if (!(command instanceof Bin) || !command.bytes.includes(0)) return;
  const arity = fun === "cmd" ? 3 : 2;
  const e = new ErlangError("error", exception("ArgumentError", { message: bin(`cannot execute System.${fun}/${arity} for program with null byte, got: ${inspect(command)}`) }));
  e.callee = systemFrame("assert_no_null_byte!", 2, 1311);
  e.calleeBelow = [systemFrame(fun, arity, line)];
  throw e;
}

function cmd(args: Term[], ctx: BifContext): TailCall {
  noNullByte(args[0], "cmd", 1041);
  notFound(args, ctx);
  invalidOption(args[2]);
  return new TailCall(CMD, args, atom("cmd"));
}

const BOOLEAN_OPTIONS = new Set(["stderr_to_stdout", "parallelism"]);

/**
 * An option System.cmd/shell does not take (or a value it refuses): Elixir's do_cmd/3 raises it
 * from cmd_opts/3, which reads the options in order. Decided here up to the first option that is
 * no {atom, value} pair or is :env (lib/system_cmd.ex goes on from there: the FunctionClauseError
 * of a bad item, the environment's own errors, before a later option's)
 */
function invalidOption(opts: Term): void {
  for (let l = opts; l instanceof Cons; l = l.tail) {
    const o = l.head;
    if (!(o instanceof Tuple) || o.items.length !== 2 || !(o.items[0] instanceof Atom)) return;
    const [key, value] = o.items as [Atom, Term];
    if (key.name === "env") return;
    const ok = key.name === "into" || ((key.name === "cd" || key.name === "arg0") && value instanceof Bin && value.isBinary)
      || (BOOLEAN_OPTIONS.has(key.name) && (value === TRUE || value === FALSE));
    if (ok) continue;
    const e = new ErlangError("error", exception("ArgumentError", { message: bin(`invalid option ${inspect(key)} with value ${inspect(value)}`) }));
    e.callee = systemFrame("cmd_opts", 3, 1106);
    e.calleeBelow = [systemFrame("do_cmd", 3, 1060)];
    throw e;
  }
}

/** a program the host cannot find: Elixir's System.cmd/3 fails with :enoent in its own frame
 *  (lib/system.ex:1053, the call's arguments) over its caller's, once the arguments are binaries */
function notFound([command, args, opts]: Term[], ctx: BifContext): void {
  const host = (ctx.node as Node).host;
  if (!host.runCommand || !host.findExecutable || !(command instanceof Bin) || !(opts === NIL || opts instanceof Cons)) return;
  for (let l = args; l !== NIL; l = (l as Cons).tail) if (!(l instanceof Cons) || !(l.head instanceof Bin)) return;
  const name = utf8(command);
  if (name === undefined || name.startsWith("/") || host.findExecutable(name) !== null) return;
  const e = new ErlangError("error", atom("enoent"));
  e.callee = systemFrame("cmd", [command, args, opts], 1053);
  throw e;
}

function shell(args: Term[]): TailCall {
  noNullByte(args[0], "shell", 928);
  invalidOption(args[1]);
  return new TailCall(CMD, args, atom("shell"));
}

defineBifs("Elixir.System", {
  "cmd/2": ([c, a], ctx) => cmd([c, a, NIL], ctx),
  "cmd/3": ([c, a, o], ctx) => cmd([c, a, o], ctx),
  "shell/1": ([c]) => shell([c, NIL]),
  "shell/2": ([c, o]) => shell([c, o]),
  "find_executable/1": ([name], ctx) => {
    const find = (ctx.node as Node).host.findExecutable;
    if (!find) return NIL_ATOM;
    const found = find(text(name));
    return found === null ? NIL_ATOM : bin(found);
  },
});

defineBifs("beamlet_system_cmd", {
  /** the host can run programs (a web page's cannot: lib/system_cmd.ex raises before looking one up) */
  "available/0": (_args, ctx) => ((ctx.node as Node).host.runCommand ? TRUE : FALSE),
  /** start(path, args, arg0 | nil, cd | nil, env [{k, v | nil}], stderr_to_stdout) -> ref */
  "start/6": ([file, args, arg0, cd, env, merge], ctx) => {
    const node = ctx.node as Node;
    const run = node.host.runCommand;
    if (!run) elixirRaise("RuntimeError", "System.cmd/3 and System.shell/2 need a host that can run programs; this one cannot");
    const vars: Record<string, string | null> = {};
    let l = env;
    while (l instanceof Cons) {
      const kv = l.head;
      if (!(kv instanceof Tuple) || kv.items.length !== 2) badarg();
      const [k, v] = (kv as Tuple).items;
      vars[text(k)] = v === NIL_ATOM ? null : text(v);
      l = l.tail;
    }
    const req = {
      file: text(file),
      args: strings(args),
      arg0: arg0 === NIL_ATOM ? undefined : text(arg0),
      cwd: cd === NIL_ATOM ? undefined : text(cd),
      env: vars,
      stderrToStdout: merge === TRUE,
    };
    const ref = node.makeRef();
    const caller = ctx.process!;
    // a virtual clock stands still while the program runs (as if it finished at once)
    node.hostPending++;
    run(req).then(
      (r) => { node.hostPending--; node.send(caller, tuple(A_REPLY, ref, tuple(atom("ok"), binFromBytes(r.output), r.status))); },
      (e) => {
        node.hostPending--;
        node.send(caller, tuple(A_REPLY, ref, tuple(atom("error"), atom(hostErrorReason(e, "einval")))));
      },
    );
    return ref;
  },
});
