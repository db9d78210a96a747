// Special forms and the Kernel macros the compiler builds in (`=`, case, cond, if, with, raise,
// sigils, put_in/get_in paths, ...): each compiles to stack code through the ExprCompiler.
import { refuteParallelBitstringMatch } from "./parallel_bitstring_match.ts";
import { noteRewritten } from "./written_node.ts";
import { MATCH_IN_GUARD } from "./guard_calls.ts";
import { matchGuards, withStepGuards } from "./guard_site_frames.ts";
import { calendarSigil } from "./calendar_sigils.ts";
import type { Ast, AstCall } from "../lang/ast.ts";
import { atom, bin, list, int, tuple, charlist } from "../vm/terms.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";
import { EvalContext } from "../vm/erl_eval_frames.ts";
import type { SegSpec } from "../vm/binary.ts";
import { Scope, notLoadedMessage, V3_CORE_KEY } from "./context.ts";
import { isScriptModule } from "./script_module.ts";
import { CompileError } from "../lang/compile_error.ts";
import { LISTS_MAPFOLDL } from "./expander_frames.ts";
import { checkCondClauses } from "./cond_checks.ts";
import { refuseUnexpectedOptions } from "./clause_options.ts";
import { expandAlias, displayModule } from "./aliases.ts";
import { isCall, isVar, kwGet, clausesOf, call, v, atomA, remote, listA, tupleA, clause, caseA, keywordPairs, M0 } from "./ast_util.ts";
import { compileLambda, compileCapture } from "./lambdas.ts";
import { desugarFor } from "./comprehensions.ts";
import { compileTry } from "./try.ts";
import { valueOfVariableBinding } from "./tail_binding.ts";
import { expandMacro, raiseAtCompileTime, expansionFrames, raisedInExpansion } from "./macros.ts";
import { compileQuote, quoteOptionValues } from "./quote.ts";
import { expandPathForm, popFieldStep } from "./path_forms.ts";
import { bindingFacts } from "./arith_frames.ts";
import { valueUnwanted, isGeneratedMatch } from "./unwanted_values.ts";
import { condClauseReached, rightOperandReached } from "./reachable_branches.ts";
import { plainName, hygienicName, isHygienic, astToTerm, opaqueValue, firstUnescapable } from "./quoted.ts";
import { integerLiteral } from "./constants.ts";
import { isBooleanValued } from "./boolean_valued.ts";
import { inspect } from "../vm/inspect.ts";
import { literalTerm } from "./literal_term.ts";
import { type ExprCompiler, type SeqItem, tmpName, astText } from "./expressions.ts";
import { enclosingFunctionOf, expansionError, type ElixirCodeFrame } from "./expansion_error.ts";
import { concatOperand } from "./bitstring_splice.ts";
import { pipeInto } from "./pipe_target.ts";
import { deprecatedUseWarning } from "./deprecations.ts";
import { usingCallOf } from "./body_expansion.ts";
import { unseen } from "./sibling_scopes.ts";
import { attributeReadValues } from "./compiling.ts";

