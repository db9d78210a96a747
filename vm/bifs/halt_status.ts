// The exit status :erlang.halt/1,2 takes: a non-negative integer, :abort (the BEAM aborts, 134 as
// the shell sees it) or a slogan (a charlist: OTP writes a crash dump and exits 1); anything else is
// OTP 25's badarg "invalid status", and halt/2's options must be a list ("not a list").
import { Term, atom, isInt, listToArray } from "../terms.ts";
import { badargAt } from "./util.ts";

export function erlangHaltStatus(status: Term, options?: Term): number {
  if (options !== undefined && listToArray(options) === null) badargAt(2, "not a list", "badopt");
  if (isInt(status) && status >= 0) return Number(status);
  if (status === atom("abort")) return 134;
  if (listToArray(status) !== null) return 1;
  badargAt(1, "invalid status");
}
