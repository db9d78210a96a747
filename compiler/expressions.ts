// Expressions -> stack code. Every expression leaves exactly one value on the operand stack; in
// tail position (`tail`) it instead leaves the function (a tail call, or the value then `return`).
import { literalCodes } from "../lang/literal_codes.ts";
import { markInlinedFns, markFnAppliedOnTheSpot, matchedBeforeMore } from "./inlined_fns.ts";
import { knownFunArity } from "./known_fun_arity.ts";
import { noteExpansion, isElixirModule, linkWrittenDoBlock } from "./macro_expansions.ts";
import { elixirExports } from "./warnings/elixir_exports.ts";
import { ambiguousImport, ambiguousImportTrace, kernelDefault } from "./import_table.ts";
import { dispatchErrorInExpansion } from "./macro_result_trace.ts";
import { KERNEL_MACROS } from "./kernel_imports.ts";
import type { Ast, AstCall } from "../lang/ast.ts";
import { Atom, atom, bin, binLiteral, Bin, NIL, Term, list, listToArray, tuple, isMap, Fun, ExtFun, charlist } from "../vm/terms.ts";
import { lookupBif, KERNEL_MACRO_BIFS } from "../vm/bifs/registry.ts";
import { inspectRemoteCall } from "../vm/inspect.ts";
import type { SegSpec } from "../vm/binary.ts";
import { FnCtx, Scope, V3_CORE_KEY, type MacroFrames } from "./context.ts";
import { Label } from "./emitter.ts";
import { PatternCompiler, literalTerm } from "./patterns.ts";
import { expandAlias } from "./aliases.ts";
import { bitstringErrorsAt, invalidSegmentLiteral, segmentSpec, stringSegmentBytes, attributeSegmentValue, bitstringSegmentType } from "./binaries.ts";
import { spliceBitstringSegments } from "./bitstring_splice.ts";
import { failingBinding, failingLiteralMatch } from "./never_returns.ts";
import { callCannotMatch } from "./unmatched_local_calls.ts";
import { comparisonWarning } from "./comparison_warnings.ts";
import { refuseUnexpectedOptions } from "./clause_options.ts";

import { isCall, isAtomLit, varName, kwGet, clausesOf, clauseArityError, Clause, lineOf, call, v, remote, listA, tupleA, clause } from "./ast_util.ts";
import { unescapeSigil, SigilEscapeError } from "./unescape.ts";
import { findMacro, expandMacro, envTerm, sourcePath, CallerInfo, importOfQuotedCall, type MacroRef, raiseAtCompileTime, expansionFrames } from "./macros.ts";
import { isScriptModule } from "./script_module.ts";
import { checkStructAvailable, checkStructKeys, expandStructNow, literalStructDefaults, literalStructEntries, structErrorsAt } from "./struct_expansion.ts";
import { arithPlan } from "./arith_frames.ts";
import { EvalContext } from "../vm/erl_eval_frames.ts";

// the Kernel.to_string/1 calls of interpolations ("#{x}") in evaluated code's binaries
const interpolations = new WeakSet<Ast>();
function isInterpolation(a: Ast): boolean {
  if (a.t !== "call" || a.args?.length !== 1 || !isCall(a.name as Ast, ".")) return false;
  const [m, f] = (a.name as AstCall).args ?? [];
  return m?.t === "atom" && m.v === "Elixir.Kernel" && f?.t === "atom" && f.v === "to_string";
}

// to_string/1 of String.Chars or Kernel: Elixir translates it for erl_eval as a case on its
// argument (`case V of V when is_binary(V) -> V; _ -> 'Elixir.String.Chars':to_string(V) end`), so
// the argument runs under the case's frame, not a call's
const isToString = (mod: string, name: string, arity: number) =>
  name === "to_string" && arity === 1 && (mod === "Elixir.String.Chars" || mod === "Elixir.Kernel");

// the :erlang functions Elixir hands erl_eval as operators (the rest, ++ and -- too, as remote calls)
/** Kernel's elem(t, i) as the BIF it is inlined to, :erlang.element(i + 1, t) (put_elem: setelement) */
function elementCall(name: string, args: Ast[]): { module: string; name: string; args: Ast[] } | undefined {
  if (!((name === "elem" && args.length === 2) || (name === "put_elem" && args.length === 3))) return undefined;
  const index: Ast = { t: "call", name: "+", meta: {}, args: [args[1], { t: "int", v: 1n }] };
  return { module: "erlang", name: name === "elem" ? "element" : "setelement", args: [index, args[0], ...args.slice(2)] };
}

const ERLANG_OPERATORS = new Set(["+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr", "bnot", "not", "==", "/=", "=<", "<", ">=", ">", "=:=", "=/="]);
import { guardFloatVars } from "./float_types.ts";
import { constantOf, constantTailed, boundConstants, type ConstEnv } from "./constants.ts";
import { failingCallWarning, LISTS_AS_ERLANG } from "./failing_calls.ts";
import { guardCallWarned, writtenGuard, type WrittenGuard } from "./guard_failures.ts";
import { caseClauseReached, foldedBy, ifBranchesReached } from "./reachable_branches.ts";
import { REMOTE_CLAUSES_CHECK, LOCAL_CLAUSES_CHECK } from "./expander_frames.ts";
import { inlinedCall, mapLastRewrite, permutedRewrite, swappedRewrite, utf8Rewrite } from "../vm/elixir_inlines.ts";
import { plainName } from "./quoted.ts";
import { withoutReturnedBinding } from "./tail_binding.ts";
import { constantTail } from "./constant_tail.ts";
import { compileSpecial, noClauses, pipeExpansions, pipeLineList } from "./special_forms.ts";
import { enclosingFunctionOf, callerFunctionOf, expansionError } from "./expansion_error.ts";
import { badWordsModifiers, WORDS_MODIFIER_ERROR, SPLIT_WORDS_FRAME } from "./sigil_literal.ts";
import { localGuardCallError, remoteGuardCallError, KERNEL_MACRO_CALLS } from "./guard_calls.ts";
import { generatorGuards, guardSiteError, matchGuards, siteMacroFrames, withStepGuards, type GuardSite } from "./guard_site_frames.ts";
import { defGuardError } from "./guard_macro_frames.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";
import { astToTerm, opaqueValue, invalidQuotedError, invalidQuotedTerm } from "./quoted.ts";
import { siblingScopes } from "./sibling_scopes.ts";

/** __ENV__.function for a compiled function: a macro shows its own arity, a fn its def's */
export function envFunction(name: string, arity: number): [string, number] | null {
  const lam = /^-(.+)\/(\d+)-fun-\d+-$/.exec(name);
  if (lam) return envFunction(lam[1], Number(lam[2]));
  if (name === "__FILE__" || name === "__script__" || name.startsWith("$")) return null;
  if (name.startsWith("MACRO-")) return [name.slice(6), arity - 1];
  // an overridden definition that super calls still shows the function's own name
  const hidden = / \(overridable \d+\)$/.exec(name);
  if (hidden) return [name.slice(0, hidden.index), arity];
  return [name, arity];
}
function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i <= 0 ? (i === 0 ? "/" : ".") : path.slice(0, i);
}
export function astText(a: Ast | undefined): string {
  return a === undefined ? "nil" : JSON.stringify(a).slice(0, 60);
}
import { unescapeRegex, regexLiteral } from "./regex_sigil.ts";
import { literalSigil } from "./sigil_literal.ts";
import { deprecationWarning } from "./deprecations.ts";
import { expandGuard } from "./defguard.ts";
import { SCRIPT_MODULE } from "./compile.ts";

/** Kernel functions of arity 0 that 1.14 still calls when written without parentheses */
const BARE_KERNEL_CALLS = new Set(["self", "node", "make_ref"]);
import { CompileError, type ElixirFrame } from "../lang/compile_error.ts";

/** the comparisons warned of (a call compiled again, in another form, warns once) */
const warnedComparisons = new WeakSet<AstCall>();

// Operators that are Erlang BIFs: Elixir name/arity -> erlang name
export const ERLANG_OPS: Record<string, string> = {
  "+/2": "+", "-/2": "-", "*/2": "*", "//2": "/", "+/1": "+", "-/1": "-",
  "==/2": "==", "!=/2": "/=", "===/2": "=:=", "!==/2": "=/=",
  "</2": "<", ">/2": ">", "<=/2": "=<", ">=/2": ">=",
  "++/2": "++", "--/2": "--", "not/1": "not",
};

// Kernel functions that are the same Erlang BIF (compiled to a direct call)
export const KERNEL_TO_ERLANG: Record<string, string> = {
  "hd/1": "hd", "tl/1": "tl", "length/1": "length", "abs/1": "abs", "div/2": "div", "rem/2": "rem",
  "round/1": "round", "trunc/1": "trunc", "ceil/1": "ceil", "floor/1": "floor",
  "tuple_size/1": "tuple_size", "map_size/1": "map_size", "byte_size/1": "byte_size", "bit_size/1": "bit_size",
  "is_atom/1": "is_atom", "is_binary/1": "is_binary", "is_bitstring/1": "is_bitstring", "is_boolean/1": "is_boolean",
  "is_float/1": "is_float", "is_function/1": "is_function", "is_function/2": "is_function", "is_integer/1": "is_integer",
  "is_list/1": "is_list", "is_map/1": "is_map", "is_number/1": "is_number", "is_pid/1": "is_pid",
  "is_reference/1": "is_reference", "is_tuple/1": "is_tuple", "is_port/1": "is_port",
  "max/2": "max", "min/2": "min", "self/0": "self", "node/0": "node", "node/1": "node", "make_ref/0": "make_ref",
  "send/2": "send", "spawn/1": "spawn", "spawn/3": "spawn", "spawn_link/1": "spawn_link", "spawn_link/3": "spawn_link",
  "spawn_monitor/1": "spawn_monitor", "spawn_monitor/3": "spawn_monitor",
  "exit/1": "exit", "throw/1": "throw", "apply/2": "apply", "apply/3": "apply",
  "binary_part/3": "binary_part", "function_exported?/3": "function_exported",
  "tuple_to_list/1": "tuple_to_list", "list_to_tuple/1": "list_to_tuple",
};

/**
 * `(&M.f/n).(args)`, a call of a captured remote function written in place, as the call
 * `M.f(args)` it is: OTP's compiler calls the function directly (a BIF called last keeps its
 * caller's frame); null for anything else
 */
function capturedRemoteCall(fun: Ast, args: Ast[], meta: AstCall["meta"], isModule: (a: Ast) => boolean): AstCall | null {
  if (!isCall(fun, "&") || fun.args?.length !== 1) return null;
  const slash = fun.args[0];
  if (!isCall(slash, "/") || slash.args?.length !== 2) return null;
  const [target, arity] = slash.args;
  if (arity.t !== "int" || Number(arity.v) !== args.length || !isCall(target) || target.args?.length !== 0) return null;
  const dot = target.name;
  if (typeof dot === "string" || !isCall(dot, ".") || dot.args?.length !== 2 || dot.args[1].t !== "atom") return null;
  // a module written as such (a variable's module is only known when the capture is made)
  if (!isModule(dot.args[0])) return null;
  return call(call(".", dot.args, dot.meta), args, meta);
}

/**
 * Elixir's rewrites of a 0-based tuple index into :erlang's 1-based one (elixir_rewrite):
 * `Tuple.delete_at(t, i)` is `:erlang.delete_element(i + 1, t)`, `Kernel.elem(t, i)` written
 * remotely `:erlang.element(i + 1, t)` ..., so a failure is the BIF's (or +'s) with the caller's
 * frame under it; null for any other call
 */
function indexRewrite(mod: string, fname: string, args: Ast[], meta: AstCall["meta"]): AstCall | null {
  // (Kernel's +: a failing increment gets a frame of its own only when OTP's compiler knows it fails)
  const next = (i: Ast): Ast => call("+", [i, { t: "int", v: 1n }], meta);
  const key = `${mod}.${fname}/${args.length}`;
  switch (key) {
    case "Elixir.Tuple.delete_at/2": return remote("erlang", "delete_element", [next(args[1]), args[0]], meta);
    case "Elixir.Tuple.insert_at/3": return remote("erlang", "insert_element", [next(args[1]), args[0], args[2]], meta);
    case "Elixir.Tuple.duplicate/2": return remote("erlang", "make_tuple", [args[1], args[0]], meta);
    case "Elixir.Kernel.elem/2": return remote("erlang", "element", [next(args[1]), args[0]], meta);
    case "Elixir.Kernel.put_elem/3": return remote("erlang", "setelement", [next(args[1]), args[0], args[2]], meta);
    default: return null;
  }
}

/** Kernel's guards beamlet compiles as its own functions elsewhere (:erlang's in a guard) */
const KERNEL_GUARD_ONLY: Record<string, string> = { "elem/2": "element", "is_map_key/2": "is_map_key" };

const BITWISE: Record<string, string> = {
  "&&&/2": "band", "|||/2": "bor", "^^^/2": "bxor", "<<</2": "bsl", ">>>/2": "bsr", "~~~/1": "bnot",
  "band/2": "band", "bor/2": "bor", "bxor/2": "bxor", "bsl/2": "bsl", "bsr/2": "bsr", "bnot/1": "bnot",
};

/** the :erlang operators whose failure compiler/arith_frames.ts places */
const ARITH_OPS = new Set(["+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr", "bnot"]);
const NO_PLAN = { frame: true, swap: false };
function isErlangOperator(name: string, arity: number): boolean {
  return ARITH_OPS.has(name) && (arity === 2 || (arity === 1 && (name === "+" || name === "-" || name === "bnot")));
}

const FAST_OPS: Record<string, "add" | "sub" | "mul" | "lt" | "le" | "gt" | "ge" | "eq" | "ne" | "eeq" | "ene"> = {
  "+": "add", "-": "sub", "*": "mul", "<": "lt", "=<": "le", ">": "gt", ">=": "ge",
  "==": "eq", "/=": "ne", "=:=": "eeq", "=/=": "ene",
};

/** an operand to compile (in the scope given, or in a scope and tail position of its own), or code to run */
type Task = { a: Ast; scope: Scope; tail?: boolean };
export type SeqItem = Ast | Task | (() => void);

/** operands nested this deep on the JS stack; deeper ones are scheduled (ExprCompiler.tasks) */
const DIRECT_DEPTH = 48;

/** what a pattern's constant value is made of: literals only (a variable in it binds) */
const PATTERN_ENV: ConstEnv = { optimised: true, pattern: true, fact: () => undefined, attr: () => undefined };

const SHORT_CIRCUIT = new Set(["and", "or", "&&", "||"]);

let tmpCounter = 0;
export function tmpName(base: string): string {
  return `$${base}${++tmpCounter}`;
}

export const MISPLACED_BAR = "misplaced operator |/2\n\nThe | operator is typically used between brackets as the cons operator:\n\n    [head | tail]\n\n" +
  "where head is a single element and the tail is the remaining of a list.\nIt is also used to update maps and structs, via the %{map | key: value} notation,\n" +
  "and in typespecs, such as @type and @spec, to express the union of two types";

