// Tokens -> AST (Elixir's quoted form, see ast.ts).
//
// Why a hand-written precedence-climbing parser rather than a parser library (chevrotain's
// CstParser was considered): Elixir's grammar is one big operator-precedence table plus decisions
// that depend on whitespace (`foo -1` is a call, `foo - 1` a subtraction, `foo [1]` a call,
// `foo[1]` an access) and on context (a `do` block binds to the outermost no-parens call). In an
// LL(k) library every one of those becomes a gate with hand-written lookahead, so its machinery
// would add pitfalls without deciding anything. Precedence climbing encodes the
// table (copied from elixir_parser.yrl) directly, and one Parser instance is reused.
import type { Ast, AstCall, Meta } from "./ast.ts";
import { CompileError } from "./compile_error.ts";
import { tokenize, LineTable, DO_SUFFIX, type Tok, type SigilValue } from "./lexer.ts";
import type { Part } from "./quoted_text.ts";
import { literalCodes, bytesText } from "./literal_codes.ts";
import { eachTokenAtom } from "./token_atoms.ts";
import { takesMeta, type At, type TokenMetaItem, type TokenMetaTable } from "./token_meta.ts";

// [precedence, right associative] from elixir_parser.yrl
const BIN: Record<string, [number, boolean]> = {
  "<-": [40, false], "\\\\": [40, false],
  when: [50, true], "::": [60, true], "|": [70, true],
  "=": [100, true],
  "||": [120, false], "|||": [120, false], or: [120, false],
  "&&": [130, false], "&&&": [130, false], and: [130, false],
  "==": [140, false], "!=": [140, false], "=~": [140, false], "===": [140, false], "!==": [140, false],
  "<": [150, false], ">": [150, false], "<=": [150, false], ">=": [150, false],
  "|>": [160, false], "<<<": [160, false], ">>>": [160, false], "<<~": [160, false], "~>>": [160, false],
  "<~": [160, false], "~>": [160, false], "<~>": [160, false], "<|>": [160, false],
  in: [170, false], "not in": [170, false],
  "^^^": [180, false],
  "//": [190, true],
  "++": [200, true], "--": [200, true], "+++": [200, true], "---": [200, true], "<>": [200, true], "..": [200, true],
  "+": [210, false], "-": [210, false],
  "*": [220, false], "/": [220, false],
  "**": [230, false],
};
const UNARY = new Set(["-", "+", "!", "^", "not", "~~~"]);
const CAPTURE_PREC = 90;

const str = (v: string): Ast => ({ t: "str", v });
const atom = (v: string): Ast => ({ t: "atom", v });
const call = (name: string | Ast, meta: Meta, args: Ast[] | null): AstCall => ({ t: "call", name, meta, args });
const tuple2 = (a: Ast, b: Ast): Ast => ({ t: "tuple", items: [a, b] });
const meta = (t: Tok): Meta => ({ line: t.line, column: t.col });
const EMPTY_BLOCK = (): Ast => call("__block__", {}, []);

/** (token_metadata) a clause's: the line breaks after its `->`, and the separator after its first
 *  expression when that expression takes no meta (Elixir then annotates the clause) */
type Item = { clause: false; ast: Ast } | { clause: true; head: Ast[]; meta: Meta; body: Ast[]; first?: number; last?: number; arrowNl?: number; eoe?: Tok };

/**
 * A bracketed construct (or an interpolated string) met deeper than DEFER_DEPTH, skipped and parsed
 * later from an empty JS stack: `node` stands in for it in the tree until then. So nesting depth
 * is bounded by memory, not by the JS stack (Elixir's LALR parser has no depth limit either).
 */
/**
 * A no-parens call whose first argument starts with a name, waiting in the postfix loop while
 * that argument's start is read (`f g x`, `a.f b.g x`, `f a: M.g x`): local (`local`, the
 * identifier) or remote (`dot`, `n` its name), with the keyword when the argument is a keyword
 * list whose first value is that expression.
 */
interface Waiting { local: Tok | null; dot: Ast | null; n: Tok; kw: Tok | null }

interface Deferred { node: Ast | Ast[]; toks: Tok[]; closeOf: Int32Array; p: number; end: number; doBlock?: boolean; access?: boolean }
const DEFER_DEPTH = 64;

/**
 * What Code.format_string! needs of the source beyond the AST (Elixir's token metadata): the
 * token of each literal (its text as written), the first and last line of each block item and
 * clause, and the lines of do/end blocks. Kept only while formatting.
 */
export interface FormatRecord {
  /** the token of a literal, list, tuple or keyword pair (its key's) */
  literals: WeakMap<Ast, Tok>;
  spans: WeakMap<Ast, [number, number]>;
  /** lists and tuples written with a newline after their opening bracket and before the closing one */
  opened: WeakSet<Ast>;
  /** the closing bracket's line of those */
  closing: WeakMap<Ast, number>;
  /** local calls written with parentheses */
  parens: WeakSet<Ast>;
  /** a do/end block's keyword list: the do line, then the line that ends each section (the next
   *  section's keyword or `end`) */
  doEnd: WeakMap<Ast, number[]>;
  /** binary operators with a line break right before or after them (Elixir's `newlines` meta) */
  eolOps: WeakSet<Ast>;
}

/** Elixir's arrow_op operators; the names of nodes that are no call of an identifier (word operators, fn, aliases, blocks) */
const ARROW_OPS = new Set(["|>", "<<<", ">>>", "<<~", "~>>", "<~", "~>", "<~>", "<|>"]);
const WORD_OPS = new Set(["and", "or", "not", "in", "when", "fn", "__aliases__", "__block__"]);

export class Parser {
  fmt: FormatRecord | null = null;
  /** (Code.string_to_quoted's token_metadata) the tokens around each node, or null: not asked */
  tokenMeta: TokenMetaTable | null = null;
  /** did the last bracketed arguments read open and close on lines of their own */
  private lastOpen = false;
  private lastClose = 0;
  private toks: Tok[] = [];
  private p = 0;
  private file = "nofile";
  private lt!: LineTable;
  /** >0 while parsing no-parens call arguments: a `do` there belongs to the outer call */
  private noDo = 0;
  private depth = 0;
  /** levels of `depth` that take no JS frame (a chain of no-parens calls read in a loop): deep
   *  constructs are deferred as before, and maxDepth measures the JS stack */
  private flatDepth = 0;
  /** for each opening token (`(`, `[`, `{`, `<<`, `do`, `fn`), the index of its closing one
   *  (filled per token list by withTokens) */
  private closeOf: Int32Array = new Int32Array(0);
  /** work done, for tests that prove parsing linear: tokens consumed (again after a backtrack
   *  too) and tokens given back by backtracking */
  readonly work = { advances: 0, backtracked: 0, deferred: 0, maxDepth: 0 };
  /** expression depth on one JS stack from which constructs are deferred (tests lower it; at
   *  least 1, so that a deferred construct is itself parsed) */
  deferDepth = DEFER_DEPTH;
  /** constructs skipped for now, in the order met (see Deferred) */
  private deferred: Deferred[] = [];
  /** Elixir's no_parens_many_expr: a call without parentheses of two or more arguments (`max 1,
   *  2`, `if a, do: b`), or an operator whose right operand is one; ambiguous as one argument among
   *  others or inside a container */
  private noParensMany = new WeakSet<Ast>();
  /** calls written `f(a)`, `m.f(a)`, `f.(a)`: Elixir's grammar lets one more parenthesised
   * argument list follow them (`f.(1)(2)`), and nothing else (`(fn -> 1 end)(1)`, `f(1)(2)(3)`) */
  private parenCalls = new WeakSet<Ast>();
  /** where `not x in y` / `!x in y` was read as `not(x in y)` ("line:col" of the `in`), for the
   *  deprecation warning Elixir's parser prints (null: not recorded) */
  rearrangedIn: Set<string> | null = null;
  /** where an arrow operator (`|>`, `<<<`, `~>`...) was given a call without parentheses that has
   *  arguments (`x |> f 1`), "line:col" of the operator, for the parser's ambiguity warning */
  ambiguousPipes: Set<string> | null = null;
  /** the keyword lists read from `do ... end` blocks (a call given one is no call without parentheses) */
  private doBlocks = new WeakSet<Ast>();

  /** Code.string_to_quoted's existing_atoms_only: an atom the text names that the atom table lacks
   *  is the tokenizer's error, and `:"a#{b}"` becomes :erlang.binary_to_existing_atom/2 */
  existingAtomsOnly: ((name: string) => boolean) | null = null;

  /** textStart: where the text begins after padding that stands for a first line and column
   *  (Code.string_to_quoted's line: and column:) */
  parse(source: string, file: string, firstLine = 1, textStart = 0): Ast {
    this.lt = new LineTable(source, firstLine);
    this.file = file;
    this.deferred = [];
    this.depth = 0;
    this.flatDepth = 0;
    const toks = tokenize(this.lt, file);
    if (this.existingAtomsOnly !== null) checkAtomsExist(toks, this.lt, file, this.existingAtomsOnly);
    checkTerminators(toks, file);
    let first: CompileError | null = null;
    let ast: Ast | null = null;
    try {
      ast = this.withTokens(toks, () => {
        const body = this.parseBlockItems(["eof"]);
        this.expectKind("eof");
        // Elixir gives an all-newlines file a positioned empty block (its eol token's meta)
        const eol = source.indexOf("\n", textStart);
        if (body.length === 0 && eol >= 0) return call("__block__", { line: this.lt.line(eol), column: 1 }, []);
        return this.blockOf(body, {});
      });
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      first = e;
    }
    this.finishDeferred(first);
    return ast!;
  }

  /**
   * Parse the skipped constructs, each from a fresh JS stack, depth first in source order (a
   * construct's own skipped parts before the next one). A skipped construct lies before wherever
   * the parse stopped, so the error to report is the earliest one, as a one-pass parser finds it.
   */
  private finishDeferred(first: CompileError | null): void {
    let err = first;
    const stack = this.deferred.reverse();
    this.deferred = [];
    const [st, sp, sn, sc] = [this.toks, this.p, this.noDo, this.closeOf];
    try {
      while (stack.length > 0) {
        const job = stack.pop()!;
        this.toks = job.toks; this.closeOf = job.closeOf; this.p = job.p; this.noDo = 0; this.depth = 0; this.flatDepth = 0;
        try {
          if (Array.isArray(job.node)) {
            job.node.push(...this.parseParenArgs());
          } else {
            const ast = job.doBlock ? this.parseDoBlockNow() : job.access ? this.parseAccessIndexNow() : this.parsePrimary();
            // `((...))` deep inside is itself still deferred: that job fills this node instead
            const inner = this.deferred.find((d) => d.node === ast);
            if (inner) inner.node = job.node; else { Object.assign(job.node, ast); this.formatAs(ast, job.node); }
          }
          if (this.p !== job.end + 1) this.fail(this.peek());
        } catch (e) {
          if (!(e instanceof CompileError)) throw e;
          if (err === null || before(e, err)) err = e;
        }
        for (let i = this.deferred.length - 1; i >= 0; i--) stack.push(this.deferred[i]);
        this.deferred = [];
      }
    } finally {
      this.toks = st; this.p = sp; this.noDo = sn; this.closeOf = sc;
    }
    if (err !== null) throw err;
  }

