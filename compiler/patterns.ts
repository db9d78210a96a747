// Patterns -> descriptor trees (vm/patterns.ts). A pattern binds fresh slots for its variables; a
// variable seen twice in one pattern (or across a function head's arguments) must match equal values.
import { checkStructAvailable, checkStructKeys, structErrorsAt } from "./struct_expansion.ts";
import { calendarSigil } from "./calendar_sigils.ts";
import { expansionError, compileErrorUnderExpansion } from "./expansion_error.ts";
import { sigilLiteral, badWordsModifiers, WORDS_MODIFIER_ERROR, SPLIT_WORDS_FRAME } from "./sigil_literal.ts";
import type { Ast, AstCall } from "../lang/ast.ts";
import type { ElixirFrame } from "../lang/compile_error.ts";
import type { Pat, BinPatSeg, KeyRef, SizeExpr } from "../vm/patterns.ts";
import { Term, atom, bin, binLiteral, Bin, Float, NIL, list, tuple, Atom, listToArray } from "../vm/terms.ts";
import { FnCtx, Scope } from "./context.ts";
import { isCall, varName, aliasParts, keywordPairs, lineOf } from "./ast_util.ts";
import { refuteParallelBitstringMatch } from "./parallel_bitstring_match.ts";
import { bitstringErrorsAt, invalidSegmentLiteral, segmentSpec, stringSegmentBytes, attributeSegmentValue, requireSegmentSize } from "./binaries.ts";
import { spliceBitstringSegments, concatOperand } from "./bitstring_splice.ts";
import { expandAlias } from "./aliases.ts";
import { hygienicName, plainName } from "./quoted.ts";
import { findMacro, expandMacro } from "./macros.ts";
import { isScriptModule } from "./script_module.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";
import { astToTerm } from "./quoted.ts";
import { literalTerm } from "./literal_term.ts";
import { exactEquals } from "../vm/compare.ts";
import { inspect } from "../vm/inspect.ts";
import { Expand, foldTree } from "./tree_fold.ts";
import { callInMatchError, callInMatchErrorTrace, isImportedCall, refusedSpecialForm } from "./match_call_error.ts";
import { KERNEL_MACROS, KERNEL_FUNCTIONS } from "./kernel_imports.ts";
import type { ModCtx } from "./context.ts";

/** Kernel's macros that raise Kernel.invalid_match!/1 when expanded in a match */
const MATCH_REFUSING = new Set(["and/2", "or/2", "!/1", "&&/2", "||/2"]);

/** is name/arity Kernel's macro where the code is (not a local, nor left out of `import Kernel`) */
function kernelMacroInScope(mod: ModCtx, name: string, arity: number): boolean {
  const key = `${name}/${arity}`;
  if (mod.locals.has(key)) return false;
  if (mod.kernelImported) return mod.importedMacros.get(key) === "Elixir.Kernel";
  return KERNEL_MACROS[name]?.includes(arity) ?? false;
}

export { literalTerm };

/** the right side of a pattern's `"lit" <> (x <> ...)`, a chain Kernel.<> expands as the outer
 *  one's continuation (its operands are past the chain's first) */
const concatenationsWithin = new WeakSet<object>();

export class PatternCompiler {
  /** names bound by this pattern so far (repeats become equality checks) */
  readonly bound = new Map<string, number>();
  /** names the pattern bound outside the binary being compiled: no size may read them (Elixir
   *  expands a size with the variables from before the pattern and the binary's own) */
  private boundOutsideBinary: ReadonlySet<string> = new Set();
  constructor(readonly fn: FnCtx, readonly scope: Scope) {}
  /** compiling the arguments of a def's clause (a call there fails from the module body's frame) */
  inDefHead = false;

  /** Bind the pattern's variables into the scope (call once the whole pattern is compiled). */
  commit(into: Scope = this.scope): void {
    for (const [k, v] of this.bound) into.bind(k, v);
  }

  /**
   * The descriptor tree of pattern `a`. Walked with an explicit stack (Elixir compiles patterns
   * nested 10,000 deep): each node is visited before its operands, which are compiled left to
   * right, so the first occurrence of a variable binds and later ones compare, as before.
   */
  compile(root: Ast): Pat {
    const outermost = this.outermost === null;
    if (outermost) this.outermost = root;
    try {
      this.analyse(root);
      return foldTree<Ast, Pat>(root, (a) => {
        let s = this.visit(a);
        while (s instanceof Again) s = this.visit(s.a);
        return s;
      });
    } finally {
      if (outermost) this.outermost = null;
    }
  }

  /** the pattern being compiled (not those of its parts compiled on their own) */
  private outermost: Ast | null = null;

