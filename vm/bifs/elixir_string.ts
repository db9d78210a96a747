// String (first-order functions), on UTF-8 binaries. Graphemes are extended grapheme clusters
// (Intl.Segmenter). Errors mirror Elixir 1.14: FunctionClauseError for non-binaries, ArgumentError
// with OTP's error_info text where Elixir delegates to an :erlang BIF.
import { failLikeGc } from "./ext_pict_fault.ts";
import { codeFrame, fileLine } from "../code_frame.ts";
import { truncatedSeq, validUtf8Prefix } from "../chars.ts";
import { uncompiledPattern } from "./binary_compiled_patterns.ts";
import { chargedByBytes, repeatBytes } from "./work.ts";
import { Atom, Bin, Fun, ExtFun, Term, Tuple, atom, bin as textBin, bool, utf8Decode, existingAtom, list, NIL_ATOM, tuple, TRUE, Float, ERROR, isMap, binFromBytes, listToArray, FALSE, isInt } from "../terms.ts";
import { defineBifs, lookupBif, type BifContext } from "./registry.ts";
import { splitSmall, replaceSmall } from "./string_bytes.ts";
import { bigCase, bigLength, bigReplace, bigReverse, bigSplit } from "./string_chunked.ts";
import { bigCharlist, bigCodepoints, bigGraphemes, bigSplitSpaces } from "./string_chunked_lists.ts";
import { bigAt, bigLast, bigPrintable, bigSlice2, bigSlice3, bigValid } from "./string_chunked_index.ts";
import { graphemeEnds } from "./grapheme_ends.ts";
import { bigEquivalent, bigNormalize } from "./string_chunked_normalize.ts";
import { checkSplitParts, binaryFrom, bifFrom, splitAt, stringFrame } from "./string_split_parts.ts";
import { argError, arr, noClause, utf8, codepoints, isRegex, joinBytes } from "./util.ts";
import { TailCall } from "../calls.ts";
import { elixirRaise, badargAt, ErlangError, raiseInElixir } from "../errors.ts";
import { libraryOwnClauses } from "../library_clauses.ts";
import { NIL, Cons } from "../terms.ts";
import { padWithList } from "./string_pad_list.ts";
import { charactersToBinary } from "./binary_unicode.ts";
import { exactEquals } from "../compare.ts";
import { cpLength, rawText, rawBin } from "./string_raw.ts";
import { asciiCase, caseMap, titlecaseOnce, concatBytes as concatCase, type CaseMode } from "./string_case.ts";
import { inspect } from "../inspect.ts";
import { raise, exception } from "../errors.ts";

const REGEX = atom("Elixir.Regex");
import { parseIntStrict, parseFloatStrict } from "./erlang.ts";
import { isPrintableBinary } from "../inspect.ts";
import { unicode14Clusters } from "./conjuncts.ts";

const M = "Elixir.String";
/** Elixir 1.14's String.length/2, under OTP's grapheme breaking when it fails (ext_pict_fault.ts) */
const STRING_LENGTH_2 = codeFrame("Elixir.String", "length", 2, "lib/string.ex", 2019);
const STRING_REVERSE_1 = codeFrame("Elixir.String", "reverse", 1, "lib/string.ex", 1658);
const DO_REVERSE_2 = codeFrame("Elixir.String", "do_reverse", 2, "lib/string.ex", 1662);
const DO_GRAPHEMES_1905 = codeFrame("Elixir.String", "do_graphemes", 1, "lib/string.ex", 1905);
const DO_GRAPHEMES_1906 = codeFrame("Elixir.String", "do_graphemes", 1, "lib/string.ex", 1906);
/** made on first use: creating one loads ICU's break rules, tens of milliseconds of a page's start */
let segmenter: Intl.Segmenter | null = null;

/** V8's segmenter takes time growing with the square of the text it is given (300,000 graphemes
 *  in one string: minutes), so text is segmented in pieces of about this many UTF-16 units */
const PIECE = 1024;

export function graphemes(s: string): string[] {
  // fast path: ASCII without CR LF pairs is one grapheme per char
  if (/^[\x20-\x7e]*$/.test(s)) return s.split("");
  // an invalid byte (a lone surrogate of rawText) is a grapheme of its own whatever follows it (a
  // combining mark starts the next one), as Elixir's: the runs between them are segmented apart
  if (RAW_BYTE.test(s)) {
    const out: string[] = [];
    for (const run of s.split(RAW_BYTE)) {
      if (run.length === 1 && RAW_BYTE.test(run)) out.push(run);
      else if (run !== "") for (const g of segmented(run)) out.push(g);
    }
    return out;
  }
  return segmented(s);
}

function segmented(s: string): string[] {
  const simple = simpleGraphemes(s);
  if (simple) return simple;
  const seg = (segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" }));
  const out: string[] = [];
  // (the host's segments cut again where Unicode 14, Elixir 1.14's, ends a cluster: vm/bifs/conjuncts.ts)
  const add = (g: string): void => {
    const parts = unicode14Clusters(g);
    if (parts.length === 1) out.push(g);
    else for (const p of parts) out.push(p);
  };
  if (s.length <= PIECE) {
    for (const x of seg.segment(s)) add(x.segment);
    return out;
  }
  for (let start = 0; start < s.length; ) {
    const end = pieceEnd(seg, s, start);
    for (const x of seg.segment(s.slice(start, end))) add(x.segment);
    start = end;
  }
  return out;
}

/**
 * The graphemes of text below U+0300 (ASCII, Latin-1, Latin Extended, IPA, spacing modifiers),
 * without the host's segmenter (a few microseconds a grapheme): no character there extends or
 * joins another (the combining marks start at U+0300), so each is a grapheme but CR LF; null for
 * any other text.
 */
function simpleGraphemes(s: string): string[] | null {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x300) return null;
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 13 && s.charCodeAt(i + 1) === 10) {
      out.push("\r\n");
      i++;
    } else out.push(s[i]);
  }
  return out;
}

/** where the piece from `start` (a grapheme boundary) ends: a grapheme boundary */
function pieceEnd(seg: Intl.Segmenter, s: string, start: number): number {
  for (let size = PIECE; ; size *= 2) {
    const end = start + size;
    if (end >= s.length) return s.length;
    // between two ASCII characters (other than CR LF) there is always a boundary
    for (let i = end; i > end - size / 2; i--) {
      const a = s.charCodeAt(i - 1), b = s.charCodeAt(i);
      if (a < 0x80 && b < 0x80 && !(a === 13 && b === 10)) return i;
    }
    // else the start of the piece's last grapheme, which may run on past the piece: a boundary
    // depends only on the text since the previous one and the character after it
    // (the piece ends between code points: a lone surrogate would be a grapheme of its own)
    const cut = (s.charCodeAt(end - 1) & 0xfc00) === 0xd800 ? end - 1 : end;
    let last = 0;
    for (const x of seg.segment(s.slice(start, cut))) last = x.index;
    if (last > 0) return start + last;
  }
}

