// Macro.to_string's blocks and clauses: a block's items (with the source's blank lines and
// comments when formatting), `->` clauses of case/fn/receive (and in parentheses), a do/end call's
// head and its do/else/after sections.
import { Atom, Cons, Term, Tuple, atom, listToArray, NIL } from "../terms.ts";
import { formatting, blockInfo, eolInSource, openedInSource, type BlockInfo } from "./code_format_state.ts";
import { A_ARROW, A_BLOCK, DEFINITIONS, argsText, expr, indent, isCall, isKeyword, holdsDoEnd, noParensExpr, noParensLay, padAfterFirst, withoutParens } from "./macro_to_string.ts";
import { cols, lastLineChars, padLines, textWidth } from "./macro_to_string_text.ts";
import { brokenCall, kwPairLaid, kwPairLaidNoParens } from "./macro_to_string_calls.ts";
import { lay } from "./macro_to_string_layout.ts";
import { brokenTuple } from "./macro_to_string_containers.ts";
import { argsOnTheirLines, inClause } from "./macro_to_string_lines.ts";
import { guardLines } from "./macro_to_string_guards.ts";
import { keptBreakIn } from "./macro_to_string_kept_breaks.ts";
import { opName } from "./macro_to_string_operators.ts";
import { currentWidth, nested, printing } from "./macro_to_string_state.ts";

/** is `t` a list of `->` clauses (head arguments and body each) outside a do/end block, written
 *  in parentheses: `(a -> b)`? */
export function isParenClauses(t: Term): boolean {
  const items = t instanceof Cons ? listToArray(t) : null;
  return items !== null && items.length > 0 && items.every((x) => isCall(x) && x.items[0] === A_ARROW && listToArray(x.items[2])?.length === 2 && listToArray(listToArray(x.items[2])![0]) !== null);
}

/**
 * `->` clauses in parentheses (a keyword's value such as for's `reduce:`, an operand, an
 * argument): one clause on its line when it fits, else its body under its head, 3 columns in,
 * the `)` after it; several clauses one a line (or apart, bodies under heads) between `(` and `)`
 * on lines of their own, as Elixir's formatter writes them. undefined: not such clauses.
 */
export function parenClauses(t: Term): string | undefined {
  if (!isParenClauses(t)) return undefined;
  const items = listToArray(t)!;
  if (items.length > 1) return `(\n${indent(nested(2, () => clausesText(t)))}\n)`;
  const c = items[0] as Tuple;
  const [lhs, body] = listToArray(c.items[2])!;
  const head = inClause(c, () => fnHead(lhs));
  const flat = inClause(c, () => `(${head === "" ? "()" : head} -> ${expr(body)})`);
  if (!flat.includes("\n") && cols(flat) <= printing.width) return flat;
  // (a clause of no argument keeps its body's first line beside `() -> `, the rest under it)
  const at = head === "" ? 7 : 3;
  const lines = inClause(c, () => nested(at, () => blockText(body)));
  return head === "" ? `(() -> ${padAfterFirst(lines, at)})` : `(${head} ->\n${padLines(lines, " ".repeat(at), true)})`;
}

/** the head of an fn (or ->) clause: its arguments, and its guard after `when` */
export function fnHead(lhs: Term): string {
  const items = listToArray(lhs) ?? [lhs];
  if (items.length === 1 && isCall(items[0]) && (items[0] as Tuple).items[0] === atom("when")) {
    const parts = listToArray((items[0] as Tuple).items[2])!;
    return `${parts.slice(0, -1).map((x) => noParensExpr(x, "element")).join(", ")} when ${noParensExpr(parts[parts.length - 1], "element")}`;
  }
  // (a clause's arguments are among many: a call without parentheses there takes them)
  return items.map((x) => noParensExpr(x, "element")).join(", ");
}

export function blockText(t: Term): string {
  const blockItems = isCall(t) && t.items[0] === A_BLOCK ? listToArray(t.items[2]) : null;
  // (a lone unquote_splicing keeps its parentheses, as in an expression)
  if (blockItems?.length === 1 && isCall(blockItems[0]) && blockItems[0].items[0] === atom("unquote_splicing")) return expr(t);
  const info = blockInfo(t);
  if (info) return sourceBlockText(t as Tuple, info);
  if (blockItems) {
    const items = blockItems;
    const parts = items.map(lay);
    let out = "";
    parts.forEach((p, i) => {
      // a multi-line expression stands apart, though right under a module attribute (@doc, @spec)
      const apart = i > 0 && !isAttribute(items[i - 1]) && (unfit(parts[i - 1]) || unfit(p));
      if (i > 0) out += apart ? "\n\n" : "\n";
      out += p;
    });
    return out;
  }
  return lay(t);
}

