// Unused variables, as Elixir 1.14's expansion reports them: when a scope closes (a function
// clause, a case/receive/fn/rescue clause, a comprehension, a with), every variable bound in it
// and never read is reported, sorted by name (then by binding order). A variable rebound where one
// of the same name was visible gets the "use the pin operator" variant. Reading an underscored
// variable warns at the read. The walk knows the special forms; any other call just reads its
// arguments.
import type { Ast, AstCall } from "../../lang/ast.ts";
import { isCall, isVar, blockItems, clausesOf, keywordPairs, lineOf, isUnquotedDot, call, atomA } from "../ast_util.ts";
import type { Warning } from "./warning.ts";
import { inspectLiteral } from "./literals.ts";
import { astKids } from "../ast_walk.ts";
import { expansionOf, writtenExpansionOf } from "../macro_expansions.ts";
import { isHygienic, plainName } from "../quoted.ts";
import { placeWarningAt } from "../placed_warnings.ts";
import { bindsVariable } from "../sibling_scopes.ts";

interface Binding {
  name: string;
  line: number;
  used: boolean;
  overridden: boolean;
  /** where the pattern binds it (none for the REPL's earlier bindings) */
  node?: Ast;
}

/** the variables of patterns that nothing reads (underscored ones too), once their scope closed:
 *  OTP's compiler drops the values matched to them (compiler/warnings/dropped_elements.ts) */
export const unreadBindings = new WeakSet<Ast>();

class VarScope {
  readonly vars = new Map<string, Binding>();
  readonly bound: Binding[] = [];
  constructor(readonly parent: VarScope | null) {}
  lookup(name: string): Binding | undefined {
    for (let s: VarScope | null = this; s; s = s.parent) {
      const b = s.vars.get(name);
      if (b) return b;
    }
    return undefined;
  }
  markAllUsed(): void {
    for (let s: VarScope | null = this; s; s = s.parent) for (const b of s.vars.values()) b.used = true;
  }
}

/** a step of VariableChecker's walk: code to read, a pattern to bind, or something to do */
type Step = { a: Ast; s: VarScope } | { p: Ast; s: VarScope; seen: Map<string, Binding> } | (() => void);

const SPECIAL_VARS = new Set(["__MODULE__", "__ENV__", "__DIR__", "__CALLER__", "__STACKTRACE__"]);
const UNUSED = "(if the variable is not meant to be used, prefix it with an underscore)";
const NO_EFFECT = "in code block has no effect as it is never returned";
const PINNABLE = "(there is a variable with the same name in the context, use the pin operator (^) to match on it or prefix this variable with underscore if it is not meant to be used)";

export class VariableChecker {
  readonly warnings: Warning[] = [];
  /** in a module body's code: a definition, whose own code is not the body's */
  private nestedDefinition?: (a: Ast) => boolean;
  /** the line of the outermost macro call (`if`, `unless`) being walked: Elixir gives it to the
   *  blocks inside, which have none of their own */
  private macroLine: number | undefined;
  /** what is left to look at, innermost last: code nests 5,000 deep in a def, deeper than JS
   *  recursion goes, so the walk keeps its own stack (a step pushes what it would recurse into) */
  private todo: Step[] = [];
  /**
   * @param onAttributeRead sees each `@attr` read in source order (a module checks it was set):
   *   its warnings come in the order of expansion, among these
   */
  constructor(readonly file: string, private where: string | undefined, private onAttributeRead?: (a: AstCall, warnings: Warning[]) => void) {}

