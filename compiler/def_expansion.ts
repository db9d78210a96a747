// Elixir expands a definition's body when the def is stored, as the module body is evaluated top
// to bottom: a macro called in a def runs there, between the body's code before and after it (its
// IO, its Module.put_attribute read by a later @attr or a @before_compile, its raise stopping the
// body). beamlet compiles the functions once the body is done, so a def whose code calls one of the
// program's own macros is compiled once more where it is written, into a context thrown away, only
// for its macros to run there; each expansion is remembered (macros.ts rememberedExpansion) and
// the real compile takes it instead of running the macro again.
import type { Ast } from "../lang/ast.ts";
import { CompileError, type ElixirFrame } from "../lang/compile_error.ts";
import type { AstCall } from "../lang/ast.ts";
import type { Clause } from "./ast_util.ts";
import { isCall } from "./ast_util.ts";
import { expandAlias } from "./aliases.ts";
import { ModCtx } from "./context.ts";
import { emitFunction, emitWithFns, reserveFunction } from "./functions.ts";
import { isElixirModule } from "./macro_expansions.ts";
import { isMacroFailure } from "./macros.ts";
import { HostWaitNeeded } from "../vm/calls.ts";
import { enclosingGuardMacros } from "./guard_macro_frames.ts";

export interface StoredClause extends Clause {
  kind: "def" | "defp";
  name: string;
  attrs: Map<string, Ast>;
  macros?: Set<string>;
}

/** does this code call a macro of the program's own (a local one, or one of a module that is not
 *  Elixir's), or change the directives (an import in the body may bring one)? Elixir's own macros
 *  have no effect to show, so a def calling only those is left to the module's compile. */
export function callsOwnMacro(ctx: ModCtx, code: Ast[], macros: Set<string>): boolean {
  const todo: Ast[] = [...code];
  while (todo.length > 0) {
    const a = todo.pop()!;
    switch (a.t) {
      case "list": case "tuple": todo.push(...a.items); continue;
      case "call": break;
      default: continue;
    }
    if (a.name === "quote") continue;
    if (a.args !== null) {
      if (typeof a.name === "string") {
        const key = `${a.name}/${a.args.length}`;
        if (macros.has(key) || a.name === "import" || a.name === "require") return true;
        const imported = ctx.importedMacros.get(key);
        if (imported !== undefined && !isElixirModule(imported)) return true;
      } else if (isCall(a.name, ".") && a.name.args?.length === 2 && a.name.args[1].t === "atom") {
        const recv = a.name.args[0];
        if (recv.t === "atom" || isCall(recv, "__aliases__")) {
          const m = expandAlias(recv, ctx);
          if (m !== null && m !== ctx.name && !isElixirModule(m) && ctx.host.moduleMacros?.(m)?.includes(`${a.name.args[1].v}/${a.args.length}`)) return true;
        }
      }
      todo.push(...a.args);
    }
    if (typeof a.name !== "string") todo.push(a.name);
  }
  return false;
}

/** a silent copy of ctx's module context to expand code in early, before the module's compile:
 *  its warnings are dropped (the real compile gives them) */
function scratchCtx(ctx: ModCtx): ModCtx {
  const quiet: typeof ctx.host = Object.create(ctx.host, { warn: { value: () => {} }, placeDefinitionWarnings: { value: false } });
  const tmp = new ModCtx(ctx.name, ctx.file, quiet);
  tmp.moduleDirs = ctx.moduleDirs;
  for (const k of ctx.localMacros) tmp.localMacros.add(k);
  tmp.macroModule = ctx.macroModule;
  tmp.guards = ctx.guards;
  tmp.outerModules = ctx.outerModules;
  tmp.ownStruct = ctx.ownStruct;
  return tmp;
}

/**
 * Expand clause `c` of `ctx`'s module now (see above). `defined`: the functions the body has
 * defined so far (their local calls compile as calls). Gives the error a macro raised while
 * expanding it (Elixir's, raised where the def is), null when its macros all ran; any other
 * compile error only stops the early expansion (`stopped`): the module's compile reports it in
 * its place, and expands what is left then. `record`: remember the expansions (else the def is
 * only checked for a compile error).
 */
