

// Where Macro.to_string's layout (macro_to_string*.ts) stands while it prints one expression:
// the place of the next expression printed, the columns left, the line literals count as on.
// Set around each child before printing it; reset by expr() once read.

/** Elixir 1.14 lays Macro.to_string out with its code formatter at 98 columns */
export const LINE_LENGTH = 98;

export type Place = "any" | "element" | "left" | "sole";

let columns = LINE_LENGTH;
let literalLine: number | null = null;

export const printing = {
  /**
   * Where the expression expr() prints next stands, as far as leaving out a call's parentheses
   * goes: an element of a list, tuple, map or binary, or a keyword's value, keeps them (`[raise(a)]`),
   * as does the left operand of an operator when it has several arguments (`raise(a, b) + 1`) and
   * a definition's head before `when` (`def raise(message) when ...`).
   */
  nextPlace: "any" as Place,
  /**
   * The next expr() stands where the formatter writes a do/end call in parentheses: an argument of
   * a call without parentheses (and an operand in it), a clause's head, a call's receiver
   * (`def (if a do ... end) do`, `(if a do ... end) ->`, `(if a do ... end).f()`).
   */
  nextNoParens: false,
  /**
   * The next expr() is an element of a list: a 2-tuple there keeps its keyword list's brackets
   * (`[{a, [k: 1]}]`, where a tuple elsewhere writes `{a, k: 1}`).
   */
  nextListElement: false,
  /** the tuple being laid out over lines by broken() is a list's element */
  brokenListElement: false,
  /** the operation being laid out over lines by broken() stands where a do/end call takes
   *  parentheses (its operands then take them too) */
  brokenNoParens: false,
  /** the expression being laid out with a comma right after it (layBeforeComma) */
  commaAfter: null as unknown,
  /** the columns that follow the next expression lay() prints, after its last line and before the
   *  next break (a tuple's element: its comma, or the closing `}`s and what follows them) */
  nextAfter: 0,
  /** inside a definition's head (def f(x) when ...) */
  inDefinitionHead: false,
  /** the columns left for the expression being printed: 98 less the indentation around it
   *  (reading it marks the text being laid out as depending on it, see widthRead) */
  get width(): number {
    printing.widthRead = true;
    return columns;
  },
  set width(w: number) {
    columns = w;
  },
  /** the width was read while laying out the text being computed: a text laid out without reading
   *  it is the same at every width (remembered() in macro_to_string.ts keeps it for all) */
  widthRead: false,
  /** the line literals are taken to be on, inside the do-block call or `->` clause being printed */
  // (reading it marks the text being laid out as depending on it, see lineRead)
  get literalLine(): number | null {
    printing.lineRead = true;
    return literalLine;
  },
  set literalLine(l: number | null) {
    literalLine = l;
  },
  /** the literal line was read while laying out the text being computed: a text laid out without
   *  reading it is the same whatever that line (remembered() keeps it for all) */
  lineRead: false,
  /** texts already laid out, per node (see remembered() in macro_to_string.ts) */
  memo: new WeakMap<object, Map<string, { width: number | undefined; line: number | null | undefined; text: string }[]>>(),
  /** texts being computed below where printing (re)started (deepSafe() in macro_to_string.ts) */
  depth: 0,
};

export function currentWidth(): number {
  return printing.width;
}
/** run `f` for text indented by `by` more columns */
export function nested<T>(by: number, f: () => T): T {
  columns -= by;
  try {
    return f();
  } finally {
    columns += by;
  }
}
/** the literal line, without counting as read (to restore it, for remembered()) */
export function literalLineNow(): number | null {
  return literalLine;
}
/** the width, without counting as read (for remembered()) */
export function columnsLeft(): number {
  return columns;
}
