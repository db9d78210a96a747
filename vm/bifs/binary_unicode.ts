// :binary and :unicode BIFs (byte-level; patterns are binaries or lists of binaries).
import { validUtf8Prefix } from "../chars.ts";
import { Atom, Bin, Cons, Term, Tuple, atom, bin, bool, binFromBytes, isInt, list, listToArray, tuple, NIL, NIL_ATOM } from "../terms.ts";
import { bytesOnto, repeatBytes } from "./work.ts";
import { MatchWalk } from "./binary_search.ts";
import { defineBifs } from "./registry.ts";
import { BADARG, ErlangError, badarg, badargAtEach, clauseInCode } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { explainedBinaryBifs } from "./binary_explained.ts";
import { arr, badargAt, chardataToString, codepoints, iodataBytes } from "./util.ts";
import { ERROR } from "../terms.ts";
import { binaryPart } from "./erlang.ts";
import { uncompiledPattern } from "./binary_compiled_patterns.ts";
import { cpLength } from "./string_raw.ts";
import { STEP, runJob, type JobGen } from "./bif_jobs.ts";
import { build } from "./list_jobs.ts";
import { chardataToUtf8Job } from "./unicode_chardata_job.ts";
import { bigCharlist } from "./string_chunked_lists.ts";
import { isBigString } from "./string_chunked.ts";
import type { TailCall } from "../calls.ts";
import type { BifContext } from "./registry.ts";



/** argument n's bytes: a binary (a bitstring that is not whole bytes is named as OTP 25 does) */
function b(t: Term, n = 1): Uint8Array {
  if (!(t instanceof Bin)) badarg();
  if (!(t as Bin).isBinary) badargAt(n, BITSTRING);
  return (t as Bin).bytes;
}
const BITSTRING = "is a bitstring (expected a binary)";

function pats(pattern: Term): Uint8Array[] {
  const p = uncompiledPattern(pattern);
  const bad = (): never => badargAt(2, "not a valid pattern");
  const ps = p instanceof Bin ? [p.isBinary ? p.bytes : bad()] : (listToArray(p) ?? bad()).map((x) => (x instanceof Bin && x.isBinary ? x.bytes : bad()));
  if (ps.length === 0 || ps.some((x) => x.length === 0)) bad();
  return ps;
}

/** a {:scope, {start, length}} option's bytes [from, to) of a subject of `size` bytes; badarg outside it */
function scopeOf(part: Term, size: number): [number, number] {
  if (!(part instanceof Tuple) || part.items.length !== 2) badarg();
  const [s, l] = (part as Tuple).items;
  if (typeof s !== "number" || typeof l !== "number") badarg();
  const from = (l as number) < 0 ? (s as number) + (l as number) : (s as number), to = from + Math.abs(l as number);
  if (from < 0 || to > size) badarg();
  return [from, to];
}

const isOption = (x: Term, name: string): x is Tuple => x instanceof Tuple && x.items.length === 2 && x.items[0] instanceof Atom && x.items[0].name === name;

interface SplitOptions { global: boolean; trim: boolean; trimAll: boolean; scope: Term | undefined }

/** split/3's options (:global, :trim, :trim_all, {:scope, part}): anything else is a badarg */
function splitOptions(o: Term): SplitOptions {
  const opts: SplitOptions = { global: false, trim: false, trimAll: false, scope: undefined };
  for (const x of arr(o)) {
    if (x === atom("global")) opts.global = true;
    else if (x === atom("trim")) opts.trim = true;
    else if (x === atom("trim_all")) opts.trimAll = true;
    else if (isOption(x, "scope")) opts.scope = x.items[1];
    else badarg();
  }
  return opts;
}

function split(subject: Term, p: Term, o: Term, ctx: BifContext): Term | TailCall {
  const opts = splitOptions(o);
  const hay = b(subject);
  // matches are looked for within the scope; the parts still cover the whole subject
  const [from, to] = opts.scope === undefined ? [0, hay.length] : scopeOf(opts.scope, hay.length);
  // OTP 25 looks at the pattern only when there is something to search: a scope ending at 0 (an
  // empty subject's too) splits nothing, whatever the pattern: [subject], or [] trimmed if empty
  if (to === 0) return (opts.trim || opts.trimAll) && hay.length === 0 ? NIL : list([subject]);
  const ps = pats(p);
  return runJob(ctx, "binary_split", ["binary", "split", [subject, p, o]], splitParts(subject as Bin, ps, from, to, opts));
}

interface Splitting {
  walk: MatchWalk;
  start: number;
  ended: boolean;
  parts: Bin[];
}

/** the parts (sub-binaries of the subject, as the BEAM's), as a job (bif_jobs.ts): a global
 *  split into millions of parts, or a long search for one separator, runs in chunks that let
 *  other processes run, as OTP's trapping :binary.split does (1M parts: 3 s in one call) */
