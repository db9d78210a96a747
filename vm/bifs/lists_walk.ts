// The key-based functions of :lists that OTP writes in Erlang (keytake, keydelete, keyreplace,
// keystore), walking the list as that code does: a match ends the walk, so an improper tail after
// it is kept as the result's tail, and a walk that reaches an improper tail fails with the
// function_clause of the Erlang helper it was in (keytake/4, keydelete3/3, ...). Also the
// function_clause :lists.sort/usort give for a list that is not proper.
import { Cons, NIL, Term, Tuple, atom, list, tuple, FALSE } from "../terms.ts";
import { fileLine } from "../code_frame.ts";
import { compare } from "../compare.ts";
import { ErlangError } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";

const FUNCTION_CLAUSE = atom("function_clause");

/** {file, "lists.erl"}, {line, N}: where a clause of lists.erl starts */
export function erlLocation(line: number): Term {
  return fileLine("lists.erl", line);
}

/** the function_clause of :lists.name/arity, its frame heading the trace (with lists.erl's line
 *  where the failing clauses start, when the trace shows one) */
export function listsClause(name: string, args: Term[], line?: number, below?: Tuple[]): never {
  const e = new ErlangError("error", FUNCTION_CLAUSE);
  e.callee = new Tuple([atom("lists"), atom(name), list(args), line === undefined ? NIL : erlLocation(line)]);
  if (below) e.calleeBelow = below;
  throw e;
}

export const isPosInt = (n: Term): n is number => typeof n === "number" && Number.isInteger(n) && n > 0;

/** element(N, H) == Key, as the Erlang code's guard (a tuple too small or a non-tuple just fails it) */
function keyIs(h: Term, key: Term, n: number): boolean {
  return h instanceof Tuple && h.items.length >= n && compare(h.items[n - 1], key) === 0;
}

/** walks to the first tuple whose n-th element is key: the elements before it, and its cell */
function walk(key: Term, n: number, l: Term): { before: Term[]; at: Term } {
  const before: Term[] = [];
  let c = l;
  while (c instanceof Cons && !keyIs(c.head, key, n)) {
    before.push(c.head);
    c = c.tail;
  }
  return { before, at: c };
}

// (the lines are those of lists.erl's clauses in OTP 25, where each function_clause frame points)
export const listsWalkBifs = {
  "keytake/3": ([key, n, l]: Term[]) => {
    if (!isPosInt(n)) listsClause("keytake", [key, n, l], 751);
    const { before, at } = walk(key, n, l);
    if (at instanceof Cons) return tuple(atom("value"), at.head, list(before, at.tail));
    if (at !== NIL) listsClause("keytake", [key, n, at, list(before.reverse())], 754);
    return FALSE;
  },
  "keydelete/3": ([key, n, l]: Term[]) => {
    if (!isPosInt(n)) listsClause("keydelete", [key, n, l], 719);
    const { before, at } = walk(key, n, l);
    if (at instanceof Cons) return list(before, at.tail);
    if (at !== NIL) listsClause("keydelete3", [key, n, at], 722);
    return l;
  },
  "keyreplace/4": ([key, n, l, nt]: Term[]) => {
    if (!isPosInt(n) || !(nt instanceof Tuple)) listsClause("keyreplace", [key, n, l, nt], 735);
    const { before, at } = walk(key, n, l);
    if (at instanceof Cons) return list(before, new Cons(nt, at.tail));
    if (at !== NIL) listsClause("keyreplace3", [key, n, at, nt], 738);
    return l;
  },
  "keystore/4": ([key, n, l, nt]: Term[]) => {
    if (!isPosInt(n) || !(nt instanceof Tuple)) listsClause("keystore", [key, n, l, nt], 768);
    const { before, at } = walk(key, n, l);
    if (at instanceof Cons) return list(before, new Cons(nt, at.tail));
    if (at !== NIL) listsClause("keystore2", [key, n, at, nt], 771);
    return list([...before, nt]);
  },
};

