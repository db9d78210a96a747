// Macro.to_string's line breaking. Elixir 1.14 lays Macro.to_string out with its code formatter at
// 98 columns. Of its rules, these apply to an expression too long for one line (its parts
// themselves stay on one line): a list or map puts one element per line; a pipeline puts each |>
// on its own line; a binary operator keeps a trailing list or map open on its line ("next break
// fits"), else its operands are filled in lines with the rest indented by two. Containers are in
// macro_to_string_containers.ts, calls in macro_to_string_calls.ts.
import { Atom, Cons, Term, Tuple, atom, listToArray } from "../terms.ts";
import { formatting, openedInSource, eolInSource, bracketedInSource } from "./code_format_state.ts";
import { expr, firstLine, indent, isCall, isKeyword, kwText, noParensExpr, noParensLay, padAfterFirst, remembered } from "./macro_to_string.ts";
import { cols, lastLineWidth, rendered } from "./macro_to_string_text.ts";
import { brokenCall, fnLast, kwPairLaid } from "./macro_to_string_calls.ts";
import { isParenClauses, parenClauses } from "./macro_to_string_clauses.ts";
import { brokenTuple, commentedArgs, containerLines, isContainer } from "./macro_to_string_containers.ts";
import { keptBreakIn, pipelineStages } from "./macro_to_string_kept_breaks.ts";
import { literalsInside } from "./macro_to_string_lines.ts";
import { BINARY, opName, operand } from "./macro_to_string_operators.ts";
import { nested, printing } from "./macro_to_string_state.ts";
/** an expression on one line when it fits the width, else laid out over several */
export function lay(t: Term): string {
  return literalsInside(t, () => remembered("lay", t, () => layNow(t)));
}

function layNow(t: Term): string {
  const inList = printing.nextListElement;
  const noParens = printing.nextNoParens;
  const after = printing.nextAfter;
  const place = printing.nextPlace;
  printing.nextAfter = 0;
  const flat = expr(t);
  // (a call with comments between its arguments is laid out one argument a line by expr)
  if (commentedArgs(t)) return flat;
  if (!flat.includes("\n") && cols(flat) <= printing.width && !keptBreakIn(t)) return flat;
  const outer = printing.brokenListElement;
  const outerNoParens = printing.brokenNoParens;
  printing.brokenListElement = inList;
  printing.brokenNoParens = noParens;
  try {
    return broken(t, flat, after, place) ?? flat;
  } finally {
    printing.brokenListElement = outer;
    printing.brokenNoParens = outerNoParens;
  }
}