  /** (formatting) what was recorded of `from`, the construct parsed late, recorded of `to`, the
   *  placeholder it fills: a do/end block's lines, a literal's token, spans, ... */
  private formatAs(from: Ast, to: Ast): void {
    this.tokenMeta?.copy(from, to);
    const f = this.fmt;
    if (f === null) return;
    const [doEnd, lit, span, close] = [f.doEnd.get(from), f.literals.get(from), f.spans.get(from), f.closing.get(from)];
    if (doEnd !== undefined) f.doEnd.set(to, doEnd);
    if (lit !== undefined) f.literals.set(to, lit);
    if (span !== undefined) f.spans.set(to, span);
    if (close !== undefined) f.closing.set(to, close);
    if (f.opened.has(from)) f.opened.add(to);
    if (f.parens.has(from)) f.parens.add(to);
    if (f.eolOps.has(from)) f.eolOps.add(to);
  }

  /**
   * Deep enough to skip the construct starting at the current token? Only when what follows it
   * never looks inside it (`.`, a call or access bracket, `//`, `->` do), so the placeholder is
   * never inspected before it is filled. Returns the index of its last token, or -1.
   */
  private deferrableEnd(t: Tok): number {
    if (this.depth < this.deferDepth) return -1;
    let end = -1;
    switch (t.k) {
      case "(": case "[": case "{": case "<<": case "fn": end = this.closeOf[this.p]; break;
      case "%": { const open = this.structOpen(); if (open >= 0) end = this.closeOf[open]; break; }
      case "str": case "charlist": case "qatom": case "sigil": {
        const parts = (t.k === "sigil" ? (t.v as SigilValue).parts : t.v) as Part[];
        if (parts.some((x) => typeof x !== "string")) end = this.p;
        break;
      }
      default: return -1;
    }
    return this.safeAfter(end) ? end : -1;
  }

  /** the index of the `{` of the map or struct whose `%` is the current token (a struct's name as
   *  parseMapOrStruct reads it: an alias chain, a variable or @attr, `__MODULE__`), or -1 */
  private structOpen(): number {
    let i = this.p + 1;
    const at = (k: number) => this.toks[Math.min(k, this.toks.length - 1)];
    if (at(i).k === "alias" || at(i).k === "ident") {
      i++;
      while (this.isOp(at(i), ".") && at(i + 1).k === "alias") i += 2;
    } else if (this.isOp(at(i), "@") && at(i + 1).k === "ident") i += 2;
    return at(i).k === "{" ? i : -1;
  }

  /** does nothing after token `end` inspect what ends there? */
  private safeAfter(end: number): boolean {
    if (end < 0) return false;
    const after = this.toks[end + 1];
    if (!after || after.k === "do") return false;
    if ((after.k === "(" || after.k === "[") && !after.sb) return false;
    return !(after.k === "op" && (after.text === "." || after.text === "//" || after.text === "->"));
  }

  /** `(args)` of a call, deferred like a bracketed construct when deep (see Deferred) */
  private parseCallParenArgs(): Ast[] {
    const end = this.depth >= this.deferDepth ? this.closeOf[this.p] : -1;
    if (!this.safeAfter(end)) return this.parseParenArgs();
    const args: Ast[] = [];
    this.deferred.push({ node: args, toks: this.toks, closeOf: this.closeOf, p: this.p, end });
    this.work.deferred++;
    this.p = end + 1;
    return args;
  }

  private withTokens<T>(toks: Tok[], f: () => T): T {
    const [st, sp, sn, sc] = [this.toks, this.p, this.noDo, this.closeOf];
    this.toks = toks; this.p = 0; this.noDo = 0; this.closeOf = matchParens(toks);
    try { return f(); } finally { this.toks = st; this.p = sp; this.noDo = sn; this.closeOf = sc; }
  }

  /** move back to a saved position (counted: backtracking must stay bounded) */
  private restore(save: number): void {
    this.work.backtracked += this.p - save;
    this.p = save;
  }

  // ---- token helpers -------------------------------------------------------------------------------
  private peek(o = 0): Tok { return this.toks[Math.min(this.p + o, this.toks.length - 1)]; }
  private next(): Tok { const t = this.toks[this.p]; if (this.p < this.toks.length - 1) { this.p++; this.work.advances++; } return t; }
  private isOp(t: Tok, text: string) { return t.k === "op" && t.text === text; }
  /** line breaks only: a `;` inside brackets is the parser's error at it */
  private skipEolNoSemi() {
    while (this.toks[this.p].k === "eol") {
      if (this.toks[this.p].text === ";") this.fail(this.toks[this.p]);
      this.p++;
      this.work.advances++;
    }
  }
  private skipEol() { while (this.toks[this.p].k === "eol") { this.p++; this.work.advances++; } }
  private expectKind(k: Tok["k"]): Tok {
    const t = this.peek();
    if (t.k !== k) this.fail(t);
    return this.next();
  }

  /** atStart: the token came where an expression starts (a keyword there is named bare) */
  fail(t: Tok, atStart = false): never {
    if (t.k === "eof") {
      // Elixir reports the position of the last token it saw
      // (a line break after a comma is no token of Elixir's)
      let at = Math.max(0, this.toks.length - 2);
      if (this.toks[at].k === "eol" && at > 0 && this.toks[at - 1].k === ",") at--;
      const last = this.toks[at];
      const e = new CompileError("TokenMissingError", this.file, last.line, last.col, "syntax error: expression is incomplete");
      e.quoted = { prefix: "syntax error before: ", token: "" };
      throw e;
    }
    const description = describeError(t, atStart);
    const prefix = "syntax error before: ";
    if (!description.startsWith(prefix)) {
      const e = new CompileError("SyntaxError", this.file, t.line, t.col, description);
      // (Elixir raises the end-of-line and `do:` errors without drawing the code)
      if (t.k === "eol" || description.startsWith("unexpected keyword: do:")) e.noSnippet = true;
      throw e;
    }
    const token = description.slice(prefix.length);
    const reserved = RESERVED_IN_ERRORS.get(token);
    // a character ($c to string_to_quoted/1) is ?c in the message, drawn without a snippet as a
    // reserved word (which gets Elixir's explanation) is
    const char = t.k === "int" && token.startsWith("$");
    const e = new CompileError("SyntaxError", this.file, t.line, t.col, reserved !== undefined
      ? `${description}. "${token}" is a reserved word in Elixir and therefore its usage is limited. For instance, it can't be used as a variable or be defined nor invoked as a regular function`
      : char ? prefix + "?" + token.slice(1) : description);
    e.quoted = { prefix, token: reserved ?? token };
    // (nor under a string or a charlist, whose text Elixir prints in the message)
    e.noSnippet = reserved !== undefined || char || ((t.k === "str" || t.k === "charlist") && !isHeredoc(t));
    throw e;
  }

  // ---- blocks ----------------------------------------------------------------------------------------
  private blockOf(items: Ast[], m: Meta): Ast {
    if (items.length === 0) return EMPTY_BLOCK();
    // elixir_parser.yrl build_block: a lone `not x` / `!x` keeps its block (rearrange_uop), and so
    // does a lone unquote_splicing(x) (it splices into the block)
    if (items.length === 1 && isLoneSplice(items[0])) return call("__block__", {}, items);
    if (items.length === 1 && !isRearrangeUop(items[0])) return items[0];
    return call("__block__", m, items);
  }

  private atBlockEnd(stops: string[]): boolean {
    const t = this.peek();
    return stops.includes(t.k) || t.k === "eof";
  }

  /** (formatting) a map read from the `{` at index open to the last token: opened and closed on
   *  lines of their own */
  private openedFrom(open: number, a: Ast): Ast {
    if (!this.fmt) return a;
    let f = open + 1;
    while (f < this.p && this.toks[f].k === "eol") f++;
    let b = this.p - 2;
    while (b > open && this.toks[b].k === "eol") b--;
    const before = this.toks[b], close = this.toks[this.p - 1];
    if (f < this.p - 1 && this.toks[f].line > this.toks[open].line && close.line > before.line + (before.text.match(/\n/g)?.length ?? 0)) {
      this.fmt.opened.add(a);
      // (where the comments before the `}` go: a struct's are its map's)
      this.fmt.closing.set(a.t === "call" && a.name === "%" && a.args ? a.args[1] : a, close.line);
    }
    return a;
  }
  private opened(a: Ast): Ast {
    if (this.fmt && this.lastOpen) {
      this.fmt.opened.add(a);
      this.fmt.closing.set(a, this.lastClose);
    }
    return a;
  }
  private literal(a: Ast, t: Tok): Ast {
    this.fmt?.literals.set(a, t);
    return a;
  }
  /** (token_metadata) items written before node's meta */
  private tm(node: Ast, items: TokenMetaItem[]): Ast {
    this.tokenMeta?.prepend(node, items);
    return node;
  }
  /** (token_metadata) the line breaks after the opening bracket at index `open`, and the closing
   *  one, the token just read */
  private pairMeta(open: number): TokenMetaItem[] {
    if (this.tokenMeta === null) return [];
    const items: TokenMetaItem[] = [];
    const n = this.eolCount(this.toks[open + 1]);
    if (n > 0) items.push({ k: "newlines", n });
    items.push({ k: "closing", at: this.toks[this.p - 1] });
    return items;
  }
  /** (token_metadata) a do-block's do (at index `doAt`) and end (the token just read) */
  private doEndMeta(doAt: number): TokenMetaItem[] {
    if (this.tokenMeta === null) return [];
    return [{ k: "do", at: this.toks[doAt] }, { k: "end", at: this.toks[this.p - 1] }];
  }
  /** the line breaks of a separator token (0: none there) */
  private eolCount(t: Tok | undefined): number {
    return t !== undefined && t.k === "eol" ? t.nl ?? 0 : 0;
  }
  /** (token_metadata) the separator `sep` ends `a`, which another expression follows */
  private endOfExpression(a: Ast | undefined, sep: Tok): void {
    // (a literal's too: what the literal encoder makes of it may take meta)
    if (this.tokenMeta !== null && a !== undefined) this.tokenMeta.eoe(a, sep, sep.nl ?? 0);
  }
  /** (formatting) the span of a block item or clause from its first token to the last one read */
  private span(a: Ast, first: Tok): Ast {
    if (this.fmt) {
      const last = this.toks[this.p - 1];
      this.fmt.spans.set(a, [first.line, last.line + (last.text.match(/\n/g)?.length ?? 0)]);
    }
    return a;
  }

