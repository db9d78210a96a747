// (formatting source) The line breaks Code.format_string! keeps where the source wrote them: next
// to an operator (its newlines meta), the last |> of a pipeline, a definition's guard.
import { Atom, Cons, Term, Tuple, listToArray } from "../terms.ts";
import { formatting, eolInSource } from "./code_format_state.ts";
import { DEFINITIONS, isCall } from "./macro_to_string.ts";
import { BINARY, opName } from "./macro_to_string_operators.ts";
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
const BREAK_NOT_KEPT = new Set(["=", "|>", "::", "\\\\", "in", "not in", "..", "..//", "->", "."]);
/** (formatting source) a binary operator (or one of its chain of the same operator) the source
 *  wrote a line break right before or after: the formatter keeps that break */
function operatorOverLines(t: Term): boolean {
  const op = opName(t);
  // (a type's `::` too: `@spec f(a) ::\n  b`)
  // (and a `when`'s, its own only: `a when b when\n c` stays on one line)
  if (op === "::" || op === "when") return eolInSource(t);
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
export function pipelineStages(t: Term): Term[] {
  const stages: Term[] = [];
  let c: Term = t;
  while (opName(c) === "|>") {
    const [l, r] = listToArray((c as Tuple).items[2])!;
    stages.unshift(r);
    c = l;
  }
  return [c, ...stages];
}
