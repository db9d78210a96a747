// Code.format_string!/2 and Code.format_file!/2: Elixir 1.14's code formatter, as the layout
// Macro.to_string already does (macro_to_string.ts) run over the parsed source plus what the
// source itself decides and quoted code does not keep: literals as written (numbers normalized
// as the formatter does), `do:` keywords kept apart from do/end blocks, blank lines between
// block items, and comments, each put on its own line before the block item or clause that
// follows it (or before the block's end).
// Left: comments inside an expression that is no block (a multi-line list's, an argument's) go
// before the block item holding them.
import { hostErrorReason } from "./host_error_reason.ts";
import { Atom, Bin, Cons, Float, Nil, Term, binFromBytes, Tuple, atom, bin, isInt, list, listToArray, tuple, NIL, NIL_ATOM, TRUE, charlist } from "../terms.ts";
import { defineBifs, type BifContext } from "./registry.ts";
import { badarg, ErlangError } from "../errors.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { raiseSyntaxError } from "./elixir_code.ts";
import { fileError, fsOf, str } from "./files.ts";
import type { Ast } from "../../lang/ast.ts";
import type { FormatRecord } from "../../lang/parser.ts";
import type { Tok } from "../../lang/lexer.ts";
import type { Part } from "../../lang/quoted_text.ts";
import { parseForFormat } from "../../lang/parse.ts";
import { LineTable, tokenize } from "../../lang/lexer.ts";
import { keepingBadEscapes } from "../../lang/quoted_text.ts";
import { type BlockInfo, type FormatState, type SourceComment, withFormatting } from "./code_format_state.ts";
import { FORMATTER_QUOTED, formatQuoted } from "./macro_to_string.ts";
import { STRING_NEWLINE, escapeDelimiters } from "./macro_to_string_literals.ts";
import { inspect } from "../inspect.ts";
import { validUtf8Prefix } from "../chars.ts";
import { charlistError } from "./elixir_string.ts";
import { codeFrame } from "../code_frame.ts";

const CONVERT_DEEP = 200;
class DeferredNode {
  constructor(readonly a: Ast, readonly depth: number) {}
}

/** a block item, clause or block end a comment can stand before */
interface Anchor { line: number; depth: number; info: BlockInfo; index: number; open: number }

class Converter {
  readonly state: FormatState;
  readonly anchors: Anchor[] = [];
  /** the `name(value)` calls of module attributes (@name value) */
  private readonly attributeHeads = new WeakSet<Ast>();
  private depth = 0;
  /** term() calls under way below where converting (re)started, and the nodes converted first
   *  because they were met too deep (see deepSafe()) */
  private nesting = 0;
  private readonly deferredDone = new Map<Ast, Term>();
  constructor(private fmt: FormatRecord, lines: string[], locals: Set<string>) {
    this.state = {
      locals,
      doEnd: new WeakSet(),
      raw: new WeakMap(),
      blocks: new WeakMap(),
      argComments: new WeakMap(),
      lines: new WeakMap(),
      opened: new WeakSet(),
      parens: new WeakSet(),
      braces: new WeakSet(),
      brackets: new WeakSet(),
      heredocs: new WeakMap(),
      stringSegments: new WeakMap(),
      eolOps: new WeakSet(),
      blank: (l: number) => l >= 1 && l <= lines.length && lines[l - 1].trim() === "",
    };
  }

  /** a block in a body position (the top, a do/end section, a clause's body): registered with its
   *  items' spans; `close` the line that ends it (where comments after its last item go) */
  body(a: Ast, close: number, open = -Infinity): Term {
    const isBlock = a.t === "call" && a.name === "__block__" && a.args !== null && a.args.every((x) => this.fmt.spans.has(x));
    const items = isBlock ? (a as { args: Ast[] }).args : this.fmt.spans.has(a) ? [a] : null;
    if (items === null) return this.term(a);
    const info: BlockInfo = { spans: items.map((x) => this.fmt.spans.get(x)!), comments: items.map(() => []) };
    info.comments.push([]);
    this.depth++;
    this.pushAnchors(info, close, open);
    const terms = items.map((x) => this.term(x));
    this.depth--;
    const t = tuple(atom("__block__"), list([]), list(terms));
    this.state.blocks.set(t as object, info);
    return t;
  }

