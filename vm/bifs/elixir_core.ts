// First-order functions of Integer, Float, Atom, Tuple, List, Map, Keyword, Kernel, IO, System
// and Bitwise, under their Elixir module names.
import { runJob, thenJob, type JobGen } from "./bif_jobs.ts";
import { roundFloat } from "./float_round.ts";
import { isList, Atom, Bin, Cons, Float, NIL, NIL_ATOM, Term, Tuple, atom, bin, bool, list, tuple, isMap, MapLike, OK, ERROR, TRUE, FALSE, int, toBig, Pid, decimalBin, isNumber } from "../terms.ts";
import { defineBifs, lookupBif, BifContext } from "./registry.ts";
import { exactEquals, compare } from "../compare.ts";
import { EMPTY_MAP, mapKeys, mapValues } from "../map.ts";
import { badmap, elixirRaise, raise, badarith, ErlangError, exception, raiseInElixir, BADARITH } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { exported } from "./code_loading.ts";
import type { Node } from "../node.ts";
import type { Process } from "../process.ts";
import { deviceServer, writeDevice, stdoutTerminated, deviceEnded } from "../io_routing.ts";
import { refusesCharacterData, putCharsBadarg, putCharsNoDevice, ioTerminated, isConsoleDevice, ioRequestNoClause } from "./put_chars.ts";
import { arr, noClause, argError, keyError, codepoints, iodataBytes, chardataToString, binFromBytes } from "./util.ts";
import { erlangBifs, parseIntStrict, intToString, monotonicNs, systemNs, convertTime, uniqueInteger, uniqueIntegerOf, unitPerSecond, MAX_TUPLE_SIZE } from "./erlang.ts";
import { mapMerge, mapFromListJob, mapToList } from "./lists_maps_math.ts";
import { listsKeysort } from "./lists_keysort.ts";
import { formatFloat } from "../format_float.ts";
import { codeFrame } from "../code_frame.ts";
import { inKernelFrames } from "./kernel_frames.ts";

const L_MODULE = "Elixir.List";
const FLOAT_POW_112 = codeFrame("Elixir.Float", "pow", 2, "lib/float.ex", 112);
import { inspect, ioInspect, optsFromKeyword, toDoc, DEFAULT_OPTS, type InspectOpts } from "../inspect.ts";
import { fromElixirDoc, toElixirDoc, formatElixirDoc } from "./inspect_docs.ts";
import { formatPieces, group, type Doc } from "../inspect_algebra.ts";
import { toStringChars, unicodeConversionError, NOT_CHARLIST, unicodeFailure } from "../chars.ts";
import { TailCall, YIELD_AND_RETRY } from "../calls.ts";
import { waitsForFirstUse, inspectUses, putsUse } from "../loaded_modules.ts";

/** a BIF result asking the interpreter to call language code in the BIF's place */
function tailCall(target: Term, args: Term[], name: Atom): Term {
  return new TailCall(target, args, name) as unknown as Term;
}
import * as A from "./arith.ts";
import { intTextWork, parseIntWork, powWork } from "./big_int.ts";
import { again, mfa } from "../big_work.ts";
import { chargeBytes } from "./work.ts";
import { consoleText } from "../raw_bytes.ts";
import { AwaitHost } from "../calls.ts";
import { awaitingStdout as awaitingStdoutOf } from "./stdout_wait.ts";

const INTEGER = "Elixir.Integer";
// the :erlang BIFs Elixir inlines these as: what Process.info(:current_function) shows during them
const F_INTEGER_TO_BINARY_1 = mfa("erlang", "integer_to_binary", 1);
const F_INTEGER_TO_BINARY_2 = mfa("erlang", "integer_to_binary", 2);
const F_INTEGER_TO_LIST_1 = mfa("erlang", "integer_to_list", 1);
const F_INTEGER_TO_LIST_2 = mfa("erlang", "integer_to_list", 2);
const F_BINARY_TO_INTEGER_2 = mfa("erlang", "binary_to_integer", 2);
const F_DO_DIGITS = mfa("Elixir.Integer", "do_digits", 3);
const F_DO_UNDIGITS = mfa("Elixir.Integer", "do_undigits", 3);

function textList(s: string): Term {
  return list(codepoints(s));
}

type Fn = (args: Term[], ctx: BifContext) => Term;
const E = erlangBifs as unknown as Record<string, Fn>;

// ---- Integer ------------------------------------------------------------------------------------

function intArg(t: Term, mod: string, fun: string, arity: number): A.Int {
  if (!A.isIntT(t)) noClause(mod, fun, arity);
  return t as A.Int;
}

/** the value of an ASCII digit or letter as a digit (0-35), 99 for any other byte */
function digitOfByte(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/**
 * Integer.parse: the integer the binary starts with, and the rest (the digits' value off the
 * thread when long). Read on its bytes: the rest is a sub-binary, as on the BEAM, not the whole
 * binary decoded and its tail encoded again (quadratic in a lexer, and wrong on invalid UTF-8).
 */
function parseIntPrefix(ctx: BifContext, t: Bin, base: number, retry: () => TailCall): Term | AwaitHost {
  const n = t.size;
  let i = n > 0 && (t.byteAt(0) === 43 || t.byteAt(0) === 45) ? 1 : 0;
  const start = i;
  while (i < n && digitOfByte(t.byteAt(i)) < base) i++;
  if (i === start) return ERROR;
  return parseIntWork(ctx, asciiText(t, i), base, F_BINARY_TO_INTEGER_2, retry, (v) => tuple(v!, t.slice(i, n)));
}

/** the first n bytes of t, all ASCII, as text */
function asciiText(t: Bin, n: number): string {
  let s = "";
  for (let j = 0; j < n; j++) s += String.fromCharCode(t.byteAt(j));
  return s;
}

/** Float.parse on the binary's bytes (the rest a sub-binary, as parseIntPrefix) */
function parseFloatPrefix(t: Bin): Term {
  // the text can only be ASCII sign, digits, point and exponent: read that prefix alone
  const n = t.size;
  let k = 0;
  for (; k < n; k++) {
    const c = t.byteAt(k);
    if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 101 || c === 69)) break;
  }
  const m = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(asciiText(t, k));
  if (!m) return ERROR;
  // "1e3" parses (Elixir allows an exponent without a fraction here)
  const x = parseFloat(m[0]);
  if (!Number.isFinite(x)) return ERROR;
  return tuple(new Float(x), t.slice(m[0].length, n));
}

defineBifs("Elixir.Integer", {
  "to_string/1": ([n], ctx) =>
    typeof n === "number" ? decimalBin(n) : intTextWork(ctx, intArg(n, "Elixir.Integer", "to_string", 1), 10, F_INTEGER_TO_BINARY_1, () => again(INTEGER, "to_string", [n]), bin),
  "to_string/2": ([n, b], ctx) => {
    const v = intArg(n, "Elixir.Integer", "to_string", 2);
    if (typeof b !== "number" || b < 2 || b > 36) noClause("Elixir.Integer", "to_string", 2);
    return intTextWork(ctx, v, b as number, F_INTEGER_TO_BINARY_2, () => again(INTEGER, "to_string", [n, b]), bin);
  },
  "to_charlist/1": ([n], ctx) =>
    intTextWork(ctx, intArg(n, "Elixir.Integer", "to_charlist", 1), 10, F_INTEGER_TO_LIST_1, () => again(INTEGER, "to_charlist", [n]), textList),
  "to_charlist/2": ([n, b], ctx) =>
    intTextWork(ctx, intArg(n, "Elixir.Integer", "to_charlist", 2), b as number, F_INTEGER_TO_LIST_2, () => again(INTEGER, "to_charlist", [n, b]), textList),
  "parse/1": ([t], ctx) => (t instanceof Bin && t.isBinary ? parseIntPrefix(ctx, t, 10, () => again(INTEGER, "parse", [t])) : noClause("Elixir.Integer", "parse", 2)),
  "parse/2": ([t, b], ctx) => {
    if (typeof b !== "number" || b < 2 || b > 36) elixirRaise("ArgumentError", "invalid base " + inspect(b));
    return t instanceof Bin && t.isBinary ? parseIntPrefix(ctx, t, b as number, () => again(INTEGER, "parse", [t, b])) : noClause("Elixir.Integer", "parse", 2);
  },
  "digits/1": ([n], ctx) => digitsWork(ctx, intArg(n, "Elixir.Integer", "digits", 2), 10, () => again(INTEGER, "digits", [n])),
  "digits/2": ([n, b], ctx) => {
    if (typeof b !== "number" || b < 2) noClause("Elixir.Integer", "digits", 2);
    return digitsWork(ctx, intArg(n, "Elixir.Integer", "digits", 2), b as number, () => again(INTEGER, "digits", [n, b]));
  },
  "undigits/1": ([l], ctx) => undigitsWork(ctx, l, 10, () => again(INTEGER, "undigits", [l])),
  "undigits/2": ([l, b], ctx) => {
    if (typeof b !== "number" || b < 2) noClause("Elixir.Integer", "undigits", 2);
    return undigitsWork(ctx, l, b as number, () => again(INTEGER, "undigits", [l, b]));
  },
  "gcd/2": ([a, b]) => {
    let x = toBig(intArg(a, "Elixir.Integer", "gcd", 2)), y = toBig(intArg(b, "Elixir.Integer", "gcd", 2));
    if (x < 0n) x = -x;
    if (y < 0n) y = -y;
    while (y !== 0n) [x, y] = [y, x % y];
    return int(x);
  },
  "pow/2": ([a, b], ctx) => {
    const x = intArg(a, "Elixir.Integer", "pow", 2), y = intArg(b, "Elixir.Integer", "pow", 2);
    // (Elixir's pow/2 raises :erlang.error(:badarith, [base, exponent]) at its line 106)
    if (y < 0) raiseInElixir(BADARITH, "Elixir.Integer", "pow", [a, b], "lib/integer.ex", 106);
    return powWork(ctx, toBig(x), toBig(y), again(INTEGER, "pow", [a, b]));
  },
  "floor_div/2": ([a, b]) => floorDivAsElixir(a, b),
  "mod/2": ([a, b]) => A.mod(a as A.Int, b as A.Int),
});