/**
 * The bytes of a binary in which every byte is a grapheme: ASCII without a carriage return (CR LF
 * is one grapheme). The grapheme functions then index bytes and never decode or segment the text.
 */
function asciiGraphemes(t: Term): Uint8Array | null {
  if (!(t instanceof Bin) || t.tailBits !== 0) return null;
  const b = t.bytes;
  for (let i = 0; i < b.length; i++) if (b[i] >= 0x80 || b[i] === 0x0d) return null;
  return b;
}

/** where the first grapheme of non-empty bytes ends: only a window around it is segmented */
function firstGraphemeEnd(b: Uint8Array): number {
  return graphemeEnds(b, 0, 64).ends[0];
}

/** one-byte binaries, shared: String.graphemes of ASCII text makes no new ones */
export const ASCII_BINS: Bin[] = Array.from({ length: 128 }, (_, i) => bin(String.fromCharCode(i)));

/** bytes from..to of t as a term: the shared binary of one ASCII byte, else a sub-binary (as the
 *  BEAM's graphemes and slices are) */
export function sharedPart(t: Bin, from: number, to: number): Bin {
  return to === from + 1 && t.byteAt(from) < 0x80 ? ASCII_BINS[t.byteAt(from)] : t.slice(from, to);
}

/** String.slice(text, start, len) on one-byte graphemes */
function asciiSlice(b: Uint8Array, start: number, len: number): Bin {
  if (start < 0) start = Math.max(b.length + start, 0);
  if (start > b.length || len <= 0) return bin("");
  return binFromBytes(b.slice(start, Math.min(b.length, start + len)));
}

// String's functions take binaries (`when is_binary`): a bitstring that is not whole bytes fails too
function s(t: Term, fun: string, arity: number): string {
  if (!(t instanceof Bin) || t.tailBits !== 0) noClause(M, fun, arity);
  const text = (t as Bin).toString();
  return text.includes("\ufffd") ? rawText((t as Bin).bytes) : text;
}

/** results keep the invalid bytes of their input (see string_raw.ts) */
function bin(text: string): Bin {
  return rawBin(text);
}

/** a lone surrogate of rawText: an invalid byte, which splits the text for String.reverse */
const RAW_BYTE = /((?<![\ud800-\udbff])[\udc80-\udcff])/;

