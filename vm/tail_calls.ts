// A BIF reached by a last call, as the BEAM's last call optimisation shows it in a failure's stack
// trace (checked against elixir 1.14 / OTP 25: test/conformance/hardening/tail_call_frames*):
// - `def f(x), do: :erlang.integer_to_binary(x)`: a built-in called by name keeps f's frame (the
//   BEAM reports the instruction that called it), but Erlang or Elixir code (OTP's erlang.erl
//   writes atom_to_binary/1 in Erlang; String.upcase/1) was entered with f's frame gone;
// - `m.integer_to_binary(x)`, `apply(m, f, args)` called last: the frame is gone for any BIF that
//   fails with a frame of its own (error/1, exit/1, throw/1 raise from f itself);
// - `fun.(x)` called last, for a capture of a BIF: the frame is gone in any case.
import { ErlangError, TailDrop } from "./errors.ts";
import type { BifContext, BifEntry, BifFn } from "./bifs/registry.ts";
import type { Term } from "./terms.ts";

/** how a last call by name (a static import) to `bif` shows its caller */
export function staticTailDrop(bif: BifEntry): TailDrop {
  return bif.codeOnBeam ? TailDrop.Framed : TailDrop.None;
}

/** call a BIF reached by a last call; a failure carries `drop` for the stack trace the fault path builds */
export function callLast(fn: BifFn, args: Term[], ctx: BifContext, drop: TailDrop): ReturnType<BifFn> {
  try {
    return fn(args, ctx);
  } catch (e) {
    if (e instanceof ErlangError && e.stacktrace === undefined) e.tailCalled = drop === TailDrop.None ? drop : e.lastCallDrop ?? drop;
    throw e;
  }
}
