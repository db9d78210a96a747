// defimpl and defprotocol forms, as the warnings see them: the modules a defimpl defines (one per
// :for type, P.T) and the protocol each implements, which is its behaviour (a protocol's
// functions are its callbacks, so @impl and "required by protocol" are checked as Elixir does).
import type { Ast, AstCall } from "../../lang/ast.ts";
import { isCall, blockItems, keywordPairs, aliasParts } from "../ast_util.ts";
import type { Callbacks } from "./behaviours.ts";

/** the callbacks of Elixir's own protocols (each of their functions) */
export const LIBRARY_PROTOCOLS: Record<string, Callbacks> = {
  "Elixir.Inspect": { callbacks: ["inspect/2"], optional: [] },
  "Elixir.String.Chars": { callbacks: ["to_string/1"], optional: [] },
  "Elixir.List.Chars": { callbacks: ["to_charlist/1"], optional: [] },
  "Elixir.Enumerable": { callbacks: ["count/1", "member?/2", "reduce/3", "slice/1"], optional: [] },
  "Elixir.Collectable": { callbacks: ["into/1"], optional: [] },
};

const literal = (a: Ast): string | null => {
  const parts = aliasParts(a);
  if (!parts || !parts.every((p) => typeof p === "string")) return null;
  const ps = parts as string[];
  return "Elixir." + (ps[0] === "Elixir" ? ps.slice(1) : ps).join(".");
};

/**
 * `defimpl P, for: T do ... end` (T a list: one module each; inside T's defmodule, without :for):
 * the protocol, the modules it defines and its body; null when a name is no literal alias
 */
export function implForm(a: AstCall, enclosing: string): { protocol: string; names: string[]; body: Ast } | null {
  if (!isCall(a, "defimpl") || !(a.args?.length === 2 || a.args?.length === 3)) return null;
  const protocol = literal(a.args[0]);
  const pairs = a.args.slice(1).flatMap((x) => keywordPairs(x) ?? []);
  const body = pairs.find(([k]) => k === "do")?.[1];
  const forAst = pairs.find(([k]) => k === "for")?.[1];
  const fors = forAst === undefined ? (enclosing ? [enclosing] : []) : (forAst.t === "list" ? forAst.items : [forAst]).map(literal);
  if (!protocol || !body || fors.length === 0 || fors.some((f) => f === null)) return null;
  return { protocol, names: (fors as string[]).map((f) => protocol + "." + f.slice(7)), body };
}

/** a defprotocol's name and callbacks (its function heads) */
export function protocolForm(a: Ast): { name: string; callbacks: Callbacks } | null {
  if (!isCall(a, "defprotocol") || a.args?.length !== 2) return null;
  const name = literal(a.args[0]);
  const body = keywordPairs(a.args[1])?.find(([k]) => k === "do")?.[1];
  if (!name || !body) return null;
  const callbacks: string[] = [];
  for (const item of blockItems(body)) {
    if (!isCall(item, "def") || !item.args?.[0]) continue;
    let head = item.args[0];
    if (isCall(head, "when") && head.args) head = head.args[0];
    if (head.t === "call" && typeof head.name === "string") callbacks.push(`${head.name}/${(head.args ?? []).length}`);
  }
  return { name, callbacks: { callbacks, optional: [] } };
}
