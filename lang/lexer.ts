// Source text -> tokens. The token types are data (a pattern each, longest operators first),
// tried in order at each offset, the first that matches wins (a small matching loop: a lexer
// library cost a page's start-up tens of milliseconds building tables this lexer cannot use);
// quoted text with nested interpolation is matched by custom patterns (quoted_text.ts) that carry
// their decoded parts as the token payload. A post-pass then does what Elixir's
// tokenizer does beyond matching: positions (line/column), "space before" flags used to tell
// `foo -1` (call) from `foo - 1` (subtraction), reserved words, and newline handling:
// a newline is a separator, except that a binary operator at the start of a line continues the
// previous expression (Elixir drops the eol before every non-unary operator).
import { literalCodes } from "./literal_codes.ts";
import { CompileError } from "./compile_error.ts";
import { mixedScriptParts } from "./mixed_script.ts";
import { simplerFormHint } from "./confusables.ts";
import { nfcIdentifier, scanName, refuseName } from "./identifier_form.ts";
import { isUpperStartChar } from "./atom_ident_chars.ts";
import { scanQuoted, scanSigil, SIMPLE_ESCAPES, heredocSetup, LexFailure, UnexpectedCharacter, BIDI_CHARS, bidiFailure, useScanMemo, scanWork, type Part, type ScanMemo } from "./quoted_text.ts";

export type TokKind =
  | "int" | "float" | "atom" | "qatom" | "str" | "charlist" | "sigil" | "kw" | "ident" | "alias"
  | "op" | "(" | ")" | "[" | "]" | "{" | "}" | "<<" | ">>" | "," | "%" | "eol" | "eof"
  | "do" | "end" | "fn" | "block"; // block: else/rescue/catch/after

export interface Tok {
  k: TokKind;
  text: string; // source text (for ops/idents: the name)
  off: number; // start offset
  endOff: number; // end offset (exclusive)
  line: number;
  col: number;
  sb: boolean; // whitespace (or a comment) right before
  v?: any; // int: bigint, float: number, atom/ident/kw: name, quoted: parts, sigil: SigilValue
  heredoc?: boolean;
  /** (an operator) a line break right before it, dropped as it continues the expression */
  eolBefore?: boolean;
  /** (an eol) the line breaks in its run of separators (Elixir's eol count: a `;` counts none);
   *  (an operator with eolBefore) those of the run dropped before it */
  nl?: number;
  /** (an eol) a `;` was among its run of separators */
  semi?: boolean;
}

export interface SigilValue {
  letter: string;
  delimiter: string;
  modifiers: string;
  parts: Part[];
  heredocIndent?: number;
}

// ---- custom patterns ---------------------------------------------------------------------------

type Match = RegExpExecArray & { payload?: any };
function mk(text: string, payload: any): Match {
  const m = [text] as unknown as Match;
  m.payload = payload;
  return m;
}
let curLineOf: (off: number) => number = () => 1;

/** what Elixir's tokenizer names quoted text in its errors: right after a `.` it is a function
 *  name (`Foo."name"`) */
function quotedWhat(text: string, offset: number, otherwise: string): string {
  return text[offset - 1] === "." && text[offset - 2] !== "." ? "function name" : otherwise;
}

function matchString(text: string, offset: number): Match | null {
  const c = text[offset];
  if (c !== '"' && c !== "'") return null;
  const what = quotedWhat(text, offset, c === '"' ? "string" : "charlist");
  if (text.startsWith(c + c + c, offset)) {
    const h = heredocSetup(text, offset + 3, c + c + c, curLineOf(offset), offset);
    const q = scanQuoted(text, h.bodyStart, { close: c + c + c, interp: true, escapes: "full", heredoc: h, what: "heredoc", startLine: curLineOf(offset), openText: c + c + c, escapeErrorAt: offset });
    return mk(text.slice(offset, q.end), { parts: q.parts, heredoc: true });
  }
  const q = lastKwScan && lastKwScan.text === text && lastKwScan.offset === offset
    ? lastKwScan.q
    : scanQuoted(text, offset + 1, { close: c, interp: true, escapes: "full", what, startLine: curLineOf(offset), openText: c, escapeErrorAt: offset + 1 });
  return mk(text.slice(offset, q.end), { parts: q.parts });
}

/** the string KwString just scanned (and rejected): Str reuses it instead of scanning it again */
let lastKwScan: { text: string; offset: number; q: ReturnType<typeof scanQuoted> } | null = null;

function matchKwString(text: string, offset: number): Match | null {
  const c = text[offset];
  if ((c !== '"' && c !== "'") || text.startsWith(c + c + c, offset)) return null;
  const q = scanQuoted(text, offset + 1, { close: c, interp: true, escapes: "full", what: quotedWhat(text, offset, "string"), startLine: curLineOf(offset), openText: c, escapeErrorAt: offset + 1 });
  lastKwScan = { text, offset, q };
  if (text[q.end] === ":" && text[q.end + 1] !== ":" && /[\s]/.test(text[q.end + 1] ?? " ")) {
    return mk(text.slice(offset, q.end + 1), { parts: atomParts(q.parts) });
  }
  return null;
}