function* splitParts(subject: Bin, ps: Uint8Array[], from: number, to: number, opts: { global: boolean; trim: boolean; trimAll: boolean }): JobGen {
  const s: Splitting = { walk: new MatchWalk(ps, subject.bytes, from, to), start: 0, ended: false, parts: [] };
  while (!s.ended) {
    const k = s.walk.some(s, opts.global, STEP, (at, len) => {
      s.parts.push(subject.slice(s.start, at));
      s.start = at + len;
    });
    if (k > 0) yield k;
  }
  s.parts.push(subject.slice(s.start, subject.size));
  let out = s.parts;
  if (opts.trimAll) out = out.filter((x) => x.size > 0);
  else if (opts.trim) while (out.length > 0 && out[out.length - 1].size === 0) out.pop();
  return yield* build(out, NIL);
}

/** replace/4's options (:global, {:scope, part}, {:insert_replaced, where}), as binary.erl reads
 *  them: anything else fails with cause :badopt */
function replaceOptions(o: Term): { global: boolean; scope: Term | undefined; insert: Term } {
  const opts = { global: false, scope: undefined as Term | undefined, insert: NIL as Term };
  const items = listToArray(o) ?? badargAt(4, "invalid options", "badopt");
  for (const x of items) {
    if (x === atom("global")) opts.global = true;
    else if (isOption(x, "scope") && x.items[1] instanceof Tuple && x.items[1].items.length === 2) opts.scope = x.items[1];
    else if (isOption(x, "insert_replaced")) opts.insert = x.items[1];
    else badargAt(4, "invalid options", "badopt");
  }
  return opts;
}

function replace(subject: Term, p: Term, rep: Term, o: Term, ctx: BifContext): Term | TailCall {
  // binary.erl checks the replacement, then the options, then matches
  if (!(rep instanceof Bin && rep.isBinary)) badarg();
  const r = (rep as Bin).bytes;
  const opts = replaceOptions(o);
  const hay = b(subject);
  const [from, to] = opts.scope === undefined ? [0, hay.length] : scopeOf(opts.scope, hay.length);
  // (no matches, whatever the pattern, when the part searched ends at 0, as :binary.matches)
  const ps = to === 0 ? [] : pats(p);
  // {:insert_replaced, pos | [pos]}: the matched part goes into the replacement at each position
  const where = opts.insert;
  const inserts = where === NIL ? [] : typeof where === "number" ? [where] : (listToArray(where) ?? badarg());
  if (!inserts.every((n) => typeof n === "number" && n >= 0 && n <= r.length)) badarg();
  (inserts as number[]).sort((a, z) => a - z);
  return runJob(ctx, "binary_replace", ["binary", "replace", [subject, p, rep, o]], replaced(hay, ps, from, to, r, inserts as number[], opts.global));
}

/** the matches of a replace: start and length of each, in order */
interface Replacing {
  walk: MatchWalk | null;
  found: number[];
  ended: boolean;
}

/** the replaced binary, as a job: found in chunks, then written in chunks */
function* replaced(hay: Uint8Array, ps: Uint8Array[], from: number, to: number, r: Uint8Array, inserts: number[], global: boolean): JobGen {
  const s: Replacing = { walk: ps.length === 0 ? null : new MatchWalk(ps, hay, from, to), found: [], ended: ps.length === 0 };
  while (!s.ended) {
    const k = s.walk!.some(s, global, STEP, (at, len) => s.found.push(at, len));
    if (k > 0) yield k;
  }
  const found = s.found;
  let total = hay.length;
  for (let i = 0; i < found.length; i += 2) total += r.length + inserts.length * found[i + 1] - found[i + 1];
  const out = new Uint8Array(total);
  const w = { i: 0, src: 0, dst: 0 };
  while (w.i < found.length) yield writeSome(w, out, hay, found, r, inserts);
  out.set(hay.subarray(w.src), w.dst);
  if (hay.length - w.src >= 64) yield (hay.length - w.src) >> 4;
  return binFromBytes(out);
}

/** up to STEP matches more written out (the text before each, then its replacement): the units */
function writeSome(w: { i: number; src: number; dst: number }, out: Uint8Array, hay: Uint8Array, found: number[], r: Uint8Array, inserts: number[]): number {
  let bytes = 0;
  const end = Math.min(found.length, w.i + 2 * STEP);
  let { src, dst } = w;
  for (let i = w.i; i < end; i += 2) {
    const at = found[i], len = found[i + 1];
    out.set(hay.subarray(src, at), dst);
    dst += at - src;
    bytes += at - src;
    if (inserts.length === 0) {
      out.set(r, dst);
      dst += r.length;
    } else {
      let cut = 0;
      for (const n of inserts) {
        out.set(r.subarray(cut, n), dst);
        dst += n - cut;
        out.set(hay.subarray(at, at + len), dst);
        dst += len;
        cut = n;
      }
      out.set(r.subarray(cut), dst);
      dst += r.length - cut;
    }
    src = at + len;
  }
  const k = (end - w.i) / 2 + (bytes >> 4);
  w.i = end;
  w.src = src;
  w.dst = dst;
  return k;
}

