// behaviour_info/1 of a module with @callback / @macrocallback attributes, which the Erlang
// compiler generates from the module's -callback attributes: behaviour_info(:callbacks) and
// behaviour_info(:optional_callbacks) (Module's documented way to read a behaviour's callbacks).
//
// Elixir's elixir_erl keys the callbacks by {name, arity} as written (a macro's too) in a map
// and folds it into forms by prepending, so the list is the map's order reversed; a macro's
// entry is then {:"MACRO-name", arity + 1}. The optional ones come in the same order.
import type { Ast } from "../lang/ast.ts";
import { isCall, keywordPairs } from "./ast_util.ts";
import { mapFromEntries, listEntries } from "../vm/map.ts";
import { atom, int, tuple, type Term } from "../vm/terms.ts";

export class CallbackCollector {
  private readonly byKey = new Map<string, { name: string; arity: number; macro: boolean }>();
  private readonly optional = new Set<string>();

  /** an @callback / @macrocallback spec (`name(args) :: result`, maybe with `when`) */
  callback(spec: Ast, macro: boolean): void {
    if (isCall(spec, "when") && spec.args) spec = spec.args[0];
    const head = isCall(spec, "::") && spec.args ? spec.args[0] : null;
    if (!head || head.t !== "call" || typeof head.name !== "string") return;
    const arity = (head.args ?? []).length;
    this.byKey.set(`${head.name}/${arity}`, { name: head.name, arity, macro });
  }

  /** a protocol's function: defprotocol writes a callback for each */
  protocolFunction(name: string, arity: number): void {
    this.byKey.set(`${name}/${arity}`, { name, arity, macro: false });
  }

  /** an @optional_callbacks keyword list */
  optionalCallbacks(value: Ast): void {
    for (const [k, v] of keywordPairs(value) ?? []) if (v.t === "int") this.optional.add(`${k}/${v.v}`);
  }

  get any(): boolean {
    return this.byKey.size > 0;
  }

  /** [callbacks, optional callbacks] as behaviour_info/1 returns them, each [name, arity] */
  lists(): [[string, number][], [string, number][]] {
    const entries = [...this.byKey.values()];
    const order = mapFromEntries(entries.map((c, i) => [tuple(atom(c.name), int(c.arity)), int(i)] as [Term, Term]));
    const sorted = listEntries(order).map(([, i]) => entries[Number(i)]).reverse();
    const entry = (c: { name: string; arity: number; macro: boolean }): [string, number] =>
      c.macro ? ["MACRO-" + c.name, c.arity + 1] : [c.name, c.arity];
    return [sorted.map(entry), sorted.filter((c) => this.optional.has(`${c.name}/${c.arity}`)).map(entry)];
  }
}
