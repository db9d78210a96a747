// fn ... end and & captures. A fn is lifted into its own function of the module version; the
// values it uses from the enclosing scope are captured when the closure is made (make_fun).
// R10: the closure remembers the version that made it.
import { withMacroResultTrace } from "./macro_result_trace.ts";
import { noteRewritten } from "./written_node.ts";
import { CompileError, type ElixirFrame } from "../lang/compile_error.ts";
import { escapeFrames, FN_FRAMES, type RawFrame } from "./expander_frames.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";
import { lookupBif } from "../vm/bifs/registry.ts";
import { astToTerm, hygienicName, isHygienic, plainName } from "./quoted.ts";
import { ambiguousImport } from "./import_table.ts";
import { inlinedBif } from "../vm/elixir_inlines.ts";
import type { Ast, AstCall } from "../lang/ast.ts";
import type { Term } from "../vm/terms.ts";
import { Scope, type ModCtx } from "./context.ts";
import type { ExprCompiler } from "./expressions.ts";
import { clausesOf, isCall, listA, call, v, atomA, varName, namesFunction, soleExpression } from "./ast_util.ts";
import { emitFunction, reserveFunction } from "./functions.ts";
import { expandAlias } from "./aliases.ts";
import { isScriptModule } from "./script_module.ts";
import { deprecationWarning } from "./deprecations.ts";
import { KERNEL_MACROS } from "./kernel_imports.ts";
import { freeVarsOfFn } from "./free_vars.ts";
import { generatedFnSource } from "./fun_numbering.ts";
import { evalFunCode } from "./eval_fun_code.ts";
import { sequentialCapture } from "./capture_shorthand.ts";
import { keepsOwnClauseFailure } from "./inlined_fns.ts";
import { noteUnrequiredMacro } from "./macros.ts";

/** Variables of the enclosing scope that the AST mentions (over-approximated: harmless). */
function capturedVars(a: Ast, scope: Scope, stacktraceSlot: number | null): [string, number][] {
  const visible = scope.allNames();
  const found: [string, number][] = [];
  // compiler/free_vars.ts sees into nested clauses and fns; code nested too deep for its walk
  // keeps freeNames' shallower answer
  const mentioned = (a.t === "call" && freeVarsOfFn(a, ALL_VARS)) || freeNames(a);
  // a fn in a rescue or catch clause reads the clause's stacktrace as any other variable
  if (stacktraceSlot !== null && mentioned.has(STACKTRACE)) found.push([STACKTRACE, stacktraceSlot]);
  // __ENV__ (its versioned_vars), binding() and dbg() see every variable around them
  if (mentioned.has(ALL_VARS)) return [...found, ...[...visible].filter(([n]) => !n.startsWith("$"))];
  for (const n of mentioned) {
    const slot = visible.get(n);
    if (slot !== undefined) found.push([n, slot]);
  }
  return found;
}

/** The names a fn reads from around it, in source order: what it mentions less what each clause
 *  binds first (its head's variables, then a body statement `pat = expr`'s), so its environment,
 *  and the arity its frames show (`anonymous fn/2`), are the BEAM's. Over-approximated inside
 *  nested constructs (a case's clauses, an inner fn): a name too many is only captured, never
 *  misread. */
function freeNames(fn: Ast): Set<string> {
  const clauses = fn.t === "call" ? clausesOf(listA(fn.args ?? [])) : null;
  if (!clauses) return mentionedNames(fn);
  const free = new Set<string>();
  const addFrom = (names: Iterable<string>, bound: Set<string>) => {
    for (const n of names) if (!bound.has(n)) free.add(n);
  };
  for (const c of clauses) {
    const bound = new Set<string>();
    const reads = new Set<string>();
    for (const arg of c.args) patternNames(arg, bound, reads);
    // a pinned or size variable of the head reads the outer one, even if the head binds it too
    for (const n of reads) free.add(n);
    if (c.guard) addFrom(mentionedNames(c.guard), bound);
    const body = c.body;
    const stmts = body.t === "call" && body.name === "__block__" && body.args ? body.args : [body];
    for (const st of stmts) {
      if (st.t === "call" && st.name === "=" && st.args?.length === 2) {
        const patBound = new Set<string>();
        const patReads = new Set<string>();
        patternNames(st.args[0], patBound, patReads);
        addFrom(mentionedNames(st.args[1]), bound);
        addFrom(patReads, bound);
        for (const n of patBound) bound.add(n);
      } else {
        addFrom(mentionedNames(st), bound);
      }
    }
  }
  return free;
}

