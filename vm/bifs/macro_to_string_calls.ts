// Macro.to_string's layout of a call too long for its line, as Elixir 1.14's formatter does it:
//   a last fn argument opens on the call's line  f(a, fn x ->\n  body\nend)  (fn\n clauses\nend
//   for several clauses); a last list or map opens there too, one element per line; trailing
//   keywords go one per line after `f(a,`; otherwise every argument gets its own line between
//   `f(` and `)`, each laid out again within the narrower width.
import { Atom, Term, Tuple, atom, listToArray } from "../terms.ts";
import { eolInSource, openedInSource } from "./code_format_state.ts";
import { callName, elementExpr, expr, firstLine, holdsDoEnd, indent, isBlockKw, isCall, isKeyword, kwText, layAt, layBeforeComma, noParensExpr, noParensLay, padAfterFirst, remembered } from "./macro_to_string.ts";
import { cols, lastLineWidth } from "./macro_to_string_text.ts";
import { blockText, clausesText, fnHead, isParenClauses } from "./macro_to_string_clauses.ts";
import { containerLines, inspectsAsCharlist, isHeredoc, openedTuple } from "./macro_to_string_containers.ts";
import { keptBreakIn } from "./macro_to_string_kept_breaks.ts";
import { lay, pipelineLines } from "./macro_to_string_layout.ts";
import { argsOnTheirLines, inClause } from "./macro_to_string_lines.ts";
import { guardLines } from "./macro_to_string_guards.ts";
import { opName } from "./macro_to_string_operators.ts";
import { currentWidth, nested, printing } from "./macro_to_string_state.ts";

const DEFINITION_NAMES = new Set(["def", "defp", "defmacro", "defmacrop", "defguard", "defguardp"]);
const A_FN = atom("fn"), A_ARROW = atom("->"), A_MAP = atom("%{}"), A_STRUCT = atom("%");

/** def f(args)\n    when guard,\n    do: body: a definition with a guard and keywords whose head and
 *  guard pass the width puts `when` and the keywords under the head, after the name */
export function definitionWithGuard(name: string, args: Term[], width: number): string | undefined {
  const last = args[args.length - 1];
  if (args.length !== 2 || !isKeyword(last) || !DEFINITION_NAMES.has(name) || opName(args[0]) !== "when") return undefined;
  if (cols(`${name} ${expr(args[0])},`) <= width && !eolInSource(args[0]) && !keptBreakIn(args[0])) return undefined;
  const [head, guard] = listToArray((args[0] as Tuple).items[2])!;
  const pad = " ".repeat(name.length + 1);
  const pairs = nested(pad.length, () => (listToArray(last) as Tuple[]).map(kwPairLaidNoParens));
  // a guard too long for its line (with its ",") is laid out after `when `, as in the do/end form
  const cond = nested(printing.width - width, () => guardLines(guard, pad.length, 1, expr, lay));
  return `${name} ${elementExpr(head)}\n${pad}when ${cond},\n${pairs.map((x) => pad + padAfterFirst(x, pad.length)).join(",\n")}`;
}

/** `name head\n     when guard`: the guard after `when ` under the head, laid out there when it is
 *  too long for its line (its operands' lines two columns further in) */
function guardUnderHead(name: string, guarded: Tuple): string {
  const [head, guard] = listToArray(guarded.items[2])!;
  const pad = name.length + 1;
  const cond = guardLines(guard, pad, 0, (g) => noParensExpr(g, "element"), noParensLay);
  return `${name} ${elementExpr(head)}\n${" ".repeat(pad)}when ${cond}`;
}

