// Macro.to_string/1: quoted code as text, as Elixir 1.14 prints it (its code formatter, without
// line breaking of long lines): operators by precedence with the formatter's extra parentheses,
// keyword tails without brackets, do/end blocks indented by two, string interpolation. This file:
// expr() over each kind of node, calls and their arguments, keywords, lists, maps; the entry points.
// Operators, literals, clauses, line breaking and containers each have a macro_to_string_*.ts.
import { Atom, Bin, Cons, Float, Nil, Term, Tuple, atom, isInt, listToArray, TRUE } from "../terms.ts";
import { raise } from "../errors.ts";
import { DEFAULT_OPTS, inspect, inspectAtom, inspectAtomKey, inspectBinaryString } from "../inspect.ts";
import { formatting, isDoEndList, rawText, heredocInSource, heredocSegmentsInSource, stringSegmentsInSource, blockInfo, openedInSource, parensInSource, bracedInSource, bracketedInSource, eolInSource } from "./code_format_state.ts";
import { kwPairLaid } from "./macro_to_string_calls.ts";
import { blockText, clauseHead, clausesText, doBlockCall, fnHead, guardOverLines, headKeptBreak, parenClauses } from "./macro_to_string_clauses.ts";
import { brokenTuple, commentedArgs, containerLines, openedTuple, withComments } from "./macro_to_string_containers.ts";
import { lay } from "./macro_to_string_layout.ts";
import { cols, padLines, render, rendered } from "./macro_to_string_text.ts";
import { argsOnTheirLines, forcedCall, inClause, literalsInside, withLiteralLine } from "./macro_to_string_lines.ts";
import { STRING_NEWLINE, STRING_NEW_LINES, charlistInterpolation, heredocInterpolation, interpolation, numberText, segmentText, sigilText } from "./macro_to_string_literals.ts";
import { BINARY, REMOTE_OPERATORS, UNARY, isCaptureArg, isUnaryCall, opName, operand } from "./macro_to_string_operators.ts";
import { LINE_LENGTH, columnsLeft, literalLineNow, nested, printing } from "./macro_to_string_state.ts";

export const STRING_OPTS = { ...DEFAULT_OPTS, printableLimit: Infinity };

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
export function withoutParens(name: string, arity: number): boolean {
  if (formatting && (formatting.locals.has(`${name}/${arity}`) || formatting.locals.has(`${name}/*`))) return true;
  return ANY_ARITY_WITHOUT_PARENS.has(name) || (LOCALS_WITHOUT_PARENS[name]?.includes(arity) ?? false);
}

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
  printing.nextPlace = place;
  printing.nextNoParens = true;
  return expr(t);
}
/** lay() of an argument of a call without parentheses */
export function noParensLay(t: Term): string {
  printing.nextPlace = "element";
  printing.nextNoParens = true;
  return lay(t);
}
/** the lines of a multi-line text after the first moved right by n columns */
/** (formatting source) an atom or number the formatter put in a block to keep its line,
 *  `{:__block__, [line: n], [:a]}`, is that literal */
function unwrapped(t: Term): Term {
  if (!formatting || !isCall(t) || t.items[0] !== A_BLOCK) return t;
  const one = listToArray(t.items[2]);
  return one !== null && one.length === 1 && !isCall(one[0]) ? one[0] : t;
}
/** the text's first line (without splitting a text of megabytes into all of its lines) */
export function firstLine(text: string): string {
  const nl = text.indexOf("\n");
  return nl < 0 ? text : text.slice(0, nl);
}
export function padAfterFirst(text: string, n: number): string {
  // (an empty line stays empty: the formatter writes no indentation without text after it)
  return n === 0 ? text : padLines(text, " ".repeat(n), false);
}
export function listElement<T>(f: () => T): T {
  printing.nextPlace = "element";
  printing.nextListElement = true;
  return f();
}
export function elementExpr(t: Term): string {
  printing.nextPlace = "element";
  return expr(t);
}
/** layAt() of an element a comma follows: on one line, it must leave a column for the comma */
export function layBeforeComma(place: "element" | "sole", t: Term, inList = false): string {
  const at = () => (inList ? listElement(() => lay(t)) : layAt(place, t));
  const text = at();
  if (text.includes("\n") || cols(text) < printing.width) return text;
  const outer = printing.commaAfter;
  printing.commaAfter = t;
  try {
    return nested(1, at);
  } finally {
    printing.commaAfter = outer;
  }
}
/** lay() of an element (of a list, tuple, call with several arguments) or of a sole argument */
export function layAt(place: "element" | "sole", t: Term): string {
  printing.nextPlace = place;
  return lay(t);
}