export const MISPLACED_TYPE = "misplaced operator ::/2\n\nThe :: operator is typically used in bitstrings to specify types and sizes of segments:\n\n" +
  "    <<size::32-integer, letter::utf8, rest::binary>>\n\nIt is also used in typespecs, such as @type and @spec, to describe inputs and outputs";

/** what Elixir's expander says of `a | b` or `a :: b` outside brackets, bitstrings and typespecs */
export function misplacedOperator(name: string, arity: number): string | undefined {
  if (arity !== 2) return undefined;
  return name === "|" ? MISPLACED_BAR : name === "::" ? MISPLACED_TYPE : undefined;
}

/** erlang BIFs OTP compiles to an instruction with a failure branch (see bifCall) */
const OUT_OF_LINE_FAILURES = new Set(["hd/1", "tl/1", "tuple_size/1", "map_get/2", "is_map_key/2"]);

export class ExprCompiler {
  constructor(readonly fn: FnCtx) {}
  /** > 0 while compiling a guard (defguard arguments are then substituted, not bound) */
  inGuard = 0;
  /** the guard alternative being compiled, as written (compiler/guard_failures.ts) */
  private guardWritten: WrittenGuard | null = null;
  /** > 0 inside the value of a match to a variable (`x = ...`): OTP's compiler does not warn of
   *  what that code computes for nothing or will fail (compiler/unwanted_values.ts) */
  unwanted = 0;
  /** how many match values (`x = ...`) the code being compiled is inside */
  inMatchValue = 0;
  /** fns whose value a block drops (a statement, or a dropped case's branch result) */
  readonly droppedFns = new WeakSet<Ast>();
  /** fns bound to a variable and applied once, which Erlang's compiler inlines (compiler/inlined_fns.ts) */
  readonly inlinedFns = new WeakSet<Ast>();
  /** those of them whose function_clause error stays: OTP's frame `-f/1-inlined-N-` */
  readonly failingInlinedFns = new WeakSet<Ast>();
  /** values a case's clauses tell apart (an if's, a cond's condition, the left operand of
   *  &&, ||, and, or, !'s operand): a fn applied on the spot there stays a fun (compiler/inlined_fns.ts) */
  private readonly branchedOn = new WeakSet<Ast>();
  /** fns applied on the spot to such a value: OTP inlines only those that capture variables,
   *  and raises their function_clause error from a function of its own (observed on Elixir 1.14
   *  / OTP 25: `case (fn 1 -> :a end).(y) do :a -> 1; _ -> 2 end` keeps the fun) */
  readonly branchedFns = new WeakSet<Ast>();
  /** fns applied on the spot to an argument computed there (`.(y + 1)`): the same, the
   *  enclosing function's frame gone (compiler/inlined_fns.ts simpleArg) */
  readonly computedArgFns = new WeakSet<Ast>();
  branchOn(a: Ast): void {
    this.branchedOn.add(a);
    // (with's clauses: `p <- e` is a case on e)
    if (isCall(a, "$unseen") && a.args?.length === 1) this.branchedOn.add(a.args[0]);
  }
  /** fns written in a try's body (outside other fns) */
  readonly fnsInTry = new WeakSet<Ast>();
  /** the __STACKTRACE__ of `:erlang.raise(k, r, __STACKTRACE__)`s that re-raise the raw stack trace (compiler/try.ts) */
  readonly rawRaises = new WeakSet<Ast>();
  /** > 0 inside a branch OTP's compiler drops unseen (compiler/reachable_branches.ts): no will-fail warnings */
  unseen = 0;

  /** run `f`, compiling a branch that OTP's compiler looks at only when `reached` */
  branch(reached: boolean, f: () => void): void {
    if (reached) return f();
    this.unseen++;
    try {
      f();
    } finally {
      this.unseen--;
    }
  }

  /** the compile-time value of `a`, if OTP's compiler knows it */
  constantHere(a: Ast, scope: Scope, depth = 0): Term | undefined {
    // OTP folds the case an operator below is too (`is_tuple(x) and tuple_size(x) > 0`: false)
    if (isCall(a) && a.args?.length === 2 && typeof a.name === "string" && SHORT_CIRCUIT.has(a.name) && depth < 64) {
      const left = this.constantHere(a.args[0], scope, depth + 1);
      if (left === undefined) return undefined;
      const leftDecides = foldedBy(a.name as "and" | "or" | "&&" | "||", left);
      if (leftDecides === null) return undefined;
      return leftDecides ? left : this.constantHere(a.args[1], scope, depth + 1);
    }
    return constantOf(a, this.arithEnv(scope));
  }

  get em() {
    return this.fn.em;
  }
  get mod() {
    return this.fn.mod;
  }

  done(tail: boolean): void {
    if (tail) this.em.emit("return");
  }

  lit(t: Term, tail: boolean): void {
    this.em.pushLit(t);
    this.done(tail);
  }

  /**
   * What is left to emit of the expressions being compiled, innermost last: an expression to
   * compile or code to run. The compilers of lists, tuples, maps and calls schedule their
   * operands here instead of recursing, so that an expression nested 10,000 deep (Elixir compiles
   * one) is compiled on a bounded JS stack.
   */
  private tasks: (Task | (() => void))[] = [];
  /** operands being compiled straight away, one inside the other, on the JS stack */
  private depth = 0;

  /** Compile `a`, leaving its value (or leaving the function, in tail position). */
  expr(a: Ast, scope: Scope, tail = false): void {
    const base = this.tasks.length;
    const mod = this.fn.mod;
    const outerScope = mod.activeScope;
    try {
      this.step(a, scope, tail);
      this.drain(base);
    } finally {
      this.tasks.length = base;
      mod.activeScope = outerScope;
    }
  }

  private drain(base: number): void {
    const tasks = this.tasks;
    while (tasks.length > base) {
      const t = tasks.pop()!;
      if (typeof t === "function") t();
      else this.step(t.a, t.scope, t.tail ?? false);
    }
  }

  /** after the current step: these in order, each an operand to compile or code to emit. A
   *  step calls this last (what it would do afterwards goes in a function at the end). */
  seq(scope: Scope, items: SeqItem[]): void {
    if (this.depth < DIRECT_DEPTH) {
      // shallow: straight away, the JS stack has room (and it is quicker)
      this.depth++;
      try {
        for (const it of items) {
          // what an item schedules (a closure may call seq too) is done before the next item
          const base = this.tasks.length;
          if (typeof it === "function") {
            this.fn.mod.activeScope = scope;
            it();
          }
          else if ("t" in it) this.step(it, scope, false);
          else this.step(it.a, it.scope, it.tail ?? false);
          this.drain(base);
        }
      } finally {
        this.depth--;
      }
      return;
    }
    const mod = this.fn.mod;
    for (let i = items.length - 1; i >= 0; i--) {
      const it = items[i];
      if (typeof it === "function") {
        // code run later sees the directives of the scope it was scheduled in
        this.tasks.push(() => {
          mod.activeScope = scope;
          it();
        });
      } else this.tasks.push(!("t" in it) ? it : { a: it, scope });
    }
  }

  /** a call's arguments (a tuple's, list's, map's elements), operands among code to run, as
   *  Elixir expands them: each from the variables bound before them all, what they bind bound
   *  after them (compiler/sibling_scopes.ts) */
  siblings(scope: Scope, items: SeqItem[]): SeqItem[] {
    const operands = items.filter((it): it is Ast => typeof it !== "function" && "t" in it);
    const { scopes, close } = siblingScopes(scope, operands);
    if (scopes.every((s) => s === scope)) return items;
    let i = 0;
    return [...items.map((it): SeqItem => (typeof it !== "function" && "t" in it ? { a: it, scope: scopes[i++] } : it)), close];
  }

  /** run `f`, which may schedule work, and finish that work before returning */
  private now(f: () => void): void {
    const base = this.tasks.length;
    f();
    this.drain(base);
  }

  /** compile `a` or schedule its operands (see tasks) */
  step(a: Ast, scope: Scope, tail: boolean): void {
    // the directives in force are this scope's (ModCtx.dirs)
    this.fn.mod.activeScope = scope;
    const generatorGuard = generatorGuards.get(a);
    if (generatorGuard !== undefined) {
      // (once: the filter may be the guard itself, a variable)
      generatorGuards.delete(a);
      this.checkGuardOnly(generatorGuard, scope);
    }
    const l = literalTerm(a, this.fn);
    if (l !== undefined && !(a.t === "call" && a.name === "@")) return this.lit(l, tail);
    switch (a.t) {
      case "list": return this.listExpr(a.items, scope, tail);
      case "tuple": {
        const n = a.items.length;
        return this.seq(scope, [...this.siblings(scope, this.inEvalContexts(EvalContext.TupleElement, a.items)), () => {
          this.em.emit("make_tuple", n);
          this.done(tail);
        }]);
      }
      case "call": return this.callExpr(a, scope, tail);
      default: return this.lit(literalTerm(a)!, tail);
    }
  }

  /** compile a block's expressions (done when this returns) */
  block(items: Ast[], scope: Scope, tail: boolean): void {
    this.now(() => this.blockStep(items, scope, tail));
  }

  /** a block as a step: scheduled, as blocks nest 10,000 deep (`(x; (x; ...))`) */
  blockStep(items: Ast[], scope: Scope, tail: boolean): void {
    if (items.length === 0) return this.lit(atom("nil"), tail);
    if (tail && this.compilesTailBindings()) items = withoutReturnedBinding(items);
    markInlinedFns(items, this.inlinedFns, this.failingInlinedFns, this.computedArgFns);
    const steps: SeqItem[] = [];
    // (what follows a match that can never match or a binding of a failing call, OTP's compiler
    // drops unseen)
    const dropsRest = items.findIndex((it, i) => i < items.length - 1 && (failingLiteralMatch(it) || failingBinding(it)));
    items.forEach((it, i) => {
      const last = i === items.length - 1;
      const subject = matchedBeforeMore(it, last);
      if (subject !== null) this.branchOn(subject);
      if (dropsRest >= 0 && i === dropsRest + 1) steps.push(() => void this.unseen++);
      if (last) steps.push({ a: it, scope, tail });
      else {
        if (isScriptModule(this.mod.name)) markDroppedFns(it, this.droppedFns);
        steps.push(...this.evalContextSteps(EvalContext.Block, [it]), () => this.em.emit("pop"));
      }
    });
    if (dropsRest >= 0) steps.push(() => void this.unseen--);
    this.seq(scope, steps);
  }

  /** compiled code drops a binding that only returns its value, as the Erlang compiler does
   *  (compiler/tail_binding.ts); the library keeps its bindings, which hold frames Elixir's
   *  inlined code shows (`acc = reduce_range(...); acc` stands for Enum.each/2's frame) */
  compilesTailBindings(): boolean {
    return this.fn.mod.evalContexts === null && this.inGuard === 0 && !this.fn.mod.host.lenient;
  }

  /** `items` as seq items, their code recorded as inEvalContext records it */
  evalContextSteps(kind: EvalContext, items: SeqItem[]): SeqItem[] {
    let start = 0;
    return [() => {
      start = this.em.code.length;
    }, ...items, () => {
      this.fn.mod.evalContexts?.push(start, this.em.code.length, kind);
    }];
  }

  /** `items` each under erl_eval's frames of `kind` (evaluated code only; compiled code: as they are) */
  inEvalContexts(kind: EvalContext, items: SeqItem[]): SeqItem[] {
    if (this.fn.mod.evalContexts === null) return items;
    return items.flatMap((it) => this.evalContextSteps(kind, [it]));
  }

  /** compile `f`'s code as erl_eval evaluates it under a frame of its own (evaluated code only) */
  inEvalContext(kind: EvalContext, f: () => void): void {
    const start = this.em.code.length;
    f();
    this.fn.mod.evalContexts?.push(start, this.em.code.length, kind);
  }

  private listExpr(items: Ast[], scope: Scope, tail: boolean): void {
    const n = items.length;
    const last = items[n - 1];
    const make = () => {
      this.em.emit("make_list", n);
      this.done(tail);
    };
    if (this.fn.mod.evalContexts === null && this.constantTailList(items, scope, tail)) return;
    // erl_eval evaluates a cell's head, then its tail
    const heads = (xs: Ast[]) => this.inEvalContexts(EvalContext.ListHead, xs);
    const withTail = (first: SeqItem[], rest: SeqItem[]) => [...first, ...(rest.length > 0 && this.fn.mod.evalContexts !== null ? this.evalContextSteps(EvalContext.ListTail, rest) : rest)];
    if (last && isCall(last, "|") && last.args) {
      const elems = [...items.slice(0, -1), last.args[0]];
      return this.seq(scope, [...this.siblings(scope, withTail(heads(elems.slice(0, 1)), [...heads(elems.slice(1)), last.args[1]])), make]);
    }
    this.seq(scope, [...this.siblings(scope, withTail(heads(items.slice(0, 1)), heads(items.slice(1)))), () => this.em.pushLit(NIL), make]);
  }

  /** a list whose last cells are constant: its elements before them, then that literal as their
   *  tail (compiler/constant_tail.ts); false when it has no such cells */
  private constantTailList(items: Ast[], scope: Scope, tail: boolean): boolean {
    const last = items[items.length - 1];
    const bar = last !== undefined && isCall(last, "|") && last.args;
    const elems = bar ? [...items.slice(0, -1), last.args![0]] : items;
    const c = constantTail(elems, bar ? last.args![1] : null, this.fn);
    if (c === null || c.built === 0) return false;
    this.seq(scope, [...this.siblings(scope, elems.slice(0, c.built)), () => {
      this.em.pushLit(c.rest);
      this.em.emit("make_list", c.built);
      this.done(tail);
    }]);
    return true;
  }

  bifCall(module: string, name: string, args: Ast[], scope: Scope, tail: boolean): void {
    this.checkGuardCall(module, name, args.length, this.em.currentLine);
    if (module === "erlang" && name === "apply" && args.length === 2) this.checkFunctionApplied(args[0], args[1], scope);
    // OTP's compiler turns hd, tl, tuple_size, map_get and is_map_key into instructions with a
    // failure branch: one it knows will fail (constant arguments) calls the BIF from code that has
    // no line of its own, so the frame points at the function's entry
    const entryLine = this.failingCallLine(module, name, args, scope, undefined);
    const plan = module === "erlang" && ARITH_OPS.has(name) ? arithPlan(name, args, this.arithEnv(scope)) : NO_PLAN;
    this.seq(scope, [...this.siblings(scope, this.bifArguments(module, name, plan.swap ? [args[1], args[0]] : args, plan.swap === true)), () => {
      const imp = this.em.importOf(module, name, args.length);
      if (entryLine !== undefined) this.em.line(entryLine);
      const fast = module === "erlang" && args.length === 2 ? FAST_OPS[name] : undefined;
      // called last, apply/2,3 makes its call in the caller's place, and a BIF that is Erlang
      // code on the BEAM (spawn/1) was entered with the caller's frame gone (vm/tail_calls.ts)
      if (tail && this.inGuard === 0 && plan.frame && !fast && module === "erlang" && (name === "apply" || lookupBif(module, name, args.length)?.codeOnBeam)) {
        this.em.emit("tail_ext", imp);
        return;
      }
      if (!plan.frame && fast === "add") this.em.emit("add_nf", imp);
      else if (!plan.frame && fast === "sub") this.em.emit("sub_nf", imp);
      else if (!plan.frame) this.em.emit("bif_nf", imp);
      else if (fast) this.em.emit(fast, imp);
      else this.em.emit("bif", imp);
      this.done(tail);
    }]);
  }

