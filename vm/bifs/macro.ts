// BIFs behind the Macro module (lib/macro.ex): Macro.to_string, and the expansion's line and
// hygiene counter for Macro.expand (the same linify the compiler applies).
import { defineBifs } from "./registry.ts";
import { Atom, Term, atom, bin, bool, isInt } from "../terms.ts";
import { badarg } from "../errors.ts";
import { macroToString } from "./macro_to_string.ts";
import { linify } from "../../compiler/macros.ts";
import { inspectAtomKey } from "../inspect.ts";

const SPECIAL_FORMS: Record<string, number[]> = {
  "%": [2], "%{}": [-1], "&": [1], ".": [2], "::": [2], "<<>>": [-1], "=": [2], "^": [1], __CALLER__: [0], __DIR__: [0],
  __ENV__: [0], __MODULE__: [0], __STACKTRACE__: [0], __aliases__: [-1], __block__: [-1], alias: [1, 2], case: [2],
  cond: [1], fn: [-1], for: [-1], import: [1, 2], quote: [1, 2], receive: [1], require: [1, 2], super: [-1], try: [1],
  unquote: [1], unquote_splicing: [1], with: [-1], "{}": [-1],
};
const OPERATORS: Record<string, number[]> = {
  "@": [1], ".": [2], "+": [1, 2], "-": [1, 2], "!": [1], "^": [1], not: [1], "~~~": [1], "**": [2], "*": [2], "/": [2],
  "++": [2], "--": [2], "+++": [2], "---": [2], "..": [0, 2], "<>": [2], in: [2], "not in": [2], "|>": [2], "<<<": [2], ">>>": [2],
  "<<~": [2], "~>>": [2], "<~": [2], "~>": [2], "<~>": [2], "<|>": [2], "<": [2], ">": [2], "<=": [2], ">=": [2], "==": [2],
  "!=": [2], "=~": [2], "===": [2], "!==": [2], "&&": [2], "&&&": [2], and: [2], "||": [2], "|||": [2], or: [2], "=": [2],
  "&": [1], "=>": [2], "|": [2], "::": [2], when: [2], "<-": [2], "\\\\": [2], "..//": [3],
};

function arityIn(table: Record<string, number[]>, name: Term, arity: Term): Term {
  if (!(name instanceof Atom) || !isInt(arity)) badarg();
  const as = table[(name as Atom).name];
  return bool(!!as && (as.includes(Number(arity)) || as.includes(-1)));
}

defineBifs("beamlet_macro", {
  "to_string/1": ([t]) => bin(macroToString(t)),
  "linify/4": ([t, line, receiver, counter]) => linify(t, isInt(line) ? Number(line) : 0, receiver as Atom, Number(counter)),
  "special_form?/2": ([n, a]) => arityIn(SPECIAL_FORMS, n, a),
  "operator?/2": ([n, a]) => arityIn(OPERATORS, n, a),
  "inspect_atom_key/1": ([a]) => bin(inspectAtomKey(a as Atom)),
  "classify_atom/1": ([a]) => {
    if (!(a instanceof Atom)) badarg();
    const n = (a as Atom).name;
    if (/^Elixir(\.[A-Z][A-Za-z0-9_]*)+$/.test(n)) return atom("alias");
    if (/^[a-z_][A-Za-z0-9_]*[?!]?$/.test(n)) return atom("identifier");
    if (OPERATORS[n]) return atom("other");
    return atom("quoted");
  },
});
