// :re.split/2,3 and :re.replace/3,4 over re.ts's run: the pieces are slices of the subject as a
// binary (byte offsets), returned as OTP 25's re.erl shapes them: split's pieces with each match's
// groups after the text before it (`group` nests them, `trim` drops empty ones at the end, `parts`
// stops early); replace's iodata keeps the text between matches as binaries and each replacement
// as a binary or a list of binaries (`&` the match, `\N` `\gN` `\g{N}` a group).
import { Atom, Bin, EMPTY_BIN, Term, Tuple, atom, binFromBytes, list, NIL } from "../terms.ts";
import { defineBifs, type BifContext } from "./registry.ts";
import { STEP, runJob, type JobGen } from "./bif_jobs.ts";
import { build } from "./list_jobs.ts";
import type { Subject } from "./re_run.ts";
import { searchAll } from "./re_run.ts";
import { badarg } from "../errors.ts";
import { chardataToString, enc, iodataBytes } from "./util.ts";
import { BadOption, OffsetPastEnd, PreparedRun, UnicodeListSubject, binariesAreUtf8, charlistOf, prepareRun, properList, withReInfo } from "./re.ts";
import { MatchLimitError } from "../regex/match.ts";

type Return = "iodata" | "list" | "binary";

/** the return type named by {:return, R}; a BadOption for anything else */
function returnOf(o: Tuple): Return {
  const r = o.items[1];
  if (o.items.length === 2 && r instanceof Atom && (r.name === "iodata" || r.name === "list" || r.name === "binary")) return r.name;
  throw new BadOption();
}

function isTagged(o: Term, tag: string): o is Tuple {
  return o instanceof Tuple && o.items.length >= 1 && o.items[0] === atom(tag);
}

/** an option list that is no proper list is an invalid option too */
function optionItems(t: Term): Term[] {
  try {
    return properList(t);
  } catch {
    throw new BadOption();
  }
}

/** whether the subject and replacement are read as UTF-8: the compiled pattern says, or `unicode` */
function unicodeOf(pattern: Term, opts: Term[]): boolean {
  if (pattern instanceof Tuple && pattern.items.length === 5 && pattern.items[0] === atom("re_pattern")) return pattern.items[2] === 1;
  return opts.includes(atom("unicode"));
}

/** data as the bytes re.erl flattens it to (characters_to_binary when unicode) */
function flat(t: Term, utf: boolean): Uint8Array {
  if (t instanceof Bin) return t.bytes;
  if (utf) {
    const s = chardataToString(t);
    if (typeof s !== "string" || !binariesAreUtf8(t)) badarg();
    return enc.encode(s as string);
  }
  const b = iodataBytes(t);
  if (b === undefined) badarg();
  return b!;
}

/** the matches of `subject` (global or not), as byte offsets; a bad run option is a plain badarg */
function* matchesOf(subject: Term, pattern: Term, opts: Term[]): Generator<number, { p: PreparedRun; found: number[][] }, void> {
  let p: PreparedRun | Term;
  try {
    p = prepareRun(subject, pattern, opts);
  } catch (e) {
    if (e instanceof BadOption || e instanceof OffsetPastEnd || e instanceof UnicodeListSubject) badarg();
    throw e;
  }
  if (!("c" in (p as object))) badarg();
  const prep = p as PreparedRun;
  let found: number[][] = [];
  const subj = prep.subj;
  try {
    yield* searchAll(prep, (m) => {
      const offs = subj.offsets;
      const out = new Array<number>(m.length);
      for (let i = 0; i < m.length; i++) out[i] = m[i] < 0 ? -1 : offs ? offs[m[i]] : m[i];
      found.push(out);
    });
  } catch (e) {
    // (re.erl's own run found nothing: the subject stays whole)
    if (!(e instanceof MatchLimitError)) throw e;
    found = [];
  }
  return { p: prep, found };
}

function convert(bytes: Uint8Array, type: Return, utf: boolean): Term {
  return type === "list" ? charlistOf(bytes, utf) : binFromBytes(bytes);
}