/** :lists.sort/usort of something that is not a proper list: the function_clause of the clause
 * OTP's merge sort fails in. sort/1 itself fails before two elements; past them the list is
 * walked as OTP's splitting phase walks it (sort_1, split_1, split_1_1, split_2, split_2_1 and
 * their usort twins), gathering its runs, so the failing helper shows the arguments OTP's does
 * when the walk reaches the improper tail. */
export function improperSortClause(unique: boolean, l: Term): never {
  const name = unique ? "usort" : "sort";
  if (!(l instanceof Cons) || !(l.tail instanceof Cons)) listsClause(name, [l], SORT_LINES[name]);
  const x = l.head, y = (l.tail as Cons).head, rest = (l.tail as Cons).tail;
  const c = compare(x, y);
  if (c === 0) return unique ? usortWalk(x, rest) : sortWalk(y, rest, new Cons(x, NIL));
  return splitWalk(unique, c < 0 ? 1 : 2, x, y, rest, NIL, NIL);
}

const fail = (fn: string, args: Term[]): never => listsClause(fn, args, SORT_LINES[fn]);

/** sort_1(X, L, R): a run of elements equal to X */
function sortWalk(x: Term, l: Term, r: Term): never {
  for (;;) {
    if (!(l instanceof Cons)) return fail("sort_1", [x, l, r]);
    const y = l.head, c = compare(x, y);
    if (c !== 0) return splitWalk(false, c < 0 ? 1 : 2, x, y, l.tail, r, NIL);
    r = new Cons(x, r);
    x = y;
    l = l.tail;
  }
}

/** usort_1(X, L): elements equal to X dropped */
function usortWalk(x: Term, l: Term): never {
  for (;;) {
    if (!(l instanceof Cons)) return fail("usort_1", [x, l]);
    const y = l.head, c = compare(x, y);
    if (c !== 0) return splitWalk(true, c < 0 ? 1 : 2, x, y, l.tail, NIL, NIL);
    l = l.tail;
  }
}

/** split_1/split_2 (usplit_1/usplit_2) and, holding one out-of-order element S, their _1
 *  variants: run R grows from X and Y (ascending for 1, descending for 2), finished runs go to Rs */
function splitWalk(unique: boolean, dir: 1 | 2, x: Term, y: Term, l: Term, r: Term, rs: Term): never {
  // (ascending: Z after Y when Z >= Y, or Z > Y for usort; descending mirrors it)
  const after = (a: Term, b: Term) => { const c = compare(a, b) * (dir === 1 ? 1 : -1); return unique ? c > 0 : c >= 0; };
  const same = (a: Term, b: Term) => unique && compare(a, b) === 0;
  const fn = (unique ? "usplit_" : "split_") + dir;
  let s: Term | undefined;
  for (;;) {
    if (!(l instanceof Cons)) return fail(s === undefined ? fn : fn + "_1", s === undefined ? [x, y, l, r, rs] : [x, y, l, r, rs, s]);
    const z = l.head;
    l = l.tail;
    if (after(z, y)) [x, y, r] = [y, z, new Cons(x, r)];
    else if (same(z, y)) continue;
    else if (after(z, x)) [x, r] = [z, new Cons(x, r)];
    else if (same(z, x)) continue;
    else if (s === undefined) {
      if (r === NIL) r = new Cons(z, NIL);
      else s = z;
    } else if (same(z, s)) continue;
    else {
      // a new run from S and Z, in order (S first when Z >= S ascending, S > Z descending)
      rs = new Cons(new Cons(y, new Cons(x, r)), rs);
      const cz = compare(z, s);
      [x, y] = (dir === 1 ? (unique ? cz > 0 : cz >= 0) : cz < 0) ? [s, z] : [z, s];
      r = NIL;
      s = undefined;
    }
  }
}

/** where those functions' clauses start in OTP 25's lists.erl (as its traces show them) */
const SORT_LINES: Record<string, number> = {
  sort: 512, sort_1: 545, split_1: 1619, split_1_1: 1630, split_2: 1642, split_2_1: 1653,
  usort: 1112, usort_1: 1153, usplit_1: 1829, usplit_1_1: 1844, usplit_2: 1862, usplit_2_1: 1877,
};