/** A pattern's variables: those it binds, and those it reads (pinned `^x`, a binary field's size
 *  or type `::size(n)`, a nested fn's or unknown construct's mentions, conservatively). */
function patternNames(root: Ast, bound: Set<string>, reads: Set<string>): void {
  // a work list: patterns nest 10,000 deep
  const work: Ast[] = [root];
  while (work.length > 0) {
    const p = work.pop()!;
    if (p.t === "list" || p.t === "tuple") {
      for (let i = p.items.length - 1; i >= 0; i--) work.push(p.items[i]);
      continue;
    }
    if (p.t !== "call") continue;
    if (p.args === null) {
      if (typeof p.name === "string" && p.name !== "_") bound.add(p.name);
      continue;
    }
    if (p.name === "@") continue;
    if (p.name === "^" || p.name === "fn" || typeof p.name !== "string") {
      for (const n of mentionedNames(p)) reads.add(n);
      continue;
    }
    if (p.name === "::" && p.args.length === 2) {
      for (const n of mentionedNames(p.args[1])) reads.add(n);
      work.push(p.args[0]);
      continue;
    }
    for (let i = p.args.length - 1; i >= 0; i--) work.push(p.args[i]);
  }
}

/** the variable a rescue or catch clause's stacktrace goes by in a fn written there */
export const STACKTRACE = "__STACKTRACE__";

/** the name that stands for "every visible variable" */
const ALL_VARS = "\u0000all";

/** the names of the fns walked so far: a fn nested in another is asked about again when it compiles */
const namesOfFn = new WeakMap<Ast, Set<string>>();

/** Every name a fn mentions as a variable (in source order). Iterative, so that fns nested 10,000
 *  deep neither exhaust the JS stack nor walk their inner fns again for each enclosing one. */
function mentionedNames(root: Ast): Set<string> {
  const cached = namesOfFn.get(root);
  if (cached) return cached;
  // the fns being walked, innermost last; a fn's names also belong to the fns around it
  const open: { node: Ast; names: Set<string> }[] = [{ node: root, names: new Set() }];
  const work: (Ast | { close: Ast })[] = [{ close: root }, root];
  let rootNames = new Set<string>();
  while (work.length > 0) {
    const x = work.pop()!;
    if (!("t" in x)) {
      const done = open.pop()!;
      namesOfFn.set(done.node, done.names);
      if (open.length > 0) for (const n of done.names) open[open.length - 1].names.add(n);
      else rootNames = done.names;
      continue;
    }
    if (x.t === "list" || x.t === "tuple") {
      for (let i = x.items.length - 1; i >= 0; i--) work.push(x.items[i]);
      continue;
    }
    if (x.t !== "call" || x.name === "@") continue;
    if (x.name === "fn" && x !== root) {
      const known = namesOfFn.get(x);
      if (known) {
        for (const n of known) open[open.length - 1].names.add(n);
        continue;
      }
      open.push({ node: x, names: new Set() });
      work.push({ close: x });
    }
    if (x.args === null) {
      if (typeof x.name === "string") open[open.length - 1].names.add(x.name === "__ENV__" ? ALL_VARS : x.name);
      continue;
    }
    if (x.name === "binding" || (x.name === "dbg" && x.args.length === 0)) open[open.length - 1].names.add(ALL_VARS);
    for (let i = x.args.length - 1; i >= 0; i--) work.push(x.args[i]);
    if (typeof x.name !== "string") work.push(x.name);
  }
  return rootNames;
}