  /** Expressions separated by newlines/`;` (no `->` clauses), up to a stop token. */
  private parseBlockItems(stops: string[]): Ast[] {
    const items: Ast[] = [];
    this.skipEol();
    while (!this.atBlockEnd(stops)) {
      const first = this.peek();
      items.push(this.span(this.parseExpr(0), first));
      if (this.peek().k === "eol") {
        const sep = this.peek();
        this.skipEol();
        if (!this.atBlockEnd(stops)) this.endOfExpression(items[items.length - 1], sep);
      } else if (!this.atBlockEnd(stops)) this.fail(this.peek());
    }
    return items;
  }

  /** A do/else/fn body: either plain expressions or `->` clauses. */
  private parseStabBody(stops: string[]): { clauses: boolean; ast: Ast; list: Ast[] } {
    const items: Item[] = [];
    // (token_metadata) the clause whose first expression is the next item read (its -> ended a line)
    let bodyOf: (Item & { clause: true }) | null = null;
    this.skipEol();
    while (!this.atBlockEnd(stops)) {
      const t = this.peek();
      const before = items.length;
      if (this.isOp(t, "->")) {
        this.next();
        // (the line breaks after it, else those before it: `fn` then `->` on the next line)
        const arrowNl = this.eolCount(this.peek()) || (t.eolBefore === true ? t.nl ?? 0 : 0);
        items.push({ clause: true, head: [], meta: meta(t), body: this.clauseFirst(stops), arrowNl });
      } else if (t.k === "(" && this.parenHead(items)) {
        // `fn (a, b) -> ...`: handled
      } else {
        const args = this.parseCallArgsNoParens(true);
        const a = this.peek();
        if (this.isOp(a, "->")) {
          // a clause with nothing after its -> cannot be followed by another (elixir_parser.yrl)
          const last = items[items.length - 1];
          if (last?.clause && last.body.length === 0) this.fail(a);
          this.next();
          const arrowNl = this.eolCount(this.peek());
          items.push({ clause: true, head: stabHead(args), meta: meta(a), body: this.clauseFirst(stops), arrowNl });
        } else {
          if (args.length !== 1 || args[0].t === "list" && args.isKw) this.fail(a);
          items.push({ clause: false, ast: args[0] });
        }
      }
      if (this.fmt && items.length > before) {
        const it = items[items.length - 1];
        if (it.clause) {
          it.first = t.line;
          const last = this.toks[this.p - 1];
          it.last = last.line + (last.text.match(/\n/g)?.length ?? 0);
        }
        else this.span(it.ast, t);
      }
      if (this.peek().k === "eol") {
        const sep = this.peek();
        this.skipEol();
        const it = items[items.length - 1];
        if (this.tokenMeta !== null && it !== undefined) {
          // (a clause whose -> ends its line: the line break is the arrow's, its first expression
          // the next item, which stands for the clause when it takes no meta)
          if (it.clause && it.body.length === 0) bodyOf = it;
          else {
            if (!this.atBlockEnd(stops)) {
              const first = it.clause ? it.body[0] : it.ast;
              const owner = it.clause ? it : bodyOf;
              if (takesMeta(first)) this.endOfExpression(first, sep);
              else if (owner !== null) owner.eoe = sep;
            }
            bodyOf = null;
          }
        }
      } else if (!this.atBlockEnd(stops)) this.fail(this.peek());
    }
    if (!items.some((i) => i.clause)) {
      const list = items.map((i) => (i as any).ast as Ast);
      return { clauses: false, ast: this.blockOf(list, {}), list };
    }
    const clauses: Ast[] = [];
    let cur: Item & { clause: true } | null = null;
    const flush = () => {
      if (!cur) return;
      const clause = call("->", cur.meta, [{ t: "list", items: cur.head }, cur.body.length === 0 ? EMPTY_BLOCK() : this.blockOf(cur.body, {})]);
      if (this.tokenMeta !== null) {
        if (cur.arrowNl) this.tm(clause, [{ k: "newlines", n: cur.arrowNl }]);
        if (cur.eoe) this.tokenMeta.eoe(clause, cur.eoe, cur.eoe.nl ?? 0);
      }
      if (this.fmt && cur.first !== undefined) {
        // (a clause ends where the last expression of its body does)
        const lastBody = cur.body.length > 0 ? this.fmt.spans.get(cur.body[cur.body.length - 1]) : undefined;
        this.fmt.spans.set(clause, [cur.first, lastBody ? Math.max(lastBody[1], cur.last!) : cur.last!]);
      }
      clauses.push(clause);
    };
    // (an expression before the first clause: the parser stops at that clause's ->, naming its
    // column only when the tokens carry columns)
    const arrowMeta = (items.find((i) => i.clause) as { meta: Meta } | undefined)?.meta;
    const firstArrow = arrowMeta?.line ?? 0;
    for (const it of items) {
      if (it.clause) { flush(); cur = it; }
      else if (!cur) {
        const prefix = "unexpected operator ->. If you want to define multiple clauses, the first expression must use ->. Syntax error before: ";
        const e = new CompileError("SyntaxError", this.file, firstArrow, null, prefix + "'->'");
        e.quoted = { prefix, token: "'->'" };
        e.columnWhenCounted = arrowMeta?.column;
        throw e;
      }
      else cur.body.push(it.ast);
    }
    flush();
    return { clauses: true, ast: { t: "list", items: clauses }, list: clauses };
  }

  /**
   * `(a, b) ->` as a clause head. Only tried when the matching `)` is followed by `->`, so nested
   * parentheses are never parsed twice per level (which made `((((...))))` exponential).
   */
  private parenHead(items: Item[]): boolean {
    const save = this.p;
    const close = this.closeOf[save];
    // (`(a, b) when guard ->`: the guard takes all the arguments, as Elixir's stab_parens_many)
    if (close < 0 || !(this.isOp(this.toks[close + 1], "->") || this.isOp(this.toks[close + 1], "when"))) return false;
    let guarded = false;
    try {
      let args = this.parseParenArgs();
      // (one argument: `(a) when g` is the expression a when g, read as any other head)
      if (this.isOp(this.peek(), "when") && args.length === 1) { this.restore(save); return false; }
      if (this.isOp(this.peek(), "when")) {
        // (`(a, b) when` can be nothing but a clause's head, its guard on the same line: an error
        // after it is the parser's)
        guarded = true;
        const w = this.next();
        const t = this.peek();
        if (t.k === "eol" && t.text === "\n") {
          const e = new CompileError("SyntaxError", this.file, t.line, t.col, "syntax error before: eol");
          e.quoted = { prefix: "syntax error before: ", token: "eol" };
          throw e;
        }
        args = [call("when", meta(w), [...args, this.parseExpr(0)])];
        if (!this.isOp(this.peek(), "->")) this.fail(this.peek());
      }
      const a = this.peek();
      if (this.isOp(a, "->")) {
        this.next();
        const arrowNl = this.eolCount(this.peek());
        items.push({ clause: true, head: args, meta: meta(a), body: this.clauseFirst(["end"]), arrowNl });
        return true;
      }
    } catch (e) {
      if (!(e instanceof CompileError) || guarded) throw e;
    }
    this.restore(save);
    return false;
  }

  private clauseFirst(stops: string[]): Ast[] {
    const t = this.peek();
    if (t.k === "eol" || this.atBlockEnd(stops)) return [];
    return [this.span(this.parseExpr(0), t)];
  }

  /** `do ... end` of a call, deferred like a bracketed construct when deep (see Deferred) */
  private parseDoBlock(): Ast {
    const end = this.depth >= this.deferDepth ? this.closeOf[this.p] : -1;
    if (end <= this.p || !this.safeAfter(end)) {
      const now = this.parseDoBlockNow();
      this.doBlocks.add(now);
      return now;
    }
    const node = { t: "list", items: [] } as Ast;
    this.doBlocks.add(node);
    this.deferred.push({ node, toks: this.toks, closeOf: this.closeOf, p: this.p, end, doBlock: true });
    this.work.deferred++;
    this.p = end + 1;
    return node;
  }

  private parseDoBlockNow(): Ast {
    const saved = this.noDo;
    this.noDo = 0;
    const doTok = this.next(); // do
    const sections: Ast[] = [];
    const lines = [doTok.line];
    let name = "do";
    // (each section's keyword, a literal of its token: do, else, rescue...)
    let keyTok = doTok;
    for (;;) {
      const body = this.parseStabBody(["end", "block"]);
      sections.push(tuple2(this.literal(atom(name), keyTok), body.ast));
      const t = this.peek();
      lines.push(t.line);
      if (t.k === "block") { name = t.text; keyTok = t; this.next(); continue; }
      if (t.k !== "end") this.fail(t);
      this.next();
      break;
    }
    this.noDo = saved;
    const out: Ast = { t: "list", items: sections };
    this.fmt?.doEnd.set(out, lines);
    return out;
  }

  // ---- expressions -------------------------------------------------------------------------------------
  parseExpr(min: number): Ast {
    if (++this.depth - this.flatDepth > this.work.maxDepth) this.work.maxDepth = this.depth - this.flatDepth;
    try {
      return this.parseExprFrom(this.parseUnary(), min);
    } finally {
      this.depth--;
    }
  }

  /** the binary operators after operand `left` (parseExpr after its first operand) */
  private parseExprFrom(left: Ast, min: number): Ast {
    {
      // right-associative operators waiting for their right operand (a chain `a = b = ...` is
      // parsed in this loop rather than one JS frame per operator: Elixir takes 10,000 of them)
      const waiting: { left: Ast; op: string; t: Tok; min: number; eol: boolean; nl: number }[] = [];
      for (;;) {
        const t = this.peek();
        let op = "";
        let width = 1;
        let info: (typeof BIN)[string] | undefined;
        if (t.k === "op") {
          op = t.text;
          if (op === "not" && this.isOp(this.peek(1), "in")) { op = "not in"; width = 2; }
          info = BIN[op];
        }
        if (!info || info[0] < min) {
          // the right operand of the innermost waiting operator ends here
          const w = waiting.pop();
          if (w === undefined) break;
          left = this.binary(w.op, w.t, w.left, left, w.eol, w.nl);
          min = w.min;
          continue;
        }
        this.p += width;
        this.work.advances += width;
        const eol = t.eolBefore === true || this.peek().k === "eol";
        // (the line breaks before or after it: Elixir's newlines meta, with token_metadata)
        // (`a =` ending a line is the one Elixir 1.14 gives none)
        const nl = t.eolBefore === true ? t.nl ?? 0 : op === "=" ? 0 : this.eolCount(this.peek());
        this.skipEol();
        // `when` may be followed by a bracketless keyword list (`@spec f(a) :: a when a: term`)
        if (op === "when" && this.peek().k === "kw") {
          left = this.binary(op, t, left, { t: "list" as const, items: this.parseKwPairs(() => false, true) }, eol, nl);
        } else if (info[1]) {
          waiting.push({ left, op, t, min, eol, nl });
          min = info[0];
          left = this.parseUnary();
        } else left = this.binary(op, t, left, this.parseExpr(info[0] + 1), eol, nl);
      }
      return left;
    }
  }