function bytesOf(t: Term, fun: string, arity: number): Uint8Array {
  if (!(t instanceof Bin) || t.tailBits !== 0) noClause(M, fun, arity);
  return (t as Bin).bytes;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Term {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return binFromBytes(out);
}

/**
 * String.jaro_distance/2 as Elixir 1.14 computes it, which is not the textbook Jaro: the shorter
 * list (the second on equal lengths) walks the longer one through a window of
 * `div(longer, 2) - 1` that only starts sliding once it is full; a found grapheme is blanked in the
 * longer list, and each match whose position falls before the previous match's counts one
 * transposition (no halving). Both give the same answer on most pairs, not on all
 * ("rosettacode"/"raisethysword": 0.6773 here, 0.6297 textbook).
 */
function jaro(a: string[], b: string[]): number {
  const [outer, inner] = a.length < b.length ? [a, b] : [b, a];
  const lim = Math.trunc(inner.length / 2) - 1;
  const rest: (string | null)[] = inner.slice();
  let start = 0; // where the window starts in the longer list (the head it has dropped)
  let pre = 0, comm = 0, trans = 0, former = -1;
  for (let idx = 0; idx < outer.length; idx++) {
    // look at most pre + 1 + lim graphemes from the window's start
    const span = pre + 1 + lim;
    for (let k = 0; k < span && start + k < rest.length; k++) {
      if (rest[start + k] === outer[idx]) {
        rest[start + k] = null;
        const current = idx - pre + k;
        comm++;
        if (current < former) trans++;
        former = current;
        break;
      }
    }
    if (pre === lim) start++; else pre++;
  }
  if (comm === 0) return 0.0;
  return (comm / a.length + comm / b.length + (comm - trans) / comm) / 3;
}

/** String.to_charlist/1 of bytes that are not all valid UTF-8: :unicode.characters_to_list's
 *  answer, which Elixir raises: the text before the first bad byte, and the rest */
export function charlistError(b: Uint8Array): never {
  let i = 0;
  while (i < b.length && (b[i] < 0x80 || cpLength(b, i) > 1)) i += b[i] < 0x80 ? 1 : cpLength(b, i);
  const kind = truncatedSeq(b.subarray(i)) ? "incomplete" : "invalid";
  const encoded = list(codepoints(utf8Decode(b.subarray(0, i))));
  // (raised in to_charlist/1's own frame, at Elixir's line: a caller's last call leaves none)
  raiseInElixir(exception("UnicodeConversionError", { encoded, message: textBin(`${kind} encoding starting at ${inspect(binFromBytes(b.slice(i)))}`) }), "Elixir.String", "to_charlist", 1, "lib/string.ex", kind === "incomplete" ? 2538 : 2535);
}

// Unicode whitespace as String.split/1 uses it (no non-breaking spaces)
const WS = "[\\t\\n\\v\\f\\r \\u0085\\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000]";
const WS_SPLIT = new RegExp(WS + "+", "u");
// String.trim/1, trim_leading/1 and trim_trailing/1 in Elixir 1.14 also take the non-breaking
// spaces (U+00A0, U+2007, U+202F), which split/1 leaves in place
const WS_ALL = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const LEADING = new RegExp("^" + WS_ALL + "+", "u");
const TRAILING = new RegExp(WS_ALL + "+$", "u");

function patterns(pattern: Term, fun: string, arity: number): string[] {
  const p = uncompiledPattern(pattern);
  if (p instanceof Bin) return [p.toString()];
  const xs = arr(p, () => noClause(M, fun, arity));
  return xs.map((x) => s(x, fun, arity));
}

const BINARY = atom("binary");

/** starts_with?/2 and ends_with?/2 of a list: Enum.any?/2 over it, with a fn whose case over
 *  {string, byte_size(string), affix} takes binaries only (CaseClauseError at `line` of
 *  lib/string.ex otherwise, called by Enum.any_list/2), so it stops at the first match */
function anyAffix(t: Bin, affixes: Term, fun: string, line: number, test: (x: string) => boolean): Term {
  for (let c: Term = affixes; c instanceof Cons; c = c.tail) {
    const x = c.head;
    if (!(x instanceof Bin) || !x.isBinary) {
      const e = new ErlangError("error", tuple(atom("case_clause"), tuple(t, t.size, x)));
      e.callee = stringFrame(`-${fun}/2-fun-0-`, 3, line);
      e.calleeBelow = [tuple(atom("Elixir.Enum"), atom("any_list"), 2, list([tuple(atom("file"), list([..."lib/enum.ex"].map((ch) => ch.codePointAt(0)!))), tuple(atom("line"), 4136)]))];
      throw e;
    }
    if (test(x.toString())) return TRUE;
  }
  return FALSE;
}

/** a pattern :binary refuses: neither a binary nor a list of non-empty binaries ("" and [] are
 *  String's own cases). Elixir hands the pattern to :binary, which raises, so its error is theirs */
function badPattern(p: Term): boolean {
  const u = uncompiledPattern(p);
  if (u instanceof Bin) return !u.isBinary;
  if (u === NIL) return false;
  const xs = listToArray(u);
  return xs === null || xs.some((x) => !(x instanceof Bin) || !x.isBinary || x.size === 0);
}

/** String.split/3's call of :binary for a pattern it refuses, made as Elixir 1.14 makes it */
function splitBadPattern(t: Term, p: Term, o: Term, ctx: BifContext): Term | TailCall {
  const parts = kw(o, "parts") ?? atom("infinity");
  const trim = kw(o, "trim") ?? FALSE;
  if (parts === atom("infinity") && trim === FALSE) return binaryFrom("split", [t, p, list([atom("global")])], ctx, [splitAt(509)]);
  if (parts === atom("infinity") && trim === TRUE) return binaryFrom("split", [t, p, list([atom("global"), atom("trim_all")])], ctx, [splitAt(512)]);
  if (parts === 2 && trim === FALSE) return binaryFrom("split", [t, p], ctx, [splitAt(515)]);
  return binaryFrom("compile_pattern", [p], ctx, [stringFrame("maybe_compile_pattern", 1, 624), splitAt(518)]);
}

function kw(opts: Term | undefined, key: string): Term | undefined {
  if (opts === undefined) return undefined;
  for (const t of arr(opts)) if (t instanceof Tuple && t.items[0] === atom(key)) return t.items[1];
  return undefined;
}

/** Split on the first matching pattern at each position (leftmost, longest first among patterns). */
function splitBy(str: string, pats: string[], parts: number): string[] {
  if (pats.length === 1 && pats[0] === "") {
    const gs = graphemes(str);
    const out = [""];
    for (let i = 0; i < gs.length; i++) {
      if (parts !== Infinity && out.length >= parts) { out[out.length - 1] += gs.slice(i).join(""); return out; }
      out.push(gs[i]);
    }
    if (parts === Infinity || out.length < parts) out.push("");
    else out[out.length - 1] += "";
    return out;
  }
  const ps = pats.filter((p) => p !== "");
  const out: string[] = [];
  let start = 0, i = 0;
  while (i <= str.length) {
    if (parts !== Infinity && out.length >= parts - 1) break;
    let hit = "";
    for (const p of ps) if (str.startsWith(p, i) && p.length > hit.length) hit = p;
    if (hit !== "") {
      out.push(str.slice(start, i));
      i += hit.length;
      start = i;
    } else i++;
  }
  out.push(str.slice(start));
  return out;
}

function splitOpts(str: string, pats: string[], opts: Term | undefined): Term {
  const partsT = kw(opts, "parts");
  const parts = typeof partsT === "number" ? partsT : Infinity;
  const trim = kw(opts, "trim") === TRUE;
  if (pats.length > 0 && pats.every((p) => p !== "")) return list(splitEach(str, pats, trim, parts).map(bin));
  if (pats.length === 1) return list(splitEmpty(str, trim, parts).map(bin));
  let out = splitBy(str, pats, parts);
  if (trim) out = out.filter((x) => x !== "");
  return list(out.map(bin));
}

/** String.split/3 on "": graphemes, the first part "" unless trimmed; :parts counts each */
function splitEmpty(str: string, trim: boolean, parts: number): string[] {
  const index = parts === Infinity ? 0 : parts;
  const out: string[] = !trim && index !== 1 ? [""] : [];
  const gs = graphemes(str);
  let count = !trim && index !== 1 ? index - 1 : index;
  for (let i = 0; ; i++, count--) {
    if (count === 1) {
      const rest = gs.slice(i).join("");
      if (!(trim && rest === "")) out.push(rest);
      return out;
    }
    if (i >= gs.length) {
      if (!trim) out.push("");
      return out;
    }
    out.push(gs[i]);
  }
}

/** the first match of the patterns in str (leftmost, then longest), as :binary.split/2 finds it */
function firstSplit(str: string, pats: string[]): [string, string | null] {
  for (let i = 0; i < str.length; i++) {
    let hit = "";
    for (const p of pats) if (p.length > hit.length && str.startsWith(p, i)) hit = p;
    if (hit !== "") return [str.slice(0, i), str.slice(i + hit.length)];
  }
  return [str, null];
}

/**
 * String.split/3 with patterns, as Elixir 1.14's split_each/do_splitter: with trim an empty part
 * is skipped without counting towards :parts, and the last part is the rest, untrimmed (null: no
 * rest, :nomatch there)
 */
function splitEach(str: string, pats: string[], trim: boolean, parts: number): string[] {
  const out: string[] = [];
  let rest: string | null = str;
  for (let count = parts === Infinity ? 0 : parts; ; count--) {
    if (rest !== null && count === 1) {
      if (!(trim && rest === "")) out.push(rest);
      return out;
    }
    let part: [string, string | null] | null = null;
    while (rest !== null) {
      part = rest === "" ? ["", null] : firstSplit(rest, pats);
      if (!(trim && part[0] === "")) break;
      rest = part[1];
      part = null;
    }
    if (part === null) return out;
    out.push(part[0]);
    rest = part[1];
  }
}

function replace(str: string, pats: string[], rep: string, global: boolean): string {
  if (pats.length === 1 && pats[0] === "") {
    const gs = graphemes(str);
    if (!global) return rep + str;
    return rep + gs.join(rep) + (gs.length > 0 ? rep : "");
  }
  let out = "", i = 0, start = 0, done = false;
  while (i < str.length && !done) {
    let hit = "";
    for (const p of pats) if (p !== "" && str.startsWith(p, i) && p.length > hit.length) hit = p;
    if (hit) {
      out += str.slice(start, i) + rep;
      i += hit.length;
      start = i;
      if (!global) done = true;
    } else i++;
  }
  return out + str.slice(start);
}

function slice(str: string, start: number, len: number): string {
  const gs = graphemes(str);
  if (start < 0) start = Math.max(gs.length + start, 0);
  if (start > gs.length || len <= 0) return "";
  return gs.slice(start, start + len).join("");
}

function rangeBounds(r: Term): [number, number, number] | undefined {
  if (!isMap(r) || r.get(atom("__struct__")) !== atom("Elixir.Range")) return undefined;
  const f = r.get(atom("first")), l = r.get(atom("last")), st = r.get(atom("step"));
  if (typeof f !== "number" || typeof l !== "number") return undefined;
  return [f, l, typeof st === "number" ? st : 1];
}

/** pad_leading/pad_trailing: the fill is made as bytes (whole copies of the padding, doubled,
 *  then its first graphemes), never as a JS string a character at a time (a million-grapheme pad
 *  took seconds in one BIF call; a billion froze the node) */
function pad(str: string, count: Term, padding: Term, leading: boolean, fun: string, ctx: any): Bin {
  if (typeof count !== "number" || count < 0) {
    // (a string padding is split into graphemes first, as Elixir's binary clause does: the list
    // clause refuses the count, its frame showing that list)
    if (padding instanceof Bin && padding.isBinary) {
      const own = libraryOwnClauses("Elixir.String", fun, 3);
      const e = new ErlangError("error", atom("function_clause"));
      e.callee = tuple(atom("Elixir.String"), atom(fun), list([bin(str), count, list(graphemes(padding.toString()).map((g) => bin(g)))]), own === undefined ? NIL : fileLine(own.file, own.line));
      throw e;
    }
    noClause(M, fun, 3);
  }
  if (padding instanceof Cons) return padWithList(bin(str).bytes, graphemes(str).length, count as number, padding, leading, ctx);
  const p = s(padding, fun, 3);
  const gl = graphemes(str).length;
  // ("" is no graphemes: the list clause's head refuses [], whatever the count, and the frame
  // shows the list it was given)
  if (p === "") {
    const own = libraryOwnClauses("Elixir.String", fun, 3);
    const e = new ErlangError("error", atom("function_clause"));
    const loc = own === undefined ? NIL : fileLine(own.file, own.line);
    e.callee = tuple(atom("Elixir.String"), atom(fun), list([bin(str), count, NIL]), loc);
    throw e;
  }
  const n = (count as number) - gl;
  if (n <= 0) return bin(str);
  const pg = graphemes(p);
  // (bin: the text as this module's binaries, invalid UTF-8 in the subject kept as it was)
  const whole = repeatBytes(ctx, bin(p).bytes, Math.floor(n / pg.length));
  const rest = bin(pg.slice(0, n % pg.length).join("")).bytes;
  const own = bin(str).bytes;
  const out = new Uint8Array(own.length + whole.length + rest.length);
  if (leading) { out.set(whole, 0); out.set(rest, whole.length); out.set(own, whole.length + rest.length); }
  else { out.set(own, 0); out.set(whole, own.length); out.set(rest, own.length + whole.length); }
  return binFromBytes(out);
}

function trimWith(str: string, what: string, lead: boolean, trail: boolean): string {
  // (Elixir trims through replace_leading/replace_trailing, which refuse an empty match)
  if (what === "") elixirRaise("ArgumentError", "cannot use an empty string as the match to replace");
  if (lead) while (str.startsWith(what)) str = str.slice(what.length);
  if (trail) while (str.endsWith(what)) str = str.slice(0, str.length - what.length);
  return str;
}

function toInteger(t: Term, base: number): Term {
  const str = s(t, "to_integer", 1);
  if (base < 2 || base > 36) argError(2, "not an integer in the range 2 through 36");
  const v = parseIntStrict(str, base);
  return v ?? argError(1, "not a textual representation of an integer");
}

// charged by the size of their input: String functions on a large binary pay for it
/** String.replace/3,4 take a binary or a 1-arity fun as the replacement (Elixir 1.14's guard) */
function replacementCheck(r: Term): void {
  if (r instanceof Bin) return;
  if ((r instanceof Fun || r instanceof ExtFun) && r.arity === 1) return;
  noClause(M, "replace", 4);
}

const REPLACE_FUN = atom("beamlet_string_replace");

function replaceWith(t: Term, p: Term, r: Term, o: Term, ctx: BifContext): Term | TailCall {
  replacementCheck(r);
  if (isRegex(p) && t instanceof Bin) return new TailCall(REGEX, [p, t, r, o], atom("replace"));
  // (Elixir's replace_guarded/4 calls :binary.match or :binary.matches, not last, at these lines)
  if (t instanceof Bin && t.isBinary && listToArray(o) !== null && badPattern(p)) {
    const found = kw(o, "global") === FALSE ? binaryFrom("match", [t, p], ctx, [stringFrame("replace_guarded", 4, 1571)]) : binaryFrom("matches", [t, p], ctx, [stringFrame("replace_guarded", 4, 1569)]);
    // (:binary finds nothing in an empty subject before it looks at the patterns: no match
    // replaced, the subject is the answer)
    return found instanceof TailCall ? found : t;
  }
  // the deprecated :insert_replaced option (any pattern but "" and a regex): the library warns and
  // hands it to :binary.replace/4, as Elixir 1.14's replace_guarded/4
  const insert = t instanceof Bin && listToArray(o) !== null ? kw(o, "insert_replaced") : undefined;
  if (insert !== undefined && insert !== NIL_ATOM && insert !== FALSE && !(p instanceof Bin && p.size === 0 && p.tailBits === 0)) {
    return new TailCall(atom("Elixir.String"), [t, p, r, o, insert], atom("__replace_insert_replaced__"));
  }
  // a fun replacement is called per match: the library's half does it
  if (!(r instanceof Bin)) {
    if (!(t instanceof Bin) || listToArray(o) === null) noClause(M, "replace", 4);
    patterns(p, "replace", 4);
    return new TailCall(REPLACE_FUN, [t, p, r, o], atom("replace"));
  }
  // (a binary that is no valid UTF-8 on either side goes Elixir's way; otherwise the result is the same)
  if (t instanceof Bin && t.isBinary && p instanceof Bin && p.isBinary && p.size === 0 && r.isBinary && r.size > 0 && kw(o, "global") !== FALSE && (validUtf8Prefix(r.bytes) < r.size || validUtf8Prefix(t.bytes) < t.size)) {
    return interspersed(t, r, ctx);
  }
  return bin(replace(s(t, "replace", 4), patterns(p, "replace", 4), s(r, "replace", 4), kw(o, "global") !== FALSE));
}

/** replace(string, "", r, global: true) as Elixir 1.14 does it: the string's graphemes (each a
 *  code point, or a list of them) between copies of r, as chardata [r, g1, r, ..., r] given to
 *  :unicode.characters_to_binary/1, whose answer is returned, {:error, done, rest} for an r that is
 *  no UTF-8. A byte that starts no grapheme (invalid UTF-8 in the string) ends a piece: the result
 *  is piece <> <<byte>> <> the rest done the same way, each piece converted alone; one that did
 *  not convert to a binary fails that <> (bit_size/1, in String.intersperse_bin/3 at
 *  lib/string.ex:1590, once per piece still open; the rest's failure is the one seen) */
function interspersed(t: Bin, r: Bin, ctx: BifContext): Term | TailCall {
  const bytes = t.bytes;
  const pieces: Array<{ items: Term[]; byte: number }> = [];
  let items: Term[] = [r];
  for (let pos = 0; pos < bytes.length; ) {
    const n = validUtf8Prefix(bytes.subarray(pos));
    for (const g of graphemes(utf8Decode(bytes.subarray(pos, pos + n)))) {
      const cps = Array.from(g, (c) => c.codePointAt(0)!);
      items.push(cps.length === 1 ? cps[0] : list(cps), r);
    }
    pos += n;
    if (pos < bytes.length) {
      pieces.push({ items, byte: bytes[pos++] });
      items = [r];
    }
  }
  const convert = (xs: Term[]) => charactersToBinary(list(xs));
  let rest = convert(items);
  for (let i = pieces.length - 1; i >= 0; i--) {
    const head = convert(pieces[i].items);
    const bad = !(rest instanceof Bin) ? rest : !(head instanceof Bin) ? head : null;
    if (bad !== null) return bifFrom("erlang", "bit_size", [bad], ctx, Array.from({ length: i + 1 }, () => stringFrame("intersperse_bin", 3, 1590)));
    rest = binFromBytes(joinBytes([(head as Bin).bytes, Uint8Array.of(pieces[i].byte), (rest as Bin).bytes]));
  }
  return rest;
}

defineBifs(M, chargedByBytes({
  "length/1": ([t]) => asciiGraphemes(t)?.length ?? graphemes(s(t, "length", 1)).length,
  "graphemes/1": ([t]) => {
    const a = asciiGraphemes(t);
    if (a !== null) return list(Array.from(a, (c) => ASCII_BINS[c]));
    return list(graphemes(s(t, "graphemes", 1)).map(bin));
  },
  "codepoints/1": ([t]) => {
    const b = bytesOf(t, "codepoints", 1);
    const out: Term[] = [];
    for (let i = 0; i < b.length;) { const n = cpLength(b, i); out.push(binFromBytes(b.slice(i, i + n))); i += n; }
    return list(out);
  },
  "upcase/1": ([t]) => caseOf(t, true, DEFAULT),
  "upcase/2": ([t, m]) => caseOf(t, true, m),
  "downcase/1": ([t]) => caseOf(t, false, DEFAULT),
  "downcase/2": ([t, m]) => caseOf(t, false, m),
  "capitalize/1": ([t]) => capitalize(t, DEFAULT),
  "capitalize/2": ([t, m]) => capitalize(t, m),
  "trim/1": ([t]) => bin(s(t, "trim", 1).replace(LEADING, "").replace(TRAILING, "")),
  "trim/2": ([t, w]) => bin(trimWith(s(t, "trim", 2), s(w, "trim", 2), true, true)),
  "trim_leading/1": ([t]) => bin(s(t, "trim_leading", 1).replace(LEADING, "")),
  "trim_leading/2": ([t, w]) => bin(trimWith(s(t, "trim_leading", 2), s(w, "trim_leading", 2), true, false)),
  "trim_trailing/1": ([t]) => bin(s(t, "trim_trailing", 1).replace(TRAILING, "")),
  "trim_trailing/2": ([t, w]) => bin(trimWith(s(t, "trim_trailing", 2), s(w, "trim_trailing", 2), false, true)),
  "split/1": ([t]) => {
    // Elixir's String.Break.split/1 hands anything to :binary.split/3, which wants a binary
    if (!(t instanceof Bin)) badargAt(1, "not a binary");
    if ((t as Bin).tailBits !== 0) badargAt(1, "is a bitstring (expected a binary)");
    // (the non-breaking spaces trim/1 takes stay: they are not whitespace to split/1)
    const parts = s(t, "split", 1).split(WS_SPLIT);
    if (parts[0] === "") parts.shift();
    if (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
    return list(parts.map(bin));
  },
  "split/2": ([t, p], ctx) => splitSmall(t, p, NIL) ?? (isRegex(p) && t instanceof Bin && t.isBinary ? new TailCall(REGEX, [p, t, NIL], atom("split")) : t instanceof Bin && t.isBinary && badPattern(p) ? splitBadPattern(t, p, NIL, ctx) : splitOpts(s(t, "split", 3), patterns(p, "split", 3), undefined)),
  "split/3": ([t, p, o], ctx) => splitSmall(t, p, o) ?? (isRegex(p) && t instanceof Bin && t.isBinary ? new TailCall(REGEX, [p, t, o], atom("split")) : t instanceof Bin && t.isBinary && listToArray(o) !== null && badPattern(p) ? splitBadPattern(t, p, o, ctx) : splitOpts(s(t, "split", 3), patterns(p, "split", 3), o)),
  "replace/3": ([t, p, r], ctx) => replaceSmall(t, p, r, NIL) ?? replaceWith(t, p, r, NIL, ctx),
  "replace/4": ([t, p, r, o], ctx) => replaceSmall(t, p, r, o) ?? replaceWith(t, p, r, o, ctx),
  "contains?/2": ([t, p], ctx) => {
    const str = s(t, "contains?", 2);
    const xs = listToArray(p);
    // (Elixir compares :binary.match's answer, so its frame stays under the BIF's)
    // (:binary.match finds nothing in "" without looking at the pattern)
    if (xs === null && badPattern(p)) return str === "" ? FALSE : binaryFrom("match", [t, p], ctx, [stringFrame("contains?", 2, 2495)]);
    // a list: Elixir first looks for "" in it with byte_size/1, which refuses a non-bitstring
    const odd = xs?.find((x) => !(x instanceof Bin));
    if (odd !== undefined) return bifFrom("erlang", "byte_size", [odd], ctx, [stringFrame("list_contains?", 4, 2499)]);
    // then "" in it is a match; the rest goes to :binary.match, which refuses a bitstring
    if (xs !== null && xs.some((x) => (x as Bin).isBinary && (x as Bin).size === 0)) return TRUE;
    if (xs !== null && xs.some((x) => !(x as Bin).isBinary)) return str === "" ? FALSE : binaryFrom("match", [t, p], ctx, [stringFrame("list_contains?", 4, 2510)]);
    return bool(patterns(p, "contains?", 2).some((x) => str.includes(x)));
  },
  "starts_with?/2": ([t, p], ctx) => {
    const str = s(t, "starts_with?", 2);
    // a compiled pattern: deprecated, String.starts_with?/2 warns (lib/string.ex)
    // and so is anything but a binary or a list: Elixir takes it for one (the warning, then
    // :binary.match/2's failure)
    if (uncompiledPattern(p) !== p || (p !== NIL && !(p instanceof Cons) && !(p instanceof Bin && p.isBinary))) {
      return new TailCall(atom("Elixir.String"), [t, p], atom("__starts_with_compiled__")) as unknown as Term;
    }
    if (p === NIL || p instanceof Cons) return anyAffix(t as Bin, p, "starts_with?", 2361, (x) => str.startsWith(x));
    return bool(patterns(p, "starts_with?", 2).some((x) => str.startsWith(x)));
  },
  "ends_with?/2": ([t, p]) => {
    const str = s(t, "ends_with?", 2);
    if (p instanceof Bin && p.isBinary) return bool(str.endsWith(p.toString()));
    // Elixir 1.14 takes a binary or a list here (no compiled pattern)
    if (p !== NIL && !(p instanceof Cons)) noClause(M, "ends_with?", 2);
    return anyAffix(t as Bin, p, "ends_with?", 2404, (x) => str.endsWith(x));
  },
  "reverse/1": ([t]) => reverseString(t),
  "slice/2": ([t, r]) => {
    const a = asciiGraphemes(t);
    const str = a === null ? s(t, "slice", 2) : "";
    const b = rangeBounds(r);
    if (!b) noClause(M, "slice", 2);
    let [f, l, step] = b!;
    // Elixir 1.14: a decreasing range of step -1 slices as step 1; other negative steps raise
    if (step < 0 && !(step === -1 && f > l)) {
      raiseInElixir(exception("ArgumentError", { message: bin(`String.slice/2 does not accept ranges with negative steps, got: ${inspect(r)}`) }), M, "slice", 2, "lib/string.ex", 2205);
    }
    if (step < 0) step = 1;
    const n = a !== null ? a.length : graphemes(str).length;
    if (f < 0) f += n;
    if (l < 0) l += n;
    if (f < 0) f = 0;
    if (l < f) return bin("");
    if (step !== 1) {
      const gs = a !== null ? Array.from(a, (c) => String.fromCharCode(c)) : graphemes(str);
      return bin(gs.slice(f, l + 1).filter((_, i) => i % step === 0).join(""));
    }
    if (a !== null) return asciiSlice(a, f, l - f + 1);
    return bin(slice(str, f, l - f + 1));
  },
  "slice/3": ([t, st, len]) => {
    // Elixir's first clause, slice(_, _, 0): "" whatever the string and start
    if (len === 0) return bin("");
    if (typeof st !== "number" || typeof len !== "number" || len < 0) noClause(M, "slice", 3);
    const a = asciiGraphemes(t);
    if (a !== null) return asciiSlice(a, st as number, len as number);
    return bin(slice(s(t, "slice", 3), st as number, len as number));
  },
  "at/2": ([t, i]) => {
    if (typeof i !== "number") noClause(M, "at", 2);
    const a = asciiGraphemes(t);
    if (a !== null) {
      const k = (i as number) < 0 ? a.length + (i as number) : (i as number);
      return k >= 0 && k < a.length ? ASCII_BINS[a[k]] : NIL_ATOM;
    }
    const gs = graphemes(s(t, "at", 2));
    const k = (i as number) < 0 ? gs.length + (i as number) : (i as number);
    return k >= 0 && k < gs.length ? bin(gs[k]) : NIL_ATOM;
  },
  "first/1": ([t]) => {
    const b = bytesOf(t, "first", 1);
    return b.length === 0 ? NIL_ATOM : sharedPart(t as Bin, 0, firstGraphemeEnd(b));
  },
  "last/1": ([t]) => {
    const a = asciiGraphemes(t);
    if (a !== null) return a.length ? ASCII_BINS[a[a.length - 1]] : NIL_ATOM;
    const gs = graphemes(s(t, "last", 1));
    return gs.length ? bin(gs[gs.length - 1]) : NIL_ATOM;
  },
  "duplicate/2": ([t, n], ctx) => {
    const bytes = bytesOf(t, "duplicate", 2);
    if (typeof n !== "number" || n < 0) argError(2, "out of range");
    return binFromBytes(repeatBytes(ctx, bytes, n as number));
  },
  "pad_leading/2": ([t, c], ctx) => pad(s(t, "pad_leading", 3), c, bin(" "), true, "pad_leading", ctx),
  "pad_leading/3": ([t, c, p], ctx) => pad(s(t, "pad_leading", 3), c, p, true, "pad_leading", ctx),
  "pad_trailing/2": ([t, c], ctx) => pad(s(t, "pad_trailing", 3), c, bin(" "), false, "pad_trailing", ctx),
  "pad_trailing/3": ([t, c, p], ctx) => pad(s(t, "pad_trailing", 3), c, p, false, "pad_trailing", ctx),
  "to_integer/1": ([t]) => toInteger(t, 10),
  "to_integer/2": ([t, b]) => toInteger(t, typeof b === "number" ? b : -1),
  "to_float/1": ([t]) => {
    const x = parseFloatStrict(s(t, "to_float", 1));
    return x === undefined ? argError(1, "not a textual representation of a float") : new Float(x);
  },
  // Elixir inlines String.to_atom/1 as :erlang.binary_to_atom(s, :utf8): same checks, same frame;
  // called through apply, its clause (when is_binary(string)) fails first
  "to_atom/1": ([t]) => {
    if (!(t instanceof Bin && t.isBinary)) noClause("Elixir.String", "to_atom", 1);
    return new TailCall(atom("erlang"), [t, atom("utf8")], atom("binary_to_atom"));
  },
  "to_existing_atom/1": ([t]) => {
    // (its clause takes a binary: anything else, a bitstring too, fails there)
    if (!(t instanceof Bin && t.isBinary)) noClause("Elixir.String", "to_existing_atom", 1);
    return existingAtom((t as Bin).toString()) ?? argError(1, "not an already existing atom");
  },
  "to_charlist/1": ([t]) => {
    const b = bytesOf(t, "to_charlist", 1);
    let i = 0;
    while (i < b.length && (b[i] < 0x80 || cpLength(b, i) > 1)) i += b[i] < 0x80 ? 1 : cpLength(b, i);
    if (i === b.length) return list(codepoints((t as Bin).toString()));
    return charlistError(b);
  },
  "replace_prefix/3": ([t, p, r]) => {
    const [a, b, c] = [bytesOf(t, "replace_prefix", 3), bytesOf(p, "replace_prefix", 3), bytesOf(r, "replace_prefix", 3)];
    if (b.length > a.length || b.some((x, i) => a[i] !== x)) return t;
    return concatBytes(c, a.subarray(b.length));
  },
  "replace_leading/3": ([t, p, r]) => {
    const [a, b, c] = [bytesOf(t, "replace_leading", 3), bytesOf(p, "replace_leading", 3), bytesOf(r, "replace_leading", 3)];
    if (b.length === 0) elixirRaise("ArgumentError", "cannot use an empty string as the match to replace");
    let off = 0, n = 0;
    while (off + b.length <= a.length && b.every((x, i) => a[off + i] === x)) { off += b.length; n++; }
    const out = new Uint8Array(n * c.length + a.length - off);
    for (let i = 0; i < n; i++) out.set(c, i * c.length);
    out.set(a.subarray(off), n * c.length);
    return binFromBytes(out);
  },
  "replace_trailing/3": ([t, p, r]) => {
    const [a, b, c] = [bytesOf(t, "replace_trailing", 3), bytesOf(p, "replace_trailing", 3), bytesOf(r, "replace_trailing", 3)];
    if (b.length === 0) elixirRaise("ArgumentError", "cannot use an empty string as the match to replace");
    let end = a.length, n = 0;
    while (end - b.length >= 0 && b.every((x, i) => a[end - b.length + i] === x)) { end -= b.length; n++; }
    const out = new Uint8Array(end + n * c.length);
    out.set(a.subarray(0, end));
    for (let i = 0; i < n; i++) out.set(c, end + i * c.length);
    return binFromBytes(out);
  },
  "replace_suffix/3": ([t, p, r]) => {
    const [a, b, c] = [bytesOf(t, "replace_suffix", 3), bytesOf(p, "replace_suffix", 3), bytesOf(r, "replace_suffix", 3)];
    const off = a.length - b.length;
    if (off < 0 || b.some((x, i) => a[off + i] !== x)) return t;
    return concatBytes(a.subarray(0, off), c);
  },
  "equivalent?/2": ([a, b]) => bool(s(a, "equivalent?", 2).normalize("NFD") === s(b, "equivalent?", 2).normalize("NFD")),
  "normalize/2": ([t, f]) => {
    const form = f instanceof Atom ? f.name.toUpperCase() : "";
    if (!["NFD", "NFC", "NFKD", "NFKC"].includes(form)) noClause(M, "normalize", 2);
    return bin(s(t, "normalize", 2).normalize(form));
  },
  // Elixir 1.14's first clauses take any terms: the same term twice is 1.0, "" on either side 0.0
  "jaro_distance/2": ([a, b]) => {
    if (exactEquals(a, b)) return new Float(1);
    if ((a instanceof Bin && a.isBinary && a.size === 0) || (b instanceof Bin && b.isBinary && b.size === 0)) return new Float(0);
    return new Float(jaro(graphemes(s(a, "jaro_distance", 2)), graphemes(s(b, "jaro_distance", 2))));
  },
  // (a bitstring that is no binary is not valid, as Elixir's <<_::bits>> clause answers)
  "valid?/1": ([t]) => bool(t instanceof Bin && t.bitSize % 8 === 0 && utf8(t) !== undefined),
  // one clause: when is_binary(string) and (limit == :infinity or (is_integer(limit) and limit >= 0))
  "printable?/1": ([t]) => t instanceof Bin && t.isBinary ? bool(isPrintableBinary(t.bytes)) : noClause("Elixir.String", "printable?", 1),
  "printable?/2": ([t, n]) => {
    const limit = n === atom("infinity") ? Infinity : isInt(n) && n >= 0 ? Number(n) : -1;
    return t instanceof Bin && t.isBinary && limit >= 0 ? bool(isPrintableBinary(t.bytes, limit)) : noClause("Elixir.String", "printable?", 2);
  },
  "split_at/2": ([t, i]) => {
    if (typeof i !== "number") noClause(M, "split_at", 2);
    const gs = graphemes(s(t, "split_at", 2));
    let k = i as number;
    if (k < 0) k = Math.max(gs.length + k, 0);
    return tuple(bin(gs.slice(0, k).join("")), bin(gs.slice(k).join("")));
  },
  "next_grapheme/1": ([t]) => {
    const b = bytesOf(t, "next_grapheme", 1);
    if (b.length === 0) return NIL_ATOM;
    // only the first grapheme is segmented and the rest is a sub-binary, as the BEAM's: segmenting
    // and copying the whole rest made a loop over a text quadratic (12 KB took 42 s)
    const end = firstGraphemeEnd(b);
    return tuple(sharedPart(t as Bin, 0, end), (t as Bin).slice(end, b.length));
  },
  "next_codepoint/1": ([t]) => {
    const b = bytesOf(t, "next_codepoint", 1);
    if (b.length === 0) return NIL_ATOM;
    const n = cpLength(b, 0);
    // the rest is a sub-binary, as the BEAM's: a copy made a loop over a text quadratic
    // (String.chunk of 480 KB took 34 s)
    const x = t as Bin;
    return tuple(n === 1 && b[0] < 0x80 ? ASCII_BINS[b[0]] : x.slice(0, n), x.slice(n, b.length));
  },
}));

void Atom; void ERROR;

const DEFAULT = atom("default");

/** String.reverse, in one call */
export function reverseString(t: Term): Term {
  const a = asciiGraphemes(t);
  if (a !== null) return binFromBytes(a.slice().reverse());
  // Elixir reverses the valid text between invalid bytes, which stay where they are
  const parts = s(t, "reverse", 1).split(RAW_BYTE);
  return bin(parts.map((p, i) => (i % 2 ? p : graphemes(p).reverse().join(""))).join(""));
}

/** upcase/downcase of a binary in a known mode (the callers checked the mode) */
function caseOf(t: Term, up: boolean, m: Term): Term {
  const b = bytesOf(t, up ? "upcase" : "downcase", 2);
  if (m === atom("ascii")) return binFromBytes(asciiCase(b, 0, b.length, up));
  return binFromBytes(caseMap(b, 0, b.length, up, (m as Atom).name as CaseMode));
}

/** Elixir 1.14's String.capitalize/2: :ascii maps the first byte; otherwise the first code point
 *  is titlecased (String.Unicode.titlecase_once/2); then the rest goes to downcase/2, which
 *  wants a known mode unless the rest is empty */
function capitalize(t: Term, m: Term): Term {
  const b = bytesOf(t, "capitalize", 2);
  if (m === atom("ascii") && b.length > 0) return binFromBytes(asciiCase(b, 0, b.length, false).map((c, i) => (i === 0 && c >= 97 && c <= 122 ? c - 32 : c)));
  const [first, n] = titlecaseOnce(b, m === atom("turkic") ? "turkic" : "default");
  if (n === b.length) return binFromBytes(first);
  if (!(m instanceof Atom) || !CASE_MODES.has(m.name)) badCapitalizeMode(binFromBytes(b.slice(n)), m);
  const rest = m === atom("ascii") ? asciiCase(b, n, b.length, false) : caseMap(b, n, b.length, false, m.name as CaseMode);
  return binFromBytes(concatCase(first, rest));
}

/** an unknown mode fails where Elixir's capitalize/2 does: downcase(rest, mode) refuses it */
function badCapitalizeMode(rest: Term, mode: Term): never {
  const at = (line: number) => list([tuple(atom("file"), list([..."lib/string.ex"].map((c) => c.charCodeAt(0)))), tuple(atom("line"), line)]);
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = tuple(atom(M), atom("downcase"), list([rest, mode]), at(899));
  e.calleeBelow = [tuple(atom(M), atom("capitalize"), 2, at(952))];
  throw e;
}

const CASE_MODES = new Set(["default", "ascii", "greek", "turkic"]);
/** upcase/downcase's clauses: "" whatever the mode, else a known mode (undefined: go on) */
function caseMode([t, mode]: Term[], fun: string): Term | undefined {
  if (t instanceof Bin && t.size === 0 && t.tailBits === 0) return t;
  if (!(mode instanceof Atom) || !CASE_MODES.has(mode.name)) noClause(M, fun, 2);
  return undefined;
}

// large binaries go through the chunked versions (string_chunked.ts), which charge as they go;
// case mapping goes there whatever the size (it knows the :ascii and :greek modes)
{
  const charged = (name: string, arity: number) => lookupBif(M, name, arity)!.fn;
  const [len, up1, up2, down1, down2, split2, split3, rev, rep3, rep4] = [
    charged("length", 1), charged("upcase", 1), charged("upcase", 2), charged("downcase", 1), charged("downcase", 2), charged("split", 2), charged("split", 3), charged("reverse", 1),
    charged("replace", 3), charged("replace", 4),
  ];
  const [graphemes1, codepoints1, split1, charlist1] = [charged("graphemes", 1), charged("codepoints", 1), charged("split", 1), charged("to_charlist", 1)];
  const [at2, slice2, slice3, last1, valid1, printable1, printable2] = [
    charged("at", 2), charged("slice", 2), charged("slice", 3), charged("last", 1), charged("valid?", 1), charged("printable?", 1), charged("printable?", 2),
  ];
  const [normalize2, equivalent2] = [charged("normalize", 2), charged("equivalent?", 2)];
  defineBifs(M, {
    "at/2": (a, ctx) => bigAt(ctx, a[0], a[1]) ?? at2(a, ctx),
    "normalize/2": (a, ctx) => bigNormalize(ctx, a[0], a[1]) ?? normalize2(a, ctx),
    "equivalent?/2": (a, ctx) => bigEquivalent(ctx, a[0], a[1]) ?? equivalent2(a, ctx),
    "slice/2": (a, ctx) => bigSlice2(ctx, a[0], a[1], rangeBounds(a[1])) ?? slice2(a, ctx),
    "slice/3": (a, ctx) => bigSlice3(ctx, a[0], a[1], a[2]) ?? slice3(a, ctx),
    "last/1": (a, ctx) => bigLast(ctx, a[0]) ?? last1(a, ctx),
    "valid?/1": (a, ctx) => bigValid(ctx, a[0]) ?? valid1(a, ctx),
    "printable?/1": (a, ctx) => bigPrintable(ctx, a[0]) ?? printable1(a, ctx),
    "printable?/2": (a, ctx) => bigPrintable(ctx, a[0], a[1]) ?? printable2(a, ctx),
    "graphemes/1": (a, ctx) => (failLikeGc(a[0], [DO_GRAPHEMES_1905], [DO_GRAPHEMES_1906]), bigGraphemes(ctx, a[0]) ?? graphemes1(a, ctx)),
    "codepoints/1": (a, ctx) => bigCodepoints(ctx, a[0]) ?? codepoints1(a, ctx),
    "split/1": (a, ctx) => bigSplitSpaces(ctx, a[0]) ?? split1(a, ctx),
    "to_charlist/1": (a, ctx) => bigCharlist(ctx, a[0]) ?? charlist1(a, ctx),
    "replace/3": (a, ctx) => bigReplace(ctx, a[0], a[1], a[2], NIL) ?? rep3(a, ctx),
    "replace/4": (a, ctx) => bigReplace(ctx, a[0], a[1], a[2], a[3]) ?? rep4(a, ctx),
    // an emoji then invalid UTF-8 fails in String.reverse/1 when it is first, else in do_reverse/2
    "reverse/1": (a, ctx) => (a[0] instanceof Bin && failLikeGc(a[0], [STRING_REVERSE_1], [DO_REVERSE_2], true), bigReverse(ctx, a[0]) ?? rev(a, ctx)),
    "length/1": (a, ctx) => (failLikeGc(a[0], [STRING_LENGTH_2]), bigLength(ctx, a[0]) ?? len(a, ctx)),
    "upcase/1": (a, ctx) => bigCase(ctx, a[0], true) ?? up1(a, ctx),
    "upcase/2": (a, ctx) => caseMode(a, "upcase") ?? bigCase(ctx, a[0], true, a[1]) ?? up2(a, ctx),
    "downcase/1": (a, ctx) => bigCase(ctx, a[0], false) ?? down1(a, ctx),
    "downcase/2": (a, ctx) => caseMode(a, "downcase") ?? bigCase(ctx, a[0], false, a[1]) ?? down2(a, ctx),
    "split/2": (a, ctx) => bigSplit(ctx, a[0], a[1], NIL) ?? split2(a, ctx),
    // every clause of String.split/3 is guarded by is_binary(string) and is_list(options)
    "split/3": (a, ctx) => (a[2] === NIL || a[2] instanceof Cons || noClause(M, "split", 3), checkSplitParts(a[0], a[1], a[2], badPattern), bigSplit(ctx, a[0], a[1], a[2]) ?? split3(a, ctx)),
  });
}
