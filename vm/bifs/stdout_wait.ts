// A write to the host's stdout while it holds more than its reader has taken (a slow pipe): the
// writer alone waits for room, as a BEAM process waits for its io request's reply while the
// console's port is busy, then makes the same call again (nothing written yet); the others run on.
// IO.puts/write/inspect (elixir_core.ts) and :io.format/fwrite/put_chars/nl (erlang_misc.ts) wait
// so, each for its own writes.
import { Atom, Term, atom } from "../terms.ts";
import { AwaitHost, TailCall } from "../calls.ts";
import type { BifContext } from "./registry.ts";
import { isConsoleDevice } from "./put_chars.ts";

/** the wait of a call of `module`:`name`(args) writing to `dev`, or null when it may write now */
export function awaitingStdout(ctx: BifContext, dev: Term, module: string, name: string, args: Term[]): AwaitHost | null {
  if (!(dev instanceof Atom) || !isConsoleDevice(dev) || dev.name === "stderr" || dev.name === "standard_error") return null;
  const room = ctx.stdoutBacklog?.();
  return room ? new AwaitHost(room, new TailCall(atom(module), args, atom(name))) : null;
}
