// Reading Erlang term syntax (OTP 25): :erl_scan.string/1,2 turns text into Erlang tokens,
// :erl_scan.tokens/3 is the io protocol's continuation scanner (:io.read/1,2 reads up to a dot
// with it), and :erl_parse.parse_term/1 turns the tokens of one term ending with a dot into the
// term. parse_term parses the Erlang expression the tokens form and answers 'bad term' for a valid
// expression that is not a term (a variable, a call, 1 + 2), a syntax error before the token
// where the expression breaks otherwise, as OTP does. :file.consult/1 (lib/erlang/file.ex) builds
// on both.
import { Atom, Bin, Cons, Float, NIL, Term, Tuple, atom, charlist, int, isInt, list, tuple } from "../terms.ts";
import { defineBifs } from "./registry.ts";
import { badarg, ErlangError } from "../errors.ts";
import { mapFromEntries } from "../map.ts";
import { buildBinary, BinSpecs } from "../binary_build.ts";
import { writeAtom, writeString, writeTerm } from "../io_write.ts";
import { formatFloat } from "../format_float.ts";

// ---- the scanner ------------------------------------------------------------------------------

const RESERVED = new Set(("after and andalso band begin bnot bor bsl bsr bxor case catch cond div end fun if let not of or orelse receive rem try when xor").split(" "));
const SYMBOLS3 = ["...", "=:=", "=/="];
const SYMBOLS2 = ["<<", ">>", "->", "<-", "<=", "=>", ":=", "::", "==", "/=", "=<", ">=", "++", "--", "||", ".."];

interface Pos { line: number; col: number | null }
const locTerm = (p: Pos): Term => (p.col === null ? p.line : tuple(p.line, p.col));

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isNameChar = (c: number) => isLower(c) || isUpper(c) || isDigit(c) || c === 95 || c === 64;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || (c >= 0x80 && c <= 0xa0);

type ScanResult =
  | { ok: true; tokens: Term[]; end: Pos; rest: number }
  | { ok: false; error: Term; end: Pos };

/**
 * Tokens of cps from `start`; with stopAtDot, up to and including the first dot token (rest: the
 * index after it), and `more` when the text ends before a dot whose end is certain.
 */