/**
 * Integer.digits: in a base up to 36 from the integer's text (the BEAM divides digit by digit,
 * quadratic: seconds for 100,000 digits), off the thread when long; larger bases digit by digit.
 */
function digitsWork(ctx: BifContext, n: A.Int, base: number, retry: () => TailCall): Term | AwaitHost {
  if (base > 36) return digits(n, base);
  const neg = n < 0;
  return intTextWork(ctx, neg ? A.neg(n) as A.Int : n, base, F_DO_DIGITS, retry, (text) => {
    const out = new Array<Term>(text.length);
    for (let i = 0; i < text.length; i++) {
      const d = parseInt(text[i], 36);
      out[i] = neg && d !== 0 ? -d : d;
    }
    return list(out);
  });
}

function digits(n: A.Int, base: number): Term {
  let v = toBig(n);
  const neg = v < 0n;
  if (neg) v = -v;
  const b = BigInt(base);
  const out: Term[] = [];
  do { out.unshift(int(neg ? -(v % b) : v % b)); v /= b; } while (v > 0n);
  return list(out);
}

/**
 * Integer.undigits: digits 0..base-1 in a base up to 36 read as the integer's text (by halving,
 * off the thread when long: v * base + d digit by digit is quadratic); anything else (negative
 * digits, larger bases, bad elements) digit by digit as Elixir does.
 */
function undigitsWork(ctx: BifContext, l: Term, base: number, retry: () => TailCall): Term | AwaitHost {
  if (base > 36 || l === NIL) return undigits(l, base);
  let text = "";
  for (let x = l; x !== NIL; x = (x as Cons).tail) {
    if (!(x instanceof Cons)) return undigits(l, base);
    const d = x.head;
    if (typeof d !== "number" || d < 0 || d >= base) return undigits(l, base);
    text += d.toString(36);
  }
  return parseIntWork(ctx, text, base, F_DO_UNDIGITS, retry, (v) => v!);
}

/** Integer.do_undigits/3 raises (Integer.undigits/2 calls it last: no frame of its own) */
function invalidDigit(d: Term, base: number): never {
  try {
    elixirRaise("ArgumentError", `invalid digit ${inspect(d)} in base ${base}`);
  } catch (e) {
    if (e instanceof ErlangError) e.callee = tuple(atom(INTEGER), atom("do_undigits"), 3, list([tuple(atom("file"), textList("lib/integer.ex")), tuple(atom("line"), 226)]));
    throw e;
  }
}

function undigits(l: Term, base: number): Term {
  if (!isList(l)) noClause("Elixir.Integer", "undigits", 2);
  let v = 0n;
  const b = BigInt(base);
  let x: Term = l;
  for (; x instanceof Cons; x = x.tail) {
    const d = x.head;
    if (!A.isIntT(d)) break;
    if (d >= base) invalidDigit(d, base);
    v = v * b + toBig(d as A.Int);
  }
  // a digit that is no integer, or an improper tail: Integer.do_undigits(rest, base, acc) has no clause
  if (x !== NIL) {
    const e = new ErlangError("error", atom("function_clause"));
    e.callee = tuple(atom(INTEGER), atom("do_undigits"), list([x, base, int(v)]), list([tuple(atom("file"), textList("lib/integer.ex")), tuple(atom("line"), 223)]));
    throw e;
  }
  return int(v);
}

// ---- Float ----------------------------------------------------------------------------------------

function floatArg(t: Term, fun: string, arity: number): number {
  if (!(t instanceof Float)) noClause("Elixir.Float", fun, arity);
  return (t as Float).value;
}

/** where Elixir 1.14's round/2, ceil/2 and floor/2 raise for a bad precision */
const PRECISION_RAISE_LINE: Record<string, number> = { round: 347, ceil: 287, floor: 240 };

function precisionArg(p: Term, fun: string): number {
  if (typeof p !== "number" || p < 0 || p > 15) {
    // (Elixir interpolates the precision: to_string, so :a is "a")
    const shown = p instanceof Atom || p instanceof Float || p instanceof Bin ? toStringChars(p) : inspect(p);
    const e = exception("ArgumentError", { message: bin(`precision ${shown} is out of valid range of 0..15`) });
    raiseInElixir(e, "Elixir.Float", fun, 2, "lib/float.ex", PRECISION_RAISE_LINE[fun]);
  }
  return p as number;
}

defineBifs("Elixir.Float", {
  // precision 0 is float(round(x)) in 1.14 (so Float.round(-0.0) is 0.0), :math.ceil / :math.floor
  // for ceil and floor (so Float.ceil(-0.4) is -0.0)
  "round/1": ([f]) => new Float(A.roundHalfAway(floatArg(f, "round", 2)) || 0),
  "round/2": ([f, p]) => { const x = floatArg(f, "round", 2); const n = precisionArg(p, "round"); return new Float(n === 0 ? A.roundHalfAway(x) || 0 : roundFloat(x, n, "half_up")); },
  "ceil/1": ([f]) => new Float(Math.ceil(floatArg(f, "ceil", 2))),
  "ceil/2": ([f, p]) => { const x = floatArg(f, "ceil", 2); const n = precisionArg(p, "ceil"); return new Float(n === 0 ? Math.ceil(x) : roundFloat(x, n, "ceil")); },
  "floor/1": ([f]) => new Float(Math.floor(floatArg(f, "floor", 2))),
  "floor/2": ([f, p]) => { const x = floatArg(f, "floor", 2); const n = precisionArg(p, "floor"); return new Float(n === 0 ? Math.floor(x) : roundFloat(x, n, "floor")); },
  "to_string/1": ([f]) => bin(formatFloat(floatArg(f, "to_string", 1))),
  "max_finite/0": () => new Float(Number.MAX_VALUE),
  "min_finite/0": () => new Float(-Number.MAX_VALUE),
  "pow/2": ([b, e], ctx) => {
    if (!(b instanceof Float) || !(typeof e === "number" || typeof e === "bigint" || e instanceof Float)) noClause("Elixir.Float", "pow", 2);
    // :math.pow/2 is a BIF called last: its failure keeps Float.pow/2's frame (lib/float.ex:112)
    try {
      return lookupBif("math", "pow", 2)!.fn([b, e], ctx) as Term;
    } catch (err) {
      if (err instanceof ErlangError && err.callee !== undefined && err.calleeBelow === undefined) err.calleeBelow = [FLOAT_POW_112];
      throw err;
    }
  },
  "ratio/1": ([f]) => {
    const x = floatArg(f, "ratio", 1);
    if (x === 0) return tuple(0, 1);
    const dv = new DataView(new ArrayBuffer(8));
    dv.setFloat64(0, x);
    const bits = dv.getBigUint64(0);
    const exp = Number((bits >> 52n) & 0x7ffn);
    let mant = bits & ((1n << 52n) - 1n);
    let e: number;
    if (exp === 0) e = -1074; else { mant |= 1n << 52n; e = exp - 1075; }
    let num = mant, den = 1n;
    if (e > 0) num <<= BigInt(e); else den <<= BigInt(-e);
    while (num % 2n === 0n && den % 2n === 0n) { num /= 2n; den /= 2n; }
    return tuple(int(x < 0 ? -num : num), int(den));
  },
  "to_charlist/1": ([f]) => list(codepoints(formatFloat(floatArg(f, "to_charlist", 1)))),
  "parse/1": ([t]) => (t instanceof Bin && t.isBinary ? parseFloatPrefix(t) : noClause("Elixir.Float", "parse", 1)),
});

