// Scanning of quoted text: strings, charlists, quoted atoms, heredocs and sigils, with nested
// `#{...}` interpolation. Used by the custom token patterns in lexer.ts; the
// interpolated code is kept as an offset range and tokenized/parsed later by the parser.
import { CompileError } from "./compile_error.ts";

/** A literal chunk or an interpolation: `code` is [from, to) in the source, `hash` the offset of `#`. */
export type Part = string | { from: number; to: number; hash: number };

export interface Quoted {
  parts: Part[];
  end: number; // offset just past the closing delimiter
}

import type { QuotedErrorParts } from "./compile_error.ts";

/** Thrown from inside the lexer's matching loop; lexer.ts turns it into a positioned CompileError. */
export class LexFailure {
  constructor(public kind: "SyntaxError" | "TokenMissingError", public offset: number, public description: string) {}
  /** the message as Code.string_to_quoted/1 returns it, when it is not `{description, ""}` */
  quoted?: QuotedErrorParts;
}

/** a character no token starts with, inside interpolated code or a name: the lexer words the
 *  error, naming the character at `offset` and reporting it at `reportAt` (Elixir reports one
 *  inside an atom a column early) */
export class UnexpectedCharacter {
  constructor(public offset: number, public reportAt = offset) {}
}

const isIdentChar = (c: string) => /[\p{L}\p{N}_]/u.test(c);

/** a bad `\x` or `\u` escape: Elixir reports it after the whole text is read, at the text's start,
 *  as `{message <> ". Syntax error after: ", "\\x"}` */
export class EscapeFailure extends LexFailure {
  constructor(offset: number, kind: "x" | "u", message: string) {
    const prefix = `${message}. Syntax error after: `;
    super("SyntaxError", offset, prefix + "\\" + kind);
    this.quoted = { prefix, token: "\\" + kind };
  }
}

const HEX_MESSAGE = "invalid hex escape character, expected \\xHH where H is a hexadecimal digit";
const UNICODE_MESSAGE = "invalid Unicode escape character, expected \\uHHHH or \\u{H*} where H is a hexadecimal digit";

function hexEscape(src: string, i: number, kind: "x" | "u"): [number, number] {
  // i points after `\x` or `\u`; returns [codepoint, next offset]
  const bad = () => new EscapeFailure(i - 2, kind, kind === "x" ? HEX_MESSAGE : UNICODE_MESSAGE);
  let hex: string, next: number;
  if (src[i] === "{") {
    // `\x{H*}` is a code point too (deprecated in 1.14)
    const m = /^\{([0-9a-fA-F]{1,6})\}/.exec(src.slice(i, i + 8));
    if (!m) throw bad();
    [hex, next] = [m[1], i + m[0].length];
  } else {
    const m = (kind === "x" ? /^[0-9a-fA-F]{1,2}/ : /^[0-9a-fA-F]{4}/).exec(src.slice(i, i + (kind === "x" ? 2 : 4)));
    if (!m) throw bad();
    [hex, next] = [m[0], i + m[0].length];
  }
  const cp = parseInt(hex, 16);
  // surrogates and numbers past Unicode are no code points
  if ((kind === "u" || src[i] === "{") && (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) {
    throw new EscapeFailure(i - 2, "u", `invalid or reserved Unicode code point \\u{${hex}}`);
  }
  return [cp, next];
}

/** the one-letter escapes (`\n`), as strings and character literals (`?\n`) decode them */
export const SIMPLE_ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", d: "\x7f", e: "\x1b", f: "\f", n: "\n", r: "\r", s: " ", t: "\t", v: "\v",
};

/** Decode one escape at src[i] === "\\"; returns [text, next offset]. */
export function unescapeAt(src: string, i: number): [string, number] {
  const c = src[i + 1];
  if (c === undefined) return ["\\", i + 1];
  if (c in SIMPLE_ESCAPES) return [SIMPLE_ESCAPES[c], i + 2];
  if (c === "x" || c === "u") {
    const [cp, next] = hexEscape(src, i + 2, c);
    // "\xHH" is a byte, not a code point: bytes 0x80-0xFF travel as lone surrogates U+DC80-U+DCFF
    // ("surrogateescape"; valid source text never holds them) and become raw bytes in the binary
    if (c === "x" && src[i + 2] !== "{" && cp >= 0x80) return [String.fromCharCode(0xdc00 + cp), next];
    return [String.fromCodePoint(cp), next];
  }
  if (c === "\n") return ["", i + 2];
  if (c === "\r" && src[i + 2] === "\n") return ["", i + 3];
  const cp = src.codePointAt(i + 1)!;
  const ch = String.fromCodePoint(cp);
  return [ch, i + 1 + ch.length];
}

