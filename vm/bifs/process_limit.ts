// A spawn at the process limit (262,144 by default, as the BEAM's +P): the emulator reports "Too
// many processes" to the logger, which prints it later through Elixir's Logger (at its level, as
// any error), and the spawn raises system_limit in the caller, from the BIF OTP 25's erlang.erl
// calls: spawn/1 and spawn_link/1 are spawn/3 and spawn_link/3 of erlang:apply(F, []), and
// spawn_monitor/1,3 are spawn_opt/4 with [monitor], each frame of erlang.erl shown under it.
import { NIL, atom, list, tuple, type Term } from "../terms.ts";
import { ErlangError } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import type { BifContext } from "./registry.ts";
import type { Node } from "../node.ts";
import type { Process } from "../process.ts";

// (the emulator's message ends with a blank line of its own)
const TOO_MANY = "Too many processes\n\n";

/** raise system_limit from `bif` (spawn/1,3, spawn_link/1,3, spawn_monitor/1,3; none: a BIF that
 *  shows its own frame, spawn_opt) */
export function spawnAtLimit(ctx: BifContext, bif: string | undefined, args: Term[]): never {
  (ctx.node as Node).emulatorReports.text(TOO_MANY, ctx.process as Process | null);
  const e = new ErlangError("error", atom("system_limit"));
  if (bif === undefined) throw e;
  const [name, arity] = bif.split("/");
  // the function erlang.erl calls, with what it passes
  const apply = (f: Term): Term[] => [atom("erlang"), atom("apply"), list([f, NIL])];
  const mfa = args.length === 1 ? apply(args[0]) : args;
  const shown = name === "spawn_monitor" ? { name: "spawn_opt", args: [...mfa, list([atom("monitor")])] }
    : args.length === 1 ? { name, args: mfa } : null;
  if (shown !== null) {
    e.callee = bifErrorFrame("erlang", shown.name, shown.args, undefined);
    e.calleeBelow = [tuple(atom("erlang"), atom(name), Number(arity), NIL)];
  }
  throw e;
}