export const DEFINITIONS = new Set(["def", "defp", "defmacro", "defmacrop", "defguard", "defguardp"]);
export const A_ALIASES = atom("__aliases__"), A_DOT = atom("."), A_BLOCK = atom("__block__"), A_ARROW = atom("->");

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
  return padLines(s, "  ", true);
}
export function isCall(t: Term): t is Tuple {
  return t instanceof Tuple && t.items.length === 3 && listToArray(t.items[1]) !== null;
}

export function kwText(pairs: Tuple[], noParens = false): string {
  return pairs.map((p) => `${keyText(p.items[0] as Atom)} ${kwValue(p.items[1], noParens)}`).join(", ");
}
/** operator atoms Macro.to_string writes quoted though inspect/1 does not */
export const FORMATTER_QUOTED = new Set(["\\\\", "..//"]);
/** an atom Elixir 1.14 writes quoted: the formatter writes :\\ as the source did (unquoted here,
 *  a quoted source atom keeps its quotes through its token), Macro.to_string quotes it */
function atomQuoted(name: string): boolean {
  return FORMATTER_QUOTED.has(name) && !(formatting && name === "\\\\");
}
function keyText(a: Atom): string {
  return FORMATTER_QUOTED.has(a.name) ? `${JSON.stringify(a.name)}:` : inspectAtomKey(a);
}

/** a keyword's value; `->` clauses (for's reduce: body) in parentheses */
function kwValue(v: Term, noParens = false): string {
  const clauses = parenClauses(v);
  if (clauses !== undefined) return clauses;
  return noParens ? noParensExpr(v, "element") : elementExpr(v);
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
export function firstKeyword(items: Term[]): number {
  let i = items.length;
  while (i > 0 && items[i - 1] instanceof Tuple && (items[i - 1] as Tuple).items.length === 2 && (items[i - 1] as Tuple).items[0] instanceof Atom && !bracedInSource(items[i - 1])) i--;
  return i;
}
export function argsText(args: Term[], noParens = false): string {
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
  printing.nextPlace = "sole";
  return expr(t);
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
      return wrap ? `(${padAfterFirst(expr(f), 1)}).` : `${noParensExpr(f, "element")}.`;
    }
    const [recv, fn] = dargs;
    // (a name that reads as an identifier, Unicode letters too, goes unquoted: M.señor(1))
    const fname = fn instanceof Atom ? (/^[\p{Ll}\p{Lo}\p{Lm}\p{Nl}_][\p{L}\p{N}\p{Mn}\p{Mc}_]*[?!]?$/u.test(fn.name) || REMOTE_OPERATORS.has(fn.name) ? fn.name : JSON.stringify(fn.name)) : expr(fn);
    return `${recvText(recv)}.${fname}`;
  }
  // a call of what a call returns: f(a)(b)
  return expr(h);
}

function recvText(r: Term): string {
  if (r instanceof Atom) return inspectAtom(r);
  const s = noParensExpr(r, "element");
  return isCall(r) && (opName(r) || (r.items[0] instanceof Atom && UNARY.has((r.items[0] as Atom).name) && listToArray(r.items[2])?.length === 1)) ? `(${s})` : s;
}

/**
 * The text of a node depends on the node, where it stands (printing.nextPlace, a definition's head) and
 * the width left; layouts try a node's flat text, then break it, each time asking for the texts
 * of its children again, at every width their ancestors try. Remembered per Macro.to_string
 * call: by width, and a one-line text that fitted its width for any width it still fits (every
 * choice that made it was "this part fits", which still holds), so the work stays near linear in
 * the tree instead of growing exponentially with its depth. A text laid out without reading the
 * width (a list's flat text) is kept for every width, and one that read no literal line for every
 * line (printing.widthRead, lineRead): else a node nested n deep is laid out again for each width
 * and line of the ancestors asking for it.
 */