  /**
   * Which lists, tuples and `|`s of a pattern may be literals (map patterns match subsets, so a
   * pattern holding a map is never one), found in one pass rather than asked of each node
   * (quadratic on patterns 10,000 deep). Other nodes are "literal" when literalTerm says so.
   */
  private readonly shapes = new Map<Ast, "literal" | "pattern">();
  private analyse(root: Ast): void {
    const kidsOf = (a: Ast): readonly Ast[] | null =>
      a.t === "list" || a.t === "tuple" ? a.items : a.t === "call" && a.name === "|" && a.args ? a.args : null;
    // post-order with an explicit stack: a node after its operands
    const todo: [Ast, boolean][] = [[root, false]];
    while (todo.length > 0) {
      const [a, kidsDone] = todo.pop()!;
      if (this.shapes.has(a)) continue;
      const kids = kidsOf(a);
      if (kids === null) {
        const map = a.t === "call" && (a.name === "%{}" || a.name === "%");
        this.shapes.set(a, !map && literalTerm(a, this.fn) !== undefined ? "literal" : "pattern");
      } else if (kidsDone) {
        // a list or tuple of literals is one (asking literalTerm of each level would be quadratic)
        this.shapes.set(a, kids.every((k) => this.shapes.get(k) === "literal") ? "literal" : "pattern");
      } else {
        todo.push([a, true]);
        for (const k of kids) todo.push([k, false]);
      }
    }
  }

