// :re.split/2,3 and :re.replace/3,4 over re.ts's run: the pieces are slices of the subject as a
// binary (byte offsets), returned as OTP 25's re.erl shapes them: split's pieces with each match's
// groups after the text before it (`group` nests them, `trim` drops empty ones at the end, `parts`
// stops early); replace's iodata keeps the text between matches as binaries and each replacement
// as a binary or a list of binaries (`&` the match, `\N` `\gN` `\g{N}` a group).
import { Atom, Bin, Term, Tuple, atom, binFromBytes, list, NIL } from "../terms.ts";
import { defineBifs } from "./registry.ts";
import { chargedByBytes } from "./work.ts";
import { badarg } from "../errors.ts";
import { chardataToString, enc, iodataBytes } from "./util.ts";
import { BadOption, OffsetPastEnd, PreparedRun, charlistOf, execRun, prepareRun, properList, withReInfo } from "./re.ts";
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
    if (typeof s !== "string") badarg();
    return enc.encode(s as string);
  }
  const b = iodataBytes(t);
  if (b === undefined) badarg();
  return b!;
}

/** the matches of `subject` (global or not), as byte offsets; a bad run option is a plain badarg */
function matchesOf(subject: Term, pattern: Term, opts: Term[]): { p: PreparedRun; found: number[][] } {
  let p: PreparedRun | Term;
  try {
    p = prepareRun(subject, pattern, opts);
  } catch (e) {
    if (e instanceof BadOption || e instanceof OffsetPastEnd) badarg();
    throw e;
  }
  if (!("c" in (p as object))) badarg();
  const prep = p as PreparedRun;
  let raw: Int32Array[];
  try {
    raw = execRun(prep);
  } catch (e) {
    // (re.erl's own run found nothing: the subject stays whole)
    if (!(e instanceof MatchLimitError)) throw e;
    raw = [];
  }
  const offs = prep.subj.offsets;
  const byte = (u: number) => (u < 0 ? -1 : offs ? offs[u] : u);
  return { p: prep, found: raw.map((m) => Array.from(m, byte)) };
}

function convert(bytes: Uint8Array, type: Return, utf: boolean): Term {
  return type === "list" ? charlistOf(bytes, utf) : binFromBytes(bytes);
}

// ---- split ---------------------------------------------------------------------------------------

function split(subject: Term, pattern: Term, optList: Term): Term {
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
  const { p, found } = matchesOf(subject, pattern, [...rest, atom("global")]);
  const whole = p.subj.bytes;
  const groups = p.c.program.groups;
  const piece = (b: Uint8Array) => convert(b, type, utf);
  if (found.length === 0) {
    const only = piece(whole);
    return list([group ? list([only]) : only]);
  }
  // each kept piece: the text before a match, then the match's groups (unset ones empty)
  const parts: Uint8Array[][] = [];
  let off = 0;
  let i = 0;
  for (;;) {
    if (limit === 0 || i === found.length) { parts.push([whole.subarray(off)]); break; }
    if (off >= whole.length) { parts.push([whole.subarray(0, 0)]); break; }
    const m = found[i++];
    const kept = m[0] - off;
    let emptyGroups = true;
    for (let g = 1; g <= groups && 2 * g < m.length; g++) if (m[2 * g] >= 0 && m[2 * g + 1] > m[2 * g]) emptyGroups = false;
    if (kept === 0 && emptyGroups && m[1] === m[0]) { off = m[1]; continue; }
    const entry = [whole.subarray(off, m[0])];
    for (let g = 1; g <= groups; g++) {
      const s = 2 * g < m.length ? m[2 * g] : -1;
      entry.push(s < 0 ? whole.subarray(0, 0) : whole.subarray(s, m[2 * g + 1]));
    }
    parts.push(entry);
    limit--;
    off = m[1];
  }
  if (group) {
    if (trim) while (parts.length > 0 && parts[parts.length - 1].every((b) => b.length === 0)) parts.pop();
    return list(parts.map((entry) => list(entry.map(piece))));
  }
  const flatParts = parts.flat();
  if (trim) while (flatParts.length > 0 && flatParts[flatParts.length - 1].length === 0) flatParts.pop();
  return list(flatParts.map(piece));
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

function replace(subject: Term, pattern: Term, replacement: Term, optList: Term): Term {
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
  const { p, found } = matchesOf(wholeT, pattern, rest);
  const whole = p.subj.bytes;
  let iodata: Term;
  if (found.length === 0) iodata = subject;
  else {
    const items: Term[] = [];
    let pos = 0;
    for (const m of found) {
      if (m[0] > pos) items.push(binFromBytes(whole.slice(pos, m[0])));
      if (repl.length === 1 && repl[0] instanceof Uint8Array) items.push(binFromBytes(repl[0]));
      else items.push(list(repl.map((x) => {
        if (x instanceof Uint8Array) return binFromBytes(x);
        const s = 2 * x < m.length ? m[2 * x] : -1;
        return binFromBytes(s < 0 ? new Uint8Array(0) : whole.slice(s, m[2 * x + 1]));
      })));
      pos = m[1];
    }
    iodata = list(items, pos < whole.length ? binFromBytes(whole.slice(pos)) : NIL);
  }
  if (type === "iodata") return iodata;
  const bytes = flat(iodata, utf);
  return convert(bytes, type, utf);
}

defineBifs("re", chargedByBytes({
  "split/2": withReInfo(["subject", "pattern"], ([s, p]) => split(s, p, NIL)),
  "split/3": withReInfo(["subject", "pattern", "options"], ([s, p, o]) => split(s, p, o)),
  "replace/3": withReInfo(["subject", "pattern", "data"], ([s, p, r]) => replace(s, p, r, NIL)),
  "replace/4": withReInfo(["subject", "pattern", "data", "options"], ([s, p, r, o]) => replace(s, p, r, o)),
}));