// ---- Atom, Tuple --------------------------------------------------------------------------------

defineBifs("Elixir.Atom", {
  "to_string/1": ([a]) => (a instanceof Atom ? bin(a.name) : argError(1, "not an atom")),
  "to_charlist/1": ([a]) => (a instanceof Atom ? list(codepoints(a.name)) : argError(1, "not an atom")),
});

function tupleArg(t: Term, fun: string, arity: number): Term[] {
  if (!(t instanceof Tuple)) argError(1, "not a tuple");
  return (t as Tuple).items;
}

// Elixir's compiler inlines these as the :erlang BIFs (Tuple.delete_at(t, i) is
// :erlang.delete_element(i + 1, t)): they fail there, with those BIFs' errors and frames
const ERLANG = atom("erlang");
/** i + 1 as the inlined code computes it (a non-number fails in :erlang.+/2) */
function nextIndex(i: Term, then: (n: Term) => TailCall): TailCall {
  if (typeof i === "number" || typeof i === "bigint" || i instanceof Float) return then(A.add(i, 1));
  return new TailCall(ERLANG, [i, 1], atom("+"));
}

const LISTS = atom("lists");
/** List's key functions take an integer position (`when is_integer(position)`) */
function intPosition(p: Term, fun: string, args: Term[], line: number): void {
  if (typeof p !== "number" && typeof p !== "bigint") raiseInElixir(atom("function_clause"), "Elixir.List", fun, args, "lib/list.ex", line);
}
/** :lists.NAME(key, position + 1, list...) as List's key functions call it, its answer mapped */
function keyCall(name: string, [k, p, ...rest]: Term[], ctx: BifContext, then: (r: Term) => Term, caller?: Tuple): Term {
  if (!(typeof p === "number" || typeof p === "bigint" || p instanceof Float)) return new TailCall(ERLANG, [p, 1], atom("+")) as unknown as Term;
  const [fname, arity] = name.split("/");
  // (keyfind and keymember of a long list run as jobs: the answer is mapped when theirs ends)
  try {
    return thenJob(lookupBif("lists", fname, Number(arity))!.fn([k, A.add(p, 1), ...rest], ctx) as Term | TailCall, then) as Term;
  } catch (err) {
    // a List function whose :lists call is no tail call there (keyfind/4's `|| default`,
    // keytake/3's case) keeps its own frame under the :lists failure
    if (caller !== undefined && err instanceof ErlangError && err.callee !== undefined && err.calleeBelow === undefined) err.calleeBelow = [caller];
    throw err;
  }
}

/** the frames of List's functions whose :lists call is no tail call in Elixir 1.14 */
const KEYFIND_350 = codeFrame(L_MODULE, "keyfind", 4, "lib/list.ex", 350);
const KEYMEMBER_412 = codeFrame(L_MODULE, "keymember?", 3, "lib/list.ex", 412);
const KEYTAKE_597 = codeFrame(L_MODULE, "keytake", 3, "lib/list.ex", 597);

defineBifs("Elixir.Tuple", {
  "to_list/1": ([t]) => new TailCall(ERLANG, [t], atom("tuple_to_list")),
  "append/2": ([t, v]) => new TailCall(ERLANG, [t, v], atom("append_element")),
  "insert_at/3": ([t, i, v]) => nextIndex(i, (n) => new TailCall(ERLANG, [n, t, v], atom("insert_element"))),
  "delete_at/2": ([t, i]) => nextIndex(i, (n) => new TailCall(ERLANG, [n, t], atom("delete_element"))),
  "duplicate/2": ([v, n]) => new TailCall(ERLANG, [n, v], atom("make_tuple")),
});

// ---- List ---------------------------------------------------------------------------------------

const L = "Elixir.List";
/** Elixir's List.last/2: the last element, `d` for [], its FunctionClauseError for a non-list.
 *  An improper tail fails as OTP 25's code for List.last fails (measured on elixir 1.14): the
 *  recursion alternates between two compiled copies of the clauses, one failing with
 *  function_clause (last/2's entry) and one with case_clause {tail, default}, so the error
 *  depends on the parity of the hops made before reaching the tail (last/1 is one more hop). */
function lastOf(l: Term, d: Term, viaLast1 = false): Term {
  if (l === NIL) return d;
  if (!(l instanceof Cons)) return noClause(L, "last", 2);
  let t: Term = l, hops = viaLast1 ? 1 : 0;
  for (; t instanceof Cons; t = t.tail, hops++) if (t.tail === NIL) return t.head;
  if (hops % 2 === 0) return tailCall(atom(L), [t, d], atom("last"));
  return raiseInElixir(tuple(atom("case_clause"), tuple(t, d)), L, "last", 2, "lib/list.ex", 320);
}

function larr(t: Term, fun: string, arity: number): Term[] {
  return arr(t, () => noClause(L, fun, arity));
}
function keyIdx(t: Term, k: Term, pos: number): boolean {
  return t instanceof Tuple && t.items.length > pos && compare(t.items[pos], k) === 0;
}

defineBifs(L, {
  "first/1": ([l]) => (l === NIL ? NIL_ATOM : l instanceof Cons ? l.head : noClause(L, "first", 2)),
  "first/2": ([l, d]) => (l === NIL ? d : l instanceof Cons ? l.head : noClause(L, "first", 2)),
  // (OTP's compiler inlines last/2's clauses into last/1 as a case on {list, nil}: a non-list
  // there is a CaseClauseError, an improper tail last/2's FunctionClauseError)
  "last/1": ([l]) => (l === NIL || l instanceof Cons ? lastOf(l, NIL_ATOM, true) : raise(tuple(atom("case_clause"), tuple(l, NIL_ATOM)))),
  "last/2": ([l, d]) => lastOf(l, d),
  // Elixir's are :lists.flatten/1,2 (an improper list fails in :lists.do_flatten/2, as there)
  "flatten/1": ([l]) => new TailCall(atom("lists"), [l], atom("flatten")),
  "flatten/2": ([l, t]) => new TailCall(atom("lists"), [l, t], atom("flatten")),
  "wrap/1": ([t]) => (t === NIL_ATOM ? NIL : t === NIL || t instanceof Cons ? t : list([t])),
  // List.duplicate(elem, n) is :lists.duplicate(n, elem), clause errors included
  "duplicate/2": ([v, n], ctx) => lookupBif("lists", "duplicate", 2)!.fn([n, v], ctx),
  "delete/2": ([l, v]) => {
    const xs = larr(l, "delete", 2);
    const i = xs.findIndex((x) => exactEquals(x, v));
    if (i >= 0) xs.splice(i, 1);
    return list(xs);
  },
  "to_tuple/1": ([l]) => new Tuple(larr(l, "to_tuple", 1)),
  "to_string/1": ([l]) => listToString(l),
  "to_charlist/1": ([l]) => {
    const r = chardataToString(l);
    if (l !== NIL && !(l instanceof Cons)) noClause(L, "to_charlist", 1);
    // (raised at Elixir's lines in List.to_charlist/1)
    if (r === undefined) raiseInElixir(exception("ArgumentError", { message: bin(NOT_CHARLIST + inspect(l) + "\n") }), L, "to_charlist", 1, "lib/list.ex", 1137);
    if (typeof r === "string" && !r.includes("\uFFFD")) return list(codepoints(r));
    // a bad code point or bad UTF-8 in a binary: what converted before it, as a charlist
    const failure = unicodeFailure(l);
    if (failure === null && typeof r === "string") return list(codepoints(r));
    const message = failure?.message ?? `invalid code point ${inspect((r as { bad: Term }).bad)}`;
    return raiseInElixir(exception("UnicodeConversionError", { encoded: list(codepoints(failure?.encoded ?? "")), message: bin(message) }), L, "to_charlist", 1, "lib/list.ex", message.startsWith("incomplete") ? 1158 : 1155);
  },
  "to_atom/1": ([l]) => E["list_to_atom/1"]([l], null as any),
  "to_existing_atom/1": ([l]) => E["list_to_existing_atom/1"]([l], null as any),
  "to_integer/1": ([l], c) => E["list_to_integer/1"]([l], c),
  "to_integer/2": ([l, b], c) => E["list_to_integer/2"]([l, b], c),
  "to_float/1": ([l]) => E["list_to_float/1"]([l], null as any),
  // Elixir's are :lists.keyfind(key, position + 1, list) and so on: their failures are those
  // (each guards `when is_integer(position)`: another position fails List's own clause, at its line;
  // keyfind/3 is keyfind/4 with nil)
  "keyfind/3": ([l, k, p], ctx) => (intPosition(p, "keyfind", [l, k, p, NIL_ATOM], 349), keyCall("keyfind/3", [k, p, l], ctx, (r) => (r === FALSE ? NIL_ATOM : r), KEYFIND_350)),
  "keyfind/4": ([l, k, p, d], ctx) => (intPosition(p, "keyfind", [l, k, p, d], 349), keyCall("keyfind/3", [k, p, l], ctx, (r) => (r === FALSE ? d : r), KEYFIND_350)),
  "keymember?/3": ([l, k, p], ctx) => (intPosition(p, "keymember?", [l, k, p], 411), keyCall("keymember/3", [k, p, l], ctx, (r) => r, KEYMEMBER_412)),
  "keydelete/3": ([l, k, p], ctx) => (intPosition(p, "keydelete", [l, k, p], 567), keyCall("keydelete/3", [k, p, l], ctx, (r) => r)),
  "keyreplace/4": ([l, k, p, v], ctx) => (intPosition(p, "keyreplace", [l, k, p, v], 434), keyCall("keyreplace/4", [k, p, l, v], ctx, (r) => r)),
  "keystore/4": ([l, k, p, v], ctx) => (intPosition(p, "keystore", [l, k, p, v], 540), keyCall("keystore/4", [k, p, l, v], ctx, (r) => r)),
  "keytake/3": ([l, k, p], ctx) => (intPosition(p, "keytake", [l, k, p], 596), keyCall("keytake/3", [k, p, l], ctx, (r) => (r instanceof Tuple ? tuple(r.items[1], r.items[2]) : NIL_ATOM), KEYTAKE_597)),
  // List.keysort/2 is :lists.keysort(position + 1, list), failures included
  "keysort/2": ([l, p], ctx) => {
    if ((l !== NIL && !(l instanceof Cons)) || typeof p !== "number" || !Number.isInteger(p)) noClause(L, "keysort", 2);
    return listsKeysort(ctx, (p as number) + 1, l);
  },
  "starts_with?/2": ([l, p]) => {
    const xs = larr(l, "starts_with?", 2), ps = larr(p, "starts_with?", 2);
    return bool(ps.length <= xs.length && ps.every((x, i) => exactEquals(x, xs[i])));
  },
  "ascii_printable?/1": ([l]) => {
    // (Elixir's ascii_printable?/2, with its default limit, takes lists only)
    if (!(l instanceof Cons) && l !== NIL) noClause("Elixir.List", "ascii_printable?", 2);
    // (an improper tail is not printable)
    let x: Term = l;
    for (; x instanceof Cons; x = x.tail) {
      const c = x.head;
      if (!(typeof c === "number" && ((c >= 32 && c <= 126) || (c >= 7 && c <= 13) || c === 27))) return FALSE;
    }
    return bool(x === NIL);
  },
  "improper?/1": ([l]) => {
    // (Elixir's clauses take lists only)
    if (!(l instanceof Cons) && l !== NIL) noClause(L, "improper?", 1);
    let x: Term = l;
    while (x instanceof Cons) x = x.tail;
    return bool(x !== NIL);
  },
});