export interface ScanOpts {
  close: string; // closing delimiter (1 or 3 chars)
  open?: string; // opening delimiter when it nests, e.g. "(" for ~s(...)
  interp: boolean;
  escapes: "full" | "sigil" | "raw"; // full: "\n" decoded; sigil: only \<close> decoded; raw: uppercase sigil
  heredoc?: { indent: number; skip: Set<number> }; // offsets of stripped indentation
  what: string; // for "missing terminator" messages: string, heredoc, sigil ...
  escapeErrorAt?: number; // where a bad escape is reported: the text's start as Elixir gives it
  startLine: number;
  openText: string;
}

/** Trojan Source: bidirectional formatting characters Elixir refuses in strings and comments */
export const BIDI_CHARS = /[\u202A-\u202E\u2066-\u2069]/;

/** the error for a bidirectional formatting character at `offset`; Code.string_to_quoted/1 gives
 *  its message in parts around the escaped character */
export function bidiFailure(ch: string, where: "string" | "comment", offset: number): LexFailure {
  const hex = "\\u" + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
  const prefix = `invalid bidirectional formatting character in ${where}: `;
  const suffix = where === "comment" ? "" : `. If you want to use such character, use it in its escaped ${hex} form instead`;
  const failure = new LexFailure("SyntaxError", offset, prefix + hex + suffix);
  failure.quoted = suffix === "" ? { prefix, token: hex } : { prefix, suffix, token: hex };
  return failure;
}

/** characters looked at by the quoted-text scanner (tests check it stays linear in the input) */
export const scanWork = { chars: 0 };

const plainRuns = new Map<string, RegExp>();
/** a sticky regexp matching a run of characters that need no decision inside `close` quotes */
function plainRun(close: string): RegExp {
  let re = plainRuns.get(close);
  if (!re) {
    re = new RegExp(`[^\\\\#\\u202A-\\u202E\\u2066-\\u2069${close[0].replace(/[\]\\^-]/g, "\\$&")}]+`, "y");
    plainRuns.set(close, re);
  }
  return re;
}

// Nested interpolation (`"#{"#{...}"}"`, `~s"#{~s"#{...}"}"`) is scanned once: the outer string's
// scan passes over every inner one, and the inner ones are lexed again when the parser reaches
// their code. So one-delimiter texts (strings, charlists, sigils) are remembered by their absolute
// source offset and the options they were scanned with (per source, set by the lexer),
// which keeps lexing linear; and a scan deeper than SCAN_DEPTH on one JS stack stops, scans
// the deep string from an empty stack first, then starts again (finding it remembered).

/** remembered scans of one source: absolute offset just past the opening quote -> result */
export type ScanMemo = Map<number, { parts: Part[]; end: number; kind: string }>;
let memo: ScanMemo | null = null;
/** offset of the text being lexed inside the whole source (an interpolation is lexed alone) */
let memoBase = 0;

/** the line of an offset in the text being lexed (a heredoc inside interpolated code names its own) */
let scanLineOf: ((offset: number) => number) | null = null;

/** called by the lexer before lexing src[base...] of the source `m` belongs to */
export function useScanMemo(m: ScanMemo | null, base: number, lineOf: ((offset: number) => number) | null = null): void {
  memo = m;
  memoBase = base;
  scanLineOf = lineOf;
}

const SCAN_DEPTH = 100;
let scanNesting = 0;
class ScanTooDeep {
  constructor(public at: number, public opts: ScanOpts) {}
}

const plainOpts = (close: string, startLine: number, escapeErrorAt?: number): ScanOpts =>
  ({ close, interp: true, escapes: "full", what: "string", startLine, openText: close, escapeErrorAt });

/** what decides a scan's result besides its offset (a text is scanned with the same options
 *  wherever its scan starts, but a mismatch must never reuse a result) */
const memoKind = (o: ScanOpts) => `${keepBadEscapes ? "kept " : ""}${o.escapes}${o.interp ? "#" : ""}${o.close}${o.open ?? ""}`;

function remembered(i: number, o: ScanOpts): Quoted | undefined {
  const r = memo?.get(i + memoBase);
  if (!r || r.kind !== memoKind(o)) return undefined;
  return {
    end: r.end - memoBase,
    parts: memoBase === 0 ? r.parts : r.parts.map((p) => typeof p === "string" ? p : { from: p.from - memoBase, to: p.to - memoBase, hash: p.hash - memoBase }),
  };
}