  /** a BIF's arguments, under erl_eval's frames for an operator's operands or a call's arguments */
  private bifArguments(module: string, name: string, args: Ast[], swapped: boolean): SeqItem[] {
    if (this.fn.mod.evalContexts === null || this.inGuard > 0) return args;
    if (module !== "erlang" || !ERLANG_OPERATORS.has(name) || args.length > 2) return this.inEvalContexts(EvalContext.CallArgument, args);
    if (args.length === 1) return this.inEvalContexts(EvalContext.Operand, args);
    const [left, right] = swapped ? [EvalContext.OperandRight, EvalContext.OperandLeft] : [EvalContext.OperandLeft, EvalContext.OperandRight];
    return [...this.evalContextSteps(left, [args[0]]), ...this.evalContextSteps(right, [args[1]])];
  }

  /** warnIfFails, giving the line the call's frame shows: the function's entry for one OTP's
   *  compiler moved out of line (see bifCall), else `line` */
  private failingCallLine(module: string, name: string, args: Ast[], scope: Scope, line: number | undefined): number | undefined {
    const fails = this.warnIfFails(module, name, args, scope);
    return fails && module === "erlang" && OUT_OF_LINE_FAILURES.has(`${name}/${args.length}`) ? this.fn.entryLine ?? line : line;
  }

  /** OTP's "the call to +/2 will fail with ArithmeticError", for a pure BIF on constant arguments */
  warnIfFails(module: string, name: string, args: Ast[], scope: Scope): boolean {
    if ((this.inGuard > 0 && !guardCallWarned(this.guardWritten, name, args)) || this.unseen > 0 || (module !== "erlang" && module !== "math" && !(module === "lists" && LISTS_AS_ERLANG[`${name}/${args.length}`]))) return false;
    // nor of one inside a fn a script's top level binds to a variable (dropped as a value before
    // OTP warns), nor in module-body code (compiled without the Erlang compiler's warnings)
    if (this.mod.unwarnedFuns.has(this.fn.name)) return false;
    if (this.mod.bodyDefinition !== null) return false;
    const quiet = args.some((x) => this.mod.afterValueNodes.has(x));
    const env = this.arithEnv(scope);
    const values: Term[] = [];
    for (const x of args) {
      const c = constantOf(x, env) ?? (module === "erlang" && name === "length" && args.length === 1 ? constantTailed(x, env) : undefined);
      if (c === undefined) return false;
      values.push(c);
    }
    // (evaluated even where nothing is warned of: OTP folds the call all the same, and a literal
    // String.to_atom makes its atom when the module is compiled)
    const msg = failingCallWarning(module, name, values);
    // OTP sorts its warnings of a line by the call's module, name and arity
    if (msg !== undefined && this.unwanted === 0 && !quiet && !this.mod.quietFuns.has(this.fn.name)) this.mod.warnLater(msg, this.em.currentLine, `${module}\0${name}\0${String(args.length).padStart(3, "0")}`);
    return msg !== undefined;
  }

  /** `f.(args)` of something that is no function: an atom (`:a`, an alias) is Elixir's compile
   *  error once the arguments expanded; another constant (after propagation: `x = 5; x.()`) is
   *  OTP's warning, and the call fails when run */
  private checkFunctionCalled(fun: Ast, scope: Scope, line: number | undefined, call?: AstCall): void {
    const atomName = fun.t === "atom" ? fun.v : isCall(fun, "__aliases__") ? expandAlias(fun, this.mod) : null;
    // (in a def, raised while the module's body expands: the trace is the body's frame; in the
    // body's own code, none is shown)
    const trace = this.atScriptTopLevel() ? undefined : this.mod.bodyDefinition !== null ? "none" : "module";
    // (at the call, for the trace inside what a macro gave: compiler/macro_result_trace.ts)
    if (atomName !== null) this.mod.error(`invalid function call :${atomName}.()`, line, trace, call, call && []);
    if (this.unseen > 0) return;
    const c = constantOf(fun, this.arithEnv(scope));
    if (c === undefined || c instanceof Fun || c instanceof ExtFun) return;
    this.mod.warnLater("invalid function call", line ?? this.em.currentLine, "\0invalid_call");
  }

  /** `apply(fun, [args])` with a list written out is the call `fun.(args)` to OTP's compiler: a
   *  constant that is no function there (an atom too) is its "invalid function call" */
  private checkFunctionApplied(fun: Ast, argList: Ast, scope: Scope): void {
    if (this.inGuard > 0 || this.unseen > 0 || argList.t !== "list" || argList.items.some((x) => isCall(x, "|"))) return;
    const c = constantOf(fun, this.arithEnv(scope));
    if (c === undefined || c instanceof Fun || c instanceof ExtFun) return;
    this.mod.warnLater("invalid function call", this.em.currentLine, "\0invalid_call");
  }

  /** the constant a called fun expression stands for when it is known and no fun (nor an atom,
   *  Elixir's compile error) */
  private knownNotFun(fun: Ast, scope: Scope): Term | undefined {
    if (fun.t === "atom" || isCall(fun, "__aliases__")) return undefined;
    const c = constantOf(fun, this.arithEnv(scope));
    return c === undefined || c instanceof Fun || c instanceof ExtFun ? undefined : c;
  }

  /** OTP's warning for `%{x | k: v}` or `Map.put(x, k, v)` (inlined as maps:put/3) where x is a
   *  constant that is no map (after propagation); `line` is the call's, when it is one */
  private warnIfBadmap(base: Ast, scope: Scope, line?: number): void {
    // (unlike a failing call's, also in a script's fns and in module-body code)
    if (this.inGuard > 0 || this.unseen > 0) return;
    const c = constantOf(base, this.arithEnv(scope));
    if (c === undefined || isMap(c)) return;
    this.mod.warnLater("map update will fail with a 'badmap' exception", line ?? lineOf(base) ?? this.em.currentLine, "\0map_update");
  }

  /** is `a` a literal as written (no variable's value, no call folded), as v3_core sees it */
  private writtenLiteral(a: Ast, scope: Scope): boolean {
    const env: ConstEnv = { ...this.arithEnv(scope), fact: () => undefined, memo: undefined, floatMemo: undefined, bifOf: undefined };
    return constantOf(a, env) !== undefined;
  }

  /** what compiler/arith_frames.ts asks about the code being compiled */
  arithEnv(scope: Scope): ConstEnv {
    return {
      // (a module body's code is compiled as a script's top level is: unoptimised)
      optimised: !isScriptModule(this.mod.name) && !/^(-)?__script__(\/\d+-fun-\d+-)?$/.test(this.fn.name),
      evaluated: this.mod.evalContexts !== null,
      bitstringMatched: this.fn.matchesBitstring,
      fact: (name) => {
        const slot = scope.lookup(name);
        return slot === undefined ? undefined : this.fn.facts.get(slot);
      },
      attr: (name) => this.mod.attrs.get(name),
      bifOf: (a) => this.bifOf(a, scope),
      structDefaults: (alias) => {
        const mod = expandAlias(alias, this.mod);
        return mod === null ? undefined : literalStructDefaults(this.mod, mod);
      },
      remoteCapture: (capture) => {
        const fun = isCall(capture) ? capture.args?.[0] : undefined;
        if (!isCall(fun, "/") || fun.args?.length !== 2 || fun.args[1].t !== "int") return undefined;
        const named = fun.args[0];
        const target = isCall(named) && named.args?.length === 0 && typeof named.name !== "string" ? named.name : undefined;
        if (!isCall(target, ".") || target.args?.length !== 2 || target.args[1].t !== "atom") return undefined;
        const mod = target.args[0].t === "atom" || isCall(target.args[0], "__aliases__") ? expandAlias(target.args[0], this.mod) : null;
        return mod === null ? undefined : new ExtFun(atom(mod), atom(target.args[1].v), Number(fun.args[1].v));
      },
      memo: { get: (a) => this.fn.knownConstant(scope, a), set: (a, v) => this.fn.rememberConstant(scope, a, v) },
      floatMemo: { get: (a) => this.fn.knownFloat(scope, a), set: (a, v) => this.fn.rememberFloat(scope, a, v) },
    };
  }

  /** the BIF a call compiles to (Kernel's, Bitwise's, :erlang's, :math's or one Elixir inlines), with its arguments */
  private bifOf(a: Ast, scope: Scope): { module: string; name: string; args: Ast[] } | undefined {
    if (!isCall(a) || a.args === null) return undefined;
    const args = a.args;
    const key = (n: string) => n + "/" + args.length;
    if (typeof a.name === "string") {
      if (scope.lookup(a.name) !== undefined || this.mod.locals.has(key(a.name)) || this.mod.guards.has(key(a.name))) return undefined;
      const imported = this.mod.imports.get(key(a.name));
      if (imported === "Elixir.Bitwise" && BITWISE[key(a.name)]) return { module: "erlang", name: BITWISE[key(a.name)], args };
      if (imported !== undefined) return undefined;
      const op = ERLANG_OPS[key(a.name)] ?? KERNEL_TO_ERLANG[key(a.name)];
      return op === undefined ? elementCall(a.name, args) : { module: "erlang", name: op, args };
    }
    const target = a.name;
    if (!isCall(target, ".") || target.args?.length !== 2 || target.args[1].t !== "atom") return undefined;
    const mod = expandAlias(target.args[0], this.mod);
    const fname = target.args[1].v;
    if (mod === null) return undefined;
    if (mod === "erlang" || mod === "math") return { module: mod, name: fname, args };
    if (mod === "Elixir.Kernel") {
      const op = ERLANG_OPS[key(fname)] ?? KERNEL_TO_ERLANG[key(fname)];
      if (op !== undefined) return { module: "erlang", name: op, args };
      // (Kernel.is_map_key(m, k) is :erlang.is_map_key(k, m))
      const swapped = swappedRewrite(mod, fname, args.length);
      return swapped === undefined ? elementCall(fname, args) : { module: swapped[0], name: swapped[1], args: [args[1], args[0]] };
    }
    if (mod === "Elixir.Bitwise" && BITWISE[key(fname)]) return { module: "erlang", name: BITWISE[key(fname)], args };
    const rewritten = utf8Rewrite(mod, fname, args.length);
    if (rewritten) return { module: "erlang", name: rewritten, args: [...args, { t: "atom", v: "utf8" }] };
    const swapped = swappedRewrite(mod, fname, args.length);
    if (swapped) return { module: swapped[0], name: swapped[1], args: [args[1], args[0]] };
    const permuted = permutedRewrite<Ast>(mod, fname, args, { t: "atom", v: "process" });
    if (permuted) return { module: permuted[0], name: permuted[1], args: permuted[2] };
    const inlined = inlinedCall(mod, fname, args.length);
    return inlined === undefined ? undefined : { module: inlined[0], name: inlined[1], args };
  }

  /** in a guard, only the calls compiler/guard_calls.ts allows */
  private checkGuardCall(module: string, name: string, arity: number, line: number | undefined, viaMacro?: string): void {
    if (this.inGuard === 0) return;
    // Kernel's functions are checked as the :erlang ones Elixir inlines them to
    const key = name + "/" + arity;
    const inlined = module === "Elixir.Kernel" ? ERLANG_OPS[key] ?? KERNEL_TO_ERLANG[key] ?? KERNEL_GUARD_ONLY[key] : undefined;
    const macro = module === "Elixir.Kernel" ? KERNEL_MACRO_CALLS[key] : viaMacro !== undefined ? module : undefined;
    if (macro !== undefined) {
      // Kernel's macro expanded to a protocol call: Elixir names that call, under the expansion
      const description = remoteGuardCallError(macro, name, arity)!;
      const l = line ?? 0;
      const fn = this.enclosingFunction();
      const where = fn === undefined ? "(file)" : this.fn.name === "__script__" ? "(module)" : fn;
      raiseAtCompileTime(this.mod, l, "CompileError", `${this.mod.file}:${l}: ${description}`,
        { file: bin(this.mod.file), line: l, description: bin(description) },
        `\n    (elixir 1.14.0) expanding macro: Kernel.${viaMacro ?? key}\n    ${this.mod.file}:${l}: ${where}`,
        expansionFrames(this.mod, "Elixir.Kernel", (viaMacro ?? key).replace(/\/\d+$/, ""), arity, l, this.callerFunction()));
    }
    const error = inlined !== undefined ? remoteGuardCallError("erlang", inlined, arity) : remoteGuardCallError(module, name, arity);
    // (raised deep in Elixir's expander: the BEAM's 8 frames show none of the file's)
    if (error !== null) this.mod.error(error, line, "none");
  }

  /** the function being compiled as a stack frame names it ([name, arity]); null at a script's
   *  top level or in a module body */
  callerFunction(): [string, number] | null {
    return callerFunctionOf(this.fn);
  }

  /** scheduled: the last thing a step does (or inside now()); viaMacro: Kernel's macro the call
   *  comes from (a guard's error shows its expansion) */
  remoteCall(module: string, name: string, args: Ast[], scope: Scope, tail: boolean, line?: number, viaMacro?: string, applied = false, argsContext = EvalContext.CallArgument): void {
    // :erlang.andalso/orelse are no functions but the operators (what defguard's expansion calls)
    if (module === "erlang" && (name === "andalso" || name === "orelse") && args.length === 2) {
      return this.expr({ t: "call", name: name === "andalso" ? "and" : "or", meta: line === undefined ? {} : { line }, args }, scope, tail);
    }
    this.checkGuardCall(module, name, args.length, line, viaMacro);
    // (:lists.append/2 and subtract/2 are ++ and -- to OTP's compiler: warned of when they fail)
    if (module === "lists" && LISTS_AS_ERLANG[`${name}/${args.length}`]) {
      this.em.line(line);
      this.warnIfFails(module, name, args, scope);
    }
    // Kernel.to_string/1 and to_charlist/1 are macros calling their protocol's function (but
    // apply(Kernel, :to_string, [x]) calls the function Kernel has not)
    const target = module === "Elixir.Kernel" && !applied ? KERNEL_MACRO_CALLS[`${name}/${args.length}`] ?? module : module;
    if (argsContext === EvalContext.CallArgument && !applied && isToString(target, name, args.length)) argsContext = EvalContext.CaseSubject;
    if (module === "erlang" && name === "raise" && args.length === 3 && this.rawRaises.has(args[2])) {
      return this.seq(scope, [...this.siblings(scope, this.inEvalContexts(argsContext, args)), () => {
        this.em.line(line);
        this.em.emit(tail ? "tail_ext" : "call_ext", this.em.importOf("beamlet", "raw_raise", 3));
      }]);
    }
    this.seq(scope, [...this.siblings(scope, this.inEvalContexts(argsContext, args)), () => {
      this.em.line(line);
      if (!applied && target === "Elixir.String.Chars" && name === "to_string" && args.length === 1) return this.toStringCall(tail);
      this.em.emit(tail ? "tail_ext" : "call_ext", this.em.importOf(target, name, args.length));
    }]);
  }

