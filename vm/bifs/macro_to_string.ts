// Macro.to_string/1: quoted code as text, as Elixir 1.14 prints it (its code formatter, without
// line breaking of long lines): operators by precedence with the formatter's extra parentheses,
// keyword tails without brackets, do/end blocks indented by two, string interpolation.
import { Atom, Bin, Cons, Float, Nil, Term, Tuple, atom, isInt, listToArray, NIL_ATOM, TRUE, FALSE } from "../terms.ts";
import { DEFAULT_OPTS, inspect, inspectAtom, inspectAtomKey, inspectBinaryString } from "../inspect.ts";

const STRING_OPTS = { ...DEFAULT_OPTS, printableLimit: Infinity };

type Assoc = "left" | "right";
import { brokenCall, definitionWithGuard, keywordsUnderFirst, kwPairLaid } from "./macro_to_string_calls.ts";
import { formatting, argComments, isDoEndList, rawText, heredocInSource, heredocSegmentsInSource, blockInfo, sourceLine, openedInSource, eolInSource, parensInSource, bracedInSource, bracketedInSource, type BlockInfo } from "./code_format_state.ts";
const BINARY: Record<string, [number, Assoc]> = {
  "**": [230, "left"], "*": [210, "left"], "/": [210, "left"], "+": [200, "left"], "-": [200, "left"],
  "++": [190, "right"], "--": [190, "right"], "+++": [190, "right"], "---": [190, "right"], "..": [190, "right"], "<>": [190, "right"],
  in: [180, "left"], "not in": [180, "left"],
  "^^^": [185, "left"], "|>": [160, "left"], "<<<": [160, "left"], ">>>": [160, "left"], "<<~": [160, "left"], "~>>": [160, "left"], "<~": [160, "left"], "~>": [160, "left"], "<~>": [160, "left"], "<|>": [160, "left"],
  "<": [150, "left"], ">": [150, "left"], "<=": [150, "left"], ">=": [150, "left"],
  "==": [140, "left"], "!=": [140, "left"], "=~": [140, "left"], "===": [140, "left"], "!==": [140, "left"],
  "&&": [130, "left"], "&&&": [130, "left"], and: [130, "left"],
  "||": [120, "left"], "|||": [120, "left"], or: [120, "left"],
  "=": [100, "right"], "=>": [80, "right"], "|": [70, "right"], "::": [60, "right"], when: [50, "right"], "<-": [40, "left"], "\\\\": [40, "left"],
};
const UNARY = new Set(["+", "-", "!", "^", "not", "~~~"]);
const LOGICAL = new Set(["||", "|||", "or", "&&", "&&&", "and"]);
const PARENS_OPERANDS = new Set(["|>", "<<<", ">>>", "<~", "~>", "<<~", "~>>", "<~>", "<|>", "in", "not in", "++", "--", "..", "<>", "+++", "---"]);
const BLOCK_KEYS = ["do", "else", "catch", "rescue", "after"];
/** local calls the code formatter prints without parentheses (its default locals_without_parens;
 * a do/end block counts as an argument: `if a do` is if/2, `case(a, b) do` has parentheses) */
const LOCALS_WITHOUT_PARENS: Record<string, number[]> = {
  case: [2], cond: [1], quote: [1, 2], receive: [1], try: [1], defrecord: [2, 3], defrecordp: [2, 3],
  alias: [1, 2], import: [1, 2], require: [1, 2], def: [1, 2], defp: [1, 2], defmacro: [1, 2], defmacrop: [1, 2],
  defguard: [1], defguardp: [1], defmodule: [2], defdelegate: [2], defexception: [1], defoverridable: [1], defstruct: [1],
  destructure: [2], raise: [1, 2], reraise: [2, 3], if: [2], unless: [2], use: [1, 2],
  assert: [1, 2], assert_in_delta: [3, 4], assert_raise: [2, 3], assert_receive: [1, 2, 3], assert_received: [1, 2],
  doctest: [1, 2], refute: [1, 2], refute_in_delta: [3, 4], refute_receive: [1, 2, 3], refute_received: [1, 2],
  setup: [1, 2], setup_all: [1, 2], test: [1, 2], config: [2, 3], import_config: [1],
};
/** ... and these with any number of arguments */
const ANY_ARITY_WITHOUT_PARENS = new Set(["for", "with"]);
function withoutParens(name: string, arity: number): boolean {
  if (formatting && (formatting.locals.has(`${name}/${arity}`) || formatting.locals.has(`${name}/*`))) return true;
  return ANY_ARITY_WITHOUT_PARENS.has(name) || (LOCALS_WITHOUT_PARENS[name]?.includes(arity) ?? false);
}

/**
 * Where the expression expr() prints next stands, as far as leaving out a call's parentheses
 * goes: an element of a list, tuple, map or binary, or a keyword's value, keeps them (`[raise(a)]`),
 * as does the left operand of an operator when it has several arguments (`raise(a, b) + 1`) and
 * a definition's head before `when` (`def raise(message) when ...`).
 */
let nextPlace: "any" | "element" | "left" | "sole" = "any";
/**
 * The next expr() stands where the formatter writes a do/end call in parentheses: an argument of
 * a call without parentheses (and an operand in it), a clause's head, a call's receiver
 * (`def (if a do ... end) do`, `(if a do ... end) ->`, `(if a do ... end).f()`).
 */
let nextNoParens = false;
export function isDoEndCall(t: Term): boolean {
  if (!isCall(t)) return false;
  const args = listToArray(t.items[2]);
  return args !== null && args.length > 0 && isBlockKw(args[args.length - 1]);
}
/** a do/end call, an operation on one, or keywords with one as a value: printed in parentheses */
export function holdsDoEnd(t: Term): boolean {
  if (isDoEndCall(t)) return true;
  if (opName(t) !== null) return listToArray((t as Tuple).items[2])!.some(holdsDoEnd);
  return isKeyword(t) && (listToArray(t) as Tuple[]).some((p) => isDoEndCall(p.items[1]));
}
/** expr() of a term where a do/end call takes parentheses */
export function noParensExpr(t: Term, place: "any" | "element" | "sole" = "any"): string {
  nextPlace = place;
  nextNoParens = true;
  return expr(t);
}
/** lay() of an argument of a call without parentheses */
export function noParensLay(t: Term): string {
  nextPlace = "element";
  nextNoParens = true;
  return lay(t);
}
/** the lines of a multi-line text after the first moved right by n columns */
export function padAfterFirst(text: string, n: number): string {
  return text.split("\n").join("\n" + " ".repeat(n));
}
/**
 * The next expr() is an element of a list: a 2-tuple there keeps its keyword list's brackets
 * (`[{a, [k: 1]}]`, where a tuple elsewhere writes `{a, k: 1}`).
 */
let nextListElement = false;
/** the tuple being laid out over lines by broken() is a list's element */
let brokenListElement = false;
function listElement<T>(f: () => T): T {
  nextPlace = "element";
  nextListElement = true;
  return f();
}
/** inside a definition's head (def f(x) when ...) */
let inDefinitionHead = false;
export function elementExpr(t: Term): string {
  nextPlace = "element";
  return expr(t);
}
/** layAt() of an element a comma follows: on one line, it must leave a column for the comma */
export function layBeforeComma(place: "element" | "sole", t: Term, inList = false): string {
  const at = () => (inList ? listElement(() => lay(t)) : layAt(place, t));
  const text = at();
  return text.includes("\n") || text.length < width ? text : nested(1, at);
}
/** lay() of an element (of a list, tuple, call with several arguments) or of a sole argument */
export function layAt(place: "element" | "sole", t: Term): string {
  nextPlace = place;
  return lay(t);
}

const DEFINITIONS = new Set(["def", "defp", "defmacro", "defmacrop", "defguard", "defguardp"]);
const A_ALIASES = atom("__aliases__"), A_DOT = atom("."), A_BLOCK = atom("__block__"), A_ARROW = atom("->");

export function isKeyword(t: Term): t is Cons {
  const items = listToArray(t);
  // (formatting source: a list written in brackets stays a list)
  return items !== null && items.length > 0 && items.every((x) => x instanceof Tuple && x.items.length === 2 && x.items[0] instanceof Atom && !bracedInSource(x)) && !bracketedInSource(t);
}
export function isBlockKw(t: Term): boolean {
  if (!isKeyword(t)) return false;
  // (formatting source: a `do:` keyword list stays keywords)
  if (formatting && !isDoEndList(t)) return false;
  const items = listToArray(t)! as Tuple[];
  return items[0].items[0] === atom("do") && items.every((x) => BLOCK_KEYS.includes((x.items[0] as Atom).name));
}
export function indent(s: string): string {
  return s.split("\n").map((l) => (l === "" ? l : "  " + l)).join("\n");
}
export function isCall(t: Term): t is Tuple {
  return t instanceof Tuple && t.items.length === 3 && listToArray(t.items[1]) !== null;
}
export function opName(t: Term): string | null {
  if (!isCall(t)) return null;
  const [h, , a] = t.items;
  const args = listToArray(a);
  if (!(h instanceof Atom) || args === null) return null;
  if (args.length === 2 && BINARY[h.name]) return h.name;
  return null;
}