function remember(i: number, o: ScanOpts, q: Quoted): void {
  if (!memo) return;
  memo.set(i + memoBase, {
    kind: memoKind(o),
    end: q.end + memoBase,
    parts: memoBase === 0 ? q.parts : q.parts.map((p) => typeof p === "string" ? p : { from: p.from + memoBase, to: p.to + memoBase, hash: p.hash + memoBase }),
  });
}

/** only one-delimiter texts are remembered (a heredoc's result depends on its indentation) */
const memoable = (o: ScanOpts) => !o.heredoc && o.close.length === 1;

/** Scan quoted text starting at `i` (just after the opening delimiter). */
export function scanQuoted(src: string, i: number, o: ScanOpts): Quoted {
  if (scanNesting > 0) return scanQuotedAt(src, i, o);
  // outermost scan: strings found too deep are scanned first, each from an empty stack
  const todo: [number, ScanOpts][] = [[i, o]];
  for (;;) {
    const [at, opts] = todo[todo.length - 1];
    let q: Quoted;
    try {
      q = scanQuotedAt(src, at, opts);
    } catch (e) {
      if (!(e instanceof ScanTooDeep)) throw e;
      todo.push([e.at, e.opts]);
      continue;
    } finally {
      scanNesting = 0;
    }
    todo.pop();
    if (todo.length === 0) return q;
    remember(at, opts, q);
  }
}

function scanQuotedAt(src: string, i: number, o: ScanOpts): Quoted {
  const start = i;
  if (memoable(o)) {
    const r = remembered(i, o);
    if (r) return r;
  }
  scanNesting++;
  const q = scanQuotedBody(src, i, o);
  scanNesting--;
  if (memoable(o)) remember(start, o, q);
  return q;
}

/** while formatting: a bad escape stays in the text as written, as Elixir's formatter reads
 *  source without unescaping it */
let keepBadEscapes = false;
export function keepingBadEscapes<T>(f: () => T): T {
  const was = keepBadEscapes;
  keepBadEscapes = true;
  try {
    return f();
  } finally {
    keepBadEscapes = was;
  }
}

function scanQuotedBody(src: string, i: number, o: ScanOpts): Quoted {
  const parts: Part[] = [];
  // the first bad escape, raised once the text is closed (an unclosed text is the error then)
  let badEscape: EscapeFailure | undefined;
  const closed = (end: number): Quoted => {
    if (badEscape !== undefined) {
      if (o.escapeErrorAt !== undefined) badEscape.offset = o.escapeErrorAt;
      throw badEscape;
    }
    return { parts: cleanParts(parts), end };
  };
  let buf = "";
  const n = src.length;
  const run = o.heredoc ? null : plainRun(o.close);
  for (;;) {
    if (run) {
      // plain text up to the next backslash, `#` or closing character, in one step
      run.lastIndex = i;
      const m = run.exec(src);
      if (m) {
        buf += m[0];
        i += m[0].length;
        scanWork.chars += m[0].length;
      }
    }
    scanWork.chars++;
    if (i >= n) {
      // (a sigil is named with its opening delimiter: `~r/`)
      // (a quoted atom is an atom to Elixir's tokenizer)
      const what = o.what.startsWith("sigil") ? o.what + o.openText : o.what === "quoted atom" ? "atom" : o.what;
      throw new LexFailure("TokenMissingError", n, `missing terminator: ${o.close} (for ${what} starting at line ${o.startLine})`);
    }
    if (o.heredoc && o.heredoc.skip.has(i)) { i++; continue; }
    const c = src[i];
    if (o.heredoc) {
      // the closing """ is the first non-blank thing on its line
      if (src.startsWith(o.close, i) && isLineStartBlank(src, i)) {
        // the newline before the closing line belongs to the text; the indentation does not
        if (buf.length || parts.length) pushText();
        return closed(i + o.close.length);
      }
    } else if (src.startsWith(o.close, i)) {
      // Elixir does not nest delimiters: ~s(a (b) c) ends at the first ")"
      pushText();
      return closed(i + o.close.length);
    }
    if (c === "\\") {
      if (o.escapes === "full") {
        try {
          const [t, next] = unescapeAt(src, i);
          buf += t;
          i = next;
        } catch (e) {
          if (!(e instanceof EscapeFailure)) throw e;
          if (keepBadEscapes) buf += src.slice(i, i + 2);
          else badEscape ??= e;
          i += 2;
        }
        continue;
      }
      const nx = src[i + 1];
      if (nx !== undefined && (src.startsWith(o.close, i + 1) || (o.open && nx === o.open))) {
        if (o.heredoc && o.escapes !== "raw") { buf += "\\" + nx; i += 2; continue; }
        buf += nx;
        i += 2;
        continue;
      }
      // `\\` stays two backslashes (and escapes no delimiter after it)
      if (nx === "\\") { buf += "\\\\"; i += 2; continue; }
      if (o.escapes === "sigil" && nx === "#") { buf += "\\#"; i += 2; continue; }
      buf += c;
      i++;
      continue;
    }
    if (c >= "\u202A" && BIDI_CHARS.test(c)) throw bidiFailure(c, "string", i);
    if (o.interp && c === "#" && src[i + 1] === "{") {
      pushText();
      const end = skipCode(src, i + 2, o.startLine, o);
      parts.push({ from: i + 2, to: end, hash: i });
      i = end + 1;
      continue;
    }
    buf += c;
    i++;
  }
  function pushText() {
    parts.push(buf);
    buf = "";
  }
}

