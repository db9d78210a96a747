// The arity of a called fun when OTP's compiler knows it: a fn written out, a capture (`&f/1`,
// `&M.f/1`, `&(&1 + 1)`) or a variable bound to one (also through another variable, a tuple
// destructured on the spot, or inside a fn that captures it). A call with another number of
// arguments is compiled to erlang:error({badarity, {Fun, Args}}) raised in the caller itself,
// so its frame shows once (a call_fun that fails shows the caller twice). Observed on Elixir
// 1.14 / OTP 25: a fun reaching the call through a function's argument is not known.
import type { Ast } from "../lang/ast.ts";
import type { ConstEnv } from "./constants.ts";
import { ExtFun } from "../vm/terms.ts";
import { clausesOf, isCall, namedCaptureArity, varName } from "./ast_util.ts";
import { highestCaptureArg } from "./inlined_fns.ts";

export function knownFunArity(a: Ast, env: ConstEnv): number | undefined {
  const name = varName(a);
  if (name !== null) {
    const f = env.fact(name);
    // (a remote capture is also a constant, an external fun: compiler/constants.ts)
    if (f?.k === "const" && f.v instanceof ExtFun) return f.v.arity;
    return f?.k === "funArity" ? f.n : undefined;
  }
  if (a.t !== "call") return undefined;
  if (a.name === "fn") {
    const clauses = clausesOf({ t: "list", items: a.args ?? [] });
    if (clauses === null || clauses.length === 0) return undefined;
    const n = clauses[0].args.length;
    return clauses.every((c) => c.args.length === n) ? n : undefined;
  }
  if (a.name === "&" && a.args?.length === 1) {
    const body = a.args[0];
    const named = namedCaptureArity(body);
    if (named !== undefined) return named;
    const n = highestCaptureArg(body);
    return n > 0 ? n : undefined;
  }
  return undefined;
}