  /** one node of a pattern: its descriptor, or its operands and how to combine their descriptors */
  private visit(a: Ast): Pat | PatNode | Again {
    // map patterns match subsets, so a pattern holding a map is never a literal
    // a node analysed with the whole pattern is looked up; one a macro gave is analysed now
    if (!this.shapes.has(a)) this.analyse(a);
    const lit = this.shapes.get(a) === "literal" ? literalTerm(a, this.fn) : undefined;
    if (lit !== undefined) return lit === NIL ? { k: "nil" } : { k: "lit", v: lit };
    switch (a.t) {
      case "list": {
        // compile left to right: the first occurrence of a variable binds, later ones compare
        let items = a.items;
        let tailAst: Ast | null = null;
        const last = items[items.length - 1];
        if (last && isCall(last, "|") && last.args) {
          items = [...items.slice(0, -1), last.args[0]];
          tailAst = last.args[1];
        }
        const n = items.length;
        return new PatNode(tailAst ? [...items, tailAst] : items, (pats) => {
          let tail: Pat = tailAst ? pats[n] : { k: "nil" };
          for (let i = n - 1; i >= 0; i--) tail = { k: "cons", head: pats[i], tail };
          return tail;
        });
      }
      case "tuple":
        return new PatNode(a.items, (items) => ({ k: "tuple", items }));
      case "call":
        break;
      default:
        return this.fn.mod.error("invalid pattern");
    }
    const name = a.name;
    if (a.args === null && typeof name === "string") {
      if (name === "_") return { k: "any" };
      if (name === "__MODULE__") return { k: "lit", v: atom(isScriptModule(this.fn.mod.name) ? "nil" : this.fn.mod.name) };
      // (the environment is no value a pattern can hold: Elixir's expander refuses it by name)
      // (raised where the expander meets it: inside what the pattern holds, its frames are cut)
      // (a macro's head binds the caller's env, a __CALLER__ of the compiler's making)
      if (ENV_FORMS.has(name) && !(name === "__CALLER__" && this.inDefHead)) {
        const message = `invalid pattern in match, ${name} is not allowed in matches`;
        return this.outermost === a ? this.fn.mod.error(message, lineOf(a), this.inDefHead ? "module" : undefined, a, []) : this.fn.mod.expandingMacros !== null ? this.fn.mod.error(message, lineOf(a), undefined, a, []) : this.fn.mod.error(message, lineOf(a), "none");
      }
      const seen = this.bound.get(name);
      if (seen !== undefined) return { k: "eq", slot: seen };
      const slot = this.fn.newSlot();
      this.bound.set(name, slot);
      return { k: "bind", slot };
    }
    const args = a.args ?? [];
    switch (name) {
      case "^": {
        // (^var!(x) / ^var!(x, Ctx), as a macro's quote writes to pin the caller's x, pins that
        // context's variable)
        const p0 = args[0];
        const bang = p0 && isCall(p0, "var!") && p0.args && p0.args.length >= 1 && varName(p0.args[0]) !== null ? p0.args : null;
        const bangCtx = bang && bang[1] ? expandAlias(bang[1], this.fn.mod) : null;
        const n = bang ? hygienicName(plainName(varName(bang[0])!), bangCtx === "nil" ? null : bangCtx, null) : varName(p0);
        const slot = n === null ? undefined : this.scope.lookup(n);
        if (slot === undefined) return this.fn.mod.undefinedPin(bang ? plainName(varName(bang[0])!) : n, lineOf(a), a);
        return { k: "eq", slot };
      }
      case "=":
        // (checked once both sides are, as Elixir expands them before)
        return new PatNode([args[0], args[1]], ([l, r]) => {
          refuteParallelBitstringMatch(this.fn.mod, a as AstCall, true, this.inDefHead ? "module" : "none");
          return { k: "both", a: l, b: r };
        });
      case "<>": {
        // (a sigil's string too: ~s("") <> rest)
        const left = args[0];
        const sigil = isCall(left) && typeof left.name === "string" && left.name.startsWith("sigil_") ? sigilLiteral(left.name, left.args ?? []) : null;
        const pre = sigil ?? literalTerm(left, this.fn);
        if (!(pre instanceof Object) || !("bytes" in (pre as object))) return new Again(this.concatenation(a));
        // (a literal <<>> on the right is `<<...>>::binary`: one that is not whole bytes is a
        // CompileError, as elixir_bitstring expands it)
        if (isCall(args[1], "<<>>")) {
          const asBinary = concatOperand({ t: "call", name: "::", args: [args[1], { t: "call", name: "binary", args: null, meta: {} } as Ast], meta: a.meta } as Ast);
          spliceBitstringSegments([asBinary], this.fn.mod, lineOf(a) ?? 0, true, this.fn);
        }
        if (isCall(args[1], "<>")) concatenationsWithin.add(args[1]);
        return new PatNode([args[1]], ([rest]) => ({ k: "prefix", prefix: pre as any, rest }));
      }
      case "++": {
        // 'ab' ++ rest / [a, b] ++ rest: the left side's elements, then the rest as the tail
        let [left, right] = args;
        // (a charlist sigil's characters too: ~c(ab) ++ rest)
        if (isCall(left) && typeof left.name === "string" && left.name.startsWith("sigil_")) {
          const chars = listToArray(sigilLiteral(left.name, left.args ?? []) ?? atom("nil"));
          if (chars && chars.every((c) => typeof c === "number")) left = { t: "list", items: chars.map((c) => ({ t: "int", v: BigInt(c as number) }) as Ast) };
        }
        const last = left?.t === "list" ? left.items[left.items.length - 1] : undefined;
        if (left?.t !== "list" || (last !== undefined && isCall(last, "|"))) {
          // (Elixir expands the left side first: an error of its own comes before)
          if (left) this.compile(left);
          // (in a definition the trace is the module's frame at the def's line)
          const inDefinition = this.fn.name !== "__script__" && !this.fn.name.startsWith("-__script__/");
          return this.fn.mod.error(`invalid argument for ++ operator inside a match, expected a literal proper list, got: ${left ? macroToString(astToTerm(left)) : ""}`, lineOf(a), inDefinition ? "module" : undefined);
        }
        if (left.items.length === 0) return new Again(right);
        const tail: Ast = { t: "call", name: "|", args: [last!, right], meta: a.meta };
        return new Again({ t: "list", items: [...left.items.slice(0, -1), tail] });
      }
      case "%{}":
        return this.mapPattern(args, null, lineOf(a));
      case "%": {
        const [structAst, mapAst] = args;
        let structPat: Pat | null = null;
        // (`%__MODULE__{}` names the module, though it looks like a variable)
        if (varName(structAst) === null || (varName(structAst) === "__MODULE__" && !isScriptModule(this.fn.mod.name))) {
          const mod = expandAlias(structAst, this.fn.mod);
          if (mod === null) return this.fn.mod.error("invalid struct name in pattern", lineOf(a));
          const fields = isCall(mapAst, "%{}") ? mapAst.args ?? [] : [];
          structErrorsAt(isScriptModule(this.fn.mod.name) ? a : undefined, () => {
            checkStructAvailable(this.fn, mod, lineOf(a) ?? 0, 0);
            checkStructKeys(this.fn, mod, fields.flatMap(structFieldPairs), lineOf(a) ?? 0);
          });
          structPat = { k: "lit", v: atom(mod) };
        }
        // a variable naming the struct binds before the fields
        return this.mapPattern(isCall(mapAst, "%{}") ? mapAst.args ?? [] : [], structPat ?? structAst, lineOf(mapAst) ?? lineOf(a));
      }
      case "<<>>":
        return bitstringErrorsAt(a, () => this.binaryPattern(args, lineOf(a)));
      case "..":
      case "..//": {
        // first..last(//step) matches a %Range{}
        const keys: KeyRef[] = [{ lit: atom("__struct__") }, { lit: atom("first") }, { lit: atom("last") }];
        if (name === "..//") keys.push({ lit: atom("step") });
        return new PatNode(name === "..//" ? args.slice(0, 3) : args.slice(0, 2), (vals) => ({ k: "map", keys, vals: [{ k: "lit", v: atom("Elixir.Range") }, ...vals] }));
      }
      case "__block__":
        // `(not a)` and `(!a)`: the parser keeps a unary operation in parentheses as a block of it
        if (args.length === 1) return new Again(args[0]);
        break;
      case "when":
        // (a guard only stands at the top of a clause's head: anywhere inside a pattern `when` is
        // a call of when/2 like any other, which no pattern may make)
        return this.fn.mod.error(callInMatchError(a, this.fn.mod), lineOf(a), undefined, a, []);
      case "var!": {
        // var!(x) / var!(x, Context) in a pattern binds the variable of that context
        const [v0, ctxAst] = args;
        if (!v0 || varName(v0) === null) return this.fn.mod.error("expected \"var!\" argument to be a variable", lineOf(a));
        const ctx = ctxAst ? expandAlias(ctxAst, this.fn.mod) : null;
        return new Again({ ...(v0 as any), name: hygienicName(plainName(varName(v0)!), ctx === "nil" ? null : ctx, null) });
      }
      case "unquote":
        return this.fn.mod.error("unquote called outside quote", lineOf(a));
      case "sigil_D": case "sigil_T": case "sigil_N": case "sigil_U":
        return new Again(calendarSigil(name, args, this.fn.mod.file, lineOf(a), (message, frames) => expansionError(this, lineOf(a) ?? 0, message, frames, name, 2)));
    }
    if (typeof name === "string" || (isCall(name) && name.name === ".")) {
      const macro = findMacro(this.fn.mod, a as any);
      if (macro) return new Again(expandMacro(this.fn.mod, macro, a as any, { fn: null, line: lineOf(a) ?? 0, context: "match" }));
    }
    if (typeof name === "string" && name.startsWith("sigil_")) {
      if (badWordsModifiers(name, args)) return expansionError(this, lineOf(a) ?? 0, WORDS_MODIFIER_ERROR, [SPLIT_WORDS_FRAME], name, 2);
      const lit = sigilLiteral(name, args);
      if (lit !== null) return { k: "lit", v: lit };
    }
    if (name === "@") {
      const attr = args[0];
      if (isCall(attr) && typeof attr.name === "string") {
        const val = this.fn.mod.attrs.get(plainName(attr.name));
        if (val !== undefined) return new Again(val);
        return { k: "lit", v: atom("nil") };
      }
    }
    // Kernel.in/2 in a match expands as in a guard: a literal list or range gives :erlang calls,
    // which no match may make (the first one expanded is refused), anything else raises
    if (typeof name === "string" && plainName(name) === "in" && args.length === 2 && kernelMacroInScope(this.fn.mod, "in", 2)) return this.inPattern(a, args[1]);
    // (Kernel.if/2 expands to a case, which no pattern may hold)
    if (typeof name === "string" && plainName(name) === "if" && args.length === 2 && kernelMacroInScope(this.fn.mod, "if", 2)) {
      return compileErrorUnderExpansion(this, lineOf(a) ?? 0, "invalid pattern in match, case is not allowed in matches", [], "if", 2);
    }
    // (not a in b: the argument of not is expanded first; what `a in []` gives, false, leaves
    // the call of :erlang.not/1, which no match may make either)
    if (typeof name === "string" && plainName(name) === "not" && args.length === 1 && isCall(args[0]) && args[0].name === "in" && args[0].args?.length === 2 && kernelMacroInScope(this.fn.mod, "in", 2)) {
      this.inPattern(args[0], args[0].args[1]);
      return this.fn.mod.error(callInMatchError(a, this.fn.mod), lineOf(a));
    }
    // Kernel's boolean macros refuse a match context with an ArgumentError of their own
    if (typeof name === "string" && MATCH_REFUSING.has(`${plainName(name)}/${args.length}`) && kernelMacroInScope(this.fn.mod, plainName(name), args.length)) {
      const op = plainName(name);
      return expansionError(this, lineOf(a) ?? 0, `invalid expression in match, ${op} is not allowed in patterns such as function clauses, case clauses or on the left side of the = operator`,
        [["Elixir.Kernel", "invalid_match!", 1, "lib/kernel.ex", 6401]], op, args.length);
    }
    // (`x.b.c`, `f().b`: the receiver of a remote call is expanded first, and refused first)
    for (;;) {
      const receiver: Ast | undefined = isCall(a.name as Ast, ".") ? (a.name as AstCall).args?.[0] : undefined;
      if (!isCall(receiver) || receiver.args === null || findMacro(this.fn.mod, receiver as any)) break;
      if (!isCall(receiver.name as Ast, ".") && !(typeof receiver.name === "string" && receiver.name !== "__aliases__" && /^[a-z_]\w*[?!]?$/.test(receiver.name))) break;
      a = receiver;
    }
    // (__ENV__.line: the receiver is refused first)
    const receiver = isCall(a.name as Ast, ".") ? (a.name as AstCall).args?.[0] : undefined;
    if (isCall(receiver) && receiver.args === null && typeof receiver.name === "string" && ENV_FORMS.has(receiver.name)) this.compile(receiver);
    // (a remote call's arguments are expanded before the call is refused: `Mod.f(fn ... end)`,
    // an imported function's too: `(__ENV__.line == y) = z` is about __ENV__)
    if (isCall(a.name as Ast, ".") || isImportedCall(a, this.fn.mod)) for (const x of a.args ?? []) this.compile(x);
    const { message, trace } = callInMatchErrorTrace(a, this.fn.mod, this.inDefHead);
    // (raised right where the call is expanded: the pattern's frames above are the trace's model's)
    // (a special form is refused one frame deeper than a call)
    return this.fn.mod.error(message, lineOf(a), trace, trace === "module" ? undefined : a, trace === "module" ? undefined : refusedSpecialForm(a) ? [null] : []);
  }

