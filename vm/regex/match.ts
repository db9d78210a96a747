// A backtracking matcher with PCRE's semantics, built from the parsed pattern as closures.
// Each node becomes M = (position, continuation) => matched; captures are set when a group
// closes and restored when the continuation fails, so a repeated group keeps its last value
// (as PCRE does, unlike JS RegExp). Positions are unit indices: bytes, or code points in UTF-8
// mode (the BIF layer maps them back to byte offsets).
import type { Node, Program, AssertKind, CharTest } from "./ast.ts";
import { caselessEq, isWordA, isWordU, isVSpace } from "./chars.ts";

type K = (i: number) => boolean;
type M = (i: number, k: K) => boolean;

export interface ExecFlags {
  anchored?: boolean;
  notbol?: boolean;
  noteol?: boolean;
  notempty?: boolean;
  notemptyAtstart?: boolean;
}

/** The matcher tried more backtracking points than the match limit, or raised past what the JS
 *  stack can hold (PCRE hits its match limit: re:run answers nomatch, or {error, match_limit}) */
export class MatchLimitError extends Error {}

/** PCRE's default match limit (as OTP builds it): calls of its match() per exec */
export const DEFAULT_MATCH_LIMIT = 10_000_000;

/** the units of no subject yet (a Search's or Ctx's before its first: one shared array, as a
 *  typed array of its own per Search was an allocation per :re.run) */
const NO_UNITS: Units = new Uint8Array(0);
const NO_FLAGS: ExecFlags = Object.freeze({});

class Ctx {
  s: Units = NO_UNITS;
  n = 0;
  caps: Int32Array;
  searchStart = 0;
  keep = -1;
  notbol = false;
  noteol = false;
  /** backtracking points left before the match limit (an alternative or repetition tried):
   *  a catastrophic pattern ends with MatchLimitError instead of holding the node */
  budget = DEFAULT_MATCH_LIMIT;
  spend(): void {
    if (--this.budget < 0) throw new MatchLimitError();
  }
  constructor(groups: number) {
    this.caps = new Int32Array(2 * (groups + 1));
  }
}

/** a subject's units: bytes, or code points in UTF-8 mode */
export type Units = Uint8Array | Int32Array;

/** Matcher.advance's answers */
export const FOUND = 1, NONE = 0, MORE = -1;

/** one search for a match (one PCRE exec) between calls of Matcher.advance: its own state, as
 *  the Matcher (one per pattern, shared by every process) is not */
export class Search {
  s: Units = NO_UNITS;
  from = 0;
  /** the next start position to try, and the last one allowed */
  next = 0;
  last = 0;
  f: ExecFlags = NO_FLAGS;
  /** backtracking points left before the match limit */
  budget = DEFAULT_MATCH_LIMIT;
  /** units of work done so far (start positions passed, backtracking points tried) */
  work = 0;
  /** the match's captures after FOUND (start, end per group in units; -1 unset) */
  readonly caps: Int32Array;
  /** Searches made so far (what tests count: runs of one pattern after another share one) */
  static made = 0;
  constructor(groups: number) {
    Search.made++;
    this.caps = new Int32Array(2 * (groups + 1));
  }
}

export class Matcher {
  private ctx: Ctx;
  private root: M;
  private firstUnit: number | null;
  /** a test every match's first unit passes (for units under 256: firstBits), when there is one */
  private firstTest: CharTest | null;
  private firstBits: Uint8Array | null = null;
  private anchoredPattern: boolean;

  constructor(readonly prog: Program) {
    this.ctx = new Ctx(prog.groups);
    this.root = this.build(prog.root);
    this.firstUnit = firstLiteral(prog.root);
    this.firstTest = this.firstUnit === null ? firstTest(prog.root, prog.options.utf8) : null;
    if (this.firstTest !== null) {
      const bits = new Uint8Array(256);
      for (let c = 0; c < 256; c++) bits[c] = this.firstTest(c) ? 1 : 0;
      this.firstBits = bits;
    }
    this.anchoredPattern = startsAnchored(prog.root);
  }

