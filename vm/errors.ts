// Runtime failures are language exceptions, never JS errors. A BIF or the interpreter throws an
// ErlangError; the interpreter loop catches it and unwinds the process's own stack to the nearest
// try/catch frame, or ends the process with the reason.
import { Atom, Bin, Cons, Term, Tuple, atom, bin, list, tuple, TRUE } from "./terms.ts";
import { codeFrame } from "./code_frame.ts";
import { mapFromEntries } from "./map.ts";
import { bifErrorFrame, ordinal, type Diagnosis } from "./error_info.ts";

export type Kind = "error" | "exit" | "throw";

/**
 * How a BIF reached by a last call (the BEAM's last call optimisation) shows its caller in a
 * failure's stack trace: None keeps it; Framed leaves it out when the BIF's own frame heads the
 * trace; Always leaves it out in any case (a fun called last).
 */
export const enum TailDrop { None = 0, Framed = 1, Always = 2 }

export class ErlangError {
  /** stacktrace as a list term, filled by the interpreter when it catches */
  stacktrace: Term | undefined = undefined;
  /** an entry that heads the stack trace when the interpreter fills it (a failing operator) */
  callee: Term | undefined = undefined;
  /** entries between the callee and the process's own frames (an Elixir library function's
   * callers inside the library: Base.decode16/2 under Base.decode16!/2) */
  calleeBelow: Term[] | undefined = undefined;
  /** at most this many of the process's own entries under those (Elixir's compiler raises from a
   * frame of its own that it leaves out of the trace: one entry fewer) */
  processDepth: number | undefined = undefined;
  /** the arguments the top entry shows instead of the arity (function_clause; error/2's list, maybe improper) */
  topArgs: Term[] | Cons | undefined = undefined;
  /** the line the top entry names when error/2's arguments stand there (:beamlet.error_at/3): a
   *  library function raising from inside its body, not from its first clause */
  topArgsLine: number | undefined = undefined;
  /** why a BIF failed (OTP 25's error_info: which argument was wrong), see vm/error_info.ts */
  diagnosis: Diagnosis | undefined = undefined;
  /** an entry the interpreter appends to the top frame's location (a failed binary construction) */
  locationInfo: Term | undefined = undefined;
  /** raised by a BIF the failing function called last: which of its frames the trace leaves out (vm/tail_calls.ts) */
  tailCalled: TailDrop = TailDrop.None;
  /** how a last call of the raising BIF shows its caller, when not as its module's BIFs do: Elixir's
   *  parser errors (Code.string_to_quoted!/2) are raised with no frame of Elixir's own, so the
   *  caller that called it last is gone too (TailDrop.Always) */
  lastCallDrop: TailDrop | undefined = undefined;
  /** raised by erl_eval itself for evaluated code (a map update's maps:update/3, under calleeBelow
   *  of erl_eval's): the evaluated frame shows no do_apply/7 of a call of its own */
  raisedByEvaluator = false;
  constructor(public readonly kind: Kind, public readonly reason: Term) {}
}

export function raise(reason: Term): never {
  throw new ErlangError("error", reason);
}
export function exitWith(reason: Term): never {
  throw new ErlangError("exit", reason);
}
export function throwValue(value: Term): never {
  throw new ErlangError("throw", value);
}

export const BADARG = atom("badarg");
export const BADARITH = atom("badarith");

export function badarg(): never {
  raise(BADARG);
}
export function badarith(): never {
  raise(BADARITH);
}
export function badmatch(v: Term): never {
  raise(tuple(atom("badmatch"), v));
}
export function badmap(v: Term): never {
  raise(tuple(atom("badmap"), v));
}
export function badkey(k: Term, m?: Term): never {
  raise(m === undefined ? tuple(atom("badkey"), k) : tuple(atom("badkey"), k, m));
}

/** Build an Elixir exception struct, e.g. exception("ArgumentError", {message: "..."}). */
export function exception(name: string, fields: Record<string, Term>): Term {
  const entries: [Term, Term][] = [
    [atom("__struct__"), atom("Elixir." + name)],
    [atom("__exception__"), TRUE],
  ];
  for (const [k, v] of Object.entries(fields)) entries.push([atom(k), v]);
  return mapFromEntries(entries);
}