// split and replace are jobs that pay for the bytes they search in reductions, as the BEAM's do
defineBifs("binary", explainedBinaryBifs({
  "split/2": ([s, p], ctx) => split(s, p, NIL, ctx),
  "split/3": ([s, p, o], ctx) => split(s, p, o, ctx),
  "replace/3": ([s, p, r], ctx) => replace(s, p, r, NIL, ctx),
  "replace/4": ([s, p, r, o], ctx) => replace(s, p, r, o, ctx),
}));
defineBifs("binary", explainedBinaryBifs({
  "part/2": ([s, pl]) => { if (!(pl instanceof Tuple)) badarg(); return binaryPart(s, (pl as Tuple).items[0], (pl as Tuple).items[1], BITSTRING); },
  "part/3": ([s, p, l]) => binaryPart(s, p, l, BITSTRING),
  "copy/1": ([s]) => (s instanceof Bin ? binFromBytes(b(s).slice()) : badargAt(1, "not a binary")),
  // the size of the binary a sub-binary keeps alive: as on the BEAM, a part under 64 bytes is a
  // copy of its own (a heap binary), a bigger one is a view whose whole buffer stays referenced
  "referenced_byte_size/1": ([s]) => {
    if (!(s instanceof Bin)) badargAt(1, "not a binary");
    const x = (s as Bin).bytes;
    return x.length < 64 ? x.length : Math.max(x.length, x.buffer.byteLength);
  },
  "copy/2": ([s, n], ctx) => {
    if (!(s instanceof Bin)) badargAt(1, "not a binary");
    const bad: { arg: number; why: string }[] = [];
    if (!(s as Bin).isBinary) bad.push({ arg: 1, why: BITSTRING });
    if (!isInt(n)) bad.push({ arg: 2, why: "not an integer" });
    else if (typeof n !== "number" || n < 0) bad.push({ arg: 2, why: "out of range" });
    if (bad.length) badargAtEach(bad);
    const x = b(s);
    return binFromBytes(repeatBytes(ctx, x, n as number));
  },
  "at/2": ([s, i]) => { const x = b(s); if (typeof i !== "number" || i < 0 || i >= x.length) badarg(); return x[i as number]; },
  "first/1": ([s]) => { const x = b(s); if (x.length === 0) badargAt(1, "a zero-sized binary is not allowed"); return x[0]; },
  "last/1": ([s]) => { const x = b(s); if (x.length === 0) badargAt(1, "a zero-sized binary is not allowed"); return x[x.length - 1]; },
  "bin_to_list/1": ([s], ctx) => (b(s), bytesOnto(ctx, s as Bin, 0, (s as Bin).size, NIL)),
  "bin_to_list/3": ([s, p, l], ctx) => (b(s), list(Array.from(b(binaryPart(s, p, l))))),
  // an iolist, as erlang:list_to_binary/1 takes (binaries and nested lists among the bytes)
  "list_to_bin/1": ([l]) => {
    const bytes = l instanceof Cons || l === NIL ? iodataBytes(l) : undefined;
    return bytes === undefined ? badargAt(1, "not an iodata term") : binFromBytes(bytes);
  },
  "longest_common_prefix/1": ([l]) => {
    const xs = arr(l).map((x) => (x instanceof Bin && x.isBinary ? x.bytes : badargAt(1, "not a flat list of binaries")));
    if (xs.length === 0) badarg();
    let n = 0;
    while (xs.every((x) => n < x.length && x[n] === xs[0][n])) n++;
    return n;
  },
}));

function charsToBin(t: Term, flatCut = false): Term {
  const r = chardataToString(t);
  if (typeof r === "string") return hasInvalidUtf8(t) ? utf8Conversion(t, flatCut) : bin(r);
  // (a bad integer after invalid UTF-8: the bytes fail first)
  if (r !== undefined && hasInvalidUtf8(t)) return utf8Conversion(t, flatCut);
  if (r === undefined) badarg();
  return conversionError(t);
}

/**
 * {:error, converted, rest} for chardata holding a code point that is not a character (the whole
 * term is chardata, checked first): `rest` starts at that code point, and each list around it
 * puts what remains of it in front of its own remaining elements, as OTP's unicode module does.
 */
/** characters_to_list: the same conversion, the converted part a list of code points */
export function charsToList(t: Term): Term {
  return binResultToList(charsToBin(t));
}

/** a conversion's result (a UTF-8 binary or {error|incomplete, done, rest}) with code point lists */
function binResultToList(r: Term): Term {
  if (r instanceof Bin) return list(codepoints(r.toString()));
  const [tag, done, rest] = (r as Tuple).items;
  return tuple(tag, list(codepoints((done as Bin).toString())), rest);
}

