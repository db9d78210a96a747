// Erlang's :string, the classic list API of OTP 25 (1-based positions, Latin-1 case mapping: str,
// substr, tokens, strip, left, centre ...). These functions take flat lists: what is no list (a
// binary, most often) fails where string.erl's own clauses do, with their frames: a guard's
// function_clause, a helper's clause deeper down, or the erlang:length/++ or lists:reverse
// they call, under the string.erl frames calling them (OTP 25's lines, checked on elixir 1.14).
import { Atom, Cons, NIL, Term, atom, list, listToArray, tuple } from "../terms.ts";
import { defineBifs, type BifContext } from "./registry.ts";
import { badarg, ErlangError } from "../errors.ts";
import { codeFrame } from "../code_frame.ts";
import { bifFrom } from "./string_split_parts.ts";
import { stringClause, stringErl, isInteger, posInt, dirOf } from "./erl_string.ts";
import { exactEquals } from "../compare.ts";

const at = (fun: string, arity: number, line: number): Term => codeFrame("string", fun, arity, "string.erl", line);
const isList = (t: Term): boolean => t instanceof Cons || t === NIL;
const isProper = (t: Term): boolean => listToArray(t) !== null;
/** the BEAM keeps 8 entries of a stack trace: the failing call and 7 below it */
const BELOW_MAX = 7;

/** return addresses as the BEAM records them: one of a run of equal ones, at most BELOW_MAX */
function collapsed(frames: Term[]): Term[] {
  const out: Term[] = [];
  for (const f of frames) if (out[out.length - 1] !== f) out.push(f);
  return out.slice(0, BELOW_MAX);
}

const STRIP_RIGHT_SEP = at("strip_right", 2, 2088);
const STRIP_RIGHT_OTHER = at("strip_right", 2, 2093);

/** strip of an improper list, as string.erl walks it: strip_left/2 skips the separators (and fails
 *  at a tail that is no list, under belowLeft); strip_right/2 recurses through every element to
 *  the tail, failing there under one frame per element (innermost first) and belowRight */
function stripImproper(t: Cons, dir: string, c: Term, belowLeft: Term[], belowRight: Term[]): Term {
  let l: Term = t;
  if (dir !== "right") {
    while (l instanceof Cons && exactEquals(l.head, c)) l = l.tail;
    // (strip/2,3 call strip_left/2 last for a left strip: their frames are gone)
    if (!isList(l)) stripClause("left", l, c, dir === "both" ? belowLeft : []);
    if (dir === "left") return l;
  }
  const frames: Term[] = [];
  for (; l instanceof Cons; l = l.tail) frames.push(exactEquals(l.head, c) ? STRIP_RIGHT_SEP : STRIP_RIGHT_OTHER);
  if (l === NIL) throw new Error("stripImproper: a proper list");
  return stripClause("right", l, c, collapsed([...frames.reverse(), ...belowRight]));
}

/** a BIF string.erl calls (erlang:length/1, erlang:++/2, lists:reverse/1) failing on args, under
 *  the given string.erl frames */
function failIn(module: string, name: string, args: Term[], ctx: BifContext, below: Term[]): never {
  bifFrom(module, name, args, ctx, below);
  return badarg();
}

/** the frame-less case_clause of string:tokens/2 (its `case` on the separators or the string) */
function tokensCase(value: Term, line: number): never {
  const e = new ErlangError("error", tuple(atom("case_clause"), value));
  e.callee = at("tokens", 2, line);
  throw e;
}

/** where a search walking a list (chr/3, str/3, span/3 ...) meets a tail that is no list: its
 *  helper's clause with the tail and the position reached (rchr/rstr also the last match) */
function walkEnd(t: Term): { rest: Term; index: number } {
  let l = t;
  let i = 1;
  while (l instanceof Cons) { l = l.tail; i++; }
  return { rest: l, index: i };
}

/** lhs ++ rhs as the BEAM builds it (rhs any term: the result is improper when it is no list) */
function append(lhs: Term, rhs: Term): Term {
  return list(listToArray(lhs) ?? badarg(), rhs);
}

function chars(t: Term): number[] {
  const out: number[] = [];
  let l = t;
  while (l instanceof Cons) {
    if (typeof l.head !== "number") badarg();
    out.push(l.head as number);
    l = l.tail;
  }
  if (l !== NIL) badarg();
  return out;
}