export function kwText(pairs: Tuple[], noParens = false): string {
  return pairs.map((p) => `${keyText(p.items[0] as Atom)} ${kwValue(p.items[1], noParens)}`).join(", ");
}
/** operator atoms the code formatter writes quoted though inspect/1 does not */
const FORMATTER_QUOTED = new Set(["\\\\", "..//"]);
function keyText(a: Atom): string {
  return FORMATTER_QUOTED.has(a.name) ? `${JSON.stringify(a.name)}:` : inspectAtomKey(a);
}

/** a keyword's value; `->` clauses (for's reduce: body) in parentheses */
function kwValue(v: Term, noParens = false): string {
  const clauses = parenClauses(v);
  if (clauses !== undefined) return clauses;
  return noParens ? noParensExpr(v, "element") : elementExpr(v);
}

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
function parenClauses(t: Term): string | undefined {
  if (!isParenClauses(t)) return undefined;
  const items = listToArray(t)!;
  if (items.length > 1) return `(\n${indent(nested(2, () => clausesText(t)))}\n)`;
  const c = items[0] as Tuple;
  const [lhs, body] = listToArray(c.items[2])!;
  const head = inClause(c, () => fnHead(lhs));
  const flat = inClause(c, () => `(${head === "" ? "()" : head} -> ${expr(body)})`);
  if (!flat.includes("\n") && flat.length <= width) return flat;
  // (a clause of no argument keeps its body's first line beside `() -> `, the rest under it)
  const at = head === "" ? 7 : 3;
  const lines = inClause(c, () => nested(at, () => blockText(body))).split("\n").map((l) => (l === "" ? l : " ".repeat(at) + l));
  return head === "" ? `(() -> ${lines.join("\n").slice(at)})` : `(${head} ->\n${lines.join("\n")})`;
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

function listText(t: Term): string {
  const items: Term[] = [];
  let c: Term = t;
  for (; c instanceof Cons; c = c.tail) items.push(c.head);
  if (!(c instanceof Nil)) return `[${items.map(elementExpr).join(", ")} | ${elementExpr(c)}]`;
  // -> clauses in parentheses (a function type: (a -> b)) are a list of them
  const clauses = parenClauses(t);
  if (clauses !== undefined) return clauses;
  if (items.length > 0 && items.every((x) => typeof x === "number")) {
    const s = inspect(t);
    if (s.startsWith("'")) return s;
  }
  const kwStart = firstKeyword(items);
  const plain = items.slice(0, kwStart).map((x) => listElement(() => expr(x)));
  if (kwStart < items.length) plain.push(kwText(items.slice(kwStart) as Tuple[]));
  return `[${plain.join(", ")}]`;
}
/** index where a keyword tail starts (items.length when none) */
function firstKeyword(items: Term[]): number {
  let i = items.length;
  while (i > 0 && items[i - 1] instanceof Tuple && (items[i - 1] as Tuple).items.length === 2 && (items[i - 1] as Tuple).items[0] instanceof Atom && !bracedInSource(items[i - 1])) i--;
  return i;
}
function argsText(args: Term[], noParens = false): string {
  // a call's sole argument may be a call without parentheses of its own (foo(raise a)), one of
  // several may not (foo(a, raise(b)))
  const arg = (t: Term) => (noParens ? noParensExpr(t, args.length === 1 ? "sole" : "element") : args.length === 1 ? soleArgExpr(t) : elementExpr(t));
  if (args.length > 0 && isKeyword(args[args.length - 1])) {
    const kw = listToArray(args[args.length - 1])! as Tuple[];
    return [...args.slice(0, -1).map(arg), kwText(kw, noParens)].join(", ");
  }
  return args.map(arg).join(", ");
}
function soleArgExpr(t: Term): string {
  nextPlace = "sole";
  return expr(t);
}

export function blockText(t: Term): string {
  const info = blockInfo(t);
  if (info) return sourceBlockText(t as Tuple, info);
  const blockItems = isCall(t) && t.items[0] === A_BLOCK ? listToArray(t.items[2]) : null;
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
  return p.includes("\n") || p.length > width;
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
      // (comments after a multi-line attribute stand apart from it; comments before an item
      // belong to its group, which fits up to the first comment's end: only a comment wider
      // than the line makes them stand apart)
      const after = unfit(parts[i - 1]) && (!isAttribute(items[i - 1]) || cs.length > 0);
      const before = i < items.length && !isAttribute(items[i - 1]) && (cs.length === 0 ? unfit(parts[i]) : cs[0].text.length > width);
      out += blankBetween(prevEnd, next) || after || before ? "\n\n" : "\n";
    }
    out += commentLines(cs, i === items.length);
    if (i < items.length) out += parts[i];
  }
  return out;
}

/** a call of a unary operator (`-x`, `not x`, `&x` but not a capture argument `&1`) */
function isCaptureArg(t: Term): boolean {
  return isCall(t) && t.items[0] === atom("&") && typeof listToArray(t.items[2])?.[0] === "number";
}
function isUnaryCall(t: Term): boolean {
  if (!isCall(t) || !(t.items[0] instanceof Atom)) return false;
  const args = listToArray(t.items[2]);
  if (args?.length !== 1) return false;
  const n = (t.items[0] as Atom).name;
  return UNARY.has(n) || (n === "&" && typeof args[0] !== "number");
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
  if (!info?.broken && compact.every((c) => !c.includes("\n") && c.length <= width)) return compact.map((c, i) => commentsBefore(i) + c).join("\n") + end;
  return items.map((c, i) => {
    const { head, body } = clauses[i];
    if (body === null) return commentsBefore(i) + head;
    return commentsBefore(i) + inClause(c, () => `${clauseHead(listToArray((c as Tuple).items[2])![0], head)} ->\n${indent(nested(2, () => blockText(body)))}`);
  }).join("\n\n") + end;
}

