// io_lib:format/2 (and io:format, io:fwrite) as OTP 25: ~[Field][.Precision][.Pad][Mods]Control
// with every control (~ c f e g s w p W P B X # b x + i n), `*` taking a field from the
// arguments, negative fields for left adjustment, and OTP's padding, truncation and `*` overflow.
import { Atom, Bin, Cons, Float, NIL, Term } from "./terms.ts";
import { properItems, writeTerm } from "./io_write.ts";
import { prettyTerm } from "./io_pretty.ts";
import { list, charlist as charList } from "./terms.ts";
import { adjustDeep, padTree, prettyDeep, writeDeep } from "./io_deep.ts";
import { printfExponential } from "./format_float.ts";

/** why a format failed, as OTP 25's io:format reports it (io_lib:format just raises badarg) */
export class FormatFail extends Error {
  constructor(readonly arg: number, readonly why: string) { super(why); }
}
const failed = (): never => { throw new FormatFail(1, "failed to format string"); };

export type Spec = { field: number | null; adjLeft: boolean; prec: number | null; pad: string; mod: string; control: string };

const chars = (c: string, n: number): string => (n > 0 ? c.repeat(n) : "");
const strLen = (s: string): number => [...s].length;

/** place s in a field: too long gives stars (terms, numbers) */
function termField(s: string, spec: Spec): string {
  if (spec.field === null) return s;
  const n = strLen(s);
  const f = spec.field;
  if (n > f) return chars("*", f);
  return adjust(s, chars(spec.pad, f - n), spec.adjLeft);
}

/** ~w: the precision bounds the printed length too (OTP's term/5) */
function writeField(s: string, spec: Spec): string {
  if (spec.field === null) return s;
  const f = spec.field;
  const n = strLen(s);
  const bound = Math.min(n, spec.prec === null ? f : Math.min(spec.prec, f));
  if (n > bound) return adjust(chars("*", bound), chars(spec.pad, f - bound), spec.adjLeft);
  return adjust(s, chars(spec.pad, f - n), spec.adjLeft);
}

function adjust(s: string, padding: string, left: boolean): string {
  return left ? s + padding : padding + s;
}

function truncate(s: string, n: number): string {
  return [...s].slice(0, n).join("");
}

/** ~s text: field and precision truncate and pad (OTP's string/5) */
function stringField(s: string, spec: Spec): string {
  const { field: f, prec: p, pad, adjLeft } = spec;
  const n = strLen(s);
  const fit = (width: number, left: boolean): string => (n > width ? truncate(s, width) : adjust(s, chars(pad, width - n), left));
  if (f === null && p === null) return s;
  if (p === null) return fit(f!, adjLeft);
  if (f === null) return fit(p, true);
  if (p > f) return failed();
  const inner = n > p ? truncate(s, p) : s + chars(pad, p - n);
  return adjust(inner, chars(pad, f - p), adjLeft);
}

/** ~c: the character, repeated as the precision (else the field) says, padded to the field; a
 *  code that is no character (~tc of -1 or 0x110000) is kept as the integer io_lib gives */
function charPiece(c: number | bigint, spec: Spec): Piece {
  const { field: fw, prec: p } = spec;
  const count = fw === null && p === null ? 1 : p ?? fw!;
  if (fw !== null && count > fw) return failed();
  const padding = fw === null ? 0 : fw - count;
  if (typeof c === "number" && c >= 0 && c <= 0x10ffff && !(c >= 0xd800 && c <= 0xdfff)) {
    const ch = String.fromCodePoint(c);
    return padding === 0 ? chars(ch, count) : adjust(chars(ch, count), chars(spec.pad, padding), spec.adjLeft);
  }
  const codes: (number | bigint)[] = Array(count).fill(c);
  const pads: number[] = Array(padding).fill(spec.pad.codePointAt(0)!);
  return { codes: spec.adjLeft ? [...codes, ...pads] : [...pads, ...codes] };
}

/** the text of a ~s argument: iolist/chardata, binary or atom; t allows characters above 255 */
/** ~x's prefix when no atom: a deep list of characters (io_lib:deep_char_list; no binaries) */
function deepCharList(a: Term): string {
  let out = "";
  const walk = (x: Term): void => {
    while (x instanceof Cons) {
      const h = x.head;
      if (typeof h === "number" && Number.isInteger(h) && h >= 0 && h <= 0x10ffff) out += String.fromCodePoint(h);
      else if (h instanceof Cons || h === NIL) walk(h);
      else failed();
      x = x.tail;
    }
    if (x !== NIL) failed();
  };
  walk(a);
  return out;
}

