// try/rescue/catch/else/after. `try L` pushes a handler; a raise unwinds the process's own stack
// to it and jumps to L with [kind, reason, stacktrace] on the operand stack.
import type { Ast, AstCall } from "../lang/ast.ts";
import { atom, list } from "../vm/terms.ts";
import { Scope } from "./context.ts";
import type { ExprCompiler, SeqItem } from "./expressions.ts";
import { keywordPairs, clausesOf, isCall, varName, Clause, blockItems } from "./ast_util.ts";
import { PatternCompiler } from "./patterns.ts";
import { expandAlias } from "./aliases.ts";
import { someNode } from "./ast_walk.ts";
import { rescueStacktrace, NEEDS_STACKTRACE } from "./rescue_normalize.ts";
import { EvalContext } from "../vm/erl_eval_frames.ts";

export function compileTry(ex: ExprCompiler, a: AstCall, scope: Scope, tail: boolean): void {
  const opts = keywordPairs(a.args?.[0]);
  if (!opts) return ex.mod.error("invalid try", a.meta.line);
  const get = (k: string) => opts.find(([x]) => x === k)?.[1];
  // Elixir's expansion: a try needs a handler or an after; else alone is only warned about
  const keys = opts.map(([k]) => k);
  if (keys.length === 1 && keys[0] === "do") return ex.mod.error('missing :catch/:rescue/:after option in "try"', a.meta.line, undefined, a, [null]); // (raised in elixir_expand:expand_try, pruned)
  if (keys.length === 2 && keys.includes("do") && keys.includes("else")) {
    ex.mod.warn('"else" shouldn\'t be used as the only clause in "try", use "case" instead', a.meta.line ?? 0);
  }
  // an inlined fn's function_clause error raised in the body leaves the enclosing function's
  // frame there (its stack frame stays for the handlers; compiler/inlined_fns.ts)
  someNode(get("do"), (x) => {
    if (!isCall(x, "fn")) return undefined;
    ex.fnsInTry.add(x);
    return false;
  });
  // scheduled (ExprCompiler.seq), as tries nest 5,000 deep in a def
  ex.seq(scope, [...tryPartsSteps(ex, get("do"), get("rescue"), get("catch"), get("else"), get("after"), scope, a.meta.line, tail, a.meta.tryOf ?? "try"), () => {
    if (tail) ex.em.emit("return");
  }]);
}

/** the code of a try's parts, as seq items (compiled in order); `tail`: the try is the function's
 *  last expression, so without an after its handlers' and else clauses' bodies are too (OTP's last
 *  calls there leave no frame: a retry loop recursing from a rescue runs in constant stack) */
function tryPartsSteps(ex: ExprCompiler, body: Ast | undefined, rescue: Ast | undefined, catchB: Ast | undefined, elseB: Ast | undefined, after: Ast | undefined, scope: Scope, line: number | undefined, tail: boolean, form: string): SeqItem[] {
  const em = ex.em;
  if (after === undefined) return innerSteps(ex, body, rescue, catchB, elseB, scope, line, tail, form);
  const h = em.newLabel(), end = em.newLabel();
  let raised: [number, number, number] = [0, 0, 0];
  const items = blockItems(after);
  if (items.length > 0) someNode(items[items.length - 1], (x) => { ex.mod.afterValueNodes.add(x); return undefined; });
  return [
    () => em.emit("try", h),
    ...innerSteps(ex, body, rescue, catchB, elseB, scope, line, false, form),
    () => em.emit("try_end"),
    ...ex.inEvalContexts(EvalContext.TryAfter, [{ a: after, scope: scope.child() }]),
    () => {
      em.emit("pop");
      em.emit("jump", end);
      em.place(h);
      raised = storeRaised(ex);
    },
    ...ex.inEvalContexts(EvalContext.TryAfter, [{ a: after, scope: scope.child() }]),
    () => {
      const [k, r, s] = raised;
      em.emit("pop");
      em.emit("push_local", k);
      em.emit("push_local", r);
      em.emit("push_local", s);
      em.emit("raise");
      em.place(end);
    },
  ];
}

/** at a handler: the raised [kind, reason, stacktrace] on the stack go to three new slots */
function storeRaised(ex: ExprCompiler): [number, number, number] {
  const [k, r, s] = [ex.fn.newSlot(), ex.fn.newSlot(), ex.fn.newSlot()];
  ex.em.emit("store_local", s);
  ex.em.emit("store_local", r);
  ex.em.emit("store_local", k);
  return [k, r, s];
}