  /** a list's or map's items, the container opened and closed on lines of its own: `make` its
   *  term, registered with the items' spans, comments anchored before each and before the closing
   *  bracket (undefined: not such a container) */
  private openedItems(a: Ast, items: Ast[], make: () => Term): Term | undefined {
    const close = this.fmt.closing.get(a);
    if (close === undefined || items.length === 0 || !items.every((x) => this.fmt.spans.has(x))) return undefined;
    const info: BlockInfo = { spans: items.map((x) => this.fmt.spans.get(x)!), comments: items.map(() => []) };
    info.comments.push([]);
    this.depth++;
    this.pushAnchors(info, close, this.fmt.literals.get(a)?.line ?? (a as { meta?: { line?: number } }).meta?.line ?? -Infinity);
    const t = make();
    this.depth--;
    this.state.blocks.set(t as object, info);
    return t;
  }

  /** a call written with parentheses: comments between its arguments go before the argument (or
   *  keyword pair) after them; the depth is left one deeper for the arguments (undefined: no such
   *  call) */
  private argAnchors(a: Ast & { t: "call" }): BlockInfo | undefined {
    if (!a.args || a.args.length === 0) return undefined;
    const local = typeof a.name === "string" && /^[a-z_][a-zA-Z0-9_]*[?!]?$/.test(a.name) && this.fmt.parens.has(a);
    const remote = typeof a.name !== "string" && a.name.t === "call" && a.name.name === "." && !a.meta.no_parens;
    if (!local && !remote) return undefined;
    const last = a.args[a.args.length - 1];
    const kw = last.t === "list" && !this.fmt.literals.has(last) && last.items.length > 0 ? last.items : [];
    const items = [...a.args.slice(0, kw.length > 0 ? -1 : a.args.length), ...kw];
    if (!items.every((x) => this.fmt.spans.has(x))) return undefined;
    const info: BlockInfo = { spans: items.map((x) => this.fmt.spans.get(x)!), comments: items.map(() => []) };
    info.comments.push([]);
    this.depth++;
    this.pushAnchors(info, -1, a.meta?.line ?? -Infinity);
    return info;
  }

  /** a list of -> clauses (a do/end section's, an fn's) */
  clauses(items: Ast[], close: number, open: number): Term {
    const info: BlockInfo = { spans: items.map((x) => this.fmt.spans.get(x) ?? [0, 0]), comments: items.map(() => []) };
    info.comments.push([]);
    this.depth++;
    this.pushAnchors(info, close, open);
    const terms = items.map((c, i) => {
      const [head, body] = (c as { args: Ast[] }).args;
      const bodyTerm = this.body(body, -1, info.spans[i][0]);
      const bodyInfo = this.state.blocks.get(bodyTerm as object);
      if (bodyInfo && bodyInfo.spans.length > 0 && bodyInfo.spans[0][0] > info.spans[i][0] && !this.headOver(c, bodyInfo.spans[0][0])) info.broken = true;
      return tuple(atom("->"), this.meta((c as { meta?: object }).meta), list([this.term(head), bodyTerm]));
    });
    this.depth--;
    const t = list(terms);
    this.state.blocks.set(t as object, info);
    return t;
  }

  /** the anchors of a block's items (and of its end, at line `close` unless negative): comments
   *  after line `open`, where the block opens, can stand before them */
  private pushAnchors(info: BlockInfo, close: number, open: number): void {
    info.spans.forEach((s, i) => this.anchors.push({ line: s[0], depth: this.depth, info, index: i, open }));
    if (close >= 0) this.anchors.push({ line: close, depth: this.depth, info, index: info.spans.length, open });
  }

  /** does the clause's head (its -> line) reach the line its body starts on */
  private headOver(c: Ast, bodyLine: number): boolean {
    const arrow = (c as { meta?: { line?: number } }).meta?.line;
    return arrow !== undefined && arrow >= bodyLine;
  }

