// A literal of the quoted form as Macro.to_string prints it, for warnings that quote the literal
// (numbers of six digits or more with their digits in groups of three: 1_000_000, 1_234_567.5).
import type { Ast } from "../../lang/ast.ts";
import { inspect } from "../../vm/inspect.ts";
import { inspectFloat } from "../../vm/format_float.ts";
import { atom, bin } from "../../vm/terms.ts";

export function inspectLiteral(a: Ast): string {
  switch (a.t) {
    case "int":
      return grouped(String(a.v));
    case "float": {
      const text = inspectFloat(a.v);
      return /e/.test(text) ? text : text.replace(/^-?\d+/, grouped);
    }
    case "str":
      return inspect(bin(a.v));
    case "atom":
      return inspect(atom(a.v));
    default:
      return "";
  }
}

/** an integer's decimal digits in groups of three, when it has six or more (as Elixir's formatter) */
function grouped(digits: string): string {
  const sign = digits.startsWith("-") ? "-" : "";
  const d = sign ? digits.slice(1) : digits;
  return d.length < 6 ? digits : sign + d.replace(/\B(?=(\d{3})+$)/g, "_");
}