  private binary(op: string, t: Tok, left: Ast, right: Ast, eol = false, nl = 0): Ast {
    if (this.ambiguousPipes && ARROW_OPS.has(op) && right.t === "call" && right.args && right.args.length > 0 && !this.parenCalls.has(right) && !this.doBlocks.has(right.args[right.args.length - 1]) &&
      ((typeof right.name === "string" && /^[\p{L}_][\p{L}\p{N}_]*[?!]?$/u.test(right.name) && !WORD_OPS.has(right.name)) || (typeof right.name !== "string" && right.name.t === "call" && right.name.name === "."))) {
      this.ambiguousPipes.add(`${t.line}:${t.col}`);
    }
    const node = this.binaryNode(op, t, left, right);
    if (eol) this.fmt?.eolOps.add(node);
    if (nl > 0 && node.t === "call" && node.name === op) this.tm(node, [{ k: "newlines", n: nl }]);
    if (this.noParensMany.has(right)) this.noParensMany.add(node);
    return node;
  }

  /** an ambiguous no-parens call where Elixir's grammar refuses one */
  private ambiguous(a: Ast, inCall: boolean): void {
    if (!this.noParensMany.has(a)) return;
    const prefix = inCall ? NO_PARENS_MANY_IN_CALL : NO_PARENS_MANY_IN_CONTAINER;
    const line = (a.t === "call" ? a.meta.line : undefined) ?? this.peek().line;
    const e = new CompileError("SyntaxError", this.file, line, null, `${prefix}','`);
    e.quoted = { prefix, token: "','" };
    throw e;
  }

  private binaryNode(op: string, t: Tok, left: Ast, right: Ast): Ast {
    if (op === "not in") return call("not", meta(t), [call("in", meta(t), [left, right])]);
    // Elixir's grammar reads `not x in y` (and `!x in y`) as `not(x in y)`, deprecated since 1.5
    if (op === "in" && left.t === "call" && (left.name === "not" || left.name === "!") && left.args?.length === 1) {
      this.rearrangedIn?.add(`${t.line}:${t.col}`);
      return call(left.name, meta(t), [call("in", meta(t), [left.args[0], right])]);
    }
    if (op === "//") {
      if (left.t === "call" && left.name === ".." && left.args?.length === 2) return call("..//", left.meta, [...left.args, right]);
      throw new CompileError("SyntaxError", this.file, t.line, t.col, "the range step operator (//) must immediately follow the range definition operator (..), for example: 1..9//2. If you wanted to define a default argument, use (\\\\) instead. Syntax error before: '//'");
    }
    return call(op, meta(t), [left, right]);
  }

  private parseUnary(): Ast {
    // a chain of prefix operators (`- - - x`, `not not x`, `!!!x`) is read in this loop, then
    // applied inside out, rather than one JS frame per operator: Elixir takes 10,000 of them
    const ops: Tok[] = [];
    for (;;) {
      const t = this.peek();
      if (t.k !== "op" || !UNARY.has(t.text) || this.isOperatorName(t)) break;
      this.next();
      this.skipEol();
      ops.push(t);
    }
    let node = this.parseUnaryOperand();
    for (let i = ops.length - 1; i >= 0; i--) {
      const outer = call(ops[i].text, meta(ops[i]), [node]);
      if (this.noParensMany.has(node)) this.noParensMany.add(outer);
      node = outer;
    }
    return node;
  }

  /** `&+/2`: an operator right before `/arity` is a name (Elixir's tokenizer does the same) */
  private isOperatorName(t: Tok): boolean {
    const sl = this.peek(1);
    return this.isOp(sl, "/") && !sl.sb && this.peek(2).k === "int" && t.text !== "/";
  }

  /** what a prefix operator applies to, or an expression that starts with no prefix operator */
  private parseUnaryOperand(): Ast {
    const t = this.peek();
    if (t.k === "op") {
      if (this.isOperatorName(t)) {
        this.next();
        return call(t.text, meta(t), null);
      }
      if (t.text === "@") {
        // `@@a`: a chain of @ is read in this loop (Elixir takes 10,000 of them)
        const ats: Tok[] = [];
        while (this.isOp(this.peek(), "@")) {
          ats.push(this.next());
          this.skipEol();
        }
        const n = this.peek();
        let node: Ast;
        if (n.k === "op" && (UNARY.has(n.text) || n.text === "&") && !this.isOperatorName(n)) {
          // `@-a`, `@!a`, `@&a`: @ of the prefix operator's expression
          node = this.parseUnary();
        } else {
          let operand = this.parsePrimary();
          // @a(1)(2) is @(a(1)(2))
          if (this.peek().k === "(" && this.parenCalls.has(operand)) operand = call(operand, (operand as AstCall).meta, this.parseParenArgs());
          node = call("@", meta(ats.pop()!), [operand]);
          if (ats.length === 0) return this.parsePostfix(node);
          // `@@a[1]` is @(@a[1]): one bracket indexes the innermost attribute, postfixes after it the outermost
          const b = this.peek();
          if (b.k === "[" && !b.sb) node = call(call(".", meta(b), [atom("Elixir.Access"), atom("get")]), meta(b), [node, this.parseAccessIndex()]);
        }
        for (let i = ats.length - 1; i >= 0; i--) node = call("@", meta(ats[i]), [node]);
        return this.parsePostfix(node);
      }
      if (t.text === "&") {
        this.next();
        const n = this.peek();
        if (n.k === "int" && !n.sb) { this.next(); return this.parsePostfix(call("&", meta(t), [{ t: "int", v: n.v }])); }
        this.skipEol();
        return call("&", meta(t), [this.parseExpr(CAPTURE_PREC + 1)]);
      }
      if (t.text === "..") {
        // `..` alone is the full range
        const n = this.peek(1);
        if (!this.canStart(n)) { this.next(); return call("..", meta(t), []); }
      }
      if (t.text === "...") { this.next(); return call("...", meta(t), null); }
    }
    return this.parsePostfix(this.parsePrimary());
  }

  /** can `t` start an expression (used after `..`) */
  private canStart(t: Tok): boolean {
    switch (t.k) {
      case "int": case "float": case "atom": case "qatom": case "str": case "charlist": case "sigil": case "ident":
      case "alias": case "(": case "[": case "{": case "<<": case "%": case "fn":
        return true;
      case "op": return UNARY.has(t.text) || t.text === "@" || t.text === "&";
      default: return false;
    }
  }

  /**
   * Does `next` (after identifier `id`) start the arguments of a no-parens call? Elixir's grammar
   * sees no spaces: an identifier ending in ? or ! (or one before a string, a sigil, `{`, `%`, a
   * unary operator) takes what follows it unspaced as its argument too (`a!@b` is `a!(@b)`), but
   * for `[` (an access), `(` (parentheses), and `-`/`+`, binary there; a spaced `-`/`+` unspaced
   * before its operand is unary unless that operand starts with ( [ { < % + - / > or :
   */
  private startsNoParensArg(next: Tok, after: Tok): boolean {
    if (!next.sb && (next.k === "[" || next.k === "(" || next.k === "op" && (next.text === "-" || next.text === "+"))) return false;
    switch (next.k) {
      case "int": case "float": case "atom": case "qatom": case "str": case "charlist": case "sigil": case "kw":
      case "ident": case "alias": case "[": case "{": case "<<": case "%": case "fn": case "(":
        return true;
      case "op":
        switch (next.text) {
          case "!": case "^": case "@": case "&": case "~~~": case "...": return true;
          case "not": return !this.isOp(after, "in");
          // unary only before what starts no container, operator or atom: `f -:a`, `f -(1)`,
          // `f -[1]`, `f -%{}`, `f -{1}`, `f -<<1>>`, `f -+1` are binary as in Elixir's tokenizer
          case "-": case "+": return !after.sb && after.k !== "eol" && after.k !== "eof" && !"([{<%+-/>:".includes(after.text[0]);
          default: return false;
        }
      default: return false;
    }
  }

  private parsePrimary(): Ast {
    const t = this.peek();
    const end = this.deferrableEnd(t);
    if (end >= 0) {
      const node = {} as Ast;
      this.deferred.push({ node, toks: this.toks, closeOf: this.closeOf, p: this.p, end });
      this.work.deferred++;
      this.p = end + 1;
      return node;
    }
    switch (t.k) {
      // (token_metadata: a number's text as written goes to the literal encoder)
      case "int": this.next(); return this.tm(this.literal({ t: "int", v: t.v }, t), this.tokenMeta === null ? [] : [{ k: "token", s: t.text }]);
      case "float": this.next(); return this.tm(this.literal({ t: "float", v: t.v }, t), this.tokenMeta === null ? [] : [{ k: "token", s: t.text }]);
      case "atom": this.next(); return this.literal(atom(t.v), t);
      case "qatom": {
        this.next();
        const parts = t.v as Part[];
        if (parts.every((p) => typeof p === "string")) return this.tm(this.literal(atom(parts.join("")), t), this.tokenMeta === null ? [] : [{ k: "delimiter", s: '"' }]);
        return this.tm(call(call(".", meta(t), [atom("erlang"), atom(this.toAtomFun())]), meta(t), [this.interpolated(t, parts), atom("utf8")]), this.delimiterMeta(t, '"'));
      }
      case "str": this.next(); return this.literal(this.stringAst(t), t);
      case "charlist": this.next(); return this.literal(this.charlistAst(t), t);
      case "sigil": this.next(); return this.sigilAst(t);
      case "ident": return this.parseIdent();
      case "alias": {
        this.next();
        const node = call("__aliases__", meta(t), [atom(t.v)]);
        this.tokenMeta?.last(node, t);
        return node;
      }
      case "(": return this.parseParens();
      case "[": {
        const open = this.p;
        this.next();
        const items = this.parseArgsUntil("]", true);
        return this.tm(this.opened(this.literal({ t: "list", items }, t)), this.pairMeta(open));
      }
      case "{": {
        const open = this.p;
        this.next();
        const items = this.parseArgsUntil("}", false);
        return this.tm(this.opened(this.literal(items.length === 2 ? { t: "tuple", items } : { t: "tuple", items, meta: meta(t) }, t)), this.pairMeta(open));
      }
      case "<<": {
        const open = this.p;
        this.next();
        const items = this.parseArgsUntil(">>", false);
        return this.tm(call("<<>>", meta(t), items), this.pairMeta(open));
      }
      case "%": return this.parseMapOrStruct();
      case "fn": {
        const fnAt = this.p;
        this.next();
        // (a line break right after `fn`: the formatter keeps its clauses on lines of their own)
        const eol = this.peek().k === "eol" || this.peek().eolBefore === true;
        const saved = this.noDo;
        this.noDo = 0;
        const body = this.parseStabBody(["end"]);
        this.noDo = saved;
        if (!body.clauses && body.list.length === 0) this.fail(this.peek());
        this.expectKind("end");
        // (code with no clause in it: Elixir's parser names the fn once it has read its end)
        if (!body.clauses) {
          const e = new CompileError("SyntaxError", this.file, t.line, t.col, "expected anonymous functions to be defined with -> inside: 'fn'");
          e.quoted = { prefix: "expected anonymous functions to be defined with -> inside: ", token: "'fn'" };
          throw e;
        }
        const node = call("fn", meta(t), body.list);
        if (eol) this.fmt?.eolOps.add(node);
        if (this.tokenMeta !== null) {
          const n = this.eolCount(this.toks[fnAt + 1]);
          this.tm(node, [...(n > 0 ? [{ k: "newlines" as const, n }] : []), { k: "closing", at: this.toks[this.p - 1] }]);
        }
        return node;
      }
      case "kw": case "do": case "end": case "block": case "eol": case ")": case "]": case "}": case ">>": case ",": case "op": case "eof":
      default:
        this.fail(t, true);
    }
  }