  meta(m: object | undefined): Term {
    const out: Term[] = [];
    const mm = (m ?? {}) as { line?: number; no_parens?: boolean; delimiter?: string; indentation?: number };
    if (mm.delimiter !== undefined) out.push(tuple(atom("delimiter"), bin(mm.delimiter)));
    if (mm.indentation !== undefined) out.push(tuple(atom("indentation"), mm.indentation));
    if (mm.no_parens) out.push(tuple(atom("no_parens"), TRUE));
    if (mm.line !== undefined) out.push(tuple(atom("line"), mm.line));
    return list(out);
  }

  /**
   * f() (the conversion of the source's root) without recursing on the JS stack past CONVERT_DEEP
   * term()s (code nested 10,000 deep, which Elixir formats): a node met that deep is converted
   * first, from the top of the stack at the depth of anchors it was met at, and remembered; then
   * what was being converted starts over (the anchors it had pushed dropped) and finds it there.
   */
  deepSafe<T>(f: () => T): T {
    const pending: DeferredNode[] = [];
    for (;;) {
      const task = pending[pending.length - 1];
      const anchors = this.anchors.length;
      this.nesting = 0;
      this.depth = task ? task.depth : 0;
      try {
        if (!task) return f();
        this.deferredDone.set(task.a, this.term(task.a));
        pending.pop();
      } catch (e) {
        if (!(e instanceof DeferredNode)) throw e;
        this.anchors.length = anchors;
        pending.push(e);
      }
    }
  }

  term(a: Ast): Term {
    const done = this.deferredDone.get(a);
    if (done !== undefined) return done;
    if (this.nesting >= CONVERT_DEEP) throw new DeferredNode(a, this.depth);
    this.nesting++;
    let t: Term;
    try {
      t = this.termNow(a);
    } finally {
      this.nesting--;
    }
    const tok = this.fmt.literals.get(a);
    // (not the shared empty list: [] and '' each keep no line)
    // (nor an atom, one object wherever it is written)
    if (tok && typeof t === "object" && !(t instanceof Nil) && !(t instanceof Atom)) this.state.lines.set(t, tok.line);
    if (this.fmt.opened.has(a) && typeof t === "object") this.state.opened.add(t);
    if (this.fmt.parens.has(a) && typeof t === "object") this.state.parens.add(t);
    if (this.fmt.eolOps.has(a) && typeof t === "object") this.state.eolOps.add(t);
    if (tok?.k === "{" && typeof t === "object") this.state.braces.add(t);
    if (tok?.k === "[" && t instanceof Cons) this.state.brackets.add(t);
    return t;
  }

  /** a map's `key => value` pairs (no keyword pair's token): they stay arrows (`%{:a => 1}`),
   *  as braced 2-tuples do; the entries after `|` too */
  private arrowPairs(asts: Ast[], terms: Term[]): void {
    asts.forEach((x, i) => {
      const t = terms[i];
      if (x.t === "tuple" && x.items.length === 2 && !this.fmt.literals.has(x) && typeof t === "object") this.state.braces.add(t as object);
      if (x.t === "call" && x.name === "|" && x.args?.length === 2 && x.args[1].t === "list" && t instanceof Tuple) {
        const entries = listToArray(listToArray(t.items[2])![1]);
        if (entries) this.arrowPairs(x.args[1].items, entries);
      }
    });
  }

