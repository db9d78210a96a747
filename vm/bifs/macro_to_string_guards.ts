// Macro.to_string's guards laid out under a head: `when` is right-associative, so
// `f(x) when a when b` is when(f(x), when(a, b)); once the head breaks, Elixir 1.14's formatter
// puts every guard of such a chain on a line of its own, `when a` under `when b`.
import { cols } from "./macro_to_string_text.ts";
import { Term, Tuple, listToArray } from "../terms.ts";
import { padAfterFirst } from "./macro_to_string.ts";
import { keptBreakIn } from "./macro_to_string_kept_breaks.ts";
import { opName } from "./macro_to_string_operators.ts";
import { nested, printing } from "./macro_to_string_state.ts";

/** the guards of `a when b when c`: [a, b, c] (a guard with no `when`: [it]) */
export function guardChain(guard: Term): Term[] {
  const out: Term[] = [];
  let c = guard;
  while (opName(c) === "when") {
    const parts = listToArray((c as Tuple).items[2])!;
    if (parts.length !== 2) break;
    out.push(parts[0]);
    c = parts[1];
  }
  out.push(c);
  return out;
}

/**
 * The guards of `guard` after `when `, one a line, each line but the first starting with
 * `${pad}when `: a guard is printed by `flat`, and laid out by `laid` (5 columns further in, its
 * lines then padded) when it passes the width; `suffix` the columns after the last (" do", ",").
 */
export function guardLines(guard: Term, pad: number, suffix: number, flat: (g: Term) => string, laid: (g: Term) => string): string {
  const guards = guardChain(guard);
  return guards
    .map((g, i) => {
      const text = flat(g);
      const extra = i === guards.length - 1 ? suffix : 0;
      return pad + 5 + cols(text) + extra > printing.width || keptBreakIn(g) ? padAfterFirst(nested(pad + 5, () => laid(g)), pad + 5) : text;
    })
    .join(`\n${" ".repeat(pad)}when `);
}