function innerSteps(ex: ExprCompiler, body: Ast | undefined, rescue: Ast | undefined, catchB: Ast | undefined, elseB: Ast | undefined, scope: Scope, line: number | undefined, tail: boolean, form: string): SeqItem[] {
  const em = ex.em;
  const elseClauses = elseB ? clausesOf(elseB) : null;
  if (elseClauses) ex.checkClauses(elseClauses, "else", "try", line);
  // (evaluated code's try body runs under erl_eval's try_clauses/10 frame)
  const bodyTask = ex.inEvalContexts(EvalContext.TryBody, [{ a: body ?? { t: "atom", v: "nil" } as Ast, scope: scope.child() }]);
  const elseSteps = ex.inEvalContexts(EvalContext.TryElse, [() => {
    if (elseClauses) ex.caseClausesStep(elseClauses, scope, tail, "try_clause", undefined, line);
  }]);
  if (!rescue && !catchB) return [...bodyTask, ...elseSteps];
  const h = em.newLabel(), end = em.newLabel();
  let k = 0, r = 0, s = 0, savedSt: number | null = null;
  const steps: SeqItem[] = [() => em.emit("try", h), ...bodyTask, () => em.emit("try_end"), ...elseSteps, () => {
    em.emit("jump", end);
    em.place(h);
    [k, r, s] = storeRaised(ex);
    savedSt = ex.fn.stacktraceSlot;
    ex.fn.stacktraceSlot = s;
  }];
  const rescueClauses = rescue ? clausesOf(rescue) : [];
  const catchClauses = catchB ? clausesOf(catchB) : [];
  steps.push(() => {
    if (rescue && !rescueClauses) return ex.mod.error(`expected -> clauses for :rescue in "${form}"`, line);
    if (rescueClauses) ex.checkClauses(rescueClauses, "rescue", "try", rescueClauses.find((c) => c.args.length !== 1)?.meta.line ?? line);
  });
  if (rescueClauses && rescueClauses.length > 0) {
    // the normalised exception (Exception.normalize/3), computed once, only for kind :error
    let n = 0;
    steps.push(() => {
      n = ex.fn.newSlot();
      const skip = em.newLabel();
      em.pushLit(atom("nil"));
      em.emit("store_local", n);
      em.emit("push_local", k);
      em.emit("match", em.lit({ k: "lit", v: atom("error") }), skip);
      em.emit("push_local", k);
      em.emit("push_local", r);
      // (with the stack trace only for the errors whose exception reads it, as 1.14's rescue
      // passes it: an ErlangError such as :terminated gets no error_info reason there)
      em.emit("push_local", r);
      em.emit("push_local", s);
      em.pushLit(list(NEEDS_STACKTRACE.map((m) => atom(m))));
      em.emit("bif", em.importOf("beamlet", "rescue_stacktrace", 3));
      em.emit("call_ext", em.importOf("Elixir.Exception", "normalize", 3));
      em.emit("store_local", n);
      em.place(skip);
    });
    for (const c of rescueClauses) steps.push(...rescueClauseSteps(ex, c, () => [k, n, r, s], scope, end, tail));
  }
  steps.push(() => {
    if (catchB && !catchClauses) return ex.mod.error(`expected -> clauses for :catch in "${form}"`, line);
    if (catchClauses) ex.checkClauses(catchClauses, "catch", "try", catchClauses.find((c) => c.args.length < 1 || c.args.length > 2)?.meta.line ?? line, true);
  });
  for (const c of catchClauses ?? []) {
    // (without rescue clauses, which hand the stacktrace to Exception.normalize/3)
    if (!(rescueClauses && rescueClauses.length > 0)) markRawRaise(c.body, c.guard, ex.rawRaises);
    const next = em.newLabel();
    const sc = scope.child();
    steps.push(() => {
      const pc = new PatternCompiler(ex.fn, sc);
      const [kindPat, valPat] = c.args.length === 1 ? [{ t: "atom", v: "throw" } as Ast, c.args[0]] : [c.args[0], c.args[1]];
      const kp = pc.compile(kindPat);
      const vp = pc.compile(valPat);
      em.emit("push_local", k);
      em.emit("match", em.lit(kp), next);
      em.emit("push_local", r);
      em.emit("match", em.lit(vp), next);
      pc.commit();
      if (c.guard) ex.guard(c.guard, sc, next);
    }, ...ex.inEvalContexts(EvalContext.TryHandler, [{ a: c.body, scope: sc, tail }]), () => {
      if (!tail) em.emit("jump", end);
      em.place(next);
    });
  }
  steps.push(() => {
    em.emit("push_local", k);
    em.emit("push_local", r);
    em.emit("push_local", s);
    em.emit("raise");
    ex.fn.stacktraceSlot = savedSt;
    em.place(end);
  });
  return steps;
}

function rescueClauseSteps(ex: ExprCompiler, c: Clause, slots: () => [number, number, number, number], scope: Scope, end: ReturnType<ExprCompiler["em"]["newLabel"]>, tail: boolean): SeqItem[] {
  const em = ex.em;
  const next = em.newLabel();
  const sc = scope.child();
  return [() => rescueClauseHead(ex, c, slots(), sc, next), ...ex.inEvalContexts(EvalContext.TryHandler, [{ a: c.body, scope: sc, tail }]), () => {
    if (!tail) em.emit("jump", end);
    em.place(next);
  }];
}