function conversionError(t: Term, latin1 = false): Term {
  const maxCp = latin1 ? 0xff : 0x10ffff;
  interface Level { items: Term[]; at: number; tail: Term }
  const levels: Level[] = [];
  let done = "";
  const enter = (l: Term): void => {
    const items: Term[] = [];
    let x = l;
    for (; x instanceof Cons; x = x.tail) items.push(x.head);
    levels.push({ items, at: 0, tail: x });
  };
  enter(t);
  while (levels.length > 0) {
    const top = levels[levels.length - 1];
    if (top.at === top.items.length) {
      levels.pop();
      if (top.tail instanceof Bin) done += latin1 ? String.fromCharCode(...top.tail.bytes) : top.tail.toString();
      if (levels.length > 0) levels[levels.length - 1].at++;
      continue;
    }
    const h = top.items[top.at];
    if (h instanceof Cons) { enter(h); continue; }
    if (typeof h === "number" && h >= 0 && h <= maxCp && !(h >= 0xd800 && h <= 0xdfff)) done += String.fromCodePoint(h);
    else if (h instanceof Bin) done += latin1 ? String.fromCharCode(...h.bytes) : h.toString();
    else if (h !== NIL) {
      let rest = list(top.items.slice(top.at), top.tail);
      for (let i = levels.length - 2; i >= 0; i--) {
        const lv = levels[i];
        rest = new Cons(rest, list(lv.items.slice(lv.at + 1), lv.tail));
      }
      return tuple(ERROR, bin(done), rest);
    }
    top.at++;
  }
  return bin(done);
}

function hasInvalidUtf8(t: Term): boolean {
  const stack: Term[] = [t];
  while (stack.length > 0) {
    let x = stack.pop()!;
    if (x instanceof Bin) { if (firstInvalid(x.bytes) < x.bytes.length) return true; continue; }
    for (; x instanceof Cons; x = x.tail) if (x.head instanceof Bin || x.head instanceof Cons) stack.push(x.head);
    if (x instanceof Bin) stack.push(x);
  }
  return false;
}

/** where the bytes stop being valid UTF-8 (their length when they never do) */
function firstInvalid(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    if (b[i] < 0x80) { i++; continue; }
    const n = cpLength(b, i);
    if (n === 1) return i;
    i += n;
  }
  return b.length;
}

/** the bytes from k on start a sequence that more bytes could complete (OTP: incomplete) */
function incompleteAt(b: Uint8Array, k: number): boolean {
  const c = b[k];
  const need = c >= 0xc0 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf8 ? 4 : 0;
  if (need === 0 || b.length - k >= need) return false;
  for (let i = k + 1; i < b.length; i++) if ((b[i] & 0xc0) !== 0x80) return false;
  return true;
}

/**
 * characters_to_binary of chardata holding invalid UTF-8: what converts before it, then
 * {:error, done, rest} (rest: the binary from the bad byte, before what remains of each list around
 * it) or, for a sequence cut at the end, {:incomplete, done, bytes}; a cut sequence goes on in
 * the next binary. (A cut sequence followed by an integer gives [bytes, what remains]; the
 * conversions to other encodings, OTP's Erlang code, give [bytes | what remains]: flatCut.)
 */
function utf8Conversion(t: Term, flatCut: boolean): Term {
  interface Level { items: Term[]; at: number; tail: Term }
  const levels: Level[] = [];
  let done = "";
  let pending: Uint8Array | null = null;
  let cutOff: Bin | null = null;
  const enter = (l: Term): void => {
    const items: Term[] = [];
    let x = l;
    for (; x instanceof Cons; x = x.tail) items.push(x.head);
    levels.push({ items, at: 0, tail: x });
  };
  // what remains from the current element on (`from` replacing it), in each list around it
  const remaining = (first: Term | null): Term => {
    const top = levels[levels.length - 1];
    let rest = list(first === null ? top.items.slice(top.at) : [first, ...top.items.slice(top.at + 1)], top.tail);
    for (let i = levels.length - 2; i >= 0; i--) rest = new Cons(rest, list(levels[i].items.slice(levels[i].at + 1), levels[i].tail));
    return rest;
  };
  // a binary's bytes: null when they all convert (or wait for more), else the bad part
  const take = (b: Bin): Bin | null => {
    let bytes = b.bytes;
    // a cut sequence the next binary does not go on: it fails on its own
    if (pending && bytes.length > 0 && (bytes[0] & 0xc0) !== 0x80) { cutOff = binFromBytes(pending); pending = null; return null; }
    if (pending) { const j = new Uint8Array(pending.length + bytes.length); j.set(pending); j.set(bytes, pending.length); bytes = j; pending = null; }
    const k = firstInvalid(bytes);
    done += utf8Text(bytes.subarray(0, k));
    if (k === bytes.length) return null;
    if (incompleteAt(bytes, k)) { pending = bytes.slice(k); return null; }
    return binFromBytes(bytes.slice(k));
  };
  if (t instanceof Bin) {
    const bad = take(t);
    if (bad) return tuple(ERROR, bin(done), bad);
  } else enter(t);
  while (levels.length > 0) {
    const top = levels[levels.length - 1];
    if (top.at === top.items.length) {
      levels.pop();
      if (top.tail instanceof Bin) {
        const bad = take(top.tail);
        if (cutOff) return tuple(ERROR, bin(done), list([cutOff, top.tail]));
        if (bad) return tuple(ERROR, bin(done), bad);
      }
      if (levels.length > 0) levels[levels.length - 1].at++;
      continue;
    }
    const h = top.items[top.at];
    if (h instanceof Cons) { enter(h); continue; }
    if (h instanceof Bin) {
      const bad = take(h);
      if (cutOff) return tuple(ERROR, bin(done), list([cutOff, remaining(null)]));
      if (bad) return tuple(ERROR, bin(done), remaining(bad));
    } else if (typeof h === "number") {
      if (pending) return tuple(ERROR, bin(done), flatCut ? new Cons(binFromBytes(pending), remaining(null)) : list([binFromBytes(pending), remaining(null)]));
      if (h >= 0 && h <= 0x10ffff && !(h >= 0xd800 && h <= 0xdfff)) done += String.fromCodePoint(h);
      else return tuple(ERROR, bin(done), remaining(null));
    } else if (h !== NIL) return tuple(ERROR, bin(done), remaining(null));
    top.at++;
  }
  return pending ? tuple(atom("incomplete"), bin(done), binFromBytes(pending)) : bin(done);
}

