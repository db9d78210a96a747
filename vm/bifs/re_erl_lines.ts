// Where a failure of :re.run, :re.replace or :re.split shows on OTP 25 (observed with Elixir 1.14):
// a single run is a C BIF, whose frame has no file; a global run is re.erl's loop over single runs,
// whose bare badarg (a subject it cannot use, a bad capture) is raised from re.erl's line 788 (a
// compiled pattern) or 798 (a pattern to compile first); replace and split are re.erl's too and
// raise every failure from its line 969. The pattern's and the options' own errors come from the
// BIF's first call, with error_info and no line, global or not.
import { Cons, Tuple, atom, type Term } from "../terms.ts";
import type { Diagnosis } from "../error_info.ts";

const A_GLOBAL = atom("global");

/** re.erl's file and line that raises this failure of `name` (run, replace, split), if any */
export function reErlLine(name: string, args: Term[], d: Diagnosis | undefined): [string, number] | undefined {
  if (name === "replace" || name === "split") return ["re.erl", 969];
  if (name !== "run" || d !== undefined) return undefined;
  for (let t = args[2]; t instanceof Cons; t = t.tail) {
    if (t.head === A_GLOBAL) return ["re.erl", args[1] instanceof Tuple ? 788 : 798];
  }
  return undefined;
}
