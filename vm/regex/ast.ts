// The parsed form of a PCRE pattern (vm/regex/parse.ts builds it, vm/regex/match.ts runs it).
// Units are bytes in byte mode and code points in UTF-8 mode. Flags that change how a node
// matches (caseless, dotall, multiline) are resolved per node at parse time, so inline option
// settings such as (?i) or (?-s:...) need nothing at match time.

export type CharTest = (c: number) => boolean;

export type Node =
  | { t: "lit"; units: number[]; ci: boolean }
  | { t: "set"; test: CharTest }
  | { t: "dot" } // any unit but a newline (which depends on the newline convention)
  | { t: "seq"; items: Node[] }
  | { t: "alt"; alts: Node[] }
  | { t: "group"; n: number; body: Node }
  | { t: "rep"; body: Node; min: number; max: number; greedy: boolean; possessive: boolean }
  | { t: "assert"; kind: AssertKind }
  | { t: "look"; behind: boolean; neg: boolean; body: Node; lengths: number[] }
  | { t: "atomic"; body: Node }
  | { t: "backref"; n: number; ci: boolean }
  | { t: "namedref"; names: number[]; ci: boolean }
  | { t: "cond"; test: CondTest; yes: Node; no: Node }
  | { t: "keep" }
  | { t: "fail" }
  | { t: "newline_seq" };

export type CondTest = { kind: "group"; ns: number[] } | { kind: "look"; look: Node };

export type AssertKind =
  | "start" // \A
  | "end" // \z
  | "end_nl" // \Z: the end or before a final newline
  | "caret" // ^ without multiline (like \A, but notbol applies)
  | "dollar" // $ without multiline (like \Z, but noteol applies)
  | "dollar_end" // $ with dollar_endonly
  | "bol" // ^ with multiline: the start or after a newline that is not the last unit
  | "eol" // $ with multiline: before any newline or at the end
  | "word" // \b
  | "nonword" // \B
  | "word_start" // [[:<:]]: a word character after a non-word one
  | "word_end" // [[:>:]]: a non-word character (or the end) after a word one
  | "gstart"; // \G: where this search started

export interface Options {
  caseless: boolean;
  multiline: boolean;
  dotall: boolean;
  extended: boolean;
  ungreedy: boolean;
  utf8: boolean;
  ucp: boolean;
  firstline: boolean;
  dollarEndonly: boolean;
  anchored: boolean;
  noAutoCapture: boolean;
  dupnames: boolean;
  newline: Newline;
  /** \R matches only CR, LF and CRLF ((*BSR_ANYCRLF), bsr_anycrlf), not every vertical space */
  bsrAnycrlf: boolean;
}

export type Newline = "lf" | "cr" | "crlf" | "anycrlf" | "any";
export const NEWLINES: Newline[] = ["lf", "cr", "crlf", "anycrlf", "any"];

export function defaultOptions(): Options {
  return {
    caseless: false, multiline: false, dotall: false, extended: false, ungreedy: false, utf8: false,
    ucp: false, firstline: false, dollarEndonly: false, anchored: false, noAutoCapture: false, dupnames: false, newline: "lf",
    bsrAnycrlf: false,
  };
}

export interface Program {
  root: Node;
  /** number of capturing groups */
  groups: number;
  /** name -> group numbers (more than one with dupnames) */
  names: Map<string, number[]>;
  options: Options;
}

/** A pattern PCRE would reject, with PCRE's message and the offset where it noticed. */
export class PatternError extends Error {
  constructor(public readonly text: string, public readonly offset: number) {
    super(`${text} at position ${offset}`);
  }
}

/** Regex modifiers -> :re options, or the invalid rest (Elixir's {:invalid_option, rest}) */
export function regexOptions(mods: string): Options | { invalid: string } {
  const o = defaultOptions();
  for (let i = 0; i < mods.length; i++) {
    switch (mods[i]) {
      case "i": o.caseless = true; break;
      case "x": o.extended = true; break;
      case "f": o.firstline = true; break;
      case "U": o.ungreedy = true; break;
      case "s": o.dotall = true; o.newline = "anycrlf"; break;
      case "m": o.multiline = true; break;
      case "u": o.utf8 = true; o.ucp = true; break;
      default: return { invalid: mods.slice(i) };
    }
  }
  return o;
}
