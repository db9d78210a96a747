// The comments of a source as Code.string_to_quoted_with_comments/2 gives them: where each is,
// its text (to the end of its line, trailing blanks kept), and the line breaks around it as
// Elixir's tokenizer counts them. Before a comment: the count of the end-of-line token the
// tokenizer has on top (a `,` or `;` counts the line breaks after it too; any other token none; no
// token yet counts as one), a comment setting an end-of-line token's count back to zero. After
// it: the line breaks that follow, blanks between them skipped.
import { LineTable, tokenize } from "./lexer.ts";

export interface SourceComment {
  line: number;
  column: number;
  previousEolCount: number;
  nextEolCount: number;
  text: string;
}

/** the comments of `source` from offset `from` on (what comes before it is padding standing for
 *  the line: and column: options) */
export function sourceComments(source: string, file: string, from = 0): SourceComment[] {
  const lt = new LineTable(source);
  const out: SourceComment[] = [];
  // the token on top: none yet, an end of line, a separator (`,` `;`) or any other
  let top: "none" | "eol" | "sep" | "other" = "none";
  let count = 0;
  const newline = () => {
    if (top === "eol" || top === "sep") count++;
    else {
      top = "eol";
      count = 1;
    }
  };
  const gap = (a: number, b: number) => {
    for (let i = Math.max(a, from); i < b; i++) {
      const c = source[i];
      if (c === "\n") newline();
      else if (c === "\\" && source[i + 1] === "\n") i++;
      else if (c === "\\" && source[i + 1] === "\r" && source[i + 2] === "\n") i += 2;
      else if (c === "#") {
        let end = source.indexOf("\n", i);
        if (end < 0) end = source.length;
        const text = source.slice(i, end > i && source[end - 1] === "\r" && end < source.length ? end - 1 : end);
        const [line, column] = lt.pos(i);
        out.push({ line, column, previousEolCount: top === "none" ? 1 : top === "other" ? 0 : count, nextEolCount: eolsAfter(source, end), text });
        if (top === "eol") count = 0;
        i = end - 1;
      }
    }
  };
  let prevEnd = 0;
  for (const t of tokenize(lt, file)) {
    if (t.k === "eof") break;
    const text = source.slice(t.off, t.endOff);
    // (a line break token: scanned as the blanks around it are)
    if (t.k === "eol" && text !== ";") continue;
    gap(prevEnd, t.off);
    prevEnd = t.endOff;
    if (t.off < from) continue;
    if (t.k === "," || text === ";") {
      top = "sep";
      count = 0;
    } else top = "other";
  }
  gap(prevEnd, source.length);
  return out;
}

/** the line breaks from `i` on, blanks between them skipped */
function eolsAfter(source: string, i: number): number {
  let n = 0;
  for (;;) {
    const c = source[i];
    if (c === " " || c === "\t") i++;
    else if (c === "\n") {
      n++;
      i++;
    } else if (c === "\r" && source[i + 1] === "\n") {
      n++;
      i += 2;
    } else return n;
  }
}
