// Warnings Elixir's tokenizer prints before anything else in a file: quotes around an atom, a
// keyword or a call name that would read the same without them (`:"foo"`, `"bar": 1`, `a."b"`),
// and a character literal better written with its escape (`? ` for `?\s`). They carry a column.
import { tokenize, LineTable, type Tok, type SigilValue } from "../../lang/lexer.ts";
import type { Part } from "../../lang/quoted_text.ts";
import { checkTerminators } from "../../lang/parser.ts";
import { parserNotes } from "../../lang/parse.ts";

const ARROW_OPS = new Set(["|>", "<<<", ">>>", "<<~", "~>>", "<~", "~>", "<~>", "<|>"]);
import { SIMPLE_ESCAPES } from "../../lang/quoted_text.ts";
import type { Warning } from "./warning.ts";
import { bareWarnings, deprecatedEscapes } from "./escapes.ts";

const NOT_IN_DEPRECATED = '"not expr1 in expr2" is deprecated, use "expr1 not in expr2" instead';
const PLAIN = /^[a-z_][a-zA-Z0-9_]*[!?]?$/;

/** `unparsed`: the parser then failed. When the tokenizer failed first (on terminators that do not
 *  pair up), only what it writes out at once was printed (the deprecated escapes, a character
 *  literal's warning); else its warnings too, not the parser's past the failure */