/** the call laid out over several lines, or undefined when it is not a call printed `name(args)` */
export function brokenCall(t: Term, width: number, place?: "element" | "left"): string | undefined {
  if (!isCall(t) || opName(t) !== null) return undefined;
  const [h, , a] = t.items;
  let args = listToArray(a);
  if (args === null || args.length === 0 || isBlockKw(args[args.length - 1])) return undefined;
  // a clause on its own: its patterns and body are the arguments of ->(...)
  const lhs = h === atom("->") && args.length === 2 ? listToArray(args[0]) : null;
  if (lhs !== null && lhs.length > 0) {
    // the patterns on one line, then the body
    return inClause(t, () => {
      const body = nested(2, () => layAt("element", args![1]));
      return `->(\n  ${lhs.map(elementExpr).join(", ")},\n${indent(body)}\n)`;
    });
  }
  if (h instanceof Atom && (h.name.startsWith("sigil_") || ["fn", "&", "__block__", "{}", "%{}", "%", "<<>>"].includes(h.name))) return undefined;
  const name = callName(h);
  if (place !== undefined) printing.nextPlace = place;
  const flat = expr(t);
  // a receiver over lines ((if ... end).(1)): the arguments after it stay on its last line
  if (name.includes("\n") && !flat.slice(name.length).includes("\n") && lastLineWidth(flat) <= width) return undefined;
  // arguments from different lines are laid out so already
  if (argsOnTheirLines(args)) return flat;
  // (the arguments of a call without parentheses, as its flat text has them)
  const bare = flat.startsWith(name + " ");
  const init = args.slice(0, -1).map((x) => (bare ? noParensExpr(x, "element") : expr(x)));
  const last = args[args.length - 1];
  // a call without parentheses (assert_raise E, msg, fn -> ... end) opens a last fn on its line
  // (a do/end call among its arguments, in parentheses over lines, breaks them all too)
  // (a sole argument over several lines lines up after the name too)
  const heredocArg = args.length === 1 && flat.includes("\n") && !holdsDoEnd(args[0]);
  // (a keyword's value that is a block of several expressions, `do: (a; b)`, is never on one line:
  // the keywords break, a pair a line)
  // (keywords after other arguments, one with a value over lines: they break from them, a pair a line)
  // (arguments whose first line passes the width, before an fn over lines: they break too)
  const firstLineLong = flat.includes("\n") && flat.indexOf("\n") > width;
  if (flat.startsWith(name + " ") && ((!flat.includes("\n") && (cols(flat) > width || keptBreakIn(t))) || (args.length > 1 && (args.some(holdsDoEnd) || firstLineLong)) || heredocArg || (args.length > 1 && (blockValued(last) || overLinesValued(last))))) {
    const fn = fnLast(last, `${name} ${init.map((x) => x + ", ").join("")}`, width, "");
    if (fn !== undefined) return fn;
    // (a last list or map opens on the call's line: `raise E, %{\n  k: v\n}`, `reraise e, [\n ...\n]`)
    if (args.length > 1 && isOpenable(last) && !isKeyword(last) && !init.some((x) => x.includes("\n"))) {
      const prefix = `${name} ${init.map((x) => x + ", ").join("")}`;
      const open = containerLines(last);
      if (open !== undefined && cols((prefix + firstLine(open))) <= width) return prefix + open;
    }
    if (args.length < 2) {
      // (formatting source: a sole list, map or tuple opened on lines of its own opens on the
      // name's line: defstruct [\n  :a\n])
      if (openedInSource(last)) return flat;
      // defstruct [\n  :a,\n  ...\n]: a sole list, map or tuple too long opens on the name's line
      if (isOpenable(last) && !isKeyword(last)) {
        const open = containerLines(last);
        if (open !== undefined) return `${name} ${open}`;
      }
      // assert a ==\n         b: the sole argument laid out after the name
      const pad = " ".repeat(name.length + 1);
      // defguard is_x(a)\n         when guard: a definition without body puts its guard under its head
      if (DEFINITION_NAMES.has(name) && opName(last) === "when" && listToArray((last as Tuple).items[2])!.length === 2) return guardUnderHead(name, last as Tuple);
      // defstruct a: 1,\n          b: 2: keywords without brackets, a pair per line
      if (isKeyword(last)) return `${name} ${nested(pad.length, () => (listToArray(last) as Tuple[]).map(kwPairLaidNoParens)).map((x) => padAfterFirst(x, pad.length)).join(",\n" + pad)}`;
      const laid = nested(pad.length, () => lay(last));
      return laid.includes("\n") ? `${name} ${padAfterFirst(laid, pad.length)}` : undefined;
    }
    // `use Mod,\n  key: v,\n  ...`; other arguments line up after the name: `raise E,\n      msg`
    // def f(args)\n    when guard,\n    do: body: a definition whose head and guard pass the width
    // puts `when` and the keywords under the head, after the name
    const guarded = definitionWithGuard(name, args, width);
    if (guarded !== undefined) return guarded;
    // (a generator, `x <- list`, among the arguments lines the keywords up after the name, as for
    // and with do; without one, `for <<c <- s>>,\n  into: ""`, they are indented by two)
    if (isKeyword(last) && init.length === 1 && !args.some((x) => opName(x) === "<-")) {
      const under = keywordsUnderFirst(name, args, width);
      if (under !== undefined) return under;
      const pairs = nested(2, () => (listToArray(last) as Tuple[]).map(kwPairLaidNoParens));
      return `${name} ${init[0]},\n${pairs.map(indent).join(",\n")}`;
    }
    const pad = " ".repeat(name.length + 1);
    // (for/with: the options too, a pair per line)
    const rest = nested(pad.length, () => args.slice(1).flatMap((x, i) => (i === args.length - 2 && isKeyword(x) ? (listToArray(x) as Tuple[]).map(kwPairLaidNoParens) : [noParensLay(x)])));
    // (a first argument too long for its line with its comma, or holding a do/end call, is laid
    // out after the name: `pattern <-\n  call(...)`, `pattern <-\n  (case ...)`)
    const first = init[0].includes("\n") || pad.length + cols(init[0]) + 1 > width || keptBreakIn(args[0]) ? padAfterFirst(nested(pad.length, () => noParensLay(args[0])), pad.length) : init[0];
    return `${name} ${first},\n${rest.map((x) => pad + padAfterFirst(x, pad.length)).join(",\n")}`;
  }
  if (!flat.startsWith(name + "(")) return undefined;
  // behind a last list, map, keywords or fn ("next break fits") the closing parenthesis may pass
  // the width
  // (not for keywords before a comma: `f(k: v),` past the width breaks, `f(a, [b]),` does not)
  // (nor for keywords after a generator: `for(x <- l, do: [...])` past the width breaks)
  const generator = args.some((x) => opName(x) === "<-");
  // (and behind a last list or map, a comma after the call too: `f(a, [b]),` may end at column 100)
  const slack = isOpenable(last) ? (printing.commaAfter === t ? 2 : 1) : (isKeyword(last) && printing.commaAfter !== t && !generator) || (isCall(last) && last.items[0] === A_FN) ? 1 : 0;
  if (cols(flat) <= width + slack && !flat.includes("\n") && !keptBreakIn(t)) return undefined;
  const prefix = `${name}(${init.map((x) => x + ", ").join("")}`;
  if (!init.some((x) => x.includes("\n"))) {
    const fn = fnLast(last, prefix, width);
    if (fn !== undefined) return fn;
    // (not with a generator among the arguments: for(x <- l, do: x) puts each on its own line)
    if (isKeyword(last) && init.length > 0 && cols(prefix.trimEnd()) <= width && !args.some((x) => opName(x) === "<-")) {
      const pairs = nested(2, () => (listToArray(last) as Tuple[]).map(kwPairLaid));
      return `${prefix.trimEnd()}\n${pairs.map(indent).join(",\n")}\n)`;
    }
    if (isOpenable(last)) {
      const open = containerLines(last);
      if (open !== undefined && cols((prefix + firstLine(open))) <= width) return `${prefix}${open})`;
    }
  }
  // keywords as the last argument stay without brackets, one pair per line
  // (an argument followed by a comma needs a column for it)
  // (a sole pipeline argument breaks with the parentheses: it has no group of its own; among
  // others it is one argument, on one line when it fits)
  const lines = nested(2, () => args.flatMap((x, i) => (i === args.length - 1 && isKeyword(x) ? kwPairsLaid(listToArray(x) as Tuple[]) : opName(x) === "|>" && args.length === 1 ? [pipelineLines(x)] : [i < args.length - 1 ? layBeforeComma("element", x) : layAt(args.length === 1 ? "sole" : "element", x)])));
  return `${name}(\n${lines.map(indent).join(",\n")}\n)`;
}