function stringArg(a: Term, unicode: boolean): string {
  if (a instanceof Atom) return a.name;
  return fromCodes(stringCodes(a, unicode));
}

const fromCodes = (codes: number[]): string => {
  let s = "";
  for (const c of codes) s += String.fromCodePoint(c);
  return s;
};

/** the characters of a ~s list or binary; with t any integer from 0 up is taken (io_lib_format's
 *  cdata_to_chars), even one that is no character: the io server fails when it comes to write it */
function stringCodes(a: Term, unicode: boolean): number[] {
  if (!(a instanceof Bin || a instanceof Cons || a === NIL)) return wrongType("string");
  const out: number[] = [];
  const walk = (x: Term): void => {
    if (x instanceof Bin) {
      if (x.tailBits !== 0) failed();
      if (unicode) for (const ch of decodeUtf8(x)) out.push(ch.codePointAt(0)!);
      else out.push(...x.bytes);
      return;
    }
    if (typeof x === "number") {
      if (!Number.isInteger(x) || x < 0 || (!unicode && x > 255)) failed();
      out.push(x);
      return;
    }
    // (a bignum past every character: kept for the io server to refuse)
    if (typeof x === "bigint" && unicode && x > 0n) { out.push(Number(x)); return; }
    if (x === NIL) return;
    if (!(x instanceof Cons)) return failed();
    let l: Term = x;
    while (l instanceof Cons) { walk(l.head); l = l.tail; }
    if (l !== NIL) {
      if (l instanceof Bin) walk(l);
      else failed();
    }
  };
  walk(a);
  return out;
}

function decodeUtf8(b: Bin): string {
  const s = b.toString();
  return s.includes("\ufffd") ? String.fromCharCode(...b.bytes) : s;
}

// ---- floats: OTP rounds the 21 significant digits float_to_list gives, half up ----------------

/** digits (no dot) and decimal exponent of |x| with 21 significant digits: x = d.ddd * 10^exp */
function floatDigits(x: number): { digits: string; exp: number } {
  const m = /^(\d)\.(\d+)e([+-]\d+)$/.exec(printfExponential(Math.abs(x), 20))!;
  return { digits: m[1] + m[2], exp: Number(m[3]) };
}

/** round a digit string to keep `keep` digits, half up; returns the digits and whether it carried into a new digit */
function roundDigits(digits: string, keep: number): { digits: string; carried: boolean } {
  if (keep < 0) return { digits: "", carried: false };
  if (keep >= digits.length) return { digits: digits + "0".repeat(keep - digits.length), carried: false };
  let head = digits.slice(0, keep);
  if (digits.charCodeAt(keep) >= 53) {
    const arr = head.split("").map(Number);
    let i = arr.length - 1;
    while (i >= 0 && arr[i] === 9) { arr[i] = 0; i--; }
    if (i < 0) return { digits: "1" + arr.join(""), carried: true };
    arr[i]++;
    head = arr.join("");
  }
  return { digits: head, carried: false };
}

function formatF(x: number, p: number): string {
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return sign + "0." + "0".repeat(p);
  const { digits, exp } = floatDigits(x);
  // digits before the point: exp + 1 (may be <= 0)
  const intCount = exp + 1;
  const keep = intCount + p;
  let all: string;
  if (keep <= 0) {
    // only the rounding digit may matter: 0.000ddd with p decimals
    const r = keep === 0 && digits.charCodeAt(0) >= 53 ? "1" : "";
    all = "0".repeat(p + 1 - r.length) + r;
  } else {
    const r = roundDigits(digits, keep);
    all = r.digits;
    if (intCount <= 0) all = "0".repeat(Math.max(0, p + 1 - all.length)) + all;
  }
  const intPart = all.slice(0, all.length - p) || "0";
  return sign + intPart + "." + all.slice(all.length - p);
}

function formatE(x: number, p: number): string {
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return sign + "0." + "0".repeat(p - 1) + "e+0";
  const { digits, exp } = floatDigits(x);
  const r = roundDigits(digits, p);
  const e = r.carried ? exp + 1 : exp;
  const ds = r.carried ? r.digits.slice(0, p) : r.digits;
  return sign + ds[0] + "." + ds.slice(1) + "e" + (e < 0 ? "-" : "+") + Math.abs(e);
}

function formatG(x: number, p: number): string {
  const a = Math.abs(x);
  let e: number;
  if (a < 0.1) e = -2;
  else if (a < 1) e = -1;
  else if (a < 10) e = 0;
  else if (a < 100) e = 1;
  else if (a < 1000) e = 2;
  else if (a < 10000) e = 3;
  // (from 1.0e4 on OTP's exponent is an atom, greater than any precision: always ~e)
  else e = Infinity;
  if ((p <= 1 && e === -1) || (p - 1 > e && e >= -1)) return formatF(x, p - 1 - e);
  if (p <= 1) return formatE(x, 2);
  return formatE(x, p);
}