  /**
   * `a <> b <> ...` in a pattern whose first operand is no literal binary, as Kernel.<> expands
   * it: one <<>> of the operands as binaries (a literal <<>> spliced in, so `<<x::8>> <> rest`
   * matches); an operand before the last that is neither a literal nor a <<>> is Kernel's
   * ArgumentError, its size unknown.
   */
  private concatenation(a: AstCall): Ast {
    // (Kernel.<>/2 reads the chain down its right operands; a left operand that is a `<>` of its
    // own is expanded first, as one macro inside the other, to a <<>> that is a binary segment)
    const operands: Ast[] = [];
    let x: Ast = a;
    for (; isCall(x, "<>") && x.args?.length === 2; x = x.args[1]) operands.push(x.args[0]);
    operands.push(x);
    const binary: Ast = { t: "call", name: "binary", args: null, meta: {} };
    const segs = operands.map((op, i): Ast => {
      if (op.t === "str") return op;
      if (i < operands.length - 1 && isCall(op, "<>") && op.args?.length === 2) {
        return concatOperand({ t: "call", name: "::", meta: a.meta, args: [this.concatenationWithin(a, op), binary] });
      }
      const last = i === operands.length - 1;
      const sigil = isCall(op) && typeof op.name === "string" && op.name.startsWith("sigil_") ? sigilLiteral(op.name, op.args ?? []) : null;
      const lit = sigil ?? literalTerm(op, this.fn);
      if (lit instanceof Bin && lit.tailBits === 0) return { t: "call", name: "<<>>", meta: a.meta, args: [...lit.bytes].map((b): Ast => ({ t: "int", v: BigInt(b) })) };
      if (!last && !isCall(op, "<<>>")) {
        const message = `the left argument of <> operator inside a match should always be a literal binary because its size can't be verified. Got: ${macroToString(astToTerm(op))}`;
        // (an operand past the first: the chain's levels above its own return to one address,
        // which the BEAM records once, compiler/special_forms' checkConcatOperands)
        const extract: ElixirFrame = ["Elixir.Kernel", "extract_concatenations", 2, "lib/kernel.ex", 1921];
        return expansionError({ fn: this.fn }, lineOf(a) ?? 0, message, [
          ["Elixir.Kernel", "invalid_concat_left_argument_error", 1, "lib/kernel.ex", 1970],
          ["Elixir.Kernel", "wrap_concatenation", 3, "lib/kernel.ex", 1942],
          extract,
          ...(i > 0 || concatenationsWithin.has(a) ? [extract] : []),
        ], "<>", 2);
      }
      return concatOperand({ t: "call", name: "::", meta: a.meta, args: [op, binary] });
    });
    return { t: "call", name: "<<>>", meta: a.meta, args: segs };
  }

