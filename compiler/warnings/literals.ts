// A literal of the quoted form as `inspect` prints it, for warnings that quote the literal.
import type { Ast } from "../../lang/ast.ts";
import { inspect } from "../../vm/inspect.ts";
import { inspectFloat } from "../../vm/format_float.ts";
import { atom, bin } from "../../vm/terms.ts";

export function inspectLiteral(a: Ast): string {
  switch (a.t) {
    case "int":
      return String(a.v);
    case "float":
      return inspectFloat(a.v);
    case "str":
      return inspect(bin(a.v));
    case "atom":
      return inspect(atom(a.v));
    default:
      return "";
  }
}