/** `key`: the AST the fn was written as (a `&` capture's node), where OTP's numbering finds it */
export function compileLambda(ex: ExprCompiler, a: AstCall, scope: Scope, key: Ast = a): void {
  const clauses = clausesOf(listA(a.args ?? []));
  if (!clauses || clauses.length === 0) return ex.mod.error("invalid fn", a.meta.line, undefined, a, []);
  // checked before the arities, on the arguments outside any guard: `fn x, y \\ 2 -> ...`
  const defaulted = clauses.findIndex((c) => c.args.some((arg) => isCall(arg, "\\\\")));
  // (raised from the clauses' mapfoldl in elixir_fn:expand/4, at the first clause with one)
  if (defaulted >= 0) return ex.mod.error("anonymous functions cannot have optional arguments", a.meta.line, undefined, a, [...FN_FRAMES.mapfoldlAt(defaulted), FN_FRAMES.expand]);
  const arity = clauses[0].args.length;
  if (clauses.some((c) => c.args.length !== arity)) return ex.mod.error("cannot mix clauses with different arities in anonymous functions", a.meta.line, undefined, a, []);
  // a value the compiler knows is no capture: OTP propagates the constant into the fn's code
  // (a fn's own fns too: at a script's top level its constants are no facts, see constantFacts)
  const valueOf = (slot: number): Term | undefined => {
    const f = ex.fn.facts.get(slot);
    return f?.k === "const" ? f.v : ex.fn.propagated.get(slot);
  };
  const known = (slot: number) => valueOf(slot) !== undefined;
  const allCaptured = capturedVars(a, scope, ex.fn.stacktraceSlot);
  const captured = allCaptured.filter(([, slot]) => !known(slot));
  const constants = allCaptured.filter(([, slot]) => known(slot)).map(([n, slot]) => [n, valueOf(slot)!] as [string, Term]);
  // a script's top level is not optimised for warnings: calls on its constants in fns do not warn
  const constantFacts = !isScriptModule(ex.mod.name);
  const mod = ex.mod;
  // named after the enclosing top-level function, as Erlang names funs (nested ones too)
  const outer = /^-(.+)-fun-\d+-$/.exec(ex.fn.name);
  const fa = outer ? outer[1] : `${ex.fn.name}/${ex.fn.arity}`;
  const otp = mod.funNumbering?.funOf(generatedFnSource.get(a) ?? key, fa);
  const name = `-${fa}-fun-${otp ? otp.name : mod.lambdaCount++}-`;
  // OTP drops these before it warns of their failing calls (observed on Elixir 1.14's scripts)
  if (isScriptModule(mod.name) && (ex.inMatchValue > 0 || ex.droppedFns.has(a) || mod.unwarnedFuns.has(ex.fn.name))) mod.unwarnedFuns.add(name);
  // nor of those in a fn made inside a match to a variable's value (compiler/unwanted_values.ts)
  if (ex.unwanted > 0 || mod.quietFuns.has(ex.fn.name)) mod.quietFuns.add(name);
  const index = reserveFunction(mod, name, arity + captured.length, false, true, a.meta.line ?? 0);
  // (a fn OTP's compiler deletes has no index there: -1, kept out of the module's fun table)
  if (otp && otp.index >= 0) mod.em.functions[index].funIndex = otp.index;
  const inLibrary = libraryPlace(mod, name, arity + captured.length);
  if (inLibrary !== undefined) mod.em.functions[index].funIndex = inLibrary;
  // (nor among module_info(:functions): vm/export_order.ts)
  if (otp?.deleted) mod.em.functions[index].deleted = true;
  // (inlined by Erlang's compiler: its frames are the enclosing function's)
  // (inside another fn: that fn's frame, its arity counting the values it captures, as OTP's)
  // (applied to a value a case branches on or to a computed argument: only a fn that captures
  // variables)
  const branched = ex.branchedFns.has(a);
  const plain = !branched && !ex.computedArgFns.has(a);
  const inlined = (ex.inlinedFns.has(a) || ex.inlinedFns.has(key)) && (plain || captured.length > 0);
  if (inlined) mod.em.functions[index].shownAs = outer ? `${ex.fn.name}/${ex.fn.arity}` : fa;
  // (its function_clause error raised from a function of its own, numbered in the enclosing one)
  if (inlined && ex.failingInlinedFns.has(a)) {
    if (plain && raisedAsEnclosing(ex, arity, a.meta.line)) mod.em.functions[index].inlinedAs = ex.fn.name;
    else {
      const f = mod.em.functions[index];
      mod.matchFailNames.push({ fa, at: a.meta, name: (n) => (f.inlinedAs = `-${fa}-inlined-${n}-`) });
      // (raised from inside a try: the enclosing function's frame stays under it, at the fn's line;
      // elsewhere that function is called as a last call: the frame is gone)
      // (or from a case's subject: the enclosing function goes on after it)
      if (ex.fnsInTry.has(a) || branched) f.inlinedInTry = true;
    }
  } else if (!inlined && keepsOwnClauseFailure(clauses)) {
    // (a fun that can fail with function_clause takes a number from the same count: OTP names
    // its match failure as it does an inlined one's, though its frame keeps the fun's name)
    mod.matchFailNames.push({ fa, at: a.meta, name: null });
  }
  if (ex.fn.index >= 0) mod.lambdaParent.set(index, ex.fn.index);
  // (a constant folded into the code is a free variable's value to erl_eval: part of the key)
  if (mod.evalContexts !== null) mod.em.functions[index].evalCode = evalFunCode(a, captured.length, constants);
  for (const [, slot] of captured) ex.em.emit("push_local", slot);
  ex.em.emit("make_fun", index, captured.length);
  const names = captured.map(([n]) => n);
  // a script's top level is not optimised: its constants stay out of its fns
  const facts = isScriptModule(mod.name) ? [] : captured.map(([, slot]) => ex.fn.facts.get(slot));
  const attrs = mod.attrs;
  // compiled later: it keeps the directives in force where it was written
  const dirs = mod.dirs;
  const warnKey = mod.warnKeyHere();
  // (and inside the macro expansions it was written in, for the frames of an error in it)
  const expanding = mod.expandingMacros;
  const compileFn = () => {
    mod.attrs = attrs;
    const outer = mod.expandingMacros;
    mod.expandingMacros = expanding;
    try {
      mod.withWarnKey(warnKey, () => emitFunction(mod, index, clauses, arity, names, facts, dirs, a.meta.line, constants, constantFacts));
    } finally {
      mod.expandingMacros = outer;
    }
  };
  // (a def expanded where it is written, only for its macros to run: its fns where they are, as
  // Elixir expands them; the code made is thrown away)
  if (mod.expandingEarly) compileFn();
  else mod.pending.push(compileFn);
}