let argIndex = 0; // the 1-based position of the argument being formatted, for error reports

const wrongType = (type: string): never => { throw new FormatFail(2, `element ${argIndex} must be of type ${type}`); };

function floatArg(a: Term): number {
  if (a instanceof Float) return a.value;
  return wrongType("float");
}

function intArg(a: Term): number | bigint {
  if (typeof a === "number" && Number.isInteger(a)) return a;
  if (typeof a === "bigint") return a;
  return wrongType("integer");
}

function integerText(a: Term, base: number, lower: boolean, prefix: string): string {
  const n = intArg(a);
  if (base < 2 || base > 36) failed();
  const neg = n < 0;
  let digits = (neg ? -BigInt(n) : BigInt(n)).toString(base);
  digits = lower ? digits.toLowerCase() : digits.toUpperCase();
  return (neg ? "-" : "") + prefix + digits;
}

/** the format string's characters */
function formatChars(fmt: Term): string {
  if (fmt instanceof Atom) return fmt.name;
  if (fmt instanceof Bin) return decodeUtf8(fmt);
  return stringArg(fmt, true);
}

/** a control's text, and for the ones io_lib:format keeps as one element (~s of a string, ~w,
 *  ~p: io_lib_format's "limited" controls) that element's deep list */
export type Piece = string | { text: string; deep: Term } | { codes: (number | bigint)[] } | { deep: Term; columns: number };

/** io:format's text holds a code that is no character: the io server cannot write it */
export class UnwritableChars extends Error {}

/** io_lib:format/2's result as OTP 25 shapes it: a flat list when every control's text is
 *  flattened in place, else the characters with each kept element nested */
export function formatDeep(fmt: Term, args: Term): Term {
  return piecesDeep(formatPieces(fmt, args));
}

/** the deep character list of a format's pieces */
export function piecesDeep(pieces: Piece[]): Term {
  if (pieces.every((p) => typeof p === "string")) return charList(pieces.join(""));
  const items: Term[] = [];
  for (const p of pieces) {
    if (typeof p === "string") for (const ch of p) items.push(ch.codePointAt(0)!);
    else if ("codes" in p) items.push(...p.codes);
    else items.push(p.deep);
  }
  return list(items);
}

export function formatText(fmt: Term, args: Term): string {
  return formatPieces(fmt, args).map((p) => {
    if (typeof p === "string") return p;
    if (!("text" in p)) throw new UnwritableChars();
    return p.text;
  }).join("");
}

/** a format's control sequence as io_lib:scan_format/2 collects it: its spec and its arguments
 *  (at: the 1-based position of the first of them in the call's list, for error reports) */
export type Control = { spec: Spec; args: Term[]; at: number };
/** a scanned format: its characters (code points) and its controls, in order */
export type Scanned = (number | Control | { kept: Term })[];

/** how many arguments each control takes (io_lib_format's collect_cc) */
const ARG_COUNTS: Record<string, number> = { "~": 0, n: 0, W: 2, P: 2, x: 2, X: 2 };
export const controlArgCount = (control: string): number => ARG_COUNTS[control] ?? 1;

function formatPieces(fmt: Term, args: Term): Piece[] {
  return buildPieces(scanFormat(fmt, args));
}

/** the format's characters and control sequences, each with the arguments it takes (a `*` field
 *  takes its value from them here) */
