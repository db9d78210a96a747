// Elixir 1.14 still reads the deprecated hex escapes `\x{H*}` and `\xH` (one digit) as code points,
// and says so on stderr as it unescapes the text (a bare line, no location): strings, charlists and
// quoted atoms as the file is tokenized; the lowercase sigils ~s ~c ~w when they are expanded
// (their quoted form keeps the raw text). ~r keeps hex escapes for the regex, ~S ~C ~W are raw.
import type { Ast } from "../../lang/ast.ts";
import type { Warning } from "./warning.ts";
import { astKids } from "../ast_walk.ts";

const BRACES = "\\x{H*} inside strings/sigils/chars is deprecated, please use \\xHH (byte) or \\uHHHH (code point) instead";
const SINGLE = "\\xH inside strings/sigils/chars is deprecated, please use \\xHH (byte) or \\uHHHH (code point) instead";
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/** the deprecation messages for the escapes in raw (unescaped) text, in order */
export function deprecatedEscapes(raw: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== "\\") continue;
    if (raw[i + 1] === "x") {
      if (raw[i + 2] === "{" && /^\{[0-9a-fA-F]{1,6}\}/.test(raw.slice(i + 2, i + 10))) out.push(BRACES);
      else if (isHex(raw[i + 2]) && !isHex(raw[i + 3])) out.push(SINGLE);
    }
    i++; // the escaped character is never the start of another escape
  }
  return out;
}

export function bareWarnings(messages: string[], file: string): Warning[] {
  return messages.map((message) => ({ message, file, line: undefined, bare: true }));
}

const UNESCAPED_SIGILS = new Set(["sigil_s", "sigil_c", "sigil_w"]);

/** the warnings of the lowercase sigils in `a` as Elixir expands them (source order); nested
 *  modules and quoted code are left out (expanded elsewhere, or not at all). On a work list: code
 *  nests 5,000 deep in a def, deeper than the JS stack left to a warning pass reaches */
export function sigilEscapeWarnings(root: Ast, file: string, out: Warning[] = []): Warning[] {
  // (a string that is a sigil's own text, told in its turn after the interpolations before it)
  const todo: { a: Ast; text?: true }[] = [{ a: root }];
  const later = (kids: readonly Ast[], text?: true) => {
    for (let i = kids.length - 1; i >= 0; i--) todo.push(text && kids[i].t === "str" ? { a: kids[i], text } : { a: kids[i] });
  };
  while (todo.length > 0) {
    const { a, text } = todo.pop()!;
    if (text && a.t === "str") out.push(...bareWarnings(deprecatedEscapes(a.v), file));
    else if (a.t === "list" || a.t === "tuple") later(a.items);
    else if (a.t !== "call" || a.name === "quote" || a.name === "defmodule") continue;
    else if (typeof a.name === "string" && UNESCAPED_SIGILS.has(a.name) && a.args?.length === 2) {
      const body = a.args[0];
      later(body.t === "call" && body.name === "<<>>" ? body.args ?? [] : [body], true);
    } else later(astKids(a));
  }
  return out;
}