/** what `&name/arity` makes: a fun of the local function itself, a fn expanding a guard or macro,
 *  or an external fun (an imported function) */
export function captureKind(mod: ExprCompiler["mod"], key: string): "local" | "lambda" | "external" {
  if (mod.guards.has(key) || mod.importedMacros.has(key)) return "lambda";
  if (mod.locals.has(key)) return "local";
  if (key.startsWith("super/")) return "lambda";
  // Kernel's macros (&to_string/1, &is_nil/1) unless another module's import hides them
  const imported = mod.imports.get(key);
  return (imported === undefined || imported === "Elixir.Kernel") && isKernelMacro(key) ? "lambda" : "external";
}

function isKernelMacro(key: string): boolean {
  const i = key.lastIndexOf("/");
  return KERNEL_MACROS[key.slice(0, i)]?.includes(Number(key.slice(i + 1))) ?? false;
}

/** the `&f/n` or `&Mod.f/n` a capture's body `f(&1, ..., &n)` stands for (capture_shorthand.ts),
 *  unless that names a macro: Elixir captures a macro's call as a fn */
export function shorthandCapture(mod: ExprCompiler["mod"], body: Ast): AstCall | null {
  const short = sequentialCapture(body);
  if (short === null) return null;
  const [target, arity] = short.args as [AstCall, Ast & { t: "int" }];
  if (typeof target.name === "string") return captureKind(mod, `${target.name}/${arity.v}`) === "lambda" ? null : short;
  const [recv, fname] = (target.name as AstCall).args!;
  const m = expandAlias(recv, mod);
  return m === null || fname.t !== "atom" || remoteMacroCaptured(mod, m, fname.v, Number(arity.v)) ? null : short;
}