/** the function_clause of an Erlang or Elixir library function at `file:line` (where its clauses
 *  start), its frame showing the arguments, above the frames of its callers inside the library */
export function clauseInCode(module: string, fun: string, args: Term[], file: string, line: number, below: Term[] = []): never {
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = codeFrame(module, fun, args, file, line);
  if (below.length > 0) e.calleeBelow = below;
  throw e;
}

/**
 * `reason` raised inside Elixir's `module.fun` at `file:line` (the line of its raise there), that
 * frame heading the trace: a BIF standing for an Elixir function fails as the function does
 * (Float.ceil(1.5, 16) raises at lib/float.ex:287; `shown` is the arity, or the arguments when
 * Elixir's raise passes them, as :erlang.error/2 does)
 */
export function raiseInElixir(reason: Term, module: string, fun: string, shown: number | Term[], file: string, line: number): never {
  const e = new ErlangError("error", reason);
  e.callee = codeFrame(module, fun, shown, file, line);
  throw e;
}

/** raise an Elixir exception with a message, e.g. elixirRaise("ArgumentError", "bad thing") */
export function elixirRaise(name: string, message: string, extra: Record<string, Term> = {}): never {
  raise(exception(name, { message: bin(message), ...extra }));
}

export function isAtomNamed(t: Term, name: string): t is Atom {
  return t instanceof Atom && t.name === name;
}
export function isTupleTagged(t: Term, tag: string): t is Tuple {
  return t instanceof Tuple && t.items.length > 0 && isAtomNamed(t.items[0], tag);
}
export type { Bin };

// ---- OTP 25 error_info ------------------------------------------------------------------------
// A BIF that fails with badarg can say which argument was wrong and why, as OTP 25's error_info
// does; Elixir turns that into "errors were found at the given arguments:\n\n  * 1st argument: ...".
// The reason stays a plain :badarg (`catch :error, :badarg` sees it); vm/error_info.ts puts the
// why beside the failing BIF's frame.

/** `cause`: the atom OTP 25 puts in the error_info beside the module (:id, :access, ... for :ets) */
export function badargAt(arg: number, why: string, cause?: string): never {
  const e = new ErlangError("error", BADARG);
  e.diagnosis = cause === undefined ? { args: [[arg, why]] } : { args: [[arg, why]], cause };
  throw e;
}

/**
 * `mod.f(args)` (or apply/3) with a module that is not an atom: the BEAM fails in :erlang.apply/3,
 * whose frame heads the trace ({:erlang, :apply, [5, :f, []], [error_info: ...]}) and says why
 */
export function badApplyTarget(mod: Term, name: Term, args: Term[]): never {
  const e = new ErlangError("error", BADARG);
  e.diagnosis = { args: [[1, "not an atom"]] };
  e.callee = bifErrorFrame("erlang", "apply", [mod, name, list(args)], e.diagnosis);
  throw e;
}

/** badarg naming several arguments, e.g. :math.pow(:a, :b) (both "not a number") */
export function badargAtEach(bad: { arg: number; why: string }[]): never {
  const e = new ErlangError("error", BADARG);
  e.diagnosis = { args: bad.map((b) => [b.arg, b.why]) };
  throw e;
}

/** The ArgumentError message Elixir 1.14 shows for a badarg, when the BIF recorded which argument. */
export function argumentErrorMessage(e: ErlangError): string | undefined {
  const d = e.diagnosis;
  if (d === undefined) return undefined;
  if (d.args.length === 0) return d.general === undefined ? undefined : "errors were found at the given arguments: " + d.general;
  return "errors were found at the given arguments:\n\n" + [...d.args].sort((a, b) => a[0] - b[0]).map(([n, why]) => "  * " + ordinal(n) + " argument: " + why + "\n").join("");
}

/** The same message, for raising an ArgumentError directly from an Elixir-level BIF. */
export function argErrorText(arg: number, why: string): string {
  return "errors were found at the given arguments:\n\n  * " + ordinal(arg) + " argument: " + why + "\n";
}