/** bytes [s, e) of the subject as a piece of the given type */
function pieceOf(subj: Subject, s: number, e: number, type: Return, utf: boolean): Term {
  if (type === "list") return charlistOf(subj.bytes.subarray(s, e), utf);
  return s === e ? EMPTY_BIN : subj.bin.slice(s, e);
}

// ---- split ---------------------------------------------------------------------------------------

function* split(subject: Term, pattern: Term, optList: Term): JobGen {
  let type: Return = "iodata";
  let limit = -1;
  let trim = false;
  let group = false;
  const rest: Term[] = [];
  for (const o of optionItems(optList)) {
    if (o === atom("trim") || (isTagged(o, "parts") && o.items[1] === 0)) { limit = -1; trim = true; continue; }
    if (isTagged(o, "parts")) {
      const n = o.items[1];
      if (o.items.length === 2 && typeof n === "number" && Number.isInteger(n) && n >= 1) { limit = n - 1; trim = false; continue; }
      if (o.items.length === 2 && n === atom("infinity")) { limit = -1; trim = false; continue; }
      throw new BadOption();
    }
    if (o === atom("group")) { group = true; continue; }
    if (o === atom("global") || o === atom("report_errors") || isTagged(o, "capture")) throw new BadOption();
    if (isTagged(o, "return")) { type = returnOf(o); continue; }
    rest.push(o);
  }
  const utf = unicodeOf(pattern, rest);
  const { p, found } = yield* matchesOf(subject, pattern, [...rest, atom("global")]);
  const subj = p.subj;
  const size = subj.bytes.length;
  const groups = p.c.program.groups;
  const piece = (r: number[]) => pieceOf(subj, r[0], r[1], type, utf);
  if (found.length === 0) {
    const only = piece([0, size]);
    return list([group ? list([only]) : only]);
  }
  // each kept piece: the text before a match, then the match's groups (unset ones empty), as
  // byte ranges
  const parts: number[][][] = [];
  let off = 0;
  let i = 0;
  for (;;) {
    if (limit === 0 || i === found.length) { parts.push([[off, size]]); break; }
    if (off >= size) { parts.push([[0, 0]]); break; }
    const m = found[i++];
    const kept = m[0] - off;
    let emptyGroups = true;
    for (let g = 1; g <= groups && 2 * g < m.length; g++) if (m[2 * g] >= 0 && m[2 * g + 1] > m[2 * g]) emptyGroups = false;
    if (kept === 0 && emptyGroups && m[1] === m[0]) { off = m[1]; continue; }
    const entry = [[off, m[0]]];
    for (let g = 1; g <= groups; g++) {
      const s = 2 * g < m.length ? m[2 * g] : -1;
      entry.push(s < 0 ? [0, 0] : [s, m[2 * g + 1]]);
    }
    parts.push(entry);
    limit--;
    off = m[1];
    if ((i & (STEP - 1)) === 0) yield STEP;
  }
  const empty = (r: number[]) => r[1] === r[0];
  if (group) {
    if (trim) while (parts.length > 0 && parts[parts.length - 1].every(empty)) parts.pop();
    return yield* build(parts.map((entry) => list(entry.map(piece))), NIL);
  }
  const flatParts = parts.flat();
  if (trim) while (flatParts.length > 0 && empty(flatParts[flatParts.length - 1])) flatParts.pop();
  return yield* build(flatParts.map(piece), NIL);
}

// ---- replace -------------------------------------------------------------------------------------

