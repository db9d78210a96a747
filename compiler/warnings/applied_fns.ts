// A fn applied where it is written (`(fn x when is_atom(x) -> :r end).(1)`), or bound to a
// variable and applied once after (compiler/inlined_fns.ts), is inlined by Erlang's compiler
// (sys_core_fold's opt_fun_call): its clauses become a case on the arguments, which the next
// folding round folds as any case on values it knows in part (literal_matches.ts): a clause of
// another type is "cannot match because of different types/sizes" (not when the one argument is
// a literal), a guard known false with the values its pattern binds is "always the same result"
// at its clause, and when no clause is left, at the fn's line too. These come on top of what the
// fn's own clauses are warned of (erlang_checks.ts), and only where OTP inlines it: its arguments
// variables, literals, or tuples and lists of them (an argument computed there is bound first,
// which keeps the fun), and the application not a value a case branches on (an if's condition,
// &&'s left operand: compiler/expressions.ts branchedOn). The fn's code compiled as a match's
// value to a variable (`v = (fn ... end).(1)`, `f = fn ... end`) is marked unwanted by v3_core,
// which silences the fn's line; its clauses' warnings stay. (Observed on Elixir 1.14 / OTP 25.)
import type { Ast } from "../../lang/ast.ts";
import { clausesOf, isCall, isVar, lineOf } from "../ast_util.ts";
import { simpleArg } from "../inlined_fns.ts";
import { literalCaseWarnings, literalShape, shapeOf, type Shape } from "./literal_matches.ts";
import { ALWAYS_SAME } from "./constant_guards.ts";

/** the fn applied by `a` where it is written (`(fn ... end).(args)`), or null */
export function fnAppliedOnTheSpot(a: Ast): Ast | null {
  if (a.t !== "call" || typeof a.name === "string" || !isCall(a.name, ".") || a.name.args?.length !== 1) return null;
  const fn = a.name.args[0];
  return isCall(fn, "fn") ? fn : null;
}

/** the warnings of the fn `fn` inlined where `application` applies it (the variables known there
 *  in `env`); `unwanted`: its code is a match's value, whose no-clause warning is silenced.
 *  `folded`: the arguments are known (in part), so the fn's clauses are folded away (in part)
 *  before the compiler builds their decision tree (compiler/warnings/shadowed_clauses.ts) */
export function appliedFnWarnings(fn: Ast, application: Ast, env: ReadonlyMap<string, Shape>, unwanted: boolean, operand: boolean): { warnings: { message: string; line: number | undefined; noClause?: true }[]; folded: boolean } {
  const none = { warnings: [], folded: false };
  const given = (application as { args: Ast[] | null }).args ?? [];
  const clauses = clausesOf({ t: "list", items: (fn as { args: Ast[] | null }).args ?? [] });
  if (clauses === null || clauses.length === 0 || !given.every(simpleArg)) return none;
  if (!clauses.every((c) => c.args.length === given.length)) return none;
  const several = given.length !== 1;
  // (of several arguments, a list built of variables is bound to a variable whose cells the
  // compiler sees or not, depending on the other arguments and the patterns: `.([y], 1)` against
  // `nil, 1` is reported, `.([y], y)` against `nil, x` not; not modelled, taken as not seen. A
  // tuple's cells it sees.)
  const built = (x: Shape) => (x.k === "tuple" || x.k === "cons") && !literalShape(x);
  // (the one argument a list built of variables: the compiler sees its cells where the application
  // stands as a statement or a body's value, not where it is an operand of other code (a list's
  // element, a call's argument, a match's value), which binds the inlined fn's value to a
  // variable first and, with it, the list; a tuple is seen everywhere)
  // A list built of variables is seen where the case on it stands as a statement or a body's
  // value: where the application does, or when the fn has one clause (whose value the compiler
  // binds in that clause: move_let_into_expr); and, of several arguments, only when the others
  // are literals (folded away first, leaving a case on the list alone). (Observed on OTP 25.)
  const listSeen = (!operand || clauses.length === 1) && given.filter((x) => !literalShape(shapeOf(x, env))).length <= 1;
  const args = given.map((x, i): Ast => (!listSeen && x.t === "list" && built(shapeOf(x, env)) ? { t: "call", name: `\u0000argument${i}`, meta: {}, args: null } : x));
  const shapes = args.map((x) => shapeOf(x, env));
  if (shapes.every((x) => x.k === "unknown" && x.type === undefined)) return none;
  // (such a list matched by a clause's bare variable: what OTP does then varies with the guards,
  // not modelled; nothing is reported)
  if (shapes.some((x, i) => x.k === "cons" && built(x) && clauses.some((c) => isVar(c.args[i])))) return { warnings: [], folded: true };
  // (several arguments are matched as one tuple of them, never a literal)
  const subject: Ast = several ? { t: "tuple", items: args } : args[0];
  const rows = clauses.map((c) => ({ pattern: several ? ({ t: "tuple", items: c.args } as Ast) : c.args[0], guard: c.guard, line: c.meta.line }));
  const warnings = literalCaseWarnings(subject, rows, lineOf(fn), env, ALWAYS_SAME, several).filter((w) => !(w.noClause && unwanted));
  return { warnings, folded: true };
}