  /**
   * The first match at or after `from`: capture positions (start, end per group, -1 when unset)
   * in units, or null. (All at once; a job runs a Search window by window instead.)
   */
  exec(s: Units, from: number, f: ExecFlags = {}, matchLimit = DEFAULT_MATCH_LIMIT): Int32Array | null {
    const se = new Search(this.prog.groups);
    this.begin(se, s, from, f, matchLimit);
    return this.advance(se, Infinity) === FOUND ? se.caps.slice() : null;
  }

  /** a Search of this pattern that no run holds (one run after another reuses it: a Search and its
   *  captures' typed array per :re.run were most of a short run's allocation) */
  private spare: Search | null = null;

  /** a Search for a run of this pattern, its own until it gives it back (releaseSearch) */
  takeSearch(): Search {
    const se = this.spare;
    if (se === null) return new Search(this.prog.groups);
    this.spare = null;
    return se;
  }

  /** a run's Search, done with (not holding on to its subject) */
  releaseSearch(se: Search): void {
    se.s = NO_UNITS;
    se.f = NO_FLAGS;
    this.spare = se;
  }

  /** make `se` a new search of s from `from` (one PCRE exec, with its own match limit) */
  begin(se: Search, s: Units, from: number, f: ExecFlags, matchLimit: number): void {
    se.s = s;
    se.from = from;
    se.next = from;
    se.f = f;
    se.budget = matchLimit;
    const anchored = f.anchored || this.prog.options.anchored || this.anchoredPattern;
    se.last = anchored ? from : s.length;
    if (this.prog.options.firstline && !anchored) {
      // (no start past the first newline at or after `from`)
      this.ctx.s = s;
      this.ctx.n = s.length;
      let nl = from;
      while (nl < s.length && this.nlAt(nl) === 0) nl++;
      se.last = Math.min(se.last, nl);
    }
  }

  /**
   * Try the search's next start positions until a match (FOUND: its captures in se.caps), none is
   * left (NONE), or about `window` units of work are done (MORE: call again). A unit is a start
   * position passed or a backtracking point tried; one start's attempt is never cut (the match
   * limit bounds it). se.work adds the units done.
   */
  advance(se: Search, window: number): number {
    const ctx = this.ctx;
    const s = se.s, n = s.length, f = se.f, from = se.from, last = se.last;
    ctx.s = s;
    ctx.n = n;
    ctx.searchStart = from;
    ctx.notbol = !!f.notbol;
    ctx.noteol = !!f.noteol;
    ctx.budget = se.budget;
    const b0 = se.budget, p0 = se.next;
    let start = se.next;
    let end = -1;
    const fin: K = (i) => {
      const ms = ctx.keep >= 0 ? ctx.keep : start;
      if (i === ms && (f.notempty || (f.notemptyAtstart && ms === from))) return false;
      end = i;
      return true;
    };
    const fu = this.firstUnit, bits = this.firstBits, ft = this.firstTest;
    let r = NONE;
    try {
      for (; start <= last; start++) {
        if (fu !== null) {
          // (a native scan to the next place the first literal is)
          const at = start < n ? s.indexOf(fu, start) : -1;
          start = at < 0 || at > last ? last + 1 : at;
          if (start > last) break;
        } else if (bits !== null) {
          // (PCRE's start bitmap: skip the places no match can start at, within the window)
          const end = Math.min(last, n - 1), stopAt = Math.min(end, p0 + window);
          while (start <= stopAt) {
            const c = s[start];
            if (c < 256 ? bits[c] === 1 : ft!(c)) break;
            start++;
          }
          if (start > stopAt) {
            if (stopAt === end) { start = last + 1; break; }
            r = MORE;
            break;
          }
        }
        if (start - p0 + (b0 - ctx.budget) >= window) { r = MORE; break; }
        ctx.caps.fill(-1);
        ctx.keep = -1;
        if (this.root(start, fin)) {
          const out = se.caps;
          out.set(ctx.caps);
          out[0] = ctx.keep >= 0 ? ctx.keep : start;
          out[1] = end;
          r = FOUND;
          break;
        }
      }
    } catch (e) {
      if (e instanceof RangeError) throw new MatchLimitError();
      throw e;
    } finally {
      se.work += Math.min(start, n) - p0 + (b0 - ctx.budget);
      se.budget = ctx.budget;
      se.next = start;
    }
    return r;
  }