export function compileSpecial(ec: ExprCompiler, a: AstCall, name: string, args: Ast[], scope: Scope, tail: boolean): boolean {
  const em = ec.em;
  const arities = SPECIAL_ARITIES[name];
  if (arities && !arities.includes(args.length)) {
    return ec.mod.error(`undefined function ${name}/${args.length} (there is no such import)`, a.meta.line);
  }
  if (ec.inGuard > 0) refuseInGuard(ec, a, name);
  switch (name) {
    case "->":
      // a clause outside the constructs that take clauses (f.() do 1 -> 2 end)
      return ec.mod.error("unhandled operator ->", a.meta.line);
    case "__block__":
      ec.blockStep(args, scope, tail);
      return true;
    case "use":
      // a module body's use is the module compiler's (compiler/modules.ts); a script's top level's here,
      // and one inside other code (an `if` of a module body): `require M; M.__using__(opts)`
      if (args.length < 1 || args.length > 2) return false;
      if (isScriptModule(ec.mod.name)) return useAtTopLevel(ec, a, args, scope, tail);
      return useOfUsingMacro(ec, a, args, scope, tail);
    case "=": {
      // (raised deep in Elixir's expander: the BEAM's 8 frames show none of the file's)
      if (ec.inGuard > 0) return ec.mod.error(MATCH_IN_GUARD, a.meta.line, "none");
      // scheduled (ExprCompiler.seq): chains `a = b = ...` nest 10,000 deep
      const unwanted = valueUnwanted(a);
      // (a match beamlet makes is none in Erlang: a fn in its value is no fn bound to a variable)
      const inValue = isGeneratedMatch(a) ? 0 : 1;
      // `x = f()` as a body's last expression is `f()`, a tail call (compiler/tail_binding.ts)
      const returned = tail && ec.compilesTailBindings() ? valueOfVariableBinding(a) : null;
      if (returned !== null) {
        ec.seq(scope, [() => {
          if (unwanted) ec.unwanted++;
          ec.inMatchValue += inValue;
        }, { a: returned, scope, tail: true }, () => {
          ec.inMatchValue -= inValue;
          if (unwanted) ec.unwanted--;
        }]);
        return true;
      }
      ec.seq(scope, [() => {
        if (unwanted) ec.unwanted++;
        ec.inMatchValue += inValue;
      }, ...ec.evalContextSteps(EvalContext.MatchValue, [args[1]]), () => {
        ec.inMatchValue -= inValue;
        if (unwanted) ec.unwanted--;
        const facts = bindingFacts(args[0], args[1], ec.arithEnv(scope));
        ec.matchValue(args[0], scope, a.meta.line);
        refuteParallelBitstringMatch(ec.mod, a, false, "none");
        for (const [name, fact] of facts) {
          const slot = scope.lookup(name);
          if (slot !== undefined) ec.fn.facts.set(slot, fact);
        }
        ec.done(tail);
      }]);
      return true;
    }
    case "^":
      return pinOutsideMatch(ec, a, args[0], a.meta.line);
    case "case": {
      refuseUnexpectedOptions(ec, "case", args[1], a.meta.line, a);
      const clauses = clausesOf(kwGet(args[1], "do"));
      if (!clauses || clauses.length === 0) return noClauses(ec, "case", a.meta.line, a);
      ec.checkClauses(clauses, "do", "case", a.meta.line);
      // (a case whose one clause takes any value is no branch: OTP drops it)
      if (!(clauses.length === 1 && clauses[0].guard === null && isVar(clauses[0].args[0]))) ec.branchOn(args[0]);
      ec.seq(scope, [...ec.evalContextSteps(EvalContext.CaseSubject, [args[0]]), () => ec.caseClausesStep(clauses, scope, tail, "case_clause", args[0], a.meta.line)]);
      return true;
    }
    case "$case_with_clause": {
      // internal: case whose failure raises {:with_clause, v}
      const clauses = clausesOf(args[1]);
      if (!clauses) return ec.mod.error('expected -> clauses for :else in "with"', a.meta.line);
      ec.checkClauses(clauses, "else", "with", a.meta.line);
      ec.seq(scope, [args[0], () => ec.caseClausesStep(clauses, scope, tail, "with_clause", undefined, a.meta.line)]);
      return true;
    }
    case "$with_refused": {
      // internal: a with's options refused (the trace is the expander's walk down to the with)
      const refused = refusedWiths.get(a)!;
      return ec.mod.error(refused.message, a.meta.line, undefined, refused.with, []);
    }
    case "$unseen":
      // internal: a value whose bindings nothing after it sees (compiler/sibling_scopes.ts unseen)
      ec.seq(scope, [{ a: args[0], scope: scope.child(), tail }]);
      return true;
    case "if":
    case "unless": {
      if (args.length !== 2) return false;
      checkIfKeys(ec, name, args[1], a.meta.line ?? 0);
      const doB = kwGet(args[1], "do")!;
      const elseB = kwGet(args[1], "else");
      const [thenB, otherB] = name === "if" ? [doB, elseB] : [elseB, doB];
      ec.ifElseStep(args[0], thenB, otherB, scope, tail);
      return true;
    }
    case "cond": {
      checkCondClauses(ec, a, ec.expansionTrace());
      refuseUnexpectedOptions(ec, "cond", args[0], a.meta.line, a);
      const clauses = clausesOf(kwGet(args[0], "do"));
      if (!clauses) return noClauses(ec, "cond", a.meta.line, a);
      ec.checkClauses(clauses, "do", "cond", a.meta.line);
      // scheduled (ExprCompiler.seq), as these nest 5,000 deep in a def
      const end = em.newLabel();
      let outerUnseen = 0;
      const steps: SeqItem[] = [() => { outerUnseen = ec.unseen; }];
      for (const c of clauses) {
        const next = em.newLabel();
        const s = scope.child();
        let reached = { body: true, rest: true };
        ec.branchOn(c.args[0]);
        steps.push({ a: c.args[0], scope: s }, () => {
          reached = condClauseReached(c.args[0], ec.unseen > 0 ? undefined : ec.constantHere(c.args[0], s));
          em.emit("jump_unless_truthy", next);
        }, ...ec.branchSteps(() => reached.body, [{ a: c.body, scope: s, tail }]), () => {
          if (!tail) em.emit("jump", end);
          em.place(next);
          if (!reached.rest) ec.unseen++; // the clauses after this one (restored below)
        });
      }
      // raised at the last clause's arrow line, as Elixir's final catch-all clause
      const lastLine = clauses[clauses.length - 1].meta.line ?? a.meta.line;
      const raiseMeta = lastLine === undefined ? M0 : { line: lastLine };
      steps.push({ a: remote("erlang", "error", [remote("Elixir.CondClauseError", "exception", [listA([])])], raiseMeta), scope, tail }, () => {
        ec.unseen = outerUnseen;
        em.place(end);
      });
      ec.seq(scope, steps);
      return true;
    }
    case "&&":
    case "||": {
      const end = em.newLabel();
      const other = em.newLabel();
      let reached = true;
      // (Elixir's && and || are cases on the left operand: erl_eval's frame of a case's subject)
      ec.branchOn(args[0]);
      ec.seq(scope, [...ec.inEvalContexts(EvalContext.CaseSubject, [args[0]]), () => {
        reached = rightOperandReached(name, ec.constantHere(args[0], scope));
        em.emit("dup");
        em.emit("jump_unless_truthy", other);
        if (name === "&&") em.emit("pop");
        else {
          em.emit("jump", end);
          em.place(other);
          em.emit("pop");
        }
        // (the right operand is the case's last clause body: a call there in tail position is a tail call)
      }, ...ec.branchSteps(() => reached, [{ a: args[1], scope, tail }]), () => {
        if (name === "&&") em.place(other);
        em.place(end);
        ec.done(tail);
      }]);
      return true;
    }
    case "!": {
      const f = em.newLabel(), end = em.newLabel();
      ec.branchOn(args[0]);
      ec.seq(scope, [...ec.inEvalContexts(EvalContext.CaseSubject, [args[0]]), () => {
        em.emit("jump_unless_truthy", f);
        em.pushLit(atom("false"));
        em.emit("jump", end);
        em.place(f);
        em.pushLit(atom("true"));
        em.place(end);
        ec.done(tail);
      }]);
      return true;
    }
    case "and":
    case "or": {
      if (args.length !== 2) return false;
      // strict booleans: `and` needs true on the left to look right; BadBooleanError otherwise
      const short = em.newLabel(), end = em.newLabel();
      let reached = true;
      ec.branchOn(args[0]);
      ec.seq(scope, [...ec.inEvalContexts(EvalContext.CaseSubject, [args[0]]), () => {
        reached = rightOperandReached(name, ec.constantHere(args[0], scope));
        if (!isBooleanValued(args[0], (key) => ec.mod.importReceiver(key))) {
          ec.em.pushLit(atom(name));
          ec.em.emit("bif", ec.em.importOf("beamlet", "check_bool", 2));
        }
        em.emit("dup");
        em.emit("jump_unless_true", short);
        if (name === "and") em.emit("pop");
        else {
          em.emit("jump", end);
          em.place(short);
          em.emit("pop");
        }
      }, ...ec.branchSteps(() => reached, [{ a: args[1], scope, tail }]), () => {
        if (name === "and") em.place(short);
        em.place(end);
        ec.done(tail);
      }]);
      return true;
    }
    case "in": {
      // Enum.member?/2 in tail position is a tail call: the caller's frame is gone, as on the BEAM
      if (!ec.inExpr(args[0], args[1], scope, tail)) ec.done(tail);
      return true;
    }
    case "not": {
      if (args.length === 1 && isCall(args[0], "in") && args[0].args) {
        ec.inExpr(args[0].args[0], args[0].args[1], scope);
        em.emit("bif", em.importOf("erlang", "not", 1));
        ec.done(tail);
        return true;
      }
      return false;
    }
    case "is_nil":
      if (args.length !== 1) return false;
      ec.seq(scope, [args[0], () => {
        em.pushLit(atom("nil"));
        em.emit("bif", em.importOf("erlang", "=:=", 2));
        ec.done(tail);
      }]);
      return true;
    case "elem":
    case "put_elem":
      // elem(t, i) is :erlang.element(i + 1, t); put_elem(t, i, v) is :erlang.setelement(i + 1, t, v)
      if (args.length !== (name === "elem" ? 2 : 3)) return false;
      {
        // (OTP's compiler folds the increment, then the BIF: either fails on constants)
        const next: Ast = { t: "call", name: "+", meta: a.meta, args: [args[1], { t: "int", v: 1n }] };
        ec.warnIfFails("erlang", "+", next.args!, scope);
        ec.warnIfFails("erlang", name === "elem" ? "element" : "setelement", [next, args[0], ...args.slice(2)], scope);
      }
      {
        const index: SeqItem[] = [...ec.inEvalContexts(EvalContext.OperandLeft, [args[1]]), () => {
          em.pushLit(1);
          em.emit("add_nf", em.importOf("erlang", "+", 2)); // an increment on the BEAM: no frame of its own
        }];
        // (evaluated: erl_eval's frames of the call's arguments, of the index's + too)
        const evaluated = ec.fn.mod.evalContexts !== null;
        ec.seq(scope, [...ec.siblings(scope, [...(evaluated ? ec.evalContextSteps(EvalContext.CallArgument, index) : index),
          ...ec.inEvalContexts(EvalContext.CallArgument, [args[0], ...(name === "put_elem" ? [args[2]] : [])])]), () => {
        em.emit("bif", em.importOf("erlang", name === "elem" ? "element" : "setelement", args.length));
        ec.done(tail);
      }]);
      }
      return true;
    case "is_map_key":
      if (args.length !== 2) return false;
      ec.bifCall("erlang", "is_map_key", [args[1], args[0]], scope, tail);
      return true;
    case "is_struct":
      ec.bifCall("beamlet", "is_struct", args, scope, tail);
      return true;
    case "is_exception":
      ec.bifCall("beamlet", "is_exception", args, scope, tail);
      return true;
    case "<>": {
      checkConcatOperands(ec, a, a.meta.line ?? ec.em.currentLine);
      // Elixir expands a chain to one <<>>, splicing literal <<>> (and interpolations) into it:
      // its segments are numbered so in a construction failure ("segment 3 of type 'binary'")
      const segs = concatSegments(a);
      if (segs !== null) {
        ec.binaryExpr(segs, scope, tail);
        return true;
      }
      // operands scheduled on the compiler's task stack, not compiled recursively: a chain
      // `a <> b <> ...` nests thousands deep
      ec.seq(scope, [...ec.siblings(scope, ec.inEvalContexts(EvalContext.BinarySegment, [args[0], args[1]])), () => {
        const spec: SegSpec & { dynSize: boolean } = { type: "binary", size: null, unit: 8, signed: false, little: false, dynSize: false };
        em.emit("make_bin", em.lit([spec, spec]));
        ec.done(tail);
      }]);
      return true;
    }
    case "<<>>":
      ec.binaryExpr(args, scope, tail, a);
      return true;
    case "|>": {
      const [lhs, rhs] = args;
      // (`x |> f` pipes into a call written without parentheses)
      const piped = pipeInto(ec, a.meta.line ?? ec.em.currentLine, lhs, rhs);
      // (it stands for the call written on the right: a macro there expands once, whichever
      // compile of the code comes first, and the module body's expansion ahead finds it)
      noteRewritten(piped, rhs);
      // the lines of the pipes whose expansion made the call (innermost first), for the frames
      // Elixir shows under an undefined function there; a pipe on the left expands inside this one
      // (shared tails: a copy each made a chain of 20,000 pipes hold 200 million lines)
      const lines: PipeLines = { line: a.meta.line ?? 0, outer: pipeExpansions.get(a)?.lines ?? null };
      pipeExpansions.set(piped, { lines, pipe: a });
      // (the call on the far left expands inside every pipe of the chain too)
      if (isCall(lhs)) pipeExpansions.set(lhs, { lines, pipe: a });
      ec.step(piped, scope, tail);
      return true;
    }
    case "..": {
      checkRangeLiterals(ec, a, args, a.meta.line ?? ec.em.currentLine);
      ec.bifCall("beamlet", "range", args, scope, tail);
      return true;
    }
    case "..//": {
      checkRangeLiterals(ec, a, args, a.meta.line ?? ec.em.currentLine);
      ec.bifCall("beamlet", "range", args, scope, tail);
      return true;
    }
    case "**":
      ec.bifCall("beamlet", "pow", args, scope, tail);
      return true;
    case "=~":
      ec.bifCall("beamlet", "match_op", args, scope, tail);
      return true;
    case "%{}":
      ec.mapExpr(args, scope, tail);
      return true;
    case "%":
      ec.structExpr(a, args, scope, tail);
      return true;
    case "@": {
      const attr = args[0];
      if (!isCall(attr) || typeof attr.name !== "string") return ec.mod.error("invalid attribute", a.meta.line);
      // Kernel.@/1 refuses a script's code (no module is being defined) before anything else
      if (isScriptModule(ec.mod.name)) return expansionError(ec, a.meta.line ?? 0, "cannot invoke @/1 outside module", [["Elixir.Kernel", "assert_module_scope", 3, "lib/kernel.ex", 6373]], "@", 1);
      // @name written in a quote is a variable of the quote's context: the attribute is its plain name
      if (attr.args && attr.args.length === 1 && ec.mod.bodyDefinition) {
        ec.expr(ec.mod.bodyDefinition(a), scope, tail);
        return true;
      }
      // a read in the module body's code is Module.get_attribute as that code runs: the value set
      // so far, also by code compiled with it (a fn, an `if` or a `for` around `@a 1` and `@a`)
      // (a value the body's declaration left as code, an alias or a map of captures, is compiled
      // in place as before: Module.get_attribute has only terms)
      const known = ec.mod.attrs.get(plainName(attr.name));
      const asTerm = known === undefined || opaqueValue(known) !== undefined || literalTerm(known) !== undefined;
      if (ec.mod.bodyDefinition && ec.inGuard === 0 && !(attr.args && attr.args.length > 0) && asTerm) {
        const name = plainName(attr.name);
        if (ec.mod.attrs.has(name)) ec.mod.attrReads.add(name);
        // (@doc, @typedoc and @moduledoc read as the doc: Module.get_attribute gives {line, doc})
        const read = ["doc", "typedoc", "moduledoc"].includes(name)
          ? remote("Elixir.Module", "__get_attribute__", [call("__MODULE__", null, a.meta), atomA(name), atomA("nil"), atomA("true")], a.meta)
          : remote("Elixir.Module", "get_attribute", [call("__MODULE__", null, a.meta), atomA(name)], a.meta);
        ec.expr(read, scope, tail);
        return true;
      }
      const val = ec.mod.attrs.get(plainName(attr.name));
      // (a read before the attribute is set is no use of it)
      if (val !== undefined) ec.mod.attrReads.add(plainName(attr.name));
      if (attr.args && attr.args.length > 0) return expansionError(ec, a.meta.line ?? 0, `cannot set attribute @${plainName(attr.name)} inside function/macro`, [["Elixir.Kernel", "do_at", 5, "lib/kernel.ex", 3489]], "@", 1);
      // (an attribute never set reads as nil, a literal to the compiler as any other read)
      if (val === undefined) return attributeReadValues.set(a, atomA("nil")), ec.lit(atom("nil"), tail), true;
      attributeReadValues.set(a, val);
      const opaque = opaqueValue(val);
      if (opaque !== undefined) {
        // the module body reads the value itself; a function would need it escaped into its code
        if (ec.mod.bodyDefinition) return ec.lit(opaque, tail), true;
        expansionError(ec, a.meta.line ?? 0, `cannot inject attribute @${plainName(attr.name)} into function/macro because cannot escape ${inspect(firstUnescapable(opaque))}. The supported values are: lists, tuples, maps, atoms, numbers, bitstrings, PIDs and remote functions in the format &Mod.fun/arity`,
          [["Elixir.Kernel", "do_at", 5, "lib/kernel.ex", 3543]], "@", 1);
      }
      // Elixir evaluates the value where the attribute is set: in a guard it is a constant, so
      // the calls that compute it (`@a [1] ++ [2]`) are no guard's calls
      const inGuard = ec.inGuard;
      ec.inGuard = 0;
      try {
        ec.expr(val, scope, tail);
      } finally {
        ec.inGuard = inGuard;
      }
      return true;
    }
    case "fn":
      compileLambda(ec, a, scope);
      ec.done(tail);
      return true;
    case "&":
      compileCapture(ec, a, scope);
      ec.done(tail);
      return true;
    // a scope of their own, generators and clauses included: what they bind and the directives
    // in them end with them
    case "for":
      // (its compile errors: the module body's frame under them in a def, none elsewhere)
      ec.seq(scope, [{ a: desugarFor(a, ec.mod, ec.enclosingFunction()?.includes("/") ? "module" : "none", ec.fn.mod.evalContexts === null ? () => ec.mod.warnLater("binary construction will fail because of a type mismatch", a.meta.line ?? ec.em.currentLine, V3_CORE_KEY, ec.callerFunction() ?? ["", 0]) : undefined), scope: scope.child(), tail }]);
      return true;
    case "with":
      ec.seq(scope, [{ a: desugarWith(a), scope: scope.child(), tail }]);
      return true;
    case "try":
      compileTry(ec, a, scope, tail);
      return true;
    case "receive":
      ec.receiveExpr(a, scope, tail);
      return true;
    case "raise":
      ec.seq(scope, [{ a: desugarRaise(a, ec.mod), scope, tail }]);
      return true;
    case "reraise": {
      // reraise(exception_or_message, stacktrace) | reraise(Module, attributes, stacktrace)
      const exception = args.length === 3
        ? call(call(".", [args[0], atomA("exception")], a.meta), [args[1]], a.meta)
        : remote("beamlet", "coerce_exception", [args[0]]);
      ec.seq(scope, [{ a: remote("erlang", "raise", [atomA("error"), exception, args[args.length - 1]]), scope, tail }]);
      return true;
    }
    case "match?": {
      if (isCall(args[0], "when") && args[0].args?.length === 2) matchGuards.set(args[0].args[1] as object, a.meta.line ?? 0);
      const c = [clause([args[0]], atomA("true")), clause([v("_")], atomA("false"))];
      const cl = clausesOf(listA(c))!;
      ec.seq(scope, [args[1], () => ec.caseClausesStep(cl, scope, tail, "case_clause")]);
      return true;
    }
    // (what then/tap expand to has the call's line, which Elixir's errors in it name: in a guard)
    case "then": {
      if (args.length !== 2) return false;
      const at = { line: a.meta.line };
      ec.seq(scope, [{ a: call(call(".", [args[1]], at), [args[0]], at), scope, tail }]);
      return true;
    }
    case "tap": {
      if (args.length !== 2) return false;
      const t = tmpName("tap");
      const at = { line: a.meta.line };
      ec.seq(scope, [{ a: call("__block__", [call("=", [v(t), args[0]], at), call(call(".", [args[1]], at), [v(t)], at), v(t)]), scope: scope.child(), tail }]);
      return true;
    }
    case "sigil_w": case "sigil_W": case "sigil_s": case "sigil_S": case "sigil_c": case "sigil_C":
      ec.sigil(name, args, scope, tail);
      return true;
    case "sigil_r": case "sigil_R":
      ec.regexSigil(name, args, scope, tail, a.meta.line ?? 0);
      return true;
    case "sigil_D": case "sigil_T": case "sigil_N": case "sigil_U":
      ec.expr(calendarSigil(name, args, ec.mod.file, a.meta.line, (message, frames) => expansionError(ec, a.meta.line ?? 0, message, frames, name, 2)), scope, tail);
      return true;
    case "alias": case "import": case "require": {
      // the directive's value is the module it names (a list of them for alias Mod.{A, B})
      const value = ec.directiveValue(args[0]);
      // Elixir expands the argument first: a name no variable holds is a call (warned of, and at a
      // script's top level undefined), which the directive then refuses as no alias
      const ref = args[0];
      if (ref && isVar(ref) && !ref.name.startsWith("__") && scope.lookup(ref.name) === undefined) ec.variable(ref, ref.name, scope, false);
      ec.mod.directive(name, args, a.meta.line, () => enclosingFunctionOf(ec.fn), a, a.meta);
      ec.lit(value, tail);
      return true;
    }
    case "defmodule": case "defprotocol": case "defimpl":
      ec.mod.defineNested(a, ec, tail, scope);
      return true;
    case "quote": {
      let built: Ast;
      try {
        built = compileQuote(a, ec.mod, ec.expansionTrace());
      } catch (e) {
        // Elixir expands the options before it checks their keys: an error in a value (`quote do:
        // case x do ... end` gives quote the option do: case(x)) is the one reported
        if (!(e instanceof CompileError && e.description.startsWith("unsupported option"))) throw e;
        ec.seq(scope, [...quoteOptionValues(a).map((v) => ({ a: v, scope })), () => { throw e; }]);
        return true;
      }
      ec.seq(scope, [{ a: built, scope, tail }]);
      return true;
    }
    case "unquote": case "unquote_splicing":
      // raised by elixir_expand's clause for it as a tail call: only the frames above it show
      return ec.mod.error(`${name} called outside quote`, a.meta.line, undefined, a, []);
    case "defmacro": case "defmacrop":
      if (ec.mod.bodyDefinition && args.length > 0) {
        definitionInBody(ec, a, name, scope, tail);
        return true;
      }
      return outsideModule(ec, name, args.length, a.meta.line ?? 0);
    case "var!": {
      const [v0, ctxAst] = args;
      if (!v0 || !isCall(v0) || v0.args !== null || typeof v0.name !== "string") return ec.mod.error(`expected "var!" argument to be a variable, got: ${astText(v0)}`, a.meta.line);
      const ctx = ctxAst ? expandAlias(ctxAst, ec.mod) : null;
      const vname = hygienicName(plainName(v0.name), ctx === "nil" ? null : ctx, null);
      if (scope.lookup(vname) === undefined) {
        const where = ctx && ctx !== "nil" ? ` (context ${ctx.replace(/^Elixir\./, "")})` : "";
        return ec.mod.error(`undefined variable "${plainName(v0.name)}"${where}`, a.meta.line, undefined, a, []);
      }
      ec.variable({ ...v0, name: vname }, vname, scope, tail);
      return true;
    }
    case "alias!":
      // the alias is the caller's: drop what the quote recorded
      ec.expr(isCall(args[0], "__aliases__") ? { ...args[0], meta: { ...args[0].meta, alias: undefined } } : args[0], scope, tail);
      return true;
    case "def": case "defp":
      if (ec.mod.bodyDefinition && args.length > 0) {
        definitionInBody(ec, a, name, scope, tail);
        return true;
      }
      return outsideModule(ec, name, args.length, a.meta.line ?? 0);
    case "super": {
      const cur = ec.mod.currentDef;
      const key = cur ? `${cur.name}/${cur.arity}` : "nil";
      const target = ec.mod.superFunctions.get(key);
      // Elixir checks there is a function, then the arity, then that it overrides one
      // (raised a call below the expansion of super: one frame, pruned)
      if (!cur) return ec.mod.error(`cannot invoke super outside ${isScriptModule(ec.mod.name) ? "module" : "function"}`, a.meta.line, undefined, a, [null]);
      const macro = cur.name.startsWith("MACRO-");
      if (args.length !== cur.arity - (macro ? 1 : 0)) return ec.mod.error("super must be called with the same number of arguments as the current definition", a.meta.line, undefined, a, [null]);
      if (!target) {
        // (a macro is named as written: MACRO-name/n+1 is name/n)
        const shown = (k: string) => k.replace(/^MACRO-(.*)\/(\d+)$/, (_, n, ar) => `${n}/${Number(ar) - 1}`);
        return ec.mod.error(`no super defined for ${shown(key)} in module ${displayModule(ec.mod.name)}. Overridable functions available are: ${ec.mod.overridables.map(shown).join(", ")}`, a.meta.line, "module", a, [null]);
      }
      // in a macro (the function MACRO-name(__CALLER__, args)) super passes the caller on
      ec.expr(call(target, macro ? [v("__CALLER__"), ...args] : args, a.meta), scope, tail);
      return true;
    }
    case "dbg": {
      // Kernel.dbg/0,1,2: expanded by Elixir code (lib/dbg.ex) with the caller's env
      const [code, options] = [args[0] ?? call("binding", []), args[1] ?? listA([])];
      const at = { ...a, args: [code, options] };
      ec.expr(expandMacro(ec.mod, { module: "beamlet_dbg", name: "dbg", arity: 2, local: false }, at, ec.callerInfo(a.meta.line, scope)), scope, tail);
      return true;
    }
    case "binding": {
      // the caller's own variables (context nil), as a keyword list sorted by name
      const names = [...scope.allNames()].filter(([n]) => !n.startsWith("$") && n !== "_" && !isHygienic(n) && n !== "__CALLER__").sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
      ec.expr(listA(names.map(([n]) => tupleA([atomA(n), v(n)]))), scope, tail);
      return true;
    }
    case "to_charlist":
      ec.remoteCall("Elixir.List.Chars", "to_charlist", args, scope, tail, a.meta.line, "to_charlist/1");
      return true;
    case "to_char_list":
      if (args.length !== 1) return false;
      ec.mod.warn("Kernel.to_char_list/1 is deprecated, use Kernel.to_charlist/1 instead", a.meta.line ?? 0, ec.enclosingFunction() ?? "(file)");
      ec.remoteCall("Elixir.List.Chars", "to_charlist", args, scope, tail, a.meta.line);
      return true;
    case "get_in": case "put_in": case "update_in": case "pop_in": case "get_and_update_in":
      // the macro forms with a path (put_in(a.b, v)) rewrite to the function forms with keys
      // (get_in/1 with a path came in Elixir 1.17: 1.14 has no get_in/1, an undefined function)
      {
        const fieldLast = popFieldStep(a);
        if (fieldLast !== null) popOfField(ec, fieldLast.field, fieldLast.kinds, a.meta.line ?? 0);
        const expanded = expandPathForm(a);
        if (expanded !== null) {
          ec.expr(expanded, scope, tail);
          return true;
        }
      }
      // (pop_in/1 is the macro, pop_in/2 the function; put_in/2 and the others are the macros)
      if (args.length === (name === "pop_in" ? 1 : 2) && accessPath(args[0]) && name !== "get_in") {
        const [root, keys] = accessPath(args[0])!;
        ec.remoteCall("Elixir.Kernel", name, [root, listA(keys), ...args.slice(1)], scope, tail, a.meta.line);
        return true;
      }
      return false;
  }
  return false;
}