/** a block item the formatter's group around it does not fit: over several lines, or one line
 *  past the width (a call it could not break) */
function unfit(p: string): boolean {
  return p.includes("\n") || cols(p) > printing.width;
}

/**
 * A block of formatted source: the items as blockText lays them out, a blank line where the
 * source had one (squeezed to one) and the comments before each item and before the block's end.
 * The blank line the formatter puts around a multi-line item goes after it, and before it unless
 * comments precede it.
 */
function sourceBlockText(t: Tuple, info: BlockInfo): string {
  const items = listToArray(t.items[2])!;
  const parts = items.map(lay);
  const blank = formatting!.blank;
  const blankBetween = (from: number, to: number) => {
    for (let l = from + 1; l < to; l++) if (blank(l)) return true;
    return false;
  };
  let out = "";
  const commentLines = (cs: typeof info.comments[0], last: boolean) =>
    cs.map((c, i) => c.text + (i < cs.length - 1 || !last ? (c.blankAfter ? "\n\n" : "\n") : "")).join("");
  for (let i = 0; i <= items.length; i++) {
    const cs = info.comments[i];
    if (i === items.length && cs.length === 0) break;
    if (i > 0) {
      const prevEnd = info.spans[i - 1][1];
      const next = cs.length > 0 ? cs[0].line : info.spans[i][0];
      // (a multi-line attribute and a multi-line item with comments between stand apart too)
      // (comments after a heredoc attribute stand apart from it when a blank line follows them,
      // as after any multi-line item; comments before an item
      // belong to its group, which fits up to the first comment's end: only a comment wider
      // than the line makes them stand apart)
      const after = unfit(parts[i - 1]) && (!isAttribute(items[i - 1]) || (endsInHeredoc(parts[i - 1]) && cs.length > 0 && cs[cs.length - 1].blankAfter));
      const before = i < items.length && !isAttribute(items[i - 1]) && (cs.length === 0 ? unfit(parts[i]) : cols(cs[0].text) > printing.width);
      out += blankBetween(prevEnd, next) || after || before ? "\n\n" : "\n";
    }
    out += commentLines(cs, i === items.length);
    if (i < items.length) out += parts[i];
  }
  return out;
}

/** text whose last line closes a heredoc (the formatter forces it over lines, unlike a group
 *  that broke because it did not fit) */