/** `name first, k: v` without parentheses whose first argument is too long for the line with its
 *  comma: the argument laid out after the name, the keywords lined up under it
 *  (`if a and\n     b,\n   do: x`); undefined when it fits */
export function keywordsUnderFirst(name: string, args: Term[], width: number): string | undefined {
  const [first, last] = args;
  const flat = noParensExpr(first, "element");
  // (a do/end call in parentheses, `if (case ... end),`, is over lines after the name too)
  const doEnd = holdsDoEnd(first);
  if (args.length !== 2 || !isKeyword(last) || (!doEnd && (flat.includes("\n") || cols(`${name} ${flat},`) <= width))) return undefined;
  const pad = " ".repeat(name.length + 1);
  const laid = nested(pad.length, () => (doEnd ? noParensLay(first) : layBeforeComma("element", first)));
  const pairs = nested(pad.length, () => (listToArray(last) as Tuple[]).map(kwPairLaidNoParens));
  return `${name} ${padAfterFirst(laid, pad.length)},\n${pairs.map((x) => pad + padAfterFirst(x, pad.length)).join(",\n")}`;
}

/** keywords with a value that is a block of several expressions (`do: (a; b)`) */
function blockValued(t: Term): boolean {
  if (!isKeyword(t)) return false;
  return (listToArray(t) as Tuple[]).some((p) => {
    const v = p.items[1];
    return isCall(v) && v.items[0] === atom("__block__") && (listToArray(v.items[2])?.length ?? 0) > 1;
  });
}