function cleanParts(parts: Part[]): Part[] {
  // merge adjacent strings and drop empty strings (Elixir keeps no empty literal chunks)
  const out: Part[] = [];
  for (const p of parts) {
    if (typeof p === "string") {
      if (p === "") continue;
      if (typeof out[out.length - 1] === "string") out[out.length - 1] += p;
      else out.push(p);
    } else out.push(p);
  }
  return out;
}

function isLineStartBlank(src: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = src[j];
    if (c === "\n") return true;
    if (c !== " " && c !== "\t") return false;
  }
  return true;
}

/** Skip interpolated code from `i` to its closing `}`; returns the offset of that `}`. */
export function skipCode(src: string, i: number, startLine: number, o: ScanOpts): number {
  const start = i;
  let depth = 0;
  const n = src.length;
  while (i < n) {
    scanWork.chars++;
    const c = src[i];
    if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) return i;
      depth--;
    } else if (c === '"' || c === "'") {
      const triple = src.startsWith(c + c + c, i);
      const q = triple ? c + c + c : c;
      const at = i + q.length;
      if (triple) {
        // a heredoc of its own, which may be the one left open
        const line = scanLineOf ? scanLineOf(i) : startLine;
        const h = heredocSetup(src, at, q, line, i);
        i = scanQuotedAt(src, h.bodyStart, { close: q, interp: true, escapes: "full", heredoc: h, what: "heredoc", startLine: line, openText: q, escapeErrorAt: i }).end;
        continue;
      }
      const opts = plainOpts(q, startLine, at);
      if (scanNesting > SCAN_DEPTH && !remembered(at, opts)) throw new ScanTooDeep(at, opts);
      i = scanQuotedAt(src, at, opts).end;
      continue;
    } else if (c === "#") {
      while (i < n && src[i] !== "\n") i++;
      continue;
    } else if (c === "\\") {
      // code has no escapes: `\\` is an operator and `\` ends a line that goes on, any other is
      // a character the tokenizer refuses (`"#{\"a\"}"`)
      if (src[i + 1] === "\\") { i += 2; continue; }
      if (src[i + 1] === "\n" || (src[i + 1] === "\r" && src[i + 2] === "\n")) { i++; continue; }
      throw new UnexpectedCharacter(i);
    } else if (c === "?" && !(i > 0 && isIdentChar(src[i - 1]))) {
      i += src[i + 1] === "\\" ? 3 : 2;
      continue;
    } else if (c === "~" && /[a-zA-Z]/.test(src[i + 1] ?? "")) {
      if (scanNesting > SCAN_DEPTH) {
        const body = sigilBody(src, i, startLine);
        if (body && !body.heredoc && !remembered(body.at, body.opts)) throw new ScanTooDeep(body.at, body.opts);
      }
      const s = scanSigil(src, i, startLine);
      if (s) { i = s.end; continue; }
    }
    i++;
  }
  // Elixir names the text as its tokenizer knows it: a charlist is a string, a sigil shows its delimiter
  const what = o.what === "charlist" ? "string" : o.what === "quoted atom" ? "atom" : o.what.startsWith("sigil") ? o.what + o.openText : o.what;
  throw new LexFailure("TokenMissingError", start - 2, `missing interpolation terminator: "}" (for ${what} starting at line ${startLine})`);
}

const sigilPairs: Record<string, string> = { "(": ")", "[": "]", "{": "}", "<": ">", "/": "/", "|": "|", '"': '"', "'": "'" };

