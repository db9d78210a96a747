// The value of a module body: `defmodule` returns {:module, name, binary, value}, where value is
// what the body's last expression gave when Elixir ran it at compile time. beamlet runs only the
// body's plain code; for the declarations it handles itself, these are the values Elixir's
// macros return (def -> {name, arity}, @attr value -> :ok, alias -> the module, ...).
import type { Ast } from "../lang/ast.ts";
import { Term, atom, list, tuple, NIL_ATOM } from "../vm/terms.ts";
import { isCall, aliasParts } from "./ast_util.ts";
import { plainName } from "./quoted.ts";

const OK = atom("ok");

/** def/defp/defmacro/defguard HEAD: {name, arity}, arity counting the arguments with defaults */
export function definitionValue(head: Ast | undefined): Term {
  if (isCall(head, "when") && head.args) head = head.args[0];
  if (!isCall(head) || typeof head.name !== "string") return NIL_ATOM;
  return tuple(atom(plainName(head.name)), head.args?.length ?? 0);
}

/** defdelegate HEAD: the list of the definitions it made, [{name, arity}] */
export function delegateValue(head: Ast | undefined): Term {
  return list(head?.t === "list" ? head.items.map(definitionValue) : [definitionValue(head)]);
}

/** alias/import/require: the module (a list of them for `alias Base.{A, B}`) */
export function directiveValue(kind: string, target: Ast | undefined, expand: (a: Ast) => string | null): Term {
  if (kind === "alias" && isCall(target) && isCall(target.name as Ast, ".")) {
    const dot = target.name as { args?: Ast[] };
    const base = dot.args?.[0] ? expand(dot.args[0]) : null;
    if (base === null) return NIL_ATOM;
    const subs = (target.args ?? []).map((sub) => aliasParts(sub));
    if (subs.some((s) => s === null)) return NIL_ATOM;
    return list(subs.map((s) => atom(base + "." + s!.join("."))));
  }
  const mod = target ? expand(target) : null;
  return mod === null ? NIL_ATOM : atom(mod);
}

/** what a declaration the module compiler handles itself gives as a body expression */
export function valueOfDeclaration(name: string, args: Ast[]): () => Term {
  switch (name) {
    case "def": case "defp": case "defmacro": case "defmacrop": case "defguard": case "defguardp": {
      const v = definitionValue(args[0]);
      return () => v;
    }
    case "defdelegate": {
      const v = delegateValue(args[0]);
      return () => v;
    }
    case "__block__":
      return args.length === 0 ? () => NIL_ATOM : () => OK;
    default:
      return () => OK;
  }
}
