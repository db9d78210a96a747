// Documentation text as iex prints it (Elixir 1.14's IO.ANSI.Docs): the centred headings, the
// metadata lines and the Markdown body, re-wrapped to the width, with iex's colours when enabled
// and the Markdown marks kept as written when not. No Node imports: the browser's REPL uses it too.

export interface DocOptions {
  /** colours (a terminal, NO_COLOR unset) */
  enabled: boolean;
  width: number;
}

const RESET = "\x1b[0m";
const COLORS = {
  doc_bold: "\x1b[1m",
  doc_code: "\x1b[36m",
  doc_headings: "\x1b[33m",
  doc_metadata: "\x1b[33m",
  doc_quote: "\x1b[90m",
  doc_inline_code: "\x1b[36m",
  doc_table_heading: "\x1b[7m",
  doc_title: "\x1b[7m\x1b[33m",
  doc_underline: "\x1b[4m",
};
type Style = keyof typeof COLORS;

const NO_WRAP = Symbol("no_wrap");
type Text = (string | typeof NO_WRAP)[];

/** characters after which a `*` or `_` opens an emphasis, and before which one closes it */
const DELIMITERS = new Set([..." '\"!@#$%^&-+()[]{}<>."]);
const EMPHASIS = new Set(["_", "*"]);

/** printed length: escape sequences take no room, a code point one column */
function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; ) {
    if (s[i] === "\x1b" && s[i + 1] === "[" && s[i + 3] === "m") i += 4;
    else if (s[i] === "\x1b" && s[i + 1] === "[" && s[i + 4] === "m") i += 5;
    else {
      i += s.codePointAt(i)! > 0xffff ? 2 : 1;
      n++;
    }
  }
  return n;
}

const split = (s: string) => s.split(/[ \n\t]/);

class Printer {
  out = "";
  constructor(private readonly o: DocOptions) {}

  color(style: Style): string {
    return this.o.enabled ? COLORS[style] : "";
  }
  reset(): string {
    return this.o.enabled ? RESET : "";
  }
  puts(s: string): void {
    this.out += s + "\n";
  }
  write(style: Style, s: string): void {
    this.puts(this.color(style) + s + this.reset());
  }
  newlineAfterBlock(): void {
    this.puts(this.reset());
  }

  headings(headings: string[]): void {
    this.newlineAfterBlock();
    for (const h of headings) {
      const len = [...h].length;
      let line = " ".repeat(Math.max(0, Math.floor((this.o.width + len) / 2) - len)) + h;
      if (this.o.enabled) line = line + " ".repeat(Math.max(0, this.o.width - [...line].length));
      this.write("doc_title", line);
    }
    this.newlineAfterBlock();
  }

  metadataLabel(key: string): string {
    return this.color("doc_metadata") + key + ":" + this.reset();
  }

  // ---- wrapping ----

  /** the words that fit in `available` columns (at least one) and the rest */
  takeWords(words: string[], available: number): [string[], string[]] {
    const acc: string[] = [];
    let i = 0;
    for (; i < words.length; i++) {
      available -= visibleLength(words[i]);
      if (available > 0) {
        acc.push(words[i]);
        available -= 1;
      } else if (acc.length === 0) return [[words[i]], words.slice(i + 1)];
      else return [acc, words.slice(i)];
    }
    return [acc, []];
  }

  writeWithWrap(words: string[], available: number, indent: string, first: boolean, prefix: string): void {
    if (words.length === 0) return;
    const lines: string[] = [];
    const prefixLength = visibleLength(prefix);
    while (words.length > 0) {
      const [taken, rest] = this.takeWords(words, available - prefixLength);
      lines.push((first ? "" : indent) + prefix + taken.join(" "));
      first = false;
      words = rest;
    }
    this.puts(lines.join("\n"));
  }

  // ---- text ----

  writeText(text: Text, indent: string): void {
    if (text[0] === NO_WRAP) this.writeLines(text.slice(1) as string[], indent, true, "");
    else this.writeLines(text as string[], indent, false, "");
  }

  writeLines(lines: string[], indent: string, noWrap: boolean, prefix: string): void {
    if (lines.length === 0) return;
    const words = split(this.formatText(lines.join(" ")));
    this.writeWithWrap(words, this.o.width - indent.length, indent, noWrap, prefix);
    if (!noWrap) this.newlineAfterBlock();
  }

