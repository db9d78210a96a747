// One function (all clauses of a def, or a lifted fn) -> code. Arguments arrive in slots
// 0..nargs-1; a lifted fn's captured values follow them.
import type { Ast } from "../lang/ast.ts";
import { CompileError } from "../lang/compile_error.ts";
import { Clause, varName } from "./ast_util.ts";
import { FnCtx, ModCtx, Scope, type Directives } from "./context.ts";
import { ExprCompiler } from "./expressions.ts";
import { PatternCompiler } from "./patterns.ts";
import type { Fact } from "./constants.ts";
import type { Term } from "../vm/terms.ts";
import { numberMatchFails } from "./inlined_fns.ts";

export function reserveFunction(mod: ModCtx, name: string, arity: number, exported: boolean, lambda: boolean, line: number): number {
  mod.em.functions.push({ name, arity, entry: -1, nlocals: 0, exported, lambda, line });
  return mod.em.functions.length - 1;
}

/** captureFacts: what is known of each captured value where the fn was made (OTP's compiler
 *  propagates a constant into the fn, so a call on it in the body warns as it will fail);
 *  dirs: the directives in force where a fn was written (a def's clauses carry their own) */
/** clauseLine: where a FunctionClauseError points (a fn's: the `fn` line; a def's: its first clause) */
/** constants: variables of a fn's surroundings whose values the compiler knows (not captured:
 *  bound to their literal where the fn's code starts) */
export function emitFunction(mod: ModCtx, index: number, clauses: Clause[], nargs: number, captures: string[] = [], captureFacts: (Fact | undefined)[] = [], dirs?: Directives, clauseLine?: number, constants: [string, Term][] = [], constantFacts = false): void {
  const em = mod.em;
  const fdef = em.functions[index];
  fdef.entry = em.code.length;
  const fn = new FnCtx(mod, fdef.name, fdef.arity, nargs + captures.length);
  fn.entry = fdef.entry;
  fn.index = index;
  fn.entryLine = clauseLine ?? clauses[0]?.meta.line;
  const root = new Scope(null);
  root.dirs = dirs;
  captures.forEach((n, i) => {
    root.bind(n, nargs + i);
    const fact = captureFacts[i];
    // (OTP's type analysis sees a captured fun's arity inside the fn too)
    if (fact?.k === "const" || fact?.k === "funArity") fn.facts.set(nargs + i, fact);
    // captured from a rescue or catch clause around the fn (compiler/lambdas.ts)
    if (n === "__STACKTRACE__") fn.stacktraceSlot = nargs + i;
  });
  for (const [n, v] of constants) {
    const slot = fn.newSlot();
    em.emit("push_lit", em.lit(v));
    em.emit("store_local", slot);
    root.bind(n, slot);
    fn.propagated.set(slot, v);
    if (constantFacts) fn.facts.set(slot, { k: "const", v });
  }
  const ex = new ExprCompiler(fn);
  for (const c of clauses) {
    const attrs = (c as { attrs?: ModCtx["attrs"] }).attrs;
    if (attrs) mod.attrs = attrs;
    mod.visibleMacros = (c as { macros?: Set<string> }).macros ?? null;
    // (a fn's clauses keep what the def around them had)
    const pending = (c as { structPending?: boolean }).structPending;
    if (pending !== undefined) mod.structPending = pending;
    if (c.args.length !== nargs) mod.error(`clause arity mismatch in ${fdef.name}`, c.meta.line);
    em.line(c.meta.line);
    if (mod.currentDef !== null && !fdef.lambda) mod.currentClauseLine = c.meta.line;
    const next = em.newLabel();
    const s = root.child();
    // a def's clause sees the module's directives as they were where it was written
    const clauseDirs = (c as { dirs?: Directives }).dirs;
    if (clauseDirs) s.dirs = clauseDirs;
    const pc = new PatternCompiler(fn, s);
    pc.inDefHead = mod.currentDef !== null && !fdef.lambda;
    c.args.forEach((arg: Ast, i: number) => {
      const n = varName(arg);
      if (n !== null && n !== "_" && !pc.bound.has(n) && !n.startsWith("__")) {
        pc.bound.set(n, i);
        return;
      }
      const pat = pc.compile(arg);
      if (pat.k === "any") return;
      em.emit("push_local", i);
      em.emit("match", em.lit(pat), next);
    });
    pc.commit(s);
    if (c.guard) ex.guard(c.guard, s, next, fdef.lambda ? "fn" : undefined);
    ex.withGuardFacts(c.guard, s, () => ex.expr(c.body, s, true));
    em.place(next);
  }
  // a FunctionClauseError points at the function's first clause (a fn's own line), as on the BEAM
  em.line(clauseLine ?? clauses[0]?.meta.line);
  em.emit("func_info", nargs);
  fdef.nlocals = fn.nslots;
}

/** Emit the lifted lambdas queued while compiling, until none is left: each one's own fns right
 *  after it (depth first, without recursion: fns nest thousands deep), which is the order Elixir
 *  expands them in, where they are written. After a CompileError only the failed fn's own fns
 *  (written before its error) are compiled: an error in one of them came first. */
export function drainPending(mod: ModCtx): void {
  const stack: (() => void)[][] = [mod.pending];
  mod.pending = [];
  let failed: CompileError | null = null;
  while (stack.length > 0) {
    const next = stack[stack.length - 1].shift();
    if (next === undefined) {
      stack.pop();
      continue;
    }
    try {
      next();
    } catch (e) {
      if (!(e instanceof CompileError)) {
        mod.pending = [];
        throw e;
      }
      failed = e;
      stack.length = 0;
    }
    if (mod.pending.length > 0) stack.push(mod.pending);
    mod.pending = [];
  }
  if (failed) throw failed;
}

/** Compile a function (`emit`), then the fns written in it. Elixir expands a fn's body where it
 *  is written, so when the function stops at a CompileError, the fns written before that point
 *  are compiled first: an error in one of them is the one Elixir reports. */
export function emitWithFns(mod: ModCtx, emit: () => void): void {
  try {
    emit();
  } catch (e) {
    if (e instanceof CompileError) drainPending(mod);
    throw e;
  }
  drainPending(mod);
  numberMatchFails(mod.matchFailNames, mod.inlinedCounts);
}