  /** the expression that failed to expand: the walk stops when it reaches it, having told what
   *  Elixir told before the error (the scopes closed and the terms dropped before it) */
  private stopAt: object | null = null;
  /** whether the walk reached stopAt */
  stopped = false;
  stoppingAt(at: object): this {
    this.stopAt = at;
    return this;
  }
  /** ...or at the first code of `line` or later (an error known by its line only) */
  private stopLine: number | null = null;
  stoppingAtLine(line: number): this {
    this.stopLine = line;
    return this;
  }
  /** whether the walk, at `a`, stops (nothing more is done) */
  private reaching(a: Ast | undefined): boolean {
    if (a === undefined) return false;
    const atLine = this.stopLine !== null && a.t === "call" && (a.meta.line ?? 0) >= this.stopLine;
    if (!atLine && (!this.stopAt || a !== this.stopAt)) return false;
    this.stopped = true;
    this.todo.length = 0;
    return true;
  }

  /** code a macro call at `line` wrote: its blocks are at that line (a literal there too) */
  expandedAt(line: number | undefined): this {
    this.macroLine = line;
    return this;
  }

  /** a function clause (or a script's top level): its patterns, guard and body in one scope */
  clause(args: Ast[], guard: Ast | null, body: Ast[], outer: VarScope | null = null): void {
    const s = new VarScope(outer);
    this.run([...this.patterns(args, s), ...(guard ? [{ a: guard, s }] : []), ...this.block(body, s), () => this.close(s)]);
  }

  /** a script's top level; `defmodule` sees (and so uses) every variable bound before it */
  topLevel(items: Ast[]): void {
    this.clause([], null, items);
  }

  /**
   * an expression typed at the REPL's prompt: its variables outlive it (the session keeps them,
   * `bound` are the earlier ones), so only those of the scopes inside it can be unused
   */
  prompt(items: Ast[], bound: string[], eachAlone = false): void {
    const s = new VarScope(null);
    for (const name of bound) s.vars.set(name, { name, line: 0, used: true, overridden: false });
    // (iex evaluates a top-level block's expressions one by one, nested blocks' too: none of them
    // is dropped by a block, so none is an unused literal or variable)
    this.run(eachAlone ? topLevelExprs(items).map((a) => ({ a, s })) : this.block(items, s));
  }

  /** a module body's own code, one scope; in a definition only `unquote(...)` reads the body's
   *  variables */
  moduleBody(items: Ast[], isDefinition: (a: Ast) => boolean, isNestedDefinition?: (a: Ast) => boolean): void {
    const s = new VarScope(null);
    // (one inside the body's code, as in a `for`, reads the body's variables only through unquote)
    this.nestedDefinition = isNestedDefinition;
    const steps: Step[] = [];
    for (const it of items) {
      // (a module defined in the body is handed the body's variables: each counts as used)
      // (an ExUnit describe block's body is a fn's: it reads the body's variables, and those it
      // binds are its own; the tests and setups in it are definitions)
      const describeBody = isCall(it, "describe") && it.args?.length === 2 ? keywordPairs(it.args[1])?.find(([k]) => k === "do")?.[1] : undefined;
      if (describeBody !== undefined) steps.push(() => this.describe(it as AstCall, describeBody, s));
      else if (isDefinition(it)) steps.push(() => (isCall(it) && ["defmodule", "defprotocol", "defimpl"].includes(it.name as string) ? s.markAllUsed() : this.definition(it, s)));
      else {
        steps.push({ a: it, s });
        // (a definition after it is the body's next expression too: only the body's last is used)
        if (it !== items[items.length - 1]) steps.push(() => this.uselessTerm(it, s));
      }
    }
    this.run([...steps, () => this.close(s)]);
  }

  /** these steps and all they lead to, in order */
  private run(steps: Step[]): void {
    const base = this.todo.length;
    this.later(steps);
    while (this.todo.length > base) {
      const t = this.todo.pop()!;
      if (typeof t !== "function" && this.reaching("seen" in t ? t.p : t.a)) return;
      if (typeof t === "function") t();
      else if ("seen" in t) this.pattern(t.p, t.s, t.seen);
      else this.expr(t.a, t.s);
    }
  }

  /** after the current step: these, in order (before what was scheduled earlier) */
  private later(steps: readonly Step[]): void {
    for (let i = steps.length - 1; i >= 0; i--) this.todo.push(steps[i]);
  }