const utf8Decoder = new TextDecoder("utf-8", { ignoreBOM: true });
function utf8Text(b: Uint8Array): string {
  return utf8Decoder.decode(b);
}

/** characters_to_list/1 of a large binary of valid UTF-8: its list built in chunks, as
 *  String.to_charlist/1's (it cannot fail); undefined for anything else (converted at once) */
function bigValidCharlist(ctx: BifContext, t: Term): Term | TailCall | undefined {
  if (!(t instanceof Bin) || t.tailBits !== 0 || !isBigString(t) || validUtf8Prefix(t.bytes) !== t.size) return undefined;
  return bigCharlist(ctx, t);
}

/** unicode:characters_to_binary/1 is Erlang code on OTP 25: its badarg names unicode.erl's line */
function charsToBinFramed(t: Term): Term {
  return framedAsErlang("characters_to_binary", [t], () => charsToBin(t));
}

/** the BIFs' badarg names the data as not valid character data */
function namedBadarg(convert: () => Term): Term {
  try {
    return convert();
  } catch (e) {
    if (e instanceof ErlangError && e.reason === BADARG && e.diagnosis === undefined) e.diagnosis = { args: [[1, "not valid character data (an iodata term)"]] };
    throw e;
  }
}

/** a conversion that is Erlang code in OTP's unicode module: its badarg frame names the function
 *  and its arguments at unicode.erl's line */
function framedAsErlang(name: string, args: Term[], convert: () => Term): Term {
  try {
    return convert();
  } catch (e) {
    if (e instanceof ErlangError && e.reason === BADARG && e.diagnosis === undefined && e.callee === undefined) {
      e.diagnosis = { args: [[1, "not valid character data (an iodata term)"]] };
      e.callee = bifErrorFrame("unicode", name, args, e.diagnosis, ["unicode.erl", 895]);
    }
    throw e;
  }
}

/** chardata read as latin1: every byte of a binary is one character (a code point above 255:
 *  its index, as chardataToString names it) */
function latin1Text(t: Term): string | { bad: Term } | undefined {
  if (t instanceof Bin) return t.tailBits === 0 ? String.fromCharCode(...t.bytes) : undefined;
  return chardataToString(t, true);
}

/** a UTF-16/32 encoding term (utf16, {utf32, little} ...): [unit bytes, little endian] or null */
function wideEncoding(e: Term): [number, boolean] | null {
  const width = (a: Term) => (a instanceof Atom ? (a.name === "utf16" ? 2 : a.name === "utf32" ? 4 : 0) : 0);
  if (width(e) > 0) return [width(e), false];
  if (e instanceof Tuple && e.items.length === 2 && width(e.items[0]) > 0 && e.items[1] instanceof Atom && (e.items[1].name === "big" || e.items[1].name === "little"))
    return [width(e.items[0]), e.items[1].name === "little"];
  return null;
}

/** an encoding :unicode's conversions take (latin1, unicode/utf8, utf16/utf32 with an endianness) */
function isEncoding(e: Term): boolean {
  return (e instanceof Atom && ["latin1", "unicode", "utf8"].includes(e.name)) || wideEncoding(e) !== null;
}

/** OTP checks the encodings before the data: each that is none is named ("not a valid encoding",
 *  the 2nd argument first), the frame of an Erlang-written conversion at unicode.erl's line */
function checkEncodings(name: string, args: Term[], erlLine?: number): void {
  const bad: { arg: number; why: string }[] = [];
  for (let k = 1; k < args.length; k++) if (!isEncoding(args[k])) bad.push({ arg: k + 1, why: "not a valid encoding" });
  if (bad.length === 0) return;
  const e = new ErlangError("error", BADARG);
  e.diagnosis = { args: bad.map((b) => [b.arg, b.why] as [number, string]) };
  if (erlLine !== undefined) e.callee = bifErrorFrame("unicode", name, args, e.diagnosis, ["unicode.erl", erlLine]);
  throw e;
}