  private termNow(a: Ast): Term {
    const tok = this.fmt.literals.get(a);
    switch (a.t) {
      case "int":
      case "float": {
        const v = a.t === "int" ? (a.v >= -9007199254740991n && a.v <= 9007199254740991n ? Number(a.v) : a.v) : new Float(a.v);
        if (!tok) return v;
        return tuple(atom("__block__"), list([tuple(atom("token"), bin(numberToken(tok.text))), tuple(atom("line"), tok.line)]), list([v]));
      }
      case "atom":
        // (a quoted atom as written: :"Elixir.A")
        // (the quotes a plain atom needs none of go: :"abc" is :abc, :"é" is :é; an alias's
        // name stays as written, :"Elixir.Foo"; so do a name not in NFC, which unquoted would
        // read as another atom, and the operators the formatter quotes, :"\\\\" and :"..//")
        if (tok?.k === "qatom") {
          // (an escape in it is kept too: the formatter reads the name without unescaping it)
          const asWritten = a.v === "Elixir" || a.v.startsWith("Elixir.") || a.v !== a.v.normalize("NFC") || (tok.text.startsWith(':"') && tok.text.includes("\\"));
          const text = asWritten ? tok.text : FORMATTER_QUOTED.has(a.v) ? `:${JSON.stringify(a.v)}` : inspect(atom(a.v));
          return tuple(atom("__block__"), list([tuple(atom("token"), bin(text)), tuple(atom("line"), tok.line)]), list([atom(a.v)]));
        }
        // (a plain :atom keeps its line too, as the formatter's literal encoder gives it one:
        // an atom is one term wherever it is written, so it goes in a block with its line)
        if (tok?.k === "atom" && tok.text.startsWith(":")) return tuple(atom("__block__"), list([tuple(atom("line"), tok.line)]), list([atom(a.v)]));
        return atom(a.v);
      case "str": {
        const b = bin(a.v);
        if (tok?.k === "str") this.state.raw.set(b, tok.heredoc ? heredocText(tok) : oneLineText(tok.text));
        return b;
      }
      case "list": {
        const sections = this.fmt.doEnd.get(a);
        if (sections) {
          const t = list(a.items.map((s, i) => {
            const [k, v] = (s as { items: Ast[] }).items;
            const close = sections[i + 1];
            const value = v.t === "list" && v.items.length > 0 && v.items.every((c) => c.t === "call" && c.name === "->") ? this.clauses(v.items, close, sections[i]) : this.body(v, close, sections[i]);
            return tuple(this.term(k), value);
          }));
          this.state.doEnd.add(t as object);
          return t;
        }
        // a list opened on lines of its own: comments before its elements, or before its `]`
        const opened = this.openedItems(a, a.items, () => list(a.items.map((x) => this.term(x))));
        if (opened) return opened;
        const t = list(a.items.map((x) => this.term(x)));
        // '' is the empty list: written as a token
        if (tok?.k === "charlist" && t instanceof Nil) return tuple(atom("__block__"), list([tuple(atom("token"), bin(tok.text)), tuple(atom("line"), tok.line)]), list([t]));
        if (tok?.k === "charlist" && t instanceof Cons) this.state.raw.set(t, tok.heredoc ? heredocText(tok) : oneLineText(tok.text));
        return t;
      }
      case "tuple": {
        const make = () => (a.items.length === 2 ? tuple(this.term(a.items[0]), this.term(a.items[1])) : tuple(atom("{}"), this.meta(a.meta), list(a.items.map((x) => this.term(x)))));
        // a tuple opened on lines of its own: comments before its elements, or before its `}`
        return this.openedItems(a, a.items, make) ?? make();
      }
      case "call": {
        // a block in parentheses, `(a\n\nb)`: its items keep their blank lines (and comments), as a body's
        if (a.name === "__block__" && a.args !== null && a.args.length > 1 && a.args.every((x) => this.fmt.spans.has(x))) return this.body(a, -1, a.meta?.line ?? -Infinity);
        const name = typeof a.name === "string" ? atom(a.name) : this.term(a.name);
        if (a.name === "@" && a.args?.length === 1 && a.args[0].t === "call") this.attributeHeads.add(a.args[0]);
        // an atom before an alias (:"Elixir".Enum) is written as an atom, not as the alias's head
        if (a.name === "__aliases__" && a.args?.[0].t === "atom" && this.fmt.literals.get(a.args[0])?.k === "atom") {
          const head = a.args[0].v as string;
          const text = head === "Elixir" ? ':"Elixir"' : inspect(atom(head));
          const args = [tuple(atom("__block__"), list([tuple(atom("token"), bin(text))]), list([atom(head)])), ...a.args.slice(1).map((x) => this.term(x))];
          return tuple(name, this.meta(a.meta), list(args));
        }
        if (a.name === "fn" && a.args && a.args.length > 0 && a.args.every((c) => c.t === "call" && c.name === "->")) {
          return tuple(name, this.meta(a.meta), this.clauses(a.args, Infinity, a.meta?.line ?? -Infinity));
        }
        // a map opened on lines of its own: comments before its pairs, or before its `}`
        if (a.name === "%{}" && a.args) {
          const opened = this.openedItems(a, a.args, () => {
            const items = a.args!.map((x) => this.term(x));
            this.arrowPairs(a.args!, items);
            return tuple(name, this.meta(a.meta), list(items));
          });
          if (opened) return opened;
        }
        const argInfo = this.argAnchors(a);
        const args = a.args === null ? NIL_ATOM : list(a.args.map((x) => this.term(x)));
        if (argInfo) this.depth--;
        const items = listToArray(args);
        if (a.name === "%{}" && a.args) this.arrowPairs(a.args, items!);
        const last = items?.[items.length - 1];
        if (last instanceof Cons && this.state.brackets.has(last)) {
          // a call's last argument, a keyword list in brackets, loses them: foo(1, [a: 1]) is
          // foo(1, a: 1) (but @attr [a: 1] keeps them)
          const called = typeof a.name === "string" ? /^[a-z_][a-zA-Z0-9_]*[?!]?$/.test(a.name) : a.name.t === "call" && a.name.name === ".";
          if (called && !this.attributeHeads.has(a)) this.state.brackets.delete(last);
        }
        const t = tuple(name, this.meta(a.meta), args);
        if (argInfo) this.state.argComments.set(t, argInfo);
        // an interpolated heredoc stays one
        if (a.name === "<<>>" && tok?.k === "str" && tok.heredoc) this.state.heredocs.set(t, heredocSegments(tok));
        // (an interpolated string's text keeps the source's escapes, as the formatter reads it
        // without unescaping)
        else if (a.name === "<<>>" && tok?.k === "str") this.state.stringSegments.set(t, textSegments(tok, tok.text.slice(1, -1), 1));
        return t;
      }
    }
  }
}

