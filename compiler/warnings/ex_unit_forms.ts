// The functions ExUnit's macros define in a test module (`use ExUnit.Case`), seen in the source:
// `test "name", var do ... end` defines "test name"/1, `setup var do ... end` __ex_unit_setup_N/1
// (__ex_unit_setup_D_N/1 inside the D-th describe), setup_all __ex_unit_setup_all_N/1. Elixir
// reports the unused variables of these as of the functions they are (variable "a" is unused ...
// Mod."test x"/1); the numbering is lib/ex_unit/callbacks.ex's, which is Elixir's.
import type { Ast } from "../../lang/ast.ts";
import { isCall, blockItems, keywordPairs } from "../ast_util.ts";
import { inspectLiteral } from "./literals.ts";

export interface ExUnitDefinition {
  /** the function as Elixir names it in a warning: "test x" quoted, __ex_unit_setup_0 bare */
  display: string;
  /** the context's pattern (none: `test "x" do`, `setup do`) */
  arg: Ast | null;
  body: Ast[];
  /** a test: its body runs for its effects (ExUnit ends it with `:ok`), so the Erlang compiler's
   *  checks see its last expression dropped too */
  effectsOnly?: boolean;
}

/** a module body item ExUnit's macros turn into definitions */
export function isExUnitForm(a: Ast): boolean {
  return isCall(a, "test") || isCall(a, "setup") || isCall(a, "setup_all") || isCall(a, "describe");
}

/** the definitions ExUnit's macros make of a test module's body items, item by item */
export class ExUnitForms {
  private setups = 0;
  private setupAlls = 0;
  private describes = 0;

  definitions(item: Ast): ExUnitDefinition[] {
    if (isCall(item, "describe")) {
      const [message, block] = item.args ?? [];
      const body = keywordPairs(block)?.find(([k]) => k === "do")?.[1];
      const index = this.describes++;
      if (message?.t !== "str" || body === undefined) return [];
      let setups = 0;
      const out: ExUnitDefinition[] = [];
      for (const it of blockItems(body)) {
        if (isCall(it, "setup")) {
          const def = this.callback(it, `__ex_unit_setup_${index}_${setups++}`);
          if (def) out.push(def);
        } else if (isCall(it, "test")) {
          const def = this.test(it, message.v + " ");
          if (def) out.push(def);
        }
      }
      return out;
    }
    if (isCall(item, "setup")) return listOf(this.callback(item, `__ex_unit_setup_${this.setups++}`));
    if (isCall(item, "setup_all")) return listOf(this.callback(item, `__ex_unit_setup_all_${this.setupAlls++}`));
    if (isCall(item, "test")) return listOf(this.test(item, ""));
    return [];
  }

  /** setup var do ... end (setup do ... end and setup :name take no variable of the user's) */
  private callback(a: Ast, name: string): ExUnitDefinition | null {
    const args = (a as { args: Ast[] | null }).args ?? [];
    if (args.length !== 1 && args.length !== 2) return null;
    const body = keywordPairs(args[args.length - 1])?.find(([k]) => k === "do")?.[1];
    return body === undefined ? null : { display: name, arg: args.length === 2 ? args[0] : null, body: blockItems(body) };
  }

  /** test "name", var do ... end (a name computed when the body runs is left out) */
  private test(a: Ast, prefix: string): ExUnitDefinition | null {
    const args = (a as { args: Ast[] | null }).args ?? [];
    if ((args.length !== 2 && args.length !== 3) || args[0].t !== "str") return null;
    const body = keywordPairs(args[args.length - 1])?.find(([k]) => k === "do")?.[1];
    if (body === undefined) return null;
    const name = "test " + prefix + args[0].v;
    // a name that is no identifier shows quoted, as inspect writes the atom (without its colon)
    return { display: inspectLiteral({ t: "atom", v: name }).replace(/^:/, ""), arg: args.length === 3 ? args[1] : null, body: blockItems(body), effectsOnly: true };
  }
}

function listOf<T>(x: T | null): T[] {
  return x === null ? [] : [x];
}