/** a width at or below which no text fits (every layout check is `length (+ a few) <= width`, a
 * length is at least 0): a node nested past the line's columns is laid out the same whatever its
 * exact width, so one text serves them all (else a deep node is laid out again at each of the
 * widths its ancestors' layouts try, cubic in the depth) */
const NOTHING_FITS = -4;
export function remembered(kind: string, t: Term, compute: () => string): string {
  if (!(t instanceof Tuple || t instanceof Cons)) return compute();
  const key = `${kind}|${printing.nextPlace}|${printing.nextNoParens}|${printing.nextListElement}|${printing.inDefinitionHead}|${printing.commaAfter === t}|${printing.nextAfter}`;
  let texts = printing.memo.get(t);
  const seen = texts?.get(key);
  const width = columnsLeft();
  const line = literalLineNow();
  const known = seen?.find((e) => (e.line === undefined || e.line === line) && (e.width === undefined || e.width === width || (e.width <= NOTHING_FITS && width <= NOTHING_FITS) || (cols(e.text) <= e.width && cols(e.text) <= width && !e.text.includes("\n"))));
  if (known !== undefined) {
    if (known.width !== undefined) printing.widthRead = true;
    if (known.line !== undefined) printing.lineRead = true;
    printing.nextPlace = "any";
    printing.nextNoParens = false;
    printing.nextListElement = false;
    printing.nextAfter = 0;
    return known.text;
  }
  if (printing.depth >= DEEP_LIMIT) throw new Deferred(kind, t, compute, { ...printing });
  printing.depth++;
  const [outerRead, outerLineRead] = [printing.widthRead, printing.lineRead];
  printing.widthRead = printing.lineRead = false;
  let text: string, read: boolean, lineRead: boolean;
  try {
    text = compute();
  } finally {
    printing.depth--;
    [read, lineRead] = [printing.widthRead, printing.lineRead];
    printing.widthRead = outerRead || read;
    printing.lineRead = outerLineRead || lineRead;
  }
  if (!texts) printing.memo.set(t, (texts = new Map()));
  const entry = { width: read ? width : undefined, line: lineRead ? line : undefined, text };
  const entries = texts.get(key);
  if (entries) entries.push(entry);
  else texts.set(key, [entry]);
  return text;
}

/**
 * Code nested thousands deep (10,000 levels of lists, tuples or calls, which Elixir formats) must
 * not print on the JS stack alone: a node met DEEP_LIMIT texts below where printing (re)started is
 * deferred. It is printed first, from the top of the stack, in the same state (place, width, ...),
 * which leaves its text remembered; then what was being printed starts over and finds it there.
 */