/** a number as the formatter writes it: as written, but for underscores put every three digits
 *  into a decimal integer part of more than five digits without any, hex digits upper case and a
 *  float's exponent marker lower case */
export function numberToken(text: string): string {
  if (/^0x/.test(text)) return "0x" + text.slice(2).toUpperCase();
  if (/^0[bo]/.test(text) || text.startsWith("?")) return text;
  const m = /^(\d+)(.*)$/.exec(text);
  if (!m) return text;
  const int = m[1].length > 5 ? m[1].replace(/\B(?=(\d{3})+$)/g, "_") : m[1];
  return int + m[2].replace("E", "e");
}

/** a heredoc's text at column 0: its lines without the closing delimiter's indentation, each
 *  unescaped run of its delimiter escaped (`"""` in the text is written `\"""`) */
function heredocText(tok: Tok): string {
  const text = tok.text;
  const open = text.slice(0, 3);
  const { body, closing } = heredocLines(text);
  return [open, ...escapeDelimiters(body.join("\n"), open).split("\n"), closing].join("\n");
}

/** an interpolated heredoc's literal text as written (escapes kept) before each interpolation and
 *  after the last, at column 0 */
function heredocSegments(tok: Tok): string[] {
  const HOLE = "\uFDD1";
  const text = textSegments(tok, tok.text, 0).join(HOLE);
  const { body } = heredocLines(text);
  return escapeDelimiters(body.join("\n") + "\n", text.slice(0, 3)).split(HOLE);
}

/** a string's or charlist's text written on one line in the source but for the newlines it
 *  holds: the layout measures those as any character, as the formatter does */
function oneLineText(text: string): string {
  return text.replace(/\n/g, STRING_NEWLINE);
}