/** the replacement as literal byte runs and group numbers (0: the whole match) */
function replacementParts(r: Uint8Array): (Uint8Array | number)[] {
  const out: (Uint8Array | number)[] = [];
  let lit: number[] = [];
  const flush = () => { if (lit.length > 0) { out.push(Uint8Array.from(lit)); lit = []; } };
  const digitsAt = (i: number): [number, number] => {
    let j = i;
    while (j < r.length && r[j] >= 0x30 && r[j] <= 0x39) j++;
    // no digits where a group number must be: re.erl's list_to_integer("") fails
    if (j === i) badarg();
    return [Number(String.fromCharCode(...r.subarray(i, j))), j];
  };
  let i = 0;
  while (i < r.length) {
    const c = r[i];
    if (c === 0x5c && r[i + 1] === 0x67 /* g */ && r[i + 2] === 0x7b /* { */ && i + 3 < r.length) {
      const [n, j] = digitsAt(i + 3);
      if (r[j] !== 0x7d) badarg();
      flush(); out.push(n); i = j + 1;
    } else if (c === 0x5c && r[i + 1] === 0x67 && i + 2 < r.length) {
      const [n, j] = digitsAt(i + 2);
      flush(); out.push(n); i = j;
    } else if (c === 0x5c && i + 1 < r.length && (r[i + 1] < 0x31 || r[i + 1] > 0x39)) {
      lit.push(r[i + 1]); i += 2;
    } else if (c === 0x5c && i + 1 < r.length) {
      const [n, j] = digitsAt(i + 1);
      flush(); out.push(n); i = j;
    } else if (c === 0x26 /* & */) {
      flush(); out.push(0); i++;
    } else {
      lit.push(c); i++;
    }
  }
  flush();
  return out;
}

function* replace(subject: Term, pattern: Term, replacement: Term, optList: Term): JobGen {
  let type: Return = "iodata";
  const rest: Term[] = [];
  for (const o of optionItems(optList)) {
    if (o === atom("report_errors") || isTagged(o, "capture")) throw new BadOption();
    if (isTagged(o, "return")) { type = returnOf(o); continue; }
    rest.push(o);
  }
  const utf = unicodeOf(pattern, rest);
  const wholeT = binFromBytes(flat(subject, utf));
  const repl = replacementParts(flat(replacement, utf));
  const { p, found } = yield* matchesOf(wholeT, pattern, rest);
  const whole = p.subj.bin;
  const size = whole.size;
  let iodata: Term;
  if (found.length === 0) iodata = subject;
  else {
    const items: Term[] = [];
    const lits = repl.map((x) => (x instanceof Uint8Array ? binFromBytes(x) : x));
    let pos = 0;
    for (let i = 0; i < found.length; i++) {
      const m = found[i];
      if (m[0] > pos) items.push(whole.slice(pos, m[0]));
      if (lits.length === 1 && lits[0] instanceof Bin) items.push(lits[0]);
      else items.push(list(lits.map((x) => {
        if (x instanceof Bin) return x;
        const s = 2 * x < m.length ? m[2 * x] : -1;
        return s < 0 ? EMPTY_BIN : whole.slice(s, m[2 * x + 1]);
      })));
      pos = m[1];
      if ((i & (STEP - 1)) === STEP - 1) yield STEP;
    }
    iodata = yield* build(items, pos < size ? whole.slice(pos, size) : NIL);
  }
  if (type === "iodata") return iodata;
  const bytes = flat(iodata, utf);
  return convert(bytes, type, utf);
}

// jobs that pay for their work (re_run.ts)
const job = (ctx: BifContext, name: "split" | "replace", args: Term[], gen: JobGen) => runJob(ctx, "re_" + name, ["re", name, args], gen);

defineBifs("re", {
  "split/2": (a, ctx) => withReInfo(["subject", "pattern"], ([s, p]) => job(ctx, "split", a, split(s, p, NIL)))(a),
  "split/3": (a, ctx) => withReInfo(["subject", "pattern", "options"], ([s, p, o]) => job(ctx, "split", a, split(s, p, o)))(a),
  "replace/3": (a, ctx) => withReInfo(["subject", "pattern", "data"], ([s, p, r]) => job(ctx, "replace", a, replace(s, p, r, NIL)))(a),
  "replace/4": (a, ctx) => withReInfo(["subject", "pattern", "data", "options"], ([s, p, r, o]) => job(ctx, "replace", a, replace(s, p, r, o)))(a),
});