  private parseIdent(): Ast {
    // `f g h x`, `f a: f a: x`, `f M.g f M.g x`: a chain of no-parens calls whose first argument
    // starts with the next call is read by the postfix loop (see Waiting), not one JS frame per
    // call (Elixir takes 100,000 of them)
    const waiting: Waiting[] = [];
    const [savedNoDo, savedDepth, savedFlat] = [this.noDo, this.depth, this.flatDepth];
    try {
      const first = this.chainStart(waiting);
      return waiting.length === 0 ? first : this.parsePostfixLoop(first, waiting);
    } finally {
      [this.noDo, this.depth, this.flatDepth] = [savedNoDo, savedDepth, savedFlat];
    }
  }

  /**
   * The keyword after a callee whose value starts with the next call of a chain (`f a: g x`,
   * `M.f a: M.g x`), or null. (Only a keyword right before a name: the pair's value is then read
   * as the chain reads a first argument.)
   */
  private chainedKeyword(kw: Tok, after: Tok): boolean {
    return kw.k === "kw" && kw.sb && typeof kw.v === "string" && (after.k === "ident" || after.k === "alias");
  }

  /**
   * The start of an expression inside a chain of no-parens calls: each local call whose first
   * argument (or first keyword's value) starts with a name is left waiting, and the first thing
   * that is no such call is read and returned (its postfix and operators are the caller's).
   */
  private chainStart(waiting: Waiting[]): Ast {
    for (;;) {
      const t = this.peek();
      if (t.k !== "ident") return this.parsePrimary();
      const n = this.peek(1);
      let kw: Tok | null = null;
      if ((n.k === "ident" || n.k === "alias") && this.startsNoParensArg(n, this.peek(2))) {
        this.next();
      } else if (this.chainedKeyword(n, this.peek(2))) {
        this.next();
        kw = this.next();
      } else {
        // (neither: the identifier and its arguments, read as always)
        return this.parseIdentCall(this.next(), null);
      }
      waiting.push({ local: t, dot: null, n: t, kw });
      // each level is an expression nested one deeper, as parseExpr would count it, and takes no JS frame
      this.noDo++;
      this.depth++;
      this.flatDepth++;
    }
  }

  /** the call of identifier `t`: its arguments read here, or `noParensArgs` already read */
  private parseIdentCall(t: Tok, noParensArgs: Ast[] | null): Ast {
    const n = noParensArgs ? t : this.peek();
    const name = t.v as string;
    let args: Ast[] | null = noParensArgs;
    let many = noParensArgs !== null && noParensArgs.length >= 2;
    let parens = false;
    let ambiguousOp = false;
    let tokens: TokenMetaItem[] = [];
    if (noParensArgs) {
      // read by parseIdent's loop
    } else if (n.k === "(" && !n.sb) {
      const open = this.p;
      args = this.parseCallParenArgs();
      parens = true;
      tokens = this.pairMeta(open);
    } else if (this.startsNoParensArg(n, this.peek(1))) {
      ambiguousOp = n.sb && n.k === "op" && (n.text === "-" || n.text === "+");
      args = this.parseNoParensArgs();
      many = args.length >= 2;
    }
    if (this.peek().k === "do" && this.noDo === 0) {
      const doAt = this.p;
      args = [...(args ?? []), this.parseDoBlock()];
      many = false;
      parens = false;
      ambiguousOp = false;
      tokens = [...this.doEndMeta(doAt), ...tokens];
    }
    const m = meta(t);
    if (ambiguousOp && args!.length === 1) m.ambiguous_op = true;
    const node = call(name, m, args);
    this.tm(node, tokens);
    if (many) this.noParensMany.add(node);
    if (parens) this.parenCalls.add(node);
    if (n.k === "(" && !n.sb) this.fmt?.parens.add(node);
    return node;
  }

  private parseParenArgs(): Ast[] {
    this.next(); // (
    return this.parseArgsUntil(")", false);
  }

  private parseNoParensArgs(): Ast[] {
    this.noDo++;
    try {
      return this.parseCallArgsNoParens(false);
    } finally {
      this.noDo--;
    }
  }

  /** `a, b, k: v` without brackets; a trailing keyword list becomes one list argument. */
  private parseCallArgsNoParens(head: boolean, first: Ast | null = null): Ast[] & { isKw?: boolean } {
    const args: Ast[] & { isKw?: boolean } = [];
    if (first !== null) {
      args.push(first);
      if (this.peek().k !== ",") return args;
      this.next();
      this.skipEol();
    }
    for (;;) {
      if (this.peek().k === "kw") {
        args.push({ t: "list", items: this.parseKwPairs(() => false, true, true) });
        args.isKw = true;
        break;
      }
      if (head && this.isOp(this.peek(), "->")) break;
      args.push(this.parseExpr(0));
      if (args.length > 1) this.ambiguous(args[args.length - 1], true);
      if (this.peek().k === ",") { this.next(); this.skipEol(); continue; }
      break;
    }
    return args;
  }

  /** `first`: the first pair's keyword and value, already read (parseIdent's loop) */
  private parseKwPairs(isEnd: () => boolean, inCall = false, noParensCall = false, first: { k: Tok; value: Ast } | null = null): Ast[] {
    const pairs: Ast[] = [];
    for (;;) {
      let k: Tok, key: Ast, value: Ast;
      if (first !== null) {
        ({ k, value } = first);
        key = this.kwKey(k);
        first = null;
      } else {
        k = this.next();
        if (k.k !== "kw") this.fail(k);
        this.skipEol();
        key = this.kwKey(k);
        value = this.parseExpr(0);
      }
      // a value in brackets (a call's keyword arguments in parentheses too)
      if (!noParensCall) this.ambiguous(value, false);
      pairs.push(this.span(this.literal(tuple2(key, value), k), k));
      if (this.peek().k === ",") {
        const save = this.p;
        const comma = this.next();
        this.skipEol();
        if (this.peek().k === "kw") continue;
        if (isEnd()) break;
        const bad = this.peek();
        // a reserved word there (`if x, do: 1, else 2`) is the parser's error before it
        if (bad.k === "block") this.fail(bad);
        // the expression after it, then a keyword (a comma missing): the parser's error is before
        // that keyword, found first
        let kwAfter: Tok | null = null;
        try {
          this.parseExpr(0);
          if (this.peek().k === "kw") kwAfter = this.peek();
        } catch (e) {
          if (!(e instanceof CompileError)) throw e;
        }
        if (kwAfter) this.fail(kwAfter);
        this.restore(save);
        if (bad.k !== "eof") {
          const prefix = inCall ? KW_NOT_LAST_IN_CALL : KW_NOT_LAST_IN_CONTAINER;
          const e = new CompileError("SyntaxError", this.file, comma.line, comma.col, `${prefix}','`);
          e.quoted = { prefix, token: "','" };
          throw e;
        }
        this.fail(bad);
      }
      break;
    }
    return pairs;
  }

  private kwKey(k: Tok): Ast {
    if (typeof k.v === "string") return atom(k.v);
    const parts = k.v as Part[];
    if (parts.every((p) => typeof p === "string")) return atom(parts.join(""));
    return call(call(".", meta(k), [atom("erlang"), atom(this.toAtomFun())]), meta(k), [this.interpolated(k, parts), atom("utf8")]);
  }

  /** what an interpolated atom calls */
  private toAtomFun(): string {
    return this.existingAtomsOnly === null ? "binary_to_atom" : "binary_to_existing_atom";
  }

  /** Comma-separated arguments up to `close` (already past the opener). */
  private parseArgsUntil(close: ")" | "]" | "}" | ">>", kwInline: boolean): Ast[] {
    const saved = this.noDo;
    this.noDo = 0;
    const items: Ast[] = [];
    const openTok = this.toks[this.p - 1];
    this.skipEolNoSemi();
    const firstTok = this.peek();
    while (this.peek().k !== close) {
      if (this.peek().k === "kw") {
        // a tuple or a binary may end in a keyword list, not start with one
        if ((close === "}" || close === ">>") && items.length === 0) this.fail(this.peek(), true);
        const pairs = this.parseKwPairs(() => this.peek().k === close, close === ")");
        if (kwInline) items.push(...pairs); else items.push({ t: "list", items: pairs });
        this.skipEolNoSemi();
        break;
      }
      const itemFirst = this.peek();
      items.push(this.span(this.parseExpr(0), itemFirst));
      // alone in a call's parentheses it is that call's argument list
      if (close !== ")" || items.length > 1) this.ambiguous(items[items.length - 1], close === ")");
      const brokenLine = this.peek().k === "eol";
      this.skipEolNoSemi();
      // a comma must end the line of the item before it (a line break before it ends the item)
      if (brokenLine && this.peek().k === ",") this.fail(this.peek());
      if (this.peek().k === ",") {
        this.next();
        this.skipEolNoSemi();
        if (this.peek().k === close && close !== "]" && close !== "}") this.fail(this.peek());
        continue;
      }
      break;
    }
    if (this.peek().k !== close) this.fail(this.peek());
    let b = this.p - 1;
    while (b > 0 && this.toks[b].k === "eol") b--;
    const before = this.toks[b];
    const closeTok = this.next();
    this.noDo = saved;
    // (formatting) a newline after the opening bracket and before the closing one
    this.lastOpen = items.length > 0 && firstTok.line > openTok.line && closeTok.line > before.line + (before.text.match(/\n/g)?.length ?? 0);
    this.lastClose = closeTok.line;
    return items;
  }

  private parseParens(): Ast {
    const open = this.next();
    const saved = this.noDo;
    this.noDo = 0;
    const body = this.parseStabBody([")"]);
    this.noDo = saved;
    const close = this.expectKind(")");
    if (body.clauses) return body.ast;
    if (body.list.length === 0) return EMPTY_BLOCK();
    // in parentheses a no-parens call is no longer ambiguous
    if (body.list.length === 1) this.noParensMany.delete(body.list[0]);
    if (body.list.length === 1) this.parenCalls.delete(body.list[0]);
    if (body.list.length === 1 && !isRearrangeUop(body.list[0]) && !isLoneSplice(body.list[0])) return body.list[0];
    return this.tm(call("__block__", meta(open), body.list), this.tokenMeta === null ? [] : [{ k: "closing", at: close }]);
  }

