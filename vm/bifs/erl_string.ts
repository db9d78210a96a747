// Erlang's :string (OTP 25): the grapheme-aware functions of OTP 20+ (pad, trim, split, lexemes,
// replace, slice, take, to_integer ...) and the classic list functions (str, substr, tokens,
// strip, left, centre ...). Results keep the input's kind as OTP does for flat input: a binary
// gives binary parts, a charlist gives charlists; pad/replace return the same iolist shapes.
import { failLikeGc } from "./ext_pict_fault.ts";
import { codeFrame } from "../code_frame.ts";
import { bifErrorFrame } from "../error_info.ts";
import { Atom, Bin, Cons, Float, NIL, Term, Tuple, atom, bin, binFromBytes, list, listToArray, tuple, TRUE, FALSE } from "../terms.ts";
import { charsToList } from "./binary_unicode.ts";
import { defineBifs, type BifContext } from "./registry.ts";
import { bifFrom } from "./string_split_parts.ts";
import { badarg, raise, ErlangError, clauseInCode } from "../errors.ts";
import { chardataToString, codepoints } from "./util.ts";
import { validUtf8Prefix } from "../chars.ts";
import { rawText, rawBin } from "./string_raw.ts";
import { lowerOf, upperOf, titleOf } from "./string_case.ts";
import { firstCodepoint, firstGrapheme, Step, utf8First, after } from "./chardata_walk.ts";
import { exactEquals } from "../compare.ts";
import { unicode14Clusters } from "./conjuncts.ts";
import { graphemes as textGraphemes } from "./elixir_string.ts";

/** made on first use: creating one loads ICU's break rules, tens of milliseconds of a page's start */
let segmenter: Intl.Segmenter | null = null;

/** the text of chardata (binary or possibly deep list); anything else fails where OTP's string.erl
 *  takes its first codepoint, in unicode_util:cp/1's clauses */
// string.erl's frames under unicode_util's when breaking graphemes fails (ext_pict_fault.ts)
const LENGTH_1 = codeFrame("string", "length_1", 2, "string.erl", 554);
const LENGTH_B = codeFrame("string", "length_b", 3, "string.erl", 564);
const TO_GRAPHEMES_129 = codeFrame("string", "to_graphemes", 1, "string.erl", 129);
const TO_GRAPHEMES_130 = codeFrame("string", "to_graphemes", 1, "string.erl", 130);
const TO_GRAPHEMES_132 = codeFrame("string", "to_graphemes", 1, "string.erl", 132);
const LENGTH_1_557 = codeFrame("string", "length_1", 2, "string.erl", 557);
const LENGTH_B_568 = codeFrame("string", "length_b", 3, "string.erl", 568);
const REVERSE_1_614 = codeFrame("string", "reverse_1", 2, "string.erl", 614);
const REVERSE_B_621 = codeFrame("string", "reverse_b", 3, "string.erl", 621);
const REVERSE_B_625 = codeFrame("string", "reverse_b", 3, "string.erl", 625);
/** pad/4's call of length/1, by direction */
const PAD_LENGTH: Record<string, Term> = {
  leading: codeFrame("string", "pad", 4, "string.erl", 232),
  trailing: codeFrame("string", "pad", 4, "string.erl", 235),
  both: codeFrame("string", "pad", 4, "string.erl", 238),
};

/** OTP 25's grapheme walk over a binary stops at its first byte that starts no valid UTF-8
 *  sequence with error({badarg, Rest}), Rest the binary from that byte on, raised in the frames
 *  frames(atStart) gives (atStart: nothing came before the byte). After a CR OTP fails otherwise
 *  (function_clause in unicode_util:cp/1), not reproduced: left to the lenient path. */
function badUtf8InBinary(t: Term, frames: (atStart: boolean) => Term[]): void {
  if (!(t instanceof Bin) || t.tailBits !== 0) return;
  const b = t.bytes;
  const i = validUtf8Prefix(b);
  if (i === b.length || (i > 0 && b[i - 1] === 13)) return;
  badargRest(new Bin(b.slice(i)), frames(i === 0));
}

/** error({badarg, rest}) raised in `frames` (the top one first) */
function badargRest(rest: Term, frames: Term[]): never {
  const e = new ErlangError("error", tuple(atom("badarg"), rest));
  e.callee = frames[0];
  if (frames.length > 1) e.calleeBelow = frames.slice(1);
  throw e;
}

/** a grapheme of rawText's that stands for one byte that is no UTF-8 (a lone low surrogate) */
const rawBadByte = (g: string | undefined): boolean => g !== undefined && g.length === 1 && (g.charCodeAt(0) & 0xff00) === 0xdc00;

/** the frame of string.erl's search for separators in a binary with invalid UTF-8 (one
 *  separator is searched for by bin_search_inv_1/3) */
const invalidSearchFrame = (set: Set<string>): Term => (set.size === 1 ? TRIM_INV_1 : TRIM_INV_N);

function textOf(t: Term): string {
  if (t instanceof Bin) return t.toString();
  const r = chardataToString(t);
  return typeof r === "string" ? r : clauseIn("unicode_util", "cp", [t]);
}

/** [First | Rest] of a step along chardata, [] at its end; what is no chardata fails in unicode_util:cp/1 */
function stepResult(t: Term, step: Step): Term {
  textOf(t);
  if (step === null) return NIL;
  if (!("head" in step)) return tuple(atom("error"), step.invalid);
  return new Cons(step.head, step.rest);
}

function clauseIn(mod: string, fun: string, args: Term[]): never {
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = tuple(atom(mod), atom(fun), list(args), mod === "unicode_util" && fun === "cp" ? CP_CLAUSES : NIL);
  throw e;
}

// unicode_util:cp/1's clauses (OTP 25), where a term that is no chardata fails
const CP_CLAUSES = list([tuple(atom("file"), list(codepoints("unicode_util.erl"))), tuple(atom("line"), 293)]);
const GC_393 = codeFrame("unicode_util", "gc", 1, "unicode_util.erl", 393);

/** a string that is neither a list nor a binary: its first step along it (unicode_util:cp/1)
 *  finds no clause, under the frames of the string.erl code that took it (`below`) */
function notChardata(t: Term, below: Term[]): void {
  if (t instanceof Bin || t instanceof Cons || t === NIL) return;
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = tuple(atom("unicode_util"), atom("cp"), list([t]), CP_CLAUSES);
  e.calleeBelow = below;
  throw e;
}

/** a list whose code points, all ASCII but CR, reach a term that is none (an atom, a tuple, an
 *  improper tail): the grapheme walk reads it looking one code point ahead (unicode_util:gc_1/1)
 *  (gc/1 for the first) and fails in unicode_util:cp/1 on that term when nothing follows it, in cpl/2 on it and the
 *  rest of the list when it is an element of the string's own list with more after it (nested
 *  deeper, or after a code point that is not plain ASCII, OTP fails otherwise: left to the
 *  lenient path). `below(n)`: the frames under gc_1's for a failure in the n-th cluster */
function badChardataEnd(t: Term, below: (cluster: number) => Term[]): void {
  if (!(t instanceof Cons)) return;
  let count = 0;
  // (an improper tail is wrapped: even an integer there is no code point)
  const stack: (Term | { tail: Term } | { top: Cons })[] = [];
  const tops: Cons[] = [];
  for (let c: Term = t; c instanceof Cons; c = c.tail) tops.push(c);
  const lastTail = tops[tops.length - 1].tail;
  if (lastTail !== NIL) stack.push({ tail: lastTail });
  for (let i = tops.length - 1; i >= 0; i--) stack.push({ top: tops[i] });
  while (stack.length > 0) {
    const item = stack.pop()!;
    const cell = typeof item === "object" && item !== null && "top" in item ? item.top : undefined;
    let x: Term = cell !== undefined ? cell.head : typeof item === "object" && item !== null && "tail" in item ? item.tail : (item as Term);
    const isTail = typeof item === "object" && item !== null && "tail" in item;
    if (!isTail && typeof x === "number") {
      if (!Number.isInteger(x) || x < 0 || x >= 128 || x === 13) return;
      count++;
      continue;
    }
    if (x instanceof Bin) {
      if (x.tailBits !== 0 || x.bytes.some((b) => b >= 128 || b === 13)) return;
      count += x.size;
      continue;
    }
    if (x === NIL) continue;
    if (x instanceof Cons && !isTail) {
      const items: Term[] = [];
      while (x instanceof Cons) { items.push(x.head); x = x.tail; }
      if (x !== NIL) stack.push({ tail: x });
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
      continue;
    }
    // (a float passes the walk's ASCII guard as a code point would; a big integer is no case here)
    if (x instanceof Float || typeof x === "bigint" || x instanceof Cons) return;
    const e = new ErlangError("error", atom("function_clause"));
    if (stack.length === 0) e.callee = tuple(atom("unicode_util"), atom("cp"), list([x]), CP_CLAUSES);
    else if (cell !== undefined && cell.tail instanceof Cons) e.callee = tuple(atom("unicode_util"), atom("cpl"), list([x, cell.tail]), CPL_CLAUSES);
    else return;
    // (the first code point is read by gc/1 itself, the next ones by its look-ahead)
    e.calleeBelow = [count === 0 ? GC_393 : GC_1_477, ...below(count)];
    throw e;
  }
}
const CPL_CLAUSES = list([tuple(atom("file"), list(codepoints("unicode_util.erl"))), tuple(atom("line"), 301)]);
const GC_1_477 = codeFrame("unicode_util", "gc_1", 1, "unicode_util.erl", 477);

/** a pattern string.erl reads with unicode:characters_to_list/1 first (split/3, find/3,
 *  prefix/2): what is no chardata is its badarg, under the frames of the caller */
function patternNotChardata(p: Term, below: Term[]): void {
  if (typeof chardataToString(p) === "string") return;
  const diagnosis = { args: [[1, "not valid character data (an iodata term)"]] as [number, string][] };
  const e = new ErlangError("error", BADARG_ATOM);
  e.diagnosis = diagnosis;
  e.callee = bifErrorFrame("unicode", "characters_to_list", [p], diagnosis, ["unicode.erl", 895]);
  e.calleeBelow = below;
  throw e;
}
const BADARG_ATOM = atom("badarg");
const SPLIT_469 = codeFrame("string", "split", 3, "string.erl", 469);
const REPLACE_485 = codeFrame("string", "replace", 3, "string.erl", 485);
const REVERSE_1_611 = codeFrame("string", "reverse_1", 2, "string.erl", 611);
const EQUAL_1_575 = codeFrame("string", "equal_1", 2, "string.erl", 575);
const PREFIX_1_1188 = codeFrame("string", "prefix_1", 2, "string.erl", 1188);
const REPLACE_495 = codeFrame("string", "replace", 4, "string.erl", 495);
const SLICE_185 = codeFrame("string", "slice", 2, "string.erl", 185);
const SLICE_3_197 = codeFrame("string", "slice", 3, "string.erl", 197);
const SLICE_L_636 = codeFrame("string", "slice_l", 2, "string.erl", 636);
const CASEFOLD_74 = codeFrame("unicode_util", "casefold", 1, "unicode_util.erl", 74);
const SPLIT_470 = codeFrame("string", "split", 3, "string.erl", 470);
const SPLIT_1_1261 = codeFrame("string", "split_1", 6, "string.erl", 1261);
const FIND_L_1488 = codeFrame("string", "find_l", 2, "string.erl", 1488);
const FIND_R_1523 = codeFrame("string", "find_r", 3, "string.erl", 1523);
const BIN_SEARCH_STR_1 = codeFrame("string", "bin_search_str_1", 4, "string.erl", 1715);

