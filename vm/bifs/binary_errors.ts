// Why a :binary function failed, worked out from its arguments as OTP 25's erl_stdlib_errors does
// for the binary module (the text Elixir shows: "errors were found at the given arguments: ...").
// The BIFs only decide whether a call fails; every badarg they raise gets its texts from here, so
// all of them name the same arguments OTP names (several at once, or none: then the message is
// the plain "argument error", as when OTP's formatter finds no clause for a call).
import { Atom, Bin, Term, Tuple, isInt, listToArray } from "../terms.ts";
import { BADARG, ErlangError } from "../errors.ts";
import type { Diagnosis } from "../error_info.ts";
import { uncompiledPattern } from "./binary_compiled_patterns.ts";
import type { BifFn } from "./registry.ts";

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
function texts(name: string, args: Term[], cause: string | undefined): Why[] | undefined | typeof OWN_TEXTS {
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
      const whole = texts("part", [a, b.items[0], b.items[1]], cause) as Why[];
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
      const errors = texts("replace", args.slice(0, 3), cause) as Why[];
      if (cause === "badopt") return [...errors, BAD_OPTIONS];
      return errors.some((e) => e !== null) ? errors : [null, null, null, BAD_OPTIONS];
    }
    default: return OWN_TEXTS;
  }
}

/** a function whose texts its BIF gives itself (the hex codecs: binary.erl checks the digits) */
const OWN_TEXTS = Symbol("own texts");

function diagnosis(name: string, args: Term[], cause: string | undefined, own: Diagnosis | undefined): Diagnosis | undefined {
  const found = texts(name, args, cause);
  if (found === OWN_TEXTS) return own;
  const whys = found ?? [];
  const d: Diagnosis = { args: whys.flatMap((why, i): [number, string][] => (why === null ? [] : [[i + 1, why]])) };
  if (cause !== undefined) d.cause = cause;
  return d;
}

/** `fns` of the binary module, each badarg they raise explained by OTP's rules (`texts`) */
export function explainedBinaryBifs(fns: Record<string, BifFn>): Record<string, BifFn> {
  const out: Record<string, BifFn> = {};
  for (const [key, fn] of Object.entries(fns)) {
    const name = key.slice(0, key.lastIndexOf("/"));
    out[key] = (args, ctx) => {
      try {
        return fn(args, ctx);
      } catch (e) {
        if (e instanceof ErlangError && e.kind === "error" && e.reason === BADARG && e.stacktrace === undefined && e.callee === undefined) {
          const cause = typeof e.diagnosis?.cause === "string" ? e.diagnosis.cause : undefined;
          e.diagnosis = diagnosis(name, args, cause, e.diagnosis);
        }
        throw e;
      }
    };
  }
  return out;
}