  /** the left operand `inner` of the `<>` `outer`, expanded as Macro.expand/2 does it in the
   *  outer's expansion (an error in it has both expansions in its trace) */
  private concatenationWithin(outer: AstCall, inner: AstCall): Ast {
    const mod = this.fn.mod;
    const around = mod.expandingMacros;
    const frame = (c: AstCall) => ({ module: "Elixir.Kernel", name: "<>", arity: 2, line: c.meta.line ?? 0, meta: c.meta });
    // (the outer's own expansion is there once an inner one is: the innermost is the raising
    // macro's own, which the trace shows apart)
    const outerFrames = around?.frame.meta === outer.meta ? around : { frame: frame(outer), outer: around };
    mod.expandingMacros = { frame: frame(inner), outer: outerFrames };
    try {
      return this.concatenation(inner);
    } finally {
      mod.expandingMacros = around;
    }
  }

  /** `struct`: the struct's name (a descriptor) or a variable bound to it (compiled first) */

  /** `left in right` in a match (Kernel.in/2 expanded in the :match context) */
  private inPattern(a: Ast, right: Ast): Pat | Again | PatNode {
    const line = lineOf(a) ?? 0;
    if (right.t === "list" && right.items.length === 0) return { k: "lit", v: atom("false") };
    if (right.t === "list" && !right.items.some((x) => isCall(x, "|"))) return compileErrorUnderExpansion(this, line, "cannot invoke remote function :erlang.=:=/2 inside a match", [], "in", 2);
    if (isCall(right, "..") || isCall(right, "..//")) return compileErrorUnderExpansion(this, line, "cannot invoke remote function :erlang.is_integer/1 inside a match", [], "in", 2);
    return expansionError(this, line, `invalid right argument for operator "in", it expects a compile-time proper list or compile-time range on the right side when used in guard expressions, got: ${macroToString(astToTerm(right))}`,
      [["Elixir.Kernel", "raise_on_invalid_args_in_2", 1, "lib/kernel.ex", 4344]], "in", 2);
  }
  private mapPattern(args: Ast[], struct: Pat | Ast | null, line: number | undefined): PatNode {
    const keys: KeyRef[] = [];
    const vals: Ast[] = [];
    let structPat: Pat | null = null;
    if (struct !== null) {
      keys.push({ lit: atom("__struct__") });
      if ("k" in struct) structPat = struct;
      else vals.push(struct);
    }
    const pairs: [Ast, Ast][] = [];
    if (args.length === 1 && isCall(args[0], "|") && args[0].args?.length === 2) {
      // (a struct's too: Elixir shows the map inside it)
      const shown: Ast = { t: "call", name: "%{}", meta: {}, args };
      return this.fn.mod.error(`cannot use map/struct update syntax in match, got: ${macroToString(astToTerm(shown))}`, lineOf(args[0]));
    }
    for (const item of args) {
      const kw = item.t === "list" ? keywordPairs(item) : null;
      if (kw) for (const [k, v] of kw) pairs.push([{ t: "atom", v: k }, v]);
      else if (item.t === "tuple" && item.items.length === 2) pairs.push([item.items[0], item.items[1]]);
      else return this.fn.mod.error(`expected key-value pairs in a map, got: ${macroToString(astToTerm(item))}`, lineOf(item));
    }
    for (const [k, v] of pairs) {
      if (isCall(k, "^") && k.args) {
        const n = varName(k.args[0]);
        const slot = n === null ? undefined : this.scope.lookup(n);
        if (slot === undefined) return this.fn.mod.undefinedPin(n, lineOf(k));
        keys.push({ slot });
      } else {
        const lk = literalTerm(concatenationsFolded(k), this.fn);
        // (a key is expanded before it is checked: a function call is refused as in any pattern)
        if (lk === undefined && isFunctionCall(k) && !findMacro(this.fn.mod, k as any)) return this.fn.mod.error(callInMatchError(k, this.fn.mod), lineOf(k));
        // (a module attribute's value is a literal: its name is no variable)
        const bound = lk === undefined ? variableInMatchKey(k) : null;
        if (bound !== null) {
          return this.fn.mod.error(`cannot use variable ${bound} as map key inside a pattern. Map keys in patterns can only be literals (such as atoms, strings, tuples, and the like) or an existing variable matched with the pin operator (such as ^some_var)`, line ?? lineOf(k));
        }
        if (lk === undefined) return this.fn.mod.error("illegal map key in pattern", lineOf(k));
        // (a literal key written twice is refused in a pattern; in an expression it is a warning)
        if (keys.some((x) => "lit" in x && exactEquals(x.lit, lk))) {
          return this.fn.mod.error(`key ${inspect(lk)} will be overridden in map`, line ?? lineOf(k), [["lists", "foldl_1", 3, "lists.erl", 1355, "stdlib 4.2"]]);
        }
        keys.push({ lit: lk });
      }
      vals.push(v);
    }
    return new PatNode(vals, (pats) => ({ k: "map", keys, vals: structPat ? [structPat, ...pats] : pats }));
  }