/** an atom's text is the binary it spells: byte escapes >= 0x80 that make UTF-8 are its characters
 *  (:"\xC3\xA9" is :é; bytes that are none stay as the lexer keeps them) */
function atomParts(parts: Part[]): Part[] {
  return parts.map((p) => {
    if (typeof p !== "string" || !/[\udc80-\udcff]/u.test(p)) return p;
    const decoded = literalCodes(p);
    return "codes" in decoded ? String.fromCodePoint(...decoded.codes) : p;
  });
}

function matchQuotedAtom(text: string, offset: number): Match | null {
  if (text[offset] !== ":") return null;
  const c = text[offset + 1];
  if (c !== '"' && c !== "'") return null;
  const q = scanQuoted(text, offset + 2, { close: c, interp: true, escapes: "full", what: "quoted atom", startLine: curLineOf(offset), openText: c, escapeErrorAt: offset });
  return mk(text.slice(offset, q.end), { parts: atomParts(q.parts) });
}

function matchSigil(text: string, offset: number): Match | null {
  if (text[offset] !== "~") return null;
  const s = scanSigil(text, offset, curLineOf(offset));
  if (!s) return null;
  return mk(text.slice(offset, s.end), { letter: s.letter, delimiter: s.delimiter, modifiers: s.modifiers, parts: s.parts, heredocIndent: s.heredocIndent } satisfies SigilValue);
}

// `?` and one character, or `?\` and one character (whose escape, if any, is taken: ?\n is 10 and
// ?\x is ?x, as Elixir 1.14 has no \x or \u escapes in characters); `?\` at the end is a backslash
const charEsc = /\?(?:\\[\s\S]|[\s\S])/uy;
function matchChar(text: string, offset: number): Match | null {
  if (text[offset] !== "?") return null;
  charEsc.lastIndex = offset;
  const m = charEsc.exec(text);
  if (!m) return null;
  return mk(m[0], null);
}

// ---- token types ---------------------------------------------------------------------------------

type Matcher = (text: string, offset: number) => Match | null;

/** a token type: its name, how it matches at an offset, and whether it is skipped (blanks, comments) */
interface TokenType {
  name: string;
  match: Matcher;
  skip: boolean;
}

/** a token as matched, before the post-pass */
interface RawToken {
  name: string;
  image: string;
  startOffset: number;
  payload: any;
}

/** a pattern anchored at the offset (sticky), with its flags (`u` for \p{..} classes); the sticky
 *  copy is made on the first match, not when the lexer is loaded (a page loads it with the compiler,
 *  on its first compilation, which should not wait for token types a program may never use) */
function sticky(re: RegExp): Matcher {
  let r: RegExp | null = null;
  return (t, o) => {
    r ??= new RegExp(re.source, re.flags.replace(/[gy]/g, "") + "y");
    r.lastIndex = o;
    return r.exec(t) as Match | null;
  };
}
const T = (name: string, pattern: RegExp | Matcher, extra: { skip?: boolean } = {}): TokenType =>
  ({ name, match: typeof pattern === "function" ? pattern : sticky(pattern), skip: !!extra.skip });

/** the tokens of text, skipped ones left out; or the offset where no token type matches */
function matchTokens(text: string): { tokens: RawToken[]; errorAt: number | null } {
  const tokens: RawToken[] = [];
  let offset = 0;
  // (a remembered run of another text is never compared with this one character by character)
  lastRun.text = null;
  scan: while (offset < text.length) {
    for (const type of allTokens) {
      const m = type.match(text, offset);
      if (m === null || m[0].length === 0) continue;
      if (!type.skip) tokens.push({ name: type.name, image: m[0], startOffset: offset, payload: m.payload });
      offset += m[0].length;
      continue scan;
    }
    return { tokens, errorAt: offset };
  }
  return { tokens, errorAt: null };
}

// (a continuation `\` at the very end is an error: see tokenize)
const Skip = T("Skip", /[ \t\r\f]+|\\\r?\n(?=[\s\S])/, { skip: true });
const commentRe = /#[^\n]*/y;
function matchComment(text: string, offset: number): Match | null {
  commentRe.lastIndex = offset;
  const m = commentRe.exec(text) as Match | null;
  if (m) {
    const bidi = BIDI_CHARS.exec(m[0]);
    if (bidi) throw bidiFailure(bidi[0], "comment", offset);
  }
  return m;
}
const Comment = T("Comment", matchComment, { skip: true });
const Newline = T("Newline", /\n/);
const Semi = T("Semi", /;/);
const KwString = T("KwString", matchKwString);
const Str = T("Str", matchString);
const QAtom = T("QAtom", matchQuotedAtom);
const Sigil = T("Sigil", matchSigil);
const Char = T("Char", matchChar);
const Float = T("Float", /\d(?:_?\d)*\.\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?/);
const Int = T("Int", /0x[0-9a-fA-F](?:_?[0-9a-fA-F])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*|\d(?:_?\d)*/);
/**
 * A keyword key, atom or identifier: its ASCII pattern when the run of name characters at offset is
 * ASCII (asciiRunAt), else Elixir's tokenizer's reading (identifier_form.ts): a non-ASCII
 * character that may not continue the name refuses it, and the name must resolve to one script
 * (mixed_script.ts; Elixir reports that at the name's start, for an atom its colon).
 */
