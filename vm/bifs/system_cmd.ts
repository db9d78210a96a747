// System.cmd / System.shell (lib/system_cmd.ex) and System.find_executable through the host
// (Host.runCommand and Host.findExecutable; vm/ stays free of Node). The run is asynchronous: the
// caller gets a ref and waits in lib/system_cmd.ex for {:beamlet_cmd, ref, result}, so other
// processes keep running.
import { hostErrorReason } from "./host_error_reason.ts";
import { defineBifs, type BifContext } from "./registry.ts";
import { Bin, Cons, NIL, Term, Tuple, atom, bin, binFromBytes, tuple, NIL_ATOM, TRUE, FALSE } from "../terms.ts";
import { badarg, elixirRaise } from "../errors.ts";
import { utf8 } from "./util.ts";
import type { Node } from "../node.ts";

const A_REPLY = atom("beamlet_cmd");

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

defineBifs("Elixir.System", {
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
