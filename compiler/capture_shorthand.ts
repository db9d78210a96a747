// Elixir 1.14's elixir_fn:capture/4 reads `&f(&1, &2)` and `&Mod.f(&1, &2)` — a call whose
// arguments are &1 to &n in order — as the capture `&f/2` / `&Mod.f/2`: the same function as
// that capture (`&String.upcase(&1)` is `&String.upcase/1`, `&(&1 + &2)` is `&:erlang.+/2`), no
// fn of its own, so no anonymous fn frame in a trace and no fun number taken. Anything else
// (other arguments, a special form, a receiver not known at compile time) stays a fn.
import type { Ast, AstCall } from "../lang/ast.ts";
import { isCall, soleExpression } from "./ast_util.ts";

/** the special forms: `&{&1, &2}`, `&<<&1>>`, `&(&1 = &2)` are captured as fns */
const SPECIAL_FORMS = new Set([
  "{}", "<<>>", "%{}", "%", "__block__", "fn", "&", "^", "=", "case", "cond", "receive", "try", "for", "with",
  "quote", "unquote", "unquote_splicing", "import", "require", "alias", "super", "__MODULE__", "__aliases__",
  "::", "__CALLER__", "__ENV__", "__DIR__", "__STACKTRACE__", ".", "->", "|",
]);

/** the `&name/n` or `&Mod.name/n` body a capture's body stands for, or null */
export function sequentialCapture(body: Ast): AstCall | null {
  const expr = soleExpression(body);
  if (!isCall(expr) || expr.args === null || expr.args.length === 0) return null;
  if (!expr.args.every((x, i) => isCall(x, "&") && x.args?.length === 1 && x.args[0].t === "int" && Number(x.args[0].v) === i + 1)) return null;
  const arity: Ast = { t: "int", v: BigInt(expr.args.length) };
  if (typeof expr.name === "string") {
    if (SPECIAL_FORMS.has(expr.name)) return null;
    return { t: "call", name: "/", meta: expr.meta, args: [{ t: "call", name: expr.name, meta: expr.meta, args: null }, arity] };
  }
  // Mod.f(...) with Mod an alias, an atom or __MODULE__ (a variable's module is known only when it runs)
  const dot = expr.name;
  if (!isCall(dot, ".") || dot.args?.length !== 2 || dot.args[1].t !== "atom") return null;
  const recv = dot.args[0];
  if (!(recv.t === "atom" || isCall(recv, "__aliases__") || isCall(recv, "__MODULE__"))) return null;
  return { t: "call", name: "/", meta: expr.meta, args: [{ t: "call", name: dot, meta: { ...expr.meta, no_parens: true }, args: [] }, arity] };
}
