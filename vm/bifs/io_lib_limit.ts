// io_lib:limit_term/2 as OTP 25: the term with what lies deeper than the depth replaced by '...'
// (a list's tail past it by ['...'], a tuple's elements past it by one '...'); a printable list,
// a binary and a map's keys are never cut.
import { Cons, NIL, Term, Tuple, atom, isMap, MapLike } from "../terms.ts";
import { mapFromEntries, listEntries } from "../map.ts";
import { defineBifs } from "./registry.ts";
import { badarith } from "../errors.ts";
import { printableLatin1 } from "../io_write.ts";

const DOTS = atom("...");

/** the depth one level down (OTP's D-1: anything but an integer fails) */
function down(d: Term): number {
  if (typeof d !== "number" || !Number.isInteger(d)) return badarith();
  return d - 1;
}

function printableList(t: Term): boolean {
  let l = t;
  for (; l instanceof Cons; l = l.tail) if (!printableLatin1(l.head)) return false;
  return l === NIL;
}

function limit(t: Term, d: Term): Term {
  if (d === 0) return DOTS;
  if (t instanceof Cons) {
    if (d === 1) return new Cons(DOTS, NIL);
    if (printableList(t)) return t;
    const dd = down(d);
    return new Cons(limit(t.head, dd), limitTail(t.tail, dd));
  }
  if (isMap(t)) {
    const dd = down(d);
    return mapFromEntries(listEntries(t as MapLike).map(([k, v]) => [k, limit(v, dd)] as [Term, Term]));
  }
  if (t instanceof Tuple) {
    if (t.items.length === 0) return t;
    if (d === 1) return new Tuple([DOTS]);
    const dd = down(d);
    const [first, ...rest] = t.items;
    const items = [limit(first, dd)];
    for (let l = limitTail(listOf(rest), dd); l instanceof Cons; l = l.tail) items.push(l.head);
    return new Tuple(items);
  }
  return t;
}

const listOf = (items: Term[]): Term => items.reduceRight<Term>((tail, x) => new Cons(x, tail), NIL);

/** the rest of a list (or of a tuple's elements) one level down each: ['...'] where the depth ends */
function limitTail(t: Term, d: Term): Term {
  if (t === NIL) return NIL;
  if (d === 1) return new Cons(DOTS, NIL);
  if (t instanceof Cons) {
    const dd = down(d);
    return new Cons(limit(t.head, dd), limitTail(t.tail, dd));
  }
  return limit(t, down(d));
}

defineBifs("io_lib", {
  "limit_term/2": ([t, d]) => limit(t, d),
});
