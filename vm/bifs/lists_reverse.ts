// :lists.reverse/1,2 failing as on OTP 25: reverse/1 is Erlang code (lists.erl), whose clauses
// take [], [_], [A, B] and [A, B | L] (anything else: function_clause at lists.erl:175) and hand
// the rest to the C BIF reverse/2 (a badarg there shows lists.erl:182 below the BIF's frame).
import { Cons, NIL, Term, atom, list, tuple, isMap, type MapLike } from "../terms.ts";
import { fileLine } from "../code_frame.ts";
import { ErlangError } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { badargAt } from "./util.ts";
import { reverseOnto, reverseOwnedOnto } from "./work.ts";
import { defineBifs } from "./registry.ts";
import { TailCall } from "../calls.ts";
import type { BifContext } from "./registry.ts";

const LISTS = atom("lists");
const A_STRUCT = atom("__struct__");
const A_RANGE = atom("Elixir.Range");
const REVERSE = atom("reverse");

function reverse2(l: Term, tail: Term, ctx: BifContext): Term | TailCall {
  if (l !== NIL && !(l instanceof Cons)) badargAt(1, "not a list");
  return reverseOnto(ctx, l, tail, () => badargAt(1, "not a proper list"));
}

function reverse1(l: Term, ctx: BifContext): Term | TailCall {
  if (l === NIL || (l instanceof Cons && l.tail === NIL)) return l;
  if (l instanceof Cons && l.tail instanceof Cons) {
    const a = l.head, b = l.tail.head, rest = l.tail.tail;
    if (rest === NIL) return list([b, a]);
    try {
      return reverse2(rest, list([b, a]), ctx);
    } catch (e) {
      if (e instanceof ErlangError && e.calleeBelow === undefined) {
        e.callee = bifErrorFrame("lists", "reverse", [rest, list([b, a])], e.diagnosis);
        e.calleeBelow = [tuple(LISTS, REVERSE, 1, fileLine("lists.erl", 182))];
      }
      throw e;
    }
  }
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = tuple(LISTS, REVERSE, list([l]), fileLine("lists.erl", 175));
  throw e;
}

// :lists.reverse/1,2 of an accumulator only the library loop that built it can reach (lib/enum.ex,
// lib/lists.ex): its own cells turned around (vm/bifs/work.ts reverseOwnedOnto). Always a proper list.
defineBifs("beamlet", {
  "reverse_owned/1": ([l], ctx) => reverseOwnedOnto(ctx, l, NIL, () => badargAt(1, "not a proper list")),
  "reverse_owned/2": ([l, tail], ctx) => reverseOwnedOnto(ctx, l, tail, () => badargAt(1, "not a proper list")),
  // a for comprehension's result over `enumerable` (compiler/comprehensions.ts): a list's, a
  // range's or a map's fold keeps the accumulator to itself; another Enumerable's reduce sees it
  "reverse_for/2": ([l, enumerable], ctx) => {
    const own = enumerable === NIL || enumerable instanceof Cons || (isMap(enumerable) && ((s) => s === undefined || s === A_RANGE)((enumerable as MapLike).get(A_STRUCT)));
    return own ? reverseOwnedOnto(ctx, l, NIL, () => badargAt(1, "not a proper list")) : reverse1(l, ctx);
  },
});


defineBifs("lists", {
  "reverse/1": ([l], ctx) => reverse1(l, ctx),
  "reverse/2": ([l, tail], ctx) => reverse2(l, tail, ctx),
});