function scan(cps: number[], start: Pos, stopAtDot = false, atEof = true): ScanResult | "more" {
  const tokens: Term[] = [];
  let i = 0;
  let line = start.line;
  let col = start.col;
  const pos = (): Pos => ({ line, col });
  const advance = (n: number) => {
    for (let k = 0; k < n; k++) {
      if (cps[i] === 10) { line++; if (col !== null) col = 1; } else if (col !== null) col++;
      i++;
    }
  };
  const fail = (at: Pos, info: Term): ScanResult => ({ ok: false, error: tuple(locTerm(at), atom("erl_scan"), info), end: pos() });

  // one character of a quoted text or after $: [codepoint, length] or null at the end
  const escaped = (j: number): [number, number] | null => {
    if (j >= cps.length) return null;
    if (cps[j] !== 92) return [cps[j], 1];
    if (j + 1 >= cps.length) return null;
    const c = cps[j + 1];
    const simple: Record<number, number> = { 98: 8, 100: 127, 101: 27, 102: 12, 110: 10, 114: 13, 115: 32, 116: 9, 118: 11 };
    if (c in simple) return [simple[c], 2];
    if (c >= 48 && c <= 55) {
      let k = j + 1, v = 0;
      while (k < cps.length && k < j + 4 && cps[k] >= 48 && cps[k] <= 55) v = v * 8 + (cps[k++] - 48);
      return [v, k - j];
    }
    if (c === 120) {
      const hex = (x: number) => (x >= 48 && x <= 57) || (x >= 65 && x <= 70) || (x >= 97 && x <= 102);
      if (cps[j + 2] === 123) {
        let k = j + 3, s = "";
        while (k < cps.length && hex(cps[k])) s += String.fromCodePoint(cps[k++]);
        if (cps[k] === 125 && s !== "") return [parseInt(s, 16), k + 1 - j];
        return [c, 2];
      }
      let k = j + 2, s = "";
      while (k < cps.length && k < j + 4 && hex(cps[k])) s += String.fromCodePoint(cps[k++]);
      return s === "" ? [c, 2] : [parseInt(s, 16), k - j];
    }
    if (c === 94 && j + 2 < cps.length) return [cps[j + 2] & 31, 3];
    return [c, 2];
  };

  while (i < cps.length) {
    const c = cps[i];
    if (isSpace(c)) { advance(1); continue; }
    if (c === 37) { while (i < cps.length && cps[i] !== 10) advance(1); continue; }
    const at = pos();
    const loc = locTerm(at);
    if (isDigit(c)) {
      let j = i;
      const digits = (from: number, ok: (x: number) => boolean): number => {
        let k = from;
        while (k < cps.length && (ok(cps[k]) || (cps[k] === 95 && k > from && k + 1 < cps.length && ok(cps[k + 1])))) k++;
        return k;
      };
      j = digits(i, isDigit);
      let text = String.fromCodePoint(...cps.slice(i, j)).replace(/_/g, "");
      if (cps[j] === 35) {
        const base = Number(text);
        const inBase = (x: number) => {
          const d = isDigit(x) ? x - 48 : x >= 97 && x <= 122 ? x - 87 : x >= 65 && x <= 90 ? x - 55 : 99;
          return d < base;
        };
        const k = digits(j + 1, inBase);
        if (base < 2 || base > 36) return fail(at, tuple(atom("base"), int(base)));
        if (k === j + 1) return fail(at, tuple(atom("illegal"), atom("integer")));
        let v = 0n;
        for (const d of String.fromCodePoint(...cps.slice(j + 1, k)).replace(/_/g, "").toLowerCase()) v = v * BigInt(base) + BigInt(parseInt(d, 36));
        tokens.push(tuple(atom("integer"), loc, int(v)));
        advance(k - i);
        continue;
      }
      if (cps[j] === 46 && j + 1 < cps.length && isDigit(cps[j + 1])) {
        let k = digits(j + 1, isDigit);
        if (cps[k] === 101 || cps[k] === 69) {
          let e = k + 1;
          if (cps[e] === 43 || cps[e] === 45) e++;
          const ee = digits(e, isDigit);
          if (ee === e) return fail(at, tuple(atom("illegal"), atom("float")));
          k = ee;
        }
        text = String.fromCodePoint(...cps.slice(i, k)).replace(/_/g, "");
        const v = Number(text);
        if (!Number.isFinite(v)) return fail(at, tuple(atom("illegal"), atom("float")));
        tokens.push(tuple(atom("float"), loc, new Float(v)));
        advance(k - i);
        continue;
      }
      tokens.push(tuple(atom("integer"), loc, int(BigInt(text))));
      advance(j - i);
      continue;
    }
    if (isLower(c) || isUpper(c) || c === 95) {
      let j = i;
      while (j < cps.length && isNameChar(cps[j])) j++;
      const name = String.fromCodePoint(...cps.slice(i, j));
      if (isLower(c)) tokens.push(RESERVED.has(name) ? tuple(atom(name), loc) : tuple(atom("atom"), loc, atom(name)));
      else tokens.push(tuple(atom("var"), loc, atom(name)));
      advance(j - i);
      continue;
    }
    if (c === 36) {
      const ch = escaped(i + 1);
      if (ch === null) return fail(at, atom("char"));
      tokens.push(tuple(atom("char"), loc, ch[0]));
      advance(1 + ch[1]);
      continue;
    }
    if (c === 34 || c === 39) {
      const chars: number[] = [];
      let j = i + 1;
      for (;;) {
        if (j >= cps.length) {
          if (stopAtDot && !atEof) return "more";
          return fail(at, unterminated(c, chars));
        }
        if (cps[j] === c) break;
        const ch = escaped(j);
        if (ch === null) {
          if (stopAtDot && !atEof) return "more";
          return fail(at, unterminated(c, chars));
        }
        chars.push(ch[0]);
        j += ch[1];
      }
      if (c === 34) tokens.push(tuple(atom("string"), loc, list(chars)));
      else tokens.push(tuple(atom("atom"), loc, atom(String.fromCodePoint(...chars))));
      advance(j + 1 - i);
      continue;
    }
    if (c === 46) {
      const next = cps[i + 1];
      if (next === undefined && stopAtDot && !atEof) return "more";
      if (next === undefined || isSpace(next) || next === 37) {
        tokens.push(tuple(atom("dot"), loc));
        advance(next === undefined || next === 37 ? 1 : 2);
        if (stopAtDot) return { ok: true, tokens, end: pos(), rest: i };
        continue;
      }
    }
    const three = String.fromCodePoint(...cps.slice(i, i + 3));
    const two = String.fromCodePoint(...cps.slice(i, i + 2));
    const sym = SYMBOLS3.includes(three) ? three : SYMBOLS2.includes(two) ? two : c <= 255 ? String.fromCodePoint(c) : null;
    if (sym === null) return fail(at, tuple(atom("illegal"), atom("character")));
    tokens.push(tuple(atom(sym), loc));
    advance(sym.length);
  }
  if (stopAtDot && !atEof) return "more";
  return { ok: true, tokens, end: pos(), rest: i };
}