/** a string that is no chardata searched for a pattern: string.erl's binary search takes it
 *  apart as a binary, and fails to match it */
function searchedNotChardata(t: Term, below: Term[]): void {
  if (t instanceof Bin || t instanceof Cons || t === NIL) return;
  const e = new ErlangError("error", tuple(atom("badmatch"), t));
  e.callee = BIN_SEARCH_STR_1;
  e.calleeBelow = below;
  throw e;
}
const FIND_533 = codeFrame("string", "find", 3, "string.erl", 533);
const PREFIX_444 = codeFrame("string", "prefix", 2, "string.erl", 444);

export const stringErl = (line: number): Term => list([tuple(atom("file"), list(codepoints("string.erl"))), tuple(atom("line"), line)]);

/** the function_clause of string.erl's fun(args), whose clauses start at line (OTP 25), with the
 *  frames of its callers in string.erl under it */
export const stringClause = (fun: string, args: Term[], line: number, below: Term[] = []): never =>
  clauseInCode("string", fun, args, "string.erl", line, below);

export const isInteger = (t: Term): t is number => typeof t === "number" && Number.isInteger(t);

/** the case functions refuse a term that is neither a binary nor a list with {badarg, term} */
function mapCodepoints(s: string, f: (cp: number) => string): string {
  let out = "";
  for (const c of s) out += f(c.codePointAt(0)!);
  return out;
}

function caseText(t: Term, fun: string): string {
  if (!(t instanceof Bin) && !(t instanceof Cons) && t !== NIL) badargRest(t, [codeFrame("string", fun, 1, "string.erl", CASE_LINES[fun])]);
  return textOf(t);
}

/** where string.erl's case functions raise error({badarg, term}) (OTP 25) */
const CASE_LINES: Record<string, number> = { uppercase: 338, lowercase: 355, casefold: 387 };

// (String's segmentation: Unicode 14's clusters, long text segmented in pieces)
const graphemes = (s: string): string[] => textGraphemes(s);

/** rebuild text in the input's kind */
function like(input: Term, s: string): Term {
  return input instanceof Bin ? bin(s) : list(codepoints(s));
}

/** a grapheme as OTP returns it: a codepoint, or a list of codepoints for a cluster */
function gcTerm(g: string): Term {
  const cps = codepoints(g);
  return cps.length === 1 ? cps[0] : list(cps);
}

/** a list of grapheme clusters given as a separator set ('-=' or [[?\r, ?\n]]) */
function clusterSet(t: Term): Set<string> {
  const out = new Set<string>();
  let l = t;
  while (l instanceof Cons) {
    const h = l.head;
    // (OTP compares the clusters with the elements as terms: a binary or a list holding one is
    // never a cluster, which is a code point or a list of code points)
    if (typeof h === "number") out.add(String.fromCodePoint(h));
    else if (h instanceof Cons && (listToArray(h) ?? []).every((x) => typeof x === "number")) out.add(textOf(h));
    l = l.tail;
  }
  if (l !== NIL) badarg();
  return out;
}

const WHITESPACE = new Set([" ", "\t", "\n", "\v", "\f", "\r", "\r\n", "\u0085", "\u200e", "\u200f", "\u2028", "\u2029"]);

/** a direction the function's clauses take, else their function_clause (string.erl's line) */
function dirOrClause(t: Term, allowed: string[], fun: string, args: Term[], line: number): string {
  if (t instanceof Atom && allowed.includes(t.name)) return t.name;
  return stringClause(fun, args, line);
}

export function dirOf(t: Term, allowed: string[]): string {
  if (t instanceof Atom && allowed.includes(t.name)) return t.name;
  return badarg();
}

/** unicode_util:whitespace(): the separators trim/1,2 pass on (a failure's frame shows them) */
const WHITESPACE_TERM = list([list([13, 10]), 9, 10, 11, 12, 13, 32, 133, 8206, 8207, 8232, 8233]);

function trim(t: Term, dir: string, set: Set<string>, seps: Term): Term {
  // trim(Str, _, []) -> Str
  if (seps === NIL) return t;
  if (!(t instanceof Bin) && !(t instanceof Cons) && t !== NIL) {
    const e = new ErlangError("error", atom("function_clause"));
    if (dir === "trailing") {
      // trim_t(Str, 0, search_pattern(Seps)): {Seps, their first code points, undefined}
      const firsts = (listToArray(seps) ?? []).map((x: Term) => (x instanceof Cons ? x.head : x));
      e.callee = tuple(atom("string"), atom("trim_t"), list([t, 0, tuple(seps, list(firsts), atom("undefined"))]), stringErl(885));
    } else {
      e.callee = tuple(atom("string"), atom("trim_l"), list([t, seps]), stringErl(841));
      // (both: trim/3 trims the leading side first, then the trailing)
      if (dir === "both") e.calleeBelow = [tuple(atom("string"), atom("trim"), 3, stringErl(274))];
    }
    throw e;
  }
  if (t instanceof Cons) {
    textOf(t);
    const isSep = memberOf(listToArray(seps) ?? []);
    if (dir === "leading") return trimLeading(t, isSep);
    return trimTrailing(dir === "both" ? trimLeading(t, isSep) : t, listToArray(seps) ?? []);
  }
  if (t instanceof Bin && t.tailBits === 0 && validUtf8Prefix(t.bytes) < t.size) return trimInvalid(t, dir, set);
  const gs = graphemes(textOf(t));
  let a = 0;
  let b = gs.length;
  if (dir !== "trailing") while (a < b && set.has(gs[a])) a++;
  if (dir !== "leading") while (b > a && set.has(gs[b - 1])) b--;
  return like(t, gs.slice(a, b).join(""));
}

const TRIM_INV_N = codeFrame("string", "bin_search_inv_n", 3, "string.erl", 1705);
const TRIM_INV_1 = codeFrame("string", "bin_search_inv_1", 3, "string.erl", 1671);
const TRIM_L_862 = codeFrame("string", "trim_l", 2, "string.erl", 862);
const TRIM_3_274 = codeFrame("string", "trim", 3, "string.erl", 274);
const TRIM_T_947 = codeFrame("string", "trim_t", 3, "string.erl", 947);

/** trim of a binary holding invalid UTF-8, as OTP 25: its bytes kept (rawText's lone surrogates
 *  stand for them), and a run of separators that ends at an invalid byte fails with
 *  {badarg, Rest} (Rest: the binary from that byte on) in bin_search_inv_n/3, the leading side
 *  before anything else is kept, the trailing side at any run it tries (runs ending at a valid
 *  non-separator are passed over). Not reproduced: a separator followed by a combining mark and
 *  then an invalid byte, where OTP fails with badarg in binary:match/3. */
function trimInvalid(t: Bin, dir: string, set: Set<string>): Term {
  const gs = graphemes(rawText(t.bytes));
  const inv = invalidSearchFrame(set);
  const fail = (at: number, frames: Term[]): never => badargRest(rawBin(gs.slice(at).join("")), frames);
  let a = 0;
  let b = gs.length;
  if (dir !== "trailing") {
    while (a < b && set.has(gs[a])) a++;
    if (rawBadByte(gs[a])) fail(a, dir === "both" ? [inv, TRIM_L_862, TRIM_3_274] : [inv, TRIM_L_862]);
  }
  if (dir !== "leading") {
    for (let i = a; i < b; i++) {
      if (!set.has(gs[i])) continue;
      let j = i;
      while (j < b && set.has(gs[j])) j++;
      if (j === b) { b = i; break; }
      if (rawBadByte(gs[j])) fail(j, [inv, TRIM_T_947]);
      i = j;
    }
  }
  return rawBin(gs.slice(a, b).join(""));
}

function pad(t: Term, n: Term, dir: string, c: Term): Term {
  // (pad/4's guard: an integer length)
  if (!isInteger(n)) return stringClause("pad", [t, n, atom(dir), c], 231);
  // (pad/4 counts the graphemes with length/1 first)
  notChardata(t, [GC_393, LENGTH_1, PAD_LENGTH[dir]]);
  badChardataEnd(t, () => [LENGTH_1, PAD_LENGTH[dir]]);
  const text = textOf(t);
  if (text.includes("\ufffd")) {
    // pad/4 counts the graphemes with length/1 first, so it fails there as length/1 does
    failLikeGc(t, [t instanceof Bin ? LENGTH_B : LENGTH_1, PAD_LENGTH[dir]]);
    badUtf8InBinary(t, (atStart) => [atStart ? LENGTH_1_557 : LENGTH_B_568, PAD_LENGTH[dir]]);
  }
  const len = graphemes(text).length;
  const size = Math.max(0, n - len);
  const dup = (k: number): Term => list(new Array(k).fill(c));
  if (dir === "leading") return list([dup(size), t]);
  if (dir === "trailing") return new Cons(t, dup(size));
  const pre = dup(Math.floor(size / 2));
  return list([pre, t, pre], size % 2 === 1 ? list([c]) : NIL);
}

/** whether pattern pg (its clusters) starts s at index i, cluster for cluster as OTP compares:
 *  the clusters are taken from i on (the \n of \r\n matches), so the e of e + U+0301 does not */
function clustersAt(s: string, i: number, pg: string[]): boolean {
  let j = 0;
  for (const { segment: whole } of (segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" })).segment(s.slice(i))) {
    for (const segment of unicode14Clusters(whole)) {
      if (segment !== pg[j]) return false;
      if (++j === pg.length) return true;
    }
  }
  return false;
}

/** the indexes of the first, the last or every (left to right, apart) occurrence of pat in s */
function matchesAt(s: string, pat: string, where: string): number[] {
  const pg = graphemes(pat);
  const out: number[] = [];
  if (where === "trailing") {
    for (let i = s.lastIndexOf(pat); i >= 0; i = i === 0 ? -1 : s.lastIndexOf(pat, i - 1)) if (clustersAt(s, i, pg)) return [i];
    return out;
  }
  for (let i = s.indexOf(pat); i >= 0; ) {
    if (!clustersAt(s, i, pg)) { i = s.indexOf(pat, i + 1); continue; }
    out.push(i);
    if (where !== "all") break;
    i = s.indexOf(pat, i + pat.length);
  }
  return out;
}

/** split at the first / last / every occurrence of a pattern */
function splitText(s: string, pat: string, where: string): string[] {
  if (pat === "") return [s];
  const parts: string[] = [];
  let from = 0;
  for (const i of matchesAt(s, pat, where)) {
    parts.push(s.slice(from, i));
    from = i + pat.length;
  }
  parts.push(s.slice(from));
  return parts;
}

function lexemes(s: string, seps: Set<string>): string[] {
  const out: string[] = [];
  let cur = "";
  for (const g of graphemes(s)) {
    if (seps.has(g)) { if (cur) out.push(cur); cur = ""; } else cur += g;
  }
  if (cur) out.push(cur);
  return out;
}

// take(List, Seps) (leading) of a list whose binary holds a byte that is no UTF-8, where OTP 25
// fails: separators up to the bad byte of a binary fail in bin_search_inv_1/n (take_l/3 at 966,
// or 985 for a binary left alone at the end of the list after a code point), a binary all
// separators followed by one that starts with a bad byte in cp_prefix/2's case (the bad bytes
// and what follows), else the search goes on into the next binary. Other shapes are left to the
// walk.
const TAKE_L_966 = codeFrame("string", "take_l", 3, "string.erl", 966);
const TAKE_L_968 = codeFrame("string", "take_l", 3, "string.erl", 968);
const CP_PREFIX_1556 = codeFrame("string", "cp_prefix", 2, "string.erl", 1556);

function takeListInvalid(t: Cons, seps: Term[]): void {
  const isSep = memberOf(seps);
  const items: Term[] = [];
  for (let x: Term = t; x !== NIL; x = (x as Cons).tail) {
    if (!(x instanceof Cons)) return;
    items.push(x.head);
  }
  if (!items.some((x) => hasInvalidUtf8(x))) return;
  const inv = seps.length === 1 ? TRIM_INV_1 : TRIM_INV_N;
  let prevInt = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (typeof it === "number") {
      if (!isSep(it)) return;
      prevInt = true;
      continue;
    }
    if (!(it instanceof Bin) || it.tailBits !== 0) return;
    const gs = graphemes(rawText(it.bytes));
    const bad = gs.findIndex((g) => rawBadByte(g));
    for (let k = 0; k < (bad < 0 ? gs.length : bad); k++) if (!isSep(gcTerm(gs[k]))) return;
    if (bad >= 0) badargRest(rawBin(gs.slice(bad).join("")), [inv, prevInt && i === items.length - 1 ? TAKE_L_985_LIST : TAKE_L_966]);
    const next = items[i + 1];
    if (next instanceof Bin && next.tailBits === 0 && next.size > 0 && validUtf8Prefix(next.bytes) === 0) {
      const following = items.slice(i + 2);
      const e = new ErlangError("error", tuple(atom("case_clause"), tuple(atom("error"), following.length === 0 ? next : list([next, ...following]))));
      e.callee = CP_PREFIX_1556;
      e.calleeBelow = [TAKE_L_968];
      throw e;
    }
    // (the search goes on into a binary that follows: its bad byte fails there, a binary all
    // valid after it is another case, left to the walk)
    if (next instanceof Bin && next.tailBits === 0 && hasInvalidUtf8(next)) {
      prevInt = false;
      continue;
    }
    return;
  }
}
const TAKE_L_985_LIST = codeFrame("string", "take_l", 3, "string.erl", 985);
const TAKE_L_961 = codeFrame("string", "take_l", 3, "string.erl", 961);
const BIN_SEARCH_INV_N_1677 = codeFrame("string", "bin_search_inv_n", 3, "string.erl", 1677);
const SEARCH_PATTERN_1582 = codeFrame("string", "search_pattern", 1, "string.erl", 1582);