  formatText(text: string): string {
    return this.inline(links(text));
  }

  /** `code`, *emphasis*, **strong**, _emphasis_, __strong__ and backslash escapes */
  inline(text: string): string {
    let acc = "";
    let buffer = "";
    let limit: string | null = null;
    let i = 0;
    const closeWith = () => {
      const mark = limit!;
      const inner = buffer.slice(mark.length);
      const style: Style = mark === "`" ? "doc_inline_code" : mark.length === 2 ? "doc_bold" : "doc_underline";
      acc += this.o.enabled ? this.color(style) + inner + RESET : mark + inner + mark;
      buffer = "";
      limit = null;
    };
    const at = (k: number) => text[i + k];
    // a mark at the very start opens
    if (EMPHASIS.has(at(0)) && at(1) === at(0)) {
      limit = at(0) + at(0);
      buffer = limit;
      i = 2;
    } else if (EMPHASIS.has(at(0))) {
      limit = at(0);
      buffer = limit;
      i = 1;
    }
    while (i < text.length) {
      const c = at(0);
      const rest = (k: number) => i + k < text.length;
      if (limit === null && DELIMITERS.has(c) && EMPHASIS.has(at(1)) && at(2) === at(1) && rest(3)) {
        acc += buffer + c;
        limit = at(1) + at(1);
        buffer = limit;
        i += 3;
      } else if (limit === null && DELIMITERS.has(c) && EMPHASIS.has(at(1)) && rest(2)) {
        acc += buffer + c;
        limit = at(1);
        buffer = limit;
        i += 2;
      } else if (limit === null && c === "`" && rest(1)) {
        acc += buffer;
        limit = "`";
        buffer = "`";
        i += 1;
      } else if (limit === null && c === "\\" && at(1) === "\\" && EMPHASIS.has(at(2)) && at(3) === at(2) && rest(4)) {
        acc += buffer + "\\";
        limit = at(2) + at(2);
        buffer = limit;
        i += 4;
      } else if (limit === null && c === "\\" && at(1) === "\\" && EMPHASIS.has(at(2)) && rest(3)) {
        acc += buffer + "\\";
        limit = at(2);
        buffer = limit;
        i += 3;
      } else if (c === "\\" && at(1) === "\\") {
        buffer += "\\";
        i += 2;
      } else if (c === "\\" && limit !== "`" && rest(1)) {
        buffer += at(1);
        i += 2;
      } else if (limit !== null && limit.length === 2 && c === limit[0] && at(1) === limit[0] && (DELIMITERS.has(at(2)) || !rest(2))) {
        i += 2;
        closeWith();
      } else if (limit !== null && limit.length === 1 && limit !== "`" && c === limit && (DELIMITERS.has(at(1)) || !rest(1))) {
        i += 1;
        closeWith();
      } else if (limit === "`" && c === "`") {
        i += 1;
        closeWith();
      } else {
        buffer += c;
        i += 1;
      }
    }
    return acc + buffer;
  }

  // ---- blocks ----

  process(lines: string[], text: Text, indent: string): void {
    for (;;) {
      if (lines.length === 0) return this.writeText(text, indent);
      const [line, ...rest] = lines;
      if (/^#{1,6} /.test(line)) {
        this.writeText(text, indent);
        this.write("doc_headings", line);
        this.newlineAfterBlock();
        lines = rest;
        text = [];
        indent = "";
        continue;
      }
      if (line.startsWith(">")) {
        this.writeText(text, indent);
        return this.processQuote(rest, [line.slice(1)], indent);
      }
      if (line === "") {
        this.writeText(text, indent);
        lines = rest;
        text = [];
        continue;
      }
      if (line.startsWith("    ")) {
        this.writeText(text, indent);
        return this.processCode(rest, [line.slice(4)], indent);
      }
      if (line.startsWith("```") || line.startsWith("~~~")) {
        this.writeText(text, indent);
        return this.processFencedCode(rest, [], indent, line.slice(0, 3));
      }
      const stripped = line.replace(/^ +/, "");
      const count = line.length - stripped.length;
      if (isLinkLabel(stripped, count)) {
        this.writeLines([line], indent, true, "");
        lines = rest;
        continue;
      }
      if (isTableLine(stripped) && rest.length > 0 && isTableLine(rest[0])) {
        this.writeText(text, indent);
        return this.processTable(lines, indent);
      }
      const entry = listEntry(stripped, this.o.enabled);
      if (entry) {
        this.writeText(text, indent);
        return this.processList(entry[0], entry[1], rest, count, indent);
      }
      text = [...text, stripped];
      lines = rest;
    }
  }