const latinUpper = (c: number): number => ((c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xfe && c !== 0xf7) ? c - 32 : c);
const latinLower = (c: number): number => ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c);

function indexOf(hay: number[], needle: number[], last: boolean): number {
  if (needle.length === 0) return 0;
  const from = last ? hay.length - needle.length : 0;
  for (let i = from; last ? i >= 0 : i <= hay.length - needle.length; last ? i-- : i++) {
    let ok = true;
    for (let j = 0; j < needle.length && ok; j++) ok = hay[i + j] === needle[j];
    if (ok) return i + 1;
  }
  return 0;
}

function words(cs: number[], sep: number): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  for (const c of cs) {
    if (c === sep) { if (cur.length) out.push(cur); cur = []; } else cur.push(c);
  }
  if (cur.length) out.push(cur);
  return out;
}

function strip(cs: number[], dir: string, c: number): number[] {
  let a = 0;
  let b = cs.length;
  if (dir !== "right") while (a < b && cs[a] === c) a++;
  if (dir !== "left") while (b > a && cs[b - 1] === c) b--;
  return cs.slice(a, b);
}

function left(cs: number[], n: number, c: number): number[] {
  return cs.length >= n ? cs.slice(0, n) : [...cs, ...new Array(n - cs.length).fill(c)];
}

function right(cs: number[], n: number, c: number): number[] {
  return cs.length >= n ? cs.slice(cs.length - n) : [...new Array(n - cs.length).fill(c), ...cs];
}

function centre(cs: number[], n: number, c: number): number[] {
  if (cs.length >= n) {
    const start = Math.floor((cs.length - n) / 2);
    return cs.slice(start, start + n);
  }
  const lead = Math.floor((n - cs.length) / 2);
  return [...new Array(lead).fill(c), ...cs, ...new Array(n - cs.length - lead).fill(c)];
}

/** string:substr2/2: drops start - 1 elements of a list, failing where its clauses do */
function substr2(t: Term, start: number, below: Term[] = []): Term {
  let l = t;
  let s = start;
  while (s !== 1) {
    if (!(l instanceof Cons)) return stringClause("substr2", [l, s], 1915, below);
    l = l.tail;
    s--;
  }
  return l instanceof Cons || l === NIL ? l : stringClause("substr2", [l, s], 1915, below);
}


/** chr/3, str/3, span/3, cspan/3 (rchr/4, rstr/4: also the position of the last match, 0 when the
 *  walk met no match before the end) failing on what is no list: its clause with the rest */
function walkClause(fun: string, t: Term, extra: Term, line: number, last?: (i: number) => number): never {
  const { rest, index } = walkEnd(t);
  return stringClause(fun, last ? [rest, extra, index, last(index)] : [rest, extra, index], line);
}

/** string:strip_left/2 or strip_right/2 on what is no list, under their callers' frames */
const stripClause = (side: "left" | "right", t: Term, c: Term, below: Term[]): never =>
  stringClause(`strip_${side}`, [t, c], side === "left" ? 2082 : 2087, below);

/** strip(S, Dir, C) on a string that is no list: the side stripped first fails */
function stripNotList(t: Term, dir: string, c: Term, below: Term[]): never {
  return dir === "right" ? stripClause("right", t, c, []) : stripClause("left", t, c, dir === "both" ? below : []);
}

/** words/2 strips the string of its separator first (strip/3 both) */
const WORDS_STRIP = [at("strip", 3, 2080), at("words", 2, 2018)];