/** `text` (the token's text from offset `from` in it) split at its interpolations */
function textSegments(tok: Tok, text: string, from: number): string[] {
  const out: string[] = [];
  let at = 0;
  for (const p of (tok.v ?? []) as Part[]) {
    if (typeof p === "string") continue;
    // (an interpolation `#{code}` spans from its # to the brace after its code)
    out.push(text.slice(at, p.hash - tok.off - from));
    at = p.to - tok.off + 1 - from;
  }
  out.push(text.slice(at));
  return out;
}

/** the lines between a heredoc's delimiters without the closing one's indentation, and that
 *  closing line without it */
function heredocLines(text: string): { body: string[]; closing: string } {
  const lines = text.split("\n");
  const closing = lines[lines.length - 1];
  const indent = closing.length - closing.trimStart().length;
  const body = lines.slice(1, -1).map((l) => {
    let i = 0;
    while (i < indent && (l[i] === " " || l[i] === "\t")) i++;
    return l.slice(i);
  });
  return { body, closing: closing.trimStart() };
}

/** the anchor of the innermost item whose lines hold `line`, in a block opened before it */
function holding(anchors: Anchor[], line: number): Anchor | undefined {
  let best: Anchor | undefined;
  for (const a of anchors) {
    if (a.line >= line) break;
    const span = a.info.spans[a.index];
    if (span !== undefined && a.open < line && span[1] >= line && (best === undefined || a.depth > best.depth)) best = a;
  }
  return best;
}

/** the source's comments: for each, its line, text and whether code comes before it on its line */
function sourceComments(source: string, file: string): { line: number; text: string }[] {
  const lt = new LineTable(source);
  const toks = keepingBadEscapes(() => tokenize(lt, file));
  const out: { line: number; text: string }[] = [];
  let from = 0;
  const scan = (to: number) => {
    const gap = source.slice(from, to);
    const re = /#[^\n]*/g;
    for (let m = re.exec(gap); m !== null; m = re.exec(gap)) out.push({ line: lt.line(from + m.index), text: m[0].replace(/\s+$/, "") });
  };
  for (const t of toks) {
    scan(t.off);
    from = t.endOff;
  }
  scan(source.length);
  return out;
}