// how many arguments each special form takes (anything else is a compile error, not a crash)
const SPECIAL_ARITIES: Record<string, number[]> = {
  "=": [2], "^": [1], case: [2], "$case_with_clause": [2], "$with_refused": [0], "$unseen": [1], cond: [1], "&&": [2], "||": [2], "!": [1], in: [2],
  is_nil: [1], "<>": [2], "|>": [2], "..": [0, 2], "..//": [3], "**": [2], "=~": [2], "%": [2], "@": [1],
  fn: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "&": [1], try: [1], receive: [1], raise: [1, 2], reraise: [2, 3], "match?": [2],
  then: [2], tap: [2], sigil_w: [2], sigil_W: [2], sigil_s: [2], sigil_S: [2], sigil_c: [2], sigil_C: [2], sigil_r: [2], sigil_R: [2],
  sigil_D: [2], sigil_T: [2], sigil_N: [2], sigil_U: [2], dbg: [0, 1, 2],
  alias: [1, 2], import: [1, 2], require: [1, 2], defmodule: [2], defprotocol: [2], defimpl: [2, 3],
};


/** a.b.c or a[:b][:c] as [root, keys] for put_in/update_in macro forms */
function accessPath(a: Ast): [Ast, Ast[]] | null {
  const keys: Ast[] = [];
  let cur = a;
  for (;;) {
    if (isCall(cur) && isCall(cur.name as Ast, ".") && cur.meta.no_parens && (cur.args ?? []).length === 0) {
      const dot = cur.name as AstCall;
      const [recv, key] = dot.args!;
      if (expandAliasSafe(recv)) return null;
      keys.unshift(remote("Elixir.Access", "key!", [key]));
      cur = recv;
      continue;
    }
    if (isCall(cur) && isCall(cur.name as Ast, ".") && (cur.name as AstCall).args?.length === 2) {
      const dot = cur.name as AstCall;
      const [m, f] = dot.args!;
      if (m.t === "atom" && m.v === "Elixir.Access" && f.t === "atom" && f.v === "get" && cur.args?.length === 2) {
        keys.unshift(cur.args[1]);
        cur = cur.args[0];
        continue;
      }
    }
    break;
  }
  return keys.length > 0 ? [cur, keys] : null;
}
function expandAliasSafe(a: Ast): boolean {
  return isCall(a, "__aliases__");
}

