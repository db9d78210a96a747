// An evaluated fn's code as erl_eval keeps it in the closure: its clauses with each node's line and
// each variable's name (and quoting context), not the column or the file. Two Code.eval_string
// calls of the same text make equal funs on the BEAM; the key below lets beamlet's funs of
// evaluated code compare so (vm/evaluated_fun.ts evalCodeOf). Free variables whose values the
// compiler folded into the code (`constants`) are part of the key, as erl_eval's bindings are.
import type { Ast } from "../lang/ast.ts";
import type { Term } from "../vm/terms.ts";
import { encodeExternal } from "../vm/external_term.ts";

export function evalFunCode(a: Ast, captured: number, constants: [string, Term][]): string {
  // the number of free variables first: funs with fewer order first, as erl_eval's bindings do
  const out: string[] = [String(captured + constants.length).padStart(8, "0"), "#"];
  for (const [name, value] of constants) out.push(JSON.stringify(name), "=", Array.from(encodeExternal(value), (b) => b.toString(16).padStart(2, "0")).join(""), ";");
  const walk = (x: Ast): void => {
    switch (x.t) {
      case "int": out.push("i", x.v.toString(), ";"); return;
      case "float": out.push("f", String(x.v), ";"); return;
      case "atom": out.push(":", JSON.stringify(x.v)); return;
      case "str": out.push(JSON.stringify(x.v)); return;
      case "list": out.push("["); x.items.forEach(walk); out.push("]"); return;
      case "tuple": out.push("{"); x.items.forEach(walk); out.push("}"); return;
      case "call":
        out.push("(", String(x.meta.line ?? ""), x.meta.context !== undefined ? "@" + x.meta.context : "", " ");
        if (typeof x.name === "string") out.push(JSON.stringify(x.name));
        else walk(x.name);
        if (x.args === null) out.push(")");
        else { out.push("|"); x.args.forEach(walk); out.push(")"); }
    }
  };
  walk(a);
  return out.join("");
}