/** `&Mod.name/arity` of a macro Elixir expands (a required module's, the module's own, Kernel's) */
function remoteMacroCaptured(mod: ExprCompiler["mod"], m: string, name: string, arity: number): boolean {
  return ((mod.required.has(m) || m === mod.name) && !!mod.host.moduleMacros?.(m)?.includes(name + "/" + arity)) ||
    (m === "Elixir.Kernel" && isKernelMacro(name + "/" + arity));
}

export function compileCapture(ex: ExprCompiler, a: AstCall, scope: Scope): void {
  const body = shorthandCapture(ex.mod, a.args![0]) ?? a.args![0];
  // `&1` on its own, outside any capture
  if (body?.t === "int") return ex.mod.error(`capture argument &${body.v} must be used within the capture operator &`, a.meta.line, undefined, a, []);
  // &name/arity and &Mod.name/arity name a function
  if (isCall(body, "/") && body.args && body.args[1].t === "int" && namesFunction(body.args[0])) {
    const arity = Number(body.args[1].v);
    let target = body.args[0];
    // `&inspect/1` quoted in a macro arrives as {:inspect, meta, Mod}, a variable's shape, so it
    // was given a hygienic name: the capture names the function, as in Elixir
    if (isCall(target) && typeof target.name === "string" && target.args === null && isHygienic(target.name)) target = { ...target, name: plainName(target.name) };
    if (isCall(target) && typeof target.name === "string" && target.args === null) {
      const key = target.name + "/" + arity;
      const params = captureParams(arity);
      // a guard or an imported macro is captured as a fn that expands it
      const kind = captureKind(ex.mod, key);
      if (kind === "local") {
        // a fun of the local function itself, as Erlang's `fun name/arity` (an import of the same
        // name/arity is what Elixir captures, and the module a conflict)
        const local = ex.mod.locals.get(key)!;
        if (!ex.mod.importedOverLocal(key)) ex.mod.noteLocalCall(key);
        if (ex.mod.funNumbering) ex.mod.em.functions[local.index].funIndex = ex.mod.funNumbering.localFunIndex(key);
        // (Elixir's module names it `-fun.f/1-`, Erlang's `f`)
        const erlangName = ex.mod.name.startsWith("Elixir.") ? undefined : ex.mod.host.libraryFunIndex?.(ex.mod.name, target.name, arity);
        const inLibrary = erlangName ?? libraryPlace(ex.mod, `-fun.${key}-`, arity);
        if (inLibrary !== undefined) ex.mod.em.functions[local.index].funIndex = inLibrary;
        ex.em.emit("make_fun", local.index, 0);
        return;
      }
      if (kind === "external") {
        const imported = ex.mod.imports.get(key);
        const ambiguous = ambiguousImport(ex.mod, key);
        if (ambiguous) ex.mod.error(ambiguous, a.meta.line);
        const erl = KERNEL_CAPTURE[key];
        // at a script's top level nothing else defines it: Elixir refuses the capture at once
        // (raised under elixir_expand:expand_fn_capture/4)
        if (imported === undefined && !erl && isScriptModule(ex.mod.name) && !ex.mod.host.lenient && !lookupBif("Elixir.Kernel", target.name, arity) &&
            !ex.mod.host.moduleExports("Elixir.Kernel")?.includes(key)) {
          return ex.mod.error(`undefined function ${key} (there is no such import)`, a.meta.line, undefined, a, [null]);
        }
        // in a module: an undefined local function, reported once the module is expanded
        if (imported === undefined && !erl && ex.inDefinition() && !ex.mod.host.lenient && !lookupBif("Elixir.Kernel", target.name, arity) &&
            !ex.mod.host.moduleExports("Elixir.Kernel")?.includes(key)) {
          ex.mod.deferUndefinedLocal(`undefined function ${key} (expected ${ex.mod.name.replace(/^Elixir\./, "")} to define such a function or for it to be imported, but none are available)`, a.meta.line, target.name, arity, a);
        }
        const m = imported ?? (erl ? "erlang" : "Elixir.Kernel");
        ex.em.emit("make_ext_fun", ex.em.importOf(m, erl && !imported ? erl : target.name, arity));
        return;
      }
      return compileLambda(ex, call("fn", [call("->", [listA(params), capturedCall(target, target.name, params)])], a.meta), scope, a);
    }
    if (isCall(target) && isCall(target.name as Ast, ".")) {
      const [recv, fname] = (target.name as AstCall).args!;
      const mod = expandAlias(recv, ex.mod);
      // a required module's macro (&Integer.is_odd/1) is captured as a fn that expands it
      const isMacro = mod !== null && fname.t === "atom" && remoteMacroCaptured(ex.mod, mod, fname.v, arity);
      if (mod !== null && fname.t === "atom" && !isMacro) {
        if (mod !== ex.mod.name && mod !== "Elixir.Kernel" && ex.mod.host.moduleMacros?.(mod)?.includes(fname.v + "/" + arity)) noteUnrequiredMacro(ex.mod, mod, fname.v, arity, a.meta.line ?? 0);
        // a script's top level warns of a deprecated function as it is expanded (in a module, the
        // file's checker does: compiler/warnings)
        const deprecated = isScriptModule(ex.mod.name) ? deprecationWarning(mod, fname.v, arity) : undefined;
        if (deprecated) ex.mod.warn(deprecated, a.meta.line ?? 0, ex.enclosingFunction());
        // &Kernel.+/2 names the BIF Elixir inlines, as &+/2 does (&:erlang.+/2)
        const kernelErl = mod === "Elixir.Kernel" ? KERNEL_CAPTURE[fname.v + "/" + arity] : undefined;
        const [m, f] = inlinedBif(mod, fname.v, arity) ?? (kernelErl ? ["erlang", kernelErl] : [mod, fname.v]);
        ex.em.emit("make_ext_fun", ex.em.importOf(m, f, arity));
        return;
      }
      const params = captureParams(arity);
      return compileLambda(ex, call("fn", [call("->", [listA(params), capturedCall(target, call(".", [recv, fname]), params)])], a.meta), scope, a);
    }
  }
  // &(expr with &1 ...), checked as Elixir 1.14's elixir_fn:capture/4 and escape/3 do
  const expr = soleExpression(body);
  // (raised from capture/4, under elixir_expand:expand_fn_capture/4)
  const fail = (msg: string, site: RawFrame[], trace?: ElixirFrame[], reachesFile?: boolean): never => {
    const err = new CompileError("CompileError", ex.mod.file, a.meta.line ?? 0, 0, msg);
    err.at = a;
    err.siteFrames = [...site, null];
    if (trace) { err.trace = trace; err.traceReachesFile = reachesFile; }
    throw withMacroResultTrace(ex.mod, err);
  };
  if (isCall(expr, "__block__")) fail(`block expressions are not allowed inside the capture operator &, got: ${macroToString(astToTerm(expr))}`, []);
  if (expr.t === "int") fail(`capture argument &${expr.v} must be used within the capture operator &`, []);
  // a 2-tuple is captured as the {} call of its two elements
  const root: Ast = expr.t === "tuple" && expr.items.length === 2 ? call("{}", expr.items, a.meta) : expr;
  const { replaced, max, used } = captureRewrite(expr, (x, arg) => {
    const site = [...(escapeFrames(root, x) ?? []), FN_FRAMES.captureExpr(112)];
    if (arg?.t === "int") fail(`capture argument &${arg.v} must be numbered between 1 and 255`, site);
    return fail(`nested captures are not allowed. You cannot define a function using  the capture operator & inside another function defined via &. Got invalid nested capture: ${macroToString(astToTerm(x))}`, site);
  });
  if (max === 0) {
    fail("invalid args for &, expected one of:\n\n  * &Mod.fun/arity to capture a remote function, such as &Enum.map/2\n" +
      "  * &fun/arity to capture a local or imported function, such as &is_atom/1\n" +
      `  * &some_code(&1, ...) containing at least one argument as &1, such as &List.flatten(&1)\n\nGot: ${macroToString(astToTerm(expr))}`, []);
  }
  // every argument from &1 to the highest must be used (Elixir's elixir_fn:capture_expr/6)
  for (let n = 1; n < max; n++) {
    if (!used.has(n)) {
      // (found by elixir_fn:validate/4 when an argument before the missing one is there)
      const site = [...(n > 1 ? [FN_FRAMES.validate] : []), FN_FRAMES.captureExpr(116)];
      // (without the modelled trace: at a script's top level, one frame deeper no longer reaches the file)
      fail(`capture argument &${max} cannot be defined without &${n} (you cannot skip arguments, all arguments must be numbered)`, site, site as ElixirFrame[], n === 1);
    }
  }
  const params = captureParams(max);
  compileLambda(ex, call("fn", [call("->", [listA(params), replaced])], a.meta), scope, a);
}