  /** String.Chars.to_string(x) (interpolation, Kernel.to_string/1), x on the stack: Elixir
   *  compiles it as `case x of x when is_binary(x) -> x; _ -> 'Elixir.String.Chars':to_string(x)
   *  end`, so a binary is no call (and does not load String.Chars: vm/loaded_modules.ts) */
  private toStringCall(tail: boolean): void {
    const em = this.em;
    const call = em.newLabel(), end = em.newLabel();
    em.emit("dup");
    em.emit("bif_nf", em.importOf("erlang", "is_binary", 1));
    em.emit("jump_unless_true", call);
    if (tail) em.emit("return");
    else em.emit("jump", end);
    em.place(call);
    em.emit(tail ? "tail_ext" : "call_ext", em.importOf("Elixir.String.Chars", "to_string", 1));
    if (!tail) em.place(end);
  }

  /** compile `body` (which may schedule work) as the expansion of the macro module.name/arity
   *  called at `call` (see ModCtx.expandingMacros); once for a call compiled again in another form */
  private inMacroExpansion(module: string, name: string, arity: number, call: AstCall, scope: Scope, body: () => void, root?: Ast): void {
    const mod = this.mod;
    if (this.expandingCall(call)) return body();
    const frame = { module, name, arity, line: call.meta.line ?? 0, meta: call.meta, fn: this.callerInfo(call.meta.line).fn, ...(root ? { root } : {}) };
    let around: MacroFrames | null = null;
    const enter = () => {
      around = mod.expandingMacros;
      mod.expandingMacros = { frame, outer: around };
      // Kernel.unless/2 gives an `if`, expanded in its turn (the same call: compiled again in
      // another form, Kernel.unless(...) as the imported unless, it pushes nothing more)
      if (module === "Elixir.Kernel" && name === "unless") mod.expandingMacros = { frame: { ...frame, name: "if" }, outer: mod.expandingMacros };
    };
    this.seq(scope, [enter, body, () => { mod.expandingMacros = around; }]);
  }

  /** Elixir's warnings for a comparison with a struct literal or of a comparison
   *  (compiler/comparison_warnings.ts), once per call written, after those of its arguments (Elixir
   *  expands them first): true when the call is compiled here, by `compile` */
  private compiledWarningComparison(a: AstCall, name: string, module: string | null, scope: Scope, compile: () => void): boolean {
    if (this.mod.host.lenient || warnedComparisons.has(a)) return false;
    const mod = this.mod;
    const message = comparisonWarning(a, name, module, {
      attr: (attr) => mod.attrs.get(attr),
      remote: (receiver) => expandAlias(receiver, mod),
      kernelLocal: (fname, arity) => this.resolvesToKernel(fname + "/" + arity),
    });
    if (message === null) return false;
    warnedComparisons.add(a);
    // (a call a pipe made is held at the pipe, the node written)
    const pipe = pipeExpansions.get(a)?.pipe;
    const at = pipe !== undefined && isCall(pipe) && pipe.args?.[0] !== a ? pipe : a;
    this.seq(scope, [compile, () => mod.warnAt(at, "", message, a.meta.line ?? 0, this.enclosingFunction())]);
    return true;
  }

  /** does the local call name/arity `key` call Kernel's function (no local definition, no other import)? */
  private resolvesToKernel(key: string): boolean {
    return !this.mod.locals.has(key) && (this.mod.imports.get(key) ?? "Elixir.Kernel") === "Elixir.Kernel";
  }

  /** is this call's expansion the one being compiled (the call compiled again in another form)? */
  private expandingCall(call: AstCall): boolean {
    return this.mod.expandingMacros?.frame.meta === call.meta;
  }

  private callExpr(a: AstCall, scope: Scope, tail: boolean): void {
    // a value a macro gave (a pid): the code of a module body or a script holds it as it is;
    // a function's code cannot
    const invalid = invalidQuotedTerm(a);
    if (invalid !== undefined) throw invalidQuotedError(invalid, this.mod.file, a.meta.line ?? 0);
    const opaque = opaqueValue(a);
    if (opaque !== undefined) {
      if (this.mod.bodyDefinition || isScriptModule(this.mod.name)) return this.lit(opaque, tail);
      throw invalidQuotedError(opaque, this.mod.file, a.meta.line ?? 0);
    }
    const name = a.name;
    const args = a.args;
    // Kernel's macros compiled here directly (if, unless, |>, &&, ...)
    if (typeof name === "string" && args !== null && !this.expandingCall(a) && !this.mod.locals.has(name + "/" + args.length) && !findMacro(this.mod, a) &&
        KERNEL_MACROS[name]?.includes(args.length) && (this.mod.imports.get(name + "/" + args.length) ?? "Elixir.Kernel") === "Elixir.Kernel" && !this.kernelHides(name + "/" + args.length)) {
      return this.inMacroExpansion("Elixir.Kernel", name, args.length, a, scope, () => this.callExprNow(a, scope, tail));
    }
    this.callExprNow(a, scope, tail);
  }

  private callExprNow(a: AstCall, scope: Scope, tail: boolean): void {
    const name = a.name;
    const args = a.args;
    if (typeof name !== "string") return this.dotCall(a, name, scope, tail);
    if (args === null) return this.variable(a, name, scope, tail);
    const arity = args.length;
    const key = name + "/" + arity;
    const line = a.meta.line;
    if (this.resolvesToKernel(key) && this.compiledWarningComparison(a, name, null, scope, () => this.callExprNow(a, scope, tail))) return;
    this.em.line(line);

    // `a -1` with a variable a: Elixir refuses the call it parses
    if (a.meta.ambiguous_op && arity === 1 && scope.lookup(name) !== undefined) {
      const text = `${name} ${macroToString(astToTerm(args[0]))}`;
      return this.mod.error(`"${text}" looks like a function call but there is a variable named "${name}". If you want to perform a function call, use parentheses:\n\n    ${name}(${macroToString(astToTerm(args[0]))})\n\nIf you want to perform an operation on the variable ${name}, use spaces around the unary operator`, line, this.expansionTrace(), a);
    }
    const guardMacro = this.mod.guards.get(key);
    if (guardMacro) return this.step(expandGuard(guardMacro, args, this.inGuard > 0), scope, tail);
    // local functions take precedence over imports and Kernel
    // (unless an import of it is in force: Elixir calls the import, and refuses the module)
    const local = this.mod.locals.get(key);
    if (local && !SPECIAL_FORMS.has(name) && !this.mod.importedOverLocal(key)) {
      if (this.inGuard > 0) return this.mod.error(localGuardCallError(a), line, this.expansionTrace());
      this.noClauses(name, args, line, a, "local");
      this.mod.noteLocalCall(key);
      // a function that never returns is called as a tail call wherever it stands, as on the BEAM
      // (not from inside a try or a guard, which the call cannot leave)
      // (as is a call no clause of the function can take, as OTP's types see its arguments)
      const leaves = () => tail || ((this.mod.neverReturns.has(key) || callCannotMatch(this.mod.localClauses.get(key), args)) && this.em.openHandlers === 0 && this.inGuard === 0);
      return this.seq(scope, [...this.siblings(scope, args), () => this.em.emit(leaves() ? "tail_local" : "call_local", local.index, arity)]);
    }
    // `import Kernel, only: [...]` (or except:) leaves the rest of Kernel unimported
    if (this.kernelHides(key)) return this.undefinedCall(a, name, args, scope, tail);
    // a function imported from two modules (Kernel's macros included) is a CompileError where called
    const ambiguous = ambiguousImport(this.mod, key);
    if (ambiguous) this.mod.error(ambiguous, line, dispatchErrorInExpansion(this.mod) ?? ambiguousImportTrace(this.mod.file, line ?? 0, this.mod.currentDef !== null));
    const macro = findMacro(this.mod, a);
    if (macro) return this.expandCall(a, macro, line, scope, tail);
    const special = compileSpecial(this, a, name, args, scope, tail);
    if (special) return;

    const op = ERLANG_OPS[key];
    if (op) return this.bifCall("erlang", op, args, scope, tail);
    const imported = this.mod.imports.get(key);
    // (one of Kernel's, imported explicitly, is compiled as Kernel's default import is, below)
    if (imported && imported !== "Elixir.Kernel") {
      // a deprecated function called through its import warns as a remote call does
      const deprecated = imported !== "Elixir.Kernel" ? deprecationWarning(imported, name, arity) : undefined;
      if (deprecated && this.atScriptTopLevel()) this.mod.warn(deprecated, line ?? 0, this.enclosingFunction());
      const bw = imported === "Elixir.Bitwise" ? BITWISE[key] : undefined;
      if (bw) return this.bifCall("erlang", bw, args, scope, tail);
      this.noClauses(name, args, line, a, "remote");
      return this.remoteCall(imported, name, args, scope, tail, line);
    }
    // apply(&M.f/1, [x]) is the call M.f(x), as (&M.f/1).(x) is
    if (key === "apply/2" && this.inGuard === 0 && args[1].t === "list" && !args[1].items.some((x) => isCall(x, "|"))) {
      const direct = capturedRemoteCall(args[0], args[1].items, a.meta, (m) => expandAlias(m, this.mod) !== null);
      if (direct !== null && !findMacro(this.mod, direct)) return this.step(direct, scope, tail);
    }
    if (key === "apply/3" && this.applyAsCall(args, scope, tail, line)) return;
    const erl = KERNEL_TO_ERLANG[key];
    if (erl) {
      this.noClauses(name, args, line, a, "remote");
      return this.bifCall("erlang", erl, args, scope, tail);
    }
    if (lookupBif("Elixir.Kernel", name, arity) || this.mod.host.moduleExports("Elixir.Kernel")?.includes(key) || KERNEL_MACRO_CALLS[key] || this.mod.host.lenient) {
      this.noClauses(name, args, line, a, "remote");
      return this.remoteCall("Elixir.Kernel", name, args, scope, tail, line);
    }
    // a call a macro quoted where it was imported (imports: meta): that module's function or macro
    const quotedImport = importOfQuotedCall(a.meta, arity);
    if (quotedImport && quotedImport !== "Elixir.Kernel") {
      const bw = quotedImport === "Elixir.Bitwise" ? BITWISE[key] : undefined;
      if (bw) return this.bifCall("erlang", bw, args, scope, tail);
      if (this.mod.host.moduleMacros?.(quotedImport)?.includes(key)) {
        const ref = { module: quotedImport, name, arity, local: false };
        const expanded = expandMacro(this.mod, ref, a, this.callerInfo(line, scope));
        return this.inMacroExpansion(ref.module, name, arity, a, scope, () => this.step(expanded, scope, tail), isElixirModule(ref.module) ? undefined : expanded);
      }
      return this.remoteCall(quotedImport, name, args, scope, tail, line);
    }
    return this.undefinedCall(a, name, args, scope, tail);
  }

  /** is name/arity one of Kernel's that an explicit `import Kernel, only:/except:` left out? */
  private kernelHides(key: string): boolean {
    return this.mod.kernelImported && !this.mod.imports.has(key) && kernelDefault(key);
  }

  /** a call of name/arity that is no local function, import or Kernel's: undefined */
  private undefinedCall(a: AstCall, name: string, args: Ast[], scope: Scope, tail: boolean): void {
    const arity = args.length;
    const line = a.meta.line;
    // an alias whose head is no alias at compile time (a variable: `m.Inner`), or an attribute
    // naming a module (`@mod.Chars`: Elixir expands the head where it is compiled)
    if (name === "__aliases__") {
      const joined = this.attributeHeadAlias(a);
      if (joined !== null) return this.lit(atom(joined), tail);
      const text = aliasText(a);
      const message = `invalid alias: "${text}". If you wanted to define an alias, an alias must expand to an atom at compile time but it did not, you may use Module.concat/2 to build it at runtime. If instead you wanted to invoke a function or access a field, wrap the function or field name in double quotes`;
      if (text !== null) return this.inDefinition() ? this.mod.error(message, line, "module", a, [null]) : this.mod.error(message, line, this.expansionTrace(), a, []);
    }
    // (a script's top level and a module body's code have no module functions to look for: no such
    // import; raised inside a def's expansion, the error shows none of the file's frames)
    if (this.inGuard > 0 && this.inDefinition()) return this.mod.error(localGuardCallError(a), line, "none");
    if (this.inDefinition()) this.noClauses(name, args, line, a, "local");
    // `a | b` outside brackets, `a :: b` outside bitstrings: outside a def Elixir explains the operator
    // (in a def it is an undefined local function as any other)
    const misplaced = this.inDefinition() ? undefined : misplacedOperator(name, arity);
    const message = misplaced ?? `undefined function ${name}/${arity} ${this.undefinedHint()}`;
    const pipes = pipeExpansions.get(a);
    if (pipes && this.atScriptTopLevel()) {
      // at a script's top level Elixir's trace is the pipes' expansions, innermost first
      const file = this.mod.file;
      const err = new CompileError("CompileError", file, line ?? 0, null, message);
      err.at = pipes.pipe;
      err.pipeFrames = pipeLineList(pipes.lines).map((l) => `    (elixir 1.14.0) expanding macro: Kernel.|>/2\n    ${file}:${l}: (file)\n`).join("");
      throw err;
    }
    // in a module Elixir finds an undefined local function once the module is expanded: an error
    // in its arguments (`cannot use ^x outside of match clauses`) comes first
    // (raised by expand_local/5, tail-called: no frame of its own above the call's)
    if (!this.inDefinition()) return this.mod.error(message, line, this.expansionTrace(), a, misplaced ? undefined : []);
    // (the module is not compiled: a call of itself stands in, so that the rest is expanded)
    this.mod.deferUndefinedLocal(message, line, name, arity, a);
    return this.remoteCall(this.mod.name, name, args, scope, tail, line);
  }

