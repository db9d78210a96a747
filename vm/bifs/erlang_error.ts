// :erlang.error/2,3: the exception names its arguments and location as the caller asks.
// error(reason, args) shows `args` (a list, even an improper one) in place of the raising
// function's arity; error(reason, args, error_info: map) also appends that error_info to the
// frame's location, which is how Elixir's `raise "msg"` tags its frame with
// error_info: %{module: Exception}. Options with anything else in them are ignored, as on OTP 25.
import { defineBifs } from "./registry.ts";
import { ErlangError } from "../errors.ts";
import { Cons, NIL, Term, Tuple, atom, isMap } from "../terms.ts";

const ERROR_INFO = atom("error_info");

/** OTP 25 takes the options only when every one is {:error_info, map} (the last wins) */
function errorInfoOption(options: Term): Term | undefined {
  let info: Term | undefined = undefined;
  let o = options;
  for (; o instanceof Cons; o = o.tail) {
    const h = o.head;
    if (!(h instanceof Tuple && h.items.length === 2 && h.items[0] === ERROR_INFO && isMap(h.items[1]))) return undefined;
    info = h;
  }
  return o === NIL ? info : undefined;
}

function errorWith(reason: Term, args: Term, options: Term, line?: number): never {
  const e = new ErlangError("error", reason);
  e.topArgsLine = line;
  if (args === NIL) e.topArgs = [];
  else if (args instanceof Cons) e.topArgs = args;
  e.locationInfo = errorInfoOption(options);
  throw e;
}

defineBifs("erlang", {
  "error/2": ([r, args]: Term[]) => errorWith(r, args, NIL),
  "error/3": ([r, args, options]: Term[]) => errorWith(r, args, options),
});

defineBifs("beamlet", {
  // error(reason, args) raised by a library function at a line of Elixir's source inside its body
  // (Registry.send/2's badarg at lib/registry.ex:259): without it, a frame with arguments names
  // the function's first clause, as a FunctionClauseError's does (vm/stacktrace.ts entry)
  "error_at/3": ([line, r, args]: Term[]) => errorWith(r, args, NIL, typeof line === "number" ? line : undefined),
});