defineBifs("string", {
  "len/1": ([t], ctx) => (isProper(t) ? chars(t).length : failIn("erlang", "length", [t], ctx, [at("len", 1, 1768)])),
  "concat/2": ([a, b], ctx) => (listToArray(a) !== null ? append(a, b) : failIn("erlang", "++", [a, b], ctx, [at("concat", 2, 1788)])),
  "chr/2": ([t, c]) => {
    if (!isInteger(c)) return stringClause("chr", [t, c], 1799);
    // (a match before a tail that is no list is found before the walk reaches it)
    let i = 1;
    for (let l = t; l instanceof Cons; l = l.tail, i++) if (l.head === c) return i;
    return listToArray(t) === null ? walkClause("chr", t, c, 1801) : 0;
  },
  "rchr/2": ([t, c]) => {
    if (!isInteger(c)) return stringClause("rchr", [t, c], 1810);
    if (listToArray(t) === null) return walkClause("rchr", t, c, 1812, (i) => lastBefore(t, i, (l) => l.head === c));
    return chars(t).lastIndexOf(c) + 1;
  },
  "str/2": ([t, s]) => {
    if (!isList(s)) return stringClause("str", [t, s], 1829);
    if (!isList(t)) return stringClause("str", [t, s, 1], 1831);
    if (isProper(t) && isProper(s) && isChars(t) && isChars(s)) return indexOf(chars(t), chars(s), false);
    return search(t, s, false);
  },
  "rstr/2": ([t, s]) => {
    if (!isList(s)) return stringClause("rstr", [t, s], 1844);
    if (!isList(t)) return stringClause("rstr", [t, s, 1, 0], 1846);
    if (isProper(t) && isProper(s) && isChars(t) && isChars(s)) return indexOf(chars(t), chars(s), true);
    return search(t, s, true);
  },
  "span/2": ([t, s]) => {
    if (!isList(s)) return stringClause("span", [t, s], 1866);
    // (the walk stops at the first element not in the set; a tail that is no list reached before fails)
    const set = new Set(chars(s));
    let i = 0;
    let l = t;
    for (; l instanceof Cons && set.has(l.head as number); l = l.tail) i++;
    return l === NIL || l instanceof Cons ? i : stringClause("span", [l, s, i], 1868);
  },
  "cspan/2": ([t, s]) => {
    if (!isList(s)) return stringClause("cspan", [t, s], 1880);
    // (the walk stops at the first element in the set; a tail that is no list reached before fails)
    const set = new Set(chars(s));
    let i = 0;
    let l = t;
    for (; l instanceof Cons && !set.has(l.head as number); l = l.tail) i++;
    return l === NIL || l instanceof Cons ? i : stringClause("cspan", [l, s, i], 1882);
  },
  "substr/2": ([t, s]) => substr(t, s),
  "substr/3": ([t, s, n]) => substrLen(t, s, n),
  // sub_string(S, Start[, Stop]) is substr(S, Start[, Stop - Start + 1])
  "sub_string/2": ([t, s]) => substr(t, s),
  "sub_string/3": ([t, s, e]) => (isInteger(s) && isInteger(e) ? substrLen(t, s, e - s + 1) : badarg()),
  "tokens/2": ([t, seps], ctx) => {
    if (seps === NIL) return isList(t) ? (t === NIL ? NIL : list([t])) : tokensCase(t, 1929);
    if (!(seps instanceof Cons)) return tokensCase(seps, 1927);
    // (the string is reversed first: lists:reverse/1 refuses what is no proper list)
    if (listToArray(t) === null) return failIn("lists", "reverse", [t], ctx, [at("tokens", 2, seps.tail === NIL ? 1934 : 1936)]);
    const set = new Set(chars(seps));
    const out: Term[] = [];
    let cur: number[] = [];
    for (const c of chars(t)) {
      if (set.has(c)) { if (cur.length) out.push(list(cur)); cur = []; } else cur.push(c);
    }
    if (cur.length) out.push(list(cur));
    return list(out);
  },
  // join([H | T], Sep) is H ++ lists:append([Sep ++ X || X <- T])
  "join/2": ([ls, sep], ctx) => {
    if (!(ls instanceof Cons)) return stringClause("join", [ls, sep], 2241);
    const joinAt = at("join", 2, 2244);
    const parts: Term[] = [];
    let l = ls.tail;
    for (; l instanceof Cons; l = l.tail) {
      if (listToArray(sep) === null) failIn("erlang", "++", [sep, l.head], ctx, [at("-join/2-lc$^0/1-0-", 2, 2244), joinAt]);
      parts.push(append(sep, l.head));
    }
    if (l !== NIL) {
      const e = new ErlangError("error", tuple(atom("bad_generator"), l));
      e.callee = at("-join/2-lc$^0/1-0-", 2, 2244);
      e.calleeBelow = [joinAt];
      throw e;
    }
    // (lists:append/1: each part but the last must be a proper list)
    let rest: Term = parts.length ? parts[parts.length - 1] : NIL;
    for (let i = parts.length - 2; i >= 0; i--) rest = append(parts[i], rest);
    return listToArray(ls.head) !== null ? append(ls.head, rest) : failIn("erlang", "++", [ls.head, rest], ctx, [joinAt]);
  },
  // (chars/2 is chars(C, N, []))
  "chars/2": ([c, n]) => (isInteger(n) && n >= 0 ? list(new Array(n).fill(c)) : stringClause("chars", [c, n, NIL], 1982)),
  "chars/3": ([c, n, tail]) => (isInteger(n) && n >= 0 ? list(new Array(n).fill(c), tail) : stringClause("chars", [c, n, tail], 1982)),
  "copies/2": ([t, n], ctx) => {
    if (!isList(t) || !isInteger(n) || n < 0) return stringClause("copies", [t, n], 1996);
    if (n === 0) return NIL;
    // (copies/3 appends the string n times with ++: its elements may be any terms)
    const cs = listToArray(t) ?? failIn("erlang", "++", [t, NIL], ctx, [at("copies", 3, 2002)]);
    const out: Term[] = [];
    for (let i = n; i > 0; i--) out.push(...cs);
    return list(out);
  },
  "words/1": ([t]) => wordsOf(t, 32).length,
  "words/2": ([t, c]) => (isInteger(c) ? wordsOf(t, c).length : stringClause("words", [t, c], 2017)),
  "sub_word/2": ([t, n]) => subWord(t, n, 32),
  "sub_word/3": ([t, n, c]) => subWord(t, n, c),
  "strip/1": ([t]) => stripOf(t, "both", 32, [at("strip", 2, 2069)], []),
  "strip/2": ([t, d]) => {
    const dir = d instanceof Atom && ["left", "right", "both"].includes(d.name) ? d.name : stringClause("strip", [t, d], 2066);
    return stripOf(t, dir, 32, [at("strip", 2, 2069)], []);
  },
  "strip/3": ([t, d, c]) => {
    const dir = d instanceof Atom && ["left", "right", "both"].includes(d.name) ? d.name : stringClause("strip", [t, d, c], 2077);
    return stripOf(t, dir, c, [at("strip", 3, 2080)], []);
  },
  "left/2": ([t, n], ctx) => (isInteger(n) ? pad(left, "left", t, n, 32, ctx, 2113) : stringClause("left", [t, n], 2104)),
  "left/3": ([t, n, c], ctx) => (isInteger(n) && isInteger(c) ? pad(left, "left", t, n, c, ctx, 2113) : stringClause("left", [t, n, c], 2112)),
  "right/2": ([t, n], ctx) => (isInteger(n) ? pad(right, "right", t, n, 32, ctx, 2138) : stringClause("right", [t, n], 2129)),
  "right/3": ([t, n, c], ctx) => pad(right, "right", t, n, c, ctx, 2138),
  "centre/2": ([t, n], ctx) => (isInteger(n) ? pad(centre, "centre", t, n, 32, ctx, 2165) : stringClause("centre", [t, n], 2154)),
  "centre/3": ([t, n, c], ctx) => pad(centre, "centre", t, n, c, ctx, 2165),
  "to_upper/1": ([t]) => {
    if (typeof t === "number") return latinUpper(t);
    if (!(t instanceof Cons || t === NIL)) return stringClause("to_upper", [t], 2231);
    return mapChars(t, latinUpper, "-to_upper/1-lc$^0/1-0-", 2232);
  },
  "to_lower/1": ([t]) => {
    if (typeof t === "number") return latinLower(t);
    if (!(t instanceof Cons || t === NIL)) return stringClause("to_lower", [t], 2219);
    return mapChars(t, latinLower, "-to_lower/1-lc$^0/1-0-", 2220);
  },
});