/** the text of UTF-16/32 chardata (binaries in the encoding, integers code points) */
function wideText(t: Term, [n, little]: [number, boolean]): string | undefined {
  if (t instanceof Bin) {
    const b = t.bytes;
    if (b.length % n !== 0) return undefined;
    const units: number[] = [];
    for (let i = 0; i < b.length; i += n) {
      let u = 0;
      for (let k = 0; k < n; k++) u += b[i + k] * 2 ** (8 * (little ? k : n - 1 - k));
      units.push(u);
    }
    if (n === 4) return units.every((u) => u <= 0x10ffff && !(u >= 0xd800 && u <= 0xdfff)) ? String.fromCodePoint(...units) : undefined;
    const s = String.fromCharCode(...units);
    return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s) ? undefined : s;
  }
  const items = listToArray(t);
  if (items === null) return undefined;
  let out = "";
  for (const it of items) {
    if (typeof it === "number" && it >= 0 && it <= 0x10ffff && !(it >= 0xd800 && it <= 0xdfff)) out += String.fromCodePoint(it);
    else {
      const inner = wideText(it, [n, little]);
      if (inner === undefined) return undefined;
      out += inner;
    }
  }
  return out;
}

/** UTF-16/32 bytes as text up to the first invalid unit (error) or cut-off one (incomplete) */
function wideBinText(b: Uint8Array, [n, little]: [number, boolean]): { text: string; tag?: "error" | "incomplete"; at: number; starts: number[] } {
  const unit = (i: number, size: number): number => {
    let u = 0;
    for (let k = 0; k < size; k++) u += b[i + k] * 2 ** (8 * (little ? k : size - 1 - k));
    return u;
  };
  let text = "";
  let i = 0;
  const starts: number[] = []; // each code point's first byte
  while (i < b.length) {
    if (b.length - i < n) return { text, tag: "incomplete", at: i, starts };
    const u = unit(i, n);
    starts.push(i);
    if (n === 4) {
      if (u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff)) return { text, tag: "error", at: i, starts };
      text += String.fromCodePoint(u);
      i += 4;
    } else if (u >= 0xd800 && u <= 0xdbff) {
      if (b.length - i < 4) return { text, tag: "incomplete", at: i, starts };
      const low = unit(i + 2, 2);
      if (low < 0xdc00 || low > 0xdfff) return { text, tag: "error", at: i, starts };
      text += String.fromCharCode(u, low);
      i += 4;
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      return { text, tag: "error", at: i, starts };
    } else {
      text += String.fromCharCode(u);
      i += 2;
    }
  }
  return { text, at: i, starts };
}

function wideBytes(text: string, [n, little]: [number, boolean]): Bin {
  const units = n === 4 ? codepoints(text) : Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  const out = new Uint8Array(units.length * n);
  units.forEach((u, i) => {
    for (let k = 0; k < n; k++) out[i * n + k] = (u >>> (8 * (little ? k : n - 1 - k))) & 0xff;
  });
  return binFromBytes(out);
}

/** unicode:characters_to_binary/3 between unicode (utf8), latin1, utf16 and utf32 */
function convertChars(t: Term, inEnc: Term, outEnc: Term): Term {
  const isLatin1 = (e: Term) => e instanceof Atom && e.name === "latin1";
  let text: string;
  const wideIn = wideEncoding(inEnc);
  if (wideIn !== null && t instanceof Bin) {
    // a binary converts up to its first bad or cut-off unit, as OTP's error/incomplete answers
    let d = wideBinText(t.bytes, wideIn);
    if (isLatin1(outEnc)) {
      // a character latin1 cannot hold stops it there: the rest is the input's own bytes
      const cps = codepoints(d.text);
      const bad = cps.findIndex((c) => c > 255);
      if (bad >= 0) d = { text: String.fromCodePoint(...cps.slice(0, bad)), tag: "error", at: d.starts[bad], starts: d.starts };
    }
    if (d.tag !== undefined) {
      const out = convertChars(bin(d.text), atom("unicode"), outEnc);
      return out instanceof Bin ? tuple(atom(d.tag), out, binFromBytes(t.bytes.slice(d.at))) : out;
    }
    text = d.text;
  } else if (wideIn !== null) {
    const r = wideText(t, wideIn);
    if (r === undefined) return badarg();
    text = r;
  } else if (isLatin1(inEnc)) {
    const r = latin1Text(t);
    if (r === undefined) return badarg();
    if (typeof r !== "string") {
      // {:error, converted, rest} from the first code point above 255, in the output encoding
      // (to latin1, UTF-16 or UTF-32 it is OTP's Erlang code, whose rest differs: left as badarg)
      if (isLatin1(outEnc) || wideEncoding(outEnc) !== null) return badarg();
      const [tag, done, rest] = (conversionError(t, true) as Tuple).items;
      const out = convertChars(done, atom("unicode"), outEnc);
      return out instanceof Bin ? tuple(tag, out, rest) : out;
    }
    text = r;
  } else {
    if (isLatin1(outEnc) && t instanceof Cons) {
      const r = listToLatin1(t);
      if (r !== null) return r;
    }
    const r = charsToBin(t, wideEncoding(outEnc) !== null || isLatin1(outEnc));
    if (!(r instanceof Bin)) {
      // what converted before the failure, in the output encoding
      if (!(r instanceof Tuple)) return r;
      const [tag, done, rest] = r.items;
      const out = convertChars(done, atom("unicode"), outEnc);
      return out instanceof Bin ? tuple(tag, out, rest) : r;
    }
    text = r.toString();
  }
  const wideOut = wideEncoding(outEnc);
  if (wideOut !== null) return wideBytes(text, wideOut);
  if (!isLatin1(outEnc)) return bin(text);
  const cps = codepoints(text);
  const bad = cps.findIndex((c) => c > 255);
  if (bad < 0) return binFromBytes(Uint8Array.from(cps));
  return tuple(ERROR, binFromBytes(Uint8Array.from(cps.slice(0, bad))), bin(String.fromCodePoint(...cps.slice(bad))));
}