/** take/2,3,4 given separators that are no list (a binary, most often): the complement or a
 *  trailing take reads them with search_pattern/1 first, failing in search_cp/1's clauses; a
 *  leading take asks lists:member/2 about the first cluster (nothing for an empty string) */
function takeSepsNotList(t: Term, seps: Term, complement: boolean, dir: string, ctx: BifContext): "empty" | undefined {
  if (seps instanceof Cons || seps === NIL) return;
  if (complement || dir === "trailing") {
    stringClause("search_cp", [seps], 1589, [SEARCH_PATTERN_1582, codeFrame("string", "take", 4, "string.erl", dir === "leading" ? 315 : 318)]);
  }
  const first = firstGrapheme(t);
  if (first === null) return "empty";
  if (!("head" in first)) return;
  bifFrom("lists", "member", [first.head, seps], ctx, t instanceof Bin ? [BIN_SEARCH_INV_N_1677, TAKE_L_985_LIST] : [TAKE_L_961]);
}

function takeChecked(t: Term, seps: Term, complement: boolean, dir: string, ctx: BifContext): Term {
  // (a string that is no chardata matches none of the clauses of the walk taking it: take_l/3
  // gets the separators as given, the others their search pattern)
  const notText = !(t instanceof Bin || t instanceof Cons || t === NIL);
  if (notText && !complement && dir === "leading") stringClause("take_l", [t, seps, NIL], 959);
  const r = takeSepsNotList(t, seps, complement, dir, ctx);
  if (notText && complement && dir === "leading") stringClause("take_lc", [t, searchPatternTerm(seps), NIL], 995);
  if (notText && !complement && dir === "trailing") stringClause("take_t", [t, 0, searchPatternTerm(seps)], 1038);
  return r === "empty" ? tuple(t, t) : take(t, seps, complement, dir);
}

/** string.erl's search pattern for a list of separators: {Seps, the first code point of each,
 *  undefined} */
function searchPatternTerm(seps: Term): Term {
  const firsts = (listToArray(seps) ?? []).map((sep) => {
    if (isInteger(sep)) return sep;
    const st = firstCodepoint(sep);
    return st !== null && "head" in st ? st.head : sep;
  });
  return tuple(seps, list(firsts), atom("undefined"));
}

function take(t: Term, seps: Term, complement: boolean, dir: string): Term {
  if (t instanceof Cons && seps instanceof Cons) {
    if (dir === "leading" && !complement) takeListInvalid(t, listToArray(seps) ?? badarg());
    textOf(t);
    const ss = listToArray(seps) ?? badarg();
    return dir === "leading" ? takeLeading(t, ss, complement) : takeTrailing(t, ss, complement);
  }
  const set = clusterSet(seps);
  if (t instanceof Bin && t.tailBits === 0 && validUtf8Prefix(t.bytes) < t.size) return takeInvalid(t, set, complement, dir);
  const gs = graphemes(textOf(t));
  const keep = (g: string): boolean => set.has(g) !== complement;
  if (dir === "leading") {
    let i = 0;
    while (i < gs.length && keep(gs[i])) i++;
    return tuple(like(t, gs.slice(0, i).join("")), like(t, gs.slice(i).join("")));
  }
  let j = gs.length;
  while (j > 0 && keep(gs[j - 1])) j--;
  return tuple(like(t, gs.slice(0, j).join("")), like(t, gs.slice(j).join("")));
}

const TITLECASE_UTIL = codeFrame("unicode_util", "titlecase", 1, "unicode_util.erl", 69);
const TITLECASE_366 = codeFrame("string", "titlecase", 1, "string.erl", 366);
// (uppercase/lowercase/casefold of a binary whose first byte starts no UTF-8 sequence fail at once
// with {badarg, Bin} in their own frame; a bad byte further on fails deeper: caseBadInBinary)
const CASE_AT_START: Record<string, Term> = {
  uppercase: codeFrame("string", "uppercase", 1, "string.erl", 338),
  lowercase: codeFrame("string", "lowercase", 1, "string.erl", 355),
  casefold: codeFrame("string", "casefold", 1, "string.erl", 387),
};

// string:equal(A, B, true) on binaries walks both with unicode_util:casefold/1 a code point at a
// time (A's at string.erl:583, then B's at 584), stopping early when what is left of both is the
// same term; a byte that starts no UTF-8 sequence fails there with {badarg, the bytes from it on}
const CASEFOLD_UTIL = codeFrame("unicode_util", "casefold", 1, "unicode_util.erl", 81);
const EQUAL_NOCASE_A = codeFrame("string", "equal_nocase", 2, "string.erl", 583);
const EQUAL_NOCASE_B = codeFrame("string", "equal_nocase", 2, "string.erl", 584);

function equalNocaseBinaries(a: Bin, b: Bin): boolean {
  type Side = { bytes: Uint8Array; at: number; pending: number[] };
  const sa: Side = { bytes: a.bytes, at: 0, pending: [] }, sb: Side = { bytes: b.bytes, at: 0, pending: [] };
  const same = (): boolean => {
    if (sa.pending.length !== sb.pending.length || sa.pending.some((c, i) => c !== sb.pending[i])) return false;
    const ra = sa.bytes.subarray(sa.at), rb = sb.bytes.subarray(sb.at);
    return ra.length === rb.length && ra.every((x, i) => x === rb[i]);
  };
  const next = (side: Side, frame: Term): number | null => {
    if (side.pending.length > 0) return side.pending.shift()!;
    if (side.at >= side.bytes.length) return null;
    const rest = side.bytes.subarray(side.at);
    const n = validUtf8Prefix(rest.subarray(0, Math.min(4, rest.length)));
    if (n === 0) badargRest(new Bin(rest.slice()), [CASEFOLD_UTIL, frame]);
    const cp = new TextDecoder().decode(rest.subarray(0, Math.min(n, 4))).codePointAt(0)!;
    side.at += String.fromCodePoint(cp).length === 2 ? 4 : cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
    const folded = [...casefold(String.fromCodePoint(cp))].map((c) => c.codePointAt(0)!);
    side.pending = folded.slice(1);
    return folded[0];
  };
  for (;;) {
    if (same()) return true;
    const x = next(sa, EQUAL_NOCASE_A), y = next(sb, EQUAL_NOCASE_B);
    if (x === null || y === null) return x === y;
    if (x !== y) return false;
  }
}

// string:prefix/2 reads its prefix with unicode:characters_to_list/1 first: one holding invalid
// UTF-8 gives {error, Done, Rest} (or {incomplete, ...}), which no clause of prefix_1/2 takes
const PREFIX_1 = (args: Term[]): Term => tuple(atom("string"), atom("prefix_1"), list(args), list([tuple(atom("file"), list([..."string.erl"].map((c) => c.charCodeAt(0)))), tuple(atom("line"), 1187)]));
const PREFIX_446 = codeFrame("string", "prefix", 2, "string.erl", 446);

function prefixNotText(t: Term, p: Term): void {
  if (!(p instanceof Bin || p instanceof Cons)) return;
  let r: Term;
  try { r = charsToList(p); } catch { return; }
  if (!(r instanceof Tuple)) return;
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = PREFIX_1([t, r]);
  e.calleeBelow = [PREFIX_446];
  throw e;
}

// string:slice/3 on a binary with invalid UTF-8: the clusters skipped stop short of the bad byte
// (the slice starting at it fails in slice_trail/2, string.erl:666), and taking len clusters reads
// one code point past them: reaching the bad byte fails in slice_bin/3 (691) over slice_trail/2
// (661), both with {badarg, the bytes from it on}. (After a CR, or when the skip runs past the bad
// byte, OTP fails otherwise: left to the lenient path.)
const SLICE_TRAIL_666 = codeFrame("string", "slice_trail", 2, "string.erl", 666);
const SLICE_BIN_691 = codeFrame("string", "slice_bin", 3, "string.erl", 691);
const SLICE_TRAIL_661 = codeFrame("string", "slice_trail", 2, "string.erl", 661);

function sliceInvalid(t: Term, start: number, len: number): void {
  if (!(t instanceof Bin) || t.tailBits !== 0) return;
  const b = t.bytes;
  const vp = validUtf8Prefix(b);
  if (vp === b.length || (vp > 0 && b[vp - 1] === 13)) return;
  const clusters = graphemes(new TextDecoder().decode(b.subarray(0, vp))).length;
  const rest = new Bin(b.slice(vp));
  if (start === clusters) badargRest(rest, [SLICE_TRAIL_666]);
  if (start < clusters && start + len >= clusters) badargRest(rest, [SLICE_BIN_691, SLICE_TRAIL_661]);
}

const hasInvalidUtf8 = (t: Term): t is Bin => t instanceof Bin && t.tailBits === 0 && validUtf8Prefix(t.bytes) < t.size;

function caseBadStart(name: string, t: Term): void {
  if (t instanceof Bin && t.tailBits === 0 && t.size > 0 && validUtf8Prefix(t.bytes) === 0) badargRest(t, [CASE_AT_START[name]]);
  if (t instanceof Bin && t.tailBits === 0 && t.size > 0) caseBadInBinary(name, t);
  else if (t instanceof Cons) caseBadInList(name, t);
}

