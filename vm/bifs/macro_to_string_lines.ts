// Macro.to_string's calls whose arguments came from different lines: Elixir 1.14's formatter puts a
// call's arguments on lines of their own when the line metadata says no two of them came from the
// same line. An argument without a line of its own (a literal, a list, a keyword pair) counts as on
// the line of the innermost do-block call or fn around it; at the top it has none and does not
// count. Trailing keywords count pair by pair.
import { cols } from "./macro_to_string_text.ts";
import { Atom, Nil, Term, Tuple, atom, listToArray } from "../terms.ts";
import { formatting, sourceLine } from "./code_format_state.ts";
import { A_ALIASES, expr, indent, isCall, isKeyword, layAt, noParensExpr, padAfterFirst } from "./macro_to_string.ts";
import { definitionWithGuard, keywordsUnderFirst, kwPairsLaid, kwPairLaidNoParens } from "./macro_to_string_calls.ts";
import { literalLineNow, nested, printing } from "./macro_to_string_state.ts";
export function withLiteralLine<T>(meta: Term, f: () => T): T {
  const outer = literalLineNow();
  // (a node without a line of its own leaves its literals on the line around it)
  printing.literalLine = metaLine(meta) ?? outer;
  try {
    return f();
  } finally {
    printing.literalLine = outer;
  }
}
/** f() inside a `->` clause: its literals count as on the clause's line, as the formatter sees them */
export function inClause<T>(clause: Term, f: () => T): T {
  return isCall(clause) ? withLiteralLine(clause.items[1], f) : f();
}
function metaLine(meta: Term): number | null {
  const line = (listToArray(meta) ?? []).find((x) => x instanceof Tuple && x.items.length === 2 && x.items[0] === atom("line"));
  return line instanceof Tuple && typeof line.items[1] === "number" ? line.items[1] : null;
}
/**
 * The line Elixir's normalizer gives an argument: a call's own, else the line around it (it takes
 * it then); a variable or alias keeps its own (none: it does not count); a map written without
 * any metadata takes the line around it; a literal (number, atom, string, list, 2-tuple) the line
 * around it.
 */
function argLine(t: Term): number | null {
  // (formatting source: a literal's own line, an atom's none)
  if (formatting) {
    const own = sourceLine(t);
    if (own !== undefined) return own;
    if (!(t instanceof Tuple) || t.items.length !== 3) return null;
  }
  if (!(t instanceof Tuple) || t.items.length !== 3) return printing.literalLine;
  const [h, meta, a] = t.items;
  if (listToArray(meta) === null) return printing.literalLine;
  const own = metaLine(meta);
  if (own !== null || (h instanceof Atom && a instanceof Atom) || h === A_ALIASES) return own;
  if (h === atom("%{}")) return meta instanceof Nil ? printing.literalLine : null;
  return listToArray(a) !== null ? printing.literalLine : own;
}
/** f() printing t: a map's or bitstring's literals take its line (a map with metadata but no line: none) */
export function literalsInside<T>(t: Term, f: () => T): T {
  if (!isCall(t)) return f();
  if (t.items[0] === atom("<<>>")) return withLiteralLine(t.items[1], f);
  if (t.items[0] === atom("%{}") && !(t.items[1] instanceof Nil)) return withExactLiteralLine(t.items[1], f);
  return f();
}
/** f() with the literals on the line of `meta` exactly (an interpolation: its `.` node's, even none) */
export function withExactLiteralLine<T>(meta: Term, f: () => T): T {
  const outer = literalLineNow();
  printing.literalLine = metaLine(meta);
  try {
    return f();
  } finally {
    printing.literalLine = outer;
  }
}
export function argsOnTheirLines(args: Term[]): boolean {
  const last = args[args.length - 1];
  // before trailing keywords, two or more arguments decide alone
  if (last !== undefined && isKeyword(last) && args.length > 2) return argsOnTheirLines(args.slice(0, -1));
  const spread = last !== undefined && isKeyword(last) ? [...args.slice(0, -1), ...listToArray(last)!] : args;
  if (spread.length < 2) return false;
  // (arguments without any line do not count)
  const lines = spread.map(argLine).filter((x) => x !== null);
  return lines.length >= 2 && new Set(lines).size === lines.length;
}

/** f(\n  a,\n  b\n), f(a,\n  k: v\n) with one argument before keywords, raise a,\n      b */
export function forcedCall(name: string, args: Term[], bare: boolean): string {
  const last = args[args.length - 1];
  const kw = isKeyword(last) ? (listToArray(last) as Tuple[]) : null;
  const plain = kw ? args.slice(0, -1) : args;
  const guarded = bare ? definitionWithGuard(name, args, printing.width) : undefined;
  if (guarded !== undefined) return guarded;
  const under = bare && kw && plain.length === 1 ? keywordsUnderFirst(name, args, printing.width) : undefined;
  if (under !== undefined) return under;
  if (bare && kw && plain.length > 0 && !argsOnTheirLines(plain) && !plain.some(isGenerator)) {
    // import Mod,\n  only: [...]: the keywords a pair a line, indented by two
    const pairs = nested(2, () => kw.map(kwPairLaidNoParens));
    return `${name} ${plain.map((x) => noParensExpr(x, "element")).join(", ")},\n${pairs.map(indent).join(",\n")}`;
  }
  if (bare) {
    const pad = " ".repeat(name.length + 1);
    const texts = nested(pad.length, () => [...plain.map((x) => layAt("element", x)), ...(kw ?? []).map(kwPairLaidNoParens)]);
    // (each one's lines after its first under it, the first's too: `for x <-\n      list,`)
    return `${name} ${texts.map((x, i) => (i === 0 ? "" : pad) + padAfterFirst(x, pad.length)).join(",\n")}`;
  }
  // (not with a generator among the arguments: for(x <- l, do: x) puts each on its own line)
  // (only when `name(first,` fits its line: else every argument goes on a line of its own)
  const first = kw && plain.length === 1 ? expr(plain[0]) : "";
  if (kw && plain.length === 1 && !plain.some(isGenerator) && !first.includes("\n") && cols(name) + cols(first) + 2 <= printing.width) {
    const pairs = nested(2, () => kwPairsLaid(kw));
    return `${name}(${first},\n${pairs.map(indent).join(",\n")}\n)`;
  }
  const lines = nested(2, () => [...plain.map((x) => layAt("element", x)), ...kwPairsLaid(kw ?? [])]);
  return `${name}(\n${lines.map(indent).join(",\n")}\n)`;
}

function isGenerator(t: Term): boolean {
  return isCall(t) && t.items[0] === atom("<-") && listToArray(t.items[2])?.length === 2;
}
