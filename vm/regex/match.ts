// A backtracking matcher with PCRE's semantics, built from the parsed pattern as closures.
// Each node becomes M = (position, continuation) => matched; captures are set when a group
// closes and restored when the continuation fails, so a repeated group keeps its last value
// (as PCRE does, unlike JS RegExp). Positions are unit indices: bytes, or code points in UTF-8
// mode (the BIF layer maps them back to byte offsets).
import type { Node, Program, AssertKind } from "./ast.ts";
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

class Ctx {
  s: ArrayLike<number> = [];
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

export class Matcher {
  private ctx: Ctx;
  private root: M;
  private firstUnit: number | null;
  private anchoredPattern: boolean;

  constructor(readonly prog: Program) {
    this.ctx = new Ctx(prog.groups);
    this.root = this.build(prog.root);
    this.firstUnit = firstLiteral(prog.root);
    this.anchoredPattern = startsAnchored(prog.root);
  }

  /**
   * The first match at or after `from`: capture positions (start, end per group, -1 when unset)
   * in units, or null.
   */
  exec(s: ArrayLike<number>, from: number, f: ExecFlags = {}, matchLimit = DEFAULT_MATCH_LIMIT): Int32Array | null {
    const ctx = this.ctx;
    ctx.budget = matchLimit;
    ctx.s = s;
    ctx.n = s.length;
    ctx.searchStart = from;
    ctx.notbol = !!f.notbol;
    ctx.noteol = !!f.noteol;
    const opts = this.prog.options;
    const anchored = f.anchored || opts.anchored;
    let last = anchored ? from : s.length;
    if (opts.firstline && !anchored) {
      let nl = from;
      while (nl < s.length && this.nlAt(nl) === 0) nl++;
      last = Math.min(last, nl);
    }
    if (this.anchoredPattern) last = Math.min(last, from);
    let start = from;
    let end = -1;
    const fin: K = (i) => {
      const ms = ctx.keep >= 0 ? ctx.keep : start;
      if (i === ms && (f.notempty || (f.notemptyAtstart && ms === from))) return false;
      end = i;
      return true;
    };
    const fu = this.firstUnit;
    try {
      for (; start <= last; start++) {
        if (fu !== null && (start >= s.length || s[start] !== fu)) continue;
        ctx.caps.fill(-1);
        ctx.keep = -1;
        if (this.root(start, fin)) {
          const out = ctx.caps.slice();
          out[0] = ctx.keep >= 0 ? ctx.keep : start;
          out[1] = end;
          return out;
        }
      }
    } catch (e) {
      if (e instanceof RangeError) throw new MatchLimitError();
      throw e;
    }
    return null;
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

/** the pattern can only match at the subject's start (\A or ^ first in every branch) */
function startsAnchored(n: Node): boolean {
  if (n.t === "assert") return n.kind === "start" || n.kind === "caret";
  if (n.t === "seq") return n.items.length > 0 && startsAnchored(n.items[0]);
  if (n.t === "alt") return n.alts.every(startsAnchored);
  if (n.t === "group" || n.t === "atomic") return startsAnchored(n.body);
  return false;
}
