// The work of one :re.run (and of :re.split/replace's runs) as a job (bif_jobs.ts): the subject is
// checked and decoded, then searched, a window of start positions at a time, each window a point
// where the job may yield, so Regex.scan of a 4 MB binary lets every other process run, as OTP's
// re:run does (it traps and counts its loops). Work is counted in units: 16 bytes decoded, 16
// start positions passed or backtracking points tried, and 2 per match (found, then made a term).
//
// What made it slow: each match came back as an Int32Array of its own and each binary capture as
// a copy of its bytes in a fresh ArrayBuffer (millions of them for a big subject: most of the time
// went in V8's collection of them), and the UTF-8 subject was decoded into growing JS arrays. Now
// one Search is reused for every match, captures are sub-binaries of the subject (as the BEAM's
// are), and the decoded subject is two typed arrays, or the bytes themselves when it is ASCII.
import { Bin, Cons, EMPTY_BIN, NIL, Term, Tuple, binFromBytes } from "../terms.ts";
import { badarg } from "../errors.ts";
import { STEP } from "./bif_jobs.ts";
import { FOUND, MORE, type Search, type Units } from "../regex/match.ts";
import type { PreparedRun, RunOptions } from "./re.ts";

/** a subject: its bytes (as a binary, whose sub-binaries captures are), and the units the matcher
 *  reads with each unit's byte offset (UTF-8 mode, once decoded: null when the units are bytes) */
export interface Subject {
  bin: Bin;
  bytes: Uint8Array;
  utf: boolean;
  units: Units;
  offsets: Int32Array | null;
}

export function subjectOfBytes(t: Term, bytes: Uint8Array, utf: boolean): Subject {
  const bin = t instanceof Bin && t.isBinary ? t : binFromBytes(bytes);
  return { bin, bytes, utf, units: bytes, offsets: null };
}

/** bytes decoded per chunk (4,096 units) */
const DECODE_BYTES = 1 << 16;
/** units of search per chunk before a job may yield */
const SEARCH_UNITS = 4 * STEP;

// ---- decoding ----------------------------------------------------------------------------------

/** a UTF-8 subject being checked and decoded: the next byte, the units so far */
interface Decoding {
  subj: Subject;
  i: number;
  u: number;
  units: Int32Array | null;
  offsets: Int32Array | null;
}

/**
 * Up to DECODE_BYTES more bytes checked (and decoded once one is not ASCII): whether the subject
 * is done. Invalid UTF-8 is a badarg, as OTP's re:run finds it before matching.
 */