function desugarRaise(a: AstCall, mod: { error(m: string, l?: number): never; name: string }): Ast {
  const args = a.args!;
  const m = a.meta;
  if (args.length === 1) {
    // Elixir 1.14 on OTP 24+ raises a raise/1's exception with error/3, tagging the frame with
    // error_info: %{module: Exception} (raise/2 uses error/1: no tag)
    const tagged = (exception: Ast) => remote("erlang", "error", [exception, atomA("none"),
      listA([tupleA([atomA("error_info"), call("%{}", [tupleA([atomA("module"), atomA("Elixir.Exception")])], m)])])], m);
    const x = args[0];
    if (x.t === "str" || isCall(x, "<<>>")) return tagged(remote("Elixir.RuntimeError", "exception", [x]));
    if (isCall(x, "__aliases__")) return tagged(call(call(".", [x, atomA("exception")], m), [listA([])], m));
    return tagged(remote("beamlet", "coerce_exception", [x]));
  }
  if (args.length === 2) {
    return remote("erlang", "error", [call(call(".", [args[0], atomA("exception")], m), [args[1]], m)], m);
  }
  return mod.error("invalid raise", m.line);
}

/** with p <- e, ... do body else clauses end  ->  nested cases */
function desugarWith(a: AstCall): Ast {
  const args = a.args!;
  // (the last argument is the options only when it is a list)
  const opts = args[args.length - 1];
  const steps = opts.t === "list" ? args.slice(0, -1) : args;
  // Elixir 1.14 expands the clauses first, then takes :do (refused when missing), then :else;
  // any other option left, a second :do or :else too, is refused last. A refusal is raised
  // where the expander reaches it: in place of the do body, or after the whole with
  const refused = (message: string): Ast => {
    const marker = call("$with_refused", [], a.meta);
    refusedWiths.set(marker, { message, with: a });
    return marker;
  };
  const body = kwGet(opts, "do") ?? refused('missing :do option in "with"');
  const elseClauses = kwGet(opts, "else");
  const taken = new Set<string>();
  const unexpected = (keywordPairs(opts) ?? []).find(([k]) => {
    if ((k !== "do" && k !== "else") || taken.has(k)) return true;
    taken.add(k);
    return false;
  });
  const failVar = tmpName("with");
  const onFail: Ast = elseClauses
    ? call("$case_with_clause", [v(failVar), elseClauses], a.meta)
    : v(failVar);
  const build = (i: number): Ast => {
    if (i === steps.length) return body;
    const s = steps[i];
    if (isCall(s, "<-") && s.args) {
      let [lhs, rhs] = s.args;
      // (its guard's compile errors show the with's walk over its steps: guard_site_frames.ts)
      if (isCall(lhs, "when") && lhs.args && lhs.args.length === 2) withStepGuards.set(lhs.args[1], i);
      return caseA(unseen(rhs), [clause([lhs], build(i + 1)), clause([v(failVar)], onFail)]);
    }
    return call("__block__", [s, build(i + 1)]);
  };
  return unexpected === undefined ? build(0) : call("__block__", [build(0), refused(`unexpected option :${unexpected[0]} in "with"`)]);
}

