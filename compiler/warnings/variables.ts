// Unused variables, as Elixir 1.14's expansion reports them: when a scope closes (a function
// clause, a case/receive/fn/rescue clause, a comprehension, a with), every variable bound in it
// and never read is reported, sorted by name (then by binding order). A variable rebound where one
// of the same name was visible gets the "use the pin operator" variant. Reading an underscored
// variable warns at the read. The walk knows the special forms; any other call just reads its
// arguments.
import type { Ast, AstCall } from "../../lang/ast.ts";
import { isCall, isVar, blockItems, clausesOf, keywordPairs, lineOf } from "../ast_util.ts";
import type { Warning } from "./warning.ts";
import { inspectLiteral } from "./literals.ts";

interface Binding {
  name: string;
  line: number;
  used: boolean;
  overridden: boolean;
}

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

const SPECIAL_VARS = new Set(["__MODULE__", "__ENV__", "__DIR__", "__CALLER__", "__STACKTRACE__"]);
const UNUSED = "(if the variable is not meant to be used, prefix it with an underscore)";
const NO_EFFECT = "in code block has no effect as it is never returned";
const PINNABLE = "(there is a variable with the same name in the context, use the pin operator (^) to match on it or prefix this variable with underscore if it is not meant to be used)";

export class VariableChecker {
  readonly warnings: Warning[] = [];
  /** the line of the outermost macro call (`if`, `unless`) being walked: Elixir gives it to the
   *  blocks inside, which have none of their own */
  private macroLine: number | undefined;
  /**
   * @param onAttributeRead sees each `@attr` read in source order (a module checks it was set):
   *   its warnings come in the order of expansion, among these
   */
  constructor(readonly file: string, private where: string | undefined, private onAttributeRead?: (a: AstCall, warnings: Warning[]) => void) {}

  /** a function clause (or a script's top level): its patterns, guard and body in one scope */
  clause(args: Ast[], guard: Ast | null, body: Ast[], outer: VarScope | null = null): void {
    const s = new VarScope(outer);
    this.patterns(args, s);
    if (guard) this.expr(guard, s);
    this.block(body, s);
    this.close(s);
  }

  /** a script's top level; `defmodule` sees (and so uses) every variable bound before it */
  topLevel(items: Ast[]): void {
    this.clause([], null, items);
  }

  /**
   * an expression typed at the REPL's prompt: its variables outlive it (the session keeps them,
   * `bound` are the earlier ones), so only those of the scopes inside it can be unused
   */
  prompt(items: Ast[], bound: string[]): void {
    const s = new VarScope(null);
    for (const name of bound) s.vars.set(name, { name, line: 0, used: true, overridden: false });
    this.block(items, s);
  }

  /** a module body's own code, one scope; in a definition only `unquote(...)` reads the body's
   *  variables */
  moduleBody(items: Ast[], isDefinition: (a: Ast) => boolean): void {
    const s = new VarScope(null);
    const code = items.filter((a) => !isDefinition(a));
    for (const it of items) {
      if (isDefinition(it)) this.unquotes(it, s);
      else {
        this.expr(it, s);
        if (it !== code[code.length - 1]) this.uselessTerm(it, s);
      }
    }
    this.close(s);
  }