function startPos(t: Term): Pos {
  if (isInt(t) && typeof t === "number" && t >= 0) return { line: t, col: null };
  if (t instanceof Tuple && t.items.length === 2 && typeof t.items[0] === "number" && typeof t.items[1] === "number" && t.items[1] >= 1)
    return { line: t.items[0], col: t.items[1] };
  return badarg();
}

function codes(t: Term): number[] {
  const out: number[] = [];
  let l = t;
  while (l instanceof Cons) {
    if (typeof l.head !== "number" || l.head < 0) badarg();
    out.push(l.head as number);
    l = l.tail;
  }
  if (l !== NIL) badarg();
  return out;
}

function scanString(text: Term, start: Pos): Term {
  const r = scan(codes(text), start) as ScanResult;
  return r.ok ? tuple(atom("ok"), list(r.tokens), locTerm(r.end)) : tuple(atom("error"), r.error, locTerm(r.end));
}

/**
 * erl_scan:tokens/3, the io protocol's get_until callback: the continuation is [] or
 * {:beamlet_tokens, text so far, start}; text `:eof` ends the input.
 */
function tokensCont(cont: Term, chars: Term, startLoc: Term): Term {
  let text: number[] = [];
  let start = startPos(startLoc);
  if (cont instanceof Tuple && cont.items[0] === atom("beamlet_tokens")) {
    text = codes(cont.items[1]);
    start = startPos(cont.items[2]);
  }
  const eof = chars === atom("eof");
  if (!eof) text = text.concat(codes(chars));
  const r = scan(text, start, true, eof);
  if (r === "more") return tuple(atom("more"), tuple(atom("beamlet_tokens"), list(text), locTerm(start)));
  if (!r.ok) return tuple(atom("done"), tuple(atom("error"), r.error, locTerm(r.end)), eof ? atom("eof") : NIL);
  if (r.tokens.length === 0 && eof) return tuple(atom("done"), tuple(atom("eof"), locTerm(r.end)), atom("eof"));
  const rest = eof && r.rest >= text.length ? atom("eof") : list(text.slice(r.rest));
  return tuple(atom("done"), tuple(atom("ok"), list(r.tokens), locTerm(r.end)), rest);
}

// ---- the parser -------------------------------------------------------------------------------

/** a parsed expression: its value when it is a term (undefined: a valid expression but no term) */
interface Node {
  loc: Term;
  value?: Term;
  /** an integer, float or char literal (a sign may apply to it) */
  num?: boolean;
  /** a string literal's characters (a binary segment takes them one by one) */
  str?: number[];
}

