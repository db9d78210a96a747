// A binding that only hands its value back is no binding on the BEAM: the Erlang compiler drops
// `X = f(), X` to `f()` (and `X = Y = f()` or `_ = f()` as a body's last expression), so the call
// is a tail call and the caller's frame is gone from a stack trace. beamlet compiles these the
// same way in compiled code; erl_eval (a script's top level) evaluates them as written.
import type { Ast, AstCall } from "../lang/ast.ts";
import { isCall, isVar } from "./ast_util.ts";

type Variable = AstCall & { name: string; args: null };

/** `__MODULE__` and friends look like variables but are no patterns */
const isBindable = (a: Ast): a is Variable => isVar(a) && !/^__.*__$/.test(a.name);

/** the variables `a = b = ... = value` binds, when each pattern of the chain is a variable */
function chainVars(a: Ast): string[] | null {
  const names: string[] = [];
  while (isCall(a, "=") && a.args?.length === 2 && isBindable(a.args[0])) {
    names.push(a.args[0].name);
    a = a.args[1];
  }
  return names.length > 0 ? names : null;
}

/** the value `x = y = value` gives, compiled in its place when it is a body's last expression */
export function valueOfVariableBinding(a: Ast): Ast | null {
  if (chainVars(a) === null) return null;
  while (isCall(a, "=") && isBindable(a.args![0])) a = a.args![1];
  return a;
}

/** a body's expressions with a last `x` dropped when the one before binds x: `x = f(); x`, also
 *  through copies (`x = f(); y = x; y`) */
export function withoutReturnedBinding(items: Ast[]): Ast[] {
  let n = items.length;
  while (n >= 2) {
    const last = items[n - 1];
    const returned = isBindable(last) ? last : valueOfVariableBinding(last);
    // (`_ = f(); _` reads `_`, which Elixir refuses: the body stays as written for that error)
    if (returned === null || !isBindable(returned) || returned.name === "_") break;
    if (!chainVars(items[n - 2])?.includes(returned.name)) break;
    n--;
  }
  return n === items.length ? items : items.slice(0, n);
}
