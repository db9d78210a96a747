// Elixir 1.14 expands the arguments of a call (and the elements of a tuple, list, map or binary)
// each from the variables as they were before the call: `x = 1; {x = 2, x}` is {2, 1}, and a name
// bound in one argument is no variable in the ones beside it (`{y = 1, y}` calls y/0). What they
// bind holds after the call, a later argument's binding over an earlier one's. (`and`, `or`, `&&`
// and `||` are no calls: their right side sees what the left one bound.)
import type { Ast } from "../lang/ast.ts";
import { astKids } from "./ast_walk.ts";
import { call } from "./ast_util.ts";
import type { Scope } from "./context.ts";

/** whether code binds a variable that outlives it, by node (so each node is looked at once, however
 *  deep calls nest in one another's arguments) */
const binds = new WeakMap<Ast, boolean>();

/** does `a` bind a variable seen after it? (`=`, or `var!`/`destructure` that expand to one; not a
 *  fn's or a quote's, which stay inside) */
export function bindsVariable(root: Ast): boolean {
  const known = binds.get(root);
  if (known !== undefined) return known;
  // post-order on an explicit stack: arguments nest 10,000 deep
  const todo: [Ast, boolean][] = [[root, false]];
  while (todo.length > 0) {
    const [a, kidsDone] = todo.pop()!;
    if (binds.has(a)) continue;
    if (a.t === "call" && typeof a.name === "string") {
      if (a.name === "fn" || a.name === "quote") {
        binds.set(a, false);
        continue;
      }
      if (a.args !== null && (a.name === "=" || a.name === "var!" || a.name === "destructure")) {
        binds.set(a, true);
        continue;
      }
    }
    const kids = astKids(a);
    if (kidsDone) binds.set(a, kids.some((k) => binds.get(k) === true));
    else {
      todo.push([a, true]);
      for (const k of kids) if (!binds.has(k)) todo.push([k, false]);
    }
  }
  return binds.get(root)!;
}

/**
 * The scopes to compile `operands` (siblings, in source order) in: when one but the last binds a
 * variable, each gets a scope of its own below `scope`, and `close()` (called once all are
 * compiled) binds what they bound in `scope`; otherwise all are compiled in `scope` itself.
 */
export function siblingScopes(scope: Scope, operands: readonly Ast[]): { scopes: Scope[]; close: () => void } {
  let separate = false;
  for (let i = 0; i < operands.length - 1 && !separate; i++) separate = bindsVariable(operands[i]);
  if (!separate) return { scopes: operands.map(() => scope), close: () => {} };
  const scopes = operands.map(() => scope.child());
  return { scopes, close: () => { for (const s of scopes) scope.adopt(s); } };
}

/** `a` as a value whose bindings nothing after it sees (a generator's enumerable, a `with`
 *  clause's right side: Elixir expands them so) */
export function unseen(a: Ast): Ast {
  return bindsVariable(a) ? call("$unseen", [a]) : a;
}