/** List.to_string/1: a list only; a failure raised from Elixir's lines in lib/list.ex (1084 for a
 * list that is no chardata, 1103/1106 for invalid/incomplete UTF-8), in List.to_string's own frame */
function listToString(l: Term): Term {
  if (l !== NIL && !(l instanceof Cons)) noClause(L, "to_string", 1);
  try {
    return bin(toStringChars(l));
  } catch (e) {
    if (e instanceof ErlangError && e.callee === undefined && isMap(e.reason)) {
      const kind = (e.reason as MapLike).get(atom("__struct__"));
      const message = (e.reason as MapLike).get(atom("message"));
      const line = kind === atom("Elixir.ArgumentError") ? 1084 : message instanceof Bin && message.toString().startsWith("incomplete") ? 1106 : 1103;
      e.callee = codeFrame(L, "to_string", 1, "lib/list.ex", line);
    }
    throw e;
  }
}

// ---- Map ----------------------------------------------------------------------------------------

/** Map.new/1 of a list: Elixir's calls :maps.from_list/1, whose frame heads a failure over
 * Map.new/1's own (lib/map.ex:221: the BEAM keeps the frame of a function that calls a BIF last) */
function* newFromList(l: Term): JobGen {
  try {
    return yield* mapFromListJob(l);
  } catch (e) {
    if (e instanceof ErlangError && e.callee === undefined) {
      e.callee = bifErrorFrame("maps", "from_list", [l], e.diagnosis);
      e.calleeBelow = [codeFrame("Elixir.Map", "new", 1, "lib/map.ex", 221)];
    }
    throw e;
  }
}

/** Map.take/drop/split/2 with keys that are no list: the library's half reads them as an enumerable */
function keysEnum(fun: string, m: Term, ks: Term): Term {
  return new TailCall(atom("Elixir.Map"), [m, ks], atom(`__${fun}_enum__`)) as unknown as Term;
}

function mm(t: Term): MapLike {
  if (!isMap(t)) badmap(t);
  return t as MapLike;
}

const STRUCT_FIELD = atom("__struct__");

defineBifs("Elixir.Map", {
  "get/2": ([m, k]) => mm(m).get(k) ?? NIL_ATOM,
  "get/3": ([m, k, d]) => mm(m).get(k) ?? d,
  "put/3": ([m, k, v]) => mm(m).put(k, v),
  "delete/2": ([m, k]) => mm(m).remove(k),
  "merge/2": ([a, b]) => mapMerge(mm(a), mm(b)),
  "keys/1": ([m]) => list(mapKeys(mm(m))),
  "values/1": ([m]) => list(mapValues(mm(m))),
  "to_list/1": ([m]) => mapToList(mm(m)),
  "new/0": () => EMPTY_MAP,
  // a struct (a stream, a MapSet) and any other enumerable are read through Enumerable, as in Elixir
  // (a list's map is made as :maps.from_list's job)
  "new/1": ([l], ctx) =>
    isMap(l) && !(l as MapLike).has(STRUCT_FIELD) ? l : isList(l) ? runJob(ctx, "maps_from_list", ["maps", "from_list", [l]], newFromList(l)) as unknown as Term : new TailCall(atom("Elixir.Map"), [l], atom("__new_from_enum__")) as unknown as Term,
  "has_key?/2": ([m, k]) => bool(mm(m).has(k)),
  "fetch/2": ([m, k]) => { const v = mm(m).get(k); return v === undefined ? ERROR : tuple(OK, v); },
  "fetch!/2": ([m, k]) => mm(m).get(k) ?? keyError(k, m),
  "pop/2": ([m, k]) => { const v = mm(m).get(k); return v === undefined ? tuple(NIL_ATOM, m) : tuple(v, (m as MapLike).remove(k)); },
  "pop/3": ([m, k, d]) => { const v = mm(m).get(k); return v === undefined ? tuple(d, m) : tuple(v, (m as MapLike).remove(k)); },
  "take/2": ([m, ks]) => {
    const src = mm(m);
    if (!isList(ks)) return keysEnum("take", m, ks);
    let r = EMPTY_MAP;
    for (const k of arr(ks)) { const v = src.get(k); if (v !== undefined) r = r.put(k, v); }
    return r;
  },
  "drop/2": ([m, ks]) => { let r = mm(m); if (!isList(ks)) return keysEnum("drop", m, ks); for (const k of arr(ks)) r = r.remove(k); return r; },
  "split/2": ([m, ks]) => {
    let rest = mm(m), taken = EMPTY_MAP;
    if (!isList(ks)) return keysEnum("split", m, ks);
    for (const k of arr(ks)) { const v = rest.get(k); if (v !== undefined) { taken = taken.put(k, v); rest = rest.remove(k); } }
    return tuple(taken, rest);
  },
  "put_new/3": ([m, k, v]) => (mm(m).has(k) ? m : (m as MapLike).put(k, v)),
  "replace/3": ([m, k, v]) => (mm(m).has(k) ? (m as MapLike).put(k, v) : m),
  "replace!/3": ([m, k, v]) => (mm(m).has(k) ? (m as MapLike).put(k, v) : keyError(k, m)),
  "from_struct/1": ([m], ctx) => {
    if (m instanceof Atom) {
      // Elixir's calls m.__struct__(): a module without one fails there (undef under
      // Map.from_struct/1, vm/elixir_clause_frames.ts), a struct module gives its fields
      if (!exported(ctx.node as Node, m, STRUCT_FIELD, 0)) {
        const e = new ErlangError("error", atom("undef"));
        e.callee = tuple(m, STRUCT_FIELD, NIL, NIL);
        throw e;
      }
      return tailCall(atom("Elixir.Map"), [m], atom("__from_struct_module__"));
    }
    // the other clause is %_{} = struct
    if (!isMap(m) || !((m as MapLike).get(STRUCT_FIELD) instanceof Atom)) noClause("Elixir.Map", "from_struct", 1);
    return (m as MapLike).remove(STRUCT_FIELD);
  },
  "equal?/2": ([a, b]) => bool(exactEquals(mm(a), mm(b))),
});