  processList(entry: string, line: string, rest: string[], count: number, indent: string): void {
    if (indent === "") entry = "  " + entry;
    const newIndent = indent + " ".repeat([...entry].length);
    const max = newIndent.length - indent.length;
    const contents: string[] = [];
    let done = true;
    let i = 0;
    for (; i < rest.length; i++) {
      const l = rest[i];
      let n = 0;
      while (n < max && l[n] === " ") n++;
      const stripped = l.slice(n);
      if (n <= count && listEntry(stripped, false)) {
        done = false;
        break;
      }
      if (stripped === "" && !(i + 1 < rest.length && rest[i + 1].startsWith(" "))) break;
      contents.push(stripped);
    }
    this.process(contents, [NO_WRAP, indent + entry + line], newIndent);
    if (done) this.newlineAfterBlock();
    this.process(rest.slice(i), [], indent);
  }

  processCode(lines: string[], code: string[], indent: string): void {
    let i = 0;
    for (; i < lines.length; ) {
      if (lines[i] === "" && i + 1 < lines.length && lines[i + 1].startsWith("    ")) {
        code.push("", lines[i + 1].slice(4));
        i += 2;
      } else if (lines[i].startsWith("    ")) {
        code.push(lines[i].slice(4));
        i += 1;
      } else break;
    }
    this.writeCode(code, indent);
    if (i < lines.length) this.process(lines.slice(i), [], indent);
  }

  processFencedCode(lines: string[], code: string[], indent: string, delimiter: string): void {
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] === delimiter) return this.processCode(lines.slice(i + 1), code, indent);
      code.push(lines[i]);
    }
    this.writeCode(code, indent);
  }

  writeCode(code: string[], indent: string): void {
    this.write("doc_code", indent + "    " + code.join("\n" + indent + "    "));
    this.newlineAfterBlock();
  }

  quotePrefix(): string {
    return this.color("doc_quote") + "> " + this.reset();
  }

  processQuote(lines: string[], acc: string[], indent: string): void {
    let i = 0;
    while (i < lines.length) {
      if (lines[i] === ">" && i + 1 < lines.length && lines[i + 1].startsWith(">")) {
        this.writeLines(acc.map((l) => l.trim()), indent, true, this.quotePrefix());
        this.puts(this.quotePrefix());
        acc = [lines[i + 1].slice(1)];
        i += 2;
      } else if (lines[i].startsWith(">")) {
        acc.push(lines[i].slice(1));
        i += 1;
      } else break;
    }
    this.writeLines(acc.map((l) => l.trim()), indent, false, this.quotePrefix());
    if (i < lines.length) this.process(lines.slice(i), [], indent);
  }

  // ---- tables ----

  processTable(lines: string[], indent: string): void {
    let n = 0;
    while (n < lines.length && isTableLine(lines[n])) n++;
    this.tableLines(lines.slice(0, n));
    this.newlineAfterBlock();
    this.process(lines.slice(n), [], indent);
  }

  tableLines(lines: string[]): void {
    const rows = lines.map((l) => splitColumns(l).map((c) => this.renderColumn(c)));
    const count = Math.max(...rows.map((r) => r.length));
    for (const r of rows) while (r.length < count) r.push(["", 0]);
    const widths = new Array(count).fill(0);
    for (const r of rows) if (!isTableHeader(r)) r.forEach(([, len], i) => (widths[i] = Math.max(widths[i], len)));
    let alignments: ("left" | "right" | "center")[] | null = null;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const next = rows[i + 1];
      if (next && isTableHeader(next)) {
        alignments ??= next.map(([c]) => (c.startsWith(":") && c.endsWith(":") ? "center" : c.endsWith(":") ? "right" : "left"));
        this.drawRow(row, widths, alignments, true);
        i++;
      } else this.drawRow(row, widths, alignments, false);
    }
  }

  renderColumn(col: string): [string, number] {
    const c = this.formatText(col.trim().replace(/\\\|/g, "|"));
    return [c, visibleLength(c)];
  }

  drawRow(row: [string, number][], widths: number[], alignments: ("left" | "right" | "center")[] | null, heading: boolean): void {
    const cells = row.map(([col, len], i) => {
      const width = widths[i] + (col.length - len);
      const pad = (s: string, n: number, left: boolean) => (s.length >= n ? s : left ? " ".repeat(n - s.length) + s : s + " ".repeat(n - s.length));
      switch (alignments?.[i] ?? "left") {
        case "right": return pad(col, width, true);
        case "center": return pad(pad(col, Math.floor(width / 2) - Math.floor(len / 2) + len, true), width + 1 - (width % 2), false);
        default: return pad(col, width, false);
      }
    });
    if (heading) this.write("doc_table_heading", cells.join(" | "));
    else this.puts(cells.join(" | "));
  }
}