  /** `@mod.A.B` where @mod holds a module (an atom or an alias): the module's name joined */
  private attributeHeadAlias(a: AstCall): string | null {
    const [head, ...rest] = a.args ?? [];
    if (!isCall(head, "@") || head.args?.length !== 1 || !rest.every((x) => x.t === "atom")) return null;
    const attr = head.args[0];
    if (!isCall(attr) || typeof attr.name !== "string" || attr.args !== null) return null;
    const value = this.mod.attrs.get(plainName(attr.name));
    const base = value === undefined ? null : value.t === "atom" ? value.v : isCall(value, "__aliases__") ? expandAlias(value, this.mod) : null;
    if (base === null) return null;
    this.mod.attrReads.add(plainName(attr.name));
    return [base, ...rest.map((x) => (x as { v: string }).v)].join(".");
  }

  /** `f x do 1 -> 2 end` where f is a function: only a macro takes `->` clauses in its keywords.
   *  A remote or imported function's is refused by expand_remote, a local's in a def by
   *  expand_local (`via`: the trace is modelled from there) */
  private noClauses(name: string, args: Ast[], line: number | undefined, at?: object, via?: "remote" | "local"): void {
    const last = args[args.length - 1];
    if (last?.t !== "list") return;
    for (const pair of last.items) {
      if (pair.t !== "tuple" || pair.items.length !== 2 || pair.items[0].t !== "atom") return;
      const value = pair.items[1];
      if (value.t === "list" && isCall(value.items[0], "->")) {
        this.mod.error(`the function "${name}" cannot handle clauses with the -> operator because it is not a macro. Please make sure you are invoking the proper name and that it is a macro`, line, "none", at, via === "remote" ? REMOTE_CLAUSES_CHECK : via === "local" ? LOCAL_CLAUSES_CHECK : undefined);
      }
    }
  }

  /** a macro call: its expansion, compiled */
  private expandCall(a: AstCall, macro: MacroRef, line: number | undefined, scope: Scope, tail: boolean): void {
    const expanded = expandMacro(this.mod, macro, a, this.callerInfo(line, scope));
    // (the program's own macros, in its functions and its module bodies' code, fns there too
    // (ExUnit's describe block is one): the warnings' walk looks at what they made)
    if (!this.mod.host.lenient && (this.inDefinition() || this.mod.bodyOf !== null) && (macro.local || !isElixirModule(macro.module))) {
      noteExpansion(a, expanded, macro.module);
      // (a test a describe's block made, in its fn: linked to the block written, as in a module body)
      if (!this.inDefinition()) linkWrittenDoBlock(a, expanded, macro.local);
    }
    // (the program's own macros: the trace of an error in what they gave, compiler/macro_result_trace.ts)
    this.inMacroExpansion(macro.module, macro.name, macro.arity, a, scope, () => this.step(expanded, scope, tail), isElixirModule(macro.module) ? undefined : expanded);
  }

  /** the function being compiled, as __ENV__.function shows it */
  callerInfo(line: number | undefined, scope?: Scope): CallerInfo {
    return {
      fn: envFunction(this.fn.name, this.fn.arity) ?? this.mod.evalEnv?.fn ?? null, line: line ?? 0, ...(this.inGuard > 0 ? { context: "guard" as const } : {}),
      ...(scope ? { vars: [...scope.allNames().keys()] } : {}),
    };
  }

  /** a module's code is expanded deep below the module body's frame: the BEAM's 8 frames end inside the expander */
  expansionTrace(): "none" | undefined {
    return this.atScriptTopLevel() ? undefined : "none";
  }

  /** in a def of a module (not a script's top level, nor a module body's code, which is no
   *  function of the module) */
  inDefinition(): boolean {
    // (a fn in a module body's code, a `for` around def unquote(...) too, is body code)
    return !this.mod.name.startsWith("elixir_") && this.fn.name !== "__script__" && !this.fn.name.startsWith("-__script__/");
  }

  /** Elixir 1.14's wording differs inside a module and at a script's top level */
  private undefinedHint(): string {
    // (a module body's code is not a function of the module: the top level's wording)
    if (!this.inDefinition()) return "(there is no such import)";
    return `(expected ${this.mod.name.replace(/^Elixir\./, "")} to define such a function or for it to be imported, but none are available)`;
  }

  variable(a: AstCall, name: string, scope: Scope, tail: boolean): void {
    if (name === "__MODULE__") return this.lit(atom(isScriptModule(this.mod.name) ? (this.mod.evalEnv?.module ?? "nil") : this.mod.name), tail);
    if (name === "__STACKTRACE__") {
      if (this.fn.stacktraceSlot === null) return this.mod.error("__STACKTRACE__ is available only inside catch and rescue clauses of try expressions", a.meta.line);
      this.em.emit("push_local", this.fn.stacktraceSlot);
      return this.done(tail);
    }
    if (name === "__ENV__") return this.lit(envTerm(this.mod, { ...this.callerInfo(a.meta.line, scope), escaped: true }), tail);
    if (name === "__DIR__") return this.lit(bin(dirOf(sourcePath(this.mod))), tail);
    if (name === "__CALLER__" && scope.lookup(name) === undefined) return this.mod.error("__CALLER__ is available only inside defmacro and defmacrop", a.meta.line, undefined, a, []);
    const slot = scope.lookup(name);
    if (slot !== undefined) {
      this.em.emit("push_local", slot);
      return this.done(tail);
    }
    // (raised by the expander's clause for `_` itself: no frame of its own above it)
    if (name === "_") return this.mod.error(`invalid use of _. "_" represents a value to be ignored in a pattern and cannot be used in expressions`, a.meta.line, this.expansionTrace(), a, []);
    // Elixir 1.14 still expands a parenthesis-free zero-arity local or imported call (with a warning)
    const local = this.mod.locals.get(plainName(name) + "/0");
    const bare = () =>
      this.mod.warnAt(a, plainName(name), `variable "${plainName(name)}" does not exist and is being expanded to "${plainName(name)}()", please use parentheses to remove the ambiguity or change the variable name`, a.meta.line ?? 0, this.enclosingFunction());
    // in a function's guard the name becomes a local call, which a guard may not make (defined or
    // not); a module body's code has no locals to look for: it is an undefined function below
    if (this.inGuard > 0 && this.inDefinition() && !BARE_KERNEL_CALLS.has(name) && !this.mod.imports.has(name + "/0")) {
      bare();
      return this.mod.error(localGuardCallError({ ...a, name: plainName(name), args: [], meta: { ...a.meta, no_parens: false } }), a.meta.line, "none");
    }
    if (local) {
      bare();
      this.mod.noteLocalCall(plainName(name) + "/0");
      this.em.emit(tail ? "tail_local" : "call_local", local.index, 0);
      return;
    }
    if (BARE_KERNEL_CALLS.has(name) || this.mod.imports.has(name + "/0")) {
      bare();
      this.expr({ ...a, args: [], meta: { ...a.meta, no_parens: false } } as Ast, scope, tail);
      return;
    }
    // (Elixir warns of the bare name before it fails to find the function)
    bare();
    // (at a script's top level, raised by the expander's clause for the call it expands the name
    // to: no frame above it; in a module, once the module's functions are all known)
    const message = `undefined function ${plainName(name)}/0 ${this.undefinedHint()}`;
    // (a module body's code: its trace is modelled from the module's defmodule, nested_modules.ts)
    if (!this.inDefinition()) return this.mod.error(message, a.meta.line, this.expansionTrace(), a, []);
    this.mod.deferUndefinedLocal(message, a.meta.line, plainName(name), 0, a);
    return this.remoteCall(this.mod.name, plainName(name), [], scope, tail, a.meta.line);
  }

  /** `Mod.fun/arity` of the function being compiled, as Elixir's warnings name it (none at a script's top level) */
  /** compiling a script's (or an evaluated string's) top level, not a module's code */
  private atScriptTopLevel(): boolean {
    return isScriptModule(this.mod.name);
  }

  directiveValue(target: Ast | undefined): Term {
    if (!target) return atom("ok");
    if (target.t === "call" && typeof target.name !== "string" && target.name.t === "call" && target.name.name === "." && target.name.args?.length === 2 && target.name.args[1].t === "atom" && target.name.args[1].v === "{}") {
      const base = expandAlias(target.name.args[0], this.mod);
      const parts = (target.args ?? []).map((x) => (x.t === "call" && x.name === "__aliases__" && x.args?.every((p) => p.t === "atom") ? x.args.map((p) => (p as { v: string }).v).join(".") : null));
      if (base === null || parts.some((p) => p === null)) return atom("ok");
      return list(parts.map((p) => atom(base + "." + p)));
    }
    const m = expandAlias(target, this.mod);
    return m === null ? atom("ok") : atom(m);
  }

  enclosingFunction(): string | undefined {
    return enclosingFunctionOf(this.fn);
  }

  /** apply(m, :f, [a, b]) with a literal list, however apply/3 is named (apply, Kernel.apply,
   *  :erlang.apply): OTP's compiler makes it the call m.f(a, b); false when it is no such call */
  private applyAsCall(args: Ast[], scope: Scope, tail: boolean, line: number | undefined): boolean {
    if (this.inGuard > 0 || args[1].t !== "atom" || args[2].t !== "list" || args[2].items.some((x) => isCall(x, "|"))) return false;
    const fname = args[1].v, items = args[2].items;
    // apply(:erlang, :+, [x, 1]) is the operator itself (an increment there)
    if (isAtomLit(args[0], "erlang") && isErlangOperator(fname, items.length)) {
      this.bifCall("erlang", fname, items, scope, tail);
      return true;
    }
    // a BIF called last shows its caller as such a call does (vm/tail_calls.ts)
    const mod = expandAlias(args[0], this.mod);
    // (Kernel's macros kept as BIFs are no functions to call by name: made at run time, it raises)
    if (mod !== null && !(mod === "Elixir.Kernel" && KERNEL_MACRO_BIFS.has(`${fname}/${items.length}`))) {
      // (OTP warns of the call it made when it will fail: "the call to hd/1 will fail")
      this.warnIfFails(mod, fname, items, scope);
      this.remoteCall(mod, fname, items, scope, tail, line, undefined, true);
      return true;
    }
    this.seq(scope, [...this.siblings(scope, [args[0], ...items]), () => this.dynamicCall(fname, items.length, tail, line)]);
    return true;
  }

