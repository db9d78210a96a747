// Code Elixir evaluates rather than compiles (`elixir -e`, iex, Code.eval_string/3) runs inside
// Erlang's erl_eval, so where beamlet has a frame of that code (CompiledModule.evaluated) the
// BEAM has erl_eval's: the call is made from :erl_eval.do_apply/7, under a frame for each
// enclosing construct erl_eval evaluates non-tail (a block whose later expressions are still to
// run: exprs/6; a match's value, a case's subject: expr/6). A fn's body calling
// a raising BIF last (raise, throw, exit) shows do_apply/7 at its tail-call line instead.
// `elixir -e` then runs the code from Code.validated_eval_string/3.
import { type Term, Atom, Tuple, atom, list, tuple } from "./terms.ts";
import type { ModuleVersion } from "./module.ts";
import { Op } from "../compiler/opcodes.ts";

function charlist(s: string): Term {
  return list([...s].map((c) => c.codePointAt(0)!));
}

function at(m: string, f: string, arity: number, file: string, line: number): Term {
  return tuple(atom(m), atom(f), arity, list([tuple(atom("file"), charlist(file)), tuple(atom("line"), line)]));
}

/** where erl_eval evaluates code under a frame of its own (CompiledModule.evalContexts) */
export enum EvalContext {
  /** a block's expression with others after it */
  Block = 0,
  /** the value of a match `pattern = value` */
  MatchValue = 1,
  /** the subject of a case (also of if/unless, which are cases) */
  CaseSubject = 2,
}

// OTP 25 (stdlib 4.2) erl_eval.erl's lines
const DO_APPLY = at("erl_eval", "do_apply", 7, "erl_eval.erl", 744);
const DO_APPLY_TAIL = at("erl_eval", "do_apply", 7, "erl_eval.erl", 742);
const CONTEXT_FRAMES: Record<EvalContext, Term> = {
  [EvalContext.Block]: at("erl_eval", "exprs", 6, "erl_eval.erl", 136),
  [EvalContext.MatchValue]: at("erl_eval", "expr", 6, "erl_eval.erl", 492),
  [EvalContext.CaseSubject]: at("erl_eval", "expr", 6, "erl_eval.erl", 323),
};
// where erl_eval itself raises: a failed match, no case clause, a call of a non-fun
const RAISED_BY_ERL_EVAL: Record<string, Term[]> = {
  badmatch: [at("erl_eval", "expr", 6, "erl_eval.erl", 496)],
  case_clause: [at("erl_eval", "case_clauses", 8, "erl_eval.erl", 1041)],
  badfun: [at("erl_eval", "do_apply", 6, "erl_eval.erl", 731), at("erl_eval", "do_apply", 6, "erl_eval.erl", 731)],
};

/**
 * erl_eval's frames standing for one frame of evaluated code at `pc` (its return address, or
 * where it raised), deepest first. `raised`: the reason, when the error is raised in this frame
 * (the trace's first, with no BIF frame above); `belowCallee`: a BIF's frame is above it.
 */
export function erlEvalFrames(v: ModuleVersion, fi: number, pc: number, raised: Term | undefined, belowCallee = false): Term[] {
  const lambda = v.functions[fi]?.lambda === true;
  // a fn's last expression calling a BIF that fails with its own frame: erl_eval applied it as a
  // tail call, so nothing of the fn's is left below it
  if (belowCallee && lambda && v.compiled.code[pc] === Op.return) return [];
  // the contexts around the point, innermost (latest start, then earliest end) first
  const ranges = v.compiled.evalContexts ?? [];
  const open: [number, number, EvalContext][] = [];
  for (let i = 0; i < ranges.length; i += 3) if (pc - 1 >= ranges[i] && pc - 1 < ranges[i + 1]) open.push([ranges[i], ranges[i + 1], ranges[i + 2]]);
  open.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const tag = raised instanceof Tuple && raised.items[0] instanceof Atom ? raised.items[0].name : "";
  const own = RAISED_BY_ERL_EVAL[tag];
  const tail = raised !== undefined && open.length === 0 && lambda;
  const out = own ? [...own] : [tail ? DO_APPLY_TAIL : DO_APPLY];
  for (const [, , kind] of open) out.push(CONTEXT_FRAMES[kind]);
  return out;
}

const EVAL_FORMS = at("elixir", "eval_forms", 3, "src/elixir.erl", 283);
const VERIFY = at("Elixir.Module.ParallelChecker", "verify", 1, "lib/module/parallel_checker.ex", 100);

/** what stands below `elixir -e CODE`'s top level on the BEAM */
export const EVAL_STRING_FRAMES: Term[] = [
  EVAL_FORMS,
  VERIFY,
  at("Elixir.Code", "validated_eval_string", 3, "lib/code.ex", 422),
  at("Elixir.Kernel.CLI", "wrapper", 1, "lib/kernel/cli.ex", 574),
];

/** what stands below the top level of code run by Code.eval_string/3 or eval_quoted/3 */
export function evalCallerFrames(caller: { name: string; arity: number; line: number }): Term[] {
  return [EVAL_FORMS, VERIFY, at("Elixir.Code", caller.name, caller.arity, "lib/code.ex", caller.line)];
}