  private build(n: Node): M {
    const ctx = this.ctx;
    const utf = this.prog.options.utf8;
    switch (n.t) {
      case "lit": {
        const u = n.units;
        const L = u.length;
        if (n.ci) {
          return (i, k) => {
            if (i + L > ctx.n) return false;
            for (let j = 0; j < L; j++) if (!caselessEq(ctx.s[i + j], u[j], utf)) return false;
            return k(i + L);
          };
        }
        if (L === 1) {
          const c = u[0];
          return (i, k) => i < ctx.n && ctx.s[i] === c && k(i + 1);
        }
        return (i, k) => {
          if (i + L > ctx.n) return false;
          for (let j = 0; j < L; j++) if (ctx.s[i + j] !== u[j]) return false;
          return k(i + L);
        };
      }
      case "set": {
        const t = n.test;
        return (i, k) => i < ctx.n && t(ctx.s[i]) && k(i + 1);
      }
      case "dot": {
        const nl = this.nlAt;
        return (i, k) => i < ctx.n && nl(i) === 0 && k(i + 1);
      }
      case "seq": {
        const ms = n.items.map((x) => this.build(x));
        if (ms.length === 0) return (i, k) => k(i);
        let m = ms[ms.length - 1];
        for (let j = ms.length - 2; j >= 0; j--) {
          const a = ms[j], b = m;
          m = (i, k) => a(i, (x) => b(x, k));
        }
        return m;
      }
      case "alt": {
        const ms = n.alts.map((x) => this.build(x));
        return (i, k) => {
          for (const m of ms) {
            ctx.spend();
            if (m(i, k)) return true;
          }
          return false;
        };
      }
      case "group": {
        const body = this.build(n.body);
        const a = 2 * n.n, b = a + 1;
        return (i, k) =>
          body(i, (j) => {
            const caps = ctx.caps;
            const ps = caps[a], pe = caps[b];
            caps[a] = i;
            caps[b] = j;
            if (k(j)) return true;
            caps[a] = ps;
            caps[b] = pe;
            return false;
          });
      }
      case "rep": return this.rep(n);
      case "assert": return this.assert(n.kind);
      case "look": return this.look(n);
      case "atomic": return this.atomic(this.build(n.body));
      case "backref": return this.backref([n.n], n.ci);
      case "namedref": return this.backref(n.names, n.ci);
      case "cond": {
        const yes = this.build(n.yes), no = this.build(n.no);
        if (n.test.kind === "group") {
          const ns = n.test.ns;
          return (i, k) => (ns.some((g) => ctx.caps[2 * g + 1] >= 0) ? yes(i, k) : no(i, k));
        }
        const look = this.build(n.test.look);
        return (i, k) => (look(i, () => true) ? yes(i, k) : no(i, k));
      }
      case "keep":
        return (i, k) => {
          const old = ctx.keep;
          ctx.keep = i;
          if (k(i)) return true;
          ctx.keep = old;
          return false;
        };
      case "fail": return () => false;
      case "newline_seq":
        return (i, k) => {
          if (i >= ctx.n) return false;
          const c = ctx.s[i];
          if (c === 0x0d && i + 1 < ctx.n && ctx.s[i + 1] === 0x0a) return k(i + 2);
          if (this.prog.options.bsrAnycrlf) return (c === 0x0a || c === 0x0d) && k(i + 1);
          return (utf ? isVSpace(c) : c >= 0x0a && c <= 0x0d || c === 0x85) && k(i + 1);
        };
    }
  }

  /** the length of the newline sequence at i (0: none), by the pattern's newline convention */
  readonly nlAt = (i: number): number => {
    const s = this.ctx.s, n = this.ctx.n;
    if (i >= n) return 0;
    const c = s[i];
    switch (this.prog.options.newline) {
      case "lf": return c === 0x0a ? 1 : 0;
      case "cr": return c === 0x0d ? 1 : 0;
      case "crlf": return c === 0x0d && i + 1 < n && s[i + 1] === 0x0a ? 2 : 0;
      case "anycrlf": return c === 0x0d ? (i + 1 < n && s[i + 1] === 0x0a ? 2 : 1) : c === 0x0a ? 1 : 0;
      case "any":
        if (c === 0x0d) return i + 1 < n && s[i + 1] === 0x0a ? 2 : 1;
        return (c >= 0x0a && c <= 0x0c) || c === 0x85 || c === 0x2028 || c === 0x2029 ? 1 : 0;
    }
  };