  private dotCall(a: AstCall, target: Ast, scope: Scope, tail: boolean): void {
    const args = a.args ?? [];
    this.em.line(a.meta.line);
    if (!isCall(target, ".") || !target.args) return this.mod.error(`invalid call ${macroToString(astToTerm(a))}`, a.meta.line);
    if (target.args.length === 1) {
      // f.(args)
      const direct = this.inGuard === 0 ? capturedRemoteCall(target.args[0], args, a.meta, (m) => expandAlias(m, this.mod) !== null) : null;
      // (a captured macro stays a capture: its error is the capture's)
      if (direct !== null && !findMacro(this.mod, direct)) return this.step(direct, scope, tail);
      if (this.inGuard > 0) return this.mod.error("invalid expression in guards, anonymous call is not allowed in guards. To learn more about guards, visit: https://hexdocs.pm/elixir/patterns-and-guards.html", a.meta.line);
      const fun = target.args[0];
      // a value known to be no fun: OTP's compiler makes the call an error({badfun, value}), so
      // the trace shows the caller once (a failed fun call that had set its return address shows
      // it twice); erl_eval makes the call
      const notFun = this.mod.evalContexts === null && this.unseen === 0 ? this.knownNotFun(fun, scope) : undefined;
      if (notFun !== undefined) {
        return this.seq(scope, [
          ...this.siblings(scope, this.inEvalContexts(EvalContext.FunArgument, args)),
          () => this.checkFunctionCalled(fun, scope, a.meta.line, a),
          () => {
            for (let i = 0; i < args.length; i++) this.em.emit("pop");
            this.em.pushLit(tuple(atom("badfun"), notFun));
            this.em.emit("bif", this.em.importOf("erlang", "error", 1));
            this.done(tail);
          },
        ]);
      }
      // a fun of known arity given another number of arguments: error({badarity, {Fun, Args}})
      // in the caller, as OTP compiles it (compiler/known_fun_arity.ts)
      // (OTP's type analysis runs on a module's functions, not on a script's top level)
      const env = this.arithEnv(scope);
      const arity = this.mod.evalContexts === null && this.unseen === 0 && env.optimised ? knownFunArity(fun, env) : undefined;
      if (arity !== undefined && arity !== args.length) {
        const at = { line: a.meta.line };
        const failure: Ast = { t: "tuple", items: [{ t: "atom", v: "badarity" }, { t: "tuple", items: [fun, { t: "list", items: args }] }] };
        return this.step({ t: "call", name: { t: "call", name: ".", args: [{ t: "atom", v: "erlang" }, { t: "atom", v: "error" }], meta: at }, args: [failure], meta: at }, scope, tail);
      }
      // a fn applied on the spot to as many arguments as it takes: Erlang's compiler inlines it
      // as it does a fn bound to a variable and applied once (compiler/inlined_fns.ts)
      if (this.mod.evalContexts === null) {
        markFnAppliedOnTheSpot(fun, args, this.inlinedFns, this.failingInlinedFns, this.computedArgFns);
        if (this.branchedOn.has(a)) this.branchedFns.add(fun);
      }
      // (the fun is a sibling of the arguments)
      return this.seq(scope, [
        ...this.siblings(scope, [...this.inEvalContexts(EvalContext.FunArgument, args), () => this.checkFunctionCalled(fun, scope, a.meta.line, a), fun]),
        () => this.em.emit(tail ? "tail_fun" : "call_fun", args.length),
      ]);
    }
    const [recv, fnameAst] = target.args;
    if (fnameAst.t !== "atom") return this.mod.error("invalid remote call", a.meta.line);
    const macro = findMacro(this.mod, a);
    if (macro) return this.expandCall(a, macro, a.meta.line, scope, tail);
    const fname = fnameAst.v;
    // Elixir's expand_remote refuses `->` clauses in a function's keywords before its arguments
    this.noClauses(fname, args, a.meta.line, a, "remote");
    // `nil.key` (and true/false) is a field access in Elixir 1.14, not a call: a KeyError
    const notModule = recv.t === "atom" && (recv.v === "nil" || recv.v === "true" || recv.v === "false") && a.meta.no_parens === true && args.length === 0;
    const mod = notModule ? null : expandAlias(recv, this.mod);
    if (mod !== null) {
      // (compiled again inside, its arguments first)
      if ((mod === "Elixir.Kernel" || mod === "erlang") && this.compiledWarningComparison(a, fname, mod, scope, () => this.dotCall(a, target, scope, tail))) return;
      // a script's top level warns as it is expanded; in a module, the file's warnings do
      // (compiler/warnings: after the module is compiled, among the undefined functions)
      const deprecated = deprecationWarning(mod, fname, args.length);
      if (deprecated && this.atScriptTopLevel()) this.mod.warn(deprecated, a.meta.line ?? 0, this.enclosingFunction());
      if ((mod === "Elixir.Kernel" || mod === "erlang") && fname === "apply" && args.length === 3 && this.applyAsCall(args, scope, tail, a.meta.line)) return;
      if (mod === "Elixir.Kernel") {
        // Kernel's macros, compiled below in their expansion (Kernel.to_string/1, Kernel.then/2, ...)
        if (!this.expandingCall(a) && KERNEL_MACROS[fname]?.includes(args.length)) {
          return this.inMacroExpansion("Elixir.Kernel", fname, args.length, a, scope, () => this.dotCall(a, target, scope, tail));
        }
        const op = ERLANG_OPS[fname + "/" + args.length];
        if (op) return this.bifCall("erlang", op, args, scope, tail);
        const erl = KERNEL_TO_ERLANG[fname + "/" + args.length];
        if (erl) return this.bifCall("erlang", erl, args, scope, tail);
        // Kernel.then/2 and Kernel.tap/2 are macros: expanded as the imported ones
        if ((fname === "then" || fname === "tap") && args.length === 2 && compileSpecial(this, { t: "call", name: fname, meta: a.meta, args }, fname, args, scope, tail)) return;
        // Kernel.to_char_list/1 is a deprecated macro too (it warns as it expands)
        if (fname === "to_char_list" && args.length === 1 && compileSpecial(this, { t: "call", name: fname, meta: a.meta, args }, fname, args, scope, tail)) return;
        // Kernel is required everywhere: Kernel.if/2, Kernel.||/2, Kernel.in/2 expand as the
        // imported macros do (unless a local function or another module's import has the name)
        const key = fname + "/" + args.length;
        if (KERNEL_MACROS[fname]?.includes(args.length) && !KERNEL_MACRO_CALLS[key]) {
          const asImported: AstCall = { t: "call", name: fname, meta: a.meta, args };
          if (!this.mod.locals.has(key) && (this.mod.importedMacros.get(key) ?? "Elixir.Kernel") === "Elixir.Kernel" && !ambiguousImport(this.mod, key)) return this.step(asImported, scope, tail);
          // (a local `if` or another module's imported one: Kernel's all the same)
          if (this.mod.host.moduleMacros?.("Elixir.Kernel")?.includes(key)) return this.expandCall(a, { module: "Elixir.Kernel", name: fname, arity: args.length, local: false }, a.meta.line, scope, tail);
          if (compileSpecial(this, asImported, fname, args, scope, tail)) return;
        }
      }
      // :erlang.+(x, 1) is the operator itself
      if (mod === "erlang" && isErlangOperator(fname, args.length)) return this.bifCall("erlang", fname, args, scope, tail);
      // Elixir inlines Bitwise's functions as the :erlang operators
      if (mod === "Elixir.Bitwise" && BITWISE[fname + "/" + args.length]) return this.bifCall("erlang", BITWISE[fname + "/" + args.length], args, scope, tail);
      const rewritten = utf8Rewrite(mod, fname, args.length);
      if (rewritten) {
        const withUtf8: Ast[] = [...args, { t: "atom", v: "utf8" }];
        this.warnIfFails("erlang", rewritten, withUtf8, scope);
        return this.remoteCall("erlang", rewritten, withUtf8, scope, tail, a.meta.line);
      }
      // `Map.put(m, k, v)` and `:maps.put(k, v, m)` are a map update in place (Elixir translates
      // them so): the map is evaluated first and a failure adds no frame to the caller's
      if ((mod === "Elixir.Map" || mod === "maps") && fname === "put" && args.length === 3) {
        const [m, k, v] = mod === "maps" ? [args[2], args[0], args[1]] : args;
        this.checkGuardCall("maps", "put", 3, a.meta.line);
        this.warnIfBadmap(m, scope, a.meta.line);
        return this.seq(scope, [...this.siblings(scope, [m, k, v]), () => {
          this.em.line(a.meta.line);
          this.em.emit("bif_nf", this.em.importOf("Elixir.Map", "put", 3));
          this.done(tail);
        }]);
      }
      // `Map.merge(m, %{...})` is a map update of m to OTP's compiler (maps:merge/2 with a map
      // built in place): one that is a constant but no map is warned of as `%{m | ...}` is, and
      // one that is no map fails in the caller's frame, with no maps:merge/2 of its own
      if ((mod === "Elixir.Map" || mod === "maps") && fname === "merge" && args.length === 2 && isCall(args[1], "%{}") && !args[1].args?.some((p) => isCall(p, "|"))) {
        this.warnIfBadmap(args[0], scope, a.meta.line);
        return this.seq(scope, [...this.siblings(scope, args), () => {
          this.em.line(a.meta.line);
          this.em.emit("bif_nf", this.em.importOf("maps", "merge", 2));
          this.done(tail);
        }]);
      }
      const mapLast = mapLastRewrite(mod, fname, args.length);
      if (mapLast) return this.remoteCall(mapLast[0], mapLast[1], [...args.slice(1), args[0]], scope, tail, a.meta.line);
      const permuted = permutedRewrite<Ast>(mod, fname, args, { t: "atom", v: "process" });
      if (permuted) return this.remoteCall(permuted[0], permuted[1], permuted[2], scope, tail, this.failingCallLine(permuted[0], permuted[1], permuted[2], scope, a.meta.line));
      const indexed = indexRewrite(mod, fname, args, a.meta);
      if (indexed) return this.step(indexed, scope, tail);
      // (evaluated code calls :maps.get where compiled code has OTP's :erlang.map_get)
      const evaluated = this.mod.evalContexts !== null;
      const swapped = swappedRewrite(mod, fname, args.length, evaluated);
      if (swapped) {
        const at = this.failingCallLine(swapped[0], swapped[1], [args[1], args[0]], scope, a.meta.line);
        return this.remoteCall(swapped[0], swapped[1], [args[1], args[0]], scope, tail, at);
      }
      const inlined = inlinedCall(mod, fname, args.length, evaluated);
      if (inlined) {
        const at = this.failingCallLine(inlined[0], inlined[1], args, scope, a.meta.line);
        return this.remoteCall(inlined[0], inlined[1], args, scope, tail, at);
      }
      const at = this.failingCallLine(mod, fname, args, scope, a.meta.line);
      // (an interpolation is a case on its value in Elixir's expansion, not a call's argument)
      return this.remoteCall(mod, fname, args, scope, tail, at, undefined, false, interpolations.has(a) ? EvalContext.CaseSubject : EvalContext.CallArgument);
    }
    // a number, a string or a list is neither a module nor a value with fields: Elixir's
    // expand_remote refuses the call
    if (recv.t === "int" || recv.t === "float" || recv.t === "str" || recv.t === "list") {
      return this.mod.error(`invalid call ${macroToString(astToTerm(a))}`, a.meta.line, undefined, a, []);
    }
    if (a.meta.no_parens && args.length === 0) {
      return this.seq(scope, [recv, () => {
        this.em.emit("field", this.em.lit(atom(fname)));
        this.done(tail);
      }]);
    }
    // OTP's compiler knows the module is no atom (`mod = 5; mod.f()`): the call raises badarg
    if (this.inGuard > 0) return this.mod.error(`cannot invoke remote function in guards. If you want to do a map lookup instead, please remove parens from ${macroToString(astToTerm(recv))}.${fname}()`, a.meta.line);
    const known = this.inGuard > 0 || this.unseen > 0 ? undefined : this.constantHere(recv, scope);
    // (a map is no literal to OTP: `m = %{a: 1}; m.a()` gets no warning, a tuple holding one does)
    if (known !== undefined && !(known instanceof Atom) && !isMap(known)) this.mod.warnLater("invalid module and/or function name; this call will always fail", a.meta.line ?? this.em.currentLine, "");
    if (args.length === 0 && !(known instanceof Atom) && !this.fieldCalls.has(a)) return this.step(this.fieldOrCall(a, target, fname), scope, tail);
    this.seq(scope, [...this.siblings(scope, [recv, ...args]), () => this.dynamicCall(fname, args.length, tail, a.meta.line)]);
  }

  /** `mod.fname(args)` with mod and args on the stack: at the call's own line (its arguments'
   *  calls may have moved the line on), as the BEAM places the caller's frame */
  private dynamicCall(fname: string, arity: number, tail: boolean, line: number | undefined): void {
    if (line !== undefined) this.em.line(line);
    this.em.emit(tail ? "tail_dyn" : "call_dyn", this.em.lit(atom(fname)), arity);
  }

  /** the zero-arity calls fieldOrCall made (compiled as calls) */
  private fieldCalls = new WeakSet<Ast>();

  /** Elixir 1.14 compiles `value.name()` as `value.name` when the value is a map with that key,
   *  else as the call (`case value do %{name: v} -> v; other -> other.name() end`) */
  private fieldOrCall(a: AstCall, dot: AstCall, fname: string): Ast {
    const line = a.meta.line;
    const hidden = (name: string): Ast => ({ t: "call", name, meta: { line, context: "beamlet_field_call" }, args: null });
    const call: AstCall = { t: "call", name: { ...dot, args: [hidden("receiver"), { t: "atom", v: fname }] }, meta: a.meta, args: [] };
    this.fieldCalls.add(call);
    const clause = (pattern: Ast, body: Ast): Ast => ({ t: "call", name: "->", meta: { line }, args: [{ t: "list", items: [pattern] }, body] });
    const mapPattern: Ast = { t: "call", name: "%{}", meta: { line }, args: [{ t: "tuple", items: [{ t: "atom", v: fname }, hidden("value")] }] };
    const clauses: Ast = { t: "list", items: [clause(mapPattern, hidden("value")), clause(hidden("receiver"), call)] };
    return { t: "call", name: "case", meta: { line }, args: [dot.args![0], { t: "list", items: [{ t: "tuple", items: [{ t: "atom", v: "do" }, clauses] }] }] };
  }

  // ---- pieces -------------------------------------------------------------------------------

  /** value on stack; match it against pattern `p` (raising MatchError), leave it on the stack */
  matchValue(p: Ast, scope: Scope, line?: number): void {
    const name = varName(p);
    if (name !== null && name !== "_" && !name.startsWith("__")) {
      const slot = this.fn.newSlot();
      this.em.emit("dup");
      this.em.emit("store_local", slot);
      scope.bind(name, slot);
      return;
    }
    const pc = new PatternCompiler(this.fn, scope);
    const pat = pc.compile(p);
    this.em.line(line);
    this.em.emit("match_or_badmatch", this.em.lit(pat));
    pc.commit();
  }

  ifElse(cond: Ast, thenB: Ast | undefined, elseB: Ast | undefined, scope: Scope, tail: boolean): void {
    this.now(() => this.ifElseStep(cond, thenB, elseB, scope, tail));
  }

  /** `if` as a step: scheduled (ExprCompiler.seq), as ifs nest 10,000 deep */
  ifElseStep(cond: Ast, thenB: Ast | undefined, elseB: Ast | undefined, scope: Scope, tail: boolean): void {
    const em = this.em;
    const other = em.newLabel(), end = em.newLabel();
    let reached = { then: true, other: true };
    const branch = (b: Ast | undefined, isReached: () => boolean): SeqItem[] =>
      b === undefined ? [() => this.lit(atom("nil"), tail)] : this.branchSteps(isReached, [{ a: b, scope: scope.child(), tail }]);
    this.seq(scope, [
      // (an if is a case: erl_eval evaluates its condition as a case's subject)
      () => this.branchOn(cond),
      ...this.inEvalContexts(EvalContext.CaseSubject, [cond]),
      () => {
        reached = ifBranchesReached(cond, this.constantHere(cond, scope));
        em.emit("jump_unless_truthy", other);
      },
      ...branch(thenB, () => reached.then),
      () => {
        if (!tail) em.emit("jump", end);
        em.place(other);
      },
      ...branch(elseB, () => reached.other),
      () => em.place(end),
    ]);
  }

  /** `steps` as a branch OTP's compiler looks at only when reached (see branch), as seq items */
  branchSteps(reached: () => boolean, steps: SeqItem[]): SeqItem[] {
    let unseen = false;
    return [() => {
      unseen = !reached();
      if (unseen) this.unseen++;
    }, ...steps, () => {
      if (unseen) this.unseen--;
    }];
  }

  /** a CompileError unless every clause has the number of patterns Elixir requires */
  checkClauses(clauses: Clause[], block: string, construct: string, line: number | undefined, oneOrTwo = false): void {
    const msg = clauseArityError(clauses, block, construct, oneOrTwo);
    if (msg !== null) this.mod.error(msg, line);
  }

  /** subject on stack; try clauses in order; on no match raise {failTag, v} */
  caseClauses(clauses: Clause[], scope: Scope, tail: boolean, failTag: string, subject?: Ast): void {
    this.now(() => this.caseClausesStep(clauses, scope, tail, failTag, subject));
  }

  /** caseClauses as a step: scheduled (ExprCompiler.seq), as cases nest 10,000 deep */
  caseClausesStep(clauses: Clause[], scope: Scope, tail: boolean, failTag: string, subject?: Ast, line?: number): void {
    const em = this.em;
    const subj = this.fn.newSlot();
    em.emit("store_local", subj);
    const end = em.newLabel();
    const value = subject === undefined ? undefined : this.constantHere(subject, scope);
    let sureMatched = false;
    const steps: SeqItem[] = [];
    for (const c of clauses) {
      if (c.args.length !== 1) return this.mod.error("case clauses take one pattern", c.meta.line);
      const next = em.newLabel();
      const s = scope.child();
      let reached = { body: true, sure: false };
      let undoFacts = () => {};
      steps.push(() => {
        reached = caseClauseReached(value, constantOf(c.args[0], PATTERN_ENV), varName(c.args[0]) !== null, c.guard !== null);
        const pc = new PatternCompiler(this.fn, s);
        const pat = pc.compile(c.args[0]);
        em.emit("push_local", subj);
        em.emit("match", em.lit(pat), next);
        pc.commit();
        // `case :d do t -> ...`: t is that constant too, as OTP propagates it (`{x, y}` against a
        // constant tuple: its elements)
        for (const [name, v] of value !== undefined ? boundConstants(c.args[0], value) ?? [] : []) {
          const slot = s.lookup(name);
          if (slot !== undefined) this.fn.facts.set(slot, { k: "const", v });
        }
        if (c.guard) this.guard(c.guard, s, next, withStepGuards.has(c.guard) ? { with: withStepGuards.get(c.guard)! } : matchGuards.has(c.guard) ? { match: matchGuards.get(c.guard)! } : "case");
      }, ...this.branchSteps(() => reached.body && !sureMatched, [() => {
        // `case x do f when is_float(f) -> ...`: x is that float too
        const alias = subject !== undefined && varName(c.args[0]) !== null ? varName(subject) : null;
        undoFacts = this.guardFactsOn(c.guard, s, alias !== null ? [[varName(c.args[0])!, alias]] : []);
      }, { a: c.body, scope: s, tail }, () => undoFacts()]), () => {
        sureMatched ||= reached.sure;
        if (!tail) em.emit("jump", end);
        em.place(next);
      });
    }
    steps.push(() => {
      // (a case that matches nothing fails at the case's own line, not its last clause's)
      em.line(line);
      em.emit("push_local", subj);
      em.emit("raise_error", em.lit(atom(failTag)));
      em.place(end);
    });
    this.seq(scope, steps);
  }