/** keywords with a value over several lines (`do: Enum.map(list, fn\n ... end)`, even an fn or a
 *  map opened on its own lines) */
function overLinesValued(t: Term): boolean {
  return isKeyword(t) && (listToArray(t) as Tuple[]).some((p) => expr(p.items[1]).includes("\n"));
}

/** kwPairLaid() of a keyword argument of a call without parentheses (a do/end value in parentheses) */
export function kwPairLaidNoParens(p: Tuple): string {
  return pairLaid(p, true);
}
/** `key: value` on its line, else with the value laid out under the key (a list or map opens on it) */
export function kwPairLaid(p: Tuple): string {
  return pairLaid(p, false);
}
/** kwPairLaid() of a pair a comma follows (another pair after it in a list or map): on one line,
 *  it must leave a column for the comma */
export function kwPairLaidBeforeComma(p: Tuple): string {
  return pairLaid(p, false, true);
}
/** a call's or container's last keyword pairs, one a line: each but the last a comma follows */
export function kwPairsLaid(pairs: Tuple[]): string[] {
  return pairs.map((p, k) => (k < pairs.length - 1 ? kwPairLaidBeforeComma(p) : kwPairLaid(p)));
}
function pairLaid(p: Tuple, noParens: boolean, comma = false): string {
  const one = kwText([p], noParens);
  if (!one.includes("\n") && cols(one) + (comma ? 1 : 0) <= currentWidth() && !keptBreakIn(p.items[1])) return one;
  const key = one.slice(0, one.length - (noParens ? noParensExpr(p.items[1], "element") : elementExpr(p.items[1])).length - 1);
  // an fn opens on the key's line ("next break fits"): `key: fn x ->\n  body\nend`, `key: fn\n  :a -> 1\nend`
  const v = p.items[1];
  // (the key's columns count: an fn that fits alone but not after the key breaks after its head)
  if (isCall(v) && v.items[0] === A_FN && (listToArray(v.items[2])?.length ?? 0) > 0) {
    const laid = layAt("element", v);
    if (!laid.includes("\n") && cols(key) + 1 + cols(laid) > currentWidth()) {
      const opened = fnLast(v, `${key} `, currentWidth(), "");
      if (opened !== undefined) return opened;
    }
    return `${key} ${laid}`;
  }
  // (a keyword list as a value is a list that opens on the key's line too)
  // (not when even its first line's first character passes the width; remembered as lay()
  // remembers it: a value nested deep asks for it at every level above)
  const open = (isOpenable(v) || isKeyword(v)) && cols(key) + 2 <= currentWidth() ? containerLines(v) : undefined;
  if (open !== undefined && cols(key) + 1 + cols(firstLine(open)) <= currentWidth()) return `${key} ${open}`;
  return `${key}\n${indent(nested(2, () => (noParens ? noParensLay(p.items[1]) : layAt("element", p.items[1]))))}`;
}