  /** a newline sequence ends at i */
  private nlBefore(i: number): boolean {
    return (i >= 1 && this.nlAt(i - 1) === 1) || (i >= 2 && this.nlAt(i - 2) === 2);
  }

  private atomic(body: M): M {
    const ctx = this.ctx;
    return (i, k) => {
      const saved = ctx.caps.slice();
      const keep = ctx.keep;
      let end = -1;
      if (!body(i, (j) => ((end = j), true))) return false;
      if (k(end)) return true;
      ctx.caps.set(saved);
      ctx.keep = keep;
      return false;
    };
  }

  private rep(n: Extract<Node, { t: "rep" }>): M {
    const { min, max, greedy, possessive } = n;
    const ctx = this.ctx;
    const one = singleUnit(n.body, this.prog.options.utf8);
    if (one) {
      // a single-unit body: count matches in a loop instead of recursing per iteration
      return (i, k) => {
        const s = ctx.s, lim = max === Infinity ? ctx.n : Math.min(ctx.n, i + max);
        if (greedy || possessive) {
          let j = i;
          while (j < lim && one(s[j])) j++;
          if (j - i < min) return false;
          if (possessive) return k(j);
          for (; j >= i + min; j--) {
            ctx.spend();
            if (k(j)) return true;
          }
          return false;
        }
        let j = i;
        while (j < i + min) {
          if (j >= ctx.n || !one(s[j])) return false;
          j++;
        }
        for (;;) {
          ctx.spend();
          if (k(j)) return true;
          if (j >= lim || !one(s[j])) return false;
          j++;
        }
      };
    }
    const body = this.build(n.body);
    let loop: (i: number, count: number, k: K) => boolean;
    if (greedy || possessive) {
      loop = (i, count, k) => {
        ctx.spend();
        if (count < min) return body(i, (j) => loop(j, count + 1, k));
        if (count < max && body(i, (j) => (j === i ? k(j) : loop(j, count + 1, k)))) return true;
        return k(i);
      };
    } else {
      loop = (i, count, k) => {
        ctx.spend();
        if (count < min) return body(i, (j) => loop(j, count + 1, k));
        if (k(i)) return true;
        return count < max && body(i, (j) => (j === i ? k(j) : loop(j, count + 1, k)));
      };
    }
    const m: M = (i, k) => loop(i, 0, k);
    return possessive ? this.atomic(m) : m;
  }

  private assert(kind: AssertKind): M {
    const ctx = this.ctx;
    const word = this.prog.options.ucp ? isWordU : isWordA;
    const isWordAt = (i: number) => i >= 0 && i < ctx.n && word(ctx.s[i]);
    const nl = this.nlAt;
    let test: (i: number) => boolean;
    switch (kind) {
      case "start": test = (i) => i === 0; break;
      case "caret": test = (i) => i === 0 && !ctx.notbol; break;
      case "end": test = (i) => i === ctx.n; break;
      case "end_nl": test = (i) => i === ctx.n || (nl(i) > 0 && i + nl(i) === ctx.n); break;
      case "dollar": test = (i) => !ctx.noteol && (i === ctx.n || (nl(i) > 0 && i + nl(i) === ctx.n)); break;
      case "dollar_end": test = (i) => !ctx.noteol && i === ctx.n; break;
      case "bol": test = (i) => (i === 0 ? !ctx.notbol : i < ctx.n && this.nlBefore(i)); break;
      case "eol": test = (i) => (i === ctx.n ? !ctx.noteol : nl(i) > 0); break;
      case "word": test = (i) => isWordAt(i - 1) !== isWordAt(i); break;
      case "nonword": test = (i) => isWordAt(i - 1) === isWordAt(i); break;
      // PCRE's [[:<:]] and [[:>:]] (\b(?=\w) and \b(?<=\w))
      case "word_start": test = (i) => !isWordAt(i - 1) && isWordAt(i); break;
      case "word_end": test = (i) => isWordAt(i - 1) && !isWordAt(i); break;
      case "gstart": test = (i) => i === ctx.searchStart; break;
    }
    return (i, k) => test(i) && k(i);
  }

