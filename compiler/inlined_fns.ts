// Erlang's compiler inlines a fun bound to a variable and applied once where it is bound
// (sys_core_fold): `f = fn x -> ... end` then `f.(1)` in the same block, not inside a branch, a
// fn or another construct that makes clauses. Its code runs as the enclosing function's: an error
// in it has no frame "anonymous fn/1 in M.f/0" but M.f/0's own, at the line of the failing code
// (observed on Elixir 1.14 / OTP 25). beamlet keeps the fn and names its frames after the
// enclosing function (vm/stacktrace.ts drops the caller's frame it then stands for).
import type { Ast } from "../lang/ast.ts";
import { isCall, isVar } from "./ast_util.ts";

/** the variable's identity: its name and, for one a quote made, its context */
function varKey(a: Ast): string | null {
  if (!isVar(a)) return null;
  return `${a.name}\u0000${a.meta.context ?? ""}`;
}

/** how often the variable `key` occurs in `a` */
function occurrences(a: Ast, key: string): number {
  if (varKey(a) === key) return 1;
  let n = 0;
  if (a.t === "call") {
    if (typeof a.name !== "string") n += occurrences(a.name, key);
    for (const x of a.args ?? []) n += occurrences(x, key);
  } else if (a.t === "list" || a.t === "tuple") for (const x of a.items) n += occurrences(x, key);
  return n;
}

/** `stmt` is an application of the variable `key` where Erlang's inliner reaches it: the
 *  statement itself, or the value of a match (`x = f.(1)`) */
function inlinableUse(stmt: Ast, key: string): boolean {
  if (isCall(stmt, "=") && stmt.args?.length === 2) return inlinableUse(stmt.args[1], key);
  if (stmt.t !== "call" || typeof stmt.name === "string" || !isCall(stmt.name, ".")) return false;
  const target = stmt.name.args;
  return target?.length === 1 && varKey(target[0]) === key && (stmt.args ?? []).every((x) => occurrences(x, key) === 0);
}

/** marks in `into` the fns of `items` (a block's statements) that Erlang's compiler inlines */
export function markInlinedFns(items: Ast[], into: WeakSet<Ast>): void {
  items.forEach((stmt, i) => {
    if (!isCall(stmt, "=") || stmt.args?.length !== 2) return;
    const [left, right] = stmt.args;
    const key = varKey(left);
    if (key === null || (left as { name: string }).name.startsWith("_") || !isCall(right, "fn")) return;
    const later = items.slice(i + 1);
    const uses = later.map((s) => occurrences(s, key));
    if (uses.reduce((x, y) => x + y, 0) !== 1) return;
    const at = uses.findIndex((n) => n === 1);
    if (inlinableUse(later[at], key)) into.add(right);
  });
}