export function tokenWarnings(source: string, file: string, unparsed = false, failedAt?: { line: number; column: number | null }): Warning[] {
  let toks;
  const lines = new LineTable(source);
  try {
    toks = tokenize(lines, file);
  } catch {
    return []; // the parser reports it
  }
  // the parser ran (and warned) only when the terminators pair up
  let parsed = true;
  try {
    checkTerminators(toks, file);
  } catch {
    parsed = false;
  }
  const out: Warning[] = [];
  // the parser's own warnings: it runs once the tokenizer has read (and warned of) the whole file
  const parser: Warning[] = [];
  // `not x in y`: the parser's deprecation warning (parsed again only when the tokens allow it);
  // the parser prints it as it builds the expression, so also before a syntax error further on
  const maybeNotIn = toks.some((t) => t.k === "op" && (t.text === "not" || t.text === "!")) && toks.some((t) => t.k === "op" && t.text === "in");
  const notes = parsed && (maybeNotIn || toks.some((t) => t.k === "op" && ARROW_OPS.has(t.text))) ? parserNotes(source, file) : null;
  const rearranged = notes?.notIn;
  // `x |> f 1`: the parser's warning of an arrow operator given a call without parentheses
  const pipes = notes?.pipes;
  // the deprecated escapes are written out as they are read, before the tokenizer's own warnings
  const escapes: string[] = [];
  // open brackets (and fn/do blocks), each with whether its current comma-separated part begins
  // with a keyword (`f(1, a: 1,)`: a keyword list ends the call's arguments)
  const scan = (toks: Tok[]): void => {
    const open: { k: string; start: boolean; kw: boolean }[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      // the code interpolated in quoted text is read (and warned of) where it stands
      for (const code of interpolations(t)) {
        let inner: Tok[];
        try {
          inner = tokenize(lines, file, code.from, code.to);
        } catch {
          continue;
        }
        scan(inner);
      }
      const frame = open[open.length - 1];
      if (frame?.start && t.k !== "eol") {
        frame.start = false;
        frame.kw = t.k === "kw";
      }
      if (t.k === "(" || t.k === "[" || t.k === "{" || t.k === "<<" || t.k === "fn" || t.k === "do") open.push({ k: t.k, start: true, kw: false });
      else if (t.k === ")" || t.k === "]" || t.k === "}" || t.k === ">>" || t.k === "end") open.pop();
      else if (t.k === "," && frame) {
        // the parser's: a trailing comma after a call's keyword arguments (a syntax error after others)
        let j = i + 1;
        while (toks[j]?.k === "eol") j++;
        const beforeFailure = !unparsed || (parsed && failedAt !== undefined && (toks[j].line < failedAt.line || (toks[j].line === failedAt.line && toks[j].col < (failedAt.column ?? 0))));
        if (frame.k === "(" && frame.kw && toks[j]?.k === ")" && beforeFailure) parser.push({ message: "trailing commas are not allowed inside function/macro call arguments", file, line: t.line, column: t.col });
        frame.start = true;
      }
      if (t.k === "str" || t.k === "charlist" || t.k === "qatom" || (t.k === "kw" && Array.isArray(t.v))) escapes.push(...deprecatedEscapes(t.text));
      if (t.k === "int" && t.text[0] === "?") {
        const message = charWarning(t.text);
        if (message !== null) out.push({ message, file, line: t.line, column: t.col });
        continue;
      }
      // `fn -> end`: the parser warns of a clause with nothing after its -> as it reads it (so
      // before a syntax error further on)
      if (t.k === "op" && t.text === "->") {
        let j = i + 1;
        // (a `;` ends the clause's empty body too: `fn -> ; 1 end`)
        let semicolon = false;
        for (; toks[j]?.k === "eol"; j++) if (toks[j].text === ";" || toks[j].semi) semicolon = true;
        const beforeFailure = !unparsed || (parsed && failedAt !== undefined && (t.line < failedAt.line || (t.line === failedAt.line && t.col < (failedAt.column ?? 0))));
        if ((toks[j]?.k === "end" || semicolon) && beforeFailure) parser.push({ message: "an expression is always required on the right side of ->. Please provide a value after ->", file, line: t.line, column: t.col });
        continue;
      }
      // `()` that is no call's parentheses (`x = ()`, `f ()`): the parser reads it as nil, warning
      if (t.k === "(" && !callParen(toks, i)) {
        let j = i + 1;
        while (toks[j]?.k === "eol") j++;
        const beforeFailure = !unparsed || (parsed && failedAt !== undefined && (t.line < failedAt.line || (t.line === failedAt.line && t.col < (failedAt.column ?? 0))));
        // (`() ->` and `() when g ->` are a clause's empty head)
        const after = toks[j + 1];
        const head = after?.k === "op" && (after.text === "->" || after.text === "when");
        if (toks[j]?.k === ")" && beforeFailure && !head) parser.push({ message: EMPTY_PAREN, file, line: t.line, column: t.col });
        continue;
      }
      // the tokenizer's own warnings are printed once it has read the whole file, the parser's
      // failure notwithstanding: not when the tokenizer failed (its terminators)
      if (unparsed && !parsed) continue;
      if (t.k === "op" && ARROW_OPS.has(t.text) && pipes?.has(`${t.line}:${t.col}`)) {
        const op = t.text;
        parser.push({ message: `parentheses are required when piping into a function call. For example:\n\n    foo 1 ${op} bar 2 ${op} baz 3\n\nis ambiguous and should be written as\n\n    foo(1) ${op} bar(2) ${op} baz(3)\n\nAmbiguous pipe found at:`, file, line: t.line, column: t.col });
        continue;
      }
      if (t.k === "op" && t.text === "in" && rearranged?.has(`${t.line}:${t.col}`)) {
        parser.push({ message: NOT_IN_DEPRECATED, file, line: t.line, column: t.col });
        continue;
      }
      // `---1`: a three-character operator read off a longer run of its character (written first)
      if (t.k === "op" && REPEATED_CHAR_OPERATORS.has(t.text) && source[t.endOff] === t.text[0]) {
        out.push({ message: `found "${t.text}" followed by "${t.text[0]}", please use a space between "${t.text}" and the next "${t.text[0]}"`, file, line: t.line, column: t.col });
      }
      // the deprecated operators (not in a capture: `&^^^/2`)
      if (t.k === "op" && DEPRECATED_OPERATORS[t.text] !== undefined && !(toks[i + 1]?.k === "op" && toks[i + 1].text === "/" && toks[i + 1].line === t.line)) {
        out.push({ message: DEPRECATED_OPERATORS[t.text], file, line: t.line, column: t.col });
        continue;
      }
      // `:::` reads as the atom :"::" (not `:` then `::`)
      if (t.k === "atom" && t.text === ":::") {
        out.push({ message: 'atom ::: must be written between quotes, as in :"::", to avoid ambiguity', file, line: t.line, column: t.col });
        continue;
      }
      // a."b": a call whose name needs no quotes (Elixir points at the opening quote)
      if ((t.k === "str" || t.k === "charlist") && i > 0 && toks[i - 1].k === "op" && toks[i - 1].text === ".") {
        const parts = t.v as unknown[];
        if (parts.length === 1 && typeof parts[0] === "string" && PLAIN.test(parts[0])) {
          out.push({ message: `found quoted call "${parts[0]}" but the quotes are not required. Calls made exclusively of Unicode letters, numbers, and underscores and not beginning with a number do not require quotes`, file, line: t.line, column: t.col });
        }
        continue;
      }
      if (t.k !== "qatom" && !(t.k === "kw" && Array.isArray(t.v))) continue;
      const parts = t.v as unknown[];
      if (parts.length !== 1 || typeof parts[0] !== "string" || !PLAIN.test(parts[0])) continue;
      const name = parts[0];
      // Elixir looks at the text as written: an escape needs the quotes
      if (t.text.includes("\\")) continue;
      if (t.k === "qatom") {
        out.push({ message: `found quoted atom "${name}" but the quotes are not required. Atoms made exclusively of ASCII letters, numbers, underscores, beginning with a letter or underscore, and optionally ending with ! or ? do not require quotes`, file, line: t.line, column: t.col });
      } else {
        // Elixir points just inside the opening quote
        out.push({ message: `found quoted keyword "${name}" but the quotes are not required. Note that keywords are always atoms, even when quoted. Similar to atoms, keywords made exclusively of ASCII letters, numbers, and underscores and not beginning with a number do not require quotes`, file, line: t.line, column: t.col + 1 });
      }
    }
  };
  scan(toks);
  return [...bareWarnings(escapes, file), ...out, ...parser];
}