  /**
   * compile a clause's body knowing what its guard proves: a variable tested with is_float/1 is a
   * float there (compiler/float_types.ts); `aliases` names other variables bound to the same value
   */
  withGuardFacts(guard: Ast | null, scope: Scope, body: () => void, aliases: [string, string][] = []): void {
    const undo = this.guardFactsOn(guard, scope, aliases);
    try {
      body();
    } finally {
      undo();
    }
  }

  /** what withGuardFacts knows, set until the function returned is called */
  guardFactsOn(guard: Ast | null, scope: Scope, aliases: [string, string][] = []): () => void {
    const names = guardFloatVars(guard);
    for (const [n, other] of aliases) if (names.includes(n)) names.push(other);
    // (a variable known to be a constant stays that constant: OTP folds the clause's body with it
    // whatever the guard, `case nil do y when is_float(y) -> y * 2` warns that */2 will fail)
    const slots = names.map((n) => scope.lookup(n)).filter((x): x is number => x !== undefined && this.fn.facts.get(x)?.k !== "const");
    if (slots.length === 0) return () => {};
    const saved = slots.map((slot) => [slot, this.fn.facts.get(slot)] as const);
    for (const slot of slots) this.fn.facts.set(slot, { k: "floatTyped" });
    return () => {
      for (const [slot, f] of saved.reverse()) {
        if (f === undefined) this.fn.facts.delete(slot);
        else this.fn.facts.set(slot, f);
      }
    };
  }

  /** refuse what a guard may not hold, as a clause's guard does, in code never run */
  private checkGuardOnly(g: Ast, scope: Scope): void {
    const past = this.em.newLabel();
    this.em.emit("jump", past);
    this.guard(g, scope, past);
    this.em.place(past);
  }

  /** compile a guard; jump to `fail` unless it is exactly true (errors fail it too) */
  guard(g: Ast, scope: Scope, fail: Label, site?: GuardSite): void {
    const em = this.em;
    const alternatives: Ast[] = [];
    const flatten = (x: Ast) => {
      if (isCall(x, "when") && x.args && x.args.length === 2) {
        flatten(x.args[0]);
        flatten(x.args[1]);
      } else alternatives.push(x);
    };
    flatten(g);
    const ok = em.newLabel();
    alternatives.forEach((alt, i) => {
      const next = i === alternatives.length - 1 ? fail : em.newLabel();
      em.emit("guard_begin", next);
      this.inGuard++;
      const outer = this.guardWritten;
      this.guardWritten = writtenGuard(alt);
      try {
        this.expr(alt, scope);
      } catch (e) {
        // (in a def, a call no guard may make shows the guard macros it is in: their caller is the def)
        const def = this.mod.currentDef;
        // (outside a def, the file's or the module body's expansion is their caller)
        const own = (l: number): ElixirFrame => def ? [this.mod.name, def.name, def.arity, this.mod.file, l, ""]
          : this.enclosingFunction() === undefined ? ["elixir_compiler_0", "__FILE__", 1, this.mod.file, l] : [this.mod.name, "__MODULE__", 0, this.mod.file, l];
        const inDef = !def?.name.startsWith("MACRO-") ? defGuardError(e, alt, own, site === undefined ? [] : siteMacroFrames(site, own)) : e;
        throw site === undefined ? inDef : guardSiteError(inDef, alt, site);
      } finally {
        this.inGuard--;
        this.guardWritten = outer;
      }
      em.emit("guard_end");
      em.emit("jump_unless_true", next);
      if (i < alternatives.length - 1) {
        em.emit("jump", ok);
        em.place(next);
      }
    });
    em.place(ok);
  }

  /** x in coll; in tail position, returns true when it emitted the return itself (a tail call) */
  inExpr(x: Ast, coll: Ast, scope: Scope, tail = false): boolean {
    // (the element and the collection are a call's arguments: siblings)
    const { scopes, close } = siblingScopes(scope, [x, coll]);
    const tailCalled = this.inExprIn(x, coll, scopes[0], scopes[1], tail);
    close();
    return tailCalled;
  }

  /** a list's items with a `| tail` whose tail is a literal proper list (written, or an attribute
   *  holding one) spread out, as Kernel.in sees `[:warn | @levels]` once expanded; another tail is
   *  left as it is */
  private literalTailItems(items: Ast[]): (Ast | { lit: Term })[] {
    const last = items[items.length - 1];
    if (!isCall(last, "|") || last.args?.length !== 2) return items;
    const [head, rest] = last.args;
    let tail: (Ast | { lit: Term })[] | null;
    if (rest.t === "list") tail = this.literalTailItems(rest.items);
    else {
      const t = isCall(rest, "@") ? literalTerm(rest, this.fn) : undefined;
      const arr = t === undefined ? null : listToArray(t);
      tail = arr && arr.map((x) => ({ lit: x }));
    }
    return tail === null ? items : [...items.slice(0, -1), head, ...tail];
  }

  private inExprIn(x: Ast, coll: Ast, xScope: Scope, scope: Scope, tail: boolean): boolean {
    const em = this.em;
    // x in [literal list] and x in a..b compile to comparisons (also valid in guards)
    // (`c in ~c" \t"`: the sigil's charlist, as Elixir expands it before `in` does)
    const sigil = coll.t === "call" && (coll.name === "sigil_c" || coll.name === "sigil_C" || coll.name === "sigil_w" || coll.name === "sigil_W") ? literalSigil(coll.name, coll.args ?? []) : undefined;
    const lit = sigil ?? literalTerm(coll, this.fn);
    if (coll.t === "list" || (lit !== undefined && coll.t === "call" && (coll.name === "@" || sigil !== undefined))) {
      // (`x in @levels`: the attribute's list, its elements pushed as literals)
      const litItems = coll.t === "list" || lit === undefined ? null : listToArray(lit);
      const items: (Ast | { lit: Term })[] | null = coll.t === "list" ? this.literalTailItems(coll.items) : litItems && litItems.map((t) => ({ lit: t }));
      if (items && items.length <= 16 && !items.some((i) => !("lit" in i) && isCall(i, "|"))) {
        const tmp = this.fn.newSlot();
        this.expr(x, xScope);
        em.emit("store_local", tmp);
        if (items.length === 0) {
          em.pushLit(atom("false"));
          return false;
        }
        const yes = em.newLabel(), end = em.newLabel();
        for (const it of items) {
          em.emit("push_local", tmp);
          if ("lit" in it) em.pushLit(it.lit);
          else this.expr(it, scope);
          em.emit("bif", em.importOf("erlang", "=:=", 2));
          const no = em.newLabel();
          em.emit("jump_unless_true", no);
          em.emit("jump", yes);
          em.place(no);
        }
        em.pushLit(atom("false"));
        em.emit("jump", end);
        em.place(yes);
        em.pushLit(atom("true"));
        em.place(end);
        return false;
      }
    }
    if (isCall(coll, "..") && coll.args?.length === 2) {
      this.expr(x, xScope);
      this.expr(coll.args[0], scope);
      this.expr(coll.args[1], scope);
      em.emit("bif", em.importOf("beamlet", "in_range", 3));
      return false;
    }
    // a literal (`x in @attr` where the attribute was built with ++) is its value, not its code
    if (lit !== undefined) em.pushLit(lit);
    else this.expr(coll, scope);
    this.expr(x, xScope);
    em.line(lineOf(coll));
    em.emit(tail ? "tail_ext" : "call_ext", em.importOf("Elixir.Enum", "member?", 2));
    return tail;
  }

  mapExpr(args: Ast[], scope: Scope, tail: boolean): void {
    const em = this.em;
    if (args.length === 1 && isCall(args[0], "|") && args[0].args) {
      const [base, upd] = args[0].args;
      if (this.inGuard > 0) this.guardUpdateError(base, upd, lineOf(args[0]) ?? em.currentLine);
      this.warnIfBadmap(base, scope);
      const pairs = this.pairs(upd);
      const { scopes, close } = siblingScopes(scope, [base, ...pairs.flat()]);
      this.expr(base, scopes[0]);
      pairs.forEach(([k, val], i) => {
        this.expr(k, scopes[2 * i + 1]);
        this.inEvalContext(EvalContext.MapUpdateValue, () => this.expr(val, scopes[2 * i + 2]));
      });
      close();
      this.mapUpdate(pairs.length);
      return this.done(tail);
    }
    const pairs: [Ast, Ast][] = [];
    for (const it of args) pairs.push(...this.pairs(it));
    this.seq(scope, [...this.siblings(scope, pairs.flatMap(([k, v]) => [k, ...this.inEvalContexts(EvalContext.MapValue, [v])])), () => {
      em.emit("make_map", pairs.length);
      this.done(tail);
    }]);
  }

  /** update the map under n keys and values: evaluated code's is erl_eval's, made by calls to
   *  :maps (vm/bifs/eval_map_update.ts), which its failures show */
  private mapUpdate(n: number): void {
    if (this.fn.mod.evalContexts === null) return this.em.emit("map_update", n);
    this.em.pushLit(NIL);
    this.em.emit("make_list", 2 * n);
    this.em.emit("bif", this.em.importOf("beamlet", "eval_map_update", 2));
  }

  private pairs(a: Ast): [Ast, Ast][] {
    if (a.t === "list") {
      return a.items.map((it) => {
        if (it.t === "tuple" && it.items.length === 2) return [it.items[0], it.items[1]] as [Ast, Ast];
        return this.mod.error(`expected key-value pairs in a map, got: ${macroToString(astToTerm(it))}`, lineOf(it));
      });
    }
    if (a.t === "tuple" && a.items.length === 2) return [[a.items[0], a.items[1]]];
    return this.mod.error(`expected key-value pairs in a map, got: ${macroToString(astToTerm(a))}`, lineOf(a));
  }

  /** `%Mod{...}` as a step (scheduled: structs nest 10,000 deep in their fields), leaving the struct */
  structExpr(a: AstCall, args: Ast[], scope: Scope, tail: boolean): void {
    const em = this.em;
    const [nameAst, mapAst] = args;
    const mod = expandAlias(nameAst, this.mod);
    if (mod === null) return this.mod.error("invalid struct name", a.meta.line);
    const line = a.meta.line ?? 0;
    const inner = isCall(mapAst, "%{}") ? mapAst.args ?? [] : [];
    const update = inner.length === 1 && isCall(inner[0], "|") && inner[0].args ? inner[0].args : null;
    // Elixir expands the fields before it loads the struct: an error in them (a struct nested in
    // one that is not defined yet either) is the one reported
    if (update) {
      const [base, upd] = update;
      if (this.inGuard > 0) this.guardUpdateError(base, upd, line);
      const pairs = this.pairs(upd);
      const { scopes, close } = siblingScopes(scope, [base, ...pairs.flat()]);
      this.expr(base, scopes[0]);
      em.pushLit(atom(mod));
      em.emit("bif", em.importOf("beamlet", "struct_check", 2));
      pairs.forEach(([k, val], i) => {
        this.expr(k, scopes[2 * i + 1]);
        this.inEvalContext(EvalContext.MapUpdateValue, () => this.expr(val, scopes[2 * i + 2]));
      });
      close();
      structErrorsAt(this.atScriptTopLevel() ? a : undefined, () => {
        checkStructAvailable(this.fn, mod, line, 0);
        checkStructKeys(this.fn, mod, pairs, line);
      });
      this.mapUpdate(pairs.length);
      return this.done(tail);
    }
    const fields = inner.flatMap((it) => this.pairs(it));
    const pairs: Ast[] = fields.map(([k, val]) => tupleA([k, val]));
    if (this.inGuard > 0) {
      // Elixir expands %Mod{...} at compile time into the map it makes: a guard may hold one
      const entries = literalStructEntries(this.fn, mod, line);
      if (entries !== undefined) return this.guardStruct(a, mod, entries, fields, scope, tail);
    }
    this.checkGuardCall(mod, "__struct__", 1, line);
    this.seq(scope, [...this.inEvalContexts(EvalContext.CallArgument, [listA(pairs)]), () => {
      structErrorsAt(this.atScriptTopLevel() ? a : undefined, () => {
        checkStructAvailable(this.fn, mod, line, 1);
        expandStructNow(this.fn, mod, fields, line);
      });
      em.line(a.meta.line);
      em.emit("call_ext", em.importOf(mod, "__struct__", 1));
      this.done(tail);
    }]);
  }

  /** Elixir's guards take no map or struct update (named as the map update a struct's expands to) */
  private guardUpdateError(base: Ast, upd: Ast, line: number | undefined): never {
    const shown = macroToString(astToTerm(call("%{}", [call("|", [base, upd])])));
    // (raised deep in Elixir's expander: the BEAM's 8 frames show none of the file's)
    return this.mod.error(`cannot use map/struct update syntax in guard, got: ${shown}`, line, "none");
  }

  /** `%Mod{k: v}` in a guard: the struct's literal defaults under the fields given, as one map */
  private guardStruct(a: AstCall, mod: string, entries: readonly [Term, Term][], fields: [Ast, Ast][], scope: Scope, tail: boolean): void {
    const line = a.meta.line ?? 0;
    structErrorsAt(this.atScriptTopLevel() ? a : undefined, () => expandStructNow(this.fn, mod, fields, line));
    const given = new Set(fields.flatMap(([k]) => (k.t === "atom" ? [k.v] : [])));
    const kept = entries.filter(([k]) => !(k instanceof Atom && given.has(k.name)));
    for (const [k, v] of kept) {
      this.em.pushLit(k);
      this.em.pushLit(v);
    }
    this.seq(scope, [...this.siblings(scope, fields.flat()), () => {
      this.em.emit("make_map", kept.length + fields.length);
      this.done(tail);
    }]);
  }