  private look(n: Extract<Node, { t: "look" }>): M {
    const ctx = this.ctx;
    let probe: (i: number) => boolean;
    if (n.behind) {
      const alts = n.body.t === "alt" ? n.body.alts : [n.body];
      const ms = alts.map((a) => this.build(a));
      const lens = n.lengths;
      probe = (i) => {
        for (let a = 0; a < ms.length; a++) {
          const from = i - lens[a];
          if (from >= 0 && ms[a](from, (j) => j === i)) return true;
        }
        return false;
      };
    } else {
      const body = this.build(n.body);
      probe = (i) => body(i, () => true);
    }
    if (n.neg) {
      return (i, k) => {
        const saved = ctx.caps.slice();
        if (probe(i)) {
          ctx.caps.set(saved);
          return false;
        }
        return k(i);
      };
    }
    return (i, k) => {
      const saved = ctx.caps.slice();
      if (!probe(i)) return false;
      if (k(i)) return true;
      ctx.caps.set(saved);
      return false;
    };
  }

  private backref(groups: number[], ci: boolean): M {
    const ctx = this.ctx;
    const utf = this.prog.options.utf8;
    return (i, k) => {
      let g = -1;
      for (const x of groups) if (ctx.caps[2 * x + 1] >= 0) { g = x; break; }
      if (g < 0) return false;
      const a = ctx.caps[2 * g], L = ctx.caps[2 * g + 1] - a;
      if (i + L > ctx.n) return false;
      for (let j = 0; j < L; j++) {
        const x = ctx.s[a + j], y = ctx.s[i + j];
        if (x !== y && !(ci && caselessEq(y, x, utf))) return false;
      }
      return k(i + L);
    };
  }
}

/** a test for one unit when the node always matches exactly one unit and captures nothing */
function singleUnit(n: Node, utf: boolean): ((c: number) => boolean) | null {
  if (n.t === "set") return n.test;
  if (n.t === "lit" && n.units.length === 1) {
    const c = n.units[0];
    if (!n.ci) return (x) => x === c;
    return (x) => caselessEq(x, c, utf);
  }
  if (n.t === "seq" && n.items.length === 1) return singleUnit(n.items[0], utf);
  return null;
}

/** the unit every match must start with, when the pattern begins with a case-sensitive literal */
function firstLiteral(n: Node): number | null {
  if (n.t === "lit") return n.ci ? null : n.units[0];
  if (n.t === "seq") return n.items.length > 0 ? firstLiteral(n.items[0]) : null;
  if (n.t === "group" || n.t === "atomic") return firstLiteral(n.body);
  if (n.t === "rep" && n.min > 0) return firstLiteral(n.body);
  return null;
}

/**
 * A test every match's first unit passes, when the pattern always begins by taking one unit
 * (null: it may begin with anything, or match nothing): zero-width items before it are skipped.
 */
function firstTest(n: Node, utf: boolean): CharTest | null {
  switch (n.t) {
    case "lit": {
      if (n.units.length === 0) return null;
      const c = n.units[0];
      return n.ci ? (x) => caselessEq(x, c, utf) : (x) => x === c;
    }
    case "set": return n.test;
    case "group": case "atomic": return firstTest(n.body, utf);
    case "rep": return n.min > 0 ? firstTest(n.body, utf) : null;
    case "alt": {
      const ts = n.alts.map((a) => firstTest(a, utf));
      if (ts.length === 0 || ts.some((t) => t === null)) return null;
      const all = ts as CharTest[];
      return (x) => all.some((t) => t(x));
    }
    case "seq":
      for (const it of n.items) {
        if (it.t === "assert" || it.t === "look" || it.t === "keep") continue;
        return firstTest(it, utf);
      }
      return null;
    default: return null;
  }
}

/** the pattern can only match at the subject's start (\A or ^ first in every branch) */
function startsAnchored(n: Node): boolean {
  if (n.t === "assert") return n.kind === "start" || n.kind === "caret";
  if (n.t === "seq") return n.items.length > 0 && startsAnchored(n.items[0]);
  if (n.t === "alt") return n.alts.every(startsAnchored);
  if (n.t === "group" || n.t === "atomic") return startsAnchored(n.body);
  return false;
}