class SyntaxError {
  constructor(readonly token: Term | null) {}
}

const kindOf = (tok: Term): string => ((tok as Tuple).items[0] as Atom).name;
const locOf = (tok: Term): Term => (tok as Tuple).items[1];
const valOf = (tok: Term): Term => (tok as Tuple).items[2];

/** the token as erl_parse names it in "syntax error before: ..." */
function tokenText(tok: Term): string {
  const items = (tok as Tuple).items;
  const kind = kindOf(tok);
  if (items.length === 3) {
    const v = items[2];
    switch (kind) {
      case "atom": return writeAtom(v as Atom);
      case "var": return (v as Atom).name;
      case "integer": return String(v);
      case "float": return formatFloat((v as Float).value);
      case "char": return "$" + String.fromCodePoint(v as number);
      case "string": return writeString(String.fromCodePoint(...codes(v)), '"');
    }
  }
  if (kind === "dot") return "'.'";
  return writeAtom(atom(kind));
}

export { SyntaxError as ErlSyntaxError, kindOf, locOf, valOf, tokenText };

const COMP = new Set(["==", "/=", "=<", "<", ">=", ">", "=:=", "=/="]);
const LIST_OP = new Set(["++", "--"]);
const ADD = new Set(["+", "-", "bor", "bxor", "bsl", "bsr", "or", "xor"]);
const MULT = new Set(["*", "/", "div", "rem", "band", "and"]);
const PREFIX = new Set(["+", "-", "bnot", "not"]);
const BLOCK_OPEN = new Set(["begin", "case", "if", "receive", "try", "fun", "maybe"]);

class Parser {
  i = 0;
  constructor(readonly toks: Term[]) {}
  peek(): string | null { return this.i < this.toks.length ? kindOf(this.toks[this.i]) : null; }
  next(): Term { if (this.i >= this.toks.length) throw new SyntaxError(null); return this.toks[this.i++]; }
  expect(kind: string): Term {
    if (this.peek() !== kind) throw new SyntaxError(this.i < this.toks.length ? this.toks[this.i] : null);
    return this.toks[this.i++];
  }
  fail(): never { throw new SyntaxError(this.i < this.toks.length ? this.toks[this.i] : null); }

  exprs(): Node[] {
    const out = [this.expr()];
    while (this.peek() === ",") { this.i++; out.push(this.expr()); }
    return out;
  }

  expr(): Node {
    if (this.peek() === "catch") { const t = this.next(); this.expr(); return { loc: locOf(t) }; }
    const left = this.binary(150);
    const k = this.peek();
    if (k === "=" || k === "!") { const t = this.next(); this.expr(); return { loc: locOf(t) }; }
    return left;
  }

  /** the operators from orelse (150) down to the multiplicative ones (500) */
  binary(level: number): Node {
    if (level > 500) return this.prefix();
    const sub = level === 150 ? 160 : level === 160 ? 200 : level === 200 ? 300 : level === 300 ? 400 : level === 400 ? 500 : 600;
    let left = this.binary(sub);
    for (;;) {
      const k = this.peek();
      const matches = level === 150 ? k === "orelse" : level === 160 ? k === "andalso" : level === 200 ? COMP.has(k ?? "") : level === 300 ? LIST_OP.has(k ?? "") : level === 400 ? ADD.has(k ?? "") : MULT.has(k ?? "");
      if (!matches) return left;
      const t = this.next();
      // right associative (orelse, andalso, ++): the rest is one operand; comparisons take one
      if (level === 150 || level === 160 || level === 300) this.binary(level);
      else this.binary(sub);
      left = { loc: locOf(t) };
      if (level === 200) return left;
    }
  }