/** the variables of a capture's arguments, as Elixir names them ({:x1, [], :elixir_fn}: a macro
 *  called in the capture receives them so) */
function captureParams(n: number): AstCall[] {
  return Array.from({ length: n }, (_, i) => captureVar(i + 1));
}
function captureVar(n: number): AstCall {
  return { t: "call", name: hygienicName(`x${n}`, "elixir_fn", null), meta: { context: "elixir_fn" }, args: null };
}

/** the call `&name/arity` or `&Mod.name/arity` makes of its arguments: one node for each compile of
 *  the capture's code as written (a macro's expansion is remembered by the target as written) */
function capturedCall(target: AstCall, name: string | Ast, params: Ast[]): AstCall {
  const c = call(name, params, target.meta);
  noteRewritten(c, target);
  return c;
}

/** the code a capture's body stands for as the capture compiles it, for a body expanded ahead
 *  (compiler/body_expansion.ts): `&M.f/1` and `&f/1` the call they make, `&(code)` the code with its
 *  &n as variables; null for one that is no such capture (or one refused when compiled) */
export function capturedCode(a: AstCall): Ast | null {
  const body = a.args?.length === 1 ? a.args[0] : undefined;
  if (body === undefined || body.t === "int") return null;
  if (isCall(body, "/") && body.args && body.args[1].t === "int" && namesFunction(body.args[0])) {
    const target = body.args[0] as AstCall;
    const params = captureParams(Number(body.args[1].v));
    if (typeof target.name === "string") return isHygienic(target.name) ? null : capturedCall(target, target.name, params);
    const [recv, fname] = (target.name as AstCall).args!;
    return capturedCall(target, call(".", [recv, fname]), params);
  }
  const expr = soleExpression(body);
  if (isCall(expr, "__block__")) return null;
  try {
    const { replaced, max } = captureRewrite(expr, () => { throw REFUSED; });
    return max === 0 ? null : replaced;
  } catch (e) {
    if (e === REFUSED) return null;
    throw e;
  }
}
const REFUSED = Symbol("refused");