function broken(t: Term, flat: string, after: number, place: typeof printing.nextPlace): string | undefined {
  const clauses = parenClauses(t);
  if (clauses !== undefined) return clauses;
  if (isContainer(t)) return containerLines(t);
  // (a call without parentheses where it takes them, an element's `for(...)`, breaks as it is written)
  const call = brokenCall(t, printing.width, place === "element" || place === "left" ? place : undefined) ?? brokenTuple(t, after) ?? brokenPrefixed(t, flat);
  if (call !== undefined) return call;
  const op = opName(t);
  if (op === "::") {
    // Kernel.to_string(\n  "..."\n) :: binary
    const [l, r] = listToArray((t as Tuple).items[2])!;
    const left = operandLaid(l, op, "left");
    // (after a head laid over lines, `) :: type` when the type fits that last line)
    if (left.includes("\n")) {
      const flat = operand(r, op, "right");
      if (!flat.includes("\n") && lastLineWidth(left) + 4 + cols(flat) <= printing.width) return `${left} :: ${flat}`;
    }
    // a map or struct type stays after `::` and breaks inside (`:: %{` ... `}`), as Elixir's
    // formatter lets the last container fit the line it opens on
    if ((isCall(r) && (r.items[0] === atom("%{}") || r.items[0] === atom("%"))) || (r instanceof Cons && !isParenClauses(r))) {
      const inner = containerLines(r);
      if (inner !== undefined) return `${left} :: ${inner}`;
    }
    // the type under it, a union one `| alternative` a line when it is still too long
    const right = nested(2, () => {
      const flat = operand(r, op, "right");
      if (flat.includes("\n") || (cols(flat) <= printing.width && !keptBreakIn(r)) || opName(r) !== "|") return opName(r) === "|" ? flat : operandLaid(r, op, "right");
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
    if (flat.includes("\n") || cols(flat) + 5 <= printing.width) return `${lay(l)}\nwhen ${flat}`;
    return `${lay(l)}\nwhen ${nested(5, () => pairs.map((p, i) => padAfterFirst(kwPairLaid(p), 5) + (i < pairs.length - 1 ? "," : "")).join("\n     "))}`;
  }
  // a union too long for its line: one `| alternative` a line under the first
  if (op === "|") return unionLines(t);
  // (formatting source) a `when` the source broke a line at: `a\nwhen b\nwhen c`, each of its
  // chain on a line of its own
  if (op === "when" && eolInSource(t)) {
    const operands: Term[] = [];
    let c: Term = t;
    for (; opName(c) === "when"; c = listToArray((c as Tuple).items[2])![1]) operands.push(listToArray((c as Tuple).items[2])![0]);
    return [...operands, c].map((x, i) => (i === 0 ? "" : "when ") + operandLaid(x, "when", i === 0 ? "left" : "right")).join("\n");
  }
  if (op === null || op === "when" || op === "\\\\") return undefined;
  if (op === "|>") return pipelineLines(t);
  return brokenOperation(t, op);
}

/** a type union, `a | b | c`, one alternative a line, each after `| ` but the first */
export function unionLines(t: Term): string {
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
  return [operandLaid(first, "|>", "left"), ...stages.map((x) => "|> " + stageLaid(x))].join("\n");
}

/** a stage after `|> `: its first line is 3 columns further in, its other lines are not (what
 *  it opens is indented from the line's start, as Elixir's nesting is) */
function stageLaid(x: Term): string {
  const inner = nested(3, () => operandLaid(x, "|>", "right"));
  if (!inner.includes("\n")) return inner;
  const wide = operandLaid(x, "|>", "right");
  const firstLine = wide.includes("\n") ? wide.slice(0, wide.indexOf("\n")) : wide;
  return wide.includes("\n") && cols(firstLine) + 3 <= printing.width ? wide : inner;
}

/** the operators after which Elixir 1.14's formatter opens a last list or map on the line ("next
 *  break fits": comparisons, <-; and `in`, which never breaks from its operands); after others
 *  (++, <>, +, ||, and ...) the container goes on the next line */
const OPENS_AFTER = new Set(["<-", "==", "!=", "=~", "===", "!==", "<", ">", "<=", ">=", "in", "not in", "\\\\"]);

/** a binary operation too long for its line (not a pipeline) */
function brokenOperation(t: Term, op: string): string | undefined {
  const [left, right] = listToArray((t as Tuple).items[2])!;
  if (op === "=") {
    // a pattern too long for its line with ` =` is laid out first, the right side after it
    const pattern = operand(left, op, "left");
    if (!pattern.includes("\n") && cols(pattern) + 2 > printing.width) {
      const laid = operandLaid(left, op, "left");
      const rest = operand(right, op, "right");
      if (laid.includes("\n")) {
        if (!rest.includes("\n") && lastLineWidth(laid) + 3 + cols(rest) <= printing.width) return `${laid} = ${rest}`;
        return `${laid} =\n${indent(nested(2, () => operandLaid(right, op, "right")))}`;
      }
    }
    // (formatting source: a pattern opened on lines of its own, `[\n  a\n] = foo()`: the right
    // side goes after its last line when it fits there)
    if (pattern.includes("\n") && formatting && openedInSource(left)) {
      const rest = operand(right, op, "right");
      if (!rest.includes("\n") && lastLineWidth(pattern) + 3 + cols(rest) <= printing.width) return `${pattern} = ${rest}`;
    }
    // `x = [` / `x = %{` / `x = fn ->` open on the line; anything else goes under it
    const head = `${pattern} = `;
    const open = containerLines(right);
    if (isContainer(right) && open !== undefined && cols((head + firstLine(open))) <= printing.width) return head + open;
    const fn = isCall(right) && right.items[0] === atom("fn") ? expr(right) : undefined;
    if (fn !== undefined && fn.includes("\n") && cols((head + firstLine(fn))) <= printing.width) return head + fnHeadAfter(fn, head.length);
    // (an fn that is one line too long there breaks after its head: `x = fn a ->`, its body under)
    const opened = fn !== undefined && !fn.includes("\n") && !pattern.includes("\n") ? fnLast(right, head, printing.width, "") : undefined;
    if (opened !== undefined) return opened;
    // x =\n  y =\n  z = call(...): a chained assignment's patterns line up under the first, one a
    // line until the rest of the chain fits on one (measured from its end: a chain 10,000 long
    // is not printed flat at each of its links)
    if (opName(right) === "=") {
      const patterns: Term[] = [];
      let c: Term = right;
      for (; opName(c) === "="; c = listToArray((c as Tuple).items[2])![1]) patterns.push(listToArray((c as Tuple).items[2])![0]);
      const inner = nested(2, () => {
        let rest = operand(c, op, "right");
        let from = patterns.length;
        if (rest.includes("\n") || cols(rest) > printing.width) rest = operandLaid(c, op, "right");
        else {
          for (; from > 0; from--) {
            const more = `${operand(patterns[from - 1], op, "left")} = ${rest}`;
            if (more.includes("\n") || cols(more) > printing.width) break;
            rest = more;
          }
        }
        return [...patterns.slice(0, from).map((p) => `${operand(p, op, "left")} =`), rest].join("\n");
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
  if (lastEol < 0 && OPENS_AFTER.has(op) && isContainer(last) && open !== undefined && !flatHead.includes("\n") && cols((flatHead + firstLine(open))) <= printing.width) return flatHead + open;
  if (BINARY[op][1] === "right") {
    // a <> (b <> c): break after each operand until the rest of the chain fits on its line
    let out = first;
    let column = lastLineWidth(first);
    for (let i = 0; i < texts.length; i++) {
      const rest = texts.slice(i).join(` ${op} `);
      if (i > lastEol && !rest.includes("\n") && column + cols(op) + 2 + cols(rest) <= printing.width) return `${out} ${op} ${rest}`;
      out += ` ${op}\n${indent(texts[i])}`;
      column = 2 + lastLineWidth(texts[i]);
    }
    return out;
  }
  // fill: each operand joins the line while it fits, else starts a line indented by two
  let out = first;
  let column = lastLineWidth(first);
  for (const [i, piece] of texts.entries()) {
    if (!eol[i] && !piece.includes("\n") && column + cols(op) + 2 + cols(piece) <= printing.width) {
      out += ` ${op} ${piece}`;
      column += op.length + 2 + cols(piece);
    } else {
      out += ` ${op}\n${indent(piece)}`;
      column = 2 + lastLineWidth(piece);
    }
  }
  return out;
}

/** an fn opening after `x = `: the lines of its head over several (`fn x\n   when g ->`) stay
 *  under its arguments, its body and `end` at the line's indentation */
function fnHeadAfter(fn: string, column: number): string {
  const lines = rendered(fn).split("\n");
  // (clauses on lines of their own, `fn\n  a ->`, are indented as the body is)
  if (lines[0] === "fn") return fn;
  const headEnd = lines.findIndex((l) => l.endsWith(" ->") || l === "->");
  return lines.map((l, i) => (i > 0 && i <= headEnd && l !== "" ? " ".repeat(column) + l : l)).join("\n");
}


/**
 * `!call(...)`, `&call(...)`, `x not in [...]`, `@attr [...]`: the operator or prefix stays in front
 * of its operand laid out in turn (a list or map opening on the line)
 */
function brokenPrefixed(t: Term, flat: string): string | undefined {
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
    return isContainer(r) && open !== undefined && cols((head + firstLine(open))) <= printing.width ? head + open : undefined;
  }
  if (n === "@" && isCall(x) && (x as Tuple).items[0] instanceof Atom) {
    // (an attribute written with parentheses, `[@foo(...)]`, breaks as a call does)
    if (flat.startsWith(`@${((x as Tuple).items[0] as Atom).name}(`)) {
      const inner = nested(1, () => brokenCall(x, printing.width));
      return inner === undefined ? undefined : "@" + inner;
    }
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
    const inner = nested(n.length, () => brokenCall(x, printing.width));
    return inner === undefined ? undefined : n + inner;
  }
  return undefined;
}

/** an operand laid out in turn, in parentheses where its precedence needs them */
function operandLaid(t: Term, parent: string, side: "left" | "right"): string {
  // (an operation where a do/end call takes parentheses: its operands too)
  const noParens = printing.brokenNoParens;
  printing.nextNoParens = noParens;
  const flat = operand(t, parent, side);
  if (flat.startsWith("(") && !(noParens ? noParensExpr(t) : expr(t)).startsWith("(")) {
    // (an operand in parentheses too long for its line is laid out inside them:
    // `(a\n |> b)`, its lines after the first one column in)
    // (and so is one holding a line break the source wrote: `(a +\n   b) * c`)
    if (flat.includes("\n") || (cols(flat) <= printing.width && !keptBreakIn(t))) return flat;
    printing.nextNoParens = noParens;
    const inner = nested(1, () => (noParens ? noParensLay(t) : lay(t)));
    return inner.includes("\n") ? `(${padAfterFirst(inner, 1)})` : flat;
  }
  // (a call without parentheses on the left of an operator takes them: `for(x <- l, do: x) <>`)
  if (side === "left") printing.nextPlace = "left";
  return noParens ? noParensLay(t) : lay(t);
}