// ---- Keyword ------------------------------------------------------------------------------------

const K = "Elixir.Keyword";
defineBifs(K, {
  "from_keys/2": ([ks, v]) => list(arr(ks, () => noClause(K, "from_keys", 2)).map((k) => tuple(k, v))),
});

// ---- Kernel -------------------------------------------------------------------------------------

const kernelFromErlang: Record<string, string> = {
  "max/2": "max/2", "min/2": "min/2", "div/2": "div/2", "rem/2": "rem/2", "abs/1": "abs/1", "round/1": "round/1",
  "trunc/1": "trunc/1", "elem/2": "", "hd/1": "hd/1", "tl/1": "tl/1", "length/1": "length/1", "byte_size/1": "byte_size/1",
  "tuple_size/1": "tuple_size/1", "map_size/1": "map_size/1", "binary_part/3": "binary_part/3", "bit_size/1": "bit_size/1",
  "ceil/1": "ceil/1", "floor/1": "floor/1", "is_atom/1": "is_atom/1", "is_binary/1": "is_binary/1",
  "is_bitstring/1": "is_bitstring/1", "is_boolean/1": "is_boolean/1", "is_float/1": "is_float/1",
  "is_function/1": "is_function/1", "is_function/2": "is_function/2", "is_integer/1": "is_integer/1",
  "is_list/1": "is_list/1", "is_map/1": "is_map/1", "is_number/1": "is_number/1", "is_pid/1": "is_pid/1",
  "is_port/1": "is_port/1", "is_reference/1": "is_reference/1", "is_tuple/1": "is_tuple/1", "is_map_key/2": "",
  "node/0": "node/0", "node/1": "node/1",
};
const kernel: Record<string, Fn> = {};
// the registered :erlang BIFs (a failure heads the stack trace with the :erlang frame, as there)
const registered = (key: string): Fn => {
  const slash = key.lastIndexOf("/");
  return lookupBif("erlang", key.slice(0, slash), Number(key.slice(slash + 1)))!.fn as Fn;
};
for (const [k, e] of Object.entries(kernelFromErlang)) if (e) kernel[k] = registered(e);
kernel["elem/2"] = ([t, i], c) => registered("element/2")([typeof i === "number" ? i + 1 : i, t], c);
// Kernel.is_map_key(map, key) is :erlang.is_map_key(key, map)
kernel["is_map_key/2"] = ([m, k], c) => registered("is_map_key/2")([k, m], c);
kernel["put_elem/3"] = ([t, i, v], c) => registered("setelement/3")([typeof i === "number" ? i + 1 : i, t, v], c);
// Structs with a user `defimpl Inspect` are rendered by the language first (Inspect.Walker):
// these BIFs hand over to it when the term holds one, and it calls back with the rendered texts.
// (the standard library's structs whose Inspect implementation, lib/inspect_impls.ex, is this BIF)
const BUILTIN_INSPECT = new Set(["Elixir.Range", "Elixir.MapSet", "Elixir.Date.Range", "Elixir.Date", "Elixir.Time",
  "Elixir.NaiveDateTime", "Elixir.DateTime", "Elixir.URI", "Elixir.Version", "Elixir.Regex"]);
const WALKER = atom("Elixir.Inspect.Walker");

/** whether inspecting t with `limit` (the options' :limit) meets a struct with a user Inspect
 *  implementation. Only what can be shown is walked, as Inspect.Algebra's container_each/6 shows
 *  it: the first `limit` elements of a list or tuple, the i-th (from 0) inspected with limit - i - 1
 *  (a map's entries each with limit - 1: which come first depends on its order), so a crash report's
 *  inspect of a large state costs what its shown part does, and a struct after a large term is
 *  still found within the walk's budget */
function hasCustomInspect(t: Term, ctx: BifContext, limit: number = DEFAULT_OPTS.limit): boolean {
  if (!ctx?.node) return false;
  const custom = customInspector(ctx);
  let budget = 100000;
  // a work list in source order (terms nest 10,000 deep): each term with the limit it is shown with
  const todo: [Term, number][] = [[t, limit]];
  const later = (xs: readonly Term[], limit: number) => {
    for (let i = Math.min(xs.length, limit) - 1; i >= 0; i--) todo.push([xs[i], limit - i - 1]);
  };
  while (todo.length > 0) {
    if (--budget < 0) return false;
    const [x, limit] = todo.pop()!;
    if (x instanceof Tuple) later(x.items, limit);
    else if (x instanceof Cons) {
      const parts: Term[] = [];
      let l: Term = x;
      while (l instanceof Cons && parts.length < limit) { parts.push(l.head); l = l.tail; }
      // an improper tail is shown with the last element, and its limit
      if (!(l instanceof Cons) && l !== NIL) todo.push([l, limit - parts.length]);
      later(parts, limit);
    } else if (isMap(x)) {
      const mod = x.get(atom("__struct__"));
      if (mod instanceof Atom && custom(mod, x)) return true;
      if (limit > 0) for (const [k, v] of x.entries()) todo.push([v, limit - 1], [k, limit - 1]);
    }
  }
  return false;
}

function customPairs(pairs: Term): [Term, number | undefined, Doc][] {
  const out: [Term, number | undefined, Doc][] = [];
  for (const p of arr(pairs)) {
    // {struct, document} or {struct, limit, document}
    const items = (p as Tuple).items;
    const k = items[0], v = items[items.length - 1];
    const l = items.length === 3 ? items[1] : undefined;
    const limit = l === undefined ? undefined : typeof l === "number" ? l : Infinity;
    // a user implementation's result: a document, or iodata as a plain string
    out.push([k, limit, v instanceof Bin || v instanceof Tuple || v instanceof Atom ? fromElixirDoc(v) : chardataText(v)]);
  }
  return out;
}

// the fields the standard library's Inspect implementations match or read: a struct of theirs
// without them makes the implementation raise (its head, a match, a map.field read), so it is
// rendered by running that implementation (lib/inspect_impls.ex), as Inspect.Error shows it
const CAL_DATE = ["calendar", "year", "month", "day"], CAL_TIME = ["calendar", "hour", "minute", "second", "microsecond"];
const IMPL_FIELDS: Record<string, string[]> = {
  "Elixir.Date": CAL_DATE, "Elixir.Time": CAL_TIME, "Elixir.NaiveDateTime": [...CAL_DATE, ...CAL_TIME],
  "Elixir.DateTime": [...CAL_DATE, ...CAL_TIME, "time_zone", "zone_abbr", "utc_offset", "std_offset"],
  "Elixir.Range": ["first", "last"], "Elixir.Regex": ["source", "opts"], "Elixir.MapSet": ["map"],
};

/** a standard library struct its own Inspect implementation cannot inspect (it raises) */
function builtinImplRaises(mod: Atom, x: Term | undefined): boolean {
  const need = IMPL_FIELDS[mod.name];
  if (need === undefined || x === undefined || !isMap(x)) return false;
  if (need.some((f) => !x.has(atom(f)))) return true;
  // Inspect.MapSet lists the keys of its :map (:maps.keys/1 of a non-map raises BadMapError)
  return mod.name === "Elixir.MapSet" && !isMap(x.get(atom("map"))!);
}

/** the module's user Inspect implementation exists (loaded on first use, as protocol dispatch
 *  loads it); the standard library's own structs are the inspect BIF's, unless their
 *  implementation raises for the term */
function customInspector(ctx: BifContext): (mod: Atom, x?: Term) => boolean {
  const exported = lookupBif("erlang", "function_exported", 3)!.fn;
  const seen = new Map<Atom, boolean>();
  const INSPECT = atom("inspect");
  return (mod, x) => {
    if (BUILTIN_INSPECT.has(mod.name)) return builtinImplRaises(mod, x);
    let has = seen.get(mod);
    if (has === undefined) {
      const impl = atom("Elixir.Inspect." + mod.name.replace(/^Elixir\./, ""));
      // loaded on first use, as protocol dispatch loads it (a project's impl of its own struct)
      (ctx.node as Node).code.ensureLoaded(impl);
      (ctx.node as Node).code.loadOnFirstUse(impl);
      has = exported([impl, INSPECT, 2], ctx) === TRUE;
      seen.set(mod, has);
    }
    return has;
  };
}