/** the markers desugarWith leaves where a with's options are refused: the error and the with */
const refusedWiths = new WeakMap<object, { message: string; with: AstCall }>();

/** a call made by expanding `|>` (or a pipe on the left of another): the lines of the pipes
 *  being expanded around it, innermost first, and the innermost pipe as written */
export const pipeExpansions = new WeakMap<object, { lines: PipeLines; pipe: Ast }>();

/** a pipe's line, then those of the pipes around it */
export interface PipeLines {
  line: number;
  outer: PipeLines | null;
}

export function pipeLineList(l: PipeLines | null): number[] {
  const out: number[] = [];
  for (; l !== null; l = l.outer) out.push(l.line);
  return out;
}

/** pop_in/1 of a path ending in a `.field` step: Kernel's macro raises ArgumentError as it
 *  expands, from its recursion over the steps (innermost first: each earlier step adds two frames) */
function popOfField(ec: ExprCompiler, field: Ast, kinds: boolean[], line: number): never {
  const message = `cannot use pop_in when the last segment is a map/struct field. This would effectively remove the field ${macroToString(astToTerm(field))} from the map/struct`;
  const frames: [string, number, number][] = [["nest_pop_in", 3, 3105]];
  for (let i = kinds.length - 2; i >= 0; i--) frames.push(["nest_pop_in", 2, 3091], ["nest_pop_in", 3, kinds[i] ? 3112 : 3127]);
  const kernel = ([f, a, l]: [string, number, number]) => tuple(atom("Elixir.Kernel"), atom(f), a, list([tuple(atom("file"), charlist("lib/kernel.ex")), tuple(atom("line"), l)]));
  let fn: [string, number] | null = null;
  if (ec.enclosingFunction()?.includes("/")) {
    let fname = ec.fn.name, farity = ec.fn.arity;
    const lifted = /^-(.+)\/(\d+)-fun-\d+-$/.exec(fname);
    if (lifted) { fname = lifted[1]; farity = Number(lifted[2]); }
    if (fname.startsWith("MACRO-")) { fname = fname.slice(6); farity--; }
    fn = [fname, farity];
  }
  const stack = [...frames.map(kernel), ...expansionFrames(ec.mod, "Elixir.Kernel", "pop_in", 1, line, fn)];
  const shortMod = ec.mod.name.replace(/^Elixir\./, "");
  const where = isScriptModule(ec.mod.name) ? "(file)" : fn ? `${shortMod}.${fn[0]}/${fn[1]}` : `${shortMod} (module)`;
  return raiseAtCompileTime(ec.mod, line, "ArgumentError", message, { message: bin(message) },
    frames.map(([f, a, l]) => `\n    (elixir 1.14.0) lib/kernel.ex:${l}: Kernel.${f}/${a}`).join("") +
    `\n    (elixir 1.14.0) expanding macro: Kernel.pop_in/1\n    ${ec.mod.file}:${line}: ${where}`, stack);
}

