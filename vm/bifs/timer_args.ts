// The argument checks of :erlang.send_after/3,4 and :erlang.start_timer/3,4 as on OTP 25: every
// wrong argument is named at once, and the error_info gets `cause: :badopt` when the options are
// wrong, else `cause: :time` when the time is (erl_erts_errors words the options as the "3rd"
// argument, as OTP 25 does).
import { Atom, Cons, NIL, Pid, Ref, Term, Tuple, isInt } from "../terms.ts";
import { BADARG, ErlangError } from "../errors.ts";
import { MONOTONIC_AT_START_NS } from "./erlang.ts";

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

// a timer must fire before the end of the BEAM's clock, which OTP 25 puts
// 9223372035000 ms after the start (measured: later absolute or relative times are refused)
const END_OF_TIME_NS = 9223372035000n * 1000000n;

/** why a timer's time is refused (or "" when it is fine); `nowNs` is the Erlang monotonic time */
function timeProblem(time: Term, abs: boolean, optsBad: boolean, nowNs: bigint): string {
  if (!isInt(time)) return "not an integer";
  const t = BigInt(time as number | bigint);
  // with wrong options OTP 25 checks the time only for being non-negative
  if (optsBad || !abs) {
    if (t < 0n) return "out of range";
    if (optsBad) return "";
  }
  // (OTP 25 also refuses an absolute time before the node started; not checked here, because a
  // program on the virtual clock runs at the very start, where `monotonic_time() - 5` is before it)
  const fireNs = (abs ? t * 1000000n : nowNs + t * 1000000n) - MONOTONIC_AT_START_NS;
  if (fireNs > END_OF_TIME_NS) return "exceeds the maximum supported time value";
  return "";
}

/** the time and options of a timer call, or a badarg naming each wrong argument */
export function timerArgs(time: Term, dest: Term, opts: Term | undefined, nowNs: bigint): TimerArgs {
  const bad: [number, string][] = [];
  let cause: string | undefined;
  const o = opts === undefined ? { why: "", abs: false } : optionsProblem(opts);
  const timeWhy = timeProblem(time, o.abs, o.why !== "", nowNs);
  if (timeWhy !== "") bad.push([1, timeWhy]);
  if (!(dest instanceof Pid || dest instanceof Atom)) bad.push([2, "not a pid or an atom"]);
  if (o.why !== "") bad.push([3, o.why]);
  if (bad.length > 0) {
    if (o.why !== "") cause = "badopt";
    else if (timeWhy !== "") cause = "time";
    const e = new ErlangError("error", BADARG);
    e.diagnosis = cause === undefined ? { args: bad } : { args: bad, cause };
    throw e;
  }
  return { time: Number(time), abs: o.abs };
}

/** the options of cancel_timer/2 (`async`, `info`) and read_timer/2 (`async`), later ones winning */
export interface TimerQueryOpts { async: boolean; info: boolean }

/** the options of cancel_timer/2 or read_timer/2 with the timer ref, or a badarg as OTP 25 words
 *  it: "invalid option in list" only when the ref is good; with a bad ref, the options are named
 *  only when they are not a proper list */
export function timerQueryArgs(ref: Term, opts: Term, known: readonly string[]): TimerQueryOpts {
  const res: TimerQueryOpts = { async: false, info: true };
  let why = "";
  let c = opts;
  while (c instanceof Cons) {
    const o = c.head;
    if (o instanceof Tuple && o.items.length === 2 && o.items[0] instanceof Atom && known.includes(o.items[0].name) && o.items[1] instanceof Atom && (o.items[1].name === "true" || o.items[1].name === "false")) {
      res[o.items[0].name as keyof TimerQueryOpts] = o.items[1].name === "true";
    } else if (why === "") {
      why = "invalid option in list";
    }
    c = c.tail;
  }
  const shape = c === NIL ? "" : opts instanceof Cons ? "not a proper list" : "not a list";
  const refOk = ref instanceof Ref;
  const bad: [number, string][] = [];
  if (!refOk) bad.push([1, "not a reference"]);
  if (shape !== "") bad.push([2, shape]);
  else if (refOk && why !== "") bad.push([2, why]);
  if (bad.length > 0) {
    const e = new ErlangError("error", BADARG);
    e.diagnosis = { args: bad };
    throw e;
  }
  return res;
}