/** a function_clause of Kernel.name/arity, its frame heading the trace at Elixir's line */
function kernelClause(name: string, args: Term[], line: number): never {
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = tuple(atom("Elixir.Kernel"), atom(name), list(args), list([tuple(atom("file"), list(codepoints("lib/kernel.ex"))), tuple(atom("line"), line)]));
  throw e;
}

/** Inspect's modules load on their first use (the caller waits first: vm/loaded_modules.ts) */
function inspectWaits(ctx: BifContext, t: Term): boolean {
  const n = ctx.node as Node | null;
  return n !== null && n.code.notLoadedYet.size > 0 && waitsForFirstUse(ctx, inspectUses(t));
}

/** inspect's text as a binary, its making paid for in reductions by its length (as Inspect's
 *  Elixir code pays on the BEAM), so a loop inspecting big terms cannot hold the scheduler */
function inspected(ctx: BifContext, text: string): Bin {
  chargeBytes(ctx, text.length);
  return bin(text);
}

/** inspect's text; a library function failing in it (its frame named) has Kernel.inspect/2's under */
function inspectedInKernel(ctx: BifContext, t: Term, opts?: Partial<InspectOpts>): Bin {
  try {
    return inspected(ctx, inspect(t, opts));
  } catch (e) {
    if (e instanceof ErlangError && e.kind === "error" && e.stacktrace === undefined && e.callee !== undefined) {
      e.calleeBelow = [...(e.calleeBelow ?? []), codeFrame("Elixir.Kernel", "inspect", 2, "lib/kernel.ex", 2254)];
    }
    throw e;
  }
}

kernel["inspect/1"] = ([t], ctx) => inspectWaits(ctx, t) ? (YIELD_AND_RETRY as unknown as Term) : (hasCustomInspect(t, ctx) ? tailCall(WALKER, [t, NIL], atom("__inspect__")) : inspectedInKernel(ctx, t));
// (Elixir's inspect/2 takes its options as a list: `when is_list(opts)` at lib/kernel.ex:2245)
kernel["inspect/2"] = ([t, o], ctx) => !(o === NIL || o instanceof Cons) ? kernelClause("inspect", [t, o], 2245) : inspectWaits(ctx, t) ? (YIELD_AND_RETRY as unknown as Term) : (optsFromKeyword(o).opts.structs !== false && hasCustomInspect(t, ctx, optsFromKeyword(o).opts.limit) ? tailCall(WALKER, [t, o], atom("__inspect__")) : inspectedInKernel(ctx, t, optsFromKeyword(o).opts));

defineBifs("Elixir.Inspect.Algebra", { "__format__/2": ([d, w]) => formatElixirDoc(d, w) });

defineBifs("Elixir.Inspect.Walker", {
  // (term, opts keyword, top) -> [{struct, limit}]: the structs with a user implementation
  // where inspecting the term meets them, each with the limit it is inspected with there (the
  // term itself left out when it is a struct shown through Inspect.Any, top true, or as a map,
  // top :map)
  "__sites__/3": ([t, o, top], ctx) => {
    const custom = customInspector(ctx);
    const found: [Term, number, Term[], InspectOpts["charlists"]][] = [];
    const ownTop = top === TRUE || top === atom("map");
    const sites = { custom: (x: Term, mod: Atom) => !(ownTop && x === t) && custom(mod, x), found };
    toDoc(t, { ...DEFAULT_OPTS, ...optsFromKeyword(o).opts, sites, asMap: top === atom("map") ? t : undefined });
    // (each with the frames above it, innermost first: InspectOpts.sitePath, and its :charlists)
    return list(found.map(([s, l, path, charlists]) => tuple(s, l === Infinity ? atom("infinity") : l, list(path), atom(charlists))));
  },
  // (term, opts keyword, [{struct, rendered text}]) -> binary
  "__format__/3": ([t, o, pairs]) => bin(inspect(t, { ...optsFromKeyword(o).opts, custom: customPairs(pairs) })),
  // Inspect.Algebra.to_doc/2: (term, opts keyword, [{struct, document}]) -> the term's document
  "__to_doc__/3": ([t, o, pairs]) => toElixirDoc(toDoc(t, { ...DEFAULT_OPTS, ...optsFromKeyword(o).opts, custom: customPairs(pairs) })),
  // Inspect.Map.inspect/2 of a struct: (struct, opts keyword, [{struct, document}]) -> its document
  "__map_doc__/3": ([t, o, pairs]) => toElixirDoc(toDoc(t, { ...DEFAULT_OPTS, ...optsFromKeyword(o).opts, custom: customPairs(pairs), asMap: t })),
  // (device, term, opts keyword, [{struct, rendered text}]) -> term, printed as IO.inspect does
  "__io_format__/4": ([d, t, o, pairs], ctx) => {
    const { opts, label } = optsFromKeyword(o);
    return ioInspectWrite(ctx, d, t, { ...opts, custom: customPairs(pairs) }, label);
  },
});
kernel["<>/2"] = ([a, b]) => {
  if (!(a instanceof Bin) || !(b instanceof Bin)) argError(a instanceof Bin ? 2 : 1, "not a binary");
  const out = new Uint8Array(a.size + b.size);
  out.set(a.bytes, 0);
  out.set(b.bytes, a.size);
  return binFromBytes(out);
};
kernel["is_nil/1"] = ([t]) => bool(t === NIL_ATOM);
kernel["is_struct/1"] = ([t]) => bool(isMap(t) && t.get(atom("__struct__")) instanceof Atom);
kernel["is_struct/2"] = ([t, n]) => bool(isMap(t) && t.get(atom("__struct__")) === n);
kernel["is_exception/1"] = ([t]) => bool(isMap(t) && t.get(atom("__exception__")) === TRUE && t.get(atom("__struct__")) instanceof Atom);
defineBifs("Elixir.Kernel", inKernelFrames(kernel), [
  "max/2", "min/2", "div/2", "rem/2", "abs/1", "round/1", "trunc/1", "elem/2", "hd/1", "tl/1", "length/1", "byte_size/1",
  "tuple_size/1", "map_size/1", "binary_part/3", "bit_size/1", "ceil/1", "floor/1", "is_atom/1", "is_binary/1",
  "is_bitstring/1", "is_boolean/1", "is_float/1", "is_function/1", "is_function/2", "is_integer/1", "is_list/1",
  "is_map/1", "is_number/1", "is_pid/1", "is_port/1", "is_reference/1", "is_tuple/1", "is_nil/1", "is_map_key/2",
  "node/0", "node/1", "is_struct/1", "is_struct/2", "is_exception/1",
]);

// ---- IO -----------------------------------------------------------------------------------------

function device(d: Term): 1 | 2 {
  if (d instanceof Atom && (d.name === "stderr" || d.name === "standard_error")) return 2;
  return 1;
}

/** IO.chardata_to_string / the text IO.puts writes for a term. */
export function chardataText(t: Term): string {
  if (t instanceof Bin) return t.toString();
  if (t === NIL || t instanceof Cons) {
    const r = chardataToString(t);
    if (typeof r === "string") return r;
    if (r === undefined) argError(1, "not valid chardata");
    return unicodeConversionError("invalid code point " + inspect(r.bad));
  }
  return toStringChars(t);
}

/** what IO.inspect/3 hands :io.put_chars: [[label, ": "] or [], Inspect.Algebra.format/2's
 *  pieces] and a newline, as a failed write's frame shows it */
function inspectChardata(t: Term, opts: Partial<InspectOpts>, label: Term | undefined): Term {
  const o = { ...DEFAULT_OPTS, pretty: true, ...opts };
  const pieces = list(formatPieces(group(toDoc(t, o)), o.width).map((p) => bin(p)));
  const shown = label === undefined ? NIL : list([label instanceof Bin || label instanceof Cons || label === NIL ? label : bin(chardataText(label)), bin(": ")]);
  return list([list([shown, pieces]), 10]);
}

// IO.inspect/3's call of :io.put_chars stands in its body, under its own frame
const IO_INSPECT_FRAME = codeFrame("Elixir.IO", "inspect", 3, "lib/io.ex", 467);

function inIoInspect(write: () => never): never {
  try {
    return write();
  } catch (e) {
    if (e instanceof ErlangError) e.calleeBelow = [IO_INSPECT_FRAME];
    throw e;
  }
}