/**
 * Unicode chardata (a list) to latin1 as OTP 25 walks it: a negative integer (or anything that is
 * no character, list or binary) before the first character latin1 cannot hold is a badarg; that
 * character (any integer above 255) stops it with {:error, converted, rest}, where rest keeps the
 * list's nesting with the character itself wrapped in a list ([97, [300, 99]] leaves [[[300], 99]])
 * and a binary's rest starts at the character. null: a binary that is not valid UTF-8 (the
 * general conversion answers those).
 */
function listToLatin1(t: Term): Term | null {
  const out: number[] = [];
  let fallback = false;
  // the rest of x from where it stopped, or undefined when all of x converted
  const walk = (x: Term): Term | undefined => {
    if (x instanceof Bin) {
      if (!x.isBinary) badarg();
      const b = x.bytes;
      for (let i = 0; i < b.length; ) {
        const c = b[i];
        const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
        if (n === 0 || i + n > b.length) { fallback = true; return NIL; }
        let cp = n === 1 ? c : c & (0xff >> (n + 1));
        for (let k = 1; k < n; k++) {
          if ((b[i + k] & 0xc0) !== 0x80) { fallback = true; return NIL; }
          cp = (cp << 6) | (b[i + k] & 0x3f);
        }
        if ((n === 3 && (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000))) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff))) { fallback = true; return NIL; }
        if (cp > 255) return binFromBytes(b.slice(i));
        out.push(cp);
        i += n;
      }
      return undefined;
    }
    let cell: Term = x;
    while (cell instanceof Cons) {
      const h = cell.head;
      if (typeof h === "number" || typeof h === "bigint") {
        if (h < 0) badarg();
        if (h > 255) return new Cons(list([h]), cell.tail);
        out.push(h as number);
      } else if (h instanceof Bin || h instanceof Cons || h === NIL) {
        const rest = walk(h);
        if (fallback) return NIL;
        if (rest !== undefined) return new Cons(rest, cell.tail);
      } else badarg();
      cell = cell.tail;
    }
    if (cell === NIL) return undefined;
    if (cell instanceof Bin) return walk(cell);
    return badarg();
  };
  const rest = walk(t);
  if (fallback) return null;
  const done = binFromBytes(Uint8Array.from(out));
  return rest === undefined ? done : tuple(ERROR, done, rest);
}

/** UTF-8 to UTF-8, OTP takes a list of one binary as that binary: what is left after an error is
 *  the bare rest of the binary ([<<255>>] gives {:error, "", <<255>>}, ["a", <<255>>] a list) */
function loneBinary(t: Term, ...encodings: Term[]): Term {
  const utf8 = encodings.every((e) => e === atom("unicode") || e === atom("utf8"));
  return utf8 && t instanceof Cons && t.tail === NIL && t.head instanceof Bin && t.head.isBinary ? t.head : t;
}

/** :unicode.characters_to_binary/1 at once (no job): for library code converting small pieces */
export function charactersToBinary(t: Term): Term {
  return charsToBinFramed(loneBinary(t));
}

