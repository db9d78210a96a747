// How erlang:display/1 prints a term: the emulator's own printer, not io_lib's. Lists and
// binaries of printable ASCII show as strings ("ab", <<"abc">>), floats as C's %e, maps without
// spaces around =>.
import { Bin, Cons, Float, NIL, Term, Tuple, isMap } from "./terms.ts";
import { writeLeaf, binaryBody } from "./io_write.ts";
import { printfExponential } from "./format_float.ts";

const printable = (c: Term): boolean => typeof c === "number" && c >= 32 && c <= 126;

function quoted(codes: number[]): string {
  return '"' + codes.map((c) => (c === 34 || c === 92 ? "\\" : "") + String.fromCharCode(c)).join("") + '"';
}

/** C's printf("%e"): six decimals and an exponent of at least two digits */
function cExponent(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const [mantissa, exp] = printfExponential(x, 6).split("e");
  const sign = exp[0] === "-" ? "-" : "+";
  const digits = exp.replace(/^[+-]/, "");
  return mantissa + "e" + sign + digits.padStart(2, "0");
}

export function displayTerm(t: Term): string {
  if (t instanceof Float) return cExponent(t.value);
  const leaf = writeLeaf(t);
  if (leaf !== undefined) return leaf;
  if (t === NIL) return "[]";
  if (t instanceof Cons) {
    const items: Term[] = [];
    let rest: Term = t;
    for (; rest instanceof Cons; rest = rest.tail) items.push(rest.head);
    if (rest === NIL && items.every(printable)) return quoted(items as number[]);
    return "[" + items.map(displayTerm).join(",") + (rest === NIL ? "" : "|" + displayTerm(rest)) + "]";
  }
  if (t instanceof Tuple) return "{" + t.items.map(displayTerm).join(",") + "}";
  if (isMap(t)) return "#{" + t.entries().map(([k, v]) => displayTerm(k) + "=>" + displayTerm(v)).join(",") + "}";
  if (t instanceof Bin) {
    if (t.size === 0) return "<<>>";
    if (t.tailBits === 0 && [...t.bytes].every(printable)) return "<<" + quoted([...t.bytes]) + ">>";
    return "<<" + binaryBody(t, -1).join(",") + ">>";
  }
  return "?";
}