export function expandAtDefinition(ctx: ModCtx, c: StoredClause, defined: { name: string; arity: number }[], file: string | undefined, record = true): { failure: CompileError | null; stopped: boolean } {
  const tmp = scratchCtx(ctx);
  tmp.accumulate = ctx.accumulate;
  tmp.nextCompilerIndex = ctx.nextCompilerIndex;
  tmp.macroCounter = ctx.macroCounter;
  tmp.attrs = c.attrs;
  tmp.expandingEarly = true;
  tmp.recordExpansions = record;
  for (const d of [...defined, { name: c.name, arity: c.args.length }]) {
    const key = `${d.name}/${d.arity}`;
    if (tmp.locals.has(key)) continue;
    const index = reserveFunction(tmp, d.name, d.arity, true, false, c.meta.line ?? 0);
    tmp.locals.set(key, { index, name: d.name, arity: d.arity, exported: true });
  }
  tmp.currentDef = { name: c.name, arity: c.args.length };
  tmp.currentDefFile = file;
  const index = tmp.locals.get(`${c.name}/${c.args.length}`)!.index;
  try {
    emitWithFns(tmp, () => emitFunction(tmp, index, [c], c.args.length));
    return { failure: null, stopped: false };
  } catch (e) {
    if (e instanceof HostWaitNeeded) throw e;
    if (e instanceof CompileError && isMacroFailure(e)) return { failure: e, stopped: true };
    return { failure: null, stopped: true };
  } finally {
    if (record) ctx.macroCounter = tmp.macroCounter;
  }
}


/**
 * A defguard's body is expanded as a guard where it is defined, as Elixir's Kernel.Utils.defguard
 * does: a call no guard may make (a remote or local function, `=`) is its CompileError then, raised
 * from that expansion (its frames, then the guard's own as the def it defines), even when the
 * guard is never used. Other errors are left to the guard's uses.
 */
export function checkGuardBody(ctx: ModCtx, name: string, params: string[], body: Ast, line: number): void {
  const tmp = scratchCtx(ctx);
  tmp.expandingEarly = true;
  tmp.recordExpansions = false;
  const fname = "$defguard_check";
  const index = reserveFunction(tmp, fname, params.length, false, false, line);
  tmp.locals.set(`${fname}/${params.length}`, { index, name: fname, arity: params.length, exported: false });
  tmp.currentDef = { name: fname, arity: params.length };
  const meta = { line };
  const clause: Clause = { args: params.map((p) => ({ t: "call", name: p, args: null, meta }) as Ast), guard: body, body: { t: "atom", v: "nil" } as Ast, meta };
  try {
    emitWithFns(tmp, () => emitFunction(tmp, index, [clause], params.length));
  } catch (e) {
    if (e instanceof HostWaitNeeded) throw e;
    if (e instanceof CompileError && e.kind === "CompileError" && / in guards?[,.]|inside guards/.test(e.description) && e.banner === undefined) {
      const err = new CompileError("CompileError", ctx.file, e.line || line, 0, e.description);
      const own = (l: number): ElixirFrame => [ctx.name, name, params.length, ctx.file, l, ""];
      // (a call inside Kernel's guard macros fails in their expansion: each shows, innermost first)
      const { macros, below } = enclosingGuardMacros(body, e.description) ?? { macros: [], below: 0 };
      if (macros.length === 0) {
        err.trace = [["Elixir.Kernel.Utils", "defguard", 3, "lib/kernel/utils.ex", 322], ["Elixir.Kernel.Utils", "defguard", 2, "expanding macro", 0], own(0)];
      } else {
        const frames: ElixirFrame[] = [];
        for (const m of macros) frames.push(["Elixir.Kernel", m.name as string, m.args!.length, "expanding macro", 0], own(m.meta.line ?? line));
        frames.push(["Elixir.Kernel.Utils", "defguard", 2, "expanding macro", 0], own(0));
        // (the BEAM keeps 8 frames, 3 of them the expander's own; a call nested in a function's
        // arguments below the macro costs the expander more: only the macro's own 2 show, as seen
        // with `is_integer(x) and String.length(x) > 1`)
        // (`=` is refused one expander frame deeper than a call: one frame fewer shows)
        const isMatch = e.description.includes(", = is not allowed in guards");
        err.trace = frames.slice(0, below === 0 ? (isMatch ? 4 : 5) : 2);
      }
      throw err;
    }
  }
}


