// @spec as iex's h/1 shows it: Elixir reads the spec back from the compiled typespec, so every type
// is a call (`t` -> `t()`, `String.t` -> `String.t()`), `list(x)` is `[x]` and
// `nonempty_list(x)` is `[x, ...]`; type variables (named in `when`) stay bare.
import type { Ast, AstCall } from "../lang/ast.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";
import { astToTerm } from "./quoted.ts";
import { keywordPairs } from "./ast_util.ts";

/** [name, arity, text] of a @spec value, or null when it is no `name(args) :: result` */
export function specEntry(val: Ast): [string, number, string] | null {
  let spec = val;
  const vars = new Set<string>();
  if (spec.t === "call" && spec.name === "when" && spec.args?.length === 2) {
    for (const [k] of keywordPairs(spec.args[1]) ?? []) vars.add(k);
    spec = spec.args[0];
  }
  if (spec.t !== "call" || spec.name !== "::" || spec.args?.length !== 2) return null;
  const head = spec.args[0];
  if (head.t !== "call" || typeof head.name !== "string") return null;
  const arity = head.args?.length ?? 0;
  const text = typeText(normalize(val, vars, true));
  return [head.name, arity, text];
}

/** the text of a normalized spec: Macro.to_string's, with function types and `when` as typespecs print */
function typeText(a: Ast): string {
  if (a.t === "list") {
    const [only] = a.items;
    if (a.items.length === 1 && only.t === "call" && only.name === "->" && only.args?.length === 2) {
      const [params, result] = only.args;
      const ps = params.t === "list" ? params.items.map(typeText) : [typeText(params)];
      // a fun of no arguments reads back as `(() -> t)`, however the source wrote it
      return "(" + (ps.length ? ps.join(", ") : "()") + " -> " + typeText(result) + ")";
    }
    // a list of {atom, type} pairs prints as a keyword list, as Macro.to_string does
    const kw = a.items.every((x) => x.t === "tuple" && x.items.length === 2 && x.items[0].t === "atom" && /^[a-z_][a-zA-Z0-9_]*[?!]?$/.test(x.items[0].v));
    if (kw && a.items.length > 0) return "[" + a.items.map((x) => { const [k, v] = (x as { items: Ast[] }).items; return (k as { v: string }).v + ": " + typeText(v); }).join(", ") + "]";
    return "[" + a.items.map(typeText).join(", ") + "]";
  }
  if (a.t === "tuple") return "{" + a.items.map(typeText).join(", ") + "}";
  if (a.t !== "call") return macroToString(astToTerm(a));
  const args = a.args;
  if (typeof a.name === "string") {
    if (args?.length === 2 && a.name === "::") return typeText(args[0]) + " :: " + typeText(args[1]);
    // an annotated type in a union is parenthesized: `a() | (name :: b())`
    const operand = (x: Ast) => (x.t === "call" && x.name === "::" ? "(" + typeText(x) + ")" : typeText(x));
    if (args?.length === 2 && a.name === "|") return operand(args[0]) + " | " + operand(args[1]);
    // a map type on one line (`%{key: t(), optional(k) => v}`); iex's formatter wraps it when long
    if (a.name === "%{}" && args) {
      const field = (x: Ast) => {
        if (x.t === "tuple" && x.items.length === 2) {
          const [k, v] = x.items;
          if (k.t === "atom" && /^[a-z_][a-zA-Z0-9_]*[?!]?$/.test(k.v)) return k.v + ": " + typeText(v);
          return typeText(k) + " => " + typeText(v);
        }
        return typeText(x);
      };
      return "%{" + args.map(field).join(", ") + "}";
    }
    if (args?.length === 2 && a.name === "when") {
      const kw = keywordPairs(args[1]);
      if (kw) return typeText(args[0]) + " when " + kw.map(([k, v]) => k + ": " + typeText(v)).join(", ");
    }
    if (args === null) return a.name;
    if (/^[a-z_][a-zA-Z0-9_]*[?!]?$/.test(a.name)) return a.name + "(" + args.map(typeText).join(", ") + ")";
    return macroToString(astToTerm(a));
  }
  // a remote type: Mod.t(args)
  const dot = a.name;
  if (dot.t === "call" && dot.name === "." && dot.args?.length === 2 && dot.args[1].t === "atom") {
    return macroToString(astToTerm(dot.args[0])) + "." + dot.args[1].v + "(" + (args ?? []).map(typeText).join(", ") + ")";
  }
  return macroToString(astToTerm(a));
}

function normalize(a: Ast, vars: Set<string>, top = false): Ast {
  switch (a.t) {
    case "list": return { t: "list", items: a.items.map((x) => normalize(x, vars)) };
    case "tuple": return { ...a, items: a.items.map((x) => normalize(x, vars)) };
    case "call": break;
    default: return a;
  }
  const name = a.name;
  if (typeof name === "string") {
    // a `when` keyword's values (`x: var`) are no types
    if (name === "when" && a.args?.length === 2) return { ...a, args: [normalize(a.args[0], vars, top), a.args[1]] };
    if (name === "::" && top && a.args?.length === 2) {
      const head = a.args[0] as AstCall;
      return { ...a, args: [{ ...head, args: (head.args ?? []).map((x) => normalize(x, vars)) }, normalize(a.args[1], vars)] };
    }
    if (a.args === null) return vars.has(name) || name === "_" || name === "..." ? a : { ...a, args: [] };
    // an annotated type (`timeout :: integer()`): its name stays a name
    if (name === "::" && a.args.length === 2 && a.args[0].t === "call" && typeof a.args[0].name === "string" && a.args[0].args === null) return { ...a, args: [a.args[0], normalize(a.args[1], vars)] };
    const args = a.args.map((x) => normalize(x, vars));
    if (name === "list" && args.length === 1) return { t: "list", items: args };
    if (name === "nonempty_list" && args.length === 1) return { t: "list", items: [args[0], { t: "call", name: "...", args: null, meta: {} } as Ast] };
    // literals, operators and containers keep their shape
    if (name === "__aliases__" || name === "<<>>" || name === "..") return a;
    return { ...a, args };
  }
  // a remote type: String.t -> String.t()
  const meta = { ...a.meta };
  delete (meta as Record<string, unknown>).no_parens;
  return { ...a, meta, args: (a.args ?? []).map((x) => normalize(x, vars)) };
}
