// The checks Elixir's Kernel.Utils.defstruct/3 makes before a struct is defined: a second
// defstruct (or defexception) in one module, fields that are no list or name no atom,
// @enforce_keys that are no atoms or name keys the struct lacks. The compiler builds the struct
// itself; when one of these fails it runs the library's Kernel.Utils.__defstruct_check__/4, which
// raises Elixir's ArgumentError with Kernel.Utils' frames.
import type { Ast } from "../lang/ast.ts";
import { Atom, Cons, NIL, Tuple, Ref, Port, Fun, isMap, type Term } from "../vm/terms.ts";
import { mapKeys, mapValues } from "../vm/map.ts";
import { atomA, listA, remote } from "./ast_util.ts";
import { literalTerm } from "./patterns.ts";

/** a field as defstruct takes it: a name, or a {name, default} pair */
function isField(t: Term): boolean {
  return t instanceof Atom || (t instanceof Tuple && t.items.length === 2 && t.items[0] instanceof Atom);
}

/** a value Macro.escape refuses, or holding one: a reference, a port, a local fun */
export function holdsUnescapable(t: Term): boolean {
  const todo: Term[] = [t];
  while (todo.length > 0) {
    const x = todo.pop()!;
    if (x instanceof Ref || x instanceof Port || x instanceof Fun) return true;
    if (x instanceof Cons) todo.push(x.head, x.tail);
    else if (x instanceof Tuple) todo.push(...x.items);
    else if (isMap(x)) todo.push(...mapKeys(x), ...mapValues(x));
  }
  return false;
}

/** the library's Kernel.Utils.__defstruct_check__/4: raises Elixir's error for the first check failing */
export function defstructCheck(module: string, fieldsAst: Ast, defined: boolean, enforce: Ast | undefined, line: number): Ast {
  return remote("Elixir.Kernel.Utils", "__defstruct_check__", [atomA(module), fieldsAst, atomA(String(defined)), enforce ?? listA([])], { line });
}

/** a list written in the code whose items all read as fields (`[:a, b: 1]`) */
export function isLiteralFieldList(spec: Ast | undefined): spec is Ast & { t: "list" } {
  return spec !== undefined && spec.t === "list" &&
    spec.items.every((f) => f.t === "atom" || (f.t === "tuple" && f.items.length === 2 && f.items[0].t === "atom"));
}

/**
 * The call that raises Elixir's error for this defstruct, or undefined when its checks pass.
 * `fields` is the fields value (computed at compile time) or undefined for a literal field list
 * `spec`; `names` the field names taken from either; `enforce` the @enforce_keys value's code.
 */
export function defstructFailure(module: string, spec: Ast, fields: Term | undefined, fieldsAst: Ast, names: string[],
  defined: boolean, enforce: Ast | undefined, line: number): Ast | undefined {
  const check = () => defstructCheck(module, fieldsAst, defined, enforce, line);
  if (defined) return check();
  if (fields !== undefined) {
    let c: Term = fields;
    for (; c instanceof Cons; c = c.tail) if (!isField(c.head) || (c.head instanceof Tuple && holdsUnescapable(c.head.items[1]))) return check();
    if (c !== NIL) return check();
  } else if (!isLiteralFieldList(spec)) return check();
  const keys = enforce === undefined ? undefined : literalTerm(enforce);
  if (keys === undefined) return undefined;
  // (List.wrap: one key alone, nil for none)
  const wrapped: Term[] = [];
  if (keys instanceof Cons) for (let c: Term = keys; c instanceof Cons; c = c.tail) wrapped.push(c.head);
  else if (keys !== NIL && !(keys instanceof Atom && keys.name === "nil")) wrapped.push(keys);
  const known = new Set(names);
  if (wrapped.some((k) => !(k instanceof Atom) || !known.has(k.name))) return check();
  return undefined;
}