  /** `<<...>>` as a step (scheduled: interpolations nest 10,000 deep), leaving the binary; `at`:
   *  the `<<>>` written, where the bitstring expander's errors are raised */
  binaryExpr(args: Ast[], scope: Scope, tail: boolean, at?: object): void {
    const expanding = <T>(run: () => T): T => (at ? bitstringErrorsAt(at, run) : run());
    const specs: (SegSpec & { dynSize: boolean })[] = [];
    const steps: SeqItem[] = [];
    const spliced = spliceBitstringSegments(args, this.mod, this.em.currentLine, false, this.fn);
    if (spliced === null) return;
    const { scopes, close } = siblingScopes(scope, spliced);
    // a construction OTP's compiler knows will fail (a size that is no non-negative integer, a
    // value that is a tuple or a map): it warns, and the construction is a plain badarg once its
    // values are computed, whatever its other segments hold
    let fails = false;
    const willFail = (why: string, seg: Ast) => {
      fails = true;
      // (a type mismatch is seen by v3_core, before the other passes; a bad size by v3_kernel)
      const v3core = why === "because of a type mismatch";
      if (this.inGuard === 0) this.mod.warnLater(`binary construction will fail ${why}`, lineOf(seg) ?? this.em.currentLine, v3core ? V3_CORE_KEY : "\0make_bin", v3core ? this.callerFunction() ?? ["", 0] : undefined);
    };
    for (const [segIndex, seg] of spliced.entries()) {
      const segScope = scopes[segIndex];
      let valueAst = seg;
      let typeAst: Ast | null = null;
      if (isCall(seg, "::") && seg.args) {
        valueAst = seg.args[0];
        typeAst = seg.args[1];
      }
      const value = valueAst;
      let type = typeAst;
      // a <<>> written as a segment is a bitstring (binary) segment, whatever endianness it names
      if (isCall(value, "<<>>")) {
        const t = bitstringSegmentType(typeAst, this.mod, lineOf(seg) ?? this.em.currentLine);
        if (t === null) return;
        type = v(t);
      }
      // Elixir refuses a list or an atom written as a segment (`<<1, a: 1>>`) when it expands it
      if (value.t === "list" || value.t === "atom") {
        return expanding(() => invalidSegmentLiteral(value, typeAst !== null, false, this.mod, lineOf(seg) ?? this.em.currentLine));
      }
      if (value.t === "str") {
        // a literal string: its bytes (or its characters in the utf type given), as one binary segment
        steps.push(() => {
          const bytes = expanding(() => stringSegmentBytes(binLiteral(value.v).bytes, value.v, type, this.mod, lineOf(seg)));
          this.em.pushLit(new Bin(bytes));
          specs.push({ type: "binary", size: null, unit: 8, signed: false, little: false, dynSize: false });
        });
        continue;
      }
      const attrValue = attributeSegmentValue(value, type, this.fn);
      if (attrValue instanceof Bin) {
        steps.push(() => {
          this.em.pushLit(attrValue);
          specs.push({ type: "binary", size: null, unit: attrValue.isBinary ? 8 : 1, signed: false, little: false, dynSize: false });
        });
        continue;
      }
      // the segment's type is read before its value is compiled, its size after
      steps.push(() => {
        const literal = value.t === "float" ? "float" : value.t === "int" ? "integer" : null;
        const { spec, sizeAst } = expanding(() => segmentSpec(type, this.mod, value.t === "float" || attrValue !== undefined, lineOf(seg) ?? this.em.currentLine, false, literal));
        let l = sizeAst ? literalTerm(sizeAst, this.fn) : undefined;
        // a size known to be no non-negative integer: written so (`size(:a)`, `size(1.5)`: a type
        // mismatch; `size(-1)`), or a constant after propagation (`x = :a; size(x)`)
        // (code Code.eval_string runs is erl_eval's: nothing is known before it runs)
        const folds = this.fn.mod.evalContexts === null;
        const known = sizeAst && l === undefined && this.inGuard === 0 ? constantOf(sizeAst, this.arithEnv(segScope)) : l;
        const badSize = folds && known !== undefined && !(typeof known === "number" && Number.isInteger(known) && known >= 0) && typeof known !== "bigint";
        if (badSize) {
          willFail(l !== undefined && typeof l !== "number" ? "because of a type mismatch" : "because the size of a segment is invalid", seg);
          l = 0;
        }
        // (erl_eval checks a negative size as it builds: the segment's own message)
        if (!folds && typeof l === "number" && l < 0) l = undefined;
        // (v3_core sees a tuple, or a map that is a literal: a map of variables is a value to it)
        if (folds && (isCall(value, "{}") || value.t === "tuple" || ((isCall(value, "%{}") || isCall(value, "%")) && this.writtenLiteral(value, segScope)))) willFail("because of a type mismatch", seg);
        if (typeof l === "number") spec.size = l;
        const dynSize = sizeAst !== null && typeof l !== "number";
        specs.push({ ...spec, dynSize });
        if (this.fn.mod.evalContexts !== null && isInterpolation(value)) interpolations.add(value);
        this.seq(segScope, [...this.inEvalContexts(EvalContext.BinarySegment, [value]), ...(dynSize ? [sizeAst!] : [])]);
      });
    }
    steps.push(close);
    steps.push(() => {
      if (fails) {
        for (const s of specs) for (let i = s.dynSize ? 2 : 1; i > 0; i--) this.em.emit("pop");
        this.em.pushLit(atom("badarg"));
        this.em.emit("bif", this.em.importOf("erlang", "error", 1));
      } else this.em.emit("make_bin", this.em.lit(specs));
      this.done(tail);
    });
    this.seq(scope, steps);
  }

  /** receive as a step: scheduled (ExprCompiler.seq), as receives nest 5,000 deep in a def */
  receiveExpr(a: AstCall, scope: Scope, tail: boolean): void {
    const em = this.em;
    const opts = a.args![0];
    refuseUnexpectedOptions(this, "receive", opts, a.meta.line, a);
    const body = kwGet(opts, "do");
    const clauses = clausesOf(body) ?? [];
    // `receive do end` waits forever; a do block of anything but clauses is an error (it waited)
    const empty = !body || isAtomLit(body, "nil") || (isCall(body, "__block__") && (body.args ?? []).length === 0);
    if (clauses.length === 0 && !empty) {
      return noClauses(this, "receive", a.meta.line, a);
    }
    const after = clausesOf(kwGet(opts, "after"));
    this.checkClauses(clauses, "do", "receive", a.meta.line);
    if (after) this.checkClauses(after, "after", "receive", a.meta.line);
    const loop = em.newLabel(), wait = em.newLabel(), end = em.newLabel(), timeout = em.newLabel();
    const msg = this.fn.newSlot();
    // as on the BEAM, a process waiting here is at the line of the code before the receive
    em.lineless(this.fn.entry);
    em.place(loop);
    em.emit("recv_peek", wait);
    em.emit("store_local", msg);
    const steps: SeqItem[] = [];
    for (const c of clauses) {
      const next = em.newLabel();
      const s = scope.child();
      let undoFacts = () => {};
      steps.push(() => {
        const pc = new PatternCompiler(this.fn, s);
        const pat = pc.compile(c.args[0]);
        em.emit("push_local", msg);
        em.emit("match", em.lit(pat), next);
        pc.commit();
        if (c.guard) this.guard(c.guard, s, next, "case");
        em.emit("recv_accept");
        undoFacts = this.guardFactsOn(c.guard, s);
      }, { a: c.body, scope: s, tail }, () => {
        undoFacts();
        if (!tail) em.emit("jump", end);
        em.place(next);
      });
    }
    steps.push(() => {
      em.emit("recv_next");
      em.emit("jump", loop);
      em.place(wait);
      if (!after || after.length === 0) em.pushLit(atom("infinity"));
    });
    if (after && after.length > 0) steps.push({ a: after[0].args[0], scope });
    steps.push(() => {
      // (the library's Erlang receive: its wait at its own line, compiler/modules.ts linesPlaced)
      if (typeof a.meta.waitLine === "number") em.line(a.meta.waitLine);
      em.emit("recv_wait", timeout);
      em.emit("jump", loop);
      em.place(timeout);
      em.emit("recv_timeout");
    });
    if (after && after.length > 0) steps.push({ a: after[0].body, scope: scope.child(), tail });
    else {
      steps.push(() => {
        // never reached (no after: the wait is infinite) but it must not fall into the clauses'
        // code below: object code is verified path by path (vm/bytecode_verify.ts)
        em.pushLit(atom("nil"));
        if (tail) em.emit("return");
      });
    }
    steps.push(() => em.place(end));
    this.seq(scope, steps);
  }

  regexSigil(name: string, args: Ast[], scope: Scope, tail: boolean, line: number): void {
    const [content, modsAst] = args;
    const mods = modsAst && modsAst.t === "list" ? String.fromCharCode(...modsAst.items.map((i) => Number((i as any).v))) : "";
    const parts = isCall(content, "<<>>") ? content.args ?? [] : [content];
    const unesc = (t: string) => (name === "sigil_r" ? unescapeRegex(t) : t);
    if (parts.every((p) => p.t === "str")) {
      const source = parts.map((p) => unesc((p as any).v)).join("");
      const re = regexLiteral(source, mods);
      if (re !== null && typeof re === "object" && "error" in re) {
        // raised by Regex.compile!/2 while Kernel.sigil_r/2 expanded, under the caller's frame
        const fn = this.enclosingFunction();
        const where = fn === undefined ? "(file)" : this.fn.name === "__script__" ? `${this.mod.name.replace(/^Elixir\./, "")} (module)` : fn;
        const message = re.error as string;
        raiseAtCompileTime(this.mod, line, "Regex.CompileError", message, { message: bin(message) },
          `\n    (elixir 1.14.0) lib/regex.ex:231: Regex.compile!/2\n    (elixir 1.14.0) expanding macro: Kernel.${name}/2\n    ${this.mod.file}:${line}: ${where}`,
          [tuple(atom("Elixir.Regex"), atom("compile!"), 2, list([tuple(atom("file"), charlist("lib/regex.ex")), tuple(atom("line"), 231)])),
            ...expansionFrames(this.mod, "Elixir.Kernel", name, 2, line, this.callerFunction())]);
      }
      return this.lit(re as Term, tail);
    }
    const unescaped = isCall(content, "<<>>") ? { ...content, args: parts.map((p) => (p.t === "str" ? { t: "str" as const, v: unesc(p.v) } : p)) } : content;
    this.remoteCall("Elixir.Regex", "compile!", [unescaped as Ast, { t: "str", v: mods } as Ast], scope, tail, line);
  }

  /** a lowercase sigil's text unescaped; a bad escape raises ArgumentError as Kernel's sigil
   *  macro expands (Elixir prints the expansion's frames under it) */
  unescapeSigilText(name: string, raw: string, at: Ast): string {
    try {
      return unescapeSigil(raw);
    } catch (e) {
      if (!(e instanceof SigilEscapeError)) throw e;
      return expansionError(this, lineOf(at) ?? 0, e.message, [["elixir_interpolation", "unescape_string", 2, "src/elixir_interpolation.erl", 132]], name, 2);
    }
  }

  sigil(name: string, args: Ast[], scope: Scope, tail: boolean): void {
    if (badWordsModifiers(name, args)) return expansionError(this, lineOf(args[0]) ?? this.em.currentLine, WORDS_MODIFIER_ERROR, [SPLIT_WORDS_FRAME], name, 2);
    let [content, modsAst] = args;
    const mods = modsAst && modsAst.t === "list" ? String.fromCharCode(...modsAst.items.map((i) => Number((i as any).v))) : "";
    // lowercase sigils unescape their literal parts (the quoted form keeps them raw)
    if (name === "sigil_s" || name === "sigil_c" || name === "sigil_w") {
      const unesc = (p: Ast): Ast => (p.t === "str" ? { t: "str", v: this.unescapeSigilText(name, p.v, content) } : p);
      content = isCall(content, "<<>>") ? { ...content, args: (content.args ?? []).map(unesc) } : unesc(content);
    }
    const parts = isCall(content, "<<>>") ? content.args ?? [] : [content];
    // (~W: the text as written, no escapes or interpolation)
    if (name === "sigil_w" || name === "sigil_W") {
      if (!parts.every((p) => p.t === "str")) {
        // interpolated: split when it runs, as Kernel.sigil_w/2's expansion does
        const split = remote("Elixir.String", "split", [content], { line: lineOf(content) });
        if (!mods.includes("a") && !mods.includes("c")) return this.expr(split, scope, tail);
        const word = v(tmpName("word"));
        const each = mods.includes("a") ? remote("erlang", "binary_to_atom", [word, { t: "atom", v: "utf8" }]) : remote("Elixir.String", "to_charlist", [word]);
        return this.expr(call("for", [call("<-", [word, split]), listA([tupleA([{ t: "atom", v: "do" }, each])])]), scope, tail);
      }
      const words = parts.map((p) => (p as any).v).join("").split(/\s+/).filter((w: string) => w.length > 0);
      const terms = words.map((w: string) => (mods.includes("a") ? atom(w) : mods.includes("c") ? list(charlistCodes(w)) : bin(w)));
      return this.lit(list(terms), tail);
    }
    // (on the explicit stack: sigils nest 10,000 deep through interpolation, as Elixir takes them)
    if (name === "sigil_c" || name === "sigil_C") {
      // text only: the charlist itself, made once (Kernel.sigil_c/2 expands to the literal)
      // (bytes that are no UTF-8 are left to String.to_charlist/1, which raises as Elixir's expansion does)
      const decoded = parts.every((p) => p.t === "str") ? literalCodes(parts.map((p) => (p as any).v as string).join("")) : null;
      if (decoded && "codes" in decoded) return this.lit(list(decoded.codes), tail);
      return this.seq(scope, [content, () => {
        this.em.emit("call_ext", this.em.importOf("Elixir.String", "to_charlist", 1));
        this.done(tail);
      }]);
    }
    this.seq(scope, [{ a: content, scope, tail }]);
  }
}

/** a word of ~w's c modifier: its code points, raw bytes decoded as UTF-8 (kept as bytes where they are none) */
function charlistCodes(w: string): number[] {
  const decoded = literalCodes(w);
  return "codes" in decoded ? decoded.codes : [...w].map((c) => c.codePointAt(0)!);
}

// special forms a local function of the same name cannot shadow
const SPECIAL_FORMS = new Set(["case", "cond", "if", "unless", "fn", "for", "with", "try", "receive", "=", "__block__", "&&", "||", "!", "and", "or", "|>", "raise"]);

/** the fns among the values a dropped statement leaves: itself, or its branches' results */
function markDroppedFns(a: Ast, into: WeakSet<Ast>): void {
  if (a.t !== "call" || !a.args) return;
  if (a.name === "fn") return void into.add(a);
  if (a.name === "__block__" && a.args.length > 0) return markDroppedFns(a.args[a.args.length - 1], into);
  if (typeof a.name !== "string" || !["case", "cond", "if", "unless", "receive", "try", "with"].includes(a.name)) return;
  const kw = a.args[a.args.length - 1];
  if (kw.t !== "list") return;
  for (const pair of kw.items) {
    if (pair.t !== "tuple" || pair.items.length !== 2) continue;
    const body = pair.items[1];
    const clauses = body.t === "list" && body.items.length > 0 && body.items.every((c) => isCall(c, "->")) ? body.items : null;
    if (clauses) for (const c of clauses) markDroppedFns((c as { args: Ast[] }).args[1], into);
    else markDroppedFns(body, into);
  }
}

/** `m.Inner.Deep` as Macro.to_string writes an alias with a variable head (null: another head) */
function aliasText(a: AstCall): string | null {
  const [head, ...rest] = a.args ?? [];
  if (head === undefined || !isCall(head) || head.args !== null || typeof head.name !== "string" || !rest.every((x) => x.t === "atom")) return null;
  return [head.name, ...rest.map((x) => (x as { v: string }).v)].join(".");
}