const DEEP_LIMIT = 100;
class Deferred {
  constructor(readonly kind: string, readonly t: Term, readonly compute: () => string, readonly state: typeof printing) {}
}
function deepSafe(f: () => string): string {
  const top = { ...printing };
  const pending: Deferred[] = [];
  try {
    for (;;) {
      const task = pending[pending.length - 1];
      Object.assign(printing, task ? task.state : top, { depth: 0 });
      try {
        if (!task) return f();
        remembered(task.kind, task.t, task.compute);
        pending.pop();
      } catch (e) {
        if (!(e instanceof Deferred)) throw e;
        pending.push(e);
      }
    }
  } finally {
    Object.assign(printing, top);
  }
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
  const place = printing.nextPlace;
  printing.nextPlace = "any";
  const noParens = printing.nextNoParens;
  printing.nextNoParens = false;
  const inList = printing.nextListElement;
  printing.nextListElement = false;
  if (typeof t === "number" || typeof t === "bigint" || t instanceof Float) return numberText(inspect(t));
  // (formatting source: strings and charlists as written)
  const raw = rawText(t);
  if (raw !== undefined) return raw;
  // (the formatter quotes the atom Elixir, whose name reads as an alias)
  if (t instanceof Atom) return atomQuoted(t.name) || (formatting && t.name === "Elixir") ? `:${JSON.stringify(t.name)}` : inspect(t);
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
        // (a lone unquote_splicing keeps its parentheses: bare it would be a call's argument list)
        if (args.length === 1) return isCall(args[0]) && args[0].items[0] === atom("unquote_splicing") ? `(${expr(args[0])})` : expr(args[0]);
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
        // (not a struct's two arguments: the call it then is)
        if (args.length !== 2) break;
        const [s, m] = args;
        const inner = expr(m);
        return `%${isCall(s) && (s as Tuple).items[0] === A_ALIASES ? expr(s) : s instanceof Atom ? inspectAtom(s) : expr(s)}${inner.slice(1)}`;
      }
      case "<<>>": {
        // binaries and interpolations (even binaries alone) are a string
        const interp = args.length > 0 ? (heredocInSource(t) ? heredocInterpolation(args, heredocSegmentsInSource(t)!) : interpolation(args, true, stringSegmentsInSource(t))) : null;
        if (interp !== null) return interp;
        return `<<${args.map((x, i) => segmentText(x, i, args.length - 1)).join(", ")}>>`;
      }
      case "fn": {
        // (no clauses: the formatter writes it as the call it then is)
        if (args.length === 0) break;
        // (formatting source: an fn written with a line break after `fn` keeps its clause apart)
        if (args.length === 1 && !eolInSource(t)) {
          const c = args[0];
          const parts = isCall(c) && c.items[0] === A_ARROW ? listToArray(c.items[2]) : null;
          const arrow = parts !== null && parts.length === 2;
          const clause = arrow ? inClause(c, () => fnHead(parts[0])) : expr(c);
          // the body as it goes under the head, two columns in: also the body of the fn on one
          // line, which fits only when its body fits those columns, and a one-line text that fits
          // is the same at any width it fits (laying it out once at the fn's width too would lay
          // out an fn nested n deep at n widths)
          const body = arrow ? inClause(c, () => nested(2, () => blockText(parts[1]))) : "";
          // (a head over several lines lines up after `fn `; a guard too long for the line, or
          // written on a line of its own, goes under the arguments: `fn x\n   when g ->`)
          const lhs = arrow ? parts[0] : undefined;
          const flatHead = `fn ${clause ? padAfterFirst(clause, 3) + " " : ""}->`;
          const underHead = lhs !== undefined && (guardOverLines(lhs) || headKeptBreak(lhs) || cols(flatHead) > printing.width) ? inClause(c, () => nested(3, () => clauseHead(lhs, clause, 0))) : clause;
          const head = underHead !== clause ? `fn ${padAfterFirst(underHead, 3)} ->` : flatHead;
          const one = `${head} ${body} end`;
          // (formatting source: a body written on the line after -> stays there)
          if (!one.includes("\n") && cols(one) <= printing.width && !blockInfo(a)?.broken) return one;
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
          // (an attribute's arguments go in parentheses where a call's would: several of them, an
          // element, a keyword's value, a left operand: `[@foo(1)]`, `quote(do: @foo(1))`)
          if (av.length > 1 || place === "element" || place === "left") return `@${(an as Atom).name}(${argsText(av)})`;
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
      printing.nextNoParens = noParens;
      const l = operand(args[0], n, "left", amongArgs);
      printing.nextNoParens = noParens;
      // (`when a: term` in a spec: the keywords without brackets)
      const r = n === "when" && isKeyword(args[1]) ? kwText(listToArray(args[1]) as Tuple[]) : operand(args[1], n, "right", amongArgs);
      if (n === "..") return `${l}..${r}`;
      if (n === "when" || n === "<-" || n === "in" || n === "and" || n === "or" || n === "not in" || n === "\\\\") return `${l} ${n} ${r}`;
      return `${l} ${n} ${r}`;
    }
    if (args.length === 1 && UNARY.has(n)) {
      const x = args[0];
      // (the operand of an operation that is an argument is one among many, -if(c, do: x))
      if (noParens || place === "element" || place === "sole") printing.nextPlace = "element";
      const s = expr(x);
      // an operand that is an operation, or another unary operator (`-(-x)`, `not (!x)`; but `!!x`
      // and `not not x`: those two nest)
      // (a unary operation in parentheses, `!(!x)`, the parser keeps as a block of it: kept so)
      const one = isCall(x) && x.items[0] === A_BLOCK ? listToArray(x.items[2]) : null;
      const stepped = isCall(x) && x.items[0] === atom("..//") && listToArray(x.items[2])?.length === 3;
      const wrap = opName(x) !== null || stepped || (isUnaryCall(x) && !((n === "!" || n === "not") && (x as Tuple).items[0] === atom(n))) || (one?.length === 1 && isUnaryCall(one[0]));
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
    // (an atom receiver may be a literal in a block: formatting source keeps its line so)
    if (d.length === 2 && args.length === 0 && kwHas(meta, "no_parens") && !(unwrapped(d[0]) instanceof Atom) && !(isCall(d[0]) && d[0].items[0] === A_ALIASES)) return `${recvText(d[0])}.${(d[1] as Atom).name}`;
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

function kwGet(meta: Term, key: string): Term | undefined {
  const pair = (listToArray(meta) ?? []).find((x) => x instanceof Tuple && x.items[0] === atom(key));
  return pair ? (pair as Tuple).items[1] : undefined;
}
function kwHas(meta: Term, key: string): boolean {
  return (listToArray(meta) ?? []).some((x) => x instanceof Tuple && x.items[0] === atom(key) && x.items[1] === TRUE);
}

export function mapPairs(args: Term[]): string {
  if (args.every((x) => x instanceof Tuple && x.items.length === 2 && x.items[0] instanceof Atom && !bracedInSource(x))) return kwText(args as Tuple[]);
  const kwStart = firstKeyword(args);
  const plain = args.slice(0, kwStart).map(arrowPairText);
  if (kwStart < args.length) plain.push(kwText(args.slice(kwStart) as Tuple[]));
  return plain.join(", ");
}
/** a map's pair before its keyword tail, `key => value` (an atom key too: `:a => 1`) */
export function arrowPairText(p: Term): string {
  return p instanceof Tuple && p.items.length === 2 ? `${mapKeyText(p.items[0])} => ${elementExpr(p.items[1])}` : elementExpr(p);
}
/** a map's key before `=>`: a binary operation in parentheses, `%{(a + b) => v}` */
export function mapKeyText(k: Term): string {
  const text = elementExpr(k);
  return opName(k) !== null ? `(${padAfterFirst(text, 1)})` : text;
}

/** Code.format_string!'s layout of the parsed source (code_format.ts sets what it keeps of it) */
export function formatQuoted(t: Term, lineLength: number): string {
  try {
    printing.width = lineLength;
    printing.memo = new WeakMap();
    return rendered(deepSafe(() => blockText(t))).replace(STRING_NEW_LINES, "\n");
  } finally {
    printing.width = LINE_LENGTH;
  }
}

/** Macro.to_string/1 (an error while printing is raised: never a silently different text, as
 *  the term inspected once was) */
export function macroToString(t: Term): string {
  return rendered(markedText(t)).replace(STRING_NEW_LINES, "\n");
}

/** Macro.to_string/1's text with its indentation still as marks */
function markedText(t: Term): string {
  try {
    printing.width = LINE_LENGTH;
    printing.memo = new WeakMap();
    return deepSafe(() => blockText(t));
  } finally {
    printing.width = LINE_LENGTH;
    // (what was laid out is dropped with the call: a deep term's texts are hundreds of MB)
    printing.memo = new WeakMap();
  }
}

/**
 * Macro.to_string/1 as the binary the BIF returns, its indentation written straight into the
 * bytes: the text may pass the longest string V8 makes (2^29 - 24 characters; a keyword list
 * nested 10,000 deep is 590 MB of text), which a binary holds as on the BEAM.
 */
export function macroToBinary(t: Term): Bin {
  const text = markedText(t);
  // (a newline inside a string is written as it is)
  const piece = (s: string) => (s.includes(STRING_NEWLINE) ? s.replace(STRING_NEW_LINES, "\n") : s);
  let size = 0;
  render(text, (s) => (size += utf8Length(piece(s))));
  const out = new Uint8Array(size);
  const encoder = new TextEncoder();
  let at = 0;
  render(text, (s) => (at += encoder.encodeInto(piece(s), out.subarray(at)).written));
  return new Bin(out);
}

/** the bytes of the text in UTF-8 (as TextEncoder writes it: a lone surrogate as 3 bytes) */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** a tuple's elements; a keyword list as the last of several is written without brackets */
function tupleArgsText(items: Term[]): string {
  if (items.length > 1 && isKeyword(items[items.length - 1])) {
    return [...items.slice(0, -1).map(elementExpr), kwText(listToArray(items[items.length - 1])! as Tuple[])].join(", ");
  }
  return items.map(elementExpr).join(", ");
}
