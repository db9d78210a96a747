// Code.string_to_quoted(text, token_metadata: true): the meta Elixir's parser then adds from the
// tokens around a node (its closing bracket, its do and end, the separator after it in a block,
// the line breaks after an opening bracket or an operator, an alias's last segment, a string's
// delimiter). The parser records them beside the AST, only when asked (a node's own Meta keeps
// line and column), and astToQuoted writes them in Elixir's order before the node's own meta.
import type { Ast } from "./ast.ts";

/** a token's place */
export interface At { line: number; col: number }

export type TokenMetaItem =
  | { k: "closing" | "do" | "end" | "last"; at: At }
  | { k: "newlines" | "indentation"; n: number }
  | { k: "delimiter" | "token"; s: string };

export interface TokenMeta {
  /** what comes before the node's own meta, in Elixir's order */
  pre: TokenMetaItem[];
  /** end_of_expression: the separator after the node in a block, when another expression follows
   *  (newlines: the line breaks in it, none for a `;`... counted as Elixir's tokenizer does) */
  eoe?: { at: At; newlines: number };
}

export class TokenMetaTable {
  private map = new WeakMap<Ast, TokenMeta>();

  get(node: Ast): TokenMeta | undefined {
    return this.map.get(node);
  }
  private entry(node: Ast): TokenMeta {
    let e = this.map.get(node);
    if (e === undefined) this.map.set(node, (e = { pre: [] }));
    return e;
  }
  /** items written before those the node already has (an outer construct's come first) */
  prepend(node: Ast, items: TokenMetaItem[]): void {
    if (items.length > 0) this.entry(node).pre.unshift(...items);
  }
  /** an alias's last segment (a later segment replaces it where it stands) */
  last(node: Ast, at: At): void {
    const e = this.entry(node);
    const i = e.pre.findIndex((x) => x.k === "last");
    if (i >= 0) e.pre[i] = { k: "last", at };
    else e.pre.unshift({ k: "last", at });
  }
  eoe(node: Ast, at: At, newlines: number): void {
    this.entry(node).eoe = { at, newlines };
  }
  /** a node parsed late into the placeholder `to` stood for (the placeholder may have its eoe) */
  copy(from: Ast, to: Ast): void {
    const e = this.map.get(from);
    if (e === undefined) return;
    const t = this.entry(to);
    t.pre = [...e.pre, ...t.pre];
    if (e.eoe !== undefined) t.eoe = e.eoe;
  }
}

/** does end_of_expression go on this node: Elixir annotates a 3-tuple with list meta (a call, a
 *  variable, a `{}` of other than 2 items), never a literal */
export function takesMeta(a: Ast): boolean {
  return a.t === "call" || (a.t === "tuple" && a.items.length !== 2);
}