/** a clause head too long for its line with its guard: the guard goes under it, `when ...` */
function clauseHead(lhs: Term, flat: string): string {
  const items = listToArray(lhs) ?? [lhs];
  // (`a, b when g` is one `when` of three arguments)
  if (`${flat} ->`.length <= width || items.length !== 1 || !isCall(items[0]) || items[0].items[0] !== atom("when")) return flat;
  const parts = listToArray((items[0] as Tuple).items[2])!;
  const guard = nested(5, () => lay(parts[parts.length - 1])).split("\n").join("\n     ");
  return `${parts.slice(0, -1).map(expr).join(", ")}\nwhen ${guard}`;
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

export function callName(h: Term): string {
  if (h instanceof Atom) return h.name;
  if (isCall(h) && h.items[0] === A_DOT) {
    const dargs = listToArray(h.items[2])!;
    if (dargs.length === 1) {
      // an anonymous call: a capture, fn or operator in front of .() needs parentheses
      const f = dargs[0];
      // (not an argument's capture: &1.(x))
      const argCapture = isCall(f) && f.items[0] === atom("&") && listToArray(f.items[2])?.length === 1 && isInt(listToArray(f.items[2])![0]);
      const wrap = !argCapture && isCall(f) && f.items[0] instanceof Atom && (["&", "fn"].includes((f.items[0] as Atom).name) || opName(f) !== null);
      // (lines after the first line up inside the parentheses)
      return wrap ? `(${expr(f).split("\n").map((l, i) => (i === 0 || l === "" ? l : " " + l)).join("\n")}).` : `${noParensExpr(f, "element")}.`;
    }
    const [recv, fn] = dargs;
    const fname = fn instanceof Atom ? (/^[a-z_][a-zA-Z0-9_]*[?!]?$/.test(fn.name) || REMOTE_OPERATORS.has(fn.name) ? fn.name : JSON.stringify(fn.name)) : expr(fn);
    return `${recvText(recv)}.${fname}`;
  }
  // a call of what a call returns: f(a)(b)
  return expr(h);
}
/** operators a remote call names without quotes (Kernel.+(1, 2), Kernel.@(x)); `=>`, `..`, `not in` are quoted */
const REMOTE_OPERATORS = new Set([...Object.keys(BINARY), ...UNARY, "@", "&"].filter((x) => !["=>", "..", "not in"].includes(x)));
function recvText(r: Term): string {
  if (r instanceof Atom) return inspectAtom(r);
  const s = noParensExpr(r, "element");
  return isCall(r) && (opName(r) || (r.items[0] instanceof Atom && UNARY.has((r.items[0] as Atom).name) && listToArray(r.items[2])?.length === 1)) ? `(${s})` : s;
}

function operand(t: Term, parent: string, side: "left" | "right", amongArgs = false): string {
  if (amongArgs) nextPlace = "element";
  else if (side === "left") nextPlace = parent === "when" && inDefinitionHead ? "element" : "left";
  const s = expr(t);
  const child = opName(t);
  // a capture (not &1) on the left, or under a left-associative operator binding tighter than
  // & (90): x == (&M.f/2)
  if (child === null && isCall(t) && t.items[0] === atom("&") && typeof listToArray(t.items[2])?.[0] !== "number" && BINARY[parent]) {
    const [pp, passoc] = BINARY[parent];
    if (side === "left" || (passoc === "left" && pp > 90)) return `(${s})`;
  }
  return child !== null && operandNeedsParens(child, parent, side) ? `(${s})` : s;
}

/**
 * The formatter's parentheses around an operation that is an operand: none for one of the
 * parent's precedence on the side a left-associative parent associates to (a chain:
 * `x <<< y >>> z`), or the same right-associative operator on its right; else they are
 * needed when the parent requires them around any operation (`|>`, `in`, `++`, `..`, ...: but
 * not around a range), between two different logical operators, and where precedence or the
 * side asks. `^^^` (deprecated, not in the formatter's operator table) wraps every operation
 * but a range, and itself counts as a precedence between `in` and `++`.
 */
function operandNeedsParens(child: string, parent: string, side: "left" | "right"): boolean {
  if (parent === "^^^") return child !== "..";
  const [pp, passoc] = BINARY[parent];
  const [cp] = BINARY[child];
  if (pp === cp && passoc === side && (passoc === "left" || child === parent)) return false;
  if (PARENS_OPERANDS.has(parent) && child !== "..") return true;
  if (LOGICAL.has(parent) && LOGICAL.has(child) && child !== parent) return true;
  // a pipe into a pipe: x |> (y |> z) is written x |> y |> z
  if (parent === "|>" && child === "|>") return false;
  return pp > cp || (pp === cp && passoc !== side);
}

/**
 * A newline inside a string's text is written as it is, at the start of the next line: the
 * layout (which indents the lines of what it nests) sees it as this character until the end.
 */
const STRING_NEWLINE = "\uFDD0";
const STRING_NEW_LINES = /\uFDD0/g;

/** a string's parts, or an interpolated atom's (`raw` false: escaped as inspect escapes them) */
function interpolation(parts: Term[], raw = true): string | null {
  let out = "";
  for (const p of parts) {
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
  // (the normalizer gives the literals inside the line of the Kernel.to_string `.` node)
  const dot = conv.items[0];
  return isCall(dot) ? withExactLiteralLine(dot.items[1], () => interpolated(inner[0])) : interpolated(inner[0]);
}

/** `#{code}`; an empty interpolation, `#{}`, holds an empty block: nothing between the braces */
function interpolated(code: Term): string {
  const empty = isCall(code) && code.items[0] === A_BLOCK && listToArray(code.items[2])?.length === 0;
  return empty ? "#{}" : "#{" + expr(code) + "}";
}

/** (formatting source) an interpolated heredoc: its text at column 0 between the `"""` lines (the
 *  layout indents it as a plain heredoc's), only backslashes, `#{` and `"""` escaped */
function heredocInterpolation(parts: Term[], segments: string[]): string | null {
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
function charlistInterpolation(parts: Term[] | null): string | null {
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
function numberText(text: string): string {
  const m = /^(-?)(\d{6,})(.*)$/.exec(text);
  return m ? m[1] + m[2].replace(/\B(?=(\d{3})+$)/g, "_") + m[3] : text;
}

/** a binary segment: `x::integer-size(8)`, the spec without spaces and its bare words without () */
/** segment `i` of a bitstring whose last is `last`: a first one starting with `<<` or `~`, or a
 *  last one ending in `>>`, goes in parentheses (<<(<<1>>), 2>>, <<a, (b <- <<1, 2>>)>>); of a
 *  `value::spec` segment only the value or the spec there */
function segmentText(t: Term, i: number, last: number): string {
  const wrapped = (text: string, at: number, end: number) =>
    (at === 0 && (text.startsWith("<<") || text.startsWith("~"))) || (at === end && text.endsWith(">>")) ? `(${text})` : text;
  // a binary generator's pattern (for <<c::utf8 <- s>>) is a segment too
  if (opName(t) === "<-") {
    const [l, r] = listToArray((t as Tuple).items[2])!;
    // (its pattern is a segment of no index: only a value ending in `>>` before its `::` wraps)
    return wrapped(`${segmentText(l, -1, -2)} <- ${operand(r, "<-", "right")}`, i, last);
  }
  const parts = isCall(t) && t.items[0] === atom("::") ? listToArray(t.items[2]) : null;
  if (parts === null || parts.length !== 2) return wrapped(elementExpr(t), i, last);
  return `${wrapped(elementExpr(parts[0]), i, -1)}::${i === last ? wrapped(specText(parts[1]), 0, 0) : specText(parts[1])}`;
}

function specText(t: Term): string {
  if (!isCall(t)) return expr(t);
  const [h, , a] = t.items;
  const args = listToArray(a);
  // (a size times a unit, `_::_*4`, without spaces; after `-` it is parenthesized: `binary-(size(4) * 2)`)
  if (h === atom("-") && args?.length === 2) return `${specText(args[0])}-${opName(args[1]) === "*" ? `(${expr(args[1])})` : specText(args[1])}`;
  if (h === atom("*") && args?.length === 2) return `${specText(args[0])}*${specText(args[1])}`;
  if (h instanceof Atom && (a instanceof Atom || args?.length === 0)) return h.name;
  return expr(t);
}

/**
 * The text of a node depends on the node, where it stands (nextPlace, a definition's head) and
 * the width left; layouts try a node's flat text, then break it, each time asking for the texts
 * of its children again, at every width their ancestors try. Remembered per Macro.to_string
 * call: by width, and a one-line text that fitted its width for any width it still fits (every
 * choice that made it was "this part fits", which still holds), so the work stays near linear in
 * the tree instead of growing exponentially with its depth.
 */
let memo = new WeakMap<object, Map<string, { width: number; text: string }[]>>();
function remembered(kind: string, t: Term, compute: () => string): string {
  if (!(t instanceof Tuple || t instanceof Cons)) return compute();
  const key = `${kind}|${nextPlace}|${nextNoParens}|${nextListElement}|${inDefinitionHead}|${literalLine}`;
  let texts = memo.get(t);
  const seen = texts?.get(key);
  const known = seen?.find((e) => e.width === width || (e.text.length <= e.width && e.text.length <= width && !e.text.includes("\n")));
  if (known !== undefined) {
    nextPlace = "any";
    nextNoParens = false;
    nextListElement = false;
    return known.text;
  }
  const text = compute();
  if (!texts) memo.set(t, (texts = new Map()));
  const entries = texts.get(key);
  if (entries) entries.push({ width, text });
  else texts.set(key, [{ width, text }]);
  return text;
}

export function expr(t: Term): string {
  // (formatting source: a list or tuple opened on lines of its own stays so)
  if (formatting && openedInSource(t)) {
    const laid = remembered("opened", t, () => (t instanceof Cons || openedTuple(t) || (isCall(t) && (t.items[0] === atom("%{}") || t.items[0] === atom("%"))) ? containerLines(t) : brokenTuple(t)) ?? "");
    if (laid !== "") return laid;
  }
  return literalsInside(t, () => remembered("expr", t, () => exprNow(t)));
}

function exprNow(t: Term): string {
  const place = nextPlace;
  nextPlace = "any";
  const noParens = nextNoParens;
  nextNoParens = false;
  const inList = nextListElement;
  nextListElement = false;
  if (typeof t === "number" || typeof t === "bigint" || t instanceof Float) return numberText(inspect(t));
  // (formatting source: strings and charlists as written)
  const raw = rawText(t);
  if (raw !== undefined) return raw;
  if (t instanceof Atom) return FORMATTER_QUOTED.has(t.name) ? `:${JSON.stringify(t.name)}` : inspect(t);
  // a binary is a string literal however unprintable (a bitstring keeps <<...>>)
  if (t instanceof Bin) return t.tailBits === 0 ? inspectBinaryString(t, STRING_OPTS) : inspect(t);
  if (t instanceof Nil || t instanceof Cons) return listText(t);
  if (!(t instanceof Tuple)) return inspect(t);
  // (in a list, Macro.to_string brackets a 2-tuple's keywords; the formatter keeps the source's)
  if (t.items.length === 2) return inList && !formatting ? `{${t.items.map(elementExpr).join(", ")}}` : `{${tupleArgsText(t.items)}}`;
  if (!isCall(t)) return inspect(t);
  const [h, meta, a] = t.items;
  if (h instanceof Atom && a instanceof Atom) return h.name; // a variable
  const args = listToArray(a);
  if (args === null) return inspect(t);
  if (h instanceof Atom) {
    const n = h.name;
    switch (n) {
      case "__aliases__":
        return args.map((x) => (x instanceof Atom ? x.name : expr(x))).join(".");
      case "__block__":
        // (formatting source: a number as written, its token)
        if (args.length === 1 && formatting && kwGet(meta, "token") !== undefined) return String(kwGet(meta, "token"));
        if (args.length === 1) return expr(args[0]);
        return `(\n${indent(nested(2, () => blockText(t)))}\n)`;
      case "{}":
        return `{${tupleArgsText(args)}}`;
      case "%{}": {
        if (args.length === 1 && isCall(args[0]) && (args[0] as Tuple).items[0] === atom("|")) {
          const [m, kv] = listToArray((args[0] as Tuple).items[2])!;
          return `%{${expr(m)} | ${mapPairs(listToArray(kv) ?? [])}}`;
        }
        return `%{${mapPairs(args)}}`;
      }
      case "%": {
        const [s, m] = args;
        const inner = expr(m);
        return `%${isCall(s) && (s as Tuple).items[0] === A_ALIASES ? expr(s) : s instanceof Atom ? inspectAtom(s) : expr(s)}${inner.slice(1)}`;
      }
      case "<<>>": {
        // binaries and interpolations (even binaries alone) are a string
        const interp = args.length > 0 ? (heredocInSource(t) ? heredocInterpolation(args, heredocSegmentsInSource(t)!) : interpolation(args)) : null;
        if (interp !== null) return interp;
        return `<<${args.map((x, i) => segmentText(x, i, args.length - 1)).join(", ")}>>`;
      }
      case "fn": {
        const clauses = args.map((c) => {
          const parts = isCall(c) && c.items[0] === A_ARROW ? listToArray(c.items[2]) : null;
          if (!parts || parts.length !== 2) return { head: expr(c), body: "" };
          const [lhs, body] = parts;
          return inClause(c, () => ({ head: fnHead(lhs), body: blockText(body) }));
        });
        if (clauses.length === 1) {
          // (a head over several lines lines up after `fn `)
          const head = `fn ${clauses[0].head ? padAfterFirst(clauses[0].head, 3) + " " : ""}->`;
          const one = `${head} ${clauses[0].body} end`;
          // (formatting source: a body written on the line after -> stays there)
          if (!one.includes("\n") && one.length <= width && !blockInfo(a)?.broken) return one;
          const parts = listToArray((args[0] as Tuple).items[2]);
          const body = parts?.length === 2 ? inClause(args[0], () => nested(2, () => blockText(parts[1]))) : clauses[0].body;
          return `${head}\n${indent(body)}\nend`;
        }
        return `fn\n${indent(nested(2, () => clausesText(a)))}\nend`;
      }
      case "&":
        if (args.length === 1) {
          const x = args[0];
          if (typeof x === "number") return `&${x}`;
          if (opName(x) === "/") {
            const [f, ar] = listToArray((x as Tuple).items[2])!;
            // (&name/arity names a function: a remote one without arguments, or a local one
            // written as a variable; &(f(&1) / 3) is a division)
            const named = isCall(f) && (f.items[2] instanceof Atom || (listToArray(f.items[2])?.length === 0 && isCall(f.items[0]) && (f.items[0] as Tuple).items[0] === atom(".")));
            if (named) return `&${callName((f as Tuple).items[0])}/${expr(ar)}`;
          }
          const s = expr(x);
          // & &1, & &1.x: a capture of a capture argument keeps them apart
          // ((not x) and (!x) come as a block of one unary operation, as the parser keeps them)
          const one = isCall(x) && x.items[0] === A_BLOCK ? listToArray(x.items[2]) : null;
          const unary = isUnaryCall(x) || (one?.length === 1 && isUnaryCall(one[0]));
          return opName(x) || unary ? `&(${s})` : s.startsWith("&") ? `& ${s}` : `&${s}`;
        }
        break;
      case "@":
        // @(-x), @(a + b): an operation after @ in parentheses
        if (args.length === 1 && (isUnaryCall(args[0]) || opName(args[0]) !== null || isCaptureArg(args[0]))) return `@(${expr(args[0])})`;
        if (args.length === 1 && isCall(args[0]) && (args[0] as Tuple).items[0] === atom("@") && listToArray((args[0] as Tuple).items[2])?.length === 1) return `@${expr(args[0])}`;
        if (args.length === 1 && isCall(args[0]) && (args[0] as Tuple).items[0] instanceof Atom) {
          const [an, , aa] = (args[0] as Tuple).items;
          const av = listToArray(aa);
          if (av === null || av.length === 0) return `@${(an as Atom).name}`;
          const text = argsText(av, true);
          return `@${(an as Atom).name} ${av.some(holdsDoEnd) ? padAfterFirst(text, (an as Atom).name.length + 2) : text}`;
        }
        break;
      case "..":
        if (args.length === 0) return "..";
        break;
      case ".":
        // a dot without its call: Keyword . :keyword?
        if (args.length === 2) return `${expr(args[0])} . ${expr(args[1])}`;
        break;
      case "->": {
        // a clause on its own is a call of ->, its patterns and body the arguments
        const lhs = args.length === 2 ? listToArray(args[0]) : null;
        if (lhs !== null && lhs.length > 0) return withLiteralLine(meta, () => `->(${[...lhs, args[1]].map(elementExpr).join(", ")})`);
        break;
      }
      case "..//":
        if (args.length === 3) return `${operand(args[0], "..", "left")}..${operand(args[1], "..", "right")}//${expr(args[2])}`;
        break;
      case "not in":
        break;
    }
    if (args.length === 2 && BINARY[n]) {
      // (an operation that is a call's argument makes its operands arguments among many: a call
      // without parentheses there takes them, `with a <- if(c, do: x) do`)
      const amongArgs = noParens || place === "element" || place === "sole";
      nextNoParens = noParens;
      const l = operand(args[0], n, "left", amongArgs);
      nextNoParens = noParens;
      // (`when a: term` in a spec: the keywords without brackets)
      const r = n === "when" && isKeyword(args[1]) ? kwText(listToArray(args[1]) as Tuple[]) : operand(args[1], n, "right", amongArgs);
      if (n === "..") return `${l}..${r}`;
      if (n === "when" || n === "<-" || n === "in" || n === "and" || n === "or" || n === "not in" || n === "\\\\") return `${l} ${n} ${r}`;
      return `${l} ${n} ${r}`;
    }
    if (args.length === 1 && UNARY.has(n)) {
      const x = args[0];
      // (the operand of an operation that is an argument is one among many, -if(c, do: x))
      if (noParens || place === "element" || place === "sole") nextPlace = "element";
      const s = expr(x);
      // an operand that is an operation, or another unary operator (`-(-x)`, `not (!x)`; but `!!x`)
      const wrap = opName(x) !== null || (isUnaryCall(x) && !(n === "!" && (x as Tuple).items[0] === atom("!")));
      if (n === "not" && opName(x) === "in") {
        const [l, r] = listToArray((x as Tuple).items[2])!;
        return `${operand(l, "not in", "left")} not in ${operand(r, "not in", "right")}`;
      }
      if (n === "not") return `not ${wrap ? `(${s})` : s}`;
      return `${n}${wrap ? `(${s})` : s}`;
    }
  }
  // a sigil written with its delimiter: ~w(a b)a
  if (h instanceof Atom && /^sigil_[a-zA-Z]$/.test(h.name) && args.length === 2) {
    const sig = sigilText(h.name.slice(6), meta, args[0], args[1]);
    if (sig !== null) return sig;
  }
  // Access.get(x, k) is x[k]
  if (isCall(h) && h.items[0] === A_DOT) {
    const d = listToArray(h.items[2])!;
    // an interpolated atom, :"a#{b}", is quoted as :erlang.binary_to_atom("a#{b}", :utf8)
    if (d.length === 2 && d[0] === atom("erlang") && d[1] === atom("binary_to_atom") && args.length === 2 && args[1] === atom("utf8") && isCall(args[0]) && (args[0] as Tuple).items[0] === atom("<<>>")) {
      const parts = listToArray((args[0] as Tuple).items[2]) ?? [];
      const interp = interpolation(parts, false);
      if (interp !== null && parts.some((x) => !(x instanceof Bin))) return `:${interp}`;
    }
    // an interpolated charlist, 'a#{b}', is quoted as List.to_charlist(["a", Kernel.to_string(b)])
    if (d.length === 2 && d[0] === atom("Elixir.List") && d[1] === atom("to_charlist") && args.length === 1) {
      const text = charlistInterpolation(listToArray(args[0]));
      if (text !== null) return text;
    }
    if (d.length === 2 && d[0] === atom("Elixir.Access") && d[1] === atom("get") && args.length === 2) return `${elementExpr(args[0])}[${expr(args[1])}]`;
    // x.field stays without parentheses; a call of a module's function (Mod.f) has them
    if (d.length === 2 && args.length === 0 && kwHas(meta, "no_parens") && !(d[0] instanceof Atom) && !(isCall(d[0]) && d[0].items[0] === A_ALIASES)) return `${recvText(d[0])}.${(d[1] as Atom).name}`;
  }
  // Kernel.{}(a) is written Kernel.{a}
  if (isCall(h) && h.items[0] === A_DOT && listToArray(h.items[2])?.length === 2 && listToArray(h.items[2])![1] === atom("{}")) {
    return `${recvText(listToArray(h.items[2])![0])}.{${argsText(args)}}`;
  }
  const name = callName(h);
  if (args.length > 0 && isBlockKw(args[args.length - 1])) {
    const text = withLiteralLine(meta, () => doBlockCall(h, name, args, parensInSource(t)));
    return noParens ? `(${padAfterFirst(text, 1)})` : text;
  }
  // (formatting source: a call written with parentheses keeps them)
  const bare = h instanceof Atom && args.length > 0 && withoutParens(h.name, args.length) && place !== "element" && place !== "left" && !parensInSource(t);
  // (formatting source: comments between the arguments put each on a line of its own)
  const commented = bare ? undefined : commentedArgs(t);
  if (commented) {
    const last = args[args.length - 1];
    const kw = isKeyword(last) ? (listToArray(last) as Tuple[]) : null;
    const lines = nested(2, () => [...(kw ? args.slice(0, -1) : args).map((x) => layAt("element", x)), ...(kw ?? []).map(kwPairLaid)]);
    if (lines.length === commented.spans.length) return `${name}(\n${withComments(commented, lines)}\n)`;
  }
  if (argsOnTheirLines(args)) return forcedCall(name, args, bare);
  if (bare) {
    const text = argsText(args, true);
    return `${name} ${args.some(holdsDoEnd) ? padAfterFirst(text, name.length + 1) : text}`;
  }
  return `${name}(${argsText(args)})`;
}

/** a call with a do/end block: its head (with or without parentheses), then the block */
function doBlockCall(h: Term, name: string, args: Term[], parens = false): string {
  const kw = listToArray(args[args.length - 1])! as Tuple[];
  const rest = args.slice(0, -1);
  // (formatting source: a do/end call keeps the parentheses it was written with, or their absence)
  const bare = !(h instanceof Atom) || (formatting ? !parens : withoutParens(h.name, rest.length + 1));
  const definition = DEFINITIONS.has(name) && h instanceof Atom;
  const outer = inDefinitionHead;
  inDefinitionHead = definition;
  let head: string;
  try {
    // (a do/end call's sole argument is no call argument: def if a, b do)
    let restText = rest.length === 1 && !isKeyword(rest[0]) ? (bare ? noParensExpr(rest[0]) : expr(rest[0])) : argsText(rest, bare);
    // def f(\n      a,\n      b\n    ) do: lines after the name's
    if (bare) restText = restText.split("\n").join("\n" + " ".repeat(name.length + 1));
    head = rest.length === 0 ? name : bare ? `${name} ${restText}` : `${name}(${restText})`;
  } finally {
    inDefinitionHead = outer;
  }
  if (bare && rest.length === 1 && `${head} do`.length > width && !isKeyword(rest[0]) && !head.includes("\n") && !DEFINITIONS.has(name)) {
    // for x <- [\n      a,\n      b\n    ] do: the argument laid out after the name
    const laid = nested(name.length + 1, () => lay(rest[0]));
    head = `${name} ${laid.split("\n").join("\n" + " ".repeat(name.length + 1))}`;
  } else if (bare && rest.length > 1 && (`${head} do`.length > width || argsOnTheirLines(rest)) && (!isKeyword(rest[rest.length - 1]) || name === "for" || name === "with")) {
    // (one a line after the name, each laid out in turn: `pattern <-\n  call(...)`, for's options
    // a pair a line; the last with " do")
    const pad = name.length + 1;
    const last = rest[rest.length - 1];
    const items: (Term | Tuple)[] = isKeyword(last) ? [...rest.slice(0, -1), ...(listToArray(last) as Tuple[])] : rest;
    const pairs = isKeyword(last) ? listToArray(last)!.length : 0;
    const laid = items.map((x, i) => padAfterFirst(nested(pad + (i === items.length - 1 ? 3 : 1), () => (i >= items.length - pairs ? kwPairLaid(x as Tuple) : lay(x))), pad));
    head = `${name} ${laid.join(",\n" + " ".repeat(pad))}`;
  } else if (bare && rest.length === 1 && `${head} do`.length > width && DEFINITIONS.has(name) && isCall(rest[0]) && opName(rest[0]) === null && !head.includes("\n")) {
    // def f(\n      a,\n      b\n    ) do: the head's call laid out after the name (its arguments
    // indented by two more) when the call passes the width (" do" does not count)
    const pad = name.length + 1;
    inDefinitionHead = true;
    try {
      const laid = nested(pad, () => brokenCall(rest[0], currentWidth()));
      if (laid !== undefined) head = `${name} ${padAfterFirst(laid, pad)}`;
    } finally {
      inDefinitionHead = outer;
    }
  } else if (bare && rest.length === 1 && (`${head} do`.length > width || eolInSource(rest[0])) && DEFINITIONS.has(name) && opName(rest[0]) === "when") {
    // def f(args)\n    when guard do
    const [fh, guard] = listToArray((rest[0] as Tuple).items[2])!;
    const pad = name.length + 1;
    inDefinitionHead = true;
    try {
      nextPlace = "element";
      let call = expr(fh);
      // (a call too long for its line breaks as a head without guard does; a guard too long is
      // laid out after `when `, " do" not counted: it may pass the width)
      if (pad + call.length > width && isCall(fh) && opName(fh) === null) {
        const laid = nested(pad, () => brokenCall(fh, currentWidth()));
        if (laid !== undefined) call = padAfterFirst(laid, pad);
      }
      let cond = expr(guard);
      if (pad + 5 + cond.length + 3 > width) cond = padAfterFirst(nested(pad + 5, () => lay(guard)), pad + 5);
      head = `${name} ${call}\n${" ".repeat(pad)}when ${cond}`;
    } finally {
      inDefinitionHead = outer;
    }
  }
  return doBlock(head, kw);
}

// ---- arguments that came from different lines -------------------------------------------------
// Elixir 1.14's formatter puts a call's arguments on lines of their own when the line metadata
// says no two of them came from the same line. An argument without a line of its own (a literal,
// a list, a keyword pair) counts as on the line of the innermost do-block call or fn around it;
// at the top it has none and does not count. Trailing keywords count pair by pair.

/** the line literals are taken to be on, inside the do-block call or `->` clause being printed */
let literalLine: number | null = null;
export function withLiteralLine<T>(meta: Term, f: () => T): T {
  const outer = literalLine;
  // (a node without a line of its own leaves its literals on the line around it)
  literalLine = metaLine(meta) ?? outer;
  try {
    return f();
  } finally {
    literalLine = outer;
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
  if (!(t instanceof Tuple) || t.items.length !== 3) return literalLine;
  const [h, meta, a] = t.items;
  if (listToArray(meta) === null) return literalLine;
  const own = metaLine(meta);
  if (own !== null || (h instanceof Atom && a instanceof Atom) || h === A_ALIASES) return own;
  if (h === atom("%{}")) return meta instanceof Nil ? literalLine : null;
  return listToArray(a) !== null ? literalLine : own;
}
/** f() printing t: a map's or bitstring's literals take its line (a map with metadata but no line: none) */
function literalsInside<T>(t: Term, f: () => T): T {
  if (!isCall(t)) return f();
  if (t.items[0] === atom("<<>>")) return withLiteralLine(t.items[1], f);
  if (t.items[0] === atom("%{}") && !(t.items[1] instanceof Nil)) return withExactLiteralLine(t.items[1], f);
  return f();
}
/** f() with the literals on the line of `meta` exactly (an interpolation: its `.` node's, even none) */
export function withExactLiteralLine<T>(meta: Term, f: () => T): T {
  const outer = literalLine;
  literalLine = metaLine(meta);
  try {
    return f();
  } finally {
    literalLine = outer;
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
function forcedCall(name: string, args: Term[], bare: boolean): string {
  const last = args[args.length - 1];
  const kw = isKeyword(last) ? (listToArray(last) as Tuple[]) : null;
  const plain = kw ? args.slice(0, -1) : args;
  const guarded = bare ? definitionWithGuard(name, args, width) : undefined;
  if (guarded !== undefined) return guarded;
  const under = bare && kw && plain.length === 1 ? keywordsUnderFirst(name, args, width) : undefined;
  if (under !== undefined) return under;
  if (bare && kw && plain.length > 0 && !argsOnTheirLines(plain)) {
    // import Mod,\n  only: [...]: the keywords a pair a line, indented by two
    const pairs = nested(2, () => kw.map(kwPairLaid));
    return `${name} ${plain.map((x) => noParensExpr(x, "element")).join(", ")},\n${pairs.map(indent).join(",\n")}`;
  }
  if (bare) {
    const pad = " ".repeat(name.length + 1);
    const texts = nested(pad.length, () => [...plain.map((x) => layAt("element", x)), ...(kw ?? []).map(kwPairLaid)]);
    return `${name} ${texts.map((x, i) => (i === 0 ? x : pad + x).split("\n").join("\n" + (i === 0 ? "" : pad))).join(",\n")}`;
  }
  if (kw && plain.length === 1) {
    const pairs = nested(2, () => kw.map(kwPairLaid));
    return `${name}(${expr(plain[0])},\n${pairs.map(indent).join(",\n")}\n)`;
  }
  const lines = nested(2, () => [...plain.map((x) => layAt("element", x)), ...(kw ?? []).map(kwPairLaid)]);
  return `${name}(\n${lines.map(indent).join(",\n")}\n)`;
}

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

function sigilText(letter: string, meta: Term, content: Term, mods: Term): string | null {
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

function kwGet(meta: Term, key: string): Term | undefined {
  const pair = (listToArray(meta) ?? []).find((x) => x instanceof Tuple && x.items[0] === atom(key));
  return pair ? (pair as Tuple).items[1] : undefined;
}
function kwHas(meta: Term, key: string): boolean {
  return (listToArray(meta) ?? []).some((x) => x instanceof Tuple && x.items[0] === atom(key) && x.items[1] === TRUE);
}

/** `key => value` on its line, else the value under the key, indented (`key =>\n  value`) */
function arrowPairLaid(p: Term): string {
  const one = mapPairs([p]);
  if (!(p instanceof Tuple) || p.items.length !== 2 || one.includes("\n") || one.length <= currentWidth()) return one;
  return `${elementExpr(p.items[0])} =>\n${indent(nested(2, () => layAt("element", p.items[1])))}`;
}

function mapPairs(args: Term[]): string {
  if (args.every((x) => x instanceof Tuple && x.items.length === 2 && x.items[0] instanceof Atom && !bracedInSource(x))) return kwText(args as Tuple[]);
  const kwStart = firstKeyword(args);
  const plain = args.slice(0, kwStart).map((p) => (p instanceof Tuple && p.items.length === 2 ? `${elementExpr(p.items[0])} => ${elementExpr(p.items[1])}` : elementExpr(p)));
  if (kwStart < args.length) plain.push(kwText(args.slice(kwStart) as Tuple[]));
  return plain.join(", ");
}

/** Macro.to_string/1 (a shape this printer does not know is shown as the term itself) */
/** Code.format_string!'s layout of the parsed source (code_format.ts sets what it keeps of it) */
export function formatQuoted(t: Term, lineLength: number): string {
  try {
    width = lineLength;
    memo = new WeakMap();
    return blockText(t).replace(STRING_NEW_LINES, "\n");
  } finally {
    width = LINE_LENGTH;
  }
}

export function macroToString(t: Term): string {
  try {
    width = LINE_LENGTH;
    memo = new WeakMap();
    return blockText(t).replace(STRING_NEW_LINES, "\n");
  } catch {
    return inspect(t);
  } finally {
    width = LINE_LENGTH;
  }
}

/** a tuple's elements; a keyword list as the last of several is written without brackets */
function tupleArgsText(items: Term[]): string {
  if (items.length > 1 && isKeyword(items[items.length - 1])) {
    return [...items.slice(0, -1).map(elementExpr), kwText(listToArray(items[items.length - 1])! as Tuple[])].join(", ");
  }
  return items.map(elementExpr).join(", ");
}

// ---- line breaking ------------------------------------------------------------------------------
// Elixir 1.14 lays Macro.to_string out with its code formatter at 98 columns. Of its rules, these
// apply to an expression too long for one line (its parts themselves stay on one line): a list or
// map puts one element per line; a pipeline puts each |> on its own line; a binary operator keeps
// a trailing list or map open on its line ("next break fits"), else its operands are filled in
// lines with the rest indented by two.
export const LINE_LENGTH = 98;

/** the columns left for the expression being printed: 98 less the indentation around it */
let width = LINE_LENGTH;
export function currentWidth(): number {
  return width;
}
/** run `f` for text indented by `by` more columns */
export function nested<T>(by: number, f: () => T): T {
  width -= by;
  try {
    return f();
  } finally {
    width += by;
  }
}

/** an expression on one line when it fits the width, else laid out over several */
export function lay(t: Term): string {
  return literalsInside(t, () => remembered("lay", t, () => layNow(t)));
}

function layNow(t: Term): string {
  const inList = nextListElement;
  const flat = expr(t);
  // (a call with comments between its arguments is laid out one argument a line by expr)
  if (commentedArgs(t)) return flat;
  if (!flat.includes("\n") && flat.length <= width && !keptBreakIn(t)) return flat;
  const outer = brokenListElement;
  brokenListElement = inList;
  try {
    return broken(t) ?? flat;
  } finally {
    brokenListElement = outer;
  }
}

/** (formatting source) does the code hold an operator whose source line break the formatter
 *  keeps (no group around it then fits on a line)? */
const keptBreaks = new WeakMap<object, boolean>();
function holdsKeptBreak(t: Term): boolean {
  if (!(t instanceof Tuple || t instanceof Cons)) return false;
  const known = keptBreaks.get(t);
  if (known !== undefined) return known;
  let found = false;
  if (t instanceof Cons) {
    for (const x of listToArray(t) ?? []) if (holdsKeptBreak(x)) { found = true; break; }
  } else if (opName(t) === "|>") {
    // (a pipeline is one group: only its last |> decides, then its stages' own contents)
    found = pipelineOverLines(t) || pipelineStages(t).some(holdsKeptBreak);
  } else if (t.items.length === 3 && isCall(t)) {
    // (a definition whose guard the source put on a line of its own keeps `when` there)
    const first = t.items[0] instanceof Atom && DEFINITIONS.has(t.items[0].name) ? listToArray(t.items[2])?.[0] : undefined;
    found = (first !== undefined && opName(first) === "when" && eolInSource(first)) || operatorOverLines(t) || holdsKeptBreak(t.items[0]) || holdsKeptBreak(t.items[2]);
  } else found = t.items.some(holdsKeptBreak);
  keptBreaks.set(t, found);
  return found;
}

/** (formatting source) must the expression break where the source did */
export function keptBreakIn(t: Term): boolean {
  return !!formatting && holdsKeptBreak(t);
}

/** operators whose line break in the source the formatter does not keep */
const BREAK_NOT_KEPT = new Set(["=", "|>", "when", "::", "|", "\\\\", "in", "not in", "..", "..//", "<-", "->", "."]);
/** (formatting source) a binary operator (or one of its chain of the same operator) the source
 *  wrote a line break right before or after: the formatter keeps that break */
function operatorOverLines(t: Term): boolean {
  const op = opName(t);
  // (a type's `::` too: `@spec f(a) ::\n  b`)
  if (op === "::") return eolInSource(t);
  if (op === null || BINARY[op] === undefined || BREAK_NOT_KEPT.has(op)) return false;
  if (eolInSource(t)) return true;
  const [l, r] = listToArray((t as Tuple).items[2])!;
  return (opName(l) === op && operatorOverLines(l)) || (opName(r) === op && operatorOverLines(r));
}

/** (formatting source) a pipeline whose last |> the source wrote next to a line break: kept one
 *  stage a line, whatever holds it (Elixir forces its group apart) */
function pipelineOverLines(t: Term): boolean {
  return opName(t) === "|>" && eolInSource(t);
}
/** a pipeline's first operand and the right side of each |> */
function pipelineStages(t: Term): Term[] {
  const stages: Term[] = [];
  let c: Term = t;
  while (opName(c) === "|>") {
    const [l, r] = listToArray((c as Tuple).items[2])!;
    stages.unshift(r);
    c = l;
  }
  return [c, ...stages];
}

/** (formatting source) a tuple opened and closed on lines of its own: one element a line, as a
 *  list (it opens on the line before it, as a list does) */
export function openedTuple(t: Term): boolean {
  return openedInSource(t) && ((t instanceof Tuple && t.items.length === 2) || (isCall(t) && t.items[0] === atom("{}")));
}

function isContainer(t: Term): boolean {
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

/** a list or map with one element per line (undefined for other terms) */
export function containerLines(t: Term): string | undefined {
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
    const parts = nested(2, () => items.map((x, i) => (i >= kwStart && c instanceof Nil ? kwPairLaid(x as Tuple) : c instanceof Nil ? listElement(() => (i < items.length - 1 ? layBeforeComma("element", x, true) : lay(x))) : i < items.length - 1 ? layBeforeComma("element", x) : layAt("element", x))));
    // a tail (improper, or quoted `[a | b]`) goes on its own line: `| tail`
    const last = items[items.length - 1];
    const tail = !(c instanceof Nil) ? c : opName(last) === "|" ? listToArray((last as Tuple).items[2])![1] : undefined;
    if (tail !== undefined && c instanceof Nil) parts[parts.length - 1] = nested(2, () => lay(listToArray((last as Tuple).items[2])![0]));
    if (tail !== undefined) {
      // (a tail of a lower precedence than `|`, `[a | (name :: type)]`, keeps its parentheses)
      const t = nested(4, () => (["::", "when", "<-", "\\\\"].includes(opName(tail) ?? "") ? `(${lay(tail)})` : lay(tail)));
      const joined = `${parts[parts.length - 1]} | ${t}`;
      // (a union's own `| alternative` lines stay under the first `|`)
      const tailLines = opName(tail) === "|" ? t.split("\n").map((l, i) => (i === 0 || l.startsWith("| ") ? l : "  " + l)).join("\n") : t.split("\n").join("\n  ");
      parts[parts.length - 1] = !joined.includes("\n") && joined.length <= width - 2 ? joined : parts[parts.length - 1] + "\n| " + tailLines;
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
      const texts = nested(4, () => pairs.map((p) => (p instanceof Tuple && p.items.length === 2 && p.items[0] instanceof Atom && !bracedInSource(p) ? kwPairLaid(p) : mapPairs([p]))));
      return `%{\n${indent(nested(2, () => lay(m)))}\n  | ${texts.map((x, i) => (i === 0 ? x : "    " + x).split("\n").join("\n    ")).join(",\n")}\n}`;
    }
    const parts = nested(2, () => args.map((p) => (p instanceof Tuple && p.items.length === 2 && p.items[0] instanceof Atom && !bracedInSource(p) ? kwPairLaid(p) : arrowPairLaid(p))));
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
function commentedArgs(t: Term): BlockInfo | undefined {
  const info = argComments(t);
  return info && info.comments.some((cs) => cs.length > 0) ? info : undefined;
}

/** a broken container's parts, indented, one a line, each after the comments the source had
 *  before it (formatting source), and the comments before its closing bracket last */
function withComments(t: Term | BlockInfo, parts: string[]): string {
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

export function inspectsAsCharlist(t: Term): boolean {
  const items = listToArray(t);
  return items !== null && items.length > 0 && items.every((x) => typeof x === "number") && inspect(t).startsWith("'");
}

function broken(t: Term): string | undefined {
  const clauses = parenClauses(t);
  if (clauses !== undefined) return clauses;
  if (isContainer(t)) return containerLines(t);
  const call = brokenCall(t, width) ?? brokenTuple(t) ?? brokenPrefixed(t);
  if (call !== undefined) return call;
  const op = opName(t);
  if (op === "::") {
    // Kernel.to_string(\n  "..."\n) :: binary
    const [l, r] = listToArray((t as Tuple).items[2])!;
    const left = operandLaid(l, op, "left");
    if (left.includes("\n")) return `${left} :: ${operand(r, op, "right")}`;
    // a map or struct type stays after `::` and breaks inside (`:: %{` ... `}`), as Elixir's
    // formatter lets the last container fit the line it opens on
    if ((isCall(r) && (r.items[0] === atom("%{}") || r.items[0] === atom("%"))) || (r instanceof Cons && !isParenClauses(r))) {
      const inner = containerLines(r);
      if (inner !== undefined && !left.includes("\n")) return `${left} :: ${inner}`;
    }
    // the type under it, a union one `| alternative` a line when it is still too long
    const right = nested(2, () => {
      const flat = operand(r, op, "right");
      if (flat.includes("\n") || flat.length <= width || opName(r) !== "|") return opName(r) === "|" ? flat : operandLaid(r, op, "right");
      const alternatives: Term[] = [];
      let c: Term = r;
      while (opName(c) === "|") {
        const [a, b] = listToArray((c as Tuple).items[2])!;
        alternatives.push(a);
        c = b;
      }
      alternatives.push(c);
      return alternatives.map((a, i) => (i === 0 ? "" : "| ") + nested(i === 0 ? 0 : 2, () => padAfterFirst(operandLaid(a, "|", "left"), i === 0 ? 0 : 2))).join("\n");
    });
    return `${left} ::\n${indent(right)}`;
  }
  // a spec too long for its line: `when a: term` on a line of its own under it, and its
  // constraints one a line, lined up, when they do not fit there
  if (op === "when" && isKeyword(listToArray((t as Tuple).items[2])![1])) {
    const [l, r] = listToArray((t as Tuple).items[2])!;
    const pairs = listToArray(r) as Tuple[];
    const flat = kwText(pairs);
    if (flat.includes("\n") || flat.length + 5 <= width) return `${lay(l)}\nwhen ${flat}`;
    return `${lay(l)}\nwhen ${nested(5, () => pairs.map((p, i) => padAfterFirst(kwPairLaid(p), 5) + (i < pairs.length - 1 ? "," : "")).join("\n     "))}`;
  }
  // a union too long for its line: one `| alternative` a line under the first
  if (op === "|") return unionLines(t);
  if (op === null || op === "when" || op === "\\\\") return undefined;
  if (op === "|>") return pipelineLines(t);
  return brokenOperation(t, op);
}

/** a type union, `a | b | c`, one alternative a line, each after `| ` but the first */
function unionLines(t: Term): string {
  const alternatives: Term[] = [];
  let c: Term = t;
  while (opName(c) === "|") {
    const [a, b] = listToArray((c as Tuple).items[2])!;
    alternatives.push(a);
    c = b;
  }
  alternatives.push(c);
  return alternatives.map((a, i) => (i === 0 ? operandLaid(a, "|", "left") : "| " + nested(2, () => padAfterFirst(operandLaid(a, "|", "left"), 2)))).join("\n");
}

/** a pipeline one stage a line (it has no group of its own: it breaks with what holds it) */
export function pipelineLines(t: Term): string {
  const [first, ...stages] = pipelineStages(t);
  return [operandLaid(first, "|>", "left"), ...stages.map((x) => "|> " + nested(3, () => operandLaid(x, "|>", "right")))].join("\n");
}

/** a binary operation too long for its line (not a pipeline) */
function brokenOperation(t: Term, op: string): string | undefined {
  const [left, right] = listToArray((t as Tuple).items[2])!;
  if (op === "=") {
    // a pattern too long for its line with ` =` is laid out first, the right side after it
    const pattern = operand(left, op, "left");
    if (!pattern.includes("\n") && pattern.length + 2 > width) {
      const laid = operandLaid(left, op, "left");
      const rest = operand(right, op, "right");
      if (laid.includes("\n")) {
        if (!rest.includes("\n") && lastLine(laid).length + 3 + rest.length <= width) return `${laid} = ${rest}`;
        return `${laid} =\n${indent(nested(2, () => operandLaid(right, op, "right")))}`;
      }
    }
    // (formatting source: a pattern opened on lines of its own, `[\n  a\n] = foo()`: the right
    // side goes after its last line when it fits there)
    if (pattern.includes("\n") && formatting && openedInSource(left)) {
      const rest = operand(right, op, "right");
      if (!rest.includes("\n") && lastLine(pattern).length + 3 + rest.length <= width) return `${pattern} = ${rest}`;
    }
    // `x = [` / `x = %{` / `x = fn ->` open on the line; anything else goes under it
    const head = `${pattern} = `;
    const open = containerLines(right);
    if (isContainer(right) && open !== undefined && (head + open.split("\n")[0]).length <= width) return head + open;
    const fn = isCall(right) && right.items[0] === atom("fn") ? expr(right) : undefined;
    if (fn !== undefined && fn.includes("\n") && (head + fn.split("\n")[0]).length <= width) return head + fn;
    // x =\n  y =\n  call(...): a chained assignment's sides line up
    if (opName(right) === "=") {
      const [l2, r2] = listToArray((right as Tuple).items[2])!;
      const inner = nested(2, () => {
        const flat = expr(right);
        return !flat.includes("\n") && flat.length <= width ? flat : `${operand(l2, op, "left")} =\n${operandLaid(r2, op, "right")}`;
      });
      return `${head.trimEnd()}\n${indent(inner)}`;
    }
    return `${head.trimEnd()}\n${indent(nested(2, () => operandLaid(right, op, "right")))}`;
  }
  // the operands of a chain of the same operator (a + b + c, a <> b <> c), or the two sides
  const operands: Term[] = [];
  // (formatting source) the operators the source wrote next to a line break: the formatter
  // keeps that break (and, in a right-associative chain, every one before it)
  const eol: boolean[] = [];
  const chain = (x: Term): void => {
    if (opName(x) === op) {
      const [l, r] = listToArray((x as Tuple).items[2])!;
      if (BINARY[op][1] === "left") { chain(l); operands.push(r); eol.push(eolInSource(x)); } else { operands.push(l); eol.push(eolInSource(x)); chain(r); }
    } else operands.push(x);
  };
  if (BINARY[op][1] === "left") { chain(left); operands.push(right); eol.push(eolInSource(t)); } else { operands.push(left); eol.push(eolInSource(t)); chain(right); }
  const lastEol = eol.lastIndexOf(true);
  const first = operandLaid(operands[0], op, "left");
  const texts = operands.slice(1).map((x) => nested(2, () => operandLaid(x, op, "right")));
  const last = operands[operands.length - 1];
  const flatHead = [first, ...texts.slice(0, -1)].join(` ${op} `) + ` ${op} `;
  const open = containerLines(last);
  if (lastEol < 0 && isContainer(last) && open !== undefined && !flatHead.includes("\n") && (flatHead + open.split("\n")[0]).length <= width) return flatHead + open;
  if (BINARY[op][1] === "right") {
    // a <> (b <> c): break after each operand until the rest of the chain fits on its line
    let out = first;
    let column = lastLine(first).length;
    for (let i = 0; i < texts.length; i++) {
      const rest = texts.slice(i).join(` ${op} `);
      if (i > lastEol && !rest.includes("\n") && column + op.length + 2 + rest.length <= width) return `${out} ${op} ${rest}`;
      out += ` ${op}\n${indent(texts[i])}`;
      column = 2 + lastLine(texts[i]).length;
    }
    return out;
  }
  // fill: each operand joins the line while it fits, else starts a line indented by two
  let out = first;
  let column = lastLine(first).length;
  for (const [i, piece] of texts.entries()) {
    if (!eol[i] && !piece.includes("\n") && column + op.length + 2 + piece.length <= width) {
      out += ` ${op} ${piece}`;
      column += op.length + 2 + piece.length;
    } else {
      out += ` ${op}\n${indent(piece)}`;
      column = 2 + lastLine(piece).length;
    }
  }
  return out;
}

function lastLine(s: string): string {
  return s.slice(s.lastIndexOf("\n") + 1);
}

/**
 * `!call(...)`, `&call(...)`, `x not in [...]`, `@attr [...]`: the operator or prefix stays in front
 * of its operand laid out in turn (a list or map opening on the line)
 */
function brokenPrefixed(t: Term): string | undefined {
  if (!isCall(t)) return undefined;
  // x[key] too long: the key goes on its own line, x[\n  key\n]
  const h = t.items[0];
  if (isCall(h) && h.items[0] === atom(".") && listToArray(h.items[2])?.[0] === atom("Elixir.Access") && listToArray(h.items[2])?.[1] === atom("get")) {
    const [recv, key] = listToArray(t.items[2])!;
    return `${expr(recv)}[\n${indent(nested(2, () => lay(key)))}\n]`;
  }
  if (!(t.items[0] instanceof Atom)) return undefined;
  const n = (t.items[0] as Atom).name;
  const args = listToArray(t.items[2]);
  if (args?.length !== 1) return undefined;
  const x = args[0];
  if (n === "not" && opName(x) === "in") {
    const [l, r] = listToArray((x as Tuple).items[2])!;
    const head = `${operand(l, "not in", "left")} not in `;
    const open = containerLines(r);
    return isContainer(r) && open !== undefined && (head + open.split("\n")[0]).length <= width ? head + open : undefined;
  }
  if (n === "@" && isCall(x) && (x as Tuple).items[0] instanceof Atom) {
    const av = listToArray((x as Tuple).items[2]);
    if (av?.length !== 1) return undefined;
    const head = `@${((x as Tuple).items[0] as Atom).name} `;
    // @spec f(a) ::\n        result: the operation laid out after the name
    if (opName(av[0]) === "::" || (opName(av[0]) === "when" && isKeyword(listToArray((av[0] as Tuple).items[2])![1]))) {
      const inner = nested(head.length, () => lay(av[0]));
      return inner.includes("\n") ? head + padAfterFirst(inner, head.length) : undefined;
    }
    // keywords written without brackets (`@optional_callbacks a: 1, b: 2`): a pair a line, lined up after the name
    if (isKeyword(av[0]) && !bracketedInSource(av[0])) {
      const pairs = listToArray(av[0]) as Tuple[];
      return head + nested(head.length, () => pairs.map((p) => padAfterFirst(kwPairLaid(p), head.length)).join(",\n" + " ".repeat(head.length)));
    }
    const open = containerLines(av[0]);
    if (isContainer(av[0]) && open !== undefined) return head + open;
    // a tuple or an operation is laid out where it starts, after the name
    const v = av[0];
    const tupleLike = (v instanceof Tuple && v.items.length === 2) || (isCall(v) && v.items[0] === atom("{}"));
    if (!tupleLike && (opName(v) === null || opName(v) === "::" || opName(v) === "when")) return undefined;
    const inner = nested(head.length, () => lay(v));
    return inner.includes("\n") ? head + padAfterFirst(inner, head.length) : undefined;
  }
  // &(&1 in [\n    a,\n    b\n  ]): the operation laid out after `&(`
  if (n === "&" && opName(x) !== null) {
    const inner = nested(3, () => lay(x));
    return inner.includes("\n") ? `&(${padAfterFirst(inner, 2)})` : undefined;
  }
  if ((n === "!" || n === "&" || n === "-" || n === "+") && isCall(x) && opName(x) === null) {
    const inner = nested(n.length, () => brokenCall(x, width));
    return inner === undefined ? undefined : n + inner;
  }
  return undefined;
}

/** an operand laid out in turn, in parentheses where its precedence needs them */
function operandLaid(t: Term, parent: string, side: "left" | "right"): string {
  const flat = operand(t, parent, side);
  return flat.startsWith("(") && !expr(t).startsWith("(") ? flat : lay(t);
}

/**
 * a tuple too long for its line (or holding a multi-line element): its elements filled into
 * lines after `{`, the next lines indented by one; a multi-line element starts a line
 */
function brokenTuple(t: Term): string | undefined {
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
  const kw = open === "{" && items.length > 1 && isKeyword(items[items.length - 1]) && !(brokenListElement && t instanceof Tuple && !formatting);
  const texts = nested(open.length, () => items.map((x, i) => (kw && i === items.length - 1 ? kwText(listToArray(x) as Tuple[]) : open === "<<" ? segmentText(x, i, items.length - 1) : layAt("element", x))));
  // trailing keywords too long for a line of their own: one pair per line
  if (kw && open.length + texts[texts.length - 1].length + close.length > width) {
    texts[texts.length - 1] = nested(open.length, () => (listToArray(items[items.length - 1]) as Tuple[]).map(kwPairLaid)).join(",\n");
  }
  let out = open + texts[0].split("\n").join("\n" + pad);
  let column = open.length + lastLine(texts[0]).length;
  for (let i = 1; i < texts.length; i++) {
    const piece = texts[i];
    // (what follows the element up to the next break: the closing `}`, or its comma)
    const closing = i === texts.length - 1 ? close.length : 1;
    if (!piece.includes("\n") && column + 2 + piece.length + closing <= width) {
      out += ", " + piece;
      column += 2 + piece.length;
    } else {
      out += ",\n" + pad + piece.split("\n").join("\n" + pad);
      column = open.length + lastLine(piece).length;
    }
  }
  return out + close;
}
void NIL_ATOM; void FALSE;
