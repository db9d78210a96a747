// Code Elixir evaluates rather than compiles (iex, `elixir -e`, Code.eval_string/3) runs in
// Erlang's erl_eval, so its funs are erl_eval's own closures: `#Function<42.N/1 in
// :erl_eval.expr/6>`, module :erl_eval, named after the erl_eval clause that makes a fun of
// that arity. beamlet compiles such code (CompiledModule.evaluated) and presents its funs so.
import { Fun, Atom, atom } from "./terms.ts";

export const ERL_EVAL = atom("erl_eval");

/** was this fun made by evaluated code? */
export function isEvaluatedFun(f: Fun): boolean {
  return (f.version as { compiled?: { evaluated?: boolean } } | undefined)?.compiled?.evaluated === true;
}

/** the clauses of an evaluated fun (ModuleFunction.evalCode): erl_eval's closure holds them with
 *  the values of its free variables, so two funs evaluated from the same text, each in its own
 *  Code.eval_string, are equal; undefined for other funs and for an evaluated fn whose code had a
 *  captured constant folded in (never taken for equal to another) */
export function evalCodeOf(f: Fun): string | undefined {
  const fns = (f.version as { compiled?: { evaluated?: boolean; functions?: { evalCode?: string }[] } } | undefined)?.compiled;
  return fns?.evaluated === true ? fns.functions?.[f.index]?.evalCode : undefined;
}

/** the uniq of erl_eval's funs (OTP 25, stdlib 4.2): the same for every fun evaluated code makes */
export const ERL_EVAL_UNIQ = 3316493;

/** erl_eval's fun index for this arity (OTP 25: one clause per arity, 0..20, counting down) */
export function erlEvalFunIndex(arity: number): number {
  return 43 - arity;
}

/** erl_eval's fun name for this arity */
export function erlEvalFunName(arity: number): Atom {
  return atom(`-expr/6-fun-${arity + 2}-`);
}