function nameMatcher(kind: NameKind): Matcher {
  const readers = NAME_READERS[kind];
  return (text, offset) => (asciiRunAt(text, offset) ? readers.ascii : readers.unicode)(text, offset);
}
type NameKind = "kw" | "atom" | "ident";
function unicodeName(kind: NameKind, matchAscii: Matcher): Matcher {
  const lead = kind === "atom" ? 1 : 0;
  return (text, offset) => {
    if (lead === 1 && text[offset] !== ":") return null;
    const start = offset + lead;
    const first = text.charCodeAt(start);
    // a name starting with an ASCII capital is an alias (unicodeAliasRefused), or a keyword key
    // written as one
    if (kind !== "atom" && first >= 65 && first <= 90) return matchAscii(text, offset);
    const r = scanName(text, start);
    if (r === null) return null;
    if (r.bad !== null) refuseName(text, start, r.bad, kind === "atom");
    let end = r.end;
    if (kind === "kw" && (text[end] !== ":" || text[end + 1] === ":")) return null;
    const name = text.slice(start, end);
    if (NON_ASCII.test(name)) {
      const parts = mixedScriptParts(name, simplerFormHint);
      if (parts !== null) {
        const failure = new LexFailure("SyntaxError", mixedScriptAt(text, offset, name, parts.simpler), parts.prefix + name + parts.suffix);
        failure.quoted = { ...parts, token: name };
        throw failure;
      }
    }
    if (kind === "ident") {
      // a name starting with a capital letter of another script is an atom only (`:Ólá`), never a
      // variable or call: an unexpected token at that letter
      if (isUpperStartChar(text.codePointAt(start)!)) return null;
      // an identifier stops before `@` (atRefused refuses it whole)
      const at = name.indexOf("@");
      if (at >= 0) end = start + at;
    }
    if (kind === "kw") end++;
    const m = [text.slice(offset, end)] as unknown as Match;
    return m;
  };
}
const NON_ASCII = /[^\x00-\x7f]/;
/** ASCII characters an identifier, keyword key or atom pattern can match */
const WORD_CHAR = (() => {
  const t = new Uint8Array(128);
  for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@?!:") t[c.charCodeAt(0)] = 1;
  return t;
})();
/**
 * whether the run of such characters at offset ends at an ASCII character (or the text's end):
 * a \p{..} pattern then matches what its ASCII twin does (its classes hold no other ASCII
 * characters), and the twin is used: a page's first program is then lexed without building the
 * Unicode classes (the first match of such a pattern takes milliseconds each)
 */
export function asciiRunAt(text: string, offset: number): boolean {
  // every offset inside one run has the same answer: the run scanned last is remembered, so a
  // line of 100,000 `!` (each a token that asks) is scanned once, not once per token
  const r = lastRun;
  if (r.text === text && offset >= r.from && offset <= r.to) return r.ascii;
  let i = offset;
  let ascii = true;
  for (; i < text.length; i++) {
    scanWork.chars++;
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    if (WORD_CHAR[c] === 0) break;
  }
  r.text = text;
  r.from = offset;
  r.to = i;
  r.ascii = ascii;
  return ascii;
}
const lastRun = { text: null as string | null, from: 0, to: -1, ascii: true };
/** an identifier's name: its NFC form (only non-ASCII text can differ) */
const nfcOf = (s: string): string => (NON_ASCII.test(s) ? nfcIdentifier(s) : s);
const AT_TAIL = /[\p{L}\p{N}\p{Mn}\p{Mc}_@]*[?!]?/uy;
/** keyword keys, atoms and identifiers: each read by its ASCII pattern (a keyword key may hold `@`,
 *  an identifier may not: atRefused) and by Elixir's Unicode rules (unicodeName); the lexer uses
 *  the ASCII one where asciiRunAt, which must then read the same */
export const NAME_READERS = (() => {
  const make = (kind: NameKind, ascii: RegExp) => {
    const matchAscii = sticky(ascii);
    return { ascii: matchAscii, unicode: unicodeName(kind, matchAscii) };
  };
  return {
    kw: make("kw", /(?:[a-z_][A-Za-z0-9_@]*[?!]?|[A-Z][A-Za-z0-9_]*):(?![:])/),
    atom: make("atom", /:[A-Za-z_][A-Za-z0-9_@]*[?!]?/),
    ident: make("ident", /[a-z_][A-Za-z0-9_]*[?!]?/),
  };
})();
const Kw = T("Kw", spaceAfterKw(nameMatcher("kw")));
/** Elixir's tokenizer takes `a:` as a keyword key only with a blank after it (`[a:1]` is refused;
 *  `a:` at the end is the identifier, then an unexpected `:`) */
