// Elixir 1.14 still reads the deprecated hex escapes `\x{H*}` and `\xH` (one digit) as code points,
// and says so on stderr as it unescapes the text (a bare line, no location): strings, charlists and
// quoted atoms as the file is tokenized; the lowercase sigils ~s ~c ~w when they are expanded
// (their quoted form keeps the raw text). ~r keeps hex escapes for the regex, ~S ~C ~W are raw.
import type { Ast } from "../../lang/ast.ts";
import type { Warning } from "./warning.ts";

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
 *  modules and quoted code are left out (expanded elsewhere, or not at all) */
export function sigilEscapeWarnings(a: Ast, file: string, out: Warning[] = []): Warning[] {
  if (a.t === "list" || a.t === "tuple") {
    for (const x of a.items) sigilEscapeWarnings(x, file, out);
    return out;
  }
  if (a.t !== "call") return out;
  if (a.name === "quote" || a.name === "defmodule") return out;
  if (typeof a.name === "string" && UNESCAPED_SIGILS.has(a.name) && a.args?.length === 2) {
    const body = a.args[0];
    const parts = body.t === "call" && body.name === "<<>>" ? body.args ?? [] : [body];
    for (const p of parts) {
      if (p.t === "str") out.push(...bareWarnings(deprecatedEscapes(p.v), file));
      else sigilEscapeWarnings(p, file, out);
    }
    return out;
  }
  if (typeof a.name !== "string") sigilEscapeWarnings(a.name, file, out);
  for (const x of a.args ?? []) sigilEscapeWarnings(x, file, out);
  return out;
}
