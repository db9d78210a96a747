// BIFs that change another process's settings: erlang:group_leader/2 and erlang:process_flag/3
// (which OTP allows for save_calls only). beamlet's IO does not go through the group leader, so
// the leader is a value processes inherit and report (Process.group_leader/0, process_info).
import { defineBifs, BifContext } from "./registry.ts";
import { Atom, Pid, Term, TRUE } from "../terms.ts";
import { badarg } from "../errors.ts";
import { badargAt, badargAtEach } from "./util.ts";
import type { Node } from "../node.ts";
import type { Process } from "../process.ts";
import { setProcessFlag } from "../process_flags.ts";

function live(ctx: BifContext, pid: Pid): Process | undefined {
  const p = (ctx.node as Node).lookup(pid);
  return p && p.status !== "exited" ? p : undefined;
}

defineBifs("erlang", {
  "group_leader/2": ([leader, pid], ctx) => {
    // (each argument that is no pid is named, as OTP's error info does)
    if (!(leader instanceof Pid) || !(pid instanceof Pid)) {
      return badargAtEach([leader, pid].flatMap((t, i) => t instanceof Pid ? [] : [{ arg: i + 1, why: "not a pid" }]));
    }
    const p = live(ctx, pid);
    // OTP gives no description for a process that is gone
    if (!p) return badarg();
    p.groupLeader = leader;
    return TRUE;
  },
  "process_flag/3": ([pid, flag, value], ctx) => {
    if (!(pid instanceof Pid)) return badargAt(1, "not a pid");
    if (!(flag instanceof Atom) || flag.name !== "save_calls") return badargAt(2, "invalid process flag");
    const p = live(ctx, pid);
    if (!p) return badargAt(1, "the pid does not refer to an existing process");
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 10000) {
      return badargAt(3, "invalid value for process flag 'save_calls'");
    }
    // the value process_flag/2 and process_info see too (beamlet keeps no call history)
    return setProcessFlag(p, "save_calls", value);
  },
});