  prefix(): Node {
    const k = this.peek();
    if (k !== null && PREFIX.has(k)) {
      const t = this.next();
      const operand = this.prefix();
      if ((k === "-" || k === "+") && operand.num && operand.value !== undefined) {
        const v = operand.value;
        const value = k === "+" ? v : v instanceof Float ? new Float(-v.value) : typeof v === "bigint" ? int(-v) : int(-BigInt(v as number));
        return { loc: locOf(t), value };
      }
      return { loc: locOf(t) };
    }
    return this.postfix();
  }

  /** calls, remote calls, map updates and record accesses after a primary */
  postfix(): Node {
    let node = this.primary();
    for (;;) {
      const k = this.peek();
      if (k === ":") { this.i++; this.primary(); node = { loc: node.loc }; continue; }
      if (k === "(") { this.args(); node = { loc: node.loc }; continue; }
      if (k === "#") {
        this.i++;
        if (this.peek() === "{") this.mapBody();
        else { this.expect("atom"); if (this.peek() === ".") { this.i++; this.expect("atom"); } else this.recordBody(); }
        node = { loc: node.loc };
        continue;
      }
      return node;
    }
  }

  args(): void {
    this.expect("(");
    if (this.peek() !== ")") this.exprs();
    this.expect(")");
  }

  primary(): Node {
    const t = this.next();
    const k = kindOf(t);
    const loc = locOf(t);
    switch (k) {
      case "atom": return { loc, value: valOf(t) };
      case "integer": case "char": return { loc, value: valOf(t), num: true };
      case "float": return { loc, value: valOf(t), num: true };
      case "var": return { loc };
      case "string": {
        const chars = codes(valOf(t));
        while (this.peek() === "string") chars.push(...codes(valOf(this.next())));
        return { loc, value: list(chars), str: chars };
      }
      case "(": { const e = this.expr(); this.expect(")"); return { ...e, str: undefined }; }
      case "{": {
        const items: Node[] = this.peek() === "}" ? [] : this.exprs();
        this.expect("}");
        return { loc, value: items.every((n) => n.value !== undefined) ? tuple(...items.map((n) => n.value!)) : undefined };
      }
      case "[": return this.listRest(loc);
      case "<<": return this.binaryRest(loc);
      case "#": {
        if (this.peek() === "{") return this.mapBody(loc);
        this.expect("atom");
        if (this.peek() === ".") { this.i++; this.expect("atom"); } else this.recordBody();
        return { loc };
      }
      default:
        if (BLOCK_OPEN.has(k)) { this.skipBlock(k); return { loc }; }
        this.i--;
        return this.fail();
    }
  }

  listRest(loc: Term): Node {
    if (this.peek() === "]") { this.i++; return { loc, value: NIL }; }
    const first = this.expr();
    if (this.peek() === "||") { this.i++; this.exprs(); this.expect("]"); return { loc }; }
    const items = [first];
    while (this.peek() === ",") { this.i++; items.push(this.expr()); }
    let tail: Node = { loc, value: NIL };
    if (this.peek() === "|") { this.i++; tail = this.expr(); }
    this.expect("]");
    if (tail.value === undefined || items.some((n) => n.value === undefined)) return { loc };
    return { loc, value: list(items.map((n) => n.value!), tail.value) };
  }

  mapBody(loc: Term = NIL): Node {
    this.expect("{");
    const entries: [Term, Term][] = [];
    let term = true;
    if (this.peek() !== "}") {
      for (;;) {
        const key = this.expr();
        const op = this.peek();
        if (op !== "=>" && op !== ":=") this.fail();
        this.i++;
        const value = this.expr();
        if (op === ":=" || key.value === undefined || value.value === undefined) term = false;
        else entries.push([key.value, value.value]);
        if (this.peek() !== ",") break;
        this.i++;
      }
    }
    this.expect("}");
    return { loc, value: term ? mapFromEntries(entries) : undefined };
  }

