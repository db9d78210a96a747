// case, cond and receive take only their own blocks (case and cond: do; receive: do and after).
// Elixir's elixir_clauses expands the keywords in order (a lists:mapfoldl), so the first one that
// fails is reported: `case x do 1 -> :a else :b end` is "unexpected option :else in "case"",
// unless a do block before it has no -> clauses (that error, compiler/special_forms' noClauses).
import type { Ast } from "../lang/ast.ts";
import type { ExprCompiler } from "./expressions.ts";
import { keywordPairs, clausesOf } from "./ast_util.ts";
import { LISTS_MAPFOLDL } from "./expander_frames.ts";

const ALLOWED: Record<string, readonly string[]> = { case: ["do"], cond: ["do"], receive: ["do", "after"] };

/** refuse the first keyword of the construct `form`'s options `opts` (the node `at`) it does not
 *  take, as Elixir does when it expands them in order */
export function refuseUnexpectedOptions(ec: ExprCompiler, form: "case" | "cond" | "receive", opts: Ast | undefined, line: number | undefined, at: Ast): void {
  const pairs = keywordPairs(opts) ?? [];
  for (let k = 0; k < pairs.length; k++) {
    const [key, value] = pairs[k];
    if (!ALLOWED[form].includes(key)) {
      // raised under the mapfoldl's fun for the k-th keyword: its frames (the BEAM keeps 8, the
      // expander's below them cut from the second keyword on)
      const top = ec.enclosingFunction() === undefined;
      const frames = k === 0 ? [LISTS_MAPFOLDL(1462)] : [LISTS_MAPFOLDL(1462), LISTS_MAPFOLDL(1463)];
      ec.mod.error(`unexpected option :${key} in "${form}"`, line, top || k > 0 ? frames : undefined, at, [null, null, ...frames]);
    }
    // (a do block with no clauses fails first, as the construct reports it)
    if (key === "do" && !clausesOf(value)?.length) return;
  }
}