// A bad byte after the start of a binary: OTP 25's <name>_bin/3 walks code point by code point,
// its recursion non-tail (the BEAM keeps one frame for a run of the same call site): an ASCII
// code point the mapping changes followed by one under 256 recurses at `fastChanged`, another
// ASCII one at `fastSame`, any other at `slowSame` or `slowChanged` after mapping it; the code
// point before the bad byte fails with {badarg, the bytes from it on} at `failSame` (unchanged)
// or `failChanged`. [fastChanged, fastSame, slowSame, failSame, slowChanged, failChanged, entry]
const CASE_BIN_LINES: Record<string, number[]> = {
  uppercase: [713, 716, 722, 728, 733, 737, 331],
  lowercase: [758, 761, 767, 773, 778, 782, 348],
  casefold: [803, 806, 812, 818, 823, 827, 380],
};
const caseMapOf = (name: string): ((cp: number) => string) =>
  name === "uppercase" ? upperOf : name === "lowercase" ? lowerOf : (c: number) => casefold(String.fromCodePoint(c));
const fastChanges = (name: string, cp: number): boolean => (name === "uppercase" ? cp >= 97 && cp <= 122 : cp >= 65 && cp <= 90);

function caseBadInBinary(name: string, t: Bin): void {
  const valid = validUtf8Prefix(t.bytes);
  if (valid >= t.size) return;
  const cps = codepoints(new TextDecoder().decode(t.bytes.subarray(0, valid)));
  const [fc, fs, ss, es, sc, ec, entry] = CASE_BIN_LINES[name];
  const map = caseMapOf(name);
  const fn = `${name}_bin`;
  const lines: number[] = [];
  const push = (line: number) => { if (lines[lines.length - 1] !== line) lines.push(line); };
  for (let i = 0; i < cps.length - 1; i++) {
    const cp = cps[i];
    const next = cps[i + 1];
    if (next < 256 && fastChanges(name, cp)) push(fc);
    else if (next < 256 && cp < 128) push(fs);
    else push(map(cp) === String.fromCodePoint(cp) ? ss : sc);
  }
  const last = cps[cps.length - 1];
  const failLine = map(last) === String.fromCodePoint(last) ? es : ec;
  const frames = [failLine, ...lines.reverse()].map((l) => codeFrame("string", fn, 3, "string.erl", l));
  frames.push(codeFrame("string", name, 1, "string.erl", entry));
  badargRest(binFromBytes(t.bytes.slice(valid)), frames);
}

// A bad binary inside a list: <name>_list/2 asks unicode_util for the next code point, which
// fails with {badarg, what is left from the bad byte on} (the binary alone when nothing follows).
// Each code point before recurses non-tail: at `same` when the list's head was that very integer
// and the mapping kept it, else (a code point out of a binary or a nested list) at `other`.
// [util, call, same, other, entry]
const CASE_LIST_LINES: Record<string, number[]> = {
  uppercase: [45, 705, 706, 707, 327],
  lowercase: [57, 750, 751, 752, 344],
  casefold: [81, 795, 796, 797, 376],
};

function caseBadInList(name: string, t: Term): void {
  // the chardata flattened: [item, top-level integer?]
  const items: [Term, boolean][] = [];
  const flatten = (x: Term, top: boolean): boolean => {
    while (x instanceof Cons) {
      if (x.head instanceof Cons) { if (!flatten(x.head, false)) return false; }
      else if (x.head !== NIL) items.push([x.head, top]);
      x = x.tail;
    }
    if (x instanceof Bin) items.push([x, false]);
    else if (x !== NIL) return false;
    return true;
  };
  if (!flatten(t, true)) return;
  const [util, call, same, other, entry] = CASE_LIST_LINES[name];
  const map = caseMapOf(name);
  const lines: number[] = [];
  const push = (line: number) => { if (lines[lines.length - 1] !== line) lines.push(line); };
  for (let i = 0; i < items.length; i++) {
    const [it, top] = items[i];
    if (typeof it === "number") { push(top && map(it) === String.fromCodePoint(it) ? same : other); continue; }
    if (!(it instanceof Bin) || it.tailBits !== 0) return;
    const valid = validUtf8Prefix(it.bytes);
    for (let k = codepoints(new TextDecoder().decode(it.bytes.subarray(0, valid))).length; k > 0; k--) push(other);
    if (valid >= it.size) continue;
    const rest = binFromBytes(it.bytes.slice(valid));
    const following = items.slice(i + 1).map(([x]) => x);
    const payload = following.length === 0 ? rest : list([rest, ...following]);
    const frames = [codeFrame("unicode_util", name, 1, "unicode_util.erl", util), codeFrame("string", `${name}_list`, 2, "string.erl", call)];
    for (const l of lines.reverse()) frames.push(codeFrame("string", `${name}_list`, 2, "string.erl", l));
    frames.push(codeFrame("string", name, 1, "string.erl", entry));
    badargRest(payload, frames);
  }
}
const TAKE_L_985 = codeFrame("string", "take_l", 3, "string.erl", 985);
const TAKE_T_1105 = codeFrame("string", "take_t", 3, "string.erl", 1105);
const TAKE_TC_1172 = codeFrame("string", "take_tc", 3, "string.erl", 1172);

/** take of a binary holding invalid UTF-8, as OTP 25 (the same walk as trimInvalid's): its bytes
 *  kept; leading, the run of separators taken fails with {badarg, Rest} in
 *  bin_search_inv_1/n when it ends at an invalid byte (the complement only searches for the first
 *  separator and never fails); trailing, both ways, every run of separators tried fails so. */
function takeInvalid(t: Bin, set: Set<string>, complement: boolean, dir: string): Term {
  const gs = graphemes(rawText(t.bytes));
  const n = gs.length;
  const inv = invalidSearchFrame(set);
  const fail = (at: number, top: Term): never => badargRest(rawBin(gs.slice(at).join("")), [inv, top]);
  const cut = (i: number): Term => tuple(rawBin(gs.slice(0, i).join("")), rawBin(gs.slice(i).join("")));
  if (dir === "leading") {
    let i = 0;
    if (complement) {
      while (i < n && !set.has(gs[i])) i++;
      return cut(i);
    }
    while (i < n && set.has(gs[i])) i++;
    if (rawBadByte(gs[i])) fail(i, TAKE_L_985);
    return cut(i);
  }
  let lastStart = -1, lastEnd = -1;
  // (the complement starts with such a run, empty if the text starts with no separator)
  if (complement && rawBadByte(gs[0])) fail(0, TAKE_TC_1172);
  for (let i = 0; i < n; i++) {
    if (!set.has(gs[i])) continue;
    let j = i;
    while (j < n && set.has(gs[j])) j++;
    if (j < n && rawBadByte(gs[j])) fail(j, complement ? TAKE_TC_1172 : TAKE_T_1105);
    lastStart = i;
    lastEnd = j;
    i = j;
  }
  if (complement) return cut(lastEnd < 0 ? 0 : lastEnd);
  return cut(lastEnd === n ? lastStart : n);
}

const bool = (b: boolean): Term => (b ? TRUE : FALSE);
/** Unicode's full case folding (what OTP's casefold uses), a code point at a time: the lowercase
 *  of the uppercase of the lowercase (ẞ -> ss, ς -> σ, no final-sigma context), except Cherokee,
 *  which folds to its capitals, and dotless ı, which has no folding */
function casefold(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x13a0 && c <= 0x13f5) out += ch;
    else if (c >= 0x13f8 && c <= 0x13fd) out += String.fromCodePoint(c - 8);
    else if (c >= 0xab70 && c <= 0xabbf) out += String.fromCodePoint(c - 0xab70 + 0x13a0);
    else if (c === 0x131) out += ch;
    else for (const l of ch.toLowerCase()) out += l.toUpperCase().toLowerCase();
  }
  return out;
}

function normalize(s: string, form: Term): string {
  if (!(form instanceof Atom)) return badarg();
  switch (form.name) {
    case "none": return s;
    case "nfc": case "nfd": case "nfkc": case "nfkd": return s.normalize(form.name.toUpperCase() as "NFC");
    default: return badarg();
  }
}

function isNonNegInt(t: Term): boolean {
  return typeof t === "number" ? Number.isInteger(t) && t >= 0 : typeof t === "bigint" && t >= 0n;
}

export function posInt(t: Term): number {
  return typeof t === "number" && Number.isInteger(t) && t >= 0 ? t : badarg();
}

// the old list_to_integer/list_to_float of :string: the number at the front of a flat charlist
// and the rest, {:error, :no_integer | :no_float} without one, {:error, :not_a_list} for a non-list
function leadingNumber(t: Term, float: boolean): Term {
  if (t !== NIL && !(t instanceof Cons)) return tuple(atom("error"), atom("not_a_list"));
  // the characters up to the first element that is none; what follows the number is returned as it is
  const codes: number[] = [];
  for (let l: Term = t; l instanceof Cons && typeof l.head === "number" && l.head >= 0 && l.head < 0x110000; l = l.tail) codes.push(l.head);
  const text = String.fromCharCode(...codes.map((c) => (c < 0x10000 ? c : 0xfffd)));
  // (ERTS reads a comma as the decimal point too: "1,5" is 1.5)
  const m = float ? /^[+-]?\d+[.,]\d+(?:[eE][+-]?\d+)?/.exec(text) : /^[+-]?\d+/.exec(text);
  if (!m) return tuple(atom("error"), atom(float ? "no_float" : "no_integer"));
  let rest: Term = t;
  for (let i = 0; i < m[0].length; i++) rest = (rest as Cons).tail;
  if (!float) {
    const n = BigInt(m[0]);
    return tuple(n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n, rest);
  }
  const x = Number(m[0].replace(",", "."));
  return Number.isFinite(x) ? tuple(new Float(x), rest) : tuple(atom("error"), atom("no_float"));
}

// ---- lists walked from the left, with the shapes OTP 25 leaves (vm/bifs/chardata_walk.ts) -------
// A list is walked a cluster at a time, except where two code points below 256 (the first no CR)
// lead it, which are plain characters, and where a binary leads it, which is searched through
// whole: what is left of it comes back as a binary at the front of the rest.

const isCpTerm = (t: Term): t is number => typeof t === "number";

/** a list led by two code points below 256, the first not CR: its first is a cluster on its own */
const plainPair = (t: Term): t is Cons =>
  t instanceof Cons && isCpTerm(t.head) && t.head < 256 && t.head !== 13 && t.tail instanceof Cons && isCpTerm(t.tail.head) && t.tail.head < 256;

/** a list led by two numbers below 256 (floats and negatives too), the first not CR: OTP's
 *  take/trim fast path compares them as terms, so its first is taken as a cluster of its own */
const numberPair = (t: Term): t is Cons =>
  t instanceof Cons && belowCp256(t.head) && t.head !== 13 && t.tail instanceof Cons && belowCp256(t.tail.head);
const belowCp256 = (t: Term): boolean =>
  ((typeof t === "number" || typeof t === "bigint") && t < 256) || (t instanceof Float && t.value < 256);

const isIntTerm = (t: Term): boolean => typeof t === "number" || typeof t === "bigint";
const isCodepoint = (t: Term): boolean => typeof t === "number" && t >= 0 && t <= 0x10ffff;

/** the first cluster as unicode_util:gc/1 finds it past the fast path, where the list holds numbers
 *  that are no code points: a number last in the list, a float before an integer, an integer no
 *  code point (or before one that is none) are clusters of their own; a float after an integer,
 *  or anything else, is no chardata. Lists of code points go to firstGrapheme. */
const CRLF = list([13, 10]);

/** chardata whose first code point is no UTF-8 (a binary, or a list led by one) */
function startsInvalid(t: Term): boolean {
  if (t instanceof Cons) t = t.head;
  return t instanceof Bin && utf8First(t) === undefined;
}

