// What Macro.to_string's layout (macro_to_string.ts) consults while Code.format_string! runs it
// (code_format.ts): the source's own choices Elixir's formatter keeps, which quoted code alone
// does not hold. Null outside a format, so Macro.to_string is unchanged.
import type { Term } from "../terms.ts";

/** a comment line of the source, put before the block item (or block end) that follows it */
export interface SourceComment {
  line: number;
  text: string;
  /** a blank line in the source between it and what follows it */
  blankAfter: boolean;
}

/** a block (items separated by newlines) or a list of -> clauses, as the source laid it out */
export interface BlockInfo {
  /** first and last source line of each item */
  spans: [number, number][];
  /** comments before each item; index spans.length: after the last item, before the block's end */
  comments: SourceComment[][];
  /** clauses: some body started on a line after its -> (every clause then breaks) */
  broken?: boolean;
}

export interface FormatState {
  /** the keyword lists of do/end blocks (a `do:` keyword list stays keywords) */
  doEnd: WeakSet<object>;
  /** literals kept as written: strings and charlists (their token's text) */
  raw: WeakMap<object, string>;
  blocks: WeakMap<object, BlockInfo>;
  /** calls written with parentheses and comments between their arguments: the arguments' spans
   *  (keyword pairs one by one) and the comments before each */
  argComments: WeakMap<object, BlockInfo>;
  /** the source line of a literal, list, tuple or keyword pair (as the formatter's token metadata) */
  lines: WeakMap<object, number>;
  /** lists and tuples the source opened and closed on lines of their own: one element a line */
  opened: WeakSet<object>;
  /** local calls written with parentheses (the others keep none where the formatter allows) */
  parens: WeakSet<object>;
  /** 2-tuples written in braces (not keyword pairs) */
  braces: WeakSet<object>;
  /** lists written in brackets (not a call's or tuple's trailing keywords) */
  brackets: WeakSet<object>;
  /** interpolated strings written as heredocs (the `<<>>` call of their parts): their literal
   *  text as written before each interpolation and after the last */
  heredocs: WeakMap<object, string[]>;
  /** interpolated one-line strings (the `<<>>` call of their parts): their text as written
   *  before each interpolation and after the last */
  stringSegments: WeakMap<object, string[]>;
  /** binary operators the source wrote with a line break right before or after them */
  eolOps: WeakSet<object>;
  /** the locals_without_parens: option ("name/arity", "name/*" for any arity) */
  locals: Set<string>;
  /** is the source line blank */
  blank(line: number): boolean;
}

export let formatting: FormatState | null = null;

export function withFormatting<T>(s: FormatState, f: () => T): T {
  const outer = formatting;
  formatting = s;
  try {
    return f();
  } finally {
    formatting = outer;
  }
}

const obj = (t: Term): t is Term & object => typeof t === "object" && t !== null;
export function isDoEndList(t: Term): boolean {
  return !!formatting && obj(t) && formatting.doEnd.has(t);
}
export function rawText(t: Term): string | undefined {
  return formatting && obj(t) ? formatting.raw.get(t) : undefined;
}
export function heredocInSource(t: Term): boolean {
  return !!formatting && obj(t) && formatting.heredocs.has(t);
}
export function heredocSegmentsInSource(t: Term): string[] | undefined {
  return formatting && obj(t) ? formatting.heredocs.get(t) : undefined;
}
export function stringSegmentsInSource(t: Term): string[] | undefined {
  return formatting && obj(t) ? formatting.stringSegments.get(t) : undefined;
}
export function argComments(t: Term): BlockInfo | undefined {
  return formatting && obj(t) ? formatting.argComments.get(t) : undefined;
}

export function blockInfo(t: Term): BlockInfo | undefined {
  return formatting && obj(t) ? formatting.blocks.get(t) : undefined;
}
export function sourceLine(t: Term): number | undefined {
  return formatting && obj(t) ? formatting.lines.get(t) : undefined;
}
export function openedInSource(t: Term): boolean {
  return !!formatting && obj(t) && formatting.opened.has(t);
}
export function parensInSource(t: Term): boolean {
  return !!formatting && obj(t) && formatting.parens.has(t);
}
export function bracedInSource(t: Term): boolean {
  return !!formatting && obj(t) && formatting.braces.has(t);
}
export function bracketedInSource(t: Term): boolean {
  return !!formatting && obj(t) && formatting.brackets.has(t);
}
export function eolInSource(t: Term): boolean {
  return !!formatting && obj(t) && formatting.eolOps.has(t);
}
