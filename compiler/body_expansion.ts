// Elixir expands the whole module body before it runs any of it: a `use` (its __using__/1) and
// the program's own macros called in the body run then, in the order they are written (those
// inside other code too: an `if`, a call's arguments, an @attribute's value, a fn), before the
// body's first statement runs (so Module.get_attribute sees none of the body's attributes yet).
// Their expansions are remembered by call as written (compiler/macros.ts) for the visit of the
// body to take, so each runs once. Elixir's own macros are left to the visit (nothing of theirs
// shows); so is all that follows a `use` of a library template, a directive that fails, or a macro
// that raised inside an expansion. Code that is no plain code (patterns, pipes and the other macros
// of Elixir's not listed below) is left to the visit too: its macros still expand once, when it is
// compiled. A capture's code is walked as the capture compiles it (compiler/lambdas.ts).
import type { Ast, AstCall } from "../lang/ast.ts";
import type { ModCtx, CompilerHost } from "./context.ts";
import { CompileError } from "../lang/compile_error.ts";
import { isCall, call, atomA, listA } from "./ast_util.ts";
import { expandAlias } from "./aliases.ts";
import { snapshotCtx } from "./compile.ts";
import { findMacro, expandMacro, isMacroFailure, type MacroRef } from "./macros.ts";
import { isElixirModule } from "./macro_expansions.ts";
import { DEF_FORMS } from "./module_body.ts";
import { nestedModuleName } from "./modules.ts";
import { noteRewritten, writtenNode } from "./written_node.ts";
import { capturedCode } from "./lambdas.ts";

/** `use M, opts` -> the call M.__using__(opts), one per `use` (its expansion is remembered by
 *  call: the body's expansion ahead of the visit and the visit take the same) */
const usingCalls = new WeakMap<AstCall, AstCall>();
export function usingCallOf(copy: AstCall): AstCall {
  const it = writtenNode(copy);
  let c = usingCalls.get(it);
  if (c === undefined) {
    const args = it.args ?? [];
    c = call(call(".", [args[0], atomA("__using__")], it.meta), [args[1] ?? listA([])], it.meta);
    usingCalls.set(it, c);
  }
  return c;
}

/** Elixir's macros whose arguments are code as written (the clauses' bodies of those with
 *  clauses): the program's macros called there are expanded ahead */
const CODE_MACROS = new Set(["if", "unless", "&&", "||", "and", "or", "!", "not", "case", "cond", "try", "receive", "for", "with", "fn", "__block__"]);
/** attributes whose value is a typespec, not expanded as code */
export const TYPESPEC_ATTRIBUTES = new Set(["spec", "type", "typep", "opaque", "callback", "macrocallback"]);

type Underneath = (e: unknown, module: string, name: string, arity: number, at: number) => unknown;