/** a list (not a charlist) or a map: it may open on the line before it */
function isOpenable(t: Term): boolean {
  if (isHeredoc(t) || openedTuple(t)) return true;
  if (isCall(t)) return t.items[0] === A_MAP || t.items[0] === A_STRUCT;
  const items = listToArray(t);
  // (-> clauses in parentheses are no list that opens there)
  return items !== null && items.length > 0 && !isKeyword(t) && !inspectsAsCharlist(t) && !isParenClauses(t);
}

export function fnLast(last: Term, prefix: string, width: number, close = ")"): string | undefined {
  if (!isCall(last) || last.items[0] !== A_FN) return undefined;
  return fnLastNow(last, prefix, width, close);
}

function fnLastNow(last: Tuple, prefix: string, width: number, close: string): string | undefined {
  const clauses = listToArray(last.items[2]) ?? [];
  if (clauses.length === 0 || !clauses.every((c) => isCall(c) && c.items[0] === A_ARROW && listToArray(c.items[2])?.length === 2)) return undefined;
  // (formatting source: a line break after `fn` keeps its one clause on lines of its own)
  if (clauses.length === 1 && !eolInSource(last)) {
    const [lhs, body] = listToArray((clauses[0] as Tuple).items[2])!;
    const head = inClause(clauses[0], () => fnHead(lhs));
    let first = `${prefix}fn ${head ? head + " " : ""}->`;
    if (cols(first) > width) first = inClause(clauses[0], () => fnHeadUnder(lhs, prefix, width)) ?? "";
    return first !== "" ? `${first}\n${indent(inClause(clauses[0], () => nested(2, () => blockText(body))))}\nend${close}` : undefined;
  }
  return cols((prefix + "fn")) <= width ? `${prefix}fn\n${indent(nested(2, () => clausesText(last.items[2])))}\nend${close}` : undefined;
}

/** `prefix fn a,\n           b ->`: the head of a last fn too long for the call's line, laid out after
 *  `fn ` (a guard under its arguments when only it passes the width), when the call's line
 *  still holds `fn` and the head's first argument; undefined otherwise */
function fnHeadUnder(lhs: Term, prefix: string, width: number): string | undefined {
  const items = listToArray(lhs) ?? [lhs];
  // (`a, b when g` is one `when` of three arguments)
  const guarded = items.length === 1 && isCall(items[0]) && items[0].items[0] === atom("when") ? listToArray((items[0] as Tuple).items[2])! : null;
  const args = guarded ? guarded.slice(0, -1) : items;
  if (args.length === 0) return undefined;
  const texts = args.map((x) => noParensExpr(x, "element"));
  const pad = prefix.length + 3;
  // (the first line holds `fn first,`, or `fn first ->` when it is the only one)
  if (texts.some((x) => x.includes("\n")) || pad + cols(texts[0]) + (args.length > 1 ? 1 : guarded ? 0 : 3) > width) return undefined;
  const flat = texts.join(", ");
  const head = pad + cols(flat) + (guarded ? 0 : 3) <= width ? flat : texts.map((x, i) => (i === 0 ? x : " ".repeat(pad) + padAfterFirst(nested(pad, () => (i < args.length - 1 ? layBeforeComma("element", args[i]) : layAt("element", args[i]))), pad))).join(",\n");
  const guard = guarded ? `\n${" ".repeat(pad)}when ${nested(pad, () => guardLines(guarded[guarded.length - 1], 0, 3, (g) => noParensExpr(g, "element"), noParensLay))}` : "";
  return `${prefix}fn ${head}${guard} ->`;
}