  recordBody(): void {
    this.expect("{");
    if (this.peek() !== "}") {
      for (;;) {
        const f = this.next();
        if (kindOf(f) !== "atom" && kindOf(f) !== "var") { this.i--; this.fail(); }
        this.expect("=");
        this.expr();
        if (this.peek() !== ",") break;
        this.i++;
      }
    }
    this.expect("}");
  }

  binaryRest(loc: Term): Node {
    if (this.peek() === ">>") { this.i++; return { loc, value: new Bin(new Uint8Array(0)) }; }
    const specs: BinSpecs = [];
    const vals: Term[] = [];
    let term = true;
    let firstElem = true;
    for (;;) {
      // an element: a prefix operator over a primary, an optional :size, an optional /types
      let value: Node;
      const k = this.peek();
      if (k !== null && PREFIX.has(k)) {
        this.i++;
        const inner = this.primary();
        const v = inner.value;
        value = (k === "-" || k === "+") && inner.num && v !== undefined
          ? { loc: inner.loc, value: k === "+" ? v : v instanceof Float ? new Float(-v.value) : int(-BigInt(v as number | bigint)), num: true }
          : { loc: inner.loc };
      } else value = this.primary();
      if (firstElem && this.peek() === "||") { this.i++; this.exprs(); this.expect(">>"); return { loc }; }
      firstElem = false;
      let size: Node | null = null;
      if (this.peek() === ":") { this.i++; size = this.primary(); }
      const types: string[] = [];
      let unit: number | null = null;
      if (this.peek() === "/") {
        this.i++;
        for (;;) {
          const ty = this.expect("atom");
          const name = (valOf(ty) as Atom).name;
          if (this.peek() === ":") { this.i++; const u = this.expect("integer"); if (name === "unit") unit = Number(valOf(u)); else term = false; }
          else types.push(name);
          if (this.peek() !== "-") break;
          this.i++;
        }
      }
      const seg = term ? segment(value, size, types, unit) : null;
      if (seg === null) term = false;
      else for (const v of seg.values) { specs.push({ ...seg.spec, dynSize: false }); vals.push(v); }
      if (this.peek() !== ",") break;
      this.i++;
    }
    this.expect(">>");
    if (!term) return { loc };
    try {
      return { loc, value: buildBinary(specs, vals, 0) };
    } catch (e) {
      if (e instanceof ErlangError) return { loc };
      throw e;
    }
  }

  /** a case/if/receive/try/begin/fun expression: a valid expression, never a term */
  skipBlock(opener: string): void {
    if (opener === "fun" && this.peek() !== "(") {
      // fun name/arity, fun mod:name/arity
      this.primary();
      if (this.peek() === ":") { this.i++; this.primary(); }
      this.expect("/");
      this.primary();
      return;
    }
    let depth = 1;
    while (depth > 0) {
      const k = kindOf(this.next());
      if (k === "end") depth--;
      else if (k === "fun") { if (this.peek() === "(") depth++; }
      else if (BLOCK_OPEN.has(k)) depth++;
      else if (k === "dot") { this.i--; this.fail(); }
    }
  }
}

/** a binary segment of literal values, or null where erl_parse's evaluation fails */
function segment(value: Node, size: Node | null, types: string[], unit: number | null): { spec: BinSpecs[number]; values: Term[] } | null {
  let type: BinSpecs[number]["type"] = "integer";
  let signed = false;
  let little = false;
  for (const t of types) {
    if (t === "integer" || t === "float" || t === "utf8" || t === "utf16" || t === "utf32") type = t;
    else if (t === "binary" || t === "bytes" || t === "bitstring" || t === "bits") return null;
    else if (t === "signed") signed = true;
    else if (t === "unsigned") signed = false;
    else if (t === "little" || t === "native") little = true;
    else if (t === "big") little = false;
    else return null;
  }
  let sz: number | null = null;
  if (size !== null) {
    if (typeof size.value !== "number" || !size.num || size.value < 0 || type.startsWith("utf")) return null;
    sz = size.value;
  }
  const spec = { type, size: sz, unit: unit ?? 1, signed, little, dynSize: false };
  if (value.str !== undefined) return { spec, values: value.str };
  if (value.value === undefined || !value.num) return null;
  if (type === "float" && !(value.value instanceof Float) && !isInt(value.value)) return null;
  if (type !== "float" && !isInt(value.value)) return null;
  return { spec, values: [value.value] };
}