/** the operators the tokenizer warns of when the same character follows (`&&&&`) */
const REPEATED_CHAR_OPERATORS = new Set(["&&&", "|||", "^^^", "+++", "---"]);

/** binary operators Elixir 1.14's tokenizer warns of wherever it reads one */
const DEPRECATED_OPERATORS: Record<string, string> = {
  "^^^": "^^^ is deprecated. It is typically used as xor but it has the wrong precedence, use Bitwise.bxor/2 instead",
  "<|>": "<|> is deprecated. Use another pipe-like operator",
};

const EMPTY_PAREN = "invalid expression (). If you want to invoke or define a function, make sure there are no spaces between the function name and its arguments. If you wanted to pass an empty block or code, pass a value instead, such as a nil or an atom";

/** whether the `(` at i opens a call's arguments (`f()`, `f.()`, `a."b"()`, `f.(x)()`) or an
 *  anonymous function's empty head (`fn () -> 1 end`) */
/** the source ranges of the code a quoted token interpolates (`"#{x}"`, `~s(#{x})`, `:"a#{x}"`) */
function interpolations(t: Tok): { from: number; to: number }[] {
  const parts = t.k === "sigil" ? (/^[a-z]/.test((t.v as SigilValue).letter) ? (t.v as SigilValue).parts : []) : t.k === "str" || t.k === "charlist" || t.k === "qatom" || (t.k === "kw" && Array.isArray(t.v)) ? (t.v as Part[]) : [];
  return parts.filter((p): p is Exclude<Part, string> => typeof p !== "string");
}

function callParen(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1];
  if (prev === undefined) return false;
  if (prev.k === "fn") return true;
  if (toks[i].sb) return false;
  return prev.k === "ident" || prev.k === ")" || (prev.k === "op" && prev.text === ".") ||
    ((prev.k === "str" || prev.k === "charlist") && toks[i - 2]?.k === "op" && toks[i - 2].text === ".");
}

/** characters a literal names better by its escape: `? ` is `?\s` */
const ESCAPE_NAMES: Record<number, [string, string]> = {
  7: ["\\a", "alert"], 8: ["\\b", "backspace"], 127: ["\\d", "delete"], 27: ["\\e", "escape"], 12: ["\\f", "form feed"],
  10: ["\\n", "newline"], 13: ["\\r", "carriage return"], 32: ["\\s", "space"], 9: ["\\t", "tab"], 11: ["\\v", "vertical tab"],
};

/** Elixir's tokenizer warning for a character literal written `?c` or `?\c`, if any */
function charWarning(text: string): string | null {
  const escaped = text[1] === "\\" && text.length > 2;
  const ch = escaped ? text.slice(2) : text.slice(1);
  const cp = ch.codePointAt(0)!;
  const named = ESCAPE_NAMES[cp];
  if (named !== undefined) {
    return `found ?${escaped ? "\\" : ""} followed by code point 0x${cp.toString(16).toUpperCase()} (${named[1]}), please use ?${named[0]} instead`;
  }
  // `?\z`: a letter with no escape of its own
  if (escaped && /^[a-zA-Z]$/.test(ch) && !(ch in SIMPLE_ESCAPES)) return `unknown escape sequence ?\\${ch}, use ?${ch} instead`;
  return null;
}