/** def/defp/defmacro/defmacrop in a script's code: Kernel's macro raises ArgumentError as it expands */
function outsideModule(ec: ExprCompiler, name: string, arity: number, line: number): never {
  // in a module's function or macro (a fn there included) Kernel.define/4 refuses it first
  if (ec.enclosingFunction()?.includes("/")) {
    // the function as the trace names it: a fn's enclosing function, a macro by its own name
    let fname = ec.fn.name, farity = ec.fn.arity;
    const lifted = /^-(.+)\/(\d+)-fun-\d+-$/.exec(fname);
    if (lifted) { fname = lifted[1]; farity = Number(lifted[2]); }
    if (fname.startsWith("MACRO-")) { fname = fname.slice(6); farity--; }
    const message = `cannot invoke ${name}/2 inside function/macro`;
    const kernel = (f: string, a: number, l: number) => tuple(atom("Elixir.Kernel"), atom(f), a, list([tuple(atom("file"), charlist("lib/kernel.ex")), tuple(atom("line"), l)]));
    const trace = raisedInExpansion(ec.mod, {
      frames: [kernel("assert_no_function_scope", 3, 6381), kernel("define", 4, 5071)],
      text: "\n    (elixir 1.14.0) lib/kernel.ex:6381: Kernel.assert_no_function_scope/3\n    (elixir 1.14.0) lib/kernel.ex:5071: Kernel.define/4",
    }, "Elixir.Kernel", name, arity, line, [fname, farity]);
    return raiseAtCompileTime(ec.mod, line, "ArgumentError", message, { message: bin(message) }, trace.text, trace.frames);
  }
  const message = `cannot invoke ${name}/2 outside module`;
  return raiseAtCompileTime(ec.mod, line, "ArgumentError", message, { message: bin(message) },
    "\n    (elixir 1.14.0) lib/kernel.ex:6373: Kernel.assert_module_scope/3\n    (elixir 1.14.0) lib/kernel.ex:5070: Kernel.define/4" +
    `\n    (elixir 1.14.0) expanding macro: Kernel.${name}/${arity}\n    ${ec.mod.file}:${line}: (file)`);
}

/** `^x` in code (the `^` node `at`): raised from its expansion, no frame of its own (a tail
 *  call), so the trace is the expander's down to it where that is modelled; otherwise the module
 *  body's frame for a function's code, none elsewhere (cut by the BEAM's 8 frames inside Elixir's
 *  expander). (Out of compileSpecial, whose stack frame deep code repeats.) */