function endsInHeredoc(text: string): boolean {
  return /^\s*(\"\"\"|\'\'\')[a-zA-Z]*$/.test(lastLineChars(text));
}

function isAttribute(t: Term): boolean {
  return isCall(t) && t.items[0] === atom("@");
}

/**
 * `->` clauses (of case, receive, fn, ...): each `head -> body` on its line when all fit, else
 * every body under its head, the clauses apart by a blank line (as the formatter breaks them all)
 */
export function clausesText(t: Term): string {
  const items = listToArray(t);
  if (items === null || items.length === 0 || !items.every((c) => isCall(c) && c.items[0] === A_ARROW)) return blockText(t);
  const info = blockInfo(t);
  const clauses = items.map((c) => {
    const parts = listToArray((c as Tuple).items[2]);
    if (!parts || parts.length !== 2) return { head: expr(c), body: null };
    return { head: inClause(c, () => fnHead(parts[0])), body: parts[1] };
  });
  const compact = clauses.map(({ head, body }, i) => (body === null ? head : `${head} -> ${inClause(items[i], () => expr(body))}`));
  const commentsBefore = (i: number) => (info ? info.comments[i].map((c) => c.text + (c.blankAfter ? "\n\n" : "\n")).join("") : "");
  const end = info && info.comments[items.length].length > 0 ? "\n" + info.comments[items.length].map((c) => c.text).join("\n") : "";
  const guardsOverLines = items.some((c) => {
    const lhs = listToArray((c as Tuple).items[2])?.[0] ?? NIL;
    return guardOverLines(lhs) || headKeptBreak(lhs);
  });
  if (!info?.broken && !guardsOverLines && compact.every((c) => !c.includes("\n") && cols(c) <= printing.width)) return compact.map((c, i) => commentsBefore(i) + c).join("\n") + end;
  return items.map((c, i) => {
    const { head, body } = clauses[i];
    if (body === null) return commentsBefore(i) + head;
    return commentsBefore(i) + inClause(c, () => `${clauseHead(listToArray((c as Tuple).items[2])![0], head)} ->\n${indent(nested(2, () => blockText(body)))}`);
  }).join("\n\n") + end;
}

/** (formatting source) a clause head whose `when` the source wrote next to a line break: the
 *  formatter keeps the guard under the head */
export function guardOverLines(lhs: Term): boolean {
  const items = listToArray(lhs) ?? [lhs];
  return items.length === 1 && opName(items[0]) === "when" && eolInSource(items[0]);
}

/** (formatting source) a clause's sole pattern (or its guard) holding a line break the formatter
 *  keeps (`x ==\n 4 ->`): the head is laid over lines, never on one line with its body */
export function headKeptBreak(lhs: Term): boolean {
  const items = listToArray(lhs) ?? [lhs];
  return items.length === 1 && keptBreakIn(items[0]);
}

/** a clause head too long for its line with its guard (or whose guard the source put on a line of
 *  its own): the guard goes under it, `when ...` */
export function clauseHead(lhs: Term, flat: string, operandPad = 2): string {
  const items = listToArray(lhs) ?? [lhs];
  // (`a, b when g` is one `when` of three arguments)
  if ((cols(`${flat} ->`) > printing.width || keptBreakIn(items[0])) && items.length === 1 && !flat.includes("\n") && !(isCall(items[0]) && items[0].items[0] === atom("when"))) {
    // a sole pattern too long with its ` ->` is laid out as any expression (`{:ok,\n {...}} ->`)
    // (a tuple breaks between its elements, the last line's ` ->` passing the width if it must)
    // (a binary operator's right operand goes 2 columns further: the clause nests its head, then
    // the operator its operand, `a ==\n      b ->`; an fn's head is nested by `fn ` instead)
    const binary = isCall(items[0]) && opName(items[0]) !== null && listToArray(items[0].items[2])?.length === 2;
    const laid = brokenTuple(items[0]) ?? (binary ? padAfterFirst(nested(3 + operandPad, () => lay(items[0])), operandPad) : nested(3, () => lay(items[0])));
    return laid.includes("\n") ? laid : flat;
  }
  if ((cols(`${flat} ->`) <= printing.width && !guardOverLines(lhs) && !headKeptBreak(lhs)) || items.length !== 1 || !isCall(items[0]) || items[0].items[0] !== atom("when")) return flat;
  const parts = listToArray((items[0] as Tuple).items[2])!;
  const guard = guardLines(parts[parts.length - 1], 0, 0, expr, lay);
  return `${parts.slice(0, -1).map(expr).join(", ")}\nwhen ${guard}`;
}

/** (formatting source) a generator whose list the source opened on lines of its own */
function formattedOpen(t: Term): boolean {
  const right = listToArray((t as Tuple).items[2])?.[1];
  return right !== undefined && formatting !== null && openedInSource(right);
}

function doBlock(head: string, kw: Tuple[]): string {
  let out = `${head} do\n`;
  for (const p of kw) {
    const k = (p.items[0] as Atom).name;
    if (k !== "do") out += `${k}\n`;
    const v = p.items[1];
    // (an empty block leaves no line)
    const body = nested(2, () => clausesText(v));
    if (body !== "") out += indent(body) + "\n";
  }
  return out + "end";
}

/** a call with a do/end block: its head (with or without parentheses), then the block */
export function doBlockCall(h: Term, name: string, args: Term[], parens = false): string {
  const kw = listToArray(args[args.length - 1])! as Tuple[];
  const rest = args.slice(0, -1);
  // (formatting source: a do/end call keeps the parentheses it was written with, or their absence)
  // (a call of what a call returns, `unquote(kind)(head) do`, keeps its parentheses)
  const callOfCall = isCall(h) && h.items[0] !== atom(".");
  const bare = !callOfCall && (!(h instanceof Atom) || (formatting ? !parens : withoutParens(h.name, rest.length + 1)));
  const definition = DEFINITIONS.has(name) && h instanceof Atom;
  const outer = printing.inDefinitionHead;
  printing.inDefinitionHead = definition;
  let head: string;
  try {
    // (a do/end call's sole argument is no call argument: def if a, b do)
    // (without parentheses, its lines after the first line up after the name: so much narrower)
    let restText = nested(bare ? name.length + 1 : 0, () => (rest.length === 1 && !isKeyword(rest[0]) ? (bare ? noParensExpr(rest[0]) : expr(rest[0])) : argsText(rest, bare)));
    // def f(\n      a,\n      b\n    ) do: lines after the name's
    if (bare) restText = padAfterFirst(restText, name.length + 1);
    head = rest.length === 0 ? name : bare ? `${name} ${restText}` : `${name}(${restText})`;
  } finally {
    printing.inDefinitionHead = outer;
  }
  // (a generator whose list holds a forced break, an fn over lines, is laid out as too long)
  const brokenGenerator = head.includes("\n") && opName(rest[0]) === "<-" && !formattedOpen(rest[0]);
  if (bare && rest.length === 1 && (textWidth(head) + 3 > printing.width || keptBreakIn(rest[0]) || brokenGenerator) && !isKeyword(rest[0]) && (!head.includes("\n") || brokenGenerator) && !DEFINITIONS.has(name)) {
    // for x <- [\n      a,\n      b\n    ] do: the argument laid out after the name
    const laid = nested(name.length + 1, () => lay(rest[0]));
    head = `${name} ${padAfterFirst(laid, name.length + 1)}`;
  } else if (bare && rest.length > 1 && (textWidth(head) + 3 > printing.width || argsOnTheirLines(rest) || (head.includes("\n") && rest.some(holdsDoEnd))) && (!isKeyword(rest[rest.length - 1]) || name === "for" || name === "with")) {
    // (one a line after the name, each laid out in turn: `pattern <-\n  call(...)`, for's options
    // a pair a line; the last with " do"; neither its comma nor " do" counts against the width, as
    // the formatter measures each argument's group alone)
    const pad = name.length + 1;
    const last = rest[rest.length - 1];
    const items: (Term | Tuple)[] = isKeyword(last) ? [...rest.slice(0, -1), ...(listToArray(last) as Tuple[])] : rest;
    const pairs = isKeyword(last) ? listToArray(last)!.length : 0;
    const laid = items.map((x, i) => padAfterFirst(nested(pad, () => (i >= items.length - pairs ? kwPairLaidNoParens(x as Tuple) : noParensLay(x))), pad));
    head = `${name} ${laid.join(",\n" + " ".repeat(pad))}`;
  } else if (bare && rest.length === 1 && textWidth(head) + 3 > printing.width && DEFINITIONS.has(name) && isCall(rest[0]) && opName(rest[0]) === null && !head.includes("\n")) {
    // def f(\n      a,\n      b\n    ) do: the head's call laid out after the name (its arguments
    // indented by two more) when the call passes the width (" do" does not count)
    const pad = name.length + 1;
    printing.inDefinitionHead = true;
    try {
      const laid = nested(pad, () => brokenCall(rest[0], currentWidth()));
      if (laid !== undefined) head = `${name} ${padAfterFirst(laid, pad)}`;
    } finally {
      printing.inDefinitionHead = outer;
    }
  } else if (bare && rest.length === 1 && (textWidth(head) + 3 > printing.width || eolInSource(rest[0]) || keptBreakIn(rest[0])) && DEFINITIONS.has(name) && opName(rest[0]) === "when") {
    // def f(args)\n    when guard do
    const [fh, guard] = listToArray((rest[0] as Tuple).items[2])!;
    const pad = name.length + 1;
    printing.inDefinitionHead = true;
    try {
      printing.nextPlace = "element";
      let call = expr(fh);
      // (a call too long for its line breaks as a head without guard does; a guard too long is
      // laid out after `when `, " do" not counted: it may pass the width)
      if (pad + cols(call) > printing.width && isCall(fh) && opName(fh) === null) {
        const laid = nested(pad, () => brokenCall(fh, currentWidth()));
        if (laid !== undefined) call = padAfterFirst(laid, pad);
      }
      const cond = guardLines(guard, pad, 3, expr, lay);
      head = `${name} ${call}\n${" ".repeat(pad)}when ${cond}`;
    } finally {
      printing.inDefinitionHead = outer;
    }
  }
  return doBlock(head, kw);
}
