// :lists functions OTP 25 writes as recursive Erlang (lists.erl): a failure shows the frame of the
// call that failed, with its arguments then (:lists.nth(10, [1]) fails as nth(9, []) at
// lists.erl:198), and their guards are Erlang's (N > 1 holds for an atom, so nth(:a, [1]) fails
// on N - 1 as a badarith in nth/2).
import { Cons, Float, NIL, Term, atom, list, tuple } from "../terms.ts";
import { compare } from "../compare.ts";
import { ErlangError } from "../errors.ts";
import { defineBifs } from "./registry.ts";
import { bifErrorFrame } from "../error_info.ts";
import * as A from "./arith.ts";
import { erlLocation, listsClause } from "./lists_walk.ts";
import { STEP, runJob, type JobGen } from "./bif_jobs.ts";
import { build } from "./list_jobs.ts";

const LISTS = atom("lists");


const isNumber = (t: Term) => typeof t === "number" || typeof t === "bigint" || t instanceof Float;

/** N - 1 in lists:name/arity's code at line */
function minusOne(n: Term, name: string, arity: number, line: number): Term {
  if (isNumber(n)) return A.sub(n, 1);
  const e = new ErlangError("error", atom("badarith"));
  e.callee = tuple(LISTS, atom(name), arity, erlLocation(line));
  throw e;
}

const isList = (t: Term) => t === NIL || t instanceof Cons;
const isInt = (t: Term) => (typeof t === "number" && Number.isInteger(t)) || typeof t === "bigint";
const above = (t: Term, n: number) => compare(t, n) > 0;

// nth(1, [H|_]) -> H;  nth(N, [_|T]) when N > 1 -> nth(N - 1, T).
function* nth(n: Term, l: Term): JobGen {
  for (let k = 1; ; k++) {
    if (n === 1 && l instanceof Cons) return l.head;
    if (!(l instanceof Cons) || !above(n, 1)) listsClause("nth", [n, l], 198);
    n = minusOne(n, "nth", 2, 200);
    l = l.tail;
    if (k === STEP) { yield k; k = 0; }
  }
}

// nthtail(1, [_|T]) -> T;  nthtail(N, [_|T]) when N > 1 -> nthtail(N - 1, T);
// nthtail(0, L) when is_list(L) -> L.
function* nthtail(n: Term, l: Term): JobGen {
  for (let k = 1; ; k++) {
    if (n === 1 && l instanceof Cons) return l.tail;
    if (l instanceof Cons && above(n, 1)) {
      n = minusOne(n, "nthtail", 2, 210);
      l = l.tail;
      if (k >= STEP) { yield k; k = 0; }
      continue;
    }
    if (n === 0 && isList(l)) return l;
    listsClause("nthtail", [n, l], 208);
  }
}

// last([E|Es]) -> last(E, Es).  last(_, [E|Es]) -> last(E, Es);  last(E, []) -> E.
function* last(l: Term): JobGen {
  if (!(l instanceof Cons)) listsClause("last", [l], 256);
  let e = l.head, rest = l.tail, k = 0;
  while (rest instanceof Cons) {
    e = rest.head;
    rest = rest.tail;
    if (++k === STEP) { yield k; k = 0; }
  }
  if (rest !== NIL) listsClause("last", [e, rest], 258);
  return e;
}

// max([H|T]) -> max(T, H).  max([H|T], Max) when H > Max -> ...;  max([], Max) -> Max.  (min alike)
function* extreme(name: string, l: Term, better: (x: Term, best: Term) => boolean, line: number): JobGen {
  if (!(l instanceof Cons)) listsClause(name, [l], line);
  let best = l.head, rest = l.tail, k = 0;
  while (rest instanceof Cons) {
    if (better(rest.head, best)) best = rest.head;
    rest = rest.tail;
    if (++k === STEP) { yield k; k = 0; }
  }
  if (rest !== NIL) listsClause(name, [rest, best], line + 2);
  return best;
}