function pinOutsideMatch(ec: ExprCompiler, at: Ast, pinned: Ast, line: number | undefined): never {
  const inDef = ec.enclosingFunction()?.includes("/") ?? false;
  return ec.mod.error(`cannot use ^${macroToString(astToTerm(pinned))} outside of match clauses`, line, inDef ? "module" : "none", at, []);
}

/** case/cond/receive (the node `at`) whose do block holds no -> clauses: raised from the mapfoldl
 *  over the construct's keywords (its lists:mapfoldl_1/3 frame shows), the expander's frames
 *  down to it below, where those are modelled; else, at a script's top level, that frame alone */
export function noClauses(ec: ExprCompiler, form: string, line: number | undefined, at: Ast): never {
  const top = ec.enclosingFunction() === undefined;
  const mapfoldl = LISTS_MAPFOLDL(1462);
  // (raised two calls below the mapfoldl's fun, in elixir_clauses: their frames pruned)
  return ec.mod.error(`expected -> clauses for :do in "${form}"`, line, top ? [mapfoldl] : undefined, at, [null, null, mapfoldl]);
}

/** a def in a module body's code (def unquote(name)(...) in a `for`): its unquote fragments are
 *  code of the body, expanded as Kernel's def/N expands; an error there shows that expansion */
function definitionInBody(ec: ExprCompiler, a: AstCall, name: string, scope: Scope, tail: boolean): void {
  try {
    ec.expr(ec.mod.bodyDefinition!(a), scope, tail);
  } catch (e) {
    if (e instanceof CompileError && e.kind === "CompileError" && e.banner === undefined && (e.trace === undefined || e.trace === "none")) {
      e.trace = [["Elixir.Kernel", name, a.args!.length, "expanding macro", 0]];
      e.traceReachesFile = false;
    }
    throw e;
  }
}

/** `use M, opts` at a script's top level: require M, then M.__using__(opts) expanded in place
 *  (`use Bitwise`, deprecated, imports Bitwise); a module the script defines itself is not loaded
 *  yet when its top level expands */
function useOfUsingMacro(ec: ExprCompiler, a: AstCall, args: Ast[], scope: Scope, tail: boolean): boolean {
  const target = expandAlias(args[0], ec.mod);
  if (target === null || target === "Elixir.Bitwise" || !ec.mod.host.moduleMacros?.(target)?.includes("__using__/1")) return false;
  const deprecated = deprecatedUseWarning(target, ec.mod.name);
  if (deprecated) ec.mod.warn(deprecated.message, a.meta.line ?? ec.em.currentLine, deprecated.where);
  // (the call the module body's expansion ahead expanded: compiler/body_expansion.ts)
  ec.step(call("__block__", [call("require", [args[0]], a.meta), usingCallOf(a)], a.meta), scope, tail);
  return true;
}

function useAtTopLevel(ec: ExprCompiler, a: AstCall, args: Ast[], scope: Scope, tail: boolean): boolean {
  const line = a.meta.line ?? ec.em.currentLine;
  const target = expandAlias(args[0], ec.mod);
  if (target === null) return false;
  if (target === "Elixir.Bitwise") {
    ec.mod.warn("use Bitwise is deprecated. import Bitwise instead", line);
    ec.step(call("import", [args[0]], a.meta), scope, tail);
    return true;
  }
  const host = ec.mod.host;
  if (host.moduleMacros?.(target)?.includes("__using__/1")) {
    const deprecated = deprecatedUseWarning(target);
    if (deprecated) ec.mod.warn(deprecated.message, line, deprecated.where);
    const using = call(call(".", [args[0], atomA("__using__")], a.meta), [args[1] ?? listA([])], a.meta);
    ec.step(call("__block__", [call("require", [args[0]], a.meta), using], a.meta), scope, tail);
    return true;
  }
  if (host.moduleExports(target) === undefined) {
    const file = ec.mod.file;
    const message = notLoadedMessage(ec.mod, target);
    const err = new CompileError("CompileError", file, line, null, message);
    err.banner = `** (CompileError) ${file}:${line}: ${message}${message.endsWith("\n") ? "" : "\n"}    (elixir 1.14.0) expanding macro: Kernel.use/${args.length}\n    ${file}:${line}: (file)`;
    throw err;
  }
  // a loaded module without a __using__ macro: use is still `require M; M.__using__(opts)`, a
  // call the script makes as it runs
  const using = call(call(".", [args[0], atomA("__using__")], a.meta), [args[1] ?? listA([])], a.meta);
  ec.step(call("__block__", [call("require", [args[0]], a.meta), using], a.meta), scope, tail);
  return true;
}

/** a range of literals that are no integers (`1..:a`, `1.0..2`, `1..5//0`) is refused as Kernel's
 *  `..` and `..//` expand it (validate_range!/validate_step!), before the code runs */
function checkRangeLiterals(ec: ExprCompiler, a: AstCall, args: Ast[], line: number): void {
  const notInteger = (x: Ast | undefined) => x !== undefined && (x.t === "float" || x.t === "atom" || x.t === "str" || x.t === "list");
  // (Kernel expands each side first: an alias is its atom, `1..Foo.Bar`; a range of integers the
  // %Range{} map it is, `0.1..(5..1//-1)`)
  const expanded = (x: Ast | undefined): Ast | undefined => {
    if (x !== undefined && (isCall(x, "..") || isCall(x, "..//")) && x.args && x.args.length === (x.name === ".." ? 2 : 3)) {
      const [f, l, st] = x.args.map(integerLiteral);
      if (f !== undefined && l !== undefined && (x.args.length === 2 || (st !== undefined && st !== 0n))) {
        const num = (n: bigint): Ast => (n < 0n ? call("-", [{ t: "int", v: -n }]) : { t: "int", v: n });
        const pair = (k: string, v: Ast): Ast => ({ t: "tuple", items: [{ t: "atom", v: k }, v] });
        return call("%{}", [pair("__struct__", { t: "call", name: "__aliases__", meta: {}, args: [{ t: "atom", v: "Range" }] }),
          pair("first", num(f)), pair("last", num(l)), pair("step", num(st ?? (f <= l ? 1n : -1n)))]);
      }
    }
    if (x !== undefined && isCall(x, "__MODULE__") && x.args === null) return { t: "atom", v: isScriptModule(ec.mod.name) ? "nil" : ec.mod.name } as Ast;
    if (x === undefined || !isCall(x, "__aliases__")) return x;
    const full = expandAlias(x, ec.mod);
    return full === null ? x : { t: "atom", v: full } as Ast;
  };
  const [first, last, step] = args.map(expanded);
  let message: string, fn: string, at: number;
  // (a range's map is not refused here: `1..(2..3)` fails when it runs, as in Elixir)
  if (notInteger(first) || notInteger(last)) {
    message = `ranges (first..last//step) expect both sides to be integers, got: ${macroToString(astToTerm(call("..", [first!, last!])))}`;
    [fn, at] = ["validate_range!", 3938];
  } else if (step !== undefined && (notInteger(step) || (step.t === "int" && BigInt(step.v) === 0n))) {
    message = `ranges (first..last//step) expect the step to be a non-zero integer, got: ${macroToString(astToTerm(step))}`;
    [fn, at] = ["validate_step!", 3947];
  } else return;
  const macro = args.length === 3 ? "..//" : "..";
  kernelExpansionError(ec, line, message, [[fn, fn === "validate_range!" ? 2 : 1, at]], macro, args.length, `"${macro}"`);
}

