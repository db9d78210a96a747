// Macro.to_string's texts with their indentation laid lazily. The layout builds a node's text from
// its children's texts, moving each child's lines right as it nests them (two columns inside a
// list, after `name ` for a call without parentheses, ...). Padding every line at every level
// costs the depth times the size of the output: a list nested 10,000 deep is 200 MB of text and
// would be re-indented 10,000 times. Instead a nested text keeps its lines as they are between two
// marks: OPEN n, placed at the start of the first line that moves, and CLOSE n at the text's end.
// The marks cost O(1) per level (strings concatenate as ropes); render() writes the spaces once,
// walking the finished text with the open marks on a stack. A text on one line never holds a
// mark (it is padded at once), so lengths of one-line texts are what they read; lastLineWidth()
// and textWidth() give the columns of texts over several lines.

import { graphemes } from "./elixir_string.ts";

/**
 * The columns a text without marks takes, as the formatter counts them (String.length/1: one per
 * grapheme, so an emoji, a flag or a letter with its combining accent is one column, not its
 * UTF-16 units). Text below U+0300 has one grapheme per unit (but CR LF, never in one line).
 */
export function cols(s: string): number {
  return /^[\x00-\u02ff]*$/.test(s) ? s.length : graphemes(s).length;
}

/** opens n more columns of indentation for the lines from here on (always right after a "\n") */
const OPEN = "\x0e";
/** closes the innermost open indentation (its n follows, for lastLineWidth) */
const CLOSE = "\x0f";
/** an indentation's columns, after its mark, as one character: 0x80 + n */
const AMOUNT = 0x80;
const MAX_AMOUNT = 0x7f;

export function hasMarks(text: string): boolean {
  return text.includes(OPEN);
}

/**
 * `pad` before each line of `text` but empty ones (and before the first too when `first`): the
 * first line at once, the others by marks.
 */
export function padLines(text: string, pad: string, first: boolean): string {
  const nl = text.indexOf("\n");
  if (nl < 0) return first && text !== "" ? pad + text : text;
  const head = first && nl > 0 ? pad + text.slice(0, nl + 1) : text.slice(0, nl + 1);
  let open = "";
  let close = "";
  for (let n = pad.length; n > 0; n -= MAX_AMOUNT) {
    const mark = String.fromCharCode(AMOUNT + Math.min(n, MAX_AMOUNT));
    open += OPEN + mark;
    close = CLOSE + mark + close;
  }
  return head + open + text.slice(nl + 1) + close;
}

/**
 * The columns of the text's last line as it will be printed (relative to where the text starts):
 * its characters and the indentation its own marks give it. Only the last line is read: every
 * indentation open where that line's text starts closes on it (a text's marks are balanced).
 */
export function lastLineWidth(text: string): number {
  const start = text.lastIndexOf("\n") + 1;
  if (!text.includes(OPEN, start) && !text.includes(CLOSE, start)) return cols(text.slice(start));
  // (marks open only at a line's start, before its first character: those still open there, and
  // those opened on earlier lines that close after it, indent the line)
  const opened: number[] = [];
  let chars = 0;
  let line = "";
  let indentation = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === OPEN) opened.push(text.charCodeAt(++i) - AMOUNT);
    else if (c === CLOSE) {
      const n = text.charCodeAt(++i) - AMOUNT;
      if (opened.length > 0) opened.pop();
      else if (chars > 0) indentation += n;
    } else {
      if (chars === 0) for (const n of opened) indentation += n;
      chars++;
      line += c;
    }
  }
  return chars === 0 ? 0 : cols(line) + indentation;
}

/** the length the text will have printed (its characters and the indentation its marks give) */
export function textWidth(text: string): number {
  if (!text.includes(OPEN)) return cols(text);
  let width = 0;
  render(text, (s) => (width += cols(s)));
  return width;
}

/** the text with the indentation of its marks written out, piece by piece to `write` */
export function render(text: string, write: (s: string) => void): void {
  const stack: number[] = [];
  let indentation = 0;
  let lineStart = true;
  let from = 0; // start of the run of plain characters not yet written
  for (let i = 0; i < text.length; ) {
    // (runs without marks or line breaks are written as slices)
    const c = text.charCodeAt(i);
    if (c === 0x0e || c === 0x0f) {
      if (from < i) write(text.slice(from, i));
      const n = text.charCodeAt(i + 1) - AMOUNT;
      if (c === 0x0e) {
        stack.push(n);
        indentation += n;
      } else indentation -= stack.pop()!;
      i += 2;
      from = i;
      continue;
    }
    if (c === 0x0a) {
      lineStart = true;
      i++;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      if (from < i) write(text.slice(from, i));
      from = i;
      if (indentation > 0) write(" ".repeat(indentation));
    }
    i++;
  }
  if (from < text.length) write(text.slice(from));
}

/** the whole text with its indentation written out */
export function rendered(text: string): string {
  if (!text.includes(OPEN)) return text;
  const parts: string[] = [];
  render(text, (s) => parts.push(s));
  return parts.join("");
}

/** the characters of the text's last line, without its marks or indentation */
export function lastLineChars(text: string): string {
  const last = text.slice(text.lastIndexOf("\n") + 1);
  return last.includes(OPEN) || last.includes(CLOSE) ? last.replace(/[\x0e\x0f][\x80-\xff]/g, "") : last;
}
/** the text without the marks closing its indentations at its end (to read its last characters) */
export function withoutClosingMarks(text: string): string {
  let end = text.length;
  while (end >= 2 && (text[end - 2] === CLOSE || text[end - 2] === OPEN)) end -= 2;
  return end === text.length ? text : text.slice(0, end);
}