/** the body of `&(code)` with its &n as the capture's variables (each copy noted as rewritten from
 *  the node as written); `bad` is told of a nested capture or an argument out of range */
function captureRewrite(expr: Ast, bad: (x: AstCall, arg: Ast | undefined) => never): { replaced: Ast; max: number; used: Set<number> } {
  let max = 0;
  const used = new Set<number>();
  const replace = (x: Ast): Ast => {
    switch (x.t) {
      case "list": return { t: "list", items: x.items.map(replace) };
      case "tuple": return { ...x, items: x.items.map(replace) };
      case "call": {
        if (x.name === "&") {
          const arg = x.args?.length === 1 ? x.args[0] : undefined;
          if (arg?.t === "int" && Number(arg.v) > 0) {
            const n = Number(arg.v);
            max = Math.max(max, n);
            used.add(n);
            return captureVar(n);
          }
          return bad(x, arg);
        }
        // (a macro called here expands once, in whichever compile of the capture comes first)
        const copy: AstCall = { ...x, name: typeof x.name === "string" ? x.name : replace(x.name), args: x.args === null ? null : x.args.map(replace) };
        noteRewritten(copy, x);
        return copy;
      }
      default: return x;
    }
  };
  return { replaced: replace(expr), max, used };
}

const KERNEL_CAPTURE: Record<string, string> = {
  "is_atom/1": "is_atom", "is_binary/1": "is_binary", "is_integer/1": "is_integer", "is_float/1": "is_float",
  "is_list/1": "is_list", "is_map/1": "is_map", "is_number/1": "is_number", "is_tuple/1": "is_tuple",
  "is_function/1": "is_function", "is_pid/1": "is_pid", "is_boolean/1": "is_boolean",
  "hd/1": "hd", "tl/1": "tl", "length/1": "length", "abs/1": "abs", "div/2": "div", "rem/2": "rem",
  "max/2": "max", "min/2": "min", "tuple_size/1": "tuple_size", "map_size/1": "map_size", "byte_size/1": "byte_size",
  "round/1": "round", "trunc/1": "trunc", "+/2": "+", "-/2": "-", "*/2": "*", "//2": "/", "==/2": "==",
  "!=/2": "/=", "===/2": "=:=", "</2": "<", ">/2": ">", "<=/2": "=<", ">=/2": ">=", "++/2": "++", "--/2": "--",
  "self/0": "self", "send/2": "send", "spawn/1": "spawn", "exit/1": "exit", "throw/1": "throw", "apply/2": "apply", "apply/3": "apply",
  "-/1": "-", "+/1": "+", "not/1": "not", "!==/2": "=/=", "node/0": "node", "node/1": "node", "binary_part/3": "binary_part",
  "make_ref/0": "make_ref", "is_function/2": "is_function", "ceil/1": "ceil", "floor/1": "floor", "bit_size/1": "bit_size",
  "is_bitstring/1": "is_bitstring", "is_port/1": "is_port", "is_reference/1": "is_reference", "spawn/3": "spawn",
  "spawn_link/1": "spawn_link", "spawn_link/3": "spawn_link",
};

