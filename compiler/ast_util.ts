// Small helpers to read and build Elixir quoted-form ASTs (lang/ast.ts).
import type { Ast, AstCall, Meta } from "../lang/ast.ts";

export function isCall(a: Ast | undefined, name?: string): a is AstCall {
  return a !== undefined && a.t === "call" && (name === undefined || a.name === name);
}
export function isVar(a: Ast): a is AstCall & { name: string; args: null } {
  return a.t === "call" && typeof a.name === "string" && a.args === null;
}
export function varName(a: Ast): string | null {
  return isVar(a) ? (a.name as string) : null;
}
/** `&name/arity` and `&Mod.name/arity`: the target is written without arguments (`&Enum.sum(&1) / 3`
 *  is a capture of a division) */
export function namesFunction(t: Ast): boolean {
  return (isCall(t) && typeof t.name === "string" && t.args === null) ||
    (isCall(t) && isCall(t.name as Ast, ".") && (t.args ?? []).length === 0 && !!t.meta.no_parens);
}
/** the arity of a capture's body `name/arity` or `Mod.name/arity` naming a function; undefined for a
 *  body that is code (`&(&1 / 3)` is a fn of one argument dividing it) */
export function namedCaptureArity(body: Ast): number | undefined {
  if (!isCall(body, "/") || body.args?.length !== 2 || body.args[1].t !== "int" || !namesFunction(body.args[0])) return undefined;
  return Number(body.args[1].v);
}
/** the expression a parenthesized operand holds (`not (x)` quotes as `not(__block__(x))`, which
 *  compiles as x) */
export function soleExpression(a: Ast): Ast {
  while (isCall(a, "__block__") && a.args?.length === 1) a = a.args[0];
  return a;
}
export function isAtomLit(a: Ast | undefined, v?: string): a is { t: "atom"; v: string } {
  return a !== undefined && a.t === "atom" && (v === undefined || a.v === v);
}
export function metaOf(a: Ast): Meta {
  return a.t === "call" ? a.meta : a.t === "tuple" && a.meta ? a.meta : {};
}
export function lineOf(a: Ast): number | undefined {
  return metaOf(a).line;
}

/** a comprehension's bitstring generator `<<segments, last <- value>>` (a `<<>>` otherwise is a filter) */
export function isBitstringGenerator(a: Ast): a is AstCall {
  return isCall(a, "<<>>") && (a.args ?? []).length >= 1 && isCall(a.args![a.args!.length - 1], "<-");
}

/** A keyword list literal as [key, value] pairs, or null. */
export function keywordPairs(a: Ast | undefined): [string, Ast][] | null {
  if (!a || a.t !== "list") return null;
  const out: [string, Ast][] = [];
  for (const it of a.items) {
    if (it.t !== "tuple" || it.items.length !== 2 || it.items[0].t !== "atom") return null;
    out.push([it.items[0].v, it.items[1]]);
  }
  return out;
}
export function kwGet(a: Ast | undefined, key: string): Ast | undefined {
  const kv = keywordPairs(a);
  if (!kv) return undefined;
  for (const [k, v] of kv) if (k === key) return v;
  return undefined;
}

/** The expressions of a block (a __block__ or a single expression). */
export function blockItems(a: Ast | undefined): Ast[] {
  if (a === undefined) return [];
  if (isCall(a, "__block__") && a.args) return a.args;
  return [a];
}

/** The `->` clauses of a do-block value: [{args, guard, body}] */
export interface Clause {
  args: Ast[];
  guard: Ast | null;
  body: Ast;
  meta: Meta;
  /** the first pattern as written, its guard included (`p when g`) */
  written?: Ast;
  /** the `->` node itself */
  node?: Ast;
}
/**
 * Elixir's check on the number of patterns in `->` clauses, e.g. `expected one argument for :do
 * clauses (->) in "case"`, or `expected one or two args for :catch clauses (->) in "try"`.
 * Returns the message for the first clause that breaks it, or null.
 */
export function clauseArityError(clauses: Clause[], block: string, construct: string, oneOrTwo = false): string | null {
  for (const c of clauses) {
    const n = c.args.length;
    if (oneOrTwo ? n < 1 || n > 2 : n !== 1) {
      return `expected ${oneOrTwo ? "one or two args" : "one argument"} for :${block} clauses (->) in "${construct}"`;
    }
  }
  return null;
}

export function clausesOf(a: Ast | undefined): Clause[] | null {
  if (!a || a.t !== "list") return null;
  const out: Clause[] = [];
  for (const c of a.items) {
    if (!isCall(c, "->") || !c.args || c.args.length !== 2) return null;
    const [lhs, body] = c.args;
    let args = lhs.t === "list" ? lhs.items : [lhs];
    let guard: Ast | null = null;
    if (args.length === 1 && isCall(args[0], "when") && args[0].args) {
      const w = args[0].args;
      guard = w[w.length - 1];
      args = w.slice(0, -1);
    }
    out.push({ args, guard, body, meta: c.meta, written: lhs.t === "list" ? lhs.items[0] : lhs, node: c });
  }
  return out;
}

// ---- builders -----------------------------------------------------------------------------------

export const M0: Meta = {};
export function call(name: string | Ast, args: Ast[] | null, meta: Meta = M0): AstCall {
  return { t: "call", name, meta, args };
}
export function v(name: string): AstCall {
  return { t: "call", name, meta: M0, args: null };
}
export function atomA(name: string): Ast {
  return { t: "atom", v: name };
}
export function remote(mod: string, fn: string, args: Ast[], meta: Meta = M0): AstCall {
  return call(call(".", [atomA(mod), atomA(fn)], meta), args, meta);
}
export function listA(items: Ast[]): Ast {
  return { t: "list", items };
}
export function tupleA(items: Ast[]): Ast {
  return { t: "tuple", items };
}
export function clause(args: Ast[], body: Ast, guard: Ast | null = null): Ast {
  const lhs = guard ? [call("when", [...args, guard])] : args;
  return call("->", [listA(lhs), body]);
}
export function caseA(subject: Ast, clauses: Ast[], meta: Meta = M0): Ast {
  return call("case", [subject, listA([tupleA([atomA("do"), listA(clauses)])])], meta);
}

/** Alias segments of {:__aliases__, _, [:Foo, :Bar]} */
export function aliasParts(a: Ast): (string | Ast)[] | null {
  if (!isCall(a, "__aliases__") || !a.args) return null;
  return a.args.map((x) => (x.t === "atom" ? x.v : x));
}

/** `Left.unquote(name)` inside a quote: a remote call whose name is unquoted */
export function isUnquotedDot(a: Ast): boolean {
  if (a.t !== "call" || typeof a.name === "string" || a.args?.length !== 1) return false;
  const d = a.name;
  return d.t === "call" && d.name === "." && d.args?.length === 2 && d.args[1].t === "atom" && d.args[1].v === "unquote";
}

/** `@file "path"` in a module body: the path (else null) */
export function fileAttribute(a: Ast): string | null {
  if (!isCall(a, "@") || a.args?.length !== 1) return null;
  const attr = a.args[0];
  return isCall(attr, "file") && attr.args?.length === 1 && attr.args[0].t === "str" ? attr.args[0].v : null;
}