/** the segments of the <<>> a `<>` chain expands to, walked without recursion (chains nest
 *  thousands deep); null for a chain of two plain operands, which make_bin takes as they are */
function concatSegments(a: AstCall): Ast[] | null {
  const out: Ast[] = [];
  const todo: Ast[] = [a];
  let spliced = false;
  while (todo.length > 0) {
    const x = todo.pop()!;
    if (isCall(x, "<>") && x.args?.length === 2) { todo.push(x.args[1], x.args[0]); continue; }
    // (a literal <<>> goes in as `<<...>>::binary`: the segments' splicing refuses one that is not
    // whole bytes at compile time, as elixir_bitstring does)
    if (isCall(x, "<<>>") && x.args) spliced = true;
    // (a tuple or a map: a construction OTP's compiler knows will fail, which <<>> compiles)
    if (isCall(x, "{}") || isCall(x, "%{}") || x.t === "tuple") spliced = true;
    if (x.t === "str") { out.push(x); continue; }
    out.push(concatOperand({ t: "call", name: "::", args: [x, { t: "call", name: "binary", args: null, meta: {} } as Ast], meta: (x as AstCall).meta ?? {} } as Ast));
  }
  return out.length === 2 && !spliced ? null : out;
}

/** the `<>` chains whose right-nested `<>` were checked with the chain's top (Elixir expands a
 *  chain `a <> b <> c` at once, flattening its right side) */
const checkedConcat = new WeakSet<object>();

/** `<>` refuses a literal that is no binary as it expands (Kernel's wrap_concatenation raises),
 *  before the code runs: an atom, a number or a list, `:a <> "b"`. The trace has one
 *  the operand's own extract_concatenations frame (the last right operand's clause at line 1925,
 *  a left operand's at 1921) and one for the levels of the chain above it (1921), as the BEAM
 *  records their repeated return address once. */
function checkConcatOperands(ec: ExprCompiler, a: AstCall, line: number): void {
  if (checkedConcat.has(a)) return;
  const literal = (x: Ast) => x.t === "atom" || x.t === "int" || x.t === "float" || x.t === "list";
  let node: AstCall = a;
  let level = 1;
  let bad: Ast | undefined;
  let last = false;
  for (;;) {
    const [left, right] = node.args ?? [];
    if (left && literal(left)) { bad = left; break; }
    if (right && isCall(right, "<>")) {
      checkedConcat.add(right);
      node = right;
      level++;
      continue;
    }
    if (right && literal(right)) { bad = right; last = true; }
    break;
  }
  if (bad === undefined) return;
  const message = `expected binary argument in <> operator but got: ${macroToString(astToTerm(bad))}`;
  // (the levels above return to one address, recorded once: a bad left operand's own level
  // returns elsewhere, after its wrap_concatenation call, on the same line)
  const upper = last || level > 1 ? [["extract_concatenations", 2, 1921] as KernelFrame] : [];
  const own: KernelFrame = last ? ["extract_concatenations", 2, 1925] : ["extract_concatenations", 2, 1921];
  const frames: KernelFrame[] = [["wrap_concatenation", 3, 1934], own, ...upper];
  kernelExpansionError(ec, line, message, frames, "<>", 2);
}

/** if/unless take do and an optional else, once each: Kernel's build_if/build_unless raise */
function checkIfKeys(ec: ExprCompiler, name: string, opts: Ast, line: number): void {
  // (Kernel's build_if/build_unless match [do: _] and [do: _, else: _], nothing else)
  const keys = (keywordPairs(opts) ?? []).map(([k]) => k).join(",");
  if (keys === "do" || keys === "do,else") return;
  const message = `invalid or duplicate keys for ${name}, only "do" and an optional "else" are permitted`;
  kernelExpansionError(ec, line, message, [name === "if" ? ["build_if", 2, 3731] : ["build_unless", 2, 3775]], name, 2);
}

/** a Kernel function's frame in lib/kernel.ex: [name, arity, line] */
type KernelFrame = [string, number, number];

/** an ArgumentError raised by Kernel's own functions (`frames`, innermost first) while Kernel's
 *  `macro`/`arity` expands (its name printed as `macroText`) */
function kernelExpansionError(ec: ExprCompiler, line: number, message: string, frames: KernelFrame[], macro: string, arity: number, macroText = macro): never {
  return expansionError(ec, line, message, frames.map(([n, a, at]): ElixirCodeFrame => ["Elixir.Kernel", n, a, "lib/kernel.ex", at]), macro, arity, macroText);
}

// what a guard refuses as Elixir does: a construct (if/unless expand to case) is a CompileError of
// the expander, the Kernel macros &&, || and ! raise ArgumentError while they expand
const GUARD_REFUSED_FORMS: Record<string, string> = { case: "case", if: "case", unless: "case", "match?": "case", cond: "cond", receive: "receive", try: "try", for: "for", with: "with", fn: "fn" };
const GUARD_REFUSED_MACROS: Record<string, number> = { "&&": 2, "||": 2, "!": 1 };

function refuseInGuard(ec: ExprCompiler, a: AstCall, name: string): void {
  const line = a.meta.line ?? 0;
  const form = GUARD_REFUSED_FORMS[name];
  if (form !== undefined) {
    // (raised deep in Elixir's expander: the BEAM's 8 frames show none of the file's; under a
    // macro, Elixir shows its expansion, which beamlet does not model here)
    const viaMacro = form !== name;
    ec.mod.error(`invalid expression in guards, ${form} is not allowed in guards. To learn more about guards, visit: https://hexdocs.pm/elixir/patterns-and-guards.html`, line, viaMacro ? undefined : "none");
  }
  const arity = GUARD_REFUSED_MACROS[name];
  if (arity === undefined) return;
  const message = `invalid expression in guard, ${name} is not allowed in guards. To learn more about guards, visit: https://hexdocs.pm/elixir/patterns-and-guards.html`;
  const fn = ec.enclosingFunction();
  const where = fn === undefined ? "(file)" : ec.fn.name === "__script__" ? `${displayModule(ec.mod.name)} (module)` : fn;
  raiseAtCompileTime(ec.mod, line, "ArgumentError", message, { message: bin(message) },
    `\n    (elixir 1.14.0) lib/kernel.ex:6391: Kernel.assert_no_match_or_guard_scope/2\n    (elixir 1.14.0) expanding macro: Kernel.${name}/${arity}\n    ${ec.mod.file}:${line}: ${where}`,
    [tuple(atom("Elixir.Kernel"), atom("assert_no_match_or_guard_scope"), 2, list([tuple(atom("file"), charlist("lib/kernel.ex")), tuple(atom("line"), 6391)])),
      ...expansionFrames(ec.mod, "Elixir.Kernel", name, arity, line, ec.callerFunction())]);
}
