// Macro.to_string's literals: strings and interpolation (heredocs, charlists, interpolated atoms),
// numbers as the formatter groups their digits, bitstring segments and their specs, sigils.
import { Atom, Bin, Term, Tuple, atom, listToArray } from "../terms.ts";
import { inspectBinaryString } from "../inspect.ts";
import { formatting, rawText } from "./code_format_state.ts";
import { A_BLOCK, elementExpr, expr, isCall } from "./macro_to_string.ts";
import { withoutClosingMarks } from "./macro_to_string_text.ts";
import { withExactLiteralLine } from "./macro_to_string_lines.ts";
import { opName, operand } from "./macro_to_string_operators.ts";
/**
 * A newline inside a string's text is written as it is, at the start of the next line: the
 * layout (which indents the lines of what it nests) sees it as this character until the end.
 */
export const STRING_NEWLINE = "\uFDD0";
export const STRING_NEW_LINES = /\uFDD0/g;

/** a string's parts, or an interpolated atom's (`raw` false: escaped as inspect escapes them) */
export function interpolation(parts: Term[], raw = true, segments?: string[]): string | null {
  let out = "";
  // (formatting source: the text as written, escapes kept)
  if (segments !== undefined) {
    let k = 0;
    for (const p of parts) {
      if (p instanceof Bin) continue;
      const code = interpolatedCode(p);
      if (code === null) return null;
      out += (segments[k++] ?? "").replace(/\n/g, STRING_NEWLINE) + code;
    }
    return `"${out}${(segments[k] ?? "").replace(/\n/g, STRING_NEWLINE)}"`;
  }
  for (const p of parts) {
    // (formatting source: a string literal among the parts, <<"a">>, makes them segments)
    if (formatting && rawText(p) !== undefined) return null;
    // (formatting source: the text's escapes as a string literal writes them)
    if (p instanceof Bin && (!raw || formatting)) {
      out += inspectBinaryString(p).slice(1, -1);
      continue;
    }
    if (p instanceof Bin) {
      // the text between interpolations as it is, only its quotes escaped (newlines stay)
      out += p.toString().replace(/"/g, '\\"').replace(/\n/g, STRING_NEWLINE);
      continue;
    }
    const code = interpolatedCode(p);
    if (code === null) return null;
    out += code;
  }
  return `"${out}"`;
}

/** an interpolation's `#{code}`, or null for a part that is none */
function interpolatedCode(p: Term): string | null {
  // {:"::", _, [{{:., _, [Kernel, :to_string]}, _, [x]}, {:binary, _, _}]}
  if (!isCall(p) || p.items[0] !== atom("::")) return null;
  const [conv, ty] = listToArray(p.items[2])!;
  if (!isCall(ty) || ty.items[0] !== atom("binary") || !isCall(conv)) return null;
  const inner = listToArray(conv.items[2]);
  if (!inner || inner.length !== 1) return null;
  // (only Kernel.to_string(x): <<f.(x)::binary>> is a segment)
  const dot = conv.items[0];
  const callee = isCall(dot) && dot.items[0] === atom(".") ? listToArray(dot.items[2]) : null;
  if (callee?.length !== 2 || callee[0] !== atom("Elixir.Kernel") || callee[1] !== atom("to_string")) return null;
  // (the normalizer gives the literals inside the line of the Kernel.to_string `.` node)
  return isCall(dot) ? withExactLiteralLine(dot.items[1], () => interpolated(inner[0])) : interpolated(inner[0]);
}

/** `#{code}`; an empty interpolation, `#{}`, holds an empty block: nothing between the braces */
function interpolated(code: Term): string {
  const empty = isCall(code) && code.items[0] === A_BLOCK && listToArray(code.items[2])?.length === 0;
  return empty ? "#{}" : "#{" + expr(code) + "}";
}

/** (formatting source) an interpolated heredoc: its text at column 0 between the `"""` lines (the
 *  layout indents it as a plain heredoc's), only backslashes, `#{` and `"""` escaped */
export function heredocInterpolation(parts: Term[], segments: string[]): string | null {
  // (the literal text as the source wrote it, escapes kept; the interpolated code laid out)
  let text = "";
  let k = 0;
  for (const p of parts) {
    if (p instanceof Bin) continue;
    const code = interpolatedCode(p);
    if (code === null) return null;
    text += (segments[k++] ?? "") + code;
  }
  text += segments[k] ?? "";
  return '"""\n' + text + (text.endsWith("\n") ? "" : "\n") + '"""';
}

/** the parts of an interpolated charlist (binaries and Kernel.to_string(x) calls), or null */
export function charlistInterpolation(parts: Term[] | null): string | null {
  if (parts === null || parts.length === 0) return null;
  let out = "";
  for (const p of parts) {
    if (p instanceof Bin) {
      out += p.toString().replace(/'/g, "\\'").replace(/\n/g, STRING_NEWLINE);
      continue;
    }
    const conv = isCall(p) && isCall(p.items[0]) ? listToArray((p.items[0] as Tuple).items[2]) : null;
    const inner = isCall(p) ? listToArray(p.items[2]) : null;
    if (conv?.length !== 2 || conv[0] !== atom("Elixir.Kernel") || conv[1] !== atom("to_string") || inner?.length !== 1) return null;
    out += interpolated(inner[0]);
  }
  return `'${out}'`;
}

/** as the formatter writes a number: an integer part of six digits or more in groups of three */
export function numberText(text: string): string {
  const m = /^(-?)(\d{6,})(.*)$/.exec(text);
  return m ? m[1] + m[2].replace(/\B(?=(\d{3})+$)/g, "_") + m[3] : text;
}

/** a binary segment: `x::integer-size(8)`, the spec without spaces and its bare words without () */
/** segment `i` of a bitstring whose last is `last`: a first one starting with `<<` or `~`, or a
 *  last one ending in `>>`, goes in parentheses (<<(<<1>>), 2>>, <<a, (b <- <<1, 2>>)>>); of a
 *  `value::spec` segment only the value or the spec there */
export function segmentText(t: Term, i: number, last: number): string {
  const wrapped = (text: string, at: number, end: number) =>
    (at === 0 && (text.startsWith("<<") || text.startsWith("~"))) || (at === end && withoutClosingMarks(text).endsWith(">>")) ? `(${text})` : text;
  // a binary generator's pattern (for <<c::utf8 <- s>>) is a segment too
  if (opName(t) === "<-") {
    const [l, r] = listToArray((t as Tuple).items[2])!;
    // (its pattern is a segment of no index: only a value ending in `>>` before its `::` wraps)
    return wrapped(`${segmentText(l, -1, -2)} <- ${operand(r, "<-", "right")}`, i, last);
  }
  const parts = isCall(t) && t.items[0] === atom("::") ? listToArray(t.items[2]) : null;
  if (parts === null || parts.length !== 2) return wrapped(elementExpr(t), i, last);
  // (a spec the expansion inferred, <<char>> read back from debug info as char::integer, is not written)
  if (inferredSpec((t as Tuple).items[1])) return wrapped(elementExpr(parts[0]), i, last);
  return `${wrapped(elementExpr(parts[0]), i, -1)}::${i === last ? wrapped(specText(parts[1]), 0, 0) : specText(parts[1])}`;
}

function inferredSpec(meta: Term): boolean {
  return (listToArray(meta) ?? []).some((x) => x instanceof Tuple && x.items.length === 2 && x.items[0] === atom("inferred_bitstring_spec") && x.items[1] === atom("true"));
}

function specText(t: Term): string {
  if (!isCall(t)) return expr(t);
  const [h, , a] = t.items;
  const args = listToArray(a);
  // (a size times a unit, `_::_*4`, without spaces; after `-` it is parenthesized: `binary-(size(4) * 2)`)
  if (h === atom("-") && args?.length === 2) return `${specText(args[0])}-${opName(args[1]) === "*" ? `(${expr(args[1])})` : specText(args[1])}`;
  if (h === atom("*") && args?.length === 2) return `${specText(args[0])}*${specText(args[1])}`;
  // (the formatter writes a bare word that names no type, sign or endianness (nor is _) as a call: x::n() *
  // m(), size(); Macro.to_string leaves it bare)
  if (h instanceof Atom && (a instanceof Atom || args?.length === 0)) return formatting && !BARE_MODIFIERS.has(h.name) && h.name !== "_" ? `${h.name}()` : h.name;
  return expr(t);
}
const BARE_MODIFIERS = new Set(["integer", "float", "bits", "bitstring", "binary", "bytes", "utf8", "utf16", "utf32", "signed", "unsigned", "little", "big", "native"]);

const CLOSING: Record<string, string> = { "(": ")", "[": "]", "{": "}", "<": ">" };

/**
 * ~X<delimiter>content<closing>modifiers: the delimiter the sigil's meta keeps (`"` without one),
 * the content as it is but for the closing delimiter, escaped; a heredoc's on lines of its own
 */
/** the heredoc's delimiter (`"""`, `\'\'\'`) where the text has it unescaped, escaped */
export function escapeDelimiters(text: string, delimiter: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") {
      out += text.slice(i, i + 2);
      i++;
    } else if (text.startsWith(delimiter, i)) {
      out += "\\" + delimiter;
      i += delimiter.length - 1;
    } else out += text[i];
  }
  return out;
}

export function sigilText(letter: string, meta: Term, content: Term, mods: Term): string | null {
  const delim = (listToArray(meta) ?? []).find((x) => x instanceof Tuple && x.items[0] === atom("delimiter"));
  const open = delim instanceof Tuple && delim.items[1] instanceof Bin ? (delim.items[1] as Bin).toString() : '"';
  const heredoc = open === '"""' || open === "'''";
  if (open.length !== 1 && !heredoc) return null;
  const modList = listToArray(mods);
  if (!isCall(content) || content.items[0] !== atom("<<>>") || modList === null || !modList.every((m) => typeof m === "number")) return null;
  let body = "";
  for (const p of listToArray(content.items[2]) ?? []) {
    if (p instanceof Bin) {
      // (a heredoc's lines are lines of the layout: indented with what holds them)
      body += heredoc ? escapeDelimiters(p.toString(), open) : p.toString().split(CLOSING[open] ?? open).join("\\" + (CLOSING[open] ?? open)).replace(/\n/g, STRING_NEWLINE);
      continue;
    }
    const inner = isCall(p) && p.items[0] === atom("::") ? listToArray(p.items[2]) : null;
    const conv = inner && isCall(inner[0]) ? listToArray((inner[0] as Tuple).items[2]) : null;
    if (!conv || conv.length !== 1) return null;
    body += interpolated(conv[0]);
  }
  const modifiers = String.fromCharCode(...(modList as number[]));
  if (heredoc) return `~${letter}${open}\n${body}${open}${modifiers}`;
  return `~${letter}${open}${body}${CLOSING[open] ?? open}${modifiers}`;
}