  private reads(items: readonly Ast[], s: VarScope): void {
    this.later(items.map((a) => ({ a, s })));
  }

  /** a call's arguments (a tuple's, list's, map's elements), as Elixir expands them: each from
   *  the variables bound before them all, what they bind bound after them (compiler/sibling_scopes.ts) */
  private siblings(items: readonly Ast[], s: VarScope, step: (a: Ast, s: VarScope) => Step[] = (a, cs) => [{ a, s: cs }]): Step[] {
    if (!items.slice(0, -1).some(bindsVariable)) return items.flatMap((a) => step(a, s));
    const scopes = items.map(() => new VarScope(s));
    return [...items.flatMap((a, i) => step(a, scopes[i])), () => {
      for (const cs of scopes) {
        for (const [k, b] of cs.vars) s.vars.set(k, b);
        s.bound.push(...cs.bound);
      }
    }];
  }

  private close(s: VarScope): void {
    for (const b of s.bound) if (!b.used && b.node) unreadBindings.add(b.node);
    // (a macro's own variables, of its context, are never reported: only the caller's)
    const unused = s.bound.filter((b) => !b.used && !b.name.startsWith("_") && !isHygienic(b.name));
    unused.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const b of unused) {
      this.warnings.push({ message: `variable "${b.name}" is unused ${b.overridden ? PINNABLE : UNUSED}`, file: this.file, line: b.line, where: this.where });
    }
  }

  /** a block: each expression but the last is evaluated for nothing, which Elixir points out
   *  (after expanding it) for literals, variables and attributes written on their own */
  private block(items: Ast[], s: VarScope): Step[] {
    const steps: Step[] = [];
    items.forEach((it, i) => {
      steps.push({ a: it, s });
      if (i < items.length - 1) steps.push(() => this.uselessTerm(it, s));
    });
    return steps;
  }

  private uselessTerm(a: Ast, s: VarScope): void {
    const warn = (message: string, line: number | undefined) => this.warnings.push({ message, file: this.file, line, where: this.where });
    if (a.t === "str" || a.t === "int" || a.t === "float") {
      // a literal has no line of its own, nor has the block around it
      warn(`code block contains unused literal ${inspectLiteral(a)} (remove the literal or assign it to _ to avoid warnings)`, this.macroLine);
    } else if (isCall(a, "@") && a.args?.length === 1 && isVar(a.args[0])) {
      warn(`module attribute @${a.args[0].name} ${NO_EFFECT} (remove the attribute or assign it to _ to avoid warnings)`, lineOf(a));
    } else if (isVar(a) && !SPECIAL_VARS.has(a.name) && s.lookup(a.name)) {
      warn(`variable ${plainName(a.name)} ${NO_EFFECT} (remove the variable or assign it to _ to avoid warnings)`, lineOf(a));
    }
  }

  /** `%{k => v}` with the same literal key twice: the later value wins */
  private duplicateKeys(a: AstCall): void {
    const seen = new Set<string>();
    // %{map | k: v}: the keys after the bar
    const pairs = a.args?.length === 1 && isCall(a.args[0], "|") && a.args[0].args?.[1]?.t === "list" ? a.args[0].args[1].items : a.args ?? [];
    for (const kv of pairs) {
      if (kv.t !== "tuple" || kv.items.length !== 2) continue;
      const k = kv.items[0];
      if (k.t !== "atom" && k.t !== "str" && k.t !== "int" && k.t !== "float") continue;
      const text = inspectLiteral(k);
      if (seen.has(text)) this.warnings.push({ message: `key ${text} will be overridden in map`, file: this.file, line: lineOf(a) });
      seen.add(text);
    }
  }

  private read(a: AstCall & { name: string }, s: VarScope): void {
    const b = s.lookup(a.name);
    if (!b) {
      // no variable: the compiler expanded it to a call, with its warning here
      const held = placeWarningAt(a, this.where, lineOf(a), a.name);
      if (held) this.warnings.push({ message: held.message, file: this.file, line: held.line, where: held.where, expanded: true });
      return;
    }
    b.used = true;
    if (a.name.startsWith("_") && a.name !== "_") {
      this.warnings.push({
        message: `the underscored variable "${a.name}" is used after being set. A leading underscore indicates that the value of the variable should be ignored. If this is intended please rename the variable to remove the underscore`,
        file: this.file,
        line: lineOf(a) ?? b.line,
        where: this.where,
      });
    }
  }

  private bind(a: AstCall & { name: string }, s: VarScope, inPattern: Map<string, Binding>): void {
    if (a.name === "_" || SPECIAL_VARS.has(a.name)) return;
    const same = inPattern.get(a.name);
    if (same) {
      // each repeated occurrence warns
      if (a.name.startsWith("_")) this.warnings.push({
          message: `the underscored variable "${a.name}" appears more than once in a match. This means the pattern will only match if all "${a.name}" bind to the same value. If this is the intended behaviour, please remove the leading underscore from the variable name, otherwise give the variables different names`,
          file: this.file,
          line: lineOf(a) ?? same.line,
          where: this.where,
        });
      same.used = true;
      return;
    }
    const b: Binding = { name: a.name, line: lineOf(a) ?? 0, used: false, overridden: s.lookup(a.name) !== undefined, node: a };
    inPattern.set(a.name, b);
    s.vars.set(a.name, b);
    s.bound.push(b);
  }

  private patterns(ps: Ast[], s: VarScope): Step[] {
    const seen = new Map<string, Binding>();
    return ps.map((p) => ({ p, s, seen }));
  }

  private pattern(a: Ast, s: VarScope, seen: Map<string, Binding>): void {
    const pats = (ps: readonly Ast[]): Step[] => ps.map((p) => ({ p, s, seen }));
    switch (a.t) {
      case "list":
      case "tuple":
        return this.later(pats(a.items));
      case "call":
        break;
      default:
        return;
    }
    if (isVar(a)) return this.bind(a, s, seen);
    const name = a.name;
    const args = a.args ?? [];
    const macroVar = name === "var!" ? contextVar(a) : null;
    if (macroVar) return this.bind(macroVar, s, seen);
    if (name === "^") {
      const pinned = args[0] && isCall(args[0], "var!") ? contextVar(args[0] as AstCall) : args[0];
      if (pinned && isVar(pinned)) this.read(pinned, s);
      return;
    }
    if (name === "@") return this.attributeRead(a);
    // an unquote fragment (`def code(unquote(name))` in a module body's `for`) binds nothing: its
    // variables are the body's (read there)
    if (name === "__aliases__" || name === "unquote" || name === "unquote_splicing") return;
    if (name === "when") return this.later([...pats([args[0]]), ...args.slice(1).map((g) => ({ a: g, s }))]);
    // Kernel.in/2 in a match: `x in []` expands to `false` (its left side is dropped, nothing
    // bound); any other right side is a compile error
    if (name === "in" && args.length === 2) return;
    if (name === "<<>>") return this.later(args.flatMap((seg) => this.segment(seg, s, (x) => ({ p: x, s, seen }))));
    if (name === "%{}") {
      return this.later(args.flatMap((kv): Step[] => (kv.t === "tuple" && kv.items.length === 2 ? [{ a: kv.items[0], s }, { p: kv.items[1], s, seen }] : [{ p: kv, s, seen }])));
    }
    if (name === "%") {
      if (args[0] && isVar(args[0])) this.bind(args[0], s, seen);
      if (args[1]) this.later(pats([args[1]]));
      return;
    }
    // a remote call in a pattern cannot bind; read what it refers to
    if (typeof name !== "string") return this.later([{ a, s }]);
    this.later(pats(args));
  }

  /** a binary segment `value::spec`: the value as `f` looks at it, sizes in the spec are reads */
  private segment(seg: Ast, s: VarScope, f: (a: Ast) => Step): Step[] {
    if (isCall(seg, "::") && seg.args?.length === 2) {
      const spec = seg.args[1];
      return [f(seg.args[0]), () => this.specReads(spec, s)];
    }
    return [f(seg)];
  }

  private specReads(spec: Ast, s: VarScope): void {
    if (spec.t !== "call" || spec.args === null) return; // a type (binary, integer ...), not a variable
    if (spec.name === "-") this.later(spec.args.map((x) => () => this.specReads(x, s)));
    else if (spec.name === "*") this.reads(spec.args.slice(0, 1), s); // size*unit: the size is an expression
    else if (spec.name === "size" || spec.name === "unit") this.reads(spec.args, s);
  }

  /** clauses whose left side is an expression, not a pattern (cond, receive's after) */
  private exprClauses(v: Ast, s: VarScope): Step[] {
    return (clausesOf(v) ?? []).flatMap((c) => {
      const cs = new VarScope(s);
      return [...c.args.map((x) => ({ a: x, s: cs })), ...this.block(clauseBody(c.body), cs), () => this.close(cs)];
    });
  }
  /** the `->` clauses of case/receive/fn/catch/else: each in its own scope */
  private clauses(list: Ast | undefined, s: VarScope): Step[] {
    return (clausesOf(list) ?? []).flatMap((c) => {
      const cs = new VarScope(s);
      return [...this.patterns(c.args, cs), ...(c.guard ? [{ a: c.guard, s: cs }] : []), ...this.block(clauseBody(c.body), cs), () => this.close(cs)];
    });
  }

  private doBlocks(a: AstCall): [string, Ast][] {
    const last = a.args?.[a.args.length - 1];
    return keywordPairs(last) ?? [];
  }

  private expr(a: Ast, s: VarScope): void {
    switch (a.t) {
      case "list":
      case "tuple":
        return this.later(this.siblings(a.items, s));
      case "call":
        break;
      default:
        return;
    }
    if (isVar(a)) {
      if (!SPECIAL_VARS.has(a.name)) this.read(a, s);
      return;
    }
    if (this.nestedDefinition?.(a)) return this.definition(a, s);
    // a warning the expansion gave at this call (a comparison with a struct literal or of a
    // comparison), after those of its arguments, expanded before it: the call walked again (its
    // warning now placed), then the warning
    const held = a.args !== null ? placeWarningAt(a, this.where, undefined, "") : undefined;
    if (held) return this.later([{ a, s }, () => this.warnings.push({ message: held.message, file: this.file, line: held.line, where: held.where, expanded: true })]);
    // a call of the program's own macro: the code it expanded to
    const expanded = expansionOf(a) ?? writtenExpansionOf(a);
    if (expanded) return this.later([{ a: expanded, s }]);
    const name = a.name;
    const args = a.args ?? [];
    if (typeof name !== "string") return this.later(this.siblings([name, ...args], s));
    const macroVar = name === "var!" ? contextVar(a) : null;
    if (macroVar) return this.read(macroVar, s);
    switch (name) {
      case "=":
        return this.later([{ a: args[1], s }, ...this.patterns([args[0]], s)]);
      case "|>":
        // `x |> f` calls f(x): a variable on the right is a function's name, not read
        if (args.length === 2 && isVar(args[1])) return this.reads([args[0]], s);
        break;
      case "@":
        return this.attributeRead(a, s);
      case "%{}":
        return this.later([...this.siblings(args, s), () => this.duplicateKeys(a)]);
      case "__aliases__":
        return;
      case "&": {
        // &name/arity and &recv.name/arity name a function (only a receiver is read);
        // &(x / y) with anything else is a division inside a capture, all read
        const body = args[0];
        if (!body || body.t === "int") return;
        if (isCall(body, "/") && body.args?.length === 2 && body.args[1].t === "int") {
          const fun = body.args[0];
          if (fun.t === "call" && typeof fun.name !== "string" && isCall(fun.name, ".")) this.reads([fun.name.args![0]], s);
          return;
        }
        this.reads([body], s);
        return;
      }
      case "quote": {
        // the options are code (bind_quoted: [x: x] reads x); the body only unquotes, unless
        // bind_quoted: or unquote: false makes it all quoted
        const pairs = args.flatMap((x) => keywordPairs(x) ?? []);
        if (pairs.length === 0 || !pairs.some(([k]) => k === "do")) return this.unquotes(a, s);
        const opts = pairs.filter(([k]) => k !== "do");
        this.reads(opts.map(([, v]) => v), s);
        const noUnquote = opts.some(([k, v]) => k === "bind_quoted" || (k === "unquote" && v.t === "atom" && v.v === "false"));
        if (!noUnquote) this.unquotes(pairs.find(([k]) => k === "do")![1], s);
        return;
      }
      case "binding":
        if (args.length === 0) s.markAllUsed();
        return;
      case "defmodule":
        // the module body is compiled with the binding in scope
        s.markAllUsed();
        return;
      case "<<>>":
        return this.later(this.siblings(args, s, (seg, cs) => this.segment(seg, cs, (x) => ({ a: x, s: cs }))));
      case "case":
        return this.later([{ a: args[0], s }, ...this.doBlocks(a).flatMap(([k, v]) => (k === "do" ? this.clauses(v, s) : []))]);
      case "match?":
        // Kernel.match?/2 is `case expr do pattern -> true; _ -> false end`: what its pattern
        // binds is a clause's, unused unless its guard reads it
        if (args.length !== 2) break;
        return this.later([{ a: args[1], s }, ...this.clauses({ t: "list", items: [call("->", [{ t: "list", items: [args[0]] }, atomA("true")], a.meta)] }, s)]);
      case "receive":
        // an `after` clause's left side is the timeout, an expression, as a cond clause's is
        return this.later(this.doBlocks(a).flatMap(([k, v]) => (k === "after" ? this.exprClauses(v, s) : this.clauses(v, s))));
      case "cond":
        return this.later(this.doBlocks(a).flatMap(([, v]) => this.exprClauses(v, s)));
      case "if":
      case "unless": {
        if (args.length < 2) break;
        const outer = this.macroLine;
        this.macroLine ??= lineOf(a);
        // (`if` is a case whose first clause is the else branch's: Elixir expands that one first)
        const pairs = keywordPairs(args[1]) ?? [];
        const ordered = a.name === "if" ? [...pairs.filter(([k]) => k === "else"), ...pairs.filter(([k]) => k !== "else")] : pairs;
        return this.later([{ a: args[0], s }, ...ordered.flatMap(([, v]) => this.scoped(blockItems(v), s)), () => {
          this.macroLine = outer;
        }]);
      }
      case "__block__": {
        // `(a; b)` inside an expression: a block in the same scope (its literals have its line)
        const outer = this.macroLine;
        this.macroLine ??= lineOf(a);
        return this.later([...this.block(args, s), () => {
          this.macroLine = outer;
        }]);
      }
      case "fn":
        return this.later(args.flatMap((c) => this.clauses({ t: "list", items: [c] }, s)));
      case "try":
        return this.later(this.tryForm(a, s));
      case "for":
        return this.later(this.forForm(args, s));
      case "with":
        return this.later(this.withForm(args, s, lineOf(a)));
      // (the operators whose right side sees what the left one bound)
      case "and": case "or": case "&&": case "||":
        return this.reads(args, s);
    }
    this.later(this.siblings(args, s));
  }

  private attributeRead(a: AstCall, s?: VarScope): void {
    const [inner] = a.args ?? [];
    if (inner && inner.t === "call" && typeof inner.name === "string" && (inner.args === null || inner.args.length === 0)) this.onAttributeRead?.(a, this.warnings);
    // `@attr value` in module-body code (a `for` around defs): the value reads the variables
    else if (s && inner && inner.t === "call" && inner.args?.length === 1) this.reads([inner.args[0]], s);
  }

  private scoped(items: Ast[], s: VarScope): Step[] {
    const cs = new VarScope(s);
    return [...this.block(items, cs), () => this.close(cs)];
  }

  /** inside a quote only `unquote(...)` is code */
  /** a definition in a module body: only its unquotes are the body's code, but for a test's
   *  computed name (`test "#{name} works"`), which ExUnit's test macro evaluates in the body */
  private definition(a: Ast, s: VarScope): void {
    // (a describe block in body code, as in a `for`)
    const describeBody = isCall(a, "describe") && a.args?.length === 2 ? keywordPairs(a.args[1])?.find(([k]) => k === "do")?.[1] : undefined;
    if (describeBody !== undefined) return this.describe(a as AstCall, describeBody, s);
    const args = a.t === "call" && a.name === "test" ? a.args ?? [] : [];
    if (args.length >= 2 && args[0].t !== "str") {
      this.reads([args[0]], s);
      return this.later(args.slice(1).map((x) => () => this.unquotes(x, s)));
    }
    this.unquotes(a, s);
  }

  /** an ExUnit describe block: its name is the body's code (`describe "n #{n}"`, `describe name`),
   *  its block a fn's body (it reads the body's variables; those it binds are its own) */
  private describe(a: AstCall, body: Ast, s: VarScope): void {
    const inner = new VarScope(s);
    this.later([{ a: a.args![0], s }, ...this.block(blockItems(body), inner), () => this.close(inner)]);
  }

  private unquotes(a: Ast, s: VarScope): void {
    if (a.t !== "call") return this.later(astKids(a).map((x) => () => this.unquotes(x, s)));
    if ((a.name === "unquote" || a.name === "unquote_splicing") && a.args) return this.reads(a.args, s);
    // `Left.unquote(name)`: name is code, Left is quoted
    if (isUnquotedDot(a)) {
      this.reads(a.args!, s);
      return this.later([() => this.unquotes((a.name as AstCall).args![0], s)]);
    }
    this.later(astKids(a).map((x) => () => this.unquotes(x, s)));
  }

  private tryForm(a: AstCall, s: VarScope): Step[] {
    return this.doBlocks(a).flatMap(([k, v]): Step[] => {
      if (k === "do" || k === "after") return this.scoped(blockItems(v), s);
      if (k !== "rescue") return this.clauses(v, s);
      return (clausesOf(v) ?? []).flatMap((c) => {
        const cs = new VarScope(s);
        const seen = new Map<string, Binding>();
        const head: Step[] = c.args.flatMap((p): Step[] => {
          if (isCall(p, "in") && p.args?.length === 2) {
            const [v, mods] = p.args;
            return [() => { if (isVar(v)) this.bind(v, cs, seen); }, { a: mods, s: cs }];
          }
          if (isVar(p)) return [() => this.bind(p, cs, seen)];
          return [{ a: p, s: cs }];
        });
        // (a head with a guard is no rescue head Elixir knows: it fails as a whole)
        return [() => this.reaching(c.written), ...head, ...this.block(clauseBody(c.body), cs), () => this.close(cs)];
      });
    });
  }

  /** a generator's (a `with` clause's) right side: what it binds is seen by nothing after it, but
   *  reported unused with the comprehension's variables */
  private unseen(a: Ast, s: VarScope): Step[] {
    const cs = new VarScope(s);
    return [{ a, s: cs }, () => s.bound.push(...cs.bound)];
  }

  private forForm(args: Ast[], s: VarScope): Step[] {
    const fs = new VarScope(s);
    let opts: [string, Ast][] = [];
    const steps: Step[] = [];
    for (const x of args) {
      if (isCall(x, "<-") && x.args?.length === 2) steps.push(...this.unseen(x.args[1], fs), ...this.patterns([x.args[0]], fs));
      else if (binaryGenerator(x)) {
        // `<<a, b::size(a) <- bin>>`: the binary is read, the segments before `<-` are a pattern
        const segs = x.args!;
        const [lastPat, bin] = (segs[segs.length - 1] as AstCall).args!;
        steps.push(...this.unseen(bin, fs), ...this.patterns([{ ...x, args: [...segs.slice(0, -1), lastPat] }], fs));
      }
      // `for x <- xs, reduce: acc do ... end`: the options and the do block are two lists
      else if (x.t === "list" && keywordPairs(x)) opts = [...opts, ...keywordPairs(x)!];
      else steps.push({ a: x, s: fs });
    }
    const into = opts.find(([k]) => k === "into" || k === "uniq");
    if (into) steps.push({ a: into[1], s });
    const reduce = opts.find(([k]) => k === "reduce");
    if (reduce) steps.push({ a: reduce[1], s });
    for (const [k, v] of opts) {
      if (k !== "do") continue;
      if (reduce) steps.push(...this.clauses(v, fs));
      else steps.push(...this.block(blockItems(v), fs));
    }
    steps.push(() => this.close(fs));
    return steps;
  }

  private withForm(args: Ast[], s: VarScope, line: number | undefined): Step[] {
    const ws = new VarScope(s);
    let opts: [string, Ast][] = [];
    const steps: Step[] = [];
    for (const x of args) {
      if (isCall(x, "<-") && x.args?.length === 2) steps.push(...this.unseen(x.args[1], ws), ...this.patterns([x.args[0]], ws));
      // `for x <- xs, reduce: acc do ... end`: the options and the do block are two lists
      else if (x.t === "list" && keywordPairs(x)) opts = [...opts, ...keywordPairs(x)!];
      else steps.push({ a: x, s: ws });
    }
    for (const [k, v] of opts) if (k === "do") steps.push(...this.block(blockItems(v), ws));
    steps.push(() => this.close(ws));
    // (Elixir 1.14 warns when no clause is a `<-` one: a match `=` fails with MatchError instead)
    if (opts.some(([k]) => k === "else") && !args.some((x) => isCall(x, "<-")))
      steps.push(() => this.warnings.push({ message: "\"else\" clauses will never match because all patterns in \"with\" will always match", file: this.file, line }));
    for (const [k, v] of opts) if (k === "else") steps.push(...this.clauses(v, s));
    return steps;
  }
}

