// Module attributes beyond plain `@name value`: Module.register_attribute(__MODULE__, name,
// accumulate: true) (each `@name v` then prepends v: reads give the newest first, as Elixir),
// Module.delete_attribute/2 and Module.put_attribute/3 written in a module body, and `@name`
// reads inside an attribute's value, resolved when it is set (`@tests {name, @tag}` keeps the
// @tag of that moment). ExUnit's test/setup macros rely on these.
import type { Ast, AstCall } from "../lang/ast.ts";
import { isCall, keywordPairs, listA, atomA } from "./ast_util.ts";
import { plainName } from "./quoted.ts";

export interface AttributeState {
  attrs: Map<string, Ast>;
  accumulate: Set<string>;
}

/** replaces every `@name` read in a value by the attribute's current value */
export function resolveAttributeReads(a: Ast, st: AttributeState): Ast {
  if (isCall(a, "@") && a.args?.length === 1) {
    const inner = a.args[0];
    if (isCall(inner) && typeof inner.name === "string" && (inner.args === null || inner.args.length === 0)) {
      const name = plainName(inner.name);
      return st.attrs.get(name) ?? (st.accumulate.has(name) ? listA([]) : atomA("nil"));
    }
  }
  switch (a.t) {
    case "list":
      return { ...a, items: a.items.map((x) => resolveAttributeReads(x, st)) };
    case "tuple":
      return { ...a, items: a.items.map((x) => resolveAttributeReads(x, st)) };
    default: {
      if (!isCall(a)) return a;
      // quoted code inside an attribute stays as written
      if (isCall(a, "quote")) return a;
      const c = a as AstCall;
      const name = typeof c.name === "string" ? c.name : resolveAttributeReads(c.name, st);
      return { ...c, name, args: c.args === null ? null : c.args.map((x) => resolveAttributeReads(x, st)) } as AstCall;
    }
  }
}

/** `@name value` (value already resolved) */
export function setAttribute(st: AttributeState, name: string, value: Ast): void {
  if (st.accumulate.has(name)) {
    const prev = st.attrs.get(name);
    const items = prev && prev.t === "list" ? prev.items : [];
    st.attrs.set(name, listA([value, ...items]));
  } else {
    st.attrs.set(name, value);
  }
}

/** `Module.f(__MODULE__, ...)` in a module body: true when handled */
export function moduleAttributeCall(it: AstCall, st: AttributeState): boolean {
  const dot = it.name;
  if (typeof dot === "string" || !isCall(dot, ".") || dot.args?.length !== 2) return false;
  const [recv, fn] = dot.args;
  if (!(isCall(recv, "__aliases__") && recv.args?.length === 1 && recv.args[0].t === "atom" && recv.args[0].v === "Module")) return false;
  if (fn.t !== "atom") return false;
  const args = it.args ?? [];
  if (!isCall(args[0], "__MODULE__") || args[1]?.t !== "atom") return false;
  const name = args[1].v;
  switch (fn.v) {
    case "register_attribute": {
      const acc = keywordPairs(args[2])?.find(([k]) => k === "accumulate")?.[1];
      if (acc && acc.t === "atom" && acc.v === "true" && !st.accumulate.has(name)) {
        st.accumulate.add(name);
        const prev = st.attrs.get(name);
        st.attrs.set(name, listA(prev ? [prev] : []));
      }
      return true;
    }
    case "delete_attribute":
      if (st.accumulate.has(name)) st.attrs.set(name, listA([]));
      else st.attrs.delete(name);
      return true;
    case "put_attribute":
      if (args[2] === undefined) return false;
      setAttribute(st, name, resolveAttributeReads(args[2], st));
      return true;
  }
  return false;
}
