// @derive of a protocol other than Inspect (which the compiler and inspect handle themselves), as
// Elixir 1.14's Protocol.__derive__ does it when defstruct runs: the protocol's Any implementation
// either has a __deriving__/3 macro, whose code (usually a defimpl for the struct) is compiled
// right there in the struct's module, or the struct gets an implementation module of its own whose
// target is Any (impl_for/1 then gives P.Any, and Any's functions run).
import type { Ast } from "../lang/ast.ts";
import { atom, bin, list, tuple, type Term, type Tuple, charlist } from "../vm/terms.ts";
import { mapFromEntries } from "../vm/map.ts";
import type { ModCtx } from "./context.ts";
import { expandAlias, displayModule } from "./aliases.ts";
import { envTerm, linify, compileTimeFailure } from "./macros.ts";
import { termToAstOrError } from "./quoted.ts";

export interface PendingDerive {
  proto: Ast;
  opts: Ast;
}

/** what derive does for one protocol: code to compile in the module, or an impl module to define */
export type Derivation = { t: "code"; ast: Ast } | { t: "target"; protocol: string; any: string };

/** `opts`: the options' value (evaluated in the module body) */
export function derivation(ctx: ModCtx, d: PendingDerive, opts: Term, struct: Term, line: number, fail: (reason: Term, frames: Term[], line: number) => never): Derivation {
  const host = ctx.host;
  const proto = d.proto.t === "atom" ? d.proto.v : expandAlias(d.proto, ctx);
  const shown = proto === null ? "nil" : displayModule(proto);
  const cannot = `, cannot derive ${shown} for ${displayModule(ctx.name)}`;
  // (raised in the body, as Protocol.__derive__ does, from the check that failed)
  const at = (m: string, f: string, a: number, file: string, l: number) => tuple(atom(m), atom(f), a, list([tuple(atom("file"), charlist(file)), tuple(atom("line"), l)]));
  const argumentError = (message: string, check: "assert_protocol!" | "assert_impl!", checkLine: number): never => fail(
    mapFromEntries([[atom("__struct__"), atom("Elixir.ArgumentError")], [atom("__exception__"), atom("true")], [atom("message"), bin(message)]]),
    [
      at("Elixir.Protocol", check, check === "assert_protocol!" ? 2 : 3, "lib/protocol.ex", checkLine),
      at("Elixir.Protocol", "derive", 5, "lib/protocol.ex", check === "assert_protocol!" ? 1004 : 1006),
      at("lists", "foreach_1", 2, "lists.erl", 1442),
      at("Elixir.Protocol", "__derive__", 3, "lib/protocol.ex", 997),
    ],
    line,
  );
  const exports = proto === null ? undefined : host.moduleExports(proto);
  if (proto === null || exports === undefined) return argumentError(`could not load module ${shown} due to reason :nofile${cannot}`, "assert_protocol!", 323);
  if (!exports.includes("__protocol__/1")) return argumentError(`${shown} is not a protocol${cannot}`, "assert_protocol!", 330);
  const any = proto + ".Any";
  if (host.moduleExports(any) === undefined) return argumentError(`could not load module ${displayModule(any)} due to reason :nofile${cannot}`, "assert_impl!", 354);
  if (!host.moduleMacros?.(any)?.includes("__deriving__/3") || !host.callSync) return { t: "target", protocol: proto, any };
  const env = envTerm(ctx, { fn: null, line });
  const r = host.callSync(any, "MACRO-__deriving__", [env, atom(ctx.name), struct, opts]) as Tuple;
  if (r.items[0] !== atom("ok")) return compileTimeFailure(ctx, line, r, "");
  const expanded = linify(r.items[1], line, atom(any), ++ctx.macroCounter);
  return { t: "code", ast: termToAstOrError(expanded, ctx.file, line) };
}