export function expandBodyAhead(ctx: ModCtx, items: Ast[], line: number, kernelDefinitionForm: (it: Ast) => AstCall | null, underExpansion: Underneath): void {
  const host = ctx.host;
  if (!host.callSync) return;
  const lexical = snapshotCtx(ctx);
  (lexical as { host: CompilerHost }).host = Object.create(host, { warn: { value: () => undefined } });
  lexical.recordExpansions = true;
  lexical.macroCounter = ctx.macroCounter;
  let ended = false;
  const expandNow = (at: AstCall, ref: MacroRef) => {
    let out: Ast;
    try {
      out = expandMacro(lexical, ref, at, { fn: null, line: at.meta.line ?? line });
    } catch (e) {
      ended = true;
      // (a macro that raised stops the module before its body runs, as in Elixir)
      if (e instanceof CompileError && isMacroFailure(e)) throw e;
      return;
    }
    try {
      walk(out, false);
    } catch (e) {
      throw underExpansion(e, ref.module, ref.name, ref.arity, at.meta.line ?? line);
    }
  };
  /** the code of a clause (`pattern -> body`, `pattern <- value`, `pattern = value`): its right side */
  const walkRight = (it: AstCall) => {
    if (it.args?.length === 2) walk(it.args[1], true);
  };
  const walk = (it: Ast, nested: boolean): void => {
    if (ended || kernelDefinitionForm(it) !== null) return;
    if (it.t === "list" || it.t === "tuple") return it.items.forEach((x) => walk(x, nested));
    if (!isCall(it) || it.args === null) return;
    if (typeof it.name === "string") {
      switch (it.name) {
        case "alias": case "import": case "require":
          // (one inside a block holds to the block's end: walkScoped)
          try {
            lexical.directive(it.name, it.args, it.meta.line, undefined, undefined, it.meta);
          } catch {
            ended = true;
          }
          return;
        case "__block__":
          return it.args.forEach((x) => walk(x, nested));
        case "defmodule": case "defprotocol": {
          // (its body is expanded as it runs; from here on its name is an alias to the block's end,
          // as the visit makes it: a name computed by code is none)
          const name = it.args[0];
          if (isCall(name, "__aliases__") && name.args!.every((x) => x.t === "atom")) nestedModuleName(name, lexical);
          return;
        }
        case "defimpl":
          // (its module's name is the protocol's and the type's, no alias)
          return;
        case "quote": case "__aliases__": case "^": case "when":
          return;
        case "&": {
          // (the code the capture makes, its &n as Elixir's variables, as the capture compiles it)
          const code = capturedCode(it);
          if (code !== null) walk(code, true);
          return;
        }
        case "|>": {
          // (the call the pipe makes, as the compiler makes it: special_forms.ts)
          const [left, right] = it.args;
          if (it.args.length !== 2 || !isCall(right) || (typeof right.name === "string" && ["&", "{}", "%{}", "__aliases__", "<<>>", "fn", "+", "-"].includes(right.name))) return;
          const piped: AstCall = { ...right, args: [left, ...(right.args ?? [])] };
          noteRewritten(piped, right);
          return walk(piped, true);
        }
        case "@": {
          const attr = it.args[0];
          if (isCall(attr) && typeof attr.name === "string" && attr.args?.length === 1 && !TYPESPEC_ATTRIBUTES.has(attr.name)) walk(attr.args[0], true);
          return;
        }
        case "->": case "<-": case "=":
          return walkRight(it);
        case "use": {
          const target = expandAlias(it.args[0], lexical);
          if (target === null || target === "Elixir.Bitwise" || isElixirModule(target) || !host.moduleMacros?.(target)?.includes("__using__/1")) {
            ended = true;
            return;
          }
          lexical.updateDirectives((d) => d.required.add(target));
          try {
            return expandNow(usingCallOf(it), { module: target, name: "__using__", arity: 1, local: false });
          } catch (e) {
            throw underExpansion(e, "Elixir.Kernel", "use", it.args.length, it.meta.line ?? line);
          }
        }
      }
      if (DEF_FORMS.has(it.name)) return;
    }
    let ref: MacroRef | null;
    try {
      ref = findMacro(lexical, it);
    } catch {
      ended = true;
      return;
    }
    if (ref === null) {
      // a function call (or a special form): its arguments are code
      if (typeof it.name !== "string" && !isCall(it.name, ".")) return;
      if (it.name === "cond") return walkScoped(() => walkConditions(it.args!));
      return walkScoped(() => it.args!.forEach((x) => walk(x, true)));
    }
    // (a local macro is this module's: not defined yet)
    if (ref.local) return;
    if (!isElixirModule(ref.module)) return expandNow(it, ref);
    if (typeof it.name !== "string" || !CODE_MACROS.has(it.name)) return;
    walkScoped(() => it.args!.forEach((x) => walk(x, true)));
  };
  /** the directives made inside a block hold to its end */
  const walkScoped = (f: () => void) => {
    const saved = lexical.moduleDirs;
    try {
      f();
    } finally {
      lexical.moduleDirs = saved;
    }
  };
  /** a cond's conditions are code, as its clauses' bodies */
  const walkConditions = (args: Ast[]) => {
    for (const kw of args) {
      if (kw.t !== "list") continue;
      for (const pair of kw.items) {
        if (pair.t !== "tuple" || pair.items.length !== 2 || pair.items[1].t !== "list") continue;
        for (const clause of pair.items[1].items) {
          if (isCall(clause, "->") && clause.args?.length === 2) {
            clause.args[0].t === "list" ? clause.args[0].items.forEach((x) => walk(x, true)) : walk(clause.args[0], true);
          }
          walk(clause, true);
        }
      }
    }
  };
  try {
    for (const it of items) walk(it, false);
  } finally {
    ctx.macroCounter = lexical.macroCounter;
  }
}