function decodeSome(d: Decoding): boolean {
  const b = d.subj.bytes, n = b.length;
  let i = d.i;
  const stop = Math.min(n, i + DECODE_BYTES);
  if (d.units === null) {
    while (i < stop && b[i] < 0x80) i++;
    if (i === n) {
      d.i = i;
      return true;
    }
    if (i === stop) {
      d.i = i;
      return false;
    }
    // the first byte past ASCII: the units so far are the bytes
    d.units = new Int32Array(n);
    d.offsets = new Int32Array(n + 1);
    for (let k = 0; k < i; k++) { d.units[k] = b[k]; d.offsets[k] = k; }
    d.u = i;
  }
  const units = d.units, offsets = d.offsets!;
  let u = d.u;
  while (i < stop) {
    const c = b[i];
    const at = i;
    let cp: number;
    if (c < 0x80) { cp = c; i++; }
    else {
      let k: number;
      if (c >= 0xc2 && c < 0xe0) { k = 1; cp = c & 0x1f; }
      else if (c >= 0xe0 && c < 0xf0) { k = 2; cp = c & 0x0f; }
      else if (c >= 0xf0 && c < 0xf5) { k = 3; cp = c & 0x07; }
      else badarg();
      if (i + k >= n) badarg();
      for (let j = 1; j <= k; j++) {
        const x = b[i + j];
        if ((x & 0xc0) !== 0x80) badarg();
        cp = (cp << 6) | (x & 0x3f);
      }
      if ((k === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (k === 3 && (cp < 0x10000 || cp > 0x10ffff))) badarg();
      i += k + 1;
    }
    units[u] = cp;
    offsets[u++] = at;
  }
  d.i = i;
  d.u = u;
  if (i < n) return false;
  offsets[u] = n;
  d.subj.units = units.subarray(0, u);
  d.subj.offsets = offsets.subarray(0, u + 1);
  return true;
}

// ---- searching ---------------------------------------------------------------------------------

/** the matches of a run being looked for: where the next search starts */
interface Scan {
  p: PreparedRun;
  se: Search;
  each: (caps: Int32Array) => void;
  pos: number;
  lastEmpty: boolean;
  /** the search in progress has begun (it goes on from se.next) */
  searching: boolean;
  done: boolean;
  /** the flags of the search again after an empty match (made at the first) */
  retryFlags: RunOptions["flags"] | null;
  crlf: boolean;
}

/** the unit a byte offset is (the offset must start a character in UTF-8 mode) */
function unitAt(subj: Subject, offset: number): number {
  const offs = subj.offsets;
  if (offs === null) return offset;
  let lo = 0, hi = offs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offs[mid] === offset) return mid;
    if (offs[mid] < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return badarg();
}

/**
 * Up to about `limit` units more of the run's searches, each match handed to `each` (its
 * captures in units, valid during the call): the units done. sc.done once no match is left (a
 * single run: after the first).
 */
function scanSome(sc: Scan, limit: number): number {
  const { p, se } = sc;
  const m = p.c.matcher, ro = p.ro, units = p.subj.units, n = units.length;
  let done = 0;
  while (done < limit) {
    if (!sc.searching) {
      if (sc.pos > n) { sc.done = true; break; }
      const f = sc.lastEmpty ? (sc.retryFlags ??= { ...ro.flags, notemptyAtstart: true, anchored: true }) : ro.flags;
      m.begin(se, units, sc.pos, f, ro.matchLimit);
      se.work = 0;
      sc.searching = true;
    }
    const r = m.advance(se, 16 * (limit - done));
    done += (se.work >> 4) + 1;
    se.work &= 15;
    if (r === MORE) continue;
    sc.searching = false;
    if (r !== FOUND) {
      // after an empty match, the search again from the same place found nothing non-empty:
      // go on a character (a CRLF pair at once) later
      if (!ro.global || !sc.lastEmpty) { sc.done = true; break; }
      sc.lastEmpty = false;
      sc.pos += sc.crlf && units[sc.pos] === 0x0d && units[sc.pos + 1] === 0x0a ? 2 : 1;
      continue;
    }
    sc.each(se.caps);
    done += 2;
    if (!ro.global) { sc.done = true; break; }
    sc.lastEmpty = se.caps[0] === se.caps[1];
    sc.pos = se.caps[1];
  }
  return done;
}

/**
 * A prepared run's matches, each handed to `each` as it is found (its captures in units, valid
 * only during the call): every one when global, else the first. Decodes the subject first.
 * Throws MatchLimitError when a search passes the match limit.
 */
export function* searchAll(p: PreparedRun, each: (caps: Int32Array) => void): Generator<number, void, void> {
  const subj = p.subj;
  if (subj.utf) {
    const d: Decoding = { subj, i: 0, u: 0, units: null, offsets: null };
    for (let at = 0, end = false; !end; at = d.i) {
      end = decodeSome(d);
      const k = (d.i - at) >> 4;
      if (k > 0) yield k;
    }
  }
  // a global run from past the end finds nothing
  if (p.pastEnd) return;
  const nl = p.c.program.options.newline;
  const matcher = p.c.matcher;
  const sc: Scan = {
    p,
    se: matcher.takeSearch(),
    each,
    pos: unitAt(subj, p.ro.offset),
    lastEmpty: false,
    searching: false,
    done: false,
    retryFlags: null,
    crlf: nl === "crlf" || nl === "anycrlf" || nl === "any",
  };
  while (!sc.done) {
    const k = scanSome(sc, SEARCH_UNITS);
    if (k > 0) yield k;
  }
  // (a run that ends otherwise, by a raise or a job never resumed, leaves its Search to the GC)
  matcher.releaseSearch(sc.se);
}

// ---- captures as terms -------------------------------------------------------------------------

/** for each value to return, the groups it may come from (the first set one; none: unset) */
export type CaptureIds = number[][] | "all" | "all_but_first";

/** one match's captures as :re.run returns them */
export function formatCaptures(m: Int32Array, ids: CaptureIds, type: RunOptions["type"], subj: Subject): Term {
  let out: Term = NIL;
  if (ids === "all" || ids === "all_but_first") {
    // trailing unset groups are left out, as PCRE reports them
    let top = m.length / 2 - 1;
    while (top > 0 && m[2 * top] < 0) top--;
    const lo = ids === "all" ? 0 : 1;
    for (let g = top; g >= lo; g--) out = new Cons(capture(m, g, type, subj), out);
    return out;
  }
  for (let j = ids.length - 1; j >= 0; j--) {
    const cands = ids[j];
    let g = -1;
    for (let c = 0; c < cands.length; c++) {
      if (2 * cands[c] < m.length && m[2 * cands[c]] >= 0) { g = cands[c]; break; }
    }
    out = new Cons(capture(m, g, type, subj), out);
  }
  return out;
}

function capture(m: Int32Array, g: number, type: RunOptions["type"], subj: Subject): Term {
  if (g < 0 || m[2 * g] < 0) return type === "index" ? new Tuple([-1, 0]) : type === "binary" ? EMPTY_BIN : NIL;
  const us = m[2 * g], ue = m[2 * g + 1];
  const offs = subj.offsets;
  const s = offs === null ? us : offs[us], e = offs === null ? ue : offs[ue];
  if (type === "index") return new Tuple([s, e - s]);
  if (type === "binary") return s === e ? EMPTY_BIN : subj.bin.slice(s, e);
  // a charlist: the code points in UTF-8 mode, else the bytes
  const from: ArrayLike<number> = subj.utf ? subj.units : subj.bytes;
  const a = subj.utf ? us : s, z = subj.utf ? ue : e;
  let out: Term = NIL;
  for (let i = z - 1; i >= a; i--) out = new Cons(from[i], out);
  return out;
}