/** a rescue clause's test: kind :error and the exception's module, binding its variable */
function rescueClauseHead(ex: ExprCompiler, c: Clause, [k, n, r, s]: [number, number, number, number], sc: Scope, next: ReturnType<ExprCompiler["em"]["newLabel"]>): void {
  const em = ex.em;
  let target = c.args[0];
  let varAst: Ast | null = null;
  let mods: string[] | null = null; // null: any exception
  // (a guard is no part of a rescue clause: Elixir reads `when` as an expression too)
  if (c.guard) invalidRescueClause(ex, c, c.written ?? target, sc);
  if (isCall(target, "in") && target.args) {
    varAst = target.args[0];
    target = target.args[1];
  } else if (varName(target) !== null) {
    varAst = target;
    target = null as unknown as Ast;
  }
  if (target) {
    const items = target.t === "list" ? target.items : [target];
    const named = items.map((i) => expandAlias(i, ex.mod));
    if ((varAst && varName(varAst) === null) || named.some((m) => m === null)) invalidRescueClause(ex, c, target, sc);
    mods = named as string[];
  }
  em.emit("push_local", k);
  em.emit("match", em.lit({ k: "lit", v: atom("error") }), next);
  if (mods) {
    em.emit("push_local", n);
    em.pushLit(list(mods.map((m) => atom(m))));
    // ErlangError names every raw Erlang error (a reason that is no exception: :badarith, :undef,
    // {:badmatch, x} ...), whatever it normalizes to, as Elixir's rescue guard does
    if (mods.includes("Elixir.ErlangError")) {
      em.emit("push_local", r);
      em.emit("bif", em.importOf("beamlet", "is_exception_of", 3));
    } else em.emit("bif", em.importOf("beamlet", "is_exception_of", 2));
    em.emit("jump_unless_true", next);
  }
  if (varAst && varName(varAst) !== "_") {
    const slot = ex.fn.newSlot();
    const st = rescueStacktrace(mods);
    if (st === "always") em.emit("push_local", n);
    else {
      // normalized again, with the stack trace only where Elixir 1.14 passes it
      em.pushLit(atom("error"));
      em.emit("push_local", r);
      if (st === "never") em.pushLit(list([]));
      else {
        em.emit("push_local", r);
        em.emit("push_local", s);
        em.pushLit(list(st.map((m) => atom(m))));
        em.emit("bif", em.importOf("beamlet", "rescue_stacktrace", 3));
      }
      em.emit("call_ext", em.importOf("Elixir.Exception", "normalize", 3));
    }
    em.emit("store_local", slot);
    sc.bind(varName(varAst)!, slot);
  }
}

/**
 * A rescue clause that is none of `var`, `var in Alias(es)` and `Alias(es)`: Elixir expands what
 * is right of `in` (the whole head without one) as an expression, which prints its warnings
 * (a variable that does not exist is a call) or fails at a script's top level (an undefined
 * function), and then finds it no alias (nor list of them). The code compiled here is dropped.
 */
function invalidRescueClause(ex: ExprCompiler, c: Clause, expr: Ast, sc: Scope): never {
  ex.expr(expr, sc.child(), false);
  // (raised by expand_rescue/4 once the expression is expanded: the clause's frames alone)
  return ex.mod.error(`invalid "rescue" clause. The clause should match on an alias, a variable or be in the "var in [alias]" format`, c.meta.line, undefined, c.node ?? c.written ?? c.args[0], []);
}

/** the uses of __STACKTRACE__ in `a` */
function stacktraceUses(a: Ast | null | undefined, into: Ast[]): void {
  if (!a) return;
  if (a.t === "call") {
    if (a.args === null && a.name === "__STACKTRACE__") return void into.push(a);
    if (typeof a.name !== "string") stacktraceUses(a.name, into);
    for (const x of a.args ?? []) stacktraceUses(x, into);
  } else if (a.t === "list" || a.t === "tuple") for (const x of a.items) stacktraceUses(x, into);
}

/** a catch clause whose only use of __STACKTRACE__ is `:erlang.raise(kind, reason, __STACKTRACE__)`:
 *  OTP's compiler raises the raw stack trace again (vm/bifs/beamlet_internal.ts, raw_raise/3) */
function markRawRaise(body: Ast, guard: Ast | null | undefined, into: WeakSet<Ast>): void {
  const uses: Ast[] = [];
  stacktraceUses(body, uses);
  stacktraceUses(guard, uses);
  if (uses.length !== 1) return;
  const use = uses[0];
  const raises = (a: Ast): boolean => {
    if (a.t !== "call") return a.t === "list" || a.t === "tuple" ? a.items.some(raises) : false;
    if (typeof a.name !== "string" && isCall(a.name, ".") && a.name.args?.length === 2 && a.name.args[0].t === "atom" && a.name.args[0].v === "erlang" &&
      a.name.args[1].t === "atom" && a.name.args[1].v === "raise" && a.args?.length === 3 && a.args[2] === use) return true;
    return (typeof a.name !== "string" && raises(a.name)) || (a.args ?? []).some(raises);
  };
  if (raises(body)) into.add(use);
}