/** an inlined fn's function_clause error raised as the enclosing function's own (OTP jumps to
 *  that function's entry with the fn's arguments in its argument registers): the fn takes as
 *  many arguments as that function (a lifted fn's captured values counted) and is written on the
 *  line of its entry (a def's first clause, a fn's `fn`), so the entry's line is the error's;
 *  elsewhere OTP raises it from a function of its own, `-f/1-inlined-N-` (observed on Elixir
 *  1.14 / OTP 25: `def f(y), do: (fn 1 -> :a end).(y)` fails in C.f/1 with [y]) */
function raisedAsEnclosing(ex: ExprCompiler, arity: number, line: number | undefined): boolean {
  return arity === ex.fn.arity && line !== undefined && line === ex.fn.entryLine;
}

/** compiling the library: the fun-table place Elixir's module gives its fun `name` of `arity`
 *  values, or for a fun it has not, one after all of its own (compiler/library_funs.ts) */
function libraryPlace(mod: ModCtx, name: string, arity: number): number | undefined {
  const host = mod.host;
  const own = host.libraryFunIndex?.(mod.name, name, arity);
  if (own !== undefined) return own;
  const end = host.libraryFunsEnd?.(mod.name);
  return end === undefined ? undefined : end + mod.libraryFunsOutside++;
}
