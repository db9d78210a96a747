// A list expression's constant tail: the cells after its last element that is not a literal
// (`[x, ?,]`'s `[?,]`, `["{", body, "}"]`'s `["}"]`) are one literal term, as the BEAM's compiler
// makes them (put_list X, [44]), instead of cells built again at each evaluation. A literal
// element cannot raise or bind, so leaving its code out changes nothing but the allocations.
import type { Ast } from "../lang/ast.ts";
import { Cons, NIL, type Term } from "../vm/terms.ts";
import type { FnCtx } from "./context.ts";
import { isCall } from "./ast_util.ts";
import { literalTerm } from "./patterns.ts";

/**
 * For a list of `elems` ending in `tail` (null: a proper list), the number of elements built at
 * run time and the literal after them, or null when the last element (or the tail) is not a
 * literal. A module attribute (`@a`) is no literal here, as the compiler's step treats it.
 */
export function constantTail(elems: Ast[], tail: Ast | null, fn: FnCtx): { built: number; rest: Term } | null {
  const lit = (a: Ast) => (isCall(a, "@") ? undefined : literalTerm(a, fn));
  let rest = tail === null ? NIL : lit(tail);
  if (rest === undefined) return null;
  let k = elems.length;
  for (; k > 0; k--) {
    const t = lit(elems[k - 1]);
    if (t === undefined) break;
    rest = new Cons(t, rest);
  }
  return k === elems.length ? null : { built: k, rest };
}