/** a `for`'s binary generator, `<<segments <- binary>>` */
function binaryGenerator(x: Ast): x is AstCall {
  if (!isCall(x, "<<>>") || !x.args?.length) return false;
  const last = x.args[x.args.length - 1];
  return isCall(last, "<-") && last.args?.length === 2;
}

/** var!(name) / var!(name, context) as the variable it stands for: of the caller (context nil) by
 *  its plain name, of another context by a hygienic one (never reported) */
function contextVar(a: AstCall): (AstCall & { name: string; args: null }) | null {
  const [v, ctx] = a.args ?? [];
  if (!v || !isVar(v)) return null;
  const plain = plainName(v.name);
  const callers = ctx === undefined || (ctx.t === "atom" && ctx.v === "nil");
  return { ...v, name: callers ? plain : plain + "\u0001var!", meta: { ...v.meta, line: v.meta.line ?? a.meta.line } };
}

/** a top-level block's expressions, a block among them (`1; (2; 3)`) split too */
function topLevelExprs(items: Ast[]): Ast[] {
  const out: Ast[] = [];
  // (on a work list: blocks nest thousands deep)
  const todo = [...items].reverse();
  while (todo.length > 0) {
    const a = todo.pop()!;
    if (isCall(a, "__block__") && a.args) for (let i = a.args.length - 1; i >= 0; i--) todo.push(a.args[i]);
    else out.push(a);
  }
  return out;
}

/** a `->` clause's expressions; a parenthesized block alone there (`_ -> (1; 2)`) stays one, with
 *  its line, which its unused literals are told at (a clause's own block has none) */
function clauseBody(body: Ast | undefined): Ast[] {
  return body !== undefined && isCall(body, "__block__") && lineOf(body) !== undefined ? [body] : blockItems(body);
}