function looseGrapheme(t: Term): Step {
  if (!(t instanceof Cons) || !(isIntTerm(t.head) || t.head instanceof Float)) return firstGrapheme(t);
  const x = t.head;
  const r = t.tail;
  if (r === NIL) return { head: x, rest: NIL };
  // (a binary that starts with no UTF-8 only fails where a cluster is taken from it)
  if (r instanceof Bin) return !isCodepoint(x) ? { invalid: t } : startsInvalid(r) ? { head: x, rest: r } : firstGrapheme(t);
  if (!(r instanceof Cons)) return { invalid: t };
  const y = r.head;
  if (x instanceof Float) return isIntTerm(y) ? { head: x, rest: r } : { invalid: t };
  if (!(isIntTerm(y) || y instanceof Bin || y instanceof Cons || y === NIL)) return { invalid: t };
  if (!isCodepoint(x) || (isIntTerm(y) && !isCodepoint(y))) return { head: x, rest: r };
  const g = firstGrapheme(t);
  // a cluster of more than one code point was told ended by what follows it, which must be chardata
  if (g !== null && "head" in g && !isCodepoint(g.head) && !exactEquals(g.head, CRLF) && g.rest instanceof Cons) {
    const z = g.rest.head;
    if (!(isIntTerm(z) || z instanceof Bin || z instanceof Cons || z === NIL)) return { invalid: t };
  }
  return g;
}

/** a step that must find chardata (what is no chardata has failed in textOf before) */
function step(s: Step): { head: Term; rest: Term } | null {
  if (s !== null && !("head" in s)) return badarg();
  return s;
}

/** the member test of a separator list: its elements compared with the cluster as terms */
const memberOf = (seps: Term[]) => (g: Term): boolean => seps.some((x) => exactEquals(x, g));

/** through a binary leading a list (bin, with cont after it), past the clusters that are
 *  separators: the rest from the first that is not ({keep}), or all of them gone ({gone}, the
 *  rest after them, where a cluster reaching past the binary ended) */
function skipInBinary(b: Bin, cont: Term, isSep: (g: Term) => boolean): { keep: Term } | { gone: Term } {
  for (;;) {
    const f = utf8First(b);
    // (a cluster read from bytes that are no UTF-8 fails as OTP's binary search does)
    if (f === undefined) raise(tuple(atom("badarg"), b));
    if (!f) return { gone: cont };
    const next = after(b, f.len);
    const g = utf8First(next);
    if (g && f.cp < 256 && g.cp < 256 && f.cp !== 13) {
      if (!isSep(f.cp)) return { keep: new Cons(b, cont) };
      b = next;
      continue;
    }
    if (cont === NIL) {
      const c = step(firstGrapheme(b))!;
      if (!isSep(c.head)) return { keep: new Cons(b, NIL) };
      b = c.rest as Bin;
      continue;
    }
    const c = step(firstGrapheme(new Cons(b, cont)))!;
    if (!isSep(c.head)) return { keep: new Cons(b, cont) };
    if (c.rest instanceof Cons && c.rest.head instanceof Bin && exactEquals(c.rest.tail, cont)) {
      b = c.rest.head;
      continue;
    }
    return { gone: c.rest };
  }
}

/** trim(Str, leading, Seps) of a list or a binary */
function trimLeading(t: Term, isSep: (g: Term) => boolean): Term {
  for (;;) {
    if (t instanceof Bin) {
      const r = skipInBinary(t, NIL, isSep);
      return "gone" in r ? bin("") : (r.keep as Cons).head;
    }
    if (plainPair(t)) {
      if (!isSep(t.head)) return t;
      t = t.tail;
      continue;
    }
    if (t instanceof Cons && t.head instanceof Bin) {
      const r = skipInBinary(t.head, t.tail, isSep);
      if ("keep" in r) return r.keep;
      t = r.gone;
      continue;
    }
    const c = step(firstGrapheme(t));
    if (c === null) return NIL;
    if (!isSep(c.head)) return t;
    t = c.rest;
  }
}

/** is_empty/1: nothing but [] and <<>> at any depth */
function isEmpty(t: Term): boolean {
  for (;;) {
    if (t === NIL) return true;
    if (t instanceof Bin) return t.size === 0;
    if (!(t instanceof Cons)) return false;
    if (!isEmpty(t.head)) return false;
    t = t.tail;
  }
}

/** a cluster put in front of what follows: a code point as a list cell, a longer cluster as its
 *  code points; a binary that follows stays an element of its own (none when empty) */
function prepend(g: Term, tail: Term): Term {
  if (tail instanceof Bin) {
    if (tail.size === 0) return isCpTerm(g) ? list([g]) : g;
    return list([g, tail]);
  }
  if (isCpTerm(g)) return new Cons(g, tail);
  return list(listToArray(g) ?? [], tail);
}

/** a piece in front of what follows, leaving out empty ones ([] and <<>>) */
function stacked(piece: Term, tail: Term): Term {
  if (tail === NIL) return piece;
  if ((piece instanceof Bin && piece.size === 0) || piece === NIL) return tail;
  return new Cons(piece, tail);
}

/** the code points of the separators' first code points (what a search looks for first) */
function firstCodepoints(seps: Term[]): Set<number> {
  const out = new Set<number>();
  for (const x of seps) {
    if (isCpTerm(x)) out.add(x);
    else {
      const c = step(firstCodepoint(x));
      if (c && isCpTerm(c.head)) out.add(c.head);
    }
  }
  return out;
}

/** where in b (from byte `from`) a separator cluster starts, looking past the binary's end into
 *  cont for a cluster that reaches beyond it: {at: the binary from there, cont} or nomatch */
function findSeparator(b: Bin, from: number, cont: Term, firsts: Set<number>, isSep: (g: Term) => boolean): { at: Bin; cont: Term } | { none: Term } {
  let pos = from;
  for (;;) {
    // the next code point that starts a separator
    let found = -1;
    for (let i = pos; i < b.size; ) {
      const f = utf8First(after(b, i));
      if (!f) break;
      if (firsts.has(f.cp)) { found = i; break; }
      i += f.len;
    }
    if (found < 0) return { none: cont };
    const at = after(b, found);
    if (cont === NIL) {
      const c = step(firstGrapheme(at))!;
      if (isSep(c.head)) return { at, cont: NIL };
      pos = b.size - (c.rest as Bin).size;
      continue;
    }
    const c = step(firstGrapheme(new Cons(at, cont)))!;
    if (isSep(c.head)) return { at, cont };
    if (c.rest instanceof Cons && c.rest.head instanceof Bin && exactEquals(c.rest.tail, cont)) {
      pos = b.size - c.rest.head.size;
      continue;
    }
    return { none: c.rest };
  }
}

/** the code points taken off orig before what is left of it is cont (a cluster that began in a
 *  binary and ended in the list after it took them); orig itself when cont is empty */
function usedBefore(orig: Term, cont: Term): Term {
  const c = step(firstCodepoint(cont));
  if (c === null) return orig;
  // (nothing taken: the common case, without comparing the rest)
  if (cont === orig) return NIL;
  const restText = textOf(c.rest);
  const out: number[] = [];
  for (let t = orig; ; ) {
    const o = step(firstCodepoint(t));
    // (OTP 25 fails so when cont does not end orig, as after a cluster over three pieces)
    if (o === null) return raise(tuple(atom("case_clause"), NIL));
    if (o.head === c.head && textOf(o.rest) === restText) break;
    out.push(o.head as number);
    t = o.rest;
  }
  return list(out);
}

/** trim(Str, trailing, Seps) of a binary from byte n on: the part before the separators that end it */
function trimBinaryEnd(b: Bin, n: number, firsts: Set<number>, isSep: (g: Term) => boolean): Term {
  for (;;) {
    const found = findSeparator(b, n, NIL, firsts, isSep);
    if ("none" in found) return b;
    const r = skipInBinary(found.at, NIL, isSep);
    if ("gone" in r) return b.slice(0, b.size - found.at.size);
    n = b.size - ((r.keep as Cons).head as Bin).size;
  }
}

/** trim(Str, trailing, Seps) of a list: what OTP keeps is rebuilt from the walk's pieces, last first
 *  (a separator run is dropped only when nothing but separators follows it) */
function trimTrailing(t: Term, seps: Term[]): Term {
  const isSep = memberOf(seps);
  const firsts = firstCodepoints(seps);
  type Piece =
    | { cp: number } // a code point that starts no separator
    | { keep: Term } // a cluster that is no separator
    | { sep: Term } // a separator cluster
    | { bin: Bin } // a binary with no separator in it
    | { bin: Bin; before: Bin; used: Term }; // a binary ending in separators (before them: `before`)
  const pieces: Piece[] = [];
  let end: Term;
  let offset = 0;
  for (;;) {
    if (t === NIL) { end = NIL; break; }
    if (t instanceof Bin) { end = trimBinaryEnd(t, 0, firsts, isSep); break; }
    if (!(t instanceof Cons)) { end = NIL; break; }
    const h = t.head;
    if (h instanceof Bin) {
      const found = findSeparator(h, offset, t.tail, firsts, isSep);
      if ("none" in found) {
        pieces.push({ bin: h });
        t = t.tail;
        offset = 0;
        continue;
      }
      const r = skipInBinary(found.at, found.cont, isSep);
      if ("keep" in r) {
        // the separators end inside the binary: search on after them
        offset = h.size - ((r.keep as Cons).head as Bin).size;
        continue;
      }
      pieces.push({ bin: h, before: h.slice(0, h.size - found.at.size), used: usedBefore(t.tail, r.gone) });
      t = r.gone;
      offset = 0;
      continue;
    }
    if (isCpTerm(h) && !firsts.has(h)) {
      pieces.push({ cp: h });
      t = t.tail;
      continue;
    }
    const c = step(firstGrapheme(t));
    if (c === null) { end = NIL; break; }
    pieces.push(isSep(c.head) ? { sep: c.head } : { keep: c.head });
    t = c.rest;
  }
  let out = end;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i];
    if ("cp" in p) out = new Cons(p.cp, out);
    else if ("keep" in p) out = prepend(p.keep, out);
    else if ("sep" in p) out = isEmpty(out) ? NIL : prepend(p.sep, out);
    else if ("before" in p) out = isEmpty(out) ? p.before : stacked(p.bin, stacked(p.used, out));
    else out = stacked(p.bin, out);
  }
  return out;
}

/** a mapped code point as a term: one code point, or the list of several (ß -> SS) */
function mappedTerm(s: string): Term {
  const cps = codepoints(s);
  return cps.length === 1 ? cps[0] : list(cps);
}

/** a case mapping of a list, a code point at a time: the mapped code points in one flat list, or
 *  the list itself when every code point it led with mapped to itself (nested lists and binaries
 *  count as changes: they are not kept) */
function mapList(t: Term, f: (cp: number) => string): Term {
  textOf(t);
  const input = t;
  const mapped: Term[] = [];
  let changed = false;
  for (;;) {
    const c = step(firstCodepoint(t));
    if (c === null) break;
    const m = mappedTerm(f(c.head as number));
    if (!(t instanceof Cons && t.head === m)) changed = true;
    mapped.push(m);
    t = c.rest;
  }
  if (!changed) return input;
  let out: Term = NIL;
  for (let i = mapped.length - 1; i >= 0; i--) out = prepend(mapped[i], out);
  return out;
}

/** a binary followed by code points, as one binary (characters_to_binary([Bin | Used])) */
function joinedBinary(b: Bin, used: Term): Bin {
  const text = textOf(used);
  return text === "" ? b : bin(b.toString() + text);
}