const erlParse = atom("erl_parse");

function parseTerm(tokens: Term): Term {
  const toks: Term[] = [];
  let l = tokens;
  while (l instanceof Cons) {
    const t = l.head;
    if (!(t instanceof Tuple) || t.items.length < 2 || !(t.items[0] instanceof Atom)) badarg();
    toks.push(t);
    l = l.tail;
  }
  if (l !== NIL) badarg();
  const syntaxError = (tok: Term | null): Term => {
    const where = tok !== null ? locOf(tok) : toks.length > 0 ? locOf(toks[toks.length - 1]) : 0;
    const before = tok !== null ? list([...tokenText(tok)].map((c) => c.codePointAt(0)!)) : NIL;
    return tuple(atom("error"), tuple(where, erlParse, list([list([..."syntax error before: "].map((c) => c.codePointAt(0)!)), before])));
  };
  const p = new Parser(toks);
  let exprs: Node[];
  try {
    exprs = p.exprs();
    p.expect("dot");
    if (p.i < toks.length) throw new SyntaxError(toks[p.i]);
  } catch (e) {
    if (e instanceof SyntaxError) return syntaxError(e.token);
    throw e;
  }
  const badTerm = (n: Node) => tuple(atom("error"), tuple(n.loc, erlParse, list([..."bad term"].map((c) => c.codePointAt(0)!))));
  if (exprs.length > 1) return badTerm(exprs[1]);
  return exprs[0].value === undefined ? badTerm(exprs[0]) : tuple(atom("ok"), exprs[0].value);
}

/** an unterminated string or quoted atom: its first 16 characters, escapes read (as erl_scan) */
function unterminated(quote: number, chars: number[]): Term {
  return tuple(atom("string"), quote, list(chars.slice(0, 16)));
}

/** the text of a charlist (a character the scanner could hold) */
function charsText(t: Term): string {
  let out = "";
  for (; t instanceof Cons; t = t.tail) out += typeof t.head === "number" && t.head >= 0 && t.head <= 0x10ffff ? String.fromCodePoint(t.head) : badarg();
  return t === NIL ? out : badarg();
}

/** erl_scan:format_error/1 (OTP 25): the text of an error the scanner gave, flat */
function scanErrorText(e: Term): Term {
  const [tag, a, b] = e instanceof Tuple ? e.items : [];
  if (e instanceof Tuple && e.items.length === 3 && tag === atom("string") && typeof a === "number") {
    return charlist(`unterminated ${a === 39 ? "atom" : "string"} starting with ${writeString(charsText(b), String.fromCodePoint(a))}`);
  }
  if (e instanceof Tuple && e.items.length === 2 && tag === atom("illegal")) return charlist(`illegal ${writeTerm(a, -1)}`);
  if (e instanceof Tuple && e.items.length === 2 && tag === atom("base")) return charlist(`illegal base '${writeTerm(a, -1)}'`);
  if (e === atom("char")) return charlist("unterminated character");
  return charlist(writeTerm(e, -1));
}

defineBifs("erl_scan", {
  "format_error/1": ([e]) => scanErrorText(e),
  "string/1": ([s]) => scanString(s, { line: 1, col: null }),
  "string/2": ([s, loc]) => scanString(s, startPos(loc)),
  "tokens/3": ([cont, chars, loc]) => tokensCont(cont, chars, loc),
  "reserved_word/1": ([a]) => (a instanceof Atom && RESERVED.has(a.name) ? atom("true") : atom("false")),
});

defineBifs("erl_parse", {
  "parse_term/1": ([tokens]) => parseTerm(tokens),
});