export function scanFormat(fmt: Term, args: Term): Scanned {
  if (!(fmt instanceof Atom || fmt instanceof Bin || fmt instanceof Cons || fmt === NIL)) throw new FormatFail(1, "not a valid format string");
  let text: string;
  try { text = formatChars(fmt); } catch (e) {
    if (e instanceof FormatFail) throw new FormatFail(1, "not a valid format string");
    throw e;
  }
  const f = [...text];
  const as = properItems(args);
  if (as === null) throw new FormatFail(2, "not a list");
  const wrongCount = (): never => { throw new FormatFail(1, "wrong number of arguments"); };
  let k = 0;
  const next = (): Term => { if (k >= as.length) wrongCount(); argIndex = k + 1; return as[k++]; };
  const out: Scanned = [];
  let i = 0;
  while (i < f.length) {
    if (f[i] !== "~") { out.push(f[i++].codePointAt(0)!); continue; }
    i++;
    const spec: Spec = { field: null, adjLeft: false, prec: null, pad: " ", mod: "", control: "" };
    // field
    const minus = f[i] === "-";
    if (minus) { spec.adjLeft = true; i++; }
    if (f[i] === "*") {
      i++;
      const v = next();
      if (typeof v !== "number" || !Number.isInteger(v)) return failed();
      // (a `-` negates the argument's width: ~-*s of -3 is right-adjusted)
      const w = minus ? -v : v;
      spec.adjLeft = w < 0;
      spec.field = Math.abs(w);
    } else {
      let s = "";
      while (i < f.length && f[i] >= "0" && f[i] <= "9") s += f[i++];
      if (s) spec.field = Number(s);
    }
    // precision and pad
    if (f[i] === ".") {
      i++;
      if (f[i] === "*") {
        i++;
        const v = next();
        if (typeof v !== "number" || !Number.isInteger(v)) return failed();
        spec.prec = v;
      } else {
        let s = "";
        while (i < f.length && f[i] >= "0" && f[i] <= "9") s += f[i++];
        if (s) spec.prec = Number(s);
      }
      if (f[i] === ".") {
        i++;
        if (f[i] === "*") {
          i++;
          const v = next();
          if (typeof v !== "number") return failed();
          spec.pad = String.fromCodePoint(v);
        } else {
          if (i >= f.length) return failed();
          spec.pad = f[i++];
        }
      }
    }
    // (OTP 25 knows the t and l modifiers; k came with OTP 26)
    while (f[i] === "t" || f[i] === "l") spec.mod += f[i++];
    if (i >= f.length) throw new FormatFail(1, "format string invalid (truncated)");
    spec.control = f[i++];
    if (!"~ncswWpPefgbBxX#+i".includes(spec.control)) throw new FormatFail(1, `format string invalid (invalid control ~${spec.control})`);
    const at = k + 1;
    const taken: Term[] = [];
    for (let n = controlArgCount(spec.control); n > 0; n--) taken.push(next());
    out.push({ spec, args: taken, at });
  }
  if (k < as.length) wrongCount();
  return out;
}

/** a scanned format's text: each control formatted with its own arguments */
export function buildPieces(items: Scanned): Piece[] {
  let out = "";
  const pieces: Piece[] = [];
  for (const item of items) {
    if (typeof item === "number") {
      // (a code that is no character is kept as the integer)
      const ch = item >= 0 && item <= 0x10ffff ? String.fromCodePoint(item) : null;
      if (ch === null) { out += " "; pieces.push({ codes: [item] }); } else { out += ch; pieces.push(ch); }
      continue;
    }
    // (a list build_text was given among the characters stays one element)
    if ("kept" in item) { out += " "; pieces.push({ deep: item.kept, columns: 1 }); continue; }
    let j = 0;
    const next = (): Term => {
      if (j >= item.args.length) throw new FormatFail(1, "wrong number of arguments");
      argIndex = item.at + j;
      return item.args[j++];
    };
    const piece = control(item.spec, next, out);
    // (a code that is no character still takes a column)
    out += typeof piece === "string" ? piece : "codes" in piece ? " ".repeat(piece.codes.length) : "columns" in piece ? " ".repeat(piece.columns) : piece.text;
    pieces.push(piece);
  }
  return pieces;
}