/** what was taken from the left, as OTP gives it back: one binary alone as itself, pieces in a list;
 *  a binary part where the taking stopped inside a binary follows the pieces (one code point
 *  before it joins it) */
function taken(acc: Term[], last?: Bin): Term {
  if (last === undefined) return acc.length === 1 && acc[0] instanceof Bin ? acc[0] : list(acc);
  if (acc.length === 0) return last;
  if (acc.length === 1 && isCpTerm(acc[0])) return bin(String.fromCodePoint(acc[0]) + last.toString());
  if (last.size === 0) return list(acc);
  return list([list(acc), last]);
}

/** through a binary from byte `from`, the first cluster of the kind searched for (a separator, or
 *  one that is not): where it starts and what follows the binary, or what is left past them all */
type BinSearch = (b: Bin, from: number, cont: Term) => { at: Bin; cont: Term } | { none: Term };

function searches(seps: Term[]): { sep: BinSearch; nonSep: BinSearch } {
  const isSep = memberOf(seps);
  const firsts = firstCodepoints(seps);
  return {
    sep: (b, from, cont) => findSeparator(b, from, cont, firsts, isSep),
    nonSep: (b, from, cont) => {
      const r = skipInBinary(after(b, from), cont, isSep);
      return "gone" in r ? { none: r.gone } : { at: (r.keep as Cons).head as Bin, cont };
    },
  };
}

/** take(Str, Seps, Complement, leading) of a list: {the clusters taken, the rest} */
function takeLeading(t: Term, seps: Term[], complement: boolean): Term {
  const isSep = memberOf(seps);
  const firsts = firstCodepoints(seps);
  const search = searches(seps)[complement ? "sep" : "nonSep"];
  const taking = (g: Term): boolean => isSep(g) !== complement;
  const acc: Term[] = [];
  const pushCluster = (g: Term): void => void (isCpTerm(g) ? acc.push(g) : acc.push(...(listToArray(g) ?? [])));
  for (;;) {
    if (t instanceof Bin) {
      const r = search(t, 0, NIL);
      if ("none" in r) return tuple(taken(acc, t), bin(""));
      return tuple(taken(acc, t.slice(0, t.size - r.at.size)), r.at);
    }
    if (t instanceof Cons && t.head instanceof Bin) {
      const b = t.head;
      const r = search(b, 0, t.tail);
      if ("none" in r) {
        acc.push(joinedBinary(b, usedBefore(t.tail, r.none)));
        t = r.none;
        continue;
      }
      return tuple(taken(acc, b.slice(0, b.size - r.at.size)), new Cons(r.at, t.tail));
    }
    if (!complement && numberPair(t)) {
      if (!isSep(t.head)) return tuple(taken(acc), t);
      acc.push(t.head);
      t = t.tail;
      continue;
    }
    if (complement && t instanceof Cons && isCpTerm(t.head) && !firsts.has(t.head)) {
      acc.push(t.head);
      t = t.tail;
      continue;
    }
    const c = step(looseGrapheme(t));
    if (c === null) return tuple(taken(acc), NIL);
    if (!taking(c.head)) return tuple(taken(acc), t);
    pushCluster(c.head);
    t = c.rest;
  }
}

/** take(Str, Seps, Complement, trailing) of a list: {what comes before, the clusters taken at the
 *  end}, rebuilt from the walk's pieces, last first, as trimTrailing does */
function takeTrailing(t: Term, seps: Term[], complement: boolean): Term {
  const isSep = memberOf(seps);
  const firsts = firstCodepoints(seps);
  const s = searches(seps);
  // a run of the clusters taken starts at the first of them and ends at the first that is not
  const runStart = complement ? s.nonSep : s.sep;
  const runEnd = complement ? s.sep : s.nonSep;
  const inRun = (g: Term): boolean => isSep(g) !== complement;
  type Piece =
    | { cp: number }
    | { keep: Term }
    | { run: Term }
    | { bin: Bin; used: Term }
    | { bin: Bin; used: Term; before: Bin; end: Bin };
  const pieces: Piece[] = [];
  let head: Term = NIL;
  let tail: Term = NIL;
  let offset = 0;
  for (;;) {
    if (t instanceof Bin) {
      for (;;) {
        const r = runStart(t, offset, NIL);
        if ("none" in r) { head = t; tail = bin(""); break; }
        const e = runEnd(r.at, 0, NIL);
        if ("none" in e) { head = t.slice(0, t.size - r.at.size); tail = r.at; break; }
        offset = t.size - e.at.size;
      }
      break;
    }
    if (!(t instanceof Cons)) break;
    const h = t.head;
    if (h instanceof Bin) {
      const r = runStart(h, offset, t.tail);
      if ("none" in r) {
        pieces.push({ bin: h, used: usedBefore(t.tail, r.none) });
        t = r.none;
        offset = 0;
        continue;
      }
      const e = runEnd(r.at, 0, r.cont);
      if ("at" in e) {
        // the run ends inside the binary: look for the next one after it
        offset = h.size - e.at.size;
        continue;
      }
      pieces.push({ bin: h, used: usedBefore(t.tail, e.none), before: h.slice(0, h.size - r.at.size), end: r.at });
      t = e.none;
      offset = 0;
      continue;
    }
    if (!complement && isCpTerm(h) && !firsts.has(h)) {
      pieces.push({ cp: h });
      t = t.tail;
      continue;
    }
    if (complement && plainPair(t)) {
      pieces.push(isSep(h) ? { keep: h } : { run: h });
      t = t.tail;
      continue;
    }
    const c = step(firstGrapheme(t));
    if (c === null) break;
    pieces.push(inRun(c.head) ? { run: c.head } : { keep: c.head });
    t = c.rest;
  }
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i];
    if ("cp" in p) head = new Cons(p.cp, head);
    else if ("keep" in p) head = prepend(p.keep, head);
    else if ("run" in p) {
      if (isEmpty(head)) tail = prepend(p.run, tail);
      else head = prepend(p.run, head);
    } else if ("before" in p && isEmpty(head)) {
      head = p.before;
      tail = stacked(stacked(p.end, p.used), tail);
    } else head = stacked(joinedBinary(p.bin, p.used), head);
  }
  return tuple(head, tail);
}

