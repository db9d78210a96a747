// The BEAM's boot processes that beamlet has in its library (Node.lazySystem): a fresh elixir node
// runs ~50 processes, ~29 of them registered. beamlet starts only those it really implements, and
// only when a program first looks for one (whereis, a send or a link by name, registered/0,
// processes/0), so a script that never does pays nothing:
//   Logger (#PID<0.90.0>)                  the console backend's process (lib/otp/logger_console.ex)
//   :application_controller (#PID<0.44.0>) the application controller (lib/otp/application.ex)
//   :code_server (#PID<0.50.0>)            answers code.erl's protocol with :code (lib/erlang/code_server.ex)
// Each with OTP's pid number and initial call. The others (:init, :kernel_sup, :logger,
// :elixir_config ...) have no counterpart here: beamlet does their work without a process, and a
// stand-in that ignored their protocols would hang a caller where OTP answers.
import { atom, tuple, NIL, type Atom, type Term } from "./terms.ts";
import type { Node } from "./node.ts";
import type { Process } from "./process.ts";

export interface SystemProcessSpec {
  module: Atom;
  fun: Atom;
  args: Term[];
  pid: number;
  initialCall: [Atom, Atom, number];
  /** Process.info's :current_function until it first runs: where OTP's waits */
  waitsIn: Term;
  /** its group leader, started with it: its application's master (a function of its module,
   *  `before` pid numbers before it), as on the BEAM where the master starts first */
  leader?: { fun: Atom; before: number };
}

// the boot processes started but not run yet, and where they show they are
const startedShown = new WeakMap<Process, Term>();

/** a boot process started on demand that has not run yet, as OTP's shows it (its server loop) */
export function waitingBeforeStart(p: Process): Term | undefined {
  return startedShown.get(p);
}

/** record where a boot process just started shows it is until it runs (Node.systemProcess) */
export function startedSystemProcess(p: Process, spec: SystemProcessSpec): void {
  startedShown.set(p, spec.waitsIn);
}

const PROC_LIB_INIT: [Atom, Atom, number] = [atom("proc_lib"), atom("init_p"), 5];
const ERLANG_APPLY: [Atom, Atom, number] = [atom("erlang"), atom("apply"), 2];

/** the library's boot processes, on a node that has loaded it */
export function declareSystemProcesses(node: Node): void {
  const declare = (name: string, module: string, fun: string, args: Term[], pid: number, initialCall: [Atom, Atom, number], waitsIn: Term, leader?: SystemProcessSpec["leader"]) => {
    const a = atom(name);
    if (!node.registry.has(a)) node.lazySystem.set(a, { module: atom(module), fun: atom(fun), args, pid, initialCall, waitsIn, leader });
  };
  // (Logger's group leader is the logger application's master, #PID<0.87.0>)
  declare("Elixir.Logger", "Elixir.Logger.Backends.Console", "__start__", [], 90, PROC_LIB_INIT, tuple(atom("gen_event"), atom("fetch_msg"), 6), { fun: atom("__application_master__"), before: 3 });
  declare("application_controller", "Elixir.Application", "__controller__", [], 44, ERLANG_APPLY, tuple(atom("gen_server"), atom("loop"), 7));
  declare("code_server", "code_server", "loop", [NIL], 50, ERLANG_APPLY, tuple(atom("code_server"), atom("loop"), 1));
}
