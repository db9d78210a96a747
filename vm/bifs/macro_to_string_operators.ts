// Macro.to_string's operators: Elixir 1.14's precedence and associativity table, the unary
// operators, and where the formatter puts an operand in parentheses.
import { Atom, Term, Tuple, atom, listToArray } from "../terms.ts";
import { expr, isCall } from "./macro_to_string.ts";
import { printing } from "./macro_to_string_state.ts";
type Assoc = "left" | "right";

export const BINARY: Record<string, [number, Assoc]> = {
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
export const UNARY = new Set(["+", "-", "!", "^", "not", "~~~"]);
const LOGICAL = new Set(["||", "|||", "or", "&&", "&&&", "and"]);
const PARENS_OPERANDS = new Set(["|>", "<<<", ">>>", "<~", "~>", "<<~", "~>>", "<~>", "<|>", "in", "not in", "++", "--", "..", "<>", "+++", "---"]);

export function opName(t: Term): string | null {
  if (!isCall(t)) return null;
  const [h, , a] = t.items;
  const args = listToArray(a);
  if (!(h instanceof Atom) || args === null) return null;
  if (args.length === 2 && BINARY[h.name]) return h.name;
  return null;
}

/** a call of a unary operator (`-x`, `not x`, `&x` but not a capture argument `&1`) */
export function isCaptureArg(t: Term): boolean {
  return isCall(t) && t.items[0] === atom("&") && typeof listToArray(t.items[2])?.[0] === "number";
}
export function isUnaryCall(t: Term): boolean {
  if (!isCall(t) || !(t.items[0] instanceof Atom)) return false;
  const args = listToArray(t.items[2]);
  if (args?.length !== 1) return false;
  const n = (t.items[0] as Atom).name;
  return UNARY.has(n) || (n === "&" && typeof args[0] !== "number");
}

/** operators a remote call names without quotes (Kernel.+(1, 2), Kernel.@(x)); `=>`, `..`, `not in` are quoted */
export const REMOTE_OPERATORS = new Set([...Object.keys(BINARY), ...UNARY, "@", "&"].filter((x) => !["=>", "..", "not in"].includes(x)));

export function operand(t: Term, parent: string, side: "left" | "right", amongArgs = false): string {
  if (amongArgs) printing.nextPlace = "element";
  else if (side === "left") printing.nextPlace = parent === "when" && printing.inDefinitionHead ? "element" : "left";
  const s = expr(t);
  const child = opName(t);
  // a capture (not &1) on the left, or under a left-associative operator binding tighter than
  // & (90): x == (&M.f/2)
  if (child === null && isCall(t) && t.items[0] === atom("&") && typeof listToArray(t.items[2])?.[0] !== "number" && BINARY[parent]) {
    const [pp, passoc] = BINARY[parent];
    if (side === "left" || (passoc === "left" && pp > 90)) return `(${s})`;
  }
  // (not a) in b, its operand a block as the parser leaves it: bare, it would read not (a in b)
  if (side === "left" && (parent === "in" || parent === "not in") && isRearrangedUnary(t)) return `(${s})`;
  return child !== null && operandNeedsParens(child, parent, side) ? `(${s})` : s;
}

/** a `not x` or `!x` alone in a block: how the parser keeps `(not x)` before `in` */
function isRearrangedUnary(t: Term): boolean {
  if (!isCall(t) || t.items[0] !== atom("__block__")) return false;
  const args = listToArray(t.items[2]);
  return args?.length === 1 && isUnaryCall(args[0]) && ["not", "!"].includes(((args[0] as Tuple).items[0] as Atom).name);
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