function control(spec: Spec, next: () => Term, soFar: string): Piece {
  const unicode = spec.mod.includes("t");
  const { field: fw, prec: p } = spec;
  switch (spec.control) {
    case "n": return chars("\n", p ?? 1);
    case "~": case "c": {
      const arg = spec.control === "~" ? 126 : next();
      if (typeof arg === "bigint") return charPiece(unicode ? arg : Number(BigInt.asUintN(8, arg)), spec);
      if (typeof arg !== "number" || !Number.isInteger(arg)) return wrongType("integer");
      // (without t the character is the integer's low byte, as OTP's C band 255)
      return charPiece(unicode ? arg : arg & 255, spec);
    }
    case "s": {
      const a = next();
      // an atom's text is flattened in place; a string's stays one element
      if (a instanceof Atom) return stringField(a.name, spec);
      const codes = stringCodes(a, unicode);
      const deep = stringDeep(a, codes, spec);
      if (codes.some((c) => c > 0x10ffff)) return { deep, columns: strLen(stringField("x".repeat(codes.length), spec)) };
      return { text: stringField(fromCodes(codes), spec), deep };
    }
    case "w": {
      const t = next();
      const text = writeField(writeTerm(t, -1), spec);
      const deep = writeDeep(t);
      return { text, deep: deep === null ? charList(text) : termDeep(deep, strLen(writeTerm(t, -1)), spec) };
    }
    case "W": {
      const t = next();
      const d = next();
      if (typeof d !== "number") return failed();
      const text = writeField(writeTerm(t, d), spec);
      const deep = writeDeep(t, d);
      return { text, deep: deep === null ? charList(text) : termDeep(deep, strLen(writeTerm(t, d)), spec) };
    }
    case "p": case "P": {
      const t = next();
      // OTP prints ~p only right-adjusted: ~-30p is no format it knows
      if (spec.adjLeft) return failed();
      let d = -1;
      if (spec.control === "P") {
        const dv = next();
        if (typeof dv !== "number") return failed();
        d = dv;
      }
      // (the field width is the line length, and io_lib's print/11 has no left-adjusted clause)
      if (spec.adjLeft) return failed();
      const lineStart = soFar.lastIndexOf("\n") + 1;
      const col = p ?? strLen(soFar.slice(lineStart)) + 1;
      const enc = unicode ? "unicode" : "latin1";
      const strings = !spec.mod.includes("l");
      const text = prettyTerm(t, col, fw ?? 80, d, enc, strings);
      const deep = prettyDeep(t, text, d, (x, dd) => prettyTerm(x, 1, 1000000, dd, enc, strings));
      return { text, deep: deep ?? charList(text) };
    }
    case "e": {
      const x = floatArg(next());
      const pr = p ?? 6;
      if (pr < 2) return failed();
      return termField(formatE(x, pr), spec);
    }
    case "f": {
      const x = floatArg(next());
      const pr = p ?? 6;
      if (pr < 1) return failed();
      return termField(formatF(x, pr), spec);
    }
    case "g": {
      const x = floatArg(next());
      const pr = p ?? 6;
      if (pr < 1) return failed();
      return termField(formatG(x, pr), spec);
    }
    case "b": case "B": return termField(integerText(next(), p ?? 10, spec.control === "b", ""), spec);
    case "x": case "X": {
      const n = next();
      const nAt = argIndex;
      const prefix = next();
      // OTP names a non-integer before looking at the prefix
      if (typeof n !== "number" && typeof n !== "bigint") { argIndex = nAt; wrongType("integer"); }
      const pre = prefix instanceof Atom ? prefix.name : deepCharList(prefix);
      return termField(integerText(n, p ?? 10, spec.control === "x", pre), spec);
    }
    case "#": case "+": {
      const base = p ?? 10;
      return termField(integerText(next(), base, spec.control === "+", base + "#"), spec);
    }
    case "i": next(); return "";
    default: return failed();
  }
}

// ---- the deep shapes of ~s and ~w (io_lib_format:string/6 and term/5) ---------------------------

/** ~s: the argument's characters (a deep character list stays as it is), padded or cut */
function stringDeep(a: Term, codes: number[], spec: Spec): Term {
  const s = iolistChars(a, spec.mod.includes("t"));
  const { field: f, prec: p, adjLeft } = spec;
  const pad = spec.pad.codePointAt(0)!;
  const n = codes.length;
  const field = (width: number, left: boolean): Term =>
    n > width ? list(codes.slice(0, width)) : n < width ? adjustDeep(s, padTree(pad, width - n), left) : s;
  if (f === null && p === null) return s;
  if (p === null) return field(f!, adjLeft);
  if (f === null) return field(p, true);
  if (f > p) {
    if (n > p) return adjustDeep(list(codes.slice(0, p)), padTree(pad, f - p), adjLeft);
    if (n < p) return adjustDeep(new Cons(s, padTree(pad, p - n)), padTree(pad, f - p), adjLeft);
    return adjustDeep(s, padTree(pad, f - p), adjLeft);
  }
  return field(f, adjLeft);
}

/** io_lib_format's iolist_to_chars: the list keeps its nesting, each binary becomes its characters */
function iolistChars(t: Term, unicode: boolean): Term {
  if (t instanceof Bin) return charList(unicode ? decodeUtf8(t) : String.fromCharCode(...t.bytes));
  if (t instanceof Cons) return new Cons(iolistChars(t.head, unicode), iolistChars(t.tail, unicode));
  return t;
}

/** ~w in a field: stars when it does not fit, else padded (len: its flat length) */
function termDeep(t: Term, len: number, spec: Spec): Term {
  const { field: f, prec: p0, adjLeft } = spec;
  if (f === null && p0 === null) return t;
  const width = f ?? p0!;
  const p = Math.min(len, p0 === null ? width : Math.min(p0, width));
  const pad = spec.pad.codePointAt(0)!;
  if (len > p) return adjustDeep(padTree(42, p), padTree(pad, width - p), adjLeft);
  return adjustDeep(t, padTree(pad, width - len), adjLeft);
}