  private close(s: VarScope): void {
    const unused = s.bound.filter((b) => !b.used && !b.name.startsWith("_"));
    unused.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const b of unused) {
      this.warnings.push({ message: `variable "${b.name}" is unused ${b.overridden ? PINNABLE : UNUSED}`, file: this.file, line: b.line, where: this.where });
    }
  }

  /** a block: each expression but the last is evaluated for nothing, which Elixir points out
   *  (after expanding it) for literals, variables and attributes written on their own */
  private block(items: Ast[], s: VarScope): void {
    items.forEach((it, i) => {
      this.expr(it, s);
      if (i < items.length - 1) this.uselessTerm(it, s);
    });
  }

  private uselessTerm(a: Ast, s: VarScope): void {
    const warn = (message: string, line: number | undefined) => this.warnings.push({ message, file: this.file, line, where: this.where });
    if (a.t === "str" || a.t === "int" || a.t === "float") {
      // a literal has no line of its own, nor has the block around it
      warn(`code block contains unused literal ${inspectLiteral(a)} (remove the literal or assign it to _ to avoid warnings)`, this.macroLine);
    } else if (isCall(a, "@") && a.args?.length === 1 && isVar(a.args[0])) {
      warn(`module attribute @${a.args[0].name} ${NO_EFFECT} (remove the attribute or assign it to _ to avoid warnings)`, lineOf(a));
    } else if (isVar(a) && !SPECIAL_VARS.has(a.name) && s.lookup(a.name)) {
      warn(`variable ${a.name} ${NO_EFFECT} (remove the variable or assign it to _ to avoid warnings)`, lineOf(a));
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
    if (!b) return;
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
    const b: Binding = { name: a.name, line: lineOf(a) ?? 0, used: false, overridden: s.lookup(a.name) !== undefined };
    inPattern.set(a.name, b);
    s.vars.set(a.name, b);
    s.bound.push(b);
  }

  private patterns(ps: Ast[], s: VarScope): void {
    const seen = new Map<string, Binding>();
    for (const p of ps) this.pattern(p, s, seen);
  }

  private pattern(a: Ast, s: VarScope, seen: Map<string, Binding>): void {
    switch (a.t) {
      case "list":
      case "tuple":
        for (const x of a.items) this.pattern(x, s, seen);
        return;
      case "call":
        break;
      default:
        return;
    }
    if (isVar(a)) return this.bind(a, s, seen);
    const name = a.name;
    const args = a.args ?? [];
    if (name === "^") {
      if (args[0] && isVar(args[0])) this.read(args[0], s);
      return;
    }
    if (name === "@") return this.attributeRead(a);
    if (name === "__aliases__") return;
    if (name === "when") {
      this.pattern(args[0], s, seen);
      for (const g of args.slice(1)) this.expr(g, s);
      return;
    }
    if (name === "<<>>") {
      for (const seg of args) this.segment(seg, s, (x) => this.pattern(x, s, seen));
      return;
    }
    if (name === "%{}") {
      for (const kv of args) {
        if (kv.t === "tuple" && kv.items.length === 2) {
          this.expr(kv.items[0], s);
          this.pattern(kv.items[1], s, seen);
        } else this.pattern(kv, s, seen);
      }
      return;
    }
    if (name === "%") {
      if (args[0] && isVar(args[0])) this.bind(args[0], s, seen);
      if (args[1]) this.pattern(args[1], s, seen);
      return;
    }
    if (typeof name !== "string") {
      // a remote call in a pattern cannot bind; read what it refers to
      this.expr(a, s);
      return;
    }
    for (const x of args) this.pattern(x, s, seen);
  }

  /** a binary segment `value::spec`: the value through `f`, sizes in the spec are reads */
  private segment(seg: Ast, s: VarScope, f: (a: Ast) => void): void {
    if (isCall(seg, "::") && seg.args?.length === 2) {
      f(seg.args[0]);
      this.specReads(seg.args[1], s);
    } else f(seg);
  }

  private specReads(spec: Ast, s: VarScope): void {
    if (spec.t !== "call" || spec.args === null) return; // a type (binary, integer ...), not a variable
    if (spec.name === "-" || spec.name === "*") {
      for (const x of spec.args) this.specReads(x, s);
    } else if (spec.name === "size" || spec.name === "unit") {
      for (const x of spec.args) this.expr(x, s);
    }
  }

  /** the `->` clauses of case/receive/fn/catch/else: each in its own scope */
  private clauses(list: Ast | undefined, s: VarScope): void {
    for (const c of clausesOf(list) ?? []) {
      const cs = new VarScope(s);
      this.patterns(c.args, cs);
      if (c.guard) this.expr(c.guard, cs);
      this.block(blockItems(c.body), cs);
      this.close(cs);
    }
  }

  private doBlocks(a: AstCall): [string, Ast][] {
    const last = a.args?.[a.args.length - 1];
    return keywordPairs(last) ?? [];
  }

  expr(a: Ast, s: VarScope): void {
    switch (a.t) {
      case "list":
      case "tuple":
        for (const x of a.items) this.expr(x, s);
        return;
      case "call":
        break;
      default:
        return;
    }
    if (isVar(a)) {
      if (!SPECIAL_VARS.has(a.name)) this.read(a, s);
      return;
    }
    const name = a.name;
    const args = a.args ?? [];
    if (typeof name !== "string") {
      this.expr(name, s);
      for (const x of args) this.expr(x, s);
      return;
    }
    switch (name) {
      case "=":
        this.expr(args[1], s);
        this.patterns([args[0]], s);
        return;
      case "@":
        return this.attributeRead(a, s);
      case "%{}":
        for (const x of args) this.expr(x, s);
        this.duplicateKeys(a);
        return;
      case "__aliases__":
      case "&":
        if (name === "&" && args[0] && !(isCall(args[0], "/") || args[0].t === "int")) this.expr(args[0], s);
        return;
      case "quote":
        this.unquotes(a, s);
        return;
      case "binding":
        if (args.length === 0) s.markAllUsed();
        return;
      case "defmodule":
        // the module body is compiled with the binding in scope
        s.markAllUsed();
        return;
      case "<<>>":
        for (const seg of args) this.segment(seg, s, (x) => this.expr(x, s));
        return;
      case "case": {
        this.expr(args[0], s);
        for (const [k, v] of this.doBlocks(a)) if (k === "do") this.clauses(v, s);
        return;
      }
      case "receive": {
        for (const [k, v] of this.doBlocks(a)) this.clauses(v, s);
        return;
      }
      case "cond": {
        for (const [, v] of this.doBlocks(a)) {
          for (const c of clausesOf(v) ?? []) {
            const cs = new VarScope(s);
            for (const x of c.args) this.expr(x, cs);
            this.block(blockItems(c.body), cs);
            this.close(cs);
          }
        }
        return;
      }
      case "if":
      case "unless": {
        if (args.length < 2) break;
        const outer = this.macroLine;
        this.macroLine ??= lineOf(a);
        this.expr(args[0], s);
        for (const [, v] of keywordPairs(args[1]) ?? []) this.scoped(blockItems(v), s);
        this.macroLine = outer;
        return;
      }
      case "fn":
        for (const c of args) this.clauses({ t: "list", items: [c] }, s);
        return;
      case "try":
        return this.tryForm(a, s);
      case "for":
        return this.forForm(args, s);
      case "with":
        return this.withForm(args, s);
    }
    for (const x of args) this.expr(x, s);
  }

  private attributeRead(a: AstCall, s?: VarScope): void {
    const [inner] = a.args ?? [];
    if (inner && inner.t === "call" && typeof inner.name === "string" && (inner.args === null || inner.args.length === 0)) this.onAttributeRead?.(a, this.warnings);
    // `@attr value` in module-body code (a `for` around defs): the value reads the variables
    else if (s && inner && inner.t === "call" && inner.args?.length === 1) this.expr(inner.args[0], s);
  }

  private scoped(items: Ast[], s: VarScope): void {
    const cs = new VarScope(s);
    this.block(items, cs);
    this.close(cs);
  }

  private unquotes(a: Ast, s: VarScope): void {
    if (a.t === "list" || a.t === "tuple") {
      for (const x of a.items) this.unquotes(x, s);
      return;
    }
    if (a.t !== "call") return;
    if ((a.name === "unquote" || a.name === "unquote_splicing") && a.args) {
      for (const x of a.args) this.expr(x, s);
      return;
    }
    if (typeof a.name !== "string") this.unquotes(a.name, s);
    for (const x of a.args ?? []) this.unquotes(x, s);
  }

  private tryForm(a: AstCall, s: VarScope): void {
    for (const [k, v] of this.doBlocks(a)) {
      if (k === "do" || k === "after") this.scoped(blockItems(v), s);
      else if (k === "rescue") {
        for (const c of clausesOf(v) ?? []) {
          const cs = new VarScope(s);
          const seen = new Map<string, Binding>();
          for (const p of c.args) {
            if (isCall(p, "in") && p.args?.length === 2) {
              if (isVar(p.args[0])) this.bind(p.args[0], cs, seen);
              this.expr(p.args[1], cs);
            } else if (isVar(p)) this.bind(p, cs, seen);
            else this.expr(p, cs);
          }
          this.block(blockItems(c.body), cs);
          this.close(cs);
        }
      } else this.clauses(v, s);
    }
  }

  private forForm(args: Ast[], s: VarScope): void {
    const fs = new VarScope(s);
    let opts: [string, Ast][] = [];
    for (const x of args) {
      if (isCall(x, "<-") && x.args?.length === 2) {
        this.expr(x.args[1], fs);
        this.patterns([x.args[0]], fs);
      } else if (x.t === "list" && keywordPairs(x)) {
        opts = keywordPairs(x)!;
      } else this.expr(x, fs);
    }
    const into = opts.find(([k]) => k === "into" || k === "uniq");
    if (into) this.expr(into[1], s);
    const reduce = opts.find(([k]) => k === "reduce");
    if (reduce) this.expr(reduce[1], s);
    for (const [k, v] of opts) {
      if (k !== "do") continue;
      if (reduce) this.clauses(v, fs);
      else this.block(blockItems(v), fs);
    }
    this.close(fs);
  }

  private withForm(args: Ast[], s: VarScope): void {
    const ws = new VarScope(s);
    let opts: [string, Ast][] = [];
    for (const x of args) {
      if (isCall(x, "<-") && x.args?.length === 2) {
        this.expr(x.args[1], ws);
        this.patterns([x.args[0]], ws);
      } else if (x.t === "list" && keywordPairs(x)) {
        opts = keywordPairs(x)!;
      } else this.expr(x, ws);
    }
    for (const [k, v] of opts) if (k === "do") this.block(blockItems(v), ws);
    this.close(ws);
    for (const [k, v] of opts) if (k === "else") this.clauses(v, s);
  }
}