/** the byte offset of needle in b from byte `from`, or -1 */
function bytesIndex(b: Bin, needle: Uint8Array, from: number): number {
  const hay = b.bytes;
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const utf8Of = (s: string): Uint8Array => new TextEncoder().encode(s);

/** a search for the pattern's code points in a binary leading a list (cont after it; NIL when
 *  the binary ends the list), from byte `from`: the part before, the string from the match on,
 *  and what follows the match; or, with none, where the search gave up and what is left */
type StrMatch = { before: Bin; at: Term; after: Term } | { none: true; size: number; cont: Term };

function searchInBinary(b: Bin, from: number, cont: Term, needle: number[]): StrMatch {
  const alone = cont === NIL;
  // alone, the whole pattern's bytes are looked for; followed by more, its first code point
  const bytes = utf8Of(alone ? String.fromCodePoint(...needle) : String.fromCodePoint(needle[0]));
  for (let pos = from; ; ) {
    const where = bytesIndex(b, bytes, pos);
    if (where < 0) return { none: true, size: b.size, cont };
    const at = after(b, where);
    if (alone) {
      const r = afterPrefix(at, needle);
      if (r instanceof Atom) {
        pos = where + utf8First(at)!.len;
        continue;
      }
      return { before: b.slice(0, where), at: list([at]), after: r };
    }
    const g = step(firstGrapheme(at))!;
    const r = afterPrefix(stacked(at, cont), needle);
    if (r instanceof Atom) {
      pos = b.size - (g.rest as Bin).size;
      continue;
    }
    return { before: b.slice(0, where), at: new Cons(at, cont), after: r === NIL ? bin("") : r };
  }
}

/** find(Str, Pattern, leading | trailing) of a list: the string from the first (last) match on */
function findInList(t: Term, needle: number[], last: boolean): Term {
  let found: Term = atom("nomatch");
  for (;;) {
    if (t instanceof Cons && t.head instanceof Bin) {
      const m = searchInBinary(t.head, 0, t.tail, needle);
      if ("none" in m) { t = m.cont; continue; }
      if (!last) return m.at;
      found = m.at;
      t = step(firstGrapheme(m.at))!.rest;
      continue;
    }
    if (t instanceof Bin) {
      const m = searchInBinary(t, 0, NIL, needle);
      if ("none" in m) return found;
      const at = (m.at as Cons).head as Bin;
      if (!last) return at;
      found = at;
      t = after(at, utf8First(at)!.len);
      continue;
    }
    const c = step(firstCodepoint(t));
    if (c === null) return found;
    if (c.head === needle[0] && !(afterPrefix(t, needle) instanceof Atom)) {
      if (!last) return t;
      found = t;
    }
    t = c.rest;
  }
}

/** split(Str, Pattern, Where) of a list: [before, after] around the first (last) match, or every
 *  part with all; [Str] itself without a match. The part before a match is what the walk passed:
 *  code points one by one, binaries (or what of them came before the match) whole */
function splitList(t0: Term, needle: number[], where: string): Term {
  const input = t0;
  let t = t0;
  let start = 0;
  // the current part, its pieces in order; a part of one binary is that binary
  let curr: Term[] = [];
  const part = (pieces: Term[]): Term => (pieces.length === 1 && pieces[0] instanceof Bin ? pieces[0] : list(pieces));
  const parts: Term[] = [];
  let lastSplit: Term[] | null = null;
  for (;;) {
    if (t instanceof Cons && t.head instanceof Bin) {
      const b = t.head;
      const m = searchInBinary(b, start, t.tail, needle);
      if ("none" in m) {
        curr.push(b.slice(0, m.size));
        t = m.cont;
        start = 0;
        continue;
      }
      const before = m.before.size === 0 ? curr : [...curr, m.before];
      if (where === "leading") return list([part(before), m.after]);
      if (where === "trailing") {
        lastSplit = [part(before), m.after];
        start = b.size - after(((m.at as Cons).head as Bin), utf8First((m.at as Cons).head as Bin)!.len).size;
        continue;
      }
      parts.push(part(before));
      curr = [];
      t = m.after;
      start = 0;
      continue;
    }
    if (t instanceof Bin) {
      const m = searchInBinary(t, start, NIL, needle);
      if ("none" in m) {
        curr.push(after(t, start));
        break;
      }
      if (where === "leading") return list([part([...curr, m.before]), m.after]);
      const at = (m.at as Cons).head as Bin;
      if (where === "trailing") {
        // (a part that is one code point and a binary is one binary)
        lastSplit = [taken(curr, m.before), m.after];
        start = t.size - after(at, utf8First(at)!.len).size;
        continue;
      }
      parts.push(part([...curr, m.before.slice(start, m.before.size)]));
      curr = [];
      start = t.size - (m.after as Bin).size;
      continue;
    }
    const c = step(firstCodepoint(t));
    if (c === null) break;
    if (c.head === needle[0]) {
      const rest = afterPrefix(t, needle);
      if (!(rest instanceof Atom)) {
        if (where === "leading") return list([part(curr), rest]);
        if (where === "trailing") {
          lastSplit = [part(curr), rest];
          curr = [...curr, c.head];
          t = c.rest;
          continue;
        }
        parts.push(part(curr));
        curr = [];
        t = rest;
        continue;
      }
    }
    curr.push(c.head);
    t = c.rest;
  }
  if (where === "leading") return list([input]);
  if (where === "trailing") return list(lastSplit ?? [input]);
  if (parts.length === 0) return list([input]);
  parts.push(part(curr));
  return list(parts);
}

/** a lexeme's pieces as OTP returns them: one binary alone as itself */
const lexemeOf = (pieces: Term[]): Term => (pieces.length === 1 && pieces[0] instanceof Bin ? pieces[0] : list(pieces));

/** the lexeme that starts at t (no separator there) and the rest from its end: for a list, after
 *  the separator that ends it; for a binary that holds the separator, from the separator on */
function pickLexeme(t: Term, seps: Term[], isSep: (g: Term) => boolean, firsts: Set<number>): { lexeme: Term; rest: Term } {
  const pieces: Term[] = [];
  for (;;) {
    if (t instanceof Cons && isCpTerm(t.head)) {
      if (!firsts.has(t.head)) {
        pieces.push(t.head);
        t = t.tail;
        continue;
      }
    } else if (t instanceof Cons && t.head instanceof Bin) {
      const b = t.head;
      const m = findSeparator(b, 0, t.tail, firsts, isSep);
      if ("none" in m) {
        pieces.push(b);
        t = t.tail;
        continue;
      }
      return { lexeme: taken(pieces, b.slice(0, b.size - m.at.size)), rest: new Cons(m.at, m.cont) };
    } else if (t instanceof Bin) {
      const m = findSeparator(t, 0, NIL, firsts, isSep);
      if ("none" in m) return { lexeme: taken(pieces, t), rest: NIL };
      return { lexeme: taken(pieces, t.slice(0, t.size - m.at.size)), rest: m.at };
    } else {
      const c = step(firstCodepoint(t));
      if (c === null) return { lexeme: lexemeOf(pieces), rest: NIL };
      if (!firsts.has(c.head as number)) {
        pieces.push(c.head);
        t = c.rest;
        continue;
      }
    }
    // a code point that may start a separator: is its cluster one?
    const g = step(firstGrapheme(t))!;
    if (isSep(g.head)) return { lexeme: lexemeOf(pieces), rest: g.rest };
    if (isCpTerm(g.head)) pieces.push(g.head);
    else pieces.push(...(listToArray(g.head) ?? []));
    t = g.rest;
  }
}

/** the rest after the next separator (lexemes skipped by nth_lexeme/3) */
function skipLexeme(t: Term, isSep: (g: Term) => boolean, firsts: Set<number>): Term {
  for (;;) {
    if (t instanceof Cons && t.head instanceof Bin) {
      const m = findSeparator(t.head, 0, t.tail, firsts, isSep);
      if ("none" in m) { t = t.tail; continue; }
      return step(firstGrapheme(new Cons(m.at, m.cont)))!.rest;
    }
    if (t instanceof Bin) {
      const m = findSeparator(t, 0, NIL, firsts, isSep);
      if ("none" in m) return bin("");
      return step(firstGrapheme(m.at))!.rest;
    }
    const c = step(firstCodepoint(t));
    if (c === null) return NIL;
    if (!firsts.has(c.head as number)) { t = c.rest; continue; }
    const g = step(firstGrapheme(t))!;
    if (isSep(g.head)) return g.rest;
    t = g.rest;
  }
}

/** lexemes/2 of a list */
function lexemesOfList(t: Term, seps: Term[]): Term {
  const isSep = memberOf(seps);
  const firsts = firstCodepoints(seps);
  const out: Term[] = [];
  for (;;) {
    // past the separators, to where a lexeme starts
    if (t instanceof Cons && t.head instanceof Bin) {
      const r = skipInBinary(t.head, t.tail, isSep);
      if ("gone" in r) { t = r.gone; continue; }
      t = r.keep;
    } else if (t instanceof Bin) {
      const r = skipInBinary(t, NIL, isSep);
      if ("gone" in r) return list(out);
      const l = pickLexeme((r.keep as Cons).head, seps, isSep, firsts);
      if (!(l.lexeme instanceof Bin && l.lexeme.size === 0)) out.push(l.lexeme);
      t = l.rest;
      continue;
    } else if (t instanceof Cons && isCpTerm(t.head) && !firsts.has(t.head)) {
      // a lexeme starts here
    } else {
      const g = step(firstGrapheme(t));
      if (g === null) return list(out);
      if (isSep(g.head)) { t = g.rest; continue; }
    }
    const l = pickLexeme(t, seps, isSep, firsts);
    out.push(l.lexeme);
    t = l.rest;
  }
}

/** nth_lexeme/3 of a list */
function nthLexemeOfList(t: Term, n: number, seps: Term[]): Term {
  const isSep = memberOf(seps);
  const firsts = firstCodepoints(seps);
  for (;;) {
    if (t instanceof Cons && t.head instanceof Bin) {
      const r = skipInBinary(t.head, t.tail, isSep);
      if ("gone" in r) { t = r.gone; continue; }
      if (n > 1) { t = skipLexeme(r.keep, isSep, firsts); n--; continue; }
      return pickLexeme(r.keep, seps, isSep, firsts).lexeme;
    }
    if (t instanceof Bin) {
      const r = skipInBinary(t, NIL, isSep);
      if ("gone" in r) return bin("");
      const from = (r.keep as Cons).head;
      if (n > 1) { t = skipLexeme(from, isSep, firsts); n--; continue; }
      return pickLexeme(from, seps, isSep, firsts).lexeme;
    }
    const g = step(firstGrapheme(t));
    if (g === null) return NIL;
    if (isSep(g.head)) { t = g.rest; continue; }
    if (n > 1) { t = skipLexeme(g.rest, isSep, firsts); n--; continue; }
    return pickLexeme(t, seps, isSep, firsts).lexeme;
  }
}

/** to_integer/1, to_float/1: the number read from the characters a number may hold
 *  taken off its front ({the number, what of them was not read ++ the rest}); {error, badarg}
 *  for what is no chardata */
function numberOfList(t: Term, float: boolean): Term {
  const chars = codepoints(float ? "+-0123456789eE.," : "+-0123456789");
  // only what the taking walks past must be chardata: [?1, ?., ?5, :a] reads 1; its failure is {error, badarg}
  let taking: Term;
  try {
    taking = takeLeading(t, chars, false);
  } catch (e) {
    if (e instanceof ErlangError) return tuple(atom("error"), atom("badarg"));
    throw e;
  }
  const [head, tail] = (taking as Tuple).items;
  // the taking stops at a cluster it reads: one from bytes that are no UTF-8 is no chardata
  if (startsInvalid(tail)) return tuple(atom("error"), atom("badarg"));
  if (isEmpty(head)) return tuple(atom("error"), atom(float ? "no_float" : "no_integer"));
  const read = leadingNumber(list(codepoints(textOf(head))), float);
  if (!(read instanceof Tuple) || (read.items[0] instanceof Atom && read.items[0].name === "error")) return read;
  const [n, rest] = read.items;
  // a binary's rest is the binary after the number (its characters are ASCII, a byte each)
  if (t instanceof Bin) return tuple(n, after(t, codepoints(textOf(head)).length - (listToArray(rest) ?? []).length));
  return tuple(n, rest === NIL ? tail : list(listToArray(rest) ?? [], tail));
}

/** the rest after n clusters (slice/2, the start of slice/3); a binary is walked a cluster at a
 *  time from its first code point put in front of the rest (after CR not followed by LF that
 *  rest comes back as a list) */
function dropClusters(t: Term, n: number): Term {
  if (t instanceof Bin && n > 0) {
    const f = utf8First(t);
    if (!f) return NIL;
    t = new Cons(f.cp, after(t, f.len));
    for (;;) {
      const c = step(firstGrapheme(t))!;
      if (--n === 0) return c.rest;
      const next = step(firstCodepoint(c.rest));
      if (next === null) return bin("");
      t = new Cons(next.head, next.rest);
    }
  }
  for (; n > 0; n--) {
    const c = step(firstGrapheme(t));
    if (c === null) return NIL;
    t = c.rest;
  }
  return t;
}

/** the code points of the first n clusters, as one flat list */
function takeClusters(t: Term, n: number): Term {
  const out: number[] = [];
  for (; n > 0; n--) {
    const c = step(firstGrapheme(t));
    if (c === null) break;
    if (isCpTerm(c.head)) out.push(c.head);
    else out.push(...(listToArray(c.head) as number[]));
    t = c.rest;
  }
  return list(out);
}

/** what follows the prefix (its code points in order, the last one a whole cluster), or nomatch */
function afterPrefix(t: Term, pre: number[]): Term {
  for (let i = 0; i < pre.length; i++) {
    const last = i === pre.length - 1;
    const c = step(last ? firstGrapheme(t) : firstCodepoint(t));
    if (c === null || c.head !== pre[i]) return atom("nomatch");
    t = c.rest;
  }
  return t;
}

defineBifs("string", {
  "list_to_integer/1": ([t]) => leadingNumber(t, false),
  "list_to_float/1": ([t]) => leadingNumber(t, true),
  // ---- the OTP 20+ API ----
  "pad/2": ([t, n]) => pad(t, n, "trailing", 32),
  "pad/3": ([t, n, d]) => pad(t, n, dirOrClause(d, ["leading", "trailing", "both"], "pad", [t, n, d, 32], 231), 32),
  "pad/4": ([t, n, d, c]) => pad(t, n, dirOrClause(d, ["leading", "trailing", "both"], "pad", [t, n, d, c], 231), c),
  "trim/1": ([t]) => trim(t, "both", WHITESPACE, WHITESPACE_TERM),
  "trim/2": ([t, d]) => trim(t, dirOrClause(d, ["leading", "trailing", "both"], "trim", [t, d, WHITESPACE_TERM], 263), WHITESPACE, WHITESPACE_TERM),
  "trim/3": ([t, d, s]) => {
    const dir = dirOrClause(d, ["leading", "trailing", "both"], "trim", [t, d, s], 263);
    // (trim/3's guard: the separators are a list)
    if (!(s instanceof Cons || s === NIL)) return stringClause("trim", [t, d, s], 263);
    return trim(t, dir, s === NIL ? new Set() : clusterSet(s), s);
  },
  // trim(Str, trailing, [[$\r, $\n], $\n]): every line ending at the end goes
  "chomp/1": ([t]) => trim(t, "trailing", new Set(["\r\n", "\n"]), list([list([13, 10]), 10])),
  "to_graphemes/1": ([t]) => {
    notChardata(t, [GC_393, TO_GRAPHEMES_129]);
    // (to_graphemes/1 is body-recursive: its frames at the recursive call for the clusters before,
    // recorded once, as the BEAM records a return address the same as the one before it)
    badChardataEnd(t, (n) => (n > 1 ? [TO_GRAPHEMES_129, TO_GRAPHEMES_130] : [TO_GRAPHEMES_129]));
    const text = textOf(t);
    if (text.includes("\ufffd")) {
      failLikeGc(t, [TO_GRAPHEMES_129], [TO_GRAPHEMES_130]);
      badUtf8InBinary(t, (atStart) => (atStart ? [TO_GRAPHEMES_132] : [TO_GRAPHEMES_132, TO_GRAPHEMES_130]));
    }
    return list(graphemes(text).map(gcTerm));
  },
  "length/1": ([t]) => {
    notChardata(t, [GC_393, LENGTH_1]);
    badChardataEnd(t, () => [LENGTH_1]);
    const text = textOf(t);
    if (text.includes("\ufffd")) {
      failLikeGc(t, [t instanceof Bin ? LENGTH_B : LENGTH_1]);
      badUtf8InBinary(t, (atStart) => [atStart ? LENGTH_1_557 : LENGTH_B_568]);
    }
    return graphemes(text).length;
  },
  // (string.erl answers false for what is no chardata)
  "is_empty/1": ([t]) => bool(t === NIL || (t instanceof Bin && t.size === 0) || (typeof chardataToString(t) === "string" && chardataToString(t) === "")),
  "reverse/1": ([t]) => {
    notChardata(t, [GC_393, REVERSE_1_611]);
    const text = textOf(t);
    if (text.includes("\ufffd")) {
      failLikeGc(t, [REVERSE_B_621]);
      badUtf8InBinary(t, (atStart) => [atStart ? REVERSE_1_614 : REVERSE_B_625]);
    }
    return list(graphemes(text).reverse().map(gcTerm));
  },
  // code point by code point (unicode_util's tables: no final sigma), as Unicode 14 maps them
  "uppercase/1": ([t]) => {
    caseBadStart("uppercase", t);
    return t instanceof Cons ? mapList(t, upperOf) : like(t, mapCodepoints(caseText(t, "uppercase"), upperOf));
  },
  "lowercase/1": ([t]) => {
    caseBadStart("lowercase", t);
    return t instanceof Cons ? mapList(t, lowerOf) : like(t, mapCodepoints(caseText(t, "lowercase"), lowerOf));
  },
  "casefold/1": ([t]) => {
    caseBadStart("casefold", t);
    return t instanceof Cons ? mapList(t, (c) => casefold(String.fromCodePoint(c))) : like(t, casefold(caseText(t, "casefold")));
  },
  "titlecase/1": ([t]) => {
    // the first code point's titlecase (ǆ ǅ, ß Ss), the rest as it is
    if (t instanceof Cons) {
      textOf(t);
      const c = step(firstCodepoint(t));
      return c === null ? NIL : prepend(mappedTerm(titleOf(c.head as number)), c.rest);
    }
    if (t instanceof Bin && t.tailBits === 0 && validUtf8Prefix(t.bytes) < t.size) {
      // invalid UTF-8: a bad first byte fails in unicode_util:titlecase/1 with {badarg, Bin},
      // else the bytes after the first code point are kept as they are
      const raw = rawText(t.bytes);
      const c = raw.codePointAt(0)!;
      if ((c & 0xff00) === 0xdc00) {
        const e = new ErlangError("error", tuple(atom("badarg"), t));
        e.callee = TITLECASE_UTIL;
        e.calleeBelow = [TITLECASE_366];
        throw e;
      }
      return rawBin(titleOf(c) + raw.slice(c > 0xffff ? 2 : 1));
    }
    // (its clauses take a binary or a list)
    if (!(t instanceof Bin) && t !== NIL) stringClause("titlecase", [t], 360);
    const s = textOf(t);
    if (s === "") return t;
    const first = s.codePointAt(0)!;
    return like(t, titleOf(first) + s.slice(first > 0xffff ? 2 : 1));
  },
  "equal/2": ([a, b]) => {
    notChardata(a, [EQUAL_1_575]);
    notChardata(b, [EQUAL_1_575]);
    return bool(textOf(a) === textOf(b));
  },
  "equal/3": ([a, b, ic]) => {
    if (ic === TRUE) {
      notChardata(a, [CASEFOLD_74, EQUAL_NOCASE_A]);
      notChardata(b, [CASEFOLD_74, EQUAL_NOCASE_B]);
    }
    if (ic === TRUE && a instanceof Bin && b instanceof Bin && (hasInvalidUtf8(a) || hasInvalidUtf8(b))) return bool(equalNocaseBinaries(a, b));
    return bool(ic === TRUE ? casefold(textOf(a)) === casefold(textOf(b)) : textOf(a) === textOf(b));
  },
  "equal/4": ([a, b, ic, norm]) => {
    const f = (t: Term): string => { const s = normalize(textOf(t), norm); return ic === TRUE ? casefold(s) : s; };
    return bool(f(a) === f(b));
  },
  "split/2": ([t, p]) => split(t, p, "leading", []),
  "split/3": ([t, p, w]) => split(t, p, dirOf(w, ["leading", "trailing", "all"]), []),
  "lexemes/2": ([t, seps]) => {
    if (!(seps instanceof Cons || seps === NIL)) return stringClause("lexemes", [t, seps], 502);
    if (!(t instanceof Bin || t instanceof Cons || t === NIL)) return stringClause("lexemes_m", [t, searchPatternTerm(seps), NIL], 1282);
    if (t instanceof Cons && seps instanceof Cons) {
      textOf(t);
      return lexemesOfList(t, listToArray(seps) ?? badarg());
    }
    return list(lexemes(textOf(t), clusterSet(seps)).map((x) => like(t, x)));
  },
  "nth_lexeme/3": ([t, n, seps]) => {
    if (!(t instanceof Bin || t instanceof Cons || t === NIL) && isInteger(n) && n > 0 && (seps instanceof Cons || seps === NIL)) {
      return stringClause("nth_lexeme_m", [t, searchPatternTerm(seps), n], 1377);
    }
    if (t instanceof Cons && seps instanceof Cons && isInteger(n) && n > 0) {
      textOf(t);
      return nthLexemeOfList(t, n, listToArray(seps) ?? badarg());
    }
    const ls = lexemes(textOf(t), clusterSet(seps));
    const i = posInt(n);
    return like(t, i >= 1 && i <= ls.length ? ls[i - 1] : "");
  },
  "replace/3": ([t, p, r]) => replace(t, p, r, "leading", [REPLACE_485]),
  "replace/4": ([t, p, r, w]) => replace(t, p, r, dirOf(w, ["leading", "trailing", "all"]), [REPLACE_495]),
  "find/2": ([t, p]) => {
    patternNotChardata(p, [FIND_533]);
    if (textOf(p) !== "") searchedNotChardata(t, [FIND_L_1488]);
    return find(t, p, "leading");
  },
  "find/3": ([t, p, w]) => {
    const where = dirOrClause(w, ["leading", "trailing"], "find", [t, p, w], 530);
    patternNotChardata(p, [FIND_533]);
    if (textOf(p) !== "") searchedNotChardata(t, [where === "leading" ? FIND_L_1488 : FIND_R_1523]);
    return find(t, p, where);
  },
  "prefix/2": ([t, p]) => {
    patternNotChardata(p, [PREFIX_444]);
    prefixNotText(t, p);
    const pre = codepoints(textOf(p));
    if (pre.length === 0) return t;
    notChardata(t, [GC_393, PREFIX_1_1188, PREFIX_446]);
    // (the walk reads no further than the prefix: what follows may be anything, an improper tail
    // too; what it cannot read fails as unicode_util:cp/1 does when the string is no chardata)
    let r: Term;
    try {
      r = afterPrefix(t, pre);
    } catch (e) {
      textOf(t);
      throw e;
    }
    return r === NIL && t instanceof Bin ? bin("") : r;
  },
  "slice/2": ([t, start]) => {
    // (a start that is no non-negative integer matches none of string.erl's clauses)
    if (!isNonNegInt(start)) stringClause("slice", [t, start], 184);
    // (from 0 the string is returned as it is, whatever it is)
    if (start === 0 && !(t instanceof Bin || t instanceof Cons)) return t;
    notChardata(t, [GC_393, SLICE_L_636, SLICE_185]);
    textOf(t);
    const rest = dropClusters(t, posInt(start));
    return rest === NIL && t instanceof Bin ? bin("") : rest;
  },
  "slice/3": ([t, start, len]) => {
    // (a length of 0 takes nothing, whatever the rest; else a non-negative start and a positive
    // length or infinity, or none of string.erl's clauses matches)
    if (len === 0) return t instanceof Bin ? bin("") : NIL;
    const lenOk = (len instanceof Atom && len.name === "infinity") || (isNonNegInt(len) && len !== 0);
    if (!isNonNegInt(start) || !lenOk) stringClause("slice", [t, start, len], 195);
    // (a string that is no chardata: from 0, all of it is the term itself and a length fails in
    // slice_trail/2's clauses; further on, skipping to the start fails in unicode_util:cp/1)
    if (!(t instanceof Bin || t instanceof Cons || t === NIL)) {
      if (start === 0 && len instanceof Atom) return t;
      if (start === 0) stringClause("slice_trail", [t, len], 658);
      notChardata(t, [GC_393, SLICE_L_636, SLICE_3_197]);
    }
    textOf(t);
    const rest = dropClusters(t, posInt(start));
    if (rest === NIL && t instanceof Bin) return bin("");
    if (len instanceof Atom && len.name === "infinity") return rest;
    const n = posInt(len);
    sliceInvalid(t, posInt(start), n);
    // what is left may be a binary: its first clusters are a binary too
    if (rest instanceof Bin) return bin(graphemes(rest.toString()).slice(0, n).join(""));
    return takeClusters(rest, n);
  },
  "take/2": ([t, s], ctx) => takeChecked(t, s, false, "leading", ctx),
  "take/3": ([t, s, c], ctx) => takeChecked(t, s, c === TRUE, "leading", ctx),
  "take/4": ([t, s, c, d], ctx) => takeChecked(t, s, c === TRUE, dirOrClause(d, ["leading", "trailing"], "take", [t, s, c, d], 304), ctx),
  "next_grapheme/1": ([t]) => {
    notChardata(t, [GC_393]);
    if (textOf(t).includes("\ufffd")) failLikeGc(t, []);
    return stepResult(t, firstGrapheme(t));
  },
  // (unicode_util:cp/1 looks no further than the first code point: [?a | ?b] is its own answer)
  "next_codepoint/1": ([t]) => {
    notChardata(t, []);
    const s = firstCodepoint(t);
    return s !== null && "head" in s ? new Cons(s.head, s.rest) : stepResult(t, s);
  },
  "to_integer/1": ([t]) => numberOfList(t, false),
  "to_float/1": ([t]) => numberOfList(t, true),

});

/** (split/3 reads its pattern with unicode:characters_to_list/1 first; `callers`: the frames of
 *  string.erl's functions calling split/3, under its own in a failure's trace) */
function split(t: Term, p: Term, where: string, callers: Term[] = []): Term {
  patternNotChardata(p, [SPLIT_469, ...callers]);
  const pat = textOf(p);
  if (pat !== "") searchedNotChardata(t, [SPLIT_1_1261, SPLIT_470, ...callers]);
  // (an empty pattern splits nothing: the string is the one part, whatever it is)
  else if (!(t instanceof Bin || t instanceof Cons || t === NIL)) return list([t]);
  if (t instanceof Cons && pat !== "") {
    textOf(t);
    return splitList(t, codepoints(pat), where);
  }
  // a binary's invalid bytes stay as they are in the parts (rawText's lone surrogates)
  if (t instanceof Bin) return list(splitText(rawText(t.bytes), pat, where).map(rawBin));
  return list(splitText(textOf(t), pat, where).map((x) => like(t, x)));
}

/** the parts of split/3 with the replacement between them (lists:join/2) */
function replace(t: Term, p: Term, r: Term, where: string, callers: Term[]): Term {
  const parts = listToArray(split(t, p, where, callers)) ?? [];
  const out: Term[] = [];
  parts.forEach((x, i) => {
    if (i > 0) out.push(r);
    out.push(x);
  });
  return list(out);
}

function find(t: Term, p: Term, where: string): Term {
  const s = textOf(t), pat = textOf(p);
  if (pat === "" && (p === NIL || p instanceof Bin)) return t;
  if (t instanceof Cons && pat !== "") return findInList(t, codepoints(pat), where === "trailing");
  if (pat === "") return t;
  // (a binary's invalid bytes kept: rawText's lone surrogates)
  const hay = t instanceof Bin ? rawText(t.bytes) : s;
  const [i] = matchesAt(hay, pat, where);
  return i === undefined ? atom("nomatch") : t instanceof Bin ? rawBin(hay.slice(i)) : like(t, s.slice(i));
}
