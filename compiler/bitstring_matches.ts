// Whether code Elixir compiles unoptimised (a script's top level, a module body: OTP's no_ssa_opt)
// matches a bitstring against a pattern with variable segments (`<<x::8>> = b`, `"a" <> rest`, in
// `=`, case, receive, with, match?). OTP 25 then still moves a commutative operator's constant
// operand second in that function (`2 * x` fails as :erlang.*(x, 2)), as it does in optimised code
// (checked against elixir: test/conformance/traces/operator_swap_bitstring_match). A pattern of
// constants only (`"abc"`, `<<1, 2>>`) is a literal, no match; fns, comprehensions and modules are
// functions of their own, and try's handlers do not count.
import type { Ast } from "../lang/ast.ts";

/** a pattern part holding a variable (a binding, `_`, a pin) */
function holdsVariable(a: Ast): boolean {
  if (a.t === "list" || a.t === "tuple") return a.items.some(holdsVariable);
  if (a.t !== "call") return false;
  if (a.args === null || a.name === "^") return true;
  // (a segment's type and size: `::binary`, `::size(8)` name no variable bound here)
  if (a.name === "::") return a.args !== null && a.args.length > 0 && holdsVariable(a.args[0]);
  return (typeof a.name !== "string" && holdsVariable(a.name)) || (a.args ?? []).some(holdsVariable);
}

/** a pattern that matches a bitstring segment by segment */
function patternMatchesBitstring(p: Ast): boolean {
  const todo: Ast[] = [p];
  while (todo.length > 0) {
    const a = todo.pop()!;
    if (a.t === "list" || a.t === "tuple") todo.push(...a.items);
    if (a.t !== "call") continue;
    if ((a.name === "<<>>" || a.name === "<>") && (a.args ?? []).some(holdsVariable)) return true;
    if (a.name === "<<>>" || a.name === "<>") continue;
    todo.push(...(a.args ?? []));
  }
  return false;
}

const OWN_FUNCTIONS = new Set(["fn", "for", "defmodule", "def", "defp", "defmacro", "defmacrop", "quote", "try"]);
const CLAUSE_FORMS = new Set(["case", "receive", "with"]);

/** whether `items` (one function's code) match a bitstring, outside its own fns */
export function matchesBitstring(items: Ast[]): boolean {
  const todo: Ast[] = [...items];
  while (todo.length > 0) {
    const a = todo.pop()!;
    if (a.t === "list" || a.t === "tuple") { todo.push(...a.items); continue; }
    if (a.t !== "call") continue;
    const args = a.args ?? [];
    if (typeof a.name === "string" && OWN_FUNCTIONS.has(a.name)) continue;
    if ((a.name === "=" || a.name === "match?" || a.name === "<-") && args.length === 2) {
      if (patternMatchesBitstring(args[0])) return true;
      todo.push(args[1]);
      continue;
    }
    if (typeof a.name === "string" && CLAUSE_FORMS.has(a.name)) {
      for (const arg of args) {
        // the do/else blocks' clauses: `pattern -> body`
        const blocks = arg.t === "list" ? arg.items : [arg];
        for (const b of blocks) {
          const clauses = b.t === "tuple" && b.items.length === 2 && b.items[1].t === "list" ? b.items[1].items : [b];
          for (const c of clauses) {
            if (c.t === "call" && c.name === "->" && c.args && c.args.length === 2) {
              if (c.args[0].t === "list" && c.args[0].items.some(patternMatchesBitstring)) return true;
              todo.push(c.args[1]);
            } else todo.push(c);
          }
        }
      }
      continue;
    }
    if (typeof a.name !== "string") todo.push(a.name);
    todo.push(...args);
  }
  return false;
}
