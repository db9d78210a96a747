// A script's top level (or an expression typed at the REPL) is expanded before it runs: a struct
// whose module it defines itself does not exist yet then, and Elixir stops with a CompileError.
import type { ModCtx } from "./context.ts";
import { CompileError } from "../lang/compile_error.ts";
import { displayModule } from "./aliases.ts";

/** %Mod{} in an expression expands Mod.__struct__/1, in a pattern Mod.__struct__/0 */
export function checkStructAvailable(ctx: ModCtx, mod: string, line: number, arity: 0 | 1): void {
  if (!ctx.scriptDefined.has(mod) || ctx.host.moduleExports(mod) !== undefined) return;
  const where = `${ctx.file}:${line}`;
  const err = new CompileError("CompileError", ctx.file, line, null, `cannot access struct ${displayModule(mod)}, the struct was not yet defined or the struct is being accessed in the same context that defines it`);
  err.banner = `** (CompileError) ${where}: ${err.description}\n    expanding struct: ${displayModule(mod)}.__struct__/${arity}\n    ${where}: (file)`;
  throw err;
}