export interface SigilScan extends Quoted {
  letter: string;
  delimiter: string;
  modifiers: string;
  heredocIndent?: number;
}

/** where a sigil's text starts and how it is scanned, or null when src[i] starts no sigil */
function sigilBody(src: string, i: number, startLine: number): { at: number; opts: ScanOpts; heredoc: boolean; delimiter: string; letter: string } | null {
  const letter = src[i + 1];
  if (!letter || !/[a-zA-Z]/.test(letter)) return null;
  const j = i + 2;
  const raw = letter === letter.toUpperCase();
  if (src.startsWith('"""', j) || src.startsWith("'''", j)) {
    const delimiter = src.slice(j, j + 3);
    const h = heredocSetup(src, j + 3, delimiter, startLine, i, !raw);
    return { at: h.bodyStart, heredoc: true, delimiter, letter, opts: { close: delimiter, interp: !raw, escapes: raw ? "raw" : "sigil", heredoc: h, what: "heredoc", startLine, openText: delimiter } };
  }
  const delimiter = src[j];
  const close = sigilPairs[delimiter];
  if (!close) return null;
  return {
    at: j + 1, heredoc: false, delimiter, letter,
    opts: { close, open: close !== delimiter ? delimiter : undefined, interp: !raw, escapes: raw ? "raw" : "sigil", what: "sigil ~" + letter, startLine, openText: delimiter },
  };
}

/** Scan a sigil `~x<delim>...<delim>mods` at src[i] === "~"; null when not a sigil. */
export function scanSigil(src: string, i: number, startLine: number): SigilScan | null {
  const body = sigilBody(src, i, startLine);
  if (!body) return null;
  const { letter, delimiter } = body;
  const heredocIndent = body.opts.heredoc?.indent;
  const q = scanQuoted(src, body.at, body.opts);
  let e = q.end;
  while (e < src.length && /[a-zA-Z0-9]/.test(src[e])) e++;
  return { ...q, end: e, letter, delimiter, modifiers: src.slice(q.end, e), heredocIndent };
}

/** After an opening `"""`: the rest of the line must be blank (else an error reported at the
 *  token's start `tokenAt`, a sigil's `~`, as Elixir does); find the closing line's indentation. */
export function heredocSetup(src: string, afterOpen: number, close: string, startLine: number, tokenAt: number, interp = true): { bodyStart: number; indent: number; skip: Set<number> } {
  let k = afterOpen;
  while (src[k] === " " || src[k] === "\t") k++;
  if (src[k] === "\r") k++;
  if (src[k] !== "\n") {
    const prefix = "heredoc allows only zero or more whitespace characters followed by a new line after ";
    const failure = new LexFailure("SyntaxError", tokenAt, prefix + close);
    failure.quoted = { prefix, token: close };
    throw failure;
  }
  const bodyStart = k + 1;
  // find the closing delimiter: the first line whose first non-blank chars are the delimiter
  let p = bodyStart;
  let indent = -1;
  while (p < src.length) {
    let q = p;
    while (src[q] === " " || src[q] === "\t") q++;
    if (src.startsWith(close, q)) { indent = q - p; break; }
    const nl = src.indexOf("\n", p);
    if (nl < 0) break;
    p = nl + 1;
  }
  if (indent < 0) {
    // Elixir reads the body as it goes: an interpolation left open fails first
    if (interp) {
      try {
        scanQuoted(src, bodyStart, { close, interp: true, escapes: "raw", heredoc: { indent: 0, skip: new Set() }, what: "heredoc", startLine, openText: close });
      } catch (e) {
        if (e instanceof LexFailure && e.description.startsWith("missing interpolation terminator")) throw e;
      }
    }
    throw new LexFailure("TokenMissingError", src.length, `missing terminator: ${close} (for heredoc starting at line ${startLine})`);
  }
  const skip = new Set<number>();
  p = bodyStart;
  const closeLine = p;
  void closeLine;
  // strip up to `indent` blanks at the start of every body line
  for (;;) {
    let q = p;
    let s = 0;
    while (s < indent && (src[q] === " " || src[q] === "\t")) { skip.add(q); q++; s++; }
    let r = q;
    while (r < src.length && (src[r] === " " || src[r] === "\t")) r++;
    if (src.startsWith(close, r)) break;
    const nl = src.indexOf("\n", p);
    if (nl < 0) break;
    p = nl + 1;
  }
  return { bodyStart, indent, skip };
}
