// OTP 25's error formatters, which Elixir's ErlangError.normalize asks what a failed BIF's
// error_info means (vm/error_info.ts): erl_erts_errors:format_error/2 and
// erl_stdlib_errors:format_error/2 (erl_kernel_errors:format_error/2 for :os) answer %{argument => why} for the frame at the head of the stack
// trace; erl_erts_errors:format_bs_fail/2 words a failed binary construction from its cause.
import { Bin, Cons, Term, Tuple, atom, bin, binFromBytes } from "../terms.ts";
import { mapFromEntries } from "../map.ts";
import { inspect } from "../inspect.ts";
import { prettyTerm } from "../io_pretty.ts";
import { diagnosisOf, errorInfoOf } from "../error_info.ts";
import { defineBifs } from "./registry.ts";
import { TailCall } from "../calls.ts";

const GENERAL = atom("general");
const REASON = atom("reason");
const CAUSE = atom("cause");
const PRETTY_PRINTER = atom("pretty_printer");

function formatError(args: Term[]): Term | TailCall {
  const st = args[1];
  const d = st instanceof Cons ? diagnosisOf(st.head) : undefined;
  if (d === undefined) return mapFromEntries([]);
  if (d.deferredTo !== undefined) return new TailCall(atom(d.deferredTo), args, atom("format_error"));
  const entries: [Term, Term][] = d.args.map(([n, why]) => [n, bin(why)]);
  if (d.general !== undefined) entries.push([GENERAL, bin(d.general)]);
  return mapFromEntries(entries);
}

/** what each segment type expects, as the BEAM words it */
const EXPECTS: Record<string, string> = {
  binary: "a binary", bitstring: "a binary", integer: "an integer", float: "a float or an integer",
  utf8: "a non-negative integer encodable as utf8", utf16: "a non-negative integer encodable as utf16",
  utf32: "a non-negative integer encodable as utf32",
};

function formatBsFail([, st]: Term[]): Term {
  const info = st instanceof Cons ? errorInfoOf(st.head) : undefined;
  const cause = info?.get(CAUSE);
  if (!(cause instanceof Tuple) || cause.items.length !== 4) return mapFromEntries([]);
  const [segment, type, what, value] = cause.items;
  // Elixir hands over its inspect as the pretty printer; Erlang's default is ~p
  const shown = info!.get(PRETTY_PRINTER) !== undefined ? inspect(value) : prettyTerm(value, 1, 80, -1, "unicode");
  const typeName = type instanceof Bin ? type.toString() : inspect(type).replace(/^:/, "");
  const head = `segment ${inspect(segment)} of type '${typeName}': `;
  const whatName = inspect(what).replace(/^:/, "");
  const text = whatName === "size" ? `expected a non-negative integer as size but got: ${shown}`
    : whatName === "short" ? `the value ${shown} is shorter than the size of the segment`
    : whatName === "invalid" ? `expected one of the supported sizes 16, 32, or 64 but got: ${shown}`
    : whatName === "no_float" ? `the value ${shown} is outside the range expressible as a float`
    : whatName === "unit" ? `the size of the value ${shown} is not a multiple of the unit for the segment`
    : `expected ${EXPECTS[typeName] ?? "a valid value"} but got: ${shown}`;
  // OTP formats the text with ~ts and makes it a binary with iolist_to_binary: each code point is
  // one byte (latin1), and one past 255 is a badarg that leaves Elixir no words ("argument error")
  const codePoints = Array.from(head + text, (c) => c.codePointAt(0)!);
  if (codePoints.some((c) => c > 255)) return mapFromEntries([]);
  return mapFromEntries([[GENERAL, binFromBytes(Uint8Array.from(codePoints))], [REASON, bin("construction of binary failed")]]);
}

defineBifs("erl_erts_errors", { "format_error/2": formatError, "format_bs_fail/2": formatBsFail });
defineBifs("erl_stdlib_errors", { "format_error/2": formatError });
// (kernel's: :os.getenv/putenv/unsetenv)
defineBifs("erl_kernel_errors", { "format_error/2": formatError });