  private binaryPattern(args: Ast[], line?: number): Pat {
    const outer = this.boundOutsideBinary;
    this.boundOutsideBinary = new Set(this.bound.keys());
    try {
      return this.binarySegments(args, line);
    } finally {
      this.boundOutsideBinary = outer;
    }
  }

  /** the slot a size reads for variable `n`, if it is bound there */
  private sizeVariable(n: string): number | undefined {
    return (this.boundOutsideBinary.has(n) ? undefined : this.bound.get(n)) ?? this.scope.lookup(n);
  }

  private binarySegments(args: Ast[], line?: number): Pat {
    const segs: BinPatSeg[] = [];
    // (a list or an atom written as a segment's value is refused first, as Elixir expands it)
    for (const seg of args) {
      const [value, typeAst] = isCall(seg, "::") && seg.args?.length === 2 ? seg.args : [seg, null];
      if (value.t === "list" || value.t === "atom") invalidSegmentLiteral(value, typeAst !== null, true, this.fn.mod, lineOf(seg) ?? line ?? 0);
    }
    // (null only after an error, which throws)
    const spliced = spliceBitstringSegments(args, this.fn.mod, args.length > 0 ? lineOf(args[0]) ?? 0 : 0, true, this.fn)!;
    for (const seg of spliced.slice(0, -1)) requireSegmentSize(seg, this.fn.mod, lineOf(seg) ?? lineOf(args[0]) ?? 0);
    for (const seg of spliced) {
      let valueAst = seg;
      let typeAst: Ast | null = null;
      if (isCall(seg, "::") && seg.args) {
        valueAst = seg.args[0];
        typeAst = seg.args[1];
      }
      if (valueAst.t === "str") {
        // a literal string inside a binary pattern matches its bytes
        const b = new Bin(stringSegmentBytes(binLiteral(valueAst.v).bytes, valueAst.v, typeAst, this.fn.mod, lineOf(seg), true));
        segs.push({ type: "binary", size: b.size, unit: 8, signed: false, little: false, pat: { k: "lit", v: b } });
        continue;
      }
      const attrValue = attributeSegmentValue(valueAst, typeAst, this.fn);
      if (attrValue instanceof Bin) {
        segs.push({ type: "binary", size: attrValue.bitSize, unit: 1, signed: false, little: false, pat: { k: "lit", v: attrValue } });
        continue;
      }
      const literal = valueAst.t === "float" ? "float" : valueAst.t === "int" ? "integer" : null;
      const { spec, sizeAst } = segmentSpec(typeAst, this.fn.mod, valueAst.t === "float" || attrValue !== undefined, lineOf(seg) ?? 0, true, literal);
      let sizeSlot: number | undefined;
      if (sizeAst) {
        const lit = literalTerm(sizeAst, this.fn);
        if (typeof lit === "number") spec.size = lit;
        else {
          const n = varName(sizeAst);
          const slot = n === null ? undefined : this.sizeVariable(n);
          if (slot !== undefined) sizeSlot = slot;
          else {
            // (OTP 23+) arithmetic over literals and bound variables, computed as it matches
            const expr = n === null ? this.sizeExpr(sizeAst) : undefined;
            const problem = this.sizeProblem(sizeAst, 0);
            if (problem !== null && "name" in problem) return this.fn.mod.error(`undefined variable "${problem.name}"`, lineOf(seg), sizeArgFrames(problem.depth));
            if (problem !== null) return this.fn.mod.error(sizeCallError(problem.call, this.fn.mod), lineOf(seg), sizeArgFrames(problem.depth));
            if (expr === undefined) {
              return this.fn.mod.error("size in binary pattern must be a literal or a bound variable", lineOf(seg));
            }
            segs.push({ ...spec, pat: this.segmentValue(valueAst, spec.type), sizeExpr: expr });
            continue;
          }
        }
      }
      segs.push({ ...spec, pat: this.segmentValue(valueAst, spec.type), sizeSlot });
    }
    return { k: "bin", segs };
  }

