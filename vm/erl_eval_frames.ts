// Code Elixir evaluates rather than compiles (`elixir -e`, iex, Code.eval_string/3) runs inside
// Erlang's erl_eval, so where beamlet has a frame of that code (CompiledModule.evaluated) the
// BEAM has erl_eval's: the call is made from :erl_eval.do_apply/7, under a frame for each
// enclosing construct erl_eval evaluates non-tail (a block whose later expressions are still to
// run: exprs/6; a match's value, a case's subject, an operand, a list's or tuple's element, a map's
// value: expr/6; a call's arguments: expr_list/7 under expr/6). A fn's body calling
// a raising BIF last (raise, throw, exit) shows do_apply/7 at its tail-call line instead.
// `elixir -e` then runs the code from Code.validated_eval_string/3.
import { type Term, Atom, Fun, Tuple, atom, list, tuple, charlist } from "./terms.ts";
import { isEvaluatedFun } from "./evaluated_fun.ts";
import { codeFrame } from "./code_frame.ts";
import type { ModuleVersion } from "./module.ts";
import { Op, opInfo } from "../compiler/opcodes.ts";



/** where erl_eval evaluates code under a frame of its own (CompiledModule.evalContexts) */
export enum EvalContext {
  /** a block's expression with others after it */
  Block = 0,
  /** the value of a match `pattern = value` */
  MatchValue = 1,
  /** the subject of a case (also of if/unless, which are cases) */
  CaseSubject = 2,
  /** an argument of a remote call (Kernel's functions that are :erlang's too, ++ and --) */
  CallArgument = 3,
  /** an argument of a fun's call, f.(x) */
  FunArgument = 4,
  /** the left operand of an operator Erlang has (+, div, ==, ...) */
  OperandLeft = 5,
  /** its right operand */
  OperandRight = 6,
  /** the operand of a unary operator (not, -) */
  Operand = 7,
  /** an element of a tuple */
  TupleElement = 8,
  /** the head of a list's cell: every element */
  ListHead = 9,
  /** the tail of a list's cell: every element but the first (the BEAM shows the frame once) */
  ListTail = 10,
  /** a value of a map being built */
  MapValue = 11,
  /** a value of a map being updated */
  MapUpdateValue = 12,
  /** a segment's value in a binary being built (<<>>, <>, interpolation) */
  BinarySegment = 13,
  /** the body of a try (with rescue, catch, else or after): erl_eval runs it in try_clauses/10 */
  TryBody = 14,
  /** the body of a try's else clause */
  TryElse = 15,
  /** the body of a try's rescue or catch clause */
  TryHandler = 16,
  /** the body of a try's after */
  TryAfter = 17,
}

// OTP 25 (stdlib 4.2) erl_eval.erl's lines
const DO_APPLY = codeFrame("erl_eval", "do_apply", 7, "erl_eval.erl", 744);
const DO_APPLY_TAIL = codeFrame("erl_eval", "do_apply", 7, "erl_eval.erl", 742);
const EXPR_LIST = codeFrame("erl_eval", "expr_list", 7, "erl_eval.erl", 961);
const expr = (line: number) => codeFrame("erl_eval", "expr", 6, "erl_eval.erl", line);
/** erl_eval evaluating an expression with others after it (exprs/6) */
export const EVAL_EXPRS = codeFrame("erl_eval", "exprs", 6, "erl_eval.erl", 136);
const CONTEXT_FRAMES: Record<EvalContext, Term[]> = {
  [EvalContext.Block]: [EVAL_EXPRS],
  [EvalContext.MatchValue]: [expr(492)],
  [EvalContext.CaseSubject]: [expr(323)],
  [EvalContext.CallArgument]: [EXPR_LIST, expr(454)],
  [EvalContext.FunArgument]: [EXPR_LIST, expr(472)],
  [EvalContext.OperandLeft]: [expr(537)],
  [EvalContext.OperandRight]: [expr(538)],
  [EvalContext.Operand]: [expr(514)],
  [EvalContext.TupleElement]: [EXPR_LIST, expr(290)],
  [EvalContext.ListHead]: [expr(282)],
  [EvalContext.ListTail]: [expr(283)],
  [EvalContext.MapValue]: [codeFrame("erl_eval", "eval_map_fields", 6, "erl_eval.erl", 856), expr(313)],
  [EvalContext.MapUpdateValue]: [codeFrame("erl_eval", "eval_map_fields", 6, "erl_eval.erl", 860), expr(304)],
  [EvalContext.TryBody]: [codeFrame("erl_eval", "try_clauses", 10, "erl_eval.erl", 987)],
  [EvalContext.TryElse]: [codeFrame("erl_eval", "try_clauses", 10, "erl_eval.erl", 993)],
  [EvalContext.TryHandler]: [codeFrame("erl_eval", "try_clauses", 10, "erl_eval.erl", 1004)],
  [EvalContext.TryAfter]: [codeFrame("erl_eval", "try_clauses", 10, "erl_eval.erl", 1012)],
  [EvalContext.BinarySegment]: [codeFrame("eval_bits", "eval_field", 5, "eval_bits.erl", 106), codeFrame("eval_bits", "expr_grp1", 6, "eval_bits.erl", 71), codeFrame("eval_bits", "expr_grp", 5, "eval_bits.erl", 67), expr(543)],
};
// where erl_eval itself raises: a failed match, no case clause, a call of a non-fun
const RAISED_BY_ERL_EVAL: Record<string, Term[]> = {
  badmatch: [codeFrame("erl_eval", "expr", 6, "erl_eval.erl", 496)],
  case_clause: [codeFrame("erl_eval", "case_clauses", 8, "erl_eval.erl", 1041)],
  badfun: [codeFrame("erl_eval", "do_apply", 6, "erl_eval.erl", 731), codeFrame("erl_eval", "do_apply", 6, "erl_eval.erl", 731)],
};