  private parseMapOrStruct(): Ast {
    const pct = this.next();
    let n = this.peek();
    if (n.k === "{") {
      const open = this.p;
      this.next();
      const entries = this.parseMapBody();
      return this.openedFrom(open, this.tm(call("%{}", meta(n), entries), this.pairMeta(open)));
    }
    // struct name: an alias chain, __MODULE__, a variable or @attr
    let name: Ast;
    if (n.k === "alias") {
      this.next();
      const parts: Ast[] = [atom(n.v)];
      let last = n;
      while (this.isOp(this.peek(), ".") && this.peek(1).k === "alias") { this.next(); last = this.next(); parts.push(atom(last.v)); }
      name = call("__aliases__", meta(n), parts);
      this.tokenMeta?.last(name, last);
    } else if (n.k === "ident") {
      this.next();
      name = call(n.v, meta(n), null);
      while (this.isOp(this.peek(), ".") && this.peek(1).k === "alias") {
        const dot = this.next();
        const seg = this.next();
        name = call("__aliases__", meta(dot), [name, atom(seg.v)]);
        this.tokenMeta?.last(name, seg);
      }
    } else if (this.isOp(n, "@")) {
      this.next();
      const id = this.expectKind("ident");
      name = call("@", meta(n), [call(id.v, meta(id), null)]);
    } else this.fail(n);
    n = this.peek();
    if (n.k !== "{") this.fail(n);
    const open = this.p;
    this.next();
    const entries = this.parseMapBody();
    return this.openedFrom(open, call("%", meta(pct), [name, this.tm(call("%{}", meta(n), entries), this.pairMeta(open))]));
  }

  private parseMapBody(): Ast[] {
    const saved = this.noDo;
    this.noDo = 0;
    try {
      this.skipEol();
      if (this.peek().k === "}") { this.next(); return []; }
      if (this.peek().k === "kw") return this.mapEntries([]);
      const firstTok = this.peek();
      const first = this.parseExpr(BIN["|"][0] + 1);
      // (no rule takes a no-parens call of several arguments as a key either)
      if (this.noParensMany.has(first)) this.fail(this.peek());
      this.skipEol();
      const t = this.peek();
      if (this.isOp(t, "|")) {
        this.next();
        this.skipEol();
        const entries = this.mapEntries([]);
        return [call("|", meta(t), [first, { t: "list", items: entries }])];
      }
      if (this.isOp(t, "=>")) {
        this.next();
        this.skipEol();
        const v = this.mapValue();
        const entry = this.span(tuple2(first, v), firstTok);
        this.skipEol();
        if (this.peek().k === ",") { this.next(); this.skipEol(); return this.mapEntries([entry]); }
        return this.mapEntries([entry]);
      }
      // an entry that is no pair (`%{unquote_splicing(kv)}`): the expander refuses it unless it
      // becomes pairs
      if (!this.isMapEntryAlone(first)) this.fail(t);
      if (t.k === ",") { this.next(); return this.mapEntries([first]); }
      if (t.k === "}") { this.next(); return [first]; }
      this.fail(t);
    } finally {
      this.noDo = saved;
    }
  }

  /** may `entry` stand in a map without `=>`? Elixir's grammar takes there only what a macro may
   *  turn into pairs: a name (`%{a}`), `a.b`, a call with parentheses (`unquote_splicing(kv)`) or
   *  a named call of one argument without them (`%{f x}`); `%{1, 2}` is a syntax error before `,` */
  private isMapEntryAlone(entry: Ast): boolean {
    if (entry.t !== "call") return false;
    if ((entry.args === null && typeof entry.name === "string") || entry.meta.no_parens === true || this.parenCalls.has(entry)) return true;
    const named = typeof entry.name !== "string" || (/^[\p{L}_]/u.test(entry.name) && !NOT_CALL_NAMES.has(entry.name));
    return named && entry.args?.length === 1 && !this.doBlocks.has(entry.args[0]);
  }

  /** the value after `=>`: Elixir's grammar has no rule for a no-parens call of several
   *  arguments there (`%{1 => max 1, 2}`), so the token after it is a syntax error */
  private mapValue(): Ast {
    // (any operator: `k => a | b` and `k => a :: b` are the value's, as Elixir's container_expr)
    const v = this.parseExpr(BIN["\\\\"][0]);
    if (this.noParensMany.has(v)) this.fail(this.peek());
    return v;
  }

  /** `k => v, ..., kw: v` up to and including `}` */
  private mapEntries(acc: Ast[]): Ast[] {
    for (;;) {
      this.skipEol();
      const t = this.peek();
      if (t.k === "}") { this.next(); return acc; }
      if (t.k === "kw") {
        acc.push(...this.parseKwPairs(() => this.peek().k === "}"));
        this.skipEol();
        this.expectKind("}");
        return acc;
      }
      const first = this.peek();
      const k = this.parseExpr(81);
      this.skipEol();
      const arrow = this.peek();
      if (!this.isOp(arrow, "=>") && (arrow.k === "," || arrow.k === "}")) {
        if (!this.isMapEntryAlone(k)) this.fail(arrow);
        acc.push(k);
        if (arrow.k === ",") { this.next(); continue; }
        this.next();
        return acc;
      }
      if (!this.isOp(arrow, "=>")) this.fail(arrow);
      this.next();
      this.skipEol();
      acc.push(this.span(tuple2(k, this.mapValue()), first));
      this.skipEol();
      if (this.peek().k === ",") { this.next(); continue; }
      this.skipEol();
      this.expectKind("}");
      return acc;
    }
  }

  private parsePostfix(left: Ast): Ast {
    // `a.f b.g c.h x`: a remote call without parentheses whose first argument starts with a name
    // is left waiting here while the postfix loop reads that argument's start, rather than one
    // JS frame per call (Elixir takes 10,000 of them); once the argument's postfix ends, its
    // operators and further arguments are read (as parseExpr(0) and parseCallArgsNoParens would)
    // and the waiting call is made
    const waiting: Waiting[] = [];
    const [savedNoDo, savedDepth, savedFlat] = [this.noDo, this.depth, this.flatDepth];
    try {
      return this.parsePostfixLoop(left, waiting);
    } finally {
      [this.noDo, this.depth, this.flatDepth] = [savedNoDo, savedDepth, savedFlat];
    }
  }

  private parsePostfixLoop(left: Ast, waiting: Waiting[]): Ast {
    for (;;) {
      const t = this.peek();
      if (this.isOp(t, ".")) {
        const n = this.peek(1);
        if (n.k === "(") {
          this.next();
          const open = this.p;
          const args = this.parseCallParenArgs();
          let tokens = this.pairMeta(open);
          // f.(a) do ... end: the do-block is the anonymous call's last argument
          const block = this.peek().k === "do" && this.noDo === 0;
          const doAt = this.p;
          if (block) {
            args.push(this.parseDoBlock());
            tokens = [...this.doEndMeta(doAt), ...tokens];
          }
          left = this.tm(call(call(".", meta(t), [left]), meta(t), args), tokens);
          if (!block) this.parenCalls.add(left);
          continue;
        }
        if (n.k === "alias") {
          // (formatting reads the atom as a literal node, which an alias may follow: :"Elixir".Enum)
          if (left.t === "atom" && !this.fmt) {
            throw new CompileError("SyntaxError", this.file, n.line, n.col, "atom cannot be followed by an alias. If the '.' was meant to be part of the atom's name, the atom name must be quoted. Syntax error before: '.'");
          }
          this.next(); this.next();
          // (Elixir appends to any alias: `__MODULE__.A.B` is one __aliases__ of [__MODULE__, :A, :B])
          if (left.t === "call" && left.name === "__aliases__") {
            const longer = call("__aliases__", left.meta, [...left.args!, atom(n.v)]);
            this.tokenMeta?.copy(left, longer);
            left = longer;
          } else {
            left = call("__aliases__", meta(t), [left, atom(n.v)]);
          }
          this.tokenMeta?.last(left, n);
          continue;
        }
        if (n.k === "{") {
          this.next();
          const open = this.p;
          this.next();
          const items = this.parseArgsUntil("}", false);
          left = this.tm(call(call(".", meta(t), [left, atom("{}")]), meta(t), items), this.pairMeta(open));
          continue;
        }
        let fname: string | null = null;
        if (n.k === "ident" || n.k === "do" || n.k === "end" || n.k === "fn" || n.k === "block") fname = n.text;
        else if (n.k === "atom" && /^(true|false|nil)$/.test(n.text)) fname = n.text;
        else if (n.k === "op" && n.text !== ".") fname = n.text;
        else if (n.k === "str" || n.k === "charlist") {
          if (!(n.v as Part[]).every((p) => typeof p === "string")) {
            const prefix = "interpolation is not allowed when calling function/macro. Found interpolation in a call starting with: ";
            const e = new CompileError("SyntaxError", this.file, n.line, n.col, prefix + n.text[0]);
            e.quoted = { prefix, token: n.text[0] };
            throw e;
          }
          fname = (n.v as string[]).join("");
        }
        if (fname === null) this.fail(n);
        this.next(); this.next();
        const dot = call(".", meta(t), [left, atom(fname)]);
        const a = this.peek();
        // an operator named after a dot is an identifier to Elixir's tokenizer, so what follows
        // it unspaced is its argument as if spaced (Kernel.!y is Kernel.!(y), x.+1 is x.+(1));
        // an unspaced - or + stays binary there, as after any identifier (Kernel.!-1)
        if (n.k === "op" && !a.sb && a.k !== "(" && a.k !== "[" && !(a.k === "op" && (a.text === "-" || a.text === "+"))) a.sb = true;
        let args: Ast[] | null = null;
        let many = false;
        let parens = false;
        let tokens: TokenMetaItem[] = [];
        if (a.k === "(" && !a.sb) {
          const open = this.p;
          args = this.parseCallParenArgs();
          parens = true;
          tokens = this.pairMeta(open);
        }
        else if ((a.k === "ident" || a.k === "alias") && this.startsNoParensArg(a, this.peek(1)) || this.chainedKeyword(a, this.peek(1))) {
          // (the path parseNoParensArgs takes to this same loop: see `waiting`)
          const kw = a.k === "kw" ? this.next() : null;
          waiting.push({ local: null, dot, n, kw });
          this.noDo++;
          this.depth++;
          this.flatDepth++;
          left = this.chainStart(waiting);
          continue;
        } else if (this.startsNoParensArg(a, this.peek(1))) {
          args = this.parseNoParensArgs();
          many = args.length >= 2;
        }
        left = this.remoteCallEnd(dot, n, args, many, parens, tokens);
        continue;
      }
      if (t.k === "[" && !t.sb) {
        const open = this.p;
        const index = this.parseAccessIndex();
        const tokens = this.pairMeta(open);
        left = this.tm(call(this.tm(call(".", meta(t), [atom("Elixir.Access"), atom("get")]), tokens), meta(t), [left, index]), tokens);
        continue;
      }
      if (t.k === "(" && left.t === "call" && left.name === "__aliases__") this.parenAfterAlias(t, left);
      if (t.k === "(" && this.parenCalls.has(left)) {
        // f.(a)(b), Mod.f(a)(b), f(a) (b)
        const open = this.p;
        const args = this.parseParenArgs();
        let tokens = this.pairMeta(open);
        // unquote(kind)(head) do ... end: the do-block is the call's last argument
        const block = this.peek().k === "do" && this.noDo === 0;
        const doAt = this.p;
        if (block) {
          args.push(this.parseDoBlock());
          tokens = [...this.doEndMeta(doAt), ...tokens];
        }
        const inner = left;
        left = call(left, (left as AstCall).meta, args);
        this.tokenMeta?.copy(inner, left);
        this.tm(left, tokens);
        continue;
      }
      const w = waiting.pop();
      if (w === undefined) return left;
      // the waiting call's first argument (or first keyword's value) ends its postfix here
      const first = this.parseExprFrom(left, 0);
      const args = w.kw === null ? this.parseCallArgsNoParens(false, first)
        : [{ t: "list" as const, items: this.parseKwPairs(() => false, true, true, { k: w.kw, value: first }) }];
      this.noDo--;
      this.depth--;
      this.flatDepth--;
      left = w.local !== null ? this.parseIdentCall(w.local, args) : this.remoteCallEnd(w.dot!, w.n, args, args.length >= 2, false);
    }
  }