function ioInspectBif(ctx: BifContext, dev: Term, t: Term, o: Term): Term {
  // IO.inspect/3's only clause takes a list of options (IO.inspect/2 calls it)
  if (!(o instanceof Cons) && o !== NIL) noClause("Elixir.IO", "inspect", 3);
  const { opts, label } = optsFromKeyword(o);
  // a label that is not chardata, an atom or a number: String.Chars in the language (a struct's own)
  if (label !== undefined && !(label instanceof Bin || label instanceof Cons || label === NIL || label instanceof Atom || isNumber(label))) {
    return tailCall(atom("Elixir.IO"), [dev, t, o], atom("__inspect_labelled__"));
  }
  if (inspectWaits(ctx, t)) return YIELD_AND_RETRY as unknown as Term;
  if (opts.structs !== false && hasCustomInspect(t, ctx, opts.limit)) return tailCall(WALKER, [dev, t, o], atom("__io_inspect__"));
  return ioInspectWrite(ctx, dev, t, opts, label);
}

/** IO.inspect's write of `t` to `dev`; returns `t`. To a device that cannot take it (a name no
 *  process has, a process device that has ended, stdout whose reader went away) :io.put_chars
 *  fails as on OTP 25, with what Elixir hands it, [[label, Inspect.Algebra.format/2's pieces], ?\n],
 *  under IO.inspect/3's own frame (its put_chars is no last call: it returns the item) */
function ioInspectWrite(ctx: BifContext, dev: Term, t: Term, opts: Partial<InspectOpts>, label: Term | undefined): Term {
  const text = ioInspect(t, opts);
  chargeBytes(ctx, text.length);
  const node = ctx.node as Node, p = ctx.process as Process;
  if (dev instanceof Atom && !isConsoleDevice(dev) && deviceServer(node, p, dev) === undefined) {
    inIoInspect(() => putCharsNoDevice(dev, inspectChardata(t, opts, label)));
  }
  // (a process device that has ended, or the console's stdout whose reader went away)
  if (deviceEnded(node, dev) || (dev instanceof Atom && device(dev) === 1 && stdoutTerminated(node, p))) {
    inIoInspect(() => ioTerminated("put_chars", [dev instanceof Atom ? STANDARD_IO : dev, inspectChardata(t, opts, label)], true));
  }
  writeDevice(node, p, dev, (label !== undefined ? chardataText(label) + ": " : "") + text + "\n", (fd, t) => ctx.write(fd, t));
  return t;
}


/** IO.write/IO.binwrite to a device that is a tuple (Elixir's map_dev/1 passes it on): the text's
 *  io request fails in io:request/3; IO.binwrite's :file.write/2 answers {:error, :badarg}, or a
 *  raw file's {:file_descriptor, mod, _} is written by mod.write/2 */
function tupleWrite(ctx: BifContext, dev: Tuple, t: Term, binary: boolean): Term {
  const chardata = t instanceof Bin || t instanceof Cons || t === NIL;
  if (binary) {
    if (!((t instanceof Bin && t.isBinary) || t instanceof Cons || t === NIL)) noClause("Elixir.IO", "binwrite", 2);
    const [tag, mod] = dev.items;
    if (dev.items.length === 3 && tag instanceof Atom && tag.name === "file_descriptor" && mod instanceof Atom) return tailCall(mod, [dev, t], atom("write"));
    return tuple(atom("error"), atom("badarg"));
  }
  // (an atom or a number as its text, as Elixir's to_chardata makes it; any other term would
  // fail in String.Chars first, in the language)
  if (!chardata && putsUse(t) === null) return tailCall(atom("Elixir.IO"), [dev, t], atom("__write_chars__"));
  const data = chardata ? t : bin(toStringChars(t));
  return ioRequestNoClause(dev, tuple(atom("put_chars"), atom("unicode"), data), (ctx.node as Node).makeRef());
}

/** write chardata; another term (String.Chars in the language) by IO.__puts_chars__/__write_chars__;
 *  a process device (File.open, StringIO) gets an io request from IO.__device_write__/4 */
function ioWrite(ctx: BifContext, dev: Term, t: Term, nl: boolean, binary = false): Term {
  // String.Chars' modules load on their first use (the caller waits: vm/loaded_modules.ts)
  const use = binary ? null : putsUse(t);
  if (use !== null && waitsForFirstUse(ctx, [use])) return YIELD_AND_RETRY as unknown as Term;
  if (dev instanceof Tuple) return tupleWrite(ctx, dev, t, binary);
  if (dev instanceof Atom) dev = deviceServer(ctx.node as Node, ctx.process as Process, dev)?.pid ?? dev;
  if (dev instanceof Pid && deviceEnded(ctx.node as Node, dev)) {
    // (:file.write/2 answers so, IO.binwrite returns it; :io.put_chars raises in the writer, with
    // the text Elixir hands it: chardata as given, an atom or a number as its string)
    if (binary) return tuple(atom("error"), atom("terminated"));
    if (t instanceof Bin || t instanceof Cons || t === NIL || putsUse(t) !== null) {
      const data = t instanceof Bin || t instanceof Cons || t === NIL ? t : bin(toStringChars(t));
      ioTerminated("put_chars", [dev, nl ? list([data, 10]) : data], true);
    }
  }
  // (an atom or a number is its text to a process device, as Elixir's to_chardata makes it; any
  // other term goes through String.Chars below)
  if (dev instanceof Pid && (binary || t instanceof Bin || t instanceof Cons || t === NIL || putsUse(t) !== null)) {
    const data = binary || t instanceof Bin || t instanceof Cons || t === NIL ? t : bin(toStringChars(t));
    return tailCall(atom("Elixir.IO"), [dev, data, bool(nl), bool(binary)], atom("__device_write__"));
  }
  // IO.binwrite's bytes are latin-1 to the standard io server, which writes them as UTF-8
  if (binary) {
    // (its only clause takes iodata; a device no process stands for answers {:error, :arguments})
    if (!((t instanceof Bin && t.isBinary) || t instanceof Cons || t === NIL)) noClause("Elixir.IO", "binwrite", 2);
    if (!isConsoleDevice(dev)) return tuple(atom("error"), atom("arguments"));
    const bytes = iodataBytes(t);
    // (:file.write/2's answer when the io server refuses a list that is not iodata)
    if (bytes === undefined) return tuple(atom("error"), atom("badarg"));
    // (the standard io device has terminated: :file.write/2 answers so, IO.binwrite returns it)
    if (device(dev) === 1 && stdoutTerminated(ctx.node as Node, ctx.process as Process)) return tuple(atom("error"), atom("terminated"));
    let text = "";
    for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
    ctx.write(device(dev), text);
    return OK;
  }
  // a term neither chardata nor an atom or a number goes through String.Chars in the language
  // (an implementation of the user's, or Protocol.UndefinedError with Elixir's frames)
  if (!(t instanceof Cons || t === NIL || (t instanceof Bin && t.isBinary) || putsUse(t) !== null)) {
    return tailCall(atom("Elixir.IO"), [dev, t], atom(nl ? "__puts_chars__" : "__write_chars__"));
  }
  // IO.puts hands :io.put_chars [data, ?\n], IO.write the data itself: a list (but not a bare
  // binary) is converted to unicode by the io server, which refuses what is not character data
  const written = nl ? list([t, 10]) : t;
  if ((t instanceof Bin || t instanceof Cons || t === NIL) && refusesCharacterData(written)) putCharsBadarg(dev, written);
  // IO.write's bare binary goes out byte for byte, valid UTF-8 or not (vm/raw_bytes.ts), but for
  // standard_error's server, which checks it as it checks lists (IO.puts's list was checked above)
  let text: string;
  if (!nl && t instanceof Bin) {
    const c = consoleText(t.bytes);
    if (c.raw && device(dev) === 2) putCharsBadarg(dev, written);
    text = c.text;
  } else text = chardataText(t);
  if (dev instanceof Atom && !isConsoleDevice(dev)) {
    // :io.put_chars gets what Elixir hands it: the chardata, or a term's String.Chars text
    const data = t instanceof Bin || t instanceof Cons || t === NIL ? t : bin(text);
    putCharsNoDevice(dev, nl ? list([data, 10]) : data);
  }
  if (device(dev) === 1 && stdoutTerminated(ctx.node as Node, ctx.process as Process)) {
    // (the standard io device has terminated: :io.put_chars raises in the writer)
    const data = t instanceof Bin || t instanceof Cons || t === NIL ? t : bin(text);
    ioTerminated("put_chars", [STANDARD_IO, nl ? list([data, 10]) : data], true);
  }
  ctx.write(device(dev), nl ? text + "\n" : text);
  return OK;
}


const STDIO = atom("stdio");
const STANDARD_IO = atom("standard_io");

/** IO's wait for room in a slow stdout (stdout_wait.ts) */
function awaitingStdout(ctx: BifContext, dev: Term, name: string, args: Term[]): AwaitHost | null {
  return awaitingStdoutOf(ctx, dev, "Elixir.IO", name, args);
}