// a fn of evaluated code called with the wrong count of arguments: erl_eval raises it where it
// applies its own funs; another fun (&String.upcase/1) fails in the apply/2 of do_apply/6, as a non-fun
const BADARITY_OWN = [codeFrame("erl_eval", "do_apply", 6, "erl_eval.erl", 714)];
function badArityFrames(reason: Tuple): Term[] | undefined {
  const detail = reason.items[1];
  const fun = detail instanceof Tuple ? detail.items[0] : undefined;
  return fun instanceof Fun && isEvaluatedFun(fun) ? BADARITY_OWN : RAISED_BY_ERL_EVAL.badfun;
}

/**
 * erl_eval's frames standing for one frame of evaluated code at `pc` (its return address, or
 * where it raised), deepest first. `raised`: the reason, when the error is raised in this frame
 * (the trace's first, with no BIF frame above); `belowCallee`: a BIF's frame is above it;
 * `calleeEvalFunShown`: the frame above is an evaluated fn's, shown with erl_eval frames;
 * `byEvaluator`: erl_eval itself raised it here, under frames of its own (a map update's).
 */
export function erlEvalFrames(v: ModuleVersion, fi: number, pc: number, raised: Term | undefined, belowCallee = false, callerEvaluated = false, calleeEvalFunShown = false, byEvaluator = false): Term[] {
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
  const own = tag === "badarity" ? badArityFrames(raised as Tuple) : RAISED_BY_ERL_EVAL[tag];
  const tail = raised !== undefined && open.length === 0 && lambda;
  if (tail && !own && callerEvaluated) return [];
  // calling a fn of evaluated code whose frames are shown above: erl_eval evaluates its body from
  // the call without a do_apply/7 frame of the call's own (elixir -e 'f = fn -> raise "b" end;
  // g = fn -> f.() && 1 end; g.()': do_apply/7 (the raise), expr/6 (g's case), nothing of the g.() call)
  const out = own ? [...own] : byEvaluator || (calleeEvalFunShown && raised === undefined) ? [] : [tail ? DO_APPLY_TAIL : DO_APPLY];
  // (the BEAM records a return address the same as the one before it once: `[[f()]]`, `-(-f())` and
  // `case (case f() do ...) do ...` show one expr/6 frame for the two constructs)
  for (const [, , kind] of open) for (const f of CONTEXT_FRAMES[kind]) if (out[out.length - 1] !== f) out.push(f);
  return out;
}

/**
 * whether the frame of evaluated code at `pc` (a return address) is calling a fun, f.(x), rather
 * than a function that may have tail-called one (M.f(fn ... end) with def f(k), do: k.(2)): erl_eval
 * evaluates a fn it calls itself without a do_apply/7 of the call's own
 */
export function callingFun(v: ModuleVersion, fi: number, pc: number): boolean {
  const code = v.compiled.code;
  const from = (start: number): number => {
    let at = start, prev = -1;
    while (at < pc) {
      prev = at;
      at += 1 + (opInfo(code[at])?.operands.length ?? 0);
    }
    return at === pc ? prev : -1;
  };
  let last = from(v.functions[fi]?.entry ?? 0);
  if (last < 0) last = from(0);
  return last >= 0 && code[last] === Op.call_fun;
}

const EVAL_FORMS = codeFrame("elixir", "eval_forms", 3, "src/elixir.erl", 283);
const VERIFY = codeFrame("Elixir.Module.ParallelChecker", "verify", 1, "lib/module/parallel_checker.ex", 100);

/** what stands below `elixir -e CODE`'s top level on the BEAM */
export const EVAL_STRING_FRAMES: Term[] = [
  EVAL_FORMS,
  VERIFY,
  codeFrame("Elixir.Code", "validated_eval_string", 3, "lib/code.ex", 422),
  codeFrame("Elixir.Kernel.CLI", "wrapper", 1, "lib/kernel/cli.ex", 574),
];

/** what stands below `bin/APP rpc EXPR`'s top level on the BEAM: -e's, run by Kernel.CLI.rpc_eval/1 from :erpc */
export const RPC_EVAL_FRAMES: Term[] = [
  ...EVAL_STRING_FRAMES,
  codeFrame("Elixir.Kernel.CLI", "rpc_eval", 1, "lib/kernel/cli.ex", 112),
  codeFrame("erpc", "execute_call", 4, "erpc.erl", 589),
];

/** what stands below the top level of code run by Code.eval_string/3 or eval_quoted/3 */
export function evalCallerFrames(caller: { name: string; arity: number; line: number }): Term[] {
  return [EVAL_FORMS, VERIFY, codeFrame("Elixir.Code", caller.name, caller.arity, "lib/code.ex", caller.line)];
}