function spaceAfterKw(match: Matcher): Matcher {
  return (text, offset) => {
    const m = match(text, offset);
    if (m === null) return m;
    const after = text[offset + m[0].length];
    if (after === undefined) return null;
    if (!/[ \t\r\n]/.test(after)) {
      const prefix = "keyword argument must be followed by space after: ";
      const failure = new LexFailure("SyntaxError", offset, prefix + m[0]);
      failure.quoted = { prefix, token: m[0] };
      throw failure;
    }
    return m;
  };
}
// (`:=>` is no atom: Elixir reads `:=` then `>`)
const OpAtom = T("OpAtom", /:(?:<<>>|%\{\}|\{\}|\[\]|\.\.\/\/|\.\.\.|\.\.|===|!==|==|!=|=~|<=|>=|<>|\+\+\+|---|\+\+|--|\*\*|\|\|\||\|\||&&&|&&|<<<|>>>|<<~|~>>|<~>|<~|~>|<\|>|\|>|->|<-|\\\\|::|\^\^\^|~~~|[+\-*\/<>=!@&|^.%])/);
// an operator as a keyword key ([+: 2], except: [<>: 2]); `=>`, `::` and `[]` are not keys
const KwOp = T("KwOp", /(?:<<>>|%\{\}|\{\}|\.\.\/\/|\.\.\.|\.\.|===|!==|==|!=|=~|<=|>=|<>|\+\+\+|---|\+\+|--|\*\*|\|\|\||\|\||&&&|&&|<<<|>>>|<<~|~>>|<~>|<~|~>|<\|>|\|>|->|<-|\\\\|\^\^\^|~~~|[+\-*\/<>=!@&|^.%]):(?=[ \t\r\n])/);
const Atom = T("Atom", nameMatcher("atom"));
const Ident = T("Ident", atRefused("identifier", nameMatcher("ident")));
const Alias = T("Alias", atRefused("alias", unicodeAliasRefused(sticky(/[A-Z][A-Za-z0-9_]*/))));
/**
 * An alias that goes on in other than ASCII characters (`Größe`): Elixir's tokenizer reads the
 * whole name (mixed scripts refused first, and an `@` after it) and refuses it, naming the first
 * such character of the name in NFC; as a keyword key (`Größe: 1`) it is a syntax error before it.
 */
function unicodeAliasRefused(match: Matcher): Matcher {
  return (text, offset) => {
    const m = match(text, offset);
    if (m === null) return m;
    const end = offset + m[0].length;
    if (end >= text.length || text.charCodeAt(end) < 0x80) return m;
    // the whole name as the tokenizer reads it (a character that may not continue it refuses it)
    const r = scanName(text, offset)!;
    if (r.bad !== null) refuseName(text, offset, r.bad, false);
    const run = text.slice(offset, r.end);
    const name = run.includes("@") ? run.slice(0, run.indexOf("@")) : run;
    if (name.length === m[0].length) return m;
    const after = offset + name.length;
    const fail = (prefix: string, token: string): never => {
      const f = new LexFailure("SyntaxError", offset, prefix + token);
      f.quoted = { prefix, token };
      throw f;
    };
    if (text[after] === "@" && !/[?!]$/.test(name)) {
      AT_TAIL.lastIndex = after;
      fail('invalid character "@" (code point U+0040) in alias: ', name + AT_TAIL.exec(text)![0]);
    }
    const parts = mixedScriptParts(name, simplerFormHint);
    if (parts !== null) {
      const failure = new LexFailure("SyntaxError", mixedScriptAt(text, offset, name, parts.simpler), parts.prefix + name + parts.suffix);
      failure.quoted = { ...parts, token: name };
      throw failure;
    }
    const nfc = name.normalize("NFC");
    if (text[after] === ":" && text[after + 1] !== ":") fail("syntax error before: ", "'" + nfc + "'");
    const bad = [...nfc].find((c) => c.codePointAt(0)! > 0x7f)!;
    return fail(`invalid character "${bad}" (code point U+${codePointHex(bad)}) in alias (only ASCII characters, without punctuation, are allowed): `, nfc);
  };
}
/**
 * Elixir's tokenizer reads an identifier or alias on through `@` and then refuses it whole
 * (`a@b = 1`: invalid character "@" in identifier: a@b), where beamlet's patterns stop before the
 * `@`; `?` and `!` end a name. Refusing here also keeps a line of `λ@λ@...` linear: each name
 * would otherwise look through the whole rest of the run.
 */
