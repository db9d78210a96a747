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
 * OTP's merge sort fails in (sort/1 itself before two elements, then the splitting helper the
 * first pair sends it to) */
export function improperSortClause(unique: boolean, l: Term): never {
  const name = unique ? "usort" : "sort";
  if (!(l instanceof Cons) || !(l.tail instanceof Cons)) listsClause(name, [l], SORT_LINES[name]);
  const x = l.head, y = (l.tail as Cons).head, rest = (l.tail as Cons).tail;
  const c = compare(x, y);
  if (c === 0) listsClause(unique ? "usort_1" : "sort_1", unique ? [x, rest] : [y, rest, list([x])], SORT_LINES[unique ? "usort_1" : "sort_1"]);
  const split = (unique ? "usplit_" : "split_") + (c < 0 ? "1" : "2");
  listsClause(split, [x, y, rest, NIL, NIL], SORT_LINES[split]);
}

/** where those functions' clauses start in OTP 25's lists.erl (as its traces show them) */
const SORT_LINES: Record<string, number> = {
  sort: 512, sort_1: 545, split_1: 1619, split_2: 1642, usort: 1112, usort_1: 1153, usplit_1: 1829, usplit_2: 1862,
};