// IO.puts/2's and IO.inspect/3's only clause takes a device that is an atom or a pid
const isDevice = (d: Term): boolean => d instanceof Atom || d instanceof Pid;

/** IO.write/2's and IO.binwrite/2's device, which Elixir's map_dev (inlined, lib/io.ex:762) takes
 *  when it is an atom, a pid or a tuple; anything else is its case_clause {device} */
function anyDevice(d: Term, fun: string): Term {
  if (isDevice(d) || d instanceof Tuple) return d;
  return raiseInElixir(tuple(atom("case_clause"), tuple(d)), "Elixir.IO", fun, 2, "lib/io.ex", 762);
}

defineBifs("Elixir.IO", {
  "puts/1": ([t], ctx) => awaitingStdout(ctx, STDIO, "puts", [t]) ?? ioWrite(ctx, STDIO, t, true),
  "puts/2": ([d, t], ctx) => (isDevice(d) ? awaitingStdout(ctx, d, "puts", [d, t]) ?? ioWrite(ctx, d, t, true) : noClause("Elixir.IO", "puts", 2)),
  "write/1": ([t], ctx) => awaitingStdout(ctx, STDIO, "write", [t]) ?? ioWrite(ctx, STDIO, t, false),
  "write/2": ([d, t], ctx) => awaitingStdout(ctx, anyDevice(d, "write"), "write", [d, t]) ?? ioWrite(ctx, d, t, false),
  "binwrite/1": ([t], ctx) => awaitingStdout(ctx, STDIO, "binwrite", [t]) ?? ioWrite(ctx, STDIO, t, false, true),
  "binwrite/2": ([d, t], ctx) => awaitingStdout(ctx, anyDevice(d, "binwrite"), "binwrite", [d, t]) ?? ioWrite(ctx, d, t, false, true),
  "inspect/1": ([t], ctx) => awaitingStdout(ctx, STDIO, "inspect", [t]) ?? ioInspectBif(ctx, atom("stdio"), t, NIL),
  "inspect/2": ([t, o], ctx) => awaitingStdout(ctx, STDIO, "inspect", [t, o]) ?? ioInspectBif(ctx, atom("stdio"), t, o),
  "inspect/3": ([d, t, o], ctx) => (isDevice(d) ? awaitingStdout(ctx, d, "inspect", [d, t, o]) ?? ioInspectBif(ctx, d, t, o) : noClause("Elixir.IO", "inspect", 3)),
  "iodata_to_binary/1": ([t]) => {
    if (t instanceof Bin) return t;
    const b = iodataBytes(t);
    return b === undefined ? argError(1, "not an iodata term") : binFromBytes(b);
  },
  "iodata_length/1": ([t]) => {
    if (t instanceof Bin) return t.size;
    const b = iodataBytes(t);
    return b === undefined ? argError(1, "not an iodata term") : b.length;
  },
  "chardata_to_string/1": ([t]) => {
    // (its clauses take a binary, whole bytes, or a list)
    if (!((t instanceof Bin && t.isBinary) || t instanceof Cons || t === NIL)) noClause("Elixir.IO", "chardata_to_string", 1);
    // (a list goes to List.to_string/1, whose frame its failures show)
    return t instanceof Bin ? t : listToString(t);
  },
});

// ---- System, Bitwise ----------------------------------------------------------------------------

// System.normalize_time_unit: the units Elixir knows (the plural ones are deprecated), else its error
const SYSTEM_UNITS = new Set(["second", "millisecond", "microsecond", "nanosecond", "native", "perf_counter",
  "seconds", "milli_seconds", "micro_seconds", "nano_seconds"]);
function unitFactor(u: Term): bigint {
  const ok = (u instanceof Atom && SYSTEM_UNITS.has(u.name)) || (typeof u === "number" && u > 0) || (typeof u === "bigint" && u > 0n);
  if (!ok) {
    elixirRaise("ArgumentError", "unsupported time unit. Expected :second, :millisecond, :microsecond, :nanosecond, " +
      "or a positive integer, got " + inspect(u));
  }
  return unitPerSecond(u);
}

/** System.normalize_time_unit/1's result for a unit unitFactor accepted (:seconds -> :second) */
function normalizedUnit(u: Term): Term {
  if (!(u instanceof Atom)) return u;
  const plural: Record<string, string> = { seconds: "second", milli_seconds: "millisecond", micro_seconds: "microsecond", nano_seconds: "nanosecond" };
  return plural[u.name] !== undefined ? atom(plural[u.name]) : u;
}

defineBifs("Elixir.System", {
  // the system time minus the monotonic time (what :erlang.time_offset/1 answers on OTP)
  "time_offset/0": (_, ctx) => int(systemNs(ctx) - monotonicNs(ctx)),
  "time_offset/1": ([u], ctx) => convertTime(systemNs(ctx) - monotonicNs(ctx), 1000000000n, unitFactor(u)),
  "monotonic_time/0": (_, ctx) => int(monotonicNs(ctx)),
  "monotonic_time/1": ([u], ctx) => convertTime(monotonicNs(ctx), 1000000000n, unitFactor(u)),
  "system_time/0": (_, ctx) => int(systemNs(ctx)),
  "system_time/1": ([u], ctx) => convertTime(systemNs(ctx), 1000000000n, unitFactor(u)),
  "os_time/0": (_, ctx) => int(systemNs(ctx)),
  "os_time/1": ([u], ctx) => convertTime(systemNs(ctx), 1000000000n, unitFactor(u)),
  "unique_integer/0": () => uniqueInteger([]),
  "unique_integer/1": ([m]) => uniqueIntegerOf(m),
  "convert_time_unit/3": ([v, f, t]) => {
    const from = unitFactor(f), to = unitFactor(t);
    // Elixir's hands the normalized units to :erlang.convert_time_unit/3, which fails on the time
    if (!A.isIntT(v)) {
      const e = new ErlangError("error", atom("badarg"));
      e.diagnosis = { args: [[1, "not an integer"]] };
      e.callee = bifErrorFrame("erlang", "convert_time_unit", [v, normalizedUnit(f), normalizedUnit(t)], e.diagnosis);
      throw e;
    }
    return convertTime(toBig(v as A.Int), from, to);
  },
  // the endianness Elixir was compiled on: beamlet's hosts (x86, ARM) are little-endian
  "compiled_endianness/0": () => atom("little"),
  "otp_release/0": () => bin("25"),
  "version/0": () => bin("1.14.0"),
});

defineBifs("Elixir.Bitwise", {
  "band/2": registered("band/2"), "bor/2": registered("bor/2"), "bxor/2": registered("bxor/2"), "bnot/1": registered("bnot/1"),
  "bsl/2": registered("bsl/2"), "bsr/2": registered("bsr/2"), "&&&/2": registered("band/2"), "|||/2": registered("bor/2"),
  "^^^/2": registered("bxor/2"), "~~~/1": registered("bnot/1"), "<<</2": registered("bsl/2"), ">>>/2": registered("bsr/2"),
}, ["band/2", "bor/2", "bxor/2", "bnot/1", "bsl/2", "bsr/2", "&&&/2", "|||/2", "^^^/2", "~~~/1", "<<</2", ">>>/2"]);

void lookupBif; void raise;

/**
 * Integer.floor_div/2 failing where Elixir 1.14's fails: it tests `dividend * divisor < 0 and
 * rem(dividend, divisor) != 0` (lib/integer.ex:164), then divides with div/2 (line 167 when it
 * does not subtract 1): a non-number fails in *, floats of opposite signs in rem, others in div.
 */
function floorDivAsElixir(a: Term, b: Term): Term {
  const fail = (op: string, line: number): never => {
    const e = new ErlangError("error", BADARITH);
    e.callee = tuple(atom("erlang"), atom(op), list([a, b]), NIL);
    e.calleeBelow = [tuple(atom("Elixir.Integer"), atom("floor_div"), 2, list([tuple(atom("file"), list([..."lib/integer.ex"].map((c) => c.charCodeAt(0)))), tuple(atom("line"), line)]))];
    throw e;
  };
  const sign = (x: Term): number => (x instanceof Float ? Math.sign(x.value) : typeof x === "number" ? Math.sign(x) : typeof x === "bigint" ? (x < 0n ? -1 : x > 0n ? 1 : 0) : fail("*", 164));
  const ints = (typeof a === "number" || typeof a === "bigint") && (typeof b === "number" || typeof b === "bigint") && b !== 0 && b !== 0n;
  if (sign(a) * sign(b) < 0 && !ints) fail("rem", 164);
  if (!ints) fail("div", 167);
  return A.floorDiv(a as A.Int, b as A.Int);
}