/** substr(S, 1) when is_list(S); substr(S, N) when N > 1: substr2/2 drops N - 1 elements */
function substr(t: Term, s: Term): Term {
  if (s === 1 && isList(t)) return t;
  if (!isInteger(s) || s <= 1) return stringClause("substr", [t, s], 1898);
  return substr2(t, s);
}

/** substr(S, Start, Len) when Start >= 1, Len >= 0: lists:sublist(substr2(S, Start), Len) */
function substrLen(t: Term, s: Term, n: Term): Term {
  if (!isInteger(s) || s < 1 || !isInteger(n) || n < 0) return stringClause("substr", [t, s, n], 1909);
  // (substr1/2 takes n elements, recursing: a tail that is no list reached fails in its clauses)
  const out: Term[] = [];
  let l = substr2(t, s, [at("substr", 3, 1910)]);
  for (; l instanceof Cons && out.length < n; l = l.tail) out.push(l.head);
  if (!isList(l)) stringClause("substr1", [l, n - out.length], 1912, out.length ? [at("substr1", 2, 1912)] : []);
  return list(out);
}

/** the words of words/2 (the string stripped of the separator first: what is no list fails there) */
function wordsOf(t: Term, c: number, below: Term[] = []): number[][] {
  if (!isList(t)) stripClause("left", t, c, [...WORDS_STRIP, ...below]);
  if (t instanceof Cons && !isProper(t)) stripImproper(t, "both", c, [...WORDS_STRIP, ...below], [WORDS_STRIP[1], ...below]);
  return words(chars(t), c);
}