/** a list item's marker and text: `* x`, `- x`, `+ x`, `1. x`, `12. x` */
function listEntry(stripped: string, enabled: boolean): [string, string] | null {
  let m = /^[*\-+] /.exec(stripped);
  if (m) return [enabled ? "• " : "* ", stripped.slice(2)];
  m = /^\d\d?\. /.exec(stripped);
  if (m) return [m[0], stripped.slice(m[0].length)];
  return null;
}

function isLinkLabel(stripped: string, count: number): boolean {
  return count <= 3 && /^\[[^\]]*\]: /.test(stripped);
}

function isTableLine(line: string): boolean {
  return /[: -]\|[: -]/.test(line);
}

function splitColumns(line: string): string[] {
  const trimmed = line.replace(/^ +| +$/g, "").replace(/^\|+|\|+$/g, "");
  return trimmed.split(/(?<!\\)\|/);
}

function isTableHeader(row: [string, number][]): boolean {
  return row.every(([c]) => /^:?-*:?$/.test(c));
}

/** [text](url) -> text (url), and underscores in a URL escaped so they stay as written */
function links(text: string): string {
  return text
    .replace(/\[([^\]]*?)\]\((.*?)\)/g, "$1 ($2)")
    .replace(/[a-z][a-z0-9+\-.]*:\/\/\S*/gi, (url) => url.replace(/_/g, "\\_"));
}

/** a metadata map's lines (delegate_to, deprecated, guard, since, in key order), then a blank line */
export type DocMeta = [string, string | boolean][];

/** the heading lines, the metadata and the Markdown text of one h/1 entry */
export function renderDoc(headings: string[], meta: DocMeta, doc: string, o: DocOptions, specs: string[] = []): string {
  const p = new Printer(o);
  p.headings(headings);
  // the function's @specs, each indented by two ("@spec" in cyan on a terminal), then a blank line
  const specWord = o.enabled ? "\x1b[36m@spec" + RESET : "@spec";
  if (specs.length > 0) p.out += specs.map((s) => "  " + specWord + " " + s + "\n").join("") + "\n";
  let printed = false;
  for (const [key, value] of meta) {
    const label = p.metadataLabel(key);
    if (typeof value === "boolean") p.puts(label + " " + String(value));
    else if (key === "delegate_to") p.puts(label + " " + value);
    else {
      const indent = " ".repeat(visibleLength(label) + 1);
      p.writeWithWrap([label, ...split(value)], o.width, indent, true, "");
    }
    printed = true;
  }
  if (printed) p.out += "\n";
  p.process(doc.split(/\r\n|\n/).map((l) => l.trimEnd()), [], "");
  return p.out;
}

/** a doc's Markdown alone, as IO.ANSI.Docs.print renders it (t/1's @typedoc, b/1's callback @doc) */
export function renderDocBody(doc: string, o: DocOptions): string {
  const p = new Printer(o);
  p.process(doc.split(/\r\n|\n/).map((l) => l.trimEnd()), [], "");
  return p.out;
}