function atRefused(what: string, match: Matcher): Matcher {
  return (text, offset) => {
    const m = match(text, offset);
    if (m === null) return m;
    const end = offset + m[0].length;
    if (text[end] !== "@" || /[?!]$/.test(m[0])) return m;
    AT_TAIL.lastIndex = end;
    const name = m[0] + AT_TAIL.exec(text)![0];
    throw new LexFailure("SyntaxError", offset, `invalid character "@" (code point U+0040) in ${what}: ${name}`);
  };
}
// longest first
const opList = [
  "...", "..//", "===", "!==", "<<<", ">>>", "<<~", "~>>", "<~>", "<|>", "+++", "---", "|||", "&&&", "^^^", "~~~",
  "==", "!=", "=~", "<=", ">=", "<-", "->", "|>", "<~", "~>", "<>", "++", "--", "**", "||", "&&", "::", "=>", "\\\\", "..", "//",
  "+", "-", "*", "/", "<", ">", "=", "!", "^", "&", "|", "@", ".",
];
const Op = T("Op", new RegExp(opList.filter((o) => o !== "..//").map((o) => o.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|")));
/** `<<<<<<<` at the start of a line: Elixir's tokenizer refuses a merge left unresolved, naming
 *  the marker's line (up to a line break) */
const MARKER_PREFIX = "found an unexpected version control marker, please resolve the conflicts: ";
function matchConflictMarker(text: string, offset: number): Match | null {
  if (!text.startsWith("<<<<<<<", offset)) return null;
  if (offset === 0 ? !textStartsLine : text[offset - 1] !== "\n") return null;
  const line = /[^\r\n]*/y;
  line.lastIndex = offset;
  const token = line.exec(text)![0];
  const failure = new LexFailure("SyntaxError", offset, MARKER_PREFIX + token);
  failure.quoted = { prefix: MARKER_PREFIX, token };
  throw failure;
}
/** does the text being matched start a line (the whole source does; an interpolation does not) */
let textStartsLine = true;
const OpenBin = T("OpenBin", /<</);
const CloseBin = T("CloseBin", />>/);
const Punct = T("Punct", /[()[\]{},%]/);

const allTokens: TokenType[] = [
  Skip, Comment, Newline, Semi, KwString, Str, QAtom, Sigil, Char, Float, Int, Kw, KwOp, OpAtom, Atom, Ident, Alias,
  // `<<<`/`<<~`/`>>>` are operators; plain `<<` `>>` are binary delimiters
  T("ConflictMarker", matchConflictMarker), T("Op3", /<<<|<<~|>>>/), OpenBin, CloseBin, Op, Punct,
];

// ---- the post-pass ---------------------------------------------------------------------------------

const reserved: Record<string, TokKind> = {
  do: "do", end: "end", fn: "fn", else: "block", rescue: "block", catch: "block", after: "block",
};
/** what Elixir says after a misplaced `do` (a reserved word or a `do:` keyword) */
export const DO_SUFFIX = `. In case you wanted to write a "do" expression, you must either use do-blocks or separate the keyword argument with comma. For example, you should either write:

    if some_condition? do
      :this
    else
      :that
    end

or the equivalent construct:

    if(some_condition?, do: :this, else: :that)

where "some_condition?" is the first argument and the second argument is a keyword list.

You may see this error if you forget a trailing comma before the "do" in a "do" block`;
const FN_DO_SUFFIX = ". Anonymous functions are written as:\n\n    fn pattern -> expression end";

const wordOps = new Set(["when", "and", "or", "not", "in"]);
const atomWords = new Set(["true", "false", "nil"]);
/** operators after which (at the start of a line) the previous newline is dropped: all but unary ones */
const nonContinuing = new Set(["+", "-", "!", "^", "not", "@", "&", "~~~", "..."]);

/** Elixir's tokenizer refuses a `do` right after a comma, a `;` or `fn` (where no call can take
 *  its block) as soon as it reads it, before any later error */
function misplacedDo(out: Tok[], file: string, line: number, col: number): void {
  let prev = out[out.length - 1];
  // (a line break after a comma is no token there)
  if (prev?.k === "eol" && prev.text !== ";" && out[out.length - 2]?.k === ",") prev = out[out.length - 2];
  if (!prev) return;
  const suffix = prev.k === "fn" ? FN_DO_SUFFIX : prev.k === "," || (prev.k === "eol" && prev.text === ";") ? DO_SUFFIX : null;
  if (suffix === null) return;
  const e = new CompileError("SyntaxError", file, line, col, `unexpected reserved word: do${suffix}`);
  e.quoted = { prefix: "unexpected reserved word: ", suffix, token: "do" };
  throw e;
}

export class LineTable {
  starts: number[] = [0];
  /** low surrogates before each offset, when the source has any (columns count code points) */
  private lowBefore: Uint32Array | null = null;
  /** steps taken to find positions (tests check it stays linear in the input) */
  steps = 0;
  /** per line index, the offsets of each `\\#{` in interpolating text: Elixir's tokenizer counts
   *  those three characters as one column, so what follows on the line is 2 columns further left */
  private escapedHashes: Map<number, number[]> | null = null;
  /** strings already scanned, so nested interpolation is scanned once (see quoted_text.ts) */
  readonly scans: ScanMemo = new Map();
  /** src's first line's number (Code.eval_string's line: option), 1 for a file */
  constructor(public src: string, readonly firstLine = 1) {
    let lows = 0;
    for (let i = 0; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c >= 0xdc00 && c <= 0xdfff) lows++;
    }
    if (lows > 0) {
      const a = new Uint32Array(src.length + 1);
      for (let i = 0, n = 0; i < src.length; i++) {
        const c = src.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff) n++;
        a[i + 1] = n;
      }
      this.lowBefore = a;
    }
  }
  line(off: number): number {
    return this.lineIndex(off) + this.firstLine;
  }
  /** the index in starts of off's line */
  private lineIndex(off: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      this.steps++;
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= off) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  /** [line, column] in O(log lines): a token's position never rescans its line, so a
   *  1M-character line is lexed in linear time */
  pos(off: number): [number, number] {
    const i = this.lineIndex(off);
    this.steps++;
    const s = this.starts[i];
    const lows = this.lowBefore ? this.lowBefore[off] - this.lowBefore[s] : 0;
    let short = 0;
    for (const at of this.escapedHashes?.get(i) ?? []) if (at < off) short += 2;
    return [i + this.firstLine, off - s - lows - short + 1];
  }
  /** the escaped interpolations (`\\#{`) in the literal text of an interpolating token spanning
   *  [from, to) with `parts`, so the columns after them count as Elixir's */
  noteEscapedHashes(from: number, to: number, parts: Part[]): void {
    const codes = parts.filter((p) => typeof p !== "string") as { from: number; to: number; hash: number }[];
    let k = 0;
    for (let i = from; i < to; i++) {
      if (k < codes.length && i === codes[k].hash) {
        i = codes[k++].to;
        continue;
      }
      if (this.src[i] !== "\\") continue;
      if (this.src[i + 1] === "#" && this.src[i + 2] === "{") {
        this.escapedHashes ??= new Map();
        const line = this.lineIndex(i);
        const list = this.escapedHashes.get(line);
        if (list) { if (!list.includes(i)) list.push(i); } else this.escapedHashes.set(line, [i]);
      }
      i++;
    }
  }
}

function parseIntText(text: string): bigint {
  const t = text.replace(/_/g, "");
  if (t.startsWith("0o")) return BigInt("0o" + t.slice(2));
  return BigInt(t);
}

/** a code point as Elixir's tokenizer prints it, with io_lib's ~4.16.0B: past four digits the
 *  field overflows into asterisks (`U+****` for 𐀀) */
function codePointHex(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return cp > 0xffff ? "****" : cp.toString(16).toUpperCase().padStart(4, "0");
}

/** Elixir's error for a character no token starts with, split as string_to_quoted/1 splits it */
function unexpectedToken(lt: LineTable, file: string, off: number, reportAt = off): CompileError {
  const [l, c] = lt.pos(reportAt);
  // ~ and a letter followed by anything but a delimiter: Elixir names that character
  if (reportAt === off && lt.src[off] === "~" && /[A-Za-z]/.test(lt.src[off + 1] ?? "") && off + 2 < lt.src.length) {
    const d = String.fromCodePoint(lt.src.codePointAt(off + 2)!);
    const prefix = "invalid sigil delimiter: ";
    const token = `"${d}" (column ${c + 2}, code point U+${codePointHex(d)}). The available delimiters are: //, ||, "", '', (), [], {}, <>`;
    const e = new CompileError("SyntaxError", file, l, c, prefix + token);
    e.quoted = { prefix, token };
    return e;
  }
  const ch = String.fromCodePoint(lt.src.codePointAt(off)!);
  const token = `"${ch}" (column ${c}, code point U+${codePointHex(ch)})`;
  const e = new CompileError("SyntaxError", file, l, c, `unexpected token: ${token}`);
  e.quoted = { prefix: "unexpected token: ", token };
  return e;
}

/** the longest atom, in characters (OTP 25) */
const MAX_ATOM_CHARS = 255;

/** name, when it can be an atom; else Elixir's tokenizer error for a longer one (identifiers,
 *  aliases, keywords, atoms, quoted atoms and calls without interpolation all become atoms) */
function atomLengthChecked(name: string, file: string, line: number, col: number): string {
  // (a quick test first: at most 255 UTF-16 units are at most 255 characters)
  if (name.length <= MAX_ATOM_CHARS) return name;
  let n = 0;
  for (const _ of name) if (++n > MAX_ATOM_CHARS) break;
  if (n <= MAX_ATOM_CHARS) return name;
  const prefix = "atom length must be less than system limit: ";
  const e = new CompileError("SyntaxError", file, line, col, prefix + name);
  e.quoted = { prefix, token: name };
  throw e;
}

/** Tokenize src[from, to) (the whole file, or one interpolation). Throws CompileError. */
export function tokenize(lt: LineTable, file: string, from = 0, to = lt.src.length): Tok[] {
  const src = lt.src;
  const text = from === 0 && to === src.length ? src : src.slice(from, to);
  // positions inside custom patterns (for "starting at line N") are relative to `text`
  curLineOf = (o) => lt.line(o + from);
  let res;
  useScanMemo(lt.scans, from, curLineOf);
  textStartsLine = from === 0 || src[from - 1] === "\n";
  try {
    res = matchTokens(text);
  } catch (e) {
    if (e instanceof UnexpectedCharacter) throw unexpectedToken(lt, file, e.offset + from, e.reportAt + from);
    if (e instanceof LexFailure) {
      const [l, c] = lt.pos(Math.min(e.offset + from, src.length));
      const ce = new CompileError(e.kind, file, l, c, e.description);
      ce.quoted = e.quoted;
      throw ce;
    }
    throw e;
  } finally {
    useScanMemo(null, 0);
  }
  if (res.errorAt !== null) {
    // a line continuation `\` with nothing after it (but its line break) ends the file too early;
    // the code of an interpolation may end so, its `}` follows
    if (/^\\(?:\r?\n)?$/.test(text.slice(res.errorAt))) {
      if (to === src.length) {
        const [l, c] = lt.pos(res.errorAt + from);
        throw new CompileError("TokenMissingError", file, l, c, "invalid escape \\ at end of file");
      }
      if (text.length - res.errorAt > 1) res.errorAt = null;
    }
    if (res.errorAt !== null) throw unexpectedToken(lt, file, res.errorAt + from);
  }
  const out: Tok[] = [];
  let prevEnd = 0; // end offset (relative) of the previous token including skipped ones
  const raw = res.tokens;
  let lastEnd = -1;
  let semiInRun = false;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    const off = t.startOffset + from;
    const endOff = t.startOffset + t.image.length + from;
    const sb = lastEnd < 0 ? true : t.startOffset > lastEnd;
    // (a comment since the previous token: Elixir's tokenizer counts a run's line breaks afresh)
    const afterComment = sb && lastEnd >= 0 && text.slice(lastEnd, t.startOffset).includes("#");
    lastEnd = t.startOffset + t.image.length;
    prevEnd = lastEnd;
    const [line, col] = lt.pos(off);
    const name = t.name;
    const tok: Tok = { k: "op", text: t.image, off, endOff, line, col, sb };
    // a `;` after another, with only line breaks between, is no separator Elixir takes
    if (name === "Semi") {
      if (semiInRun) throw unexpectedToken(lt, file, off);
      semiInRun = true;
    } else if (name !== "Newline") semiInRun = false;
    switch (name) {
      case "Newline": case "Semi": {
        tok.k = "eol";
        tok.nl = name === "Newline" ? 1 : 0;
        const last = out[out.length - 1];
        // collapse runs of separators; none at the very start
        if (last?.k === "eol" && name === "Newline") last.nl = (afterComment ? 0 : last.nl ?? 0) + 1;
        if (last?.k === "eol" && name === "Semi") last.semi = true;
        if (!last || last.k === "eol") continue;
        // a line break after a dot is no separator: `x.` then `a` on the next line is `x.a`
        if (name === "Newline" && last.k === "op" && last.text === ".") continue;
        break;
      }
      case "Int": case "Float": {
        if (name === "Float") {
          tok.k = "float";
          tok.v = Number(t.image.replace(/_/g, ""));
          // beyond a double's range (1.0e400): Elixir refuses the literal
          if (!Number.isFinite(tok.v)) {
            const e = new CompileError("SyntaxError", file, line, col, `invalid float number ${t.image}`);
            // (Code.string_to_quoted's error: {meta, "invalid float number ", "1.0e400"})
            e.quoted = { prefix: "invalid float number ", token: t.image };
            throw e;
          }
        }
        else { tok.k = "int"; tok.v = parseIntText(t.image); }
        const nx = text[lastEnd];
        // (a 0x, 0o or 0b number just ends: what follows is the next token, `0x1g` a syntax error
        // before g in the parser, as in Elixir's tokenizer)
        if (nx !== undefined && /[\p{L}_0-9]/u.test(nx) && !/^0[xob]/.test(t.image)) {
          const [l2, c2] = lt.pos(off);
          throw new CompileError("SyntaxError", file, l2, c2,
            `invalid character "${nx}" after number ${t.image}. If you intended to write a number, make sure to separate the number from the character (using comma, space, etc). If you meant to write a function name or a variable, note that identifiers in Elixir cannot start with numbers. Unexpected token: ${nx}`);
        }
        break;
      }
      case "Char": {
        tok.k = "int";
        const body = t.image.slice(1);
        tok.v = BigInt(body[0] === "\\" && body.length > 1 ? (SIMPLE_ESCAPES[body[1]] ?? body.slice(1)).codePointAt(0)! : body.codePointAt(0)!);
        break;
      }
      case "Str": {
        tok.k = t.image[0] === '"' ? "str" : "charlist";
        tok.v = (t.payload as any).parts;
        if ((t.payload as any).heredoc) tok.heredoc = true;
        break;
      }
      case "KwString": tok.k = "kw"; tok.v = (t.payload as any).parts; break;
      case "QAtom": {
        tok.k = "qatom";
        tok.v = (t.payload as any).parts;
        const parts = tok.v as Part[];
        if (parts.every((p) => typeof p === "string")) atomLengthChecked(parts.join(""), file, line, col);
        break;
      }
      case "Sigil": tok.k = "sigil"; tok.v = t.payload; break;
      case "Kw": case "KwOp": tok.k = "kw"; tok.v = atomLengthChecked(nfcOf(t.image.slice(0, -1)), file, line, col); break;
      case "Atom": case "OpAtom": tok.k = "atom"; tok.v = atomLengthChecked(nfcOf(t.image.slice(1)), file, line, col); break;
      case "Ident": {
        const last = out[out.length - 1];
        // right after a dot a reserved word is a name: `map.end` reads the field :end
        const r = last?.k === "op" && last.text === "." ? undefined : reserved[t.image];
        if (r === "do") misplacedDo(out, file, line, col);
        if (r) tok.k = r;
        else if (wordOps.has(t.image)) tok.k = "op";
        else if (atomWords.has(t.image)) { tok.k = "atom"; tok.v = t.image; }
        else { tok.k = "ident"; tok.v = atomLengthChecked(nfcOf(t.image), file, line, col); tok.text = tok.v as string; }
        break;
      }
      case "Alias": tok.k = "alias"; tok.v = atomLengthChecked(t.image, file, line, col); break;
      case "OpenBin": tok.k = "<<"; break;
      case "CloseBin": tok.k = ">>"; break;
      case "Punct": tok.k = t.image as TokKind; break;
      default: tok.k = "op";
    }
    // a quoted call's name (x."name"()) is an atom too
    if (tok.k === "str" && out.length > 0 && out[out.length - 1].k === "op" && out[out.length - 1].text === ".") {
      const parts = tok.v as Part[];
      if (parts.every((p) => typeof p === "string")) atomLengthChecked(parts.join(""), file, line, col);
    }
    if (from !== 0 && t.payload && Array.isArray((t.payload as any).parts)) {
      // interpolation offsets were found relative to the fragment being lexed
      (t.payload as any).parts = (t.payload as any).parts.map((p: Part) => typeof p === "string" ? p : { from: p.from + from, to: p.to + from, hash: p.hash + from });
      if (tok.k === "sigil") tok.v = t.payload; else tok.v = (t.payload as any).parts;
    }
    if ((tok.k === "str" || tok.k === "charlist" || tok.k === "qatom" || name === "KwString") || (tok.k === "sigil" && /^[a-z]/.test((tok.v as SigilValue).letter))) {
      const parts = (tok.k === "sigil" ? (tok.v as SigilValue).parts : tok.v) as Part[];
      if (t.image.includes("\\#{")) lt.noteEscapedHashes(off, endOff, parts);
    }
    if (tok.k === "op" && !nonContinuing.has(tok.text)) {
      // a binary operator at the start of a line continues the previous expression
      const last = out[out.length - 1];
      if (last && last.k === "eol" && last.text === "\n") {
        out.pop();
        tok.eolBefore = true;
        tok.nl = last.nl;
      }
    }
    // right after a dot, `//` is the operator `/` called remotely and then `/` (Kernel.//2 is
    // `Kernel./ / 2`, as Elixir's tokenizer reads it; h and & take it as Kernel's //2)
    const prev = out[out.length - 1];
    if (tok.k === "op" && tok.text === "//" && prev?.k === "op" && prev.text === "." && prev.endOff === tok.off) {
      out.push({ ...tok, text: "/", endOff: tok.off + 1 }, { ...tok, text: "/", off: tok.off + 1, col: tok.col + 1, sb: false });
      continue;
    }
    out.push(tok);
  }
  void prevEnd;
  lastKwScan = null;
  // input ending in a comment ends where the comment starts, as Elixir's tokenizer counts (the
  // comment moves no column; its line break would): `[1 # hi` misses its `]` at column 4
  let eofAt = to;
  const tail = text.slice(Math.max(lastEnd, 0));
  const lastLine = tail.slice(tail.lastIndexOf("\n") + 1);
  if (lastLine.includes("#")) eofAt = to - lastLine.length + lastLine.indexOf("#");
  const [l, c] = lt.pos(eofAt);
  out.push({ k: "eof", text: "", off: to, endOff: to, line: l, col: c, sb: true });
  tokenHook?.(out);
  return out;
}

/** what rewrites each run of tokens as it is made, interpolations' too (lang/static_atoms.ts) */
let tokenHook: ((toks: Tok[]) => void) | null = null;
export function setTokenHook(hook: ((toks: Tok[]) => void) | null): void {
  tokenHook = hook;
}

/** where a mixed-script identifier's error is reported: the token's start (an atom's `:`), or,
 *  when the message carries the look-alike hint, as many characters further as the name has, less
 *  one (Elixir 1.14: `foo = аdmin` at 1:11, `:аdmin` at 1:5) */
function mixedScriptAt(text: string, offset: number, name: string, simpler: boolean): number {
  if (!simpler) return offset;
  let at = offset;
  for (let n = [...name].length - 1; n > 0; n--) at += text.codePointAt(at)! > 0xffff ? 2 : 1;
  return at;
}