  /** a segment's value pattern: an integer written in a float segment (`<<1::float>>`,
   *  `<<-2::float-32>>`) matches the float it reads, as the BEAM's compiler makes it one */
  private segmentValue(valueAst: Ast, type: string): Pat {
    const pat = this.compile(valueAst);
    if (type === "float" && pat.k === "lit" && (typeof pat.v === "number" || typeof pat.v === "bigint")) return { k: "lit", v: new Float(Number(pat.v)) };
    return pat;
  }

  /** what Elixir's expansion of a size expression stops at first, in its order (a call before its
   *  arguments): a variable not bound before the segment, or a call of a name that is no
   *  operator, local, import or macro; with the number of calls it is nested in */
  private sizeProblem(a: Ast, depth: number): { name: string; depth: number } | { call: AstCall; depth: number } | null {
    const n = varName(a);
    if (n !== null) return this.sizeVariable(n) !== undefined ? null : { name: n, depth };
    if (!isCall(a) || a.name === "^") return null;
    if (isUnknownLocalCall(a, this.fn.mod)) return { call: a, depth };
    for (const x of a.args ?? []) { const p = this.sizeProblem(x, depth + 1); if (p !== null) return p; }
    return null;
  }

  /** a segment size written as arithmetic (`size(len - 4)`), undefined for anything else */
  private sizeExpr(a: Ast): SizeExpr | undefined {
    const lit = literalTerm(a, this.fn);
    if (typeof lit === "number") return lit;
    const n = varName(a);
    if (n !== null) {
      const slot = this.sizeVariable(n);
      return slot === undefined ? undefined : { slot };
    }
    if (isCall(a) && typeof a.name === "string" && a.args?.length === 2 && ["+", "-", "*", "div", "rem"].includes(a.name)) {
      const x = this.sizeExpr(a.args[0]), y = this.sizeExpr(a.args[1]);
      return x === undefined || y === undefined ? undefined : { op: a.name as "+" | "-" | "*" | "div" | "rem", a: x, b: y };
    }
    return undefined;
  }
}

/** Elixir's bitstring expander under an error in a size specifier's expression, for an error
 *  nested in `depth` calls there: the BEAM keeps 8 frames, and the expander's own for the calls
 *  around the error (pruned from the trace) take 1 for the outermost, 3 for each other, so
 *  fewer of the bitstring expander's are left */
function sizeArgFrames(depth: number): [string, string, number, string, number][] {
  const taken = depth === 0 ? 0 : 1 + 3 * (depth - 1);
  return SIZE_ARG_FRAMES.slice(0, Math.max(0, SIZE_ARG_FRAMES.length - taken));
}

const SIZE_ARG_FRAMES: [string, string, number, string, number][] = [
  ["elixir_bitstring", "expand_spec_arg", 4, "src/elixir_bitstring.erl", 254],
  ["elixir_bitstring", "expand_each_spec", 6, "src/elixir_bitstring.erl", 190],
  ["elixir_bitstring", "expand_specs", 7, "src/elixir_bitstring.erl", 160],
  ["elixir_bitstring", "expand", 8, "src/elixir_bitstring.erl", 38],
  ["elixir_bitstring", "expand", 5, "src/elixir_bitstring.erl", 14],
];