defineBifs("unicode", {
  // (well-formed chardata in chunks, as a job; anything else converted at once)
  "characters_to_binary/1": ([t], ctx) => runJob(ctx, "unicode_characters_to_binary", ["unicode", "characters_to_binary", [t]], chardataToUtf8Job(t, () => charsToBinFramed(loneBinary(t)))),
  "characters_to_binary/2": ([t, i]) => (checkEncodings("characters_to_binary", [t, i]), namedBadarg(() => convertChars(loneBinary(t, i), i, atom("unicode")))),
  "characters_to_binary/3": ([t, i, o]) => (checkEncodings("characters_to_binary", [t, i, o], 895), framedAsErlang("characters_to_binary", [t, i, o], () => convertChars(loneBinary(t, i, o), i, o))),
  "characters_to_list/1": ([t], ctx) => bigValidCharlist(ctx, t) ?? framedAsErlang("characters_to_list", [t], () => charsToList(t)),
  // decoded from the input encoding (latin1 bytes, UTF-16/32) into code points
  "characters_to_list/2": ([t, i]) => (checkEncodings("characters_to_list", [t, i]), namedBadarg(() => binResultToList(convertChars(t, i, atom("unicode"))))),
  ...normalizers(),
  // (OTP answers false for anything not a binary)
  "bin_is_7bit/1": ([t]) => bool(t instanceof Bin && t.bytes.every((x) => x < 128)),
  "encoding_to_bom/1": ([e]) => {
    const name = e instanceof Atom ? e.name : e instanceof Tuple && e.items[0] instanceof Atom && e.items[1] instanceof Atom ? `${e.items[0].name}/${e.items[1].name}` : "";
    const boms: Record<string, number[]> = {
      utf8: [0xef, 0xbb, 0xbf], unicode: [0xef, 0xbb, 0xbf], latin1: [],
      utf16: [0xfe, 0xff], "utf16/big": [0xfe, 0xff], "utf16/little": [0xff, 0xfe],
      utf32: [0, 0, 0xfe, 0xff], "utf32/big": [0, 0, 0xfe, 0xff], "utf32/little": [0xff, 0xfe, 0, 0],
    };
    return Object.hasOwn(boms, name) ? binFromBytes(Uint8Array.from(boms[name])) : clauseInCode("unicode", "encoding_to_bom", [e], "unicode.erl", 192);
  },
  // the encoding a byte order mark at the start names, with the mark's length; latin1 and 0 without one
  "bom_to_encoding/1": ([t]) => {
    if (!(t instanceof Bin)) return clauseInCode("unicode", "bom_to_encoding", [t], "unicode.erl", 175);
    const b = t.bytes;
    const starts = (...xs: number[]) => xs.every((x, i) => b[i] === x) && b.length >= xs.length;
    if (starts(0xef, 0xbb, 0xbf)) return tuple(atom("utf8"), 3);
    if (starts(0, 0, 0xfe, 0xff)) return tuple(tuple(atom("utf32"), atom("big")), 4);
    if (starts(0xff, 0xfe, 0, 0)) return tuple(tuple(atom("utf32"), atom("little")), 4);
    if (starts(0xfe, 0xff)) return tuple(tuple(atom("utf16"), atom("big")), 2);
    if (starts(0xff, 0xfe)) return tuple(tuple(atom("utf16"), atom("little")), 2);
    return tuple(atom("latin1"), 0);
  },
});

/**
 * characters_to_nf{c,d,kc,kd}_{binary,list}/1: the text in a Unicode normal form; a binary that is
 * not UTF-8 ends it ({:error, normalized so far, rest}), other bad chardata is badarg as in OTP
 */
function normalizers(): Record<string, (args: Term[]) => Term> {
  const out: Record<string, (args: Term[]) => Term> = {};
  for (const form of ["nfc", "nfd", "nfkc", "nfkd"] as const) {
    const norm = (s: string) => s.normalize(form.toUpperCase() as "NFC");
    for (const kind of ["binary", "list"] as const) {
      const name = `characters_to_${form}_${kind}`;
      const make = (s: string): Term => (kind === "binary" ? bin(norm(s)) : list(codepoints(norm(s))));
      out[`${name}/1`] = ([t]) => {
        const r = utf8Chardata(t);
        if (r !== null) return r.rest === undefined ? make(r.text) : tuple(ERROR, make(r.text), r.rest);
        try {
          return badarg();
        } catch (e) {
          if (e instanceof ErlangError) {
            e.diagnosis = { args: [[1, "not valid character data (an iodata term)"]] };
            e.callee = bifErrorFrame("unicode", name, [t], e.diagnosis, ["unicode.erl", 892]);
          }
          throw e;
        }
      };
    }
  }
  return out;
}

/**
 * Chardata's text, stopping at a binary that is not UTF-8: {text, rest} with rest the bad binary's
 * remainder followed by what follows it at each list level (as OTP's unicode module returns it);
 * null when the term is not chardata of valid code points.
 */
function utf8Chardata(t: Term): { text: string; rest?: Term } | null {
  let text = "";
  const walk = (x: Term): Term | undefined | null => {
    if (x instanceof Bin) {
      const n = validUtf8Prefix(x.bytes);
      text += utf8Text(x.bytes.subarray(0, n));
      return n === x.size ? undefined : binFromBytes(x.bytes.slice(n));
    }
    const items: Term[] = [];
    let l: Term = x;
    for (; l instanceof Cons; l = l.tail) items.push(l.head);
    if (l !== NIL && !(l instanceof Bin)) return null;
    for (let i = 0; i < items.length; i++) {
      const h = items[i];
      if (typeof h === "number") {
        if (h < 0 || h > 0x10ffff || (h >= 0xd800 && h <= 0xdfff)) return null;
        text += String.fromCodePoint(h);
        continue;
      }
      if (!(h instanceof Bin || h instanceof Cons || h === NIL)) return null;
      const r = walk(h);
      if (r === null) return null;
      if (r !== undefined) return i + 1 === items.length && l === NIL ? r : new Cons(r, list(items.slice(i + 1), l));
    }
    return l instanceof Bin ? walk(l) : undefined;
  };
  const rest = walk(t);
  if (rest === null) return null;
  return rest === undefined ? { text } : { text, rest };
}