// Macro.to_string's containers over several lines: lists, maps, structs, tuples and bitstrings one
// element a line (or filled, for tuples), heredocs opening on the line before them, and the
// comments the source had between their elements.
import { Atom, Bin, Cons, Nil, Term, Tuple, atom, listToArray } from "../terms.ts";
import { inspect, inspectAtom } from "../inspect.ts";
import { formatting, argComments, eolInSource, rawText, heredocInSource, blockInfo, openedInSource, bracedInSource, bracketedInSource, type BlockInfo } from "./code_format_state.ts";
import { A_ALIASES, elementExpr, expr, firstKeyword, firstLine, indent, isCall, isKeyword, kwText, layAt, layBeforeComma, listElement, mapKeyText, mapPairs, arrowPairText, padAfterFirst, remembered } from "./macro_to_string.ts";
import { cols, lastLineWidth, rendered, textWidth } from "./macro_to_string_text.ts";
import { kwPairLaid, kwPairLaidBeforeComma } from "./macro_to_string_calls.ts";
import { isParenClauses, parenClauses } from "./macro_to_string_clauses.ts";
import { lay, unionLines } from "./macro_to_string_layout.ts";
import { segmentText } from "./macro_to_string_literals.ts";
import { opName } from "./macro_to_string_operators.ts";
import { currentWidth, nested, printing } from "./macro_to_string_state.ts";
/** `key => value` on its line, else the value under the key, indented (`key =>\n  value`) */
function arrowPairLaid(p: Term, comma = false): string {
  const one = arrowPairText(p);
  // (a pair before another has its comma on the same line)
  if (!(p instanceof Tuple) || p.items.length !== 2 || textWidth(one) + (comma && !one.includes("\n") ? 1 : 0) <= currentWidth()) return one;
  let key = mapKeyText(p.items[0]);
  const v = p.items[1];
  // a list or map key too long for the line on its own (or opened on lines of its own in the
  // source) breaks; the value follows its last line when it fits there
  if (isContainer(p.items[0]) && (key.includes("\n") || cols(key) > currentWidth())) {
    key = layAt("element", p.items[0]);
    const value = nested(lastLineWidth(key) + 4, () => layAt("element", v));
    if (!value.includes("\n") && lastLineWidth(key) + 4 + cols(value) <= currentWidth()) return `${key} => ${value}`;
    const opened = isContainer(v) ? containerLines(v) : undefined;
    if (opened !== undefined && lastLineWidth(key) + 4 + cols(firstLine(opened)) <= currentWidth()) return `${key} => ${opened}`;
    return `${key} =>\n${indent(nested(2, () => layAt("element", v)))}`;
  }
  // (formatting source: a list or map value opened on lines of its own stays after the arrow
  // when `key => [` fits, else goes under the key)
  if (one.includes("\n") && !(isContainer(v) && !key.includes("\n") && cols(firstLine(one)) > currentWidth())) return one;
  // (a list or map value opens on the arrow's line: "next break fits")
  const open = isContainer(v) ? containerLines(v) : undefined;
  if (open !== undefined && cols(`${key} => ${firstLine(open)}`) <= currentWidth()) return `${key} => ${open}`;
  return `${key} =>\n${indent(nested(2, () => layAt("element", v)))}`;
}

/** (formatting source) a tuple opened and closed on lines of its own: one element a line, as a
 *  list (it opens on the line before it, as a list does) */
export function openedTuple(t: Term): boolean {
  return openedInSource(t) && ((t instanceof Tuple && t.items.length === 2) || (isCall(t) && t.items[0] === atom("{}")));
}

export function isContainer(t: Term): boolean {
  // (-> clauses in parentheses are no container: what holds them breaks before them)
  return (t instanceof Cons && !isParenClauses(t)) || openedTuple(t) || (isCall(t) && (t.items[0] === atom("%{}") || t.items[0] === atom("%"))) || isHeredoc(t);
}
/** a heredoc (a string's, a charlist's, a sigil's ~S"""): like a list, it opens on the line before it
 *  ("next break fits") */
export function isHeredoc(t: Term): boolean {
  if (heredocInSource(t)) return true;
  const raw = rawText(t);
  if (raw !== undefined) return raw.startsWith('"""') || raw.startsWith("'''");
  if (!isCall(t) || !(t.items[0] instanceof Atom) || !t.items[0].name.startsWith("sigil_")) return false;
  const delim = (listToArray(t.items[1]) ?? []).find((x) => x instanceof Tuple && x.items[0] === atom("delimiter"));
  return delim instanceof Tuple && delim.items[1] instanceof Bin && ['"""', "'''"].includes(delim.items[1].toString());
}

/** a list or map with one element per line (undefined for other terms); remembered, as what
 *  holds a container may ask for it both laid out whole and opened on its line */
export function containerLines(t: Term): string | undefined {
  return remembered("containerLines", t, () => containerLinesNow(t) ?? "") || undefined;
}
function containerLinesNow(t: Term): string | undefined {
  if (isHeredoc(t)) return expr(t);
  if (isParenClauses(t)) return parenClauses(t);
  if (openedTuple(t)) {
    const items = t instanceof Tuple && t.items.length === 2 ? t.items : listToArray((t as Tuple).items[2])!;
    // (trailing keywords without brackets: a pair a line)
    const last = items[items.length - 1];
    const kw = items.length > 1 && isKeyword(last) && !bracketedInSource(last) ? (listToArray(last) as Tuple[]) : [];
    const plain = kw.length > 0 ? items.slice(0, -1) : items;
    const parts = nested(2, () => [...plain.map((x, i) => (i < items.length - 1 ? layBeforeComma("element", x) : layAt("element", x))), ...kw.map(kwPairLaid)]);
    return `{\n${withComments(t, parts)}\n}`;
  }
  if (t instanceof Cons) {
    const items: Term[] = [];
    let c: Term = t;
    for (; c instanceof Cons; c = c.tail) items.push(c.head);
    if (inspectsAsCharlist(t)) return undefined;
    const kwStart = firstKeyword(items);
    // (an element followed by a comma needs a column for it)
    const parts = nested(2, () => items.map((x, i) => (i >= kwStart && c instanceof Nil ? (i < items.length - 1 ? kwPairLaidBeforeComma : kwPairLaid)(x as Tuple) : c instanceof Nil ? listElement(() => (i < items.length - 1 ? layBeforeComma("element", x, true) : lay(x))) : i < items.length - 1 ? layBeforeComma("element", x) : layAt("element", x))));
    // a tail (improper, or quoted `[a | b]`) goes on its own line: `| tail`
    const last = items[items.length - 1];
    const tail = !(c instanceof Nil) ? c : opName(last) === "|" ? listToArray((last as Tuple).items[2])![1] : undefined;
    if (tail !== undefined && c instanceof Nil) parts[parts.length - 1] = nested(2, () => lay(listToArray((last as Tuple).items[2])![0]));
    if (tail !== undefined) {
      // (a tail of a lower precedence than `|`, `[a | (name :: type)]`, keeps its parentheses)
      const flat = nested(4, () => (["::", "when", "<-", "\\\\"].includes(opName(tail) ?? "") ? `(${lay(tail)})` : lay(tail)));
      const joined = `${parts[parts.length - 1]} | ${flat}`;
      // (formatting source: a line break the source wrote at the tail's `|` is kept)
      const fits = !joined.includes("\n") && cols(joined) <= printing.width - 2 && !(c instanceof Nil && eolInSource(last));
      // (a union as the tail, [a | b | c], breaks at every `|` once it breaks, as a union does)
      const t = !fits && opName(tail) === "|" ? nested(4, () => unionLines(tail)) : flat;
      // (a union's own `| alternative` lines stay under the first `|`)
      const tailLines = opName(tail) === "|" ? rendered(t).split("\n").map((l, i) => (i === 0 || l.startsWith("| ") ? l : "  " + l)).join("\n") : padAfterFirst(t, 2);
      parts[parts.length - 1] = fits ? joined : parts[parts.length - 1] + "\n| " + tailLines;
    }
    // (formatting source: the comments before each element and before the `]`)
    return `[\n${withComments(t, parts)}\n]`;
  }
  if (isCall(t) && t.items[0] === atom("%{}")) {
    const args = listToArray(t.items[2])!;
    if (args.length === 1 && isCall(args[0]) && (args[0] as Tuple).items[0] === atom("|")) {
      // %{\n  map\n  | a: 1,\n    b: 2\n}
      const [m, kv] = listToArray((args[0] as Tuple).items[2])!;
      const pairs = listToArray(kv);
      if (pairs === null || pairs.length === 0) return undefined;
      // (keywords only as the tail, as on one line: `:a => 1, "s" => 2` keeps its arrows)
      const kwAt = firstKeyword(pairs);
      const texts = nested(4, () => pairs.map((p, i) => (i >= kwAt ? kwPairLaid(p as Tuple) : arrowPairLaid(p, i < pairs.length - 1))));
      return `%{\n${indent(nested(2, () => lay(m)))}\n  | ${texts.map((x, i) => (i === 0 ? "" : "    ") + padAfterFirst(x, 4)).join(",\n")}\n}`;
    }
    const kwAt = firstKeyword(args);
    const parts = nested(2, () => args.map((p, i) => (i >= kwAt ? (i < args.length - 1 ? kwPairLaidBeforeComma : kwPairLaid)(p as Tuple) : arrowPairLaid(p, i < args.length - 1))));
    return `%{\n${withComments(t, parts)}\n}`;
  }
  if (isCall(t) && t.items[0] === atom("%")) {
    const [st, m] = listToArray(t.items[2])!;
    const inner = containerLines(m);
    if (inner === undefined) return undefined;
    const name = isCall(st) && (st as Tuple).items[0] === A_ALIASES ? expr(st) : st instanceof Atom ? inspectAtom(st) : expr(st);
    return `%${name}${inner.slice(1)}`;
  }
  return undefined;
}

/** (formatting source) the comments between a call's arguments, when there are some */
export function commentedArgs(t: Term): BlockInfo | undefined {
  const info = argComments(t);
  return info && info.comments.some((cs) => cs.length > 0) ? info : undefined;
}

/** a broken container's parts, indented, one a line, each after the comments the source had
 *  before it (formatting source), and the comments before its closing bracket last */
export function withComments(t: Term | BlockInfo, parts: string[]): string {
  const info = t !== null && typeof t === "object" && "spans" in t ? (t as BlockInfo) : blockInfo(t as Term);
  if (!info || info.spans.length !== parts.length) return parts.map(indent).join(",\n");
  // (a blank line in the source before an element's comments stays; between elements it goes)
  const blankBefore = (i: number) => {
    const cs = info.comments[i];
    if (i === 0 || cs.length === 0) return false;
    for (let l = info.spans[i - 1][1] + 1; l < cs[0].line; l++) if (formatting!.blank(l)) return true;
    return false;
  };
  const before = (i: number) => info.comments[i].map((cm) => cm.text + (cm.blankAfter ? "\n\n" : "\n")).join("");
  const end = info.comments[parts.length].map((cm, k) => (k === 0 && blankBefore(parts.length) ? "\n\n" : "\n") + cm.text).join("");
  return parts.map((p, i) => (blankBefore(i) ? "\n" : "") + indent(before(i) + p)).join(",\n") + indent(end);
}

/** lay out an element with `n` columns following its last line before the next break */
/** a bitstring's segment in a broken `<<...>>`: a plain value too long for the line is laid out in
 *  turn (in its parentheses, `(<<...>>)`, one column further in), `after` the columns that follow
 *  it up to the next break (its comma, or the closing `>>` and what follows that) */
function segmentLaid(x: Term, i: number, last: number, after: number): string {
  const flat = segmentText(x, i, last);
  if ((!flat.includes("\n") && cols(flat) + after <= printing.width) || opName(x) === "<-" || (isCall(x) && x.items[0] === atom("::"))) return flat;
  if (flat.startsWith("(") && !elementExpr(x).startsWith("(")) return `(${padAfterFirst(nested(1, () => followedBy(1 + after, () => layAt("element", x))), 1)})`;
  return followedBy(after, () => layAt("element", x));
}

function followedBy(n: number, f: () => string): string {
  printing.nextAfter = n;
  try {
    return f();
  } finally {
    printing.nextAfter = 0;
  }
}

export function inspectsAsCharlist(t: Term): boolean {
  const items = listToArray(t);
  return items !== null && items.length > 0 && items.every((x) => typeof x === "number") && inspect(t).startsWith("'");
}

/**
 * a tuple too long for its line (or holding a multi-line element): its elements filled into
 * lines after `{`, the next lines indented by one; a multi-line element starts a line
 */
export function brokenTuple(t: Term, after = 0): string | undefined {
  let items: Term[];
  let [open, close] = ["{", "}"];
  if (t instanceof Tuple && t.items.length === 2) items = t.items;
  else if (isCall(t) && t.items[0] === atom("{}")) items = listToArray(t.items[2])!;
  else if (isCall(t) && t.items[0] === atom("<<>>") && !expr(t).startsWith('"')) [items, open, close] = [listToArray(t.items[2])!, "<<", ">>"];
  else return undefined;
  if (items.length === 0) return undefined;
  // continuation lines line up after the opening `{` (or two columns in for `<<`)
  const pad = " ".repeat(open.length);
  // (Macro.to_string brackets a 2-tuple's keywords in a broken list; the formatter keeps the
  // source's choice)
  const kw = open === "{" && items.length > 1 && isKeyword(items[items.length - 1]) && !(printing.brokenListElement && t instanceof Tuple && !formatting);
  // (an element on one line leaves a column for the comma after it; the `}` after the last
  // may pass the width)
  const texts = nested(open.length, () => items.map((x, i) => (kw && i === items.length - 1 ? kwText(listToArray(x) as Tuple[]) : open === "<<" ? segmentLaid(x, i, items.length - 1, i < items.length - 1 ? 1 : close.length + after) : i < items.length - 1 ? followedBy(1, () => layBeforeComma("element", x)) : followedBy(close.length + after, () => layAt("element", x)))));
  // trailing keywords too long for a line of their own: one pair per line
  if (kw && open.length + cols(texts[texts.length - 1]) + cols(close) > printing.width) {
    texts[texts.length - 1] = nested(open.length, () => (listToArray(items[items.length - 1]) as Tuple[]).map(kwPairLaid)).join(",\n");
  }
  let out = open + padAfterFirst(texts[0], pad.length);
  let column = open.length + lastLineWidth(texts[0]);
  for (let i = 1; i < texts.length; i++) {
    const piece = texts[i];
    // (what follows the element up to the next break: the closing `}`, or its comma)
    const closing = i === texts.length - 1 ? close.length + after : 1;
    if (!piece.includes("\n") && column + 2 + cols(piece) + closing <= printing.width) {
      out += ", " + piece;
      column += 2 + cols(piece);
    } else {
      out += ",\n" + pad + padAfterFirst(piece, pad.length);
      column = open.length + lastLineWidth(piece);
    }
  }
  return out + close;
}