function subWord(t: Term, n: Term, c: Term): Term {
  if (!isInteger(n) || !isInteger(c)) return stringClause("sub_word", [t, n, c], 2039);
  return list(wordsOf(t, c, [at("sub_word", 3, 2040)])[posInt(n) - 1] ?? []);
}

/** left/right/centre(S, N, C): the length of S is taken first (erlang:length/1 in fun/3) */
function pad(f: (cs: number[], n: number, c: number) => number[], fun: string, t: Term, n: Term, c: Term, ctx: BifContext, line: number): Term {
  if (!isProper(t)) return failIn("erlang", "length", [t], ctx, [at(fun, 3, line)]);
  return list(f(chars(t), posInt(n), c as number));
}

/** the 1-based position of the last element before index i that satisfies p, 0 if none */
function lastBefore(t: Term, i: number, p: (l: Cons) => boolean): number {
  let last = 0;
  let k = 1;
  for (let l = t; l instanceof Cons && k < i; l = l.tail, k++) if (p(l)) last = k;
  return last;
}

const isChars = (t: Term): boolean => (listToArray(t) ?? []).every((x) => typeof x === "number");

const L_PREFIX = 1854;

/** str/3 and rstr/4 of any lists, as string.erl walks them: at each element equal to the
 *  substring's first, l_prefix/2 compares the rest (failing at a tail that is no list, under the
 *  walk's frame); the walk itself fails at a tail that is no list, with the position reached */
function search(t: Term, sub: Term, last: boolean): number {
  const walkFrame = last ? at("rstr", 4, 1847) : at("str", 3, 1832);
  let found = 0;
  let i = 1;
  let l = t;
  for (; l instanceof Cons; l = l.tail, i++) {
    if (!(sub instanceof Cons) || !exactEquals(l.head, sub.head)) continue;
    if (lPrefix(sub.tail, l.tail, walkFrame)) {
      if (!last) return i;
      found = i;
    }
  }
  if (l === NIL) return found;
  return last ? stringClause("rstr", [l, sub, i, found], 1846) : stringClause("str", [l, sub, i], 1831);
}

function lPrefix(pre: Term, s: Term, below: Term): boolean {
  while (pre instanceof Cons && s instanceof Cons && exactEquals(pre.head, s.head)) {
    pre = pre.tail;
    s = s.tail;
  }
  if (isList(pre) && isList(s)) return pre === NIL;
  return stringClause("l_prefix", [pre, s], L_PREFIX, [below]);
}

/** strip/1,2,3 (words/2 strips too): what is no list fails in the side stripped first */
function stripOf(t: Term, dir: string, c: Term, belowLeft: Term[], belowRight: Term[]): Term {
  if (!isList(t)) return stripNotList(t, dir, c, belowLeft);
  if (t instanceof Cons && !isProper(t)) return stripImproper(t, dir, c, belowLeft, belowRight);
  if (!isChars(t)) {
    const xs = listToArray(t)!;
    let a = 0;
    let b = xs.length;
    if (dir !== "right") while (a < b && exactEquals(xs[a], c)) a++;
    if (dir !== "left") while (b > a && exactEquals(xs[b - 1], c)) b--;
    return list(xs.slice(a, b));
  }
  return list(strip(chars(t), dir, c as number));
}

/** to_upper/to_lower of a list: a comprehension mapping its integers (other elements kept); a
 *  tail that is no list is its bad_generator, in the comprehension's frames */
function mapChars(t: Term, f: (c: number) => number, lc: string, line: number): Term {
  const out: Term[] = [];
  let l = t;
  for (; l instanceof Cons; l = l.tail) out.push(typeof l.head === "number" && Number.isInteger(l.head) ? f(l.head) : l.head);
  if (l !== NIL) {
    const e = new ErlangError("error", tuple(atom("bad_generator"), l));
    e.callee = at(lc, 1, line);
    e.calleeBelow = [at(lc, 1, line)];
    throw e;
  }
  return list(out);
}