/** `#comment` is written `# comment` (a `#!` line stays as it is) */
function commentText(text: string): string {
  if (text.startsWith("#!") || /^#+(\s|$)/.test(text)) return text;
  const m = /^(#+)(.*)$/.exec(text)!;
  return `${m[1]} ${m[2]}`;
}

/** the source formatted as Elixir 1.14's formatter does, "" for a source of nothing but spaces */
export function formatSource(source: string, file: string, lineLength: number, locals: Set<string> = new Set()): string {
  const { ast, fmt } = parseForFormat(source, file);
  const lines = source.split("\n");
  const conv = new Converter(fmt, lines, locals);
  const root = conv.deepSafe(() => conv.body(ast, Infinity));
  // each comment before the anchor after it: the nearest line, the outermost on a tie; but a
  // comment before the line a block opens on (`x =\n  # c\n  case y do`) is none of that
  // block's: it goes before the item holding it (the innermost the block opened after)
  const anchors = conv.anchors.slice().sort((a, b) => a.line - b.line || a.depth - b.depth);
  const comments = sourceComments(source, file);
  let k = 0;
  const groups = new Map<Anchor, SourceComment[]>();
  for (const c of comments) {
    while (k < anchors.length && anchors[k].line < c.line) k++;
    let anchor: Anchor | undefined = anchors[k];
    if (anchor && anchor.open >= c.line) anchor = holding(anchors, c.line) ?? anchors.slice(k).find((x) => x.open < c.line);
    if (!anchor) continue;
    const group = groups.get(anchor) ?? [];
    group.push({ line: c.line, text: commentText(c.text), blankAfter: false });
    groups.set(anchor, group);
  }
  for (const [anchor, group] of groups) {
    group.forEach((c, i) => {
      const next = Math.min(i + 1 < group.length ? group[i + 1].line : anchor.line, lines.length + 1);
      for (let l = c.line + 1; l < next; l++) if (conv.state.blank(l)) c.blankAfter = true;
    });
    anchor.info.comments[anchor.index].push(...group);
  }
  if (ast.t === "call" && ast.name === "__block__" && ast.args?.length === 0 && comments.length === 0) return "";
  return withFormatting(conv.state, () => formatQuoted(root, lineLength));
}

// ---- Code.format_string!/2, Code.format_file!/2 -----------------------------------------------

/** the options beamlet's formatter follows (line_length:, file:); the others are accepted */
function formatOpts(opts: Term): { lineLength: number; file: string; locals: Set<string> } {
  const out = { lineLength: 98, file: "nofile", locals: new Set<string>() };
  const items = listToArray(opts);
  if (items === null) badarg();
  for (const it of items) {
    if (!(it instanceof Tuple) || it.items.length !== 2) continue;
    const [k, v] = it.items;
    if (k === atom("line_length") && isInt(v)) out.lineLength = Number(v);
    else if (k === atom("file") && v instanceof Bin) out.file = v.toString();
    else if (k === atom("locals_without_parens")) {
      // [name: arity | :*]: calls written without parentheses that stay so
      for (const p of listToArray(v) ?? []) {
        if (p instanceof Tuple && p.items.length === 2 && p.items[0] instanceof Atom) {
          const a = p.items[1];
          out.locals.add(`${(p.items[0] as Atom).name}/${a === atom("*") ? "*" : isInt(a) ? Number(a) : "?"}`);
        }
      }
    }
  }
  return out;
}

function formatString(ctx: BifContext, s: Term, opts: Term): Term {
  if (!(s instanceof Bin) || listToArray(opts) === null) raiseFunctionClause(s, opts);
  const { lineLength, file, locals } = formatOpts(opts);
  if (validUtf8Prefix(s.bytes) < s.bytes.length) {
    // (String.to_charlist/1's UnicodeConversionError, as the parser is handed the text)
    try {
      charlistError(s.bytes);
    } catch (e) {
      if (e instanceof ErlangError) e.calleeBelow = [codeFrame("Elixir.Code", "string_to_quoted_with_comments!", 2, "lib/code.ex", 1067), codeFrame("Elixir.Code", "format_string!", 2, "lib/code.ex", 773)];
      throw e;
    }
  }
  const src = s.toString();
  let text: string;
  try {
    text = formatSource(src, file, lineLength, locals);
  } catch (e) {
    // (raised from Elixir 1.14's Code.format_string!/2, lib/code.ex:773)
    if (e instanceof CompileError) raiseSyntaxError(ctx, e, src, file, undefined, tuple(atom("Elixir.Code"), atom("format_string!"), 2, list([tuple(atom("file"), charlist("lib/code.ex")), tuple(atom("line"), 773)])));
    throw e;
  }
  // iodata, as 1.14 returns it: [] for nothing to write
  return text === "" ? NIL : list([bin(text)]);
}

/** Elixir's format_string!/2 takes a binary and a list */
function raiseFunctionClause(s: Term, opts: Term): never {
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = tuple(atom("Elixir.Code"), atom("format_string!"), list([s, opts]), list([tuple(atom("file"), charlist("lib/code.ex")), tuple(atom("line"), 761)]));
  throw e;
}

/** Code.format_file!: the file's text (File.read!'s error when unreadable) formatted, then a newline */
function formatFile(ctx: BifContext, f: Term, opts: Term): Term {
  const path = str(f);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fsOf(ctx).readFileSync(path));
  } catch (e) {
    fileError(ctx, "read file", path, hostErrorReason(e));
  }
  const withFile = list([tuple(atom("file"), bin(path)), ...(listToArray(opts) ?? [])]);
  return list([formatString(ctx, binFromBytes(bytes), withFile), 10]);
}

defineBifs("Elixir.Code", {
  "format_string!/1": ([s], ctx) => formatString(ctx, s, NIL),
  "format_string!/2": ([s, o], ctx) => formatString(ctx, s, o),
  "format_file!/1": ([f], ctx) => formatFile(ctx, f, NIL),
  "format_file!/2": ([f, o], ctx) => formatFile(ctx, f, o),
});