  /** the remote call `dot` named by token n, its arguments read (null: none), a do-block after */
  private remoteCallEnd(dot: Ast, n: Tok, args: Ast[] | null, many: boolean, parens: boolean, tokens: TokenMetaItem[] = []): Ast {
    if (this.peek().k === "do" && this.noDo === 0) {
      const doAt = this.p;
      args = [...(args ?? []), this.parseDoBlock()];
      many = false;
      parens = false;
      tokens = [...this.doEndMeta(doAt), ...tokens];
    }
    const node = args === null ? call(dot, { no_parens: true, line: n.line, column: n.col }, []) : call(dot, meta(n), args);
    this.tm(node, tokens);
    if (many) this.noParensMany.add(node);
    if (parens) this.parenCalls.add(node);
    return node;
  }

  /** `[index]` of an access, deferred like a bracketed construct when deep (`a[a[a[...]]]`:
   *  Elixir takes 10,000 of them) */
  private parseAccessIndex(): Ast {
    const end = this.depth >= this.deferDepth ? this.closeOf[this.p] : -1;
    if (this.safeAfter(end)) {
      const node = {} as Ast;
      this.deferred.push({ node, toks: this.toks, closeOf: this.closeOf, p: this.p, end, access: true });
      this.work.deferred++;
      this.p = end + 1;
      return node;
    }
    return this.parseAccessIndexNow();
  }

  private parseAccessIndexNow(): Ast {
    this.next(); // [
    const saved = this.noDo;
    this.noDo = 0;
    this.skipEol();
    let idx: Ast;
    if (this.peek().k === "kw") idx = { t: "list", items: this.parseKwPairs(() => this.peek().k === "]") };
    else {
      idx = this.parseExpr(0);
      this.ambiguous(idx, false);
    }
    this.skipEol();
    this.expectKind("]");
    this.noDo = saved;
    return idx;
  }

  /** `Foo(1)`, `def MixedCase(x)`: Elixir's tokenizer refuses a call of an alias */
  private parenAfterAlias(paren: Tok, alias: AstCall): never {
    const last = alias.args![alias.args!.length - 1];
    const name = last.t === "atom" ? last.v.replace(/^Elixir\./, "") : "";
    const message = `unexpected ( after alias ${name}. Function names and identifiers in Elixir start with lowercase characters or underscore. For example:\n\n` +
      "    hello_world()\n    _starting_with_underscore()\n    numb3rs_are_allowed()\n    may_finish_with_question_mark?()\n" +
      "    may_finish_with_exclamation_mark!()\n\nUnexpected token: ";
    const e = new CompileError("SyntaxError", this.file, paren.line, paren.col + 1, message + "(");
    e.quoted = { prefix: message, token: "(" };
    throw e;
  }

  // ---- quoted text -------------------------------------------------------------------------------------
  private interpExpr(p: { from: number; to: number; hash: number }): Ast | null {
    const toks = tokenize(this.lt, this.file, p.from, p.to);
    checkTerminators(toks, this.file);
    return this.withTokens(toks, () => {
      const items = this.parseBlockItems(["eof"]);
      this.expectKind("eof");
      if (items.length === 0) return null;
      return this.blockOf(items, {});
    });
  }

  private interpolated(t: Tok, parts: Part[]): Ast {
    const items: Ast[] = parts.map((p) => {
      if (typeof p === "string") return str(p);
      const [l, c] = this.lt.pos(p.hash);
      const m = { line: l, column: c };
      const e = this.interpExpr(p);
      const ts = call(call(".", m, [atom("Elixir.Kernel"), atom("to_string")]), m, [e ?? call("__block__", {}, [])]);
      this.interpolationClosing(ts, p.to);
      return call("::", m, [ts, call("binary", m, null)]);
    });
    return call("<<>>", meta(t), items);
  }

  /** (token_metadata) an interpolation's `}`, at offset `at` */
  private interpolationClosing(node: Ast, at: number): void {
    if (this.tokenMeta === null) return;
    const [line, col] = this.lt.pos(at);
    this.tm(node, [{ k: "closing", at: { line, col } }]);
  }

  /** (token_metadata) the delimiter of an interpolated string, charlist or quoted atom: a
   *  heredoc's with its closing line's indentation */
  private delimiterMeta(t: Tok, quote: string): TokenMetaItem[] {
    if (this.tokenMeta === null) return [];
    if (!t.heredoc) return [{ k: "delimiter", s: quote }];
    const closingLine = t.text.slice(t.text.lastIndexOf("\n") + 1);
    return [{ k: "delimiter", s: quote.repeat(3) }, { k: "indentation", n: closingLine.length - closingLine.trimStart().length }];
  }

  private stringAst(t: Tok): Ast {
    const parts = t.v as Part[];
    if (parts.every((p) => typeof p === "string")) return this.tm(str(parts.join("")), this.delimiterMeta(t, '"'));
    return this.tm(this.interpolated(t, parts), this.delimiterMeta(t, '"'));
  }

  private charlistAst(t: Tok): Ast {
    const parts = t.v as Part[];
    if (parts.every((p) => typeof p === "string")) {
      const decoded = literalCodes(parts.join(""));
      if ("invalidRest" in decoded) throw this.invalidCharlist(t, decoded.invalidRest);
      return this.tm({ t: "list", items: decoded.codes.map((c) => ({ t: "int", v: BigInt(c) }) as Ast) }, this.delimiterMeta(t, "'"));
    }
    const items: Ast[] = parts.map((p) => {
      if (typeof p === "string") return str(p);
      const [l, c] = this.lt.pos(p.hash);
      const m = { line: l, column: c };
      const e = this.interpExpr(p);
      const ts = call(call(".", m, [atom("Elixir.Kernel"), atom("to_string")]), m, [e ?? call("__block__", {}, [])]);
      this.interpolationClosing(ts, p.to);
      return ts;
    });
    return this.tm(call(call(".", meta(t), [atom("Elixir.List"), atom("to_charlist")]), meta(t), [{ t: "list", items }]), this.delimiterMeta(t, "'"));
  }

  /** a charlist literal whose bytes are no UTF-8: the exception Elixir's parser raises building it */
  private invalidCharlist(t: Tok, rest: number[]): CompileError {
    const message = `invalid encoding starting at ${bytesText(rest)}`;
    const e = new CompileError("CompileError", this.file, t.line, null, message);
    e.banner = `** (UnicodeConversionError) ${message}\n` +
      "    (elixir 1.14.0) src/elixir_utils.erl:132: :elixir_utils.conversion_error/3\n" +
      "    (elixir 1.14.0) lib/elixir/src/elixir_parser.yrl:977: :elixir_parser.build_list_string/2\n" +
      "    (elixir 1.14.0) lib/elixir/src/elixir_parser.yrl:275: :elixir_parser.yeccpars2_65/7\n" +
      "    (elixir 1.14.0) /usr/lib/erlang/lib/parsetools-2.3.2/include/yeccpre.hrl:57: :elixir_parser.yeccpars0/5";
    e.parserRaised = { exception: "UnicodeConversionError", message };
    return e;
  }

  private sigilAst(t: Tok): Ast {
    const s = t.v as SigilValue;
    const body = s.parts.length === 0 ? call("<<>>", meta(t), [str("")]) : this.interpolated(t, s.parts);
    if (s.heredocIndent !== undefined && body.t === "call") body.meta = { indentation: s.heredocIndent, ...body.meta };
    const mods: Ast = { t: "list", items: Array.from(s.modifiers, (c) => ({ t: "int", v: BigInt(c.codePointAt(0)!) }) as Ast) };
    return call("sigil_" + s.letter, { delimiter: s.delimiter, ...meta(t) }, [body, mods]);
  }
}

function isLoneSplice(a: Ast): boolean {
  return a.t === "call" && a.name === "unquote_splicing" && a.args?.length === 1;
}

function isRearrangeUop(a: Ast): boolean {
  return a.t === "call" && (a.name === "not" || a.name === "!") && a.args?.length === 1;
}

/** `a, b when g ->`: the guard wraps all the arguments */
function stabHead(args: Ast[]): Ast[] {
  const last = args[args.length - 1];
  if (args.length > 1 && last && last.t === "call" && last.name === "when" && last.args) {
    return [call("when", last.meta, [...args.slice(0, -1), ...last.args])];
  }
  return args;
}

/** reserved words Elixir explains when the parser stops before one; Code.string_to_quoted/1 shows
 * Erlang's reserved words among them in quotes, as yecc prints them */
/** forms named like calls that are none (an operator, an alias, a block, fn) */
const NOT_CALL_NAMES = new Set(["not", "fn", "__aliases__", "__block__"]);

const RESERVED_IN_ERRORS = new Map([
  ["else", "else"], ["rescue", "rescue"], ["in", "in"], ["fn", "fn"], ["true", "true"], ["false", "false"], ["nil", "nil"],
  ["after", "'after'"], ["catch", "'catch'"], ["when", "'when'"], ["and", "'and'"], ["or", "'or'"], ["not", "'not'"], ["end", "'end'"],
]);

const NO_PARENS_MANY_IN_CALL = "unexpected comma. Parentheses are required to solve ambiguity in nested calls.\n\n" +
  "This error happens when you have nested function calls without parentheses. For example:\n\n    one a, two b, c, d\n\n" +
  "In the example above, we don't know if the parameters \"c\" and \"d\" apply to the function \"one\" or \"two\". You can solve this by explicitly adding parentheses:\n\n" +
  "    one a, two(b, c, d)\n\nOr by adding commas (in case a nested call is not intended):\n\n    one, a, two, b, c, d\n\nElixir cannot compile otherwise. Syntax error before: ";
