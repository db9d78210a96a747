// Why a :binary function failed, worked out from its arguments as OTP 25's erl_stdlib_errors does
// for the binary module (the text Elixir shows: "errors were found at the given arguments: ...").
// As OTP's, it runs when the error is formatted (ErlangError.normalize asks
// erl_stdlib_errors:format_error/2, which hands a :binary frame on here): a group a page loads on
// first use (vm/bifs/lazy_groups.ts). The BIFs only decide whether a call fails
// (vm/bifs/binary_explained.ts): each function named here gets every text from its arguments, so
// several arguments are named at once, or none (the plain "argument error", as when OTP's
// formatter has no clause for a call).
import { Atom, Bin, Cons, Term, Tuple, atom, bin, isInt, listToArray } from "../terms.ts";
import { mapFromEntries } from "../map.ts";
import { errorInfoOf } from "../error_info.ts";
import { uncompiledPattern } from "./binary_compiled_patterns.ts";
import { defineBifs } from "./registry.ts";

type Why = string | null;

const NOT_BINARY = "not a binary";
const BITSTRING = "is a bitstring (expected a binary)";
const NOT_INTEGER = "not an integer";
const RANGE = "out of range";
const BAD_PATTERN = "not a valid pattern";
const BAD_OPTIONS = "invalid options";
const BAD_TUPLE = "not a valid {Pos,Length} tuple";

const isBinary = (t: Term): t is Bin => t instanceof Bin && t.isBinary;
const mustBeBinary = (t: Term): Why => (isBinary(t) ? null : t instanceof Bin ? BITSTRING : NOT_BINARY);
const mustBeInteger = (t: Term): Why => (isInt(t) ? null : NOT_INTEGER);
const mustBePosition = (t: Term): Why => (!isInt(t) ? NOT_INTEGER : t >= 0 ? null : RANGE);
const mustBeNonNegInteger = mustBePosition;
const mustBeEndianness = (t: Term): Why => (t instanceof Atom && (t.name === "big" || t.name === "little") ? null : "must be 'big' or 'little'");
const nonEmptyBinary = (t: Term) => isBinary(t) && t.size > 0;

/** what binary:match(<<"a">>, P) accepts: a non-empty binary, a non-empty list of them, or a compiled pattern */
function mustBePattern(t: Term): Why {
  const p = uncompiledPattern(t);
  if (p !== t) return null;
  if (nonEmptyBinary(p)) return null;
  const ps = listToArray(p);
  return ps !== null && ps.length > 0 && ps.every(nonEmptyBinary) ? null : BAD_PATTERN;
}

const isPosLen = (t: Term): t is Tuple => t instanceof Tuple && t.items.length === 2 && isInt(t.items[0]) && isInt(t.items[1]);

/**
 * The texts per argument (null: nothing to say about it) OTP's formatter gives, or undefined when
 * its formatter has no answer (the message is then "argument error").
 */
function texts(name: string, args: Term[], cause: string | undefined): Why[] | undefined {
  const [a, b, c] = args;
  switch (`${name}/${args.length}`) {
    case "at/2": return [mustBeBinary(a), mustBePosition(b)];
    case "bin_to_list/1": case "copy/1": case "decode_unsigned/1": case "referenced_byte_size/1": return [mustBeBinary(a)];
    case "bin_to_list/2": case "bin_to_list/3": return texts("part", args, cause);
    case "compile_pattern/1": return [BAD_PATTERN];
    case "copy/2": return [mustBeBinary(a), mustBeNonNegInteger(b)];
    case "decode_unsigned/2": return [mustBeBinary(a), mustBeEndianness(b)];
    case "encode_unsigned/1": return [mustBeNonNegInteger(a)];
    case "encode_unsigned/2": return [mustBeNonNegInteger(a), mustBeEndianness(b)];
    case "first/1": case "last/1": return [isBinary(a) && a.size === 0 ? "a zero-sized binary is not allowed" : mustBeBinary(a)];
    case "list_to_bin/1": return ["not an iodata term"];
    case "longest_common_prefix/1": case "longest_common_suffix/1": return ["not a flat list of binaries"];
    case "match/2": case "matches/2": case "split/2": return [mustBeBinary(a), mustBePattern(b)];
    case "match/3": case "matches/3": {
      const errors = [mustBeBinary(a), mustBePattern(b)];
      if (errors.some((e) => e !== null)) return errors;
      const opts = listToArray(c);
      const oneScope = opts !== null && opts.length === 1 && opts[0] instanceof Tuple && opts[0].items.length === 2 &&
        opts[0].items[0] instanceof Atom && opts[0].items[0].name === "scope" && isPosLen(opts[0].items[1]);
      return [null, null, oneScope ? "specified part is not wholly inside binary" : BAD_OPTIONS];
    }
    case "part/2": {
      if (!isPosLen(b)) return [mustBeBinary(a), BAD_TUPLE];
      const whole = texts("part", [a, b.items[0], b.items[1]], cause)!;
      // (OTP's formatter has no clause for the two texts part/3 gives a start past the end)
      if (whole.length !== 3) return undefined;
      return whole[1] === null && whole[2] === null ? [whole[0]] : [whole[0], RANGE];
    }
    case "part/3": {
      const errors = [mustBeBinary(a), mustBePosition(b), mustBeInteger(c)];
      if (errors.some((e) => e !== null)) return errors;
      return (b as number) > (a as Bin).size ? [null, RANGE] : [null, null, RANGE];
    }
    case "split/3": {
      const errors = [mustBeBinary(a), mustBePattern(b)];
      return errors.some((e) => e !== null) ? errors : [null, null, BAD_OPTIONS];
    }
    case "replace/3": return [mustBeBinary(a), mustBePattern(b), mustBeBinary(c)];
    case "replace/4": {
      const errors = texts("replace", args.slice(0, 3), cause)!;
      if (cause === "badopt") return [...errors, BAD_OPTIONS];
      return errors.some((e) => e !== null) ? errors : [null, null, null, BAD_OPTIONS];
    }
    default: return undefined;
  }
}


const CAUSE = atom("cause");

/** format_error(reason, stacktrace) for a :binary frame at the head of the trace */
function formatBinaryError([, st]: Term[]): Term {
  const frame = st instanceof Cons ? st.head : undefined;
  if (!(frame instanceof Tuple) || frame.items.length !== 4 || !(frame.items[1] instanceof Atom)) return mapFromEntries([]);
  const args = listToArray(frame.items[2]) ?? [];
  const cause = errorInfoOf(frame)?.get(CAUSE);
  const whys = texts(frame.items[1].name, args, cause instanceof Atom ? cause.name : undefined) ?? [];
  return mapFromEntries(whys.flatMap((why, i): [Term, Term][] => (why === null ? [] : [[i + 1, bin(why)]])));
}

defineBifs("beamlet_binary_errors", { "format_error/2": formatBinaryError });