/** a call in a size expression of a name that is no operator, local, import or macro
 *  (`size(n)*8` in a pattern: `size` there is a call, not the specifier) */
function isUnknownLocalCall(a: AstCall, mod: FnCtx["mod"]): boolean {
  if (a.args === null || typeof a.name !== "string") return false;
  const arity = a.args.length;
  const name = plainName(a.name);
  if (["+", "-", "*", "div", "rem", "^"].includes(name) && arity <= 2) return false;
  const key = `${name}/${arity}`;
  return !(mod.locals.has(key) || mod.imports.has(key) || findMacro(mod, a as any) || KERNEL_MACROS[name] || KERNEL_FUNCTIONS[name]);
}

/** Elixir's text for that call: a script has no module to look in */
function sizeCallError(a: AstCall, mod: FnCtx["mod"]): string {
  const key = `${plainName(a.name as string)}/${a.args!.length}`;
  if (isScriptModule(mod.name)) return `undefined function ${key} (there is no such import)`;
  return `cannot find or invoke local ${key} inside bitstring size specifier. Only macros can be invoked in a bitstring size specifier and they must be defined before their invocation. Called as: ${macroToString(astToTerm(a))}`;
}

/** the operands of a pattern node still to compile, and how their descriptors make its own */
class PatNode extends Expand<Ast, Pat> {}
/** a pattern standing for another (a macro's expansion, an attribute's value): compile that instead */
class Again {
  constructor(readonly a: Ast) {}
}

export type { Atom };

/** a map pattern's item as [key, value] pairs (none for a shape mapPattern refuses) */
function structFieldPairs(item: Ast): [Ast, Ast][] {
  const kw = item.t === "list" ? keywordPairs(item) : null;
  if (kw) return kw.map(([k, v]): [Ast, Ast] => [{ t: "atom", v: k } as Ast, v]);
  if (item.t === "tuple" && item.items.length === 2) return [[item.items[0], item.items[1]]];
  return [];
}

/** the first variable a map key in a pattern uses, as Elixir's check finds it (inside lists,
 *  tuples, local calls' arguments and ::; not in a pinned variable, a non-empty map or a remote
 *  call), or null */
/** a map key with its `"a" <> "b"` of string literals as the binary Elixir expands them to (a
 *  constant OTP accepts as a key), inside tuples and lists too */
function concatenationsFolded(k: Ast): Ast {
  if (k.t === "tuple" || k.t === "list") {
    const items = k.items.map(concatenationsFolded);
    return items.every((x, i) => x === k.items[i]) ? k : { ...k, items };
  }
  if (!isCall(k, "<>") || k.args?.length !== 2) return k;
  const parts = k.args.map(concatenationsFolded).flatMap((x) => (x.t === "str" ? [x] : isCall(x, "<<>>") && x.args?.every((y) => y.t === "str") ? x.args : [null]));
  if (parts.some((x) => x === null)) return k;
  return { t: "call", name: "<<>>", args: parts as Ast[], meta: k.meta } as Ast;
}

function variableInMatchKey(k: Ast): string | null {
  const todo: Ast[] = [k];
  while (todo.length > 0) {
    const x = todo.shift()!;
    if (x.t === "list") todo.unshift(...x.items);
    else if (x.t === "tuple") todo.unshift(...x.items);
    else if (x.t === "call") {
      if (x.args === null && typeof x.name === "string") return x.name;
      if (x.name === "::" && x.args?.length === 2) todo.unshift(x.args[0]);
      else if (x.name === "^" || (x.name === "%{}" && (x.args?.length ?? 0) > 0)) continue;
      else if (typeof x.name === "string" && x.args !== null) todo.unshift(...x.args);
    }
  }
  return null;
}

/** a call of a function by name (local, imported or remote), not a special form's node */
function isFunctionCall(a: Ast): a is AstCall {
  if (!isCall(a) || a.args === null) return false;
  if (typeof a.name !== "string") return isCall(a.name, ".") && a.name.args?.length === 2 && a.name.args[1].t === "atom";
  // (Kernel's macros beamlet compiles itself, as <>, findMacro does not see)
  return !SPECIAL_NODES.has(a.name) && !(KERNEL_MACROS[a.name]?.includes(a.args.length) ?? false);
}

const ENV_FORMS = new Set(["__ENV__", "__CALLER__", "__STACKTRACE__"]);

const SPECIAL_NODES = new Set(["{}", "%{}", "%", "<<>>", "^", "=", "::", "|", "__block__", "__aliases__", "fn", "&", "@", "->", "when", "unquote", "unquote_splicing", "quote", "__MODULE__", "__ENV__", "__CALLER__", "__DIR__", "__STACKTRACE__", "super"]);
