// OTP's "the call to not/1 will fail with ArgumentError" in a guard (`when not 1 < 2` is
// `(not 1) < 2`): a pure BIF on constants fails there as in a body, and is warned of at its line
// (compiler/failing_calls.ts). But a `not` the guard tests (the guard itself, or the operand of
// such a not, parenthesized or not; an operand of and/or is a value) is no call to Erlang's not: v3_core makes it
// `X =:= false`, which just folds to false (`when not 1` is "this check/guard will always yield
// the same result"). Code a macro gave (a defguard's body) is left alone: OTP names the guard's
// line there, not modelled.
// (Observed on Elixir 1.14 / OTP 25.)
import type { Ast } from "../lang/ast.ts";
import { isCall, soleExpression } from "./ast_util.ts";
import { astKids } from "./ast_walk.ts";

/** a guard alternative as written: its nodes, and the operands of the `not`s it tests */
export interface WrittenGuard {
  nodes: WeakSet<Ast>;
  testedNots: WeakSet<Ast>;
}

const ERLANG_NOT = (a: Ast): boolean =>
  a.t === "call" && typeof a.name !== "string" && isCall(a.name, ".") && a.name.args?.length === 2 && a.name.args[0].t === "atom" && a.name.args[0].v === "erlang" && a.name.args[1].t === "atom" && a.name.args[1].v === "not";

export function writtenGuard(alternative: Ast): WrittenGuard {
  const nodes = new WeakSet<Ast>();
  const testedNots = new WeakSet<Ast>();
  // (work lists: guards nest thousands deep)
  const all: Ast[] = [alternative];
  while (all.length > 0) {
    const a = all.pop()!;
    nodes.add(a);
    all.push(...astKids(a));
  }
  const tested: Ast[] = [alternative];
  while (tested.length > 0) {
    const a = soleExpression(tested.pop()!);
    if (a.t !== "call" || a.args === null) continue;
    if ((a.name === "not" || ERLANG_NOT(a)) && a.args.length === 1) {
      testedNots.add(a.args[0]);
      tested.push(a.args[0]);
    }
  }
  return { nodes, testedNots };
}

/** is the failing call `name(args)` in the guard `g` warned of */
export function guardCallWarned(g: WrittenGuard | null, name: string, args: Ast[]): boolean {
  if (g === null) return false;
  // (elem(t, i) is :erlang.element(i + 1, t): the index is Elixir's rewrite, the tuple as written)
  const written = name === "element" && args.length === 2 ? [args[1]] : args;
  if (!written.every((x) => g.nodes.has(x))) return false;
  return !(name === "not" && args.length === 1 && g.testedNots.has(args[0]));
}
