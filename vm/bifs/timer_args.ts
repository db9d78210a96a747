// The argument checks of :erlang.send_after/3,4 and :erlang.start_timer/3,4 as on OTP 25: every
// wrong argument is named at once, and the error_info gets `cause: :badopt` when the options are
// wrong, else `cause: :time` when the time is (erl_erts_errors words the options as the "3rd"
// argument, as OTP 25 does).
import { Atom, Cons, NIL, Pid, Term, Tuple, isInt } from "../terms.ts";
import { BADARG, ErlangError } from "../errors.ts";

/** the options of a /4 call: whether the time is absolute (monotonic milliseconds) */
export interface TimerArgs { time: number; abs: boolean }

function optionsProblem(opts: Term): { why: string; abs: boolean } {
  let abs = false;
  let c = opts;
  while (c instanceof Cons) {
    const o = c.head;
    if (!(o instanceof Tuple && o.items.length === 2 && o.items[0] instanceof Atom && o.items[0].name === "abs" && o.items[1] instanceof Atom && (o.items[1].name === "true" || o.items[1].name === "false"))) {
      return { why: "invalid option in list", abs };
    }
    abs = (o.items[1] as Atom).name === "true";
    c = c.tail;
  }
  if (c !== NIL) return { why: opts instanceof Cons ? "not a proper list" : "not a list", abs };
  return { why: "", abs };
}

/** the time and options of a timer call, or a badarg naming each wrong argument */
export function timerArgs(time: Term, dest: Term, opts: Term | undefined): TimerArgs {
  const bad: [number, string][] = [];
  let cause: string | undefined;
  const o = opts === undefined ? { why: "", abs: false } : optionsProblem(opts);
  const timeOk = isInt(time) && (o.abs || (time as number | bigint) >= 0);
  if (!timeOk) bad.push([1, isInt(time) ? "out of range" : "not an integer"]);
  if (!(dest instanceof Pid || dest instanceof Atom)) bad.push([2, "not a pid or an atom"]);
  if (o.why !== "") bad.push([3, o.why]);
  if (bad.length > 0) {
    if (o.why !== "") cause = "badopt";
    else if (!timeOk) cause = "time";
    const e = new ErlangError("error", BADARG);
    e.diagnosis = cause === undefined ? { args: bad } : { args: bad, cause };
    throw e;
  }
  return { time: Number(time), abs: o.abs };
}