// sum(L) -> sum(L, 0).  sum([H|T], Sum) -> sum(T, Sum + H);  sum([], Sum) -> Sum.
function* sum(l: Term): JobGen {
  let acc: Term = 0, rest = l, k = 0;
  while (rest instanceof Cons) {
    if (++k === STEP) { yield k; k = 0; }
    const h = rest.head;
    try {
      acc = A.add(acc, h);
    } catch (e) {
      // (raised in lists.erl's sum/2, at its line: that frame stands under the operator's)
      if (e instanceof ErlangError) {
        e.callee = bifErrorFrame("erlang", "+", [acc, h], undefined);
        e.calleeBelow = [tuple(atom("lists"), atom("sum"), 2, erlLocation(319))];
      }
      throw e;
    }
    rest = rest.tail;
  }
  if (rest !== NIL) listsClause("sum", [rest, acc], 319);
  return acc;
}

// sublist(List, L) when is_integer(L), is_list(List) -> sublist_2(List, L).
// sublist_2([H|T], L) when L > 0 -> [H|sublist_2(T, L-1)];  sublist_2(_, 0) -> [];
// sublist_2(List, L) when is_list(List), L > 0 -> [].
function* sublist(l: Term, n: Term): JobGen {
  if (!isInt(n) || !isList(l)) listsClause("sublist", [l, n], 385);
  const out: Term[] = [];
  let k = n, rest = l, steps = 0;
  while (rest instanceof Cons && above(k, 0)) {
    out.push(rest.head);
    rest = rest.tail;
    k = A.sub(k, 1);
    if (++steps === STEP) { yield steps; steps = 0; }
  }
  if (!(k === 0 || (isList(rest) && above(k, 0)))) listsClause("sublist_2", [rest, k], 388);
  return yield* build(out, NIL);
}

// sublist(List, 1, L) when is_list(List), is_integer(L), L >= 0 -> sublist(List, L);
// sublist([], S, _L) when is_integer(S), S >= 2 -> [];
// sublist([_|T], S, L) when is_integer(S), S >= 2 -> sublist(T, S-1, L).
function* sublist3(l: Term, s: Term, n: Term): JobGen {
  for (let k = 1; ; k++) {
    if (s === 1 && isList(l) && isInt(n) && compare(n, 0) >= 0) return yield* sublist(l, n);
    if (!isInt(s) || !above(s, 1) || !isList(l)) listsClause("sublist", [l, s, n], 372);
    if (l === NIL) return NIL;
    l = (l as Cons).tail;
    s = A.sub(s, 1);
    if (k >= STEP) { yield k; k = 0; }
  }
}

defineBifs("lists", {
  // (the walks run as jobs: a million cells in chunks that let other processes run)
  "nth/2": ([n, l], ctx) => runJob(ctx, "lists_nth", ["lists", "nth", [n, l]], nth(n, l)),
  "nthtail/2": ([n, l], ctx) => runJob(ctx, "lists_nthtail", ["lists", "nthtail", [n, l]], nthtail(n, l)),
  "last/1": ([l], ctx) => runJob(ctx, "lists_last", ["lists", "last", [l]], last(l)),
  "max/1": ([l], ctx) => runJob(ctx, "lists_max", ["lists", "max", [l]], extreme("max", l, (x, m) => compare(x, m) > 0, 356)),
  "min/1": ([l], ctx) => runJob(ctx, "lists_min", ["lists", "min", [l]], extreme("min", l, (x, m) => compare(x, m) < 0, 343)),
  "sum/1": ([l], ctx) => runJob(ctx, "lists_sum", ["lists", "sum", [l]], sum(l)),
  "sublist/2": ([l, n], ctx) => runJob(ctx, "lists_sublist", ["lists", "sublist", [l, n]], sublist(l, n)),
  "sublist/3": ([l, s, n], ctx) => runJob(ctx, "lists_sublist", ["lists", "sublist", [l, s, n]], sublist3(l, s, n)),
});
