// OTP 25's error_info. A BIF that fails heads the stack trace with its own frame,
// {:erlang, :hd, [:a], [error_info: %{module: :erl_erts_errors}]}; Elixir's ErlangError.normalize
// then asks that module's format_error(reason, stacktrace) which argument was wrong and why
// (%{1 => "not a nonempty list"}) and makes "errors were found at the given arguments: ...".
// OTP's formatters work the reason out again from the arguments; beamlet's BIFs say why when they
// fail, so the text is kept beside the frame (keyed by the frame's argument list, which Elixir's
// normalize passes on unchanged) and the format_error BIFs (vm/bifs/error_formatters.ts) read it.
import { Cons, Term, Tuple, atom, list, tuple, charlist } from "./terms.ts";
import { mapFromEntries } from "./map.ts";
import { MapLike, isMap } from "./terms.ts";

/** why a BIF failed: a text per wrong argument (1-based), or one for the whole call */
export interface Diagnosis {
  args: [number, string][];
  general?: string;
  /** the cause OTP 25 adds to the error_info map: an atom's name (:id for an :ets table that does not
   *  exist) or a term (:io.format's {:device, :put_chars}) */
  cause?: string | Term;
  /** the texts are worked out when the error is formatted, by this module's format_error/2 (a
   *  BIF group loaded then) from the frame's arguments, as OTP's formatter does */
  deferredTo?: string;
}

/** OTP 25's formatter of each BIF module's errors (the C BIFs of erts, or of stdlib) */
const ERTS_MODULES = new Set(["erlang", "erts_internal", "persistent_term", "atomics", "counters"]);

export function errorsModuleOf(bifModule: string): string {
  // (:os is kernel's: OTP 25's erl_kernel_errors explains its environment functions)
  return ERTS_MODULES.has(bifModule) ? "erl_erts_errors" : bifModule === "os" ? "erl_kernel_errors" : "erl_stdlib_errors";
}

const diagnoses = new WeakMap<object, Diagnosis>();

const ERROR_INFO = atom("error_info");
const MODULE = atom("module");
const CAUSE = atom("cause");
const FUNCTION = atom("function");

/** the error_info entry of a location list: [error_info: %{module: M}] (with cause: when OTP has one) */
export function errorInfoEntry(errorsModule: string, cause?: Term): Tuple {
  const entries: [Term, Term][] = [[MODULE, atom(errorsModule)]];
  if (cause !== undefined) entries.unshift([CAUSE, cause]);
  return tuple(ERROR_INFO, mapFromEntries(entries));
}

/** the frame a failing BIF heads its stack trace with, remembering why it failed */
/** `at`: the file and line of an Erlang-written function (maps.erl) raising with error_info */
export function bifErrorFrame(module: string, name: string, args: Term[], diagnosis: Diagnosis | undefined, at?: [string, number]): Tuple {
  const argList = list(args);
  const cause = diagnosis?.cause;
  const entry = errorInfoEntry(errorsModuleOf(module), cause === undefined ? undefined : typeof cause === "string" ? atom(cause) : cause);
  if (diagnosis !== undefined) diagnoses.set(argList instanceof Cons ? argList : entry.items[1] as object, diagnosis);
  const loc = at === undefined ? [entry] : [tuple(atom("file"), charlist(at[0])), tuple(atom("line"), at[1]), entry];
  return tuple(atom(module), atom(name), argList, list(loc));
}


/** why the BIF of this frame failed, when beamlet raised it */
export function diagnosisOf(frame: Term): Diagnosis | undefined {
  if (!(frame instanceof Tuple) || frame.items.length !== 4) return undefined;
  const args = frame.items[2];
  if (args instanceof Cons) return diagnoses.get(args);
  const info = errorInfoOf(frame);
  return info === undefined ? undefined : diagnoses.get(info as object);
}

/** the error_info map of a frame's location, if any */
export function errorInfoOf(frame: Term): MapLike | undefined {
  if (!(frame instanceof Tuple) || frame.items.length !== 4) return undefined;
  for (let l = frame.items[3]; l instanceof Cons; l = l.tail) {
    const e = l.head;
    if (e instanceof Tuple && e.items.length === 2 && e.items[0] === ERROR_INFO && isMap(e.items[1])) return e.items[1] as MapLike;
  }
  return undefined;
}

/**
 * A failed binary construction: the caller's own frame gets, after its file and line,
 * error_info: %{cause: {segment, type, what, value}, function: :format_bs_fail, module: :erl_erts_errors}
 * (what: :type, :size, :short or :unit), as the BEAM's bs_create_bin does.
 */
export function bsFailEntry(segment: number, type: string, what: "type" | "size" | "short" | "unit" | "no_float" | "invalid", value: Term): Tuple {
  return tuple(ERROR_INFO, mapFromEntries([
    [CAUSE, tuple(segment, atom(type), atom(what), value)],
    [FUNCTION, atom("format_bs_fail")],
    [MODULE, atom("erl_erts_errors")],
  ]));
}

/** the ordinal Elixir and OTP use for an argument position */
export function ordinal(n: number): string {
  return n === 1 ? "1st" : n === 2 ? "2nd" : n === 3 ? "3rd" : n + "th";
}