const NO_PARENS_MANY_IN_CONTAINER = "unexpected comma. Parentheses are required to solve ambiguity inside containers.\n\n" +
  "This error may happen when you forget a comma in a list or other container:\n\n    [a, b c, d]\n\nOr when you have ambiguous calls:\n\n    [one, two three, four, five]\n\n" +
  "In the example above, we don't know if the parameters \"four\" and \"five\" belongs to the list or the function \"two\". You can solve this by explicitly adding parentheses:\n\n" +
  "    [one, two(three, four), five]\n\nElixir cannot compile otherwise. Syntax error before: ";
const KW_NOT_LAST_IN_CALL = "unexpected expression after keyword list. Keyword lists must always come as the last argument. Therefore, this is not allowed:\n\n" +
  "    function_call(1, some: :option, 2)\n\nInstead, wrap the keyword in brackets:\n\n    function_call(1, [some: :option], 2)\n\nSyntax error after: ";
const KW_NOT_LAST_IN_CONTAINER = "unexpected expression after keyword list. Keyword lists must always come last in lists and maps. Therefore, this is not allowed:\n\n" +
  "    [some: :value, :another]\n    %{some: :value, another => value}\n\nInstead, reorder it to be the last entry:\n\n" +
  "    [:another, some: :value]\n    %{another => value, some: :value}\n\nSyntax error after: ";

/** a heredoc token as Erlang prints Elixir's tokenizer tuple, {bin_heredoc,{L,C,nil},Indent,[<<"text">>]},
 *  for one of plain printable ASCII (undefined for others) */
function heredocTokenText(t: Tok, parts: unknown[]): string | undefined {
  if (parts.length > 1 || (parts.length === 1 && typeof parts[0] !== "string")) return undefined;
  const text = (parts[0] as string | undefined) ?? "";
  if (!/^[\x20-\x7e\n\t]*$/.test(text)) return undefined;
  const indent = /\n([ \t]*)(?:"""|''')$/.exec(t.text)?.[1].length ?? 0;
  const escaped = text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\t/g, "\\t");
  const kind = t.text.startsWith('"') ? "bin_heredoc" : "list_heredoc";
  return `{${kind},{${t.line},${t.col},nil},${indent},[${text === "" ? "" : `<<"${escaped}">>`}]}`;
}

const isHeredoc = (t: Tok) => t.text.startsWith('"""') || t.text.startsWith("'''");

const DO_KEYWORD = `unexpected keyword: do:${DO_SUFFIX}`;

function describeError(t: Tok, atStart = false): string {
  switch (t.k) {
    case "int": return t.text[0] === "?" ? `syntax error before: ${erlangChar(Number(t.v))}` : `syntax error before: "${t.text}"`;
    case "float": return `syntax error before: "${t.text}"`;
    case "str": case "charlist": {
      const parts = Array.isArray(t.v) ? t.v : [];
      if (isHeredoc(t)) return `syntax error before: ${heredocTokenText(t, parts) ?? t.text.replace(/\n[\s\S]*/, "")}`;
      // Elixir shows the token's first literal part in double quotes, its UTF-8 bytes as latin1
      // characters (as Erlang's ~s of a binary): "é" reads "Ã©"; a lone quote when it starts
      // with an interpolation
      if (typeof parts[0] !== "string") return `syntax error before: "`;
      return `syntax error before: "${Array.from(new TextEncoder().encode(parts[0]), (b) => String.fromCharCode(b)).join("")}"`;
    }
    case "ident": return `syntax error before: ${erlangAtom(t.text)}`;
    // Erlang's quoting of the alias's charlist
    case "alias": return `syntax error before: '${t.text}'`;
    // (true, false and nil are words)
    case "atom": return `syntax error before: ${t.text.startsWith(":") ? t.text.slice(1) : t.text}`;
    // a keyword where an expression starts is named bare; after one (a comma missing) with its
    // colon, as Erlang writes the atom ('b:'), and `do:` gets Elixir's explanation
    case "kw":
      if (atStart) return `syntax error before: ${t.text.slice(0, -1)}`;
      if (t.text === "do:") return DO_KEYWORD;
      return `syntax error before: '${t.text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
    case "do": case "end": case "fn": case "block": return `syntax error before: ${t.text}`;
    case "eol": return t.text === ";" ? "syntax error before: ';'" : "unexpectedly reached end of line. The current expression is invalid or incomplete";
    case "op": return /^[a-z]/.test(t.text) ? `syntax error before: ${t.text}` : `syntax error before: '${t.text.replace(/\\/g, "\\\\")}'`;
    default: return `syntax error before: '${t.text}'`;
  }
}

// Erlang's reserved words: written as atoms they take quotes
const ERLANG_RESERVED = new Set(["after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case", "catch", "cond", "div", "end", "fun", "if", "let", "not", "of", "or", "orelse", "receive", "rem", "try", "when", "xor"]);
/** an identifier as the parser's error shows it: Erlang's ~p of the atom (`foo`, `'_2'`, `'foo?'`) */
function erlangAtom(name: string): string {
  // (Latin-1 letters are letters to Erlang: ß-ÿ lowercase, À-Þ uppercase)
  return /^[a-z\u00df-\u00f6\u00f8-\u00ff][a-zA-Z0-9_@\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]*$/.test(name) && !ERLANG_RESERVED.has(name) ? name : `'${name.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

const ERLANG_CHAR_ESCAPES: Record<number, string> = { 8: "b", 9: "t", 10: "n", 11: "v", 12: "f", 13: "r", 27: "e", 32: "s", 127: "d", 92: "\\" };
/** a character literal as Elixir's parser names it in an error: Erlang's `$c` (`$\n`, `$\001`) */
function erlangChar(cp: number): string {
  const esc = ERLANG_CHAR_ESCAPES[cp];
  if (esc !== undefined) return "$\\" + esc;
  if (cp < 32 || (cp >= 128 && cp < 160)) return "$\\" + cp.toString(8).padStart(3, "0");
  return "$" + String.fromCodePoint(cp);
}

/** for each opening token the index of its closing one; -1 elsewhere (and for an unclosed one) */
function matchParens(toks: Tok[]): Int32Array {
  const closeOf = new Int32Array(toks.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i].k;
    if (k in CLOSERS) open.push(i);
    else if ((k === ")" || k === "]" || k === "}" || k === ">>" || k === "end") && open.length) closeOf[open.pop()!] = i;
  }
  return closeOf;
}

/** does error `a` come before error `b` in the source? */
function before(a: CompileError, b: CompileError): boolean {
  return a.line < b.line || (a.line === b.line && (a.column ?? 0) < (b.column ?? 0));
}

const CLOSERS: Record<string, string> = { "(": ")", "[": "]", "{": "}", "<<": ">>", do: "end", fn: "end" };

/**
 * Elixir's tokenizer checks that brackets and do/fn...end pair up before parsing. Like it, it
 * notes likely mismatches by indentation (the blanks starting the line, 0 on the first) for the
 * HINT lines: a `do`/`fn` opened at no deeper indentation than the open `do`/`fn` before it, and
 * an `end` closing a `do` on a deeper indented line.
 */
export function checkTerminators(toks: Tok[], file: string) {
  const stack: { t: Tok; indent: number }[] = [];
  /** the likely mismatches, the latest first */
  const hints: { k: string; line: number }[] = [];
  const hintFor = (k: string, end: string): string | undefined => {
    const h = hints.find((x) => x.k === k);
    return h && `    HINT: it looks like the "${k}" on line ${h.line} does not have a matching "${end}"`;
  };
  let indent = 0;
  let prevEndLine = 1;
  for (const t of toks) {
    // a token after a newline outside any token: its line's indentation is where it starts
    if (t.line > prevEndLine && t.k !== "eol" && t.k !== "eof") indent = t.col - 1;
    if (t.k !== "eol") prevEndLine = t.line + (t.k === "str" || t.k === "charlist" || t.k === "sigil" || t.k === "kw" || t.k === "qatom" ? countNewlines(t.text) : 0);
    const k = t.k as string;
    if (k in CLOSERS) {
      const top = stack[stack.length - 1];
      if ((k === "do" || k === "fn") && top && top.t.k === k && indent <= top.indent) hints.unshift({ k, line: top.t.line });
      stack.push({ t, indent });
      continue;
    }
    if (k === ")" || k === "]" || k === "}" || k === ">>" || k === "end") {
      const entry = stack.pop();
      const what = k === "end" ? "reserved word" : "token";
      if (!entry) {
        const end = hints.find((x) => x.k === "end");
        const e = new CompileError("SyntaxError", file, t.line, t.col, `unexpected ${what}: ${t.text}`,
          k === "end" && end ? `    HINT: it looks like the "end" on line ${end.line} does not have a matching "do" defined before it` : undefined);
        // Elixir's tokenizer splits the reserved word's message around the token (and then draws no snippet)
        e.quoted = k === "end" ? { prefix: `unexpected ${what}: `, suffix: "", token: t.text } : { prefix: `unexpected ${what}: `, token: t.text };
        throw e;
      }
      const open = entry.t;
      if (k === "end" && open.k === "do") {
        if (indent > entry.indent) hints.unshift({ k: "end", line: t.line });
        continue;
      }
      const want = CLOSERS[open.k];
      if (want !== t.text) {
        const suffix = `. The "${open.text}" at line ${open.line} is missing terminator "${want}"`;
        const e = new CompileError("SyntaxError", file, t.line, t.col, `unexpected ${what}: ${t.text}${suffix}`, hintFor(open.k, want));
        e.quoted = { prefix: `unexpected ${what}: `, suffix, token: t.text };
        throw e;
      }
    }
  }
  if (stack.length) {
    const open = stack[stack.length - 1].t;
    const eof = toks[toks.length - 1];
    // Elixir points at the end of the input
    throw new CompileError("TokenMissingError", file, eof.line, eof.col, `missing terminator: ${CLOSERS[open.k]} (for "${open.text}" starting at line ${open.line})`, hintFor(open.k, CLOSERS[open.k]));
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

export const UNSAFE_ATOM = "unsafe atom does not exist: ";

/**
 * existing_atoms_only: the first token (in the text's order, interpolations included) naming an
 * atom `exists` does not know is Elixir's tokenizer error "unsafe atom does not exist: NAME".
 */
function checkAtomsExist(toks: Tok[], lt: LineTable, file: string, exists: (name: string) => boolean): void {
  eachTokenAtom(toks, lt, file, (name, t) => {
    if (exists(name)) return;
    const e = new CompileError("SyntaxError", file, t.line, t.col, UNSAFE_ATOM + name);
    e.quoted = { prefix: UNSAFE_ATOM, token: name };
    throw e;
  });
}
