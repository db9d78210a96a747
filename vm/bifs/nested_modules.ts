// :beamlet_code.define_nested_module/3: a defmodule inside code, run (compiler/nested_modules.ts)
import type { Process } from "../process.ts";
import { defineBifs, type BifContext } from "./registry.ts";
import { Atom, Bin, Term, Tuple, atom, list, listToArray, tuple, charlist } from "../terms.ts";
import { codeFrame } from "../code_frame.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { badarg } from "../errors.ts";
import { printWarningsBefore } from "./elixir_code.ts";
import { definitionFromTerm, nestedDefinition } from "../../compiler/nested_modules.ts";
import { invalidModuleName, isModuleNameAtom } from "../../compiler/modules.ts";
import { afterCompileFailures } from "../../compiler/macros.ts";
import { compilerHost } from "../compiler_host.ts";
import { hasElixirExports } from "../../compiler/warnings/elixir_export_modules.ts";
import type { CompiledModule } from "../module.ts";
import type { Node } from "../node.ts";
import { yieldFirst } from "./code_loading.ts";
import { YIELD_AND_RETRY } from "../calls.ts";
import { firstUse } from "../loaded_modules.ts";

// (in beamlet_code: a macro of the module may wait for the host, and the call is made again)
defineBifs("beamlet_code", {
  "define_nested_module/3": ([key, binding, saved], ctx: BifContext) => defineNested(key, binding, saved, undefined, ctx),
  // defmodule with a name computed by code: the name's value, an atom
  "define_nested_module/4": ([key, binding, saved, name], ctx: BifContext) => defineNested(key, binding, saved, name, ctx),
});

function defineNested(key: Term, binding: Term, saved: Term, name: Term | undefined, ctx: BifContext): Term {
  {
    if (!(key instanceof Bin)) badarg();
    // compiling a module takes the BEAM's compiler a while: the caller blocks, others run first
    if (yieldFirst(ctx)) return YIELD_AND_RETRY as unknown as Term;
    const n = ctx.node as Node;
    // the compiler's closure where this run compiled the code; else (code loaded from an object
    // file) the quoted defmodule and its directives the code holds
    const def = nestedDefinition((key as Bin).toString()) ?? definitionFromTerm(saved, compilerHost(n, n.host.useSources?.() ?? new Map()));
    if (!def) badarg();
    const bindings: [string, Term][] = (listToArray(binding) ?? []).map((kv) => [((kv as Tuple).items[0] as Atom).name, (kv as Tuple).items[1]]);
    let mods: CompiledModule[];
    const since = n.host.now();
    try {
      if (name !== undefined && !isModuleNameAtom(name)) throw new CompileError("CompileError", def!.file, def!.line, 0, invalidModuleName(name));
      // (its body's nested run: what its stack trace shows below elixir_module:compile/5)
      const proc = ctx.process as Process, before = proc.definingBody;
      proc.definingBody = { foldIndex: def!.foldIndex, fastCompiled: def!.fastCompiled, tail: def!.tail, outer: before };
      try {
        mods = def!.compile(bindings, (name as Atom | undefined)?.name);
      } finally {
        proc.definingBody = before;
      }
    } catch (e) {
      if ((def!.scriptFrame || def!.foldIndex !== undefined) && e instanceof CompileError) withScriptFrame(e, def!.file, def!.line, def!.foldIndex);
      if (e instanceof CompileError) {
        n.onModuleFailed?.(def!.line, e);
        printWarningsBefore(n, e);
      }
      // a CompileError becomes Elixir's exception in this process
      if (n.compileErrorHook && e instanceof Error && e.name !== "Error") n.compileErrorHook(e);
      throw e;
    }
    n.afterCompile(ctx.process as Process, since);
    // what Elixir's compiler loads to define them (vm/loaded_modules.ts; the yield above waited)
    for (const m of mods) firstUse(n.code, definitionUses(m));
    // (the table of Elixir's modules is the compiler's: the browser's first page load needs none of it)
    return n.installDefined(mods, ctx, def!.line, (name) => hasElixirExports(name.slice("Elixir.".length)), def!.evalUnit);
  }
}


/** a module body's failure: the trace of the script's top level (or the foldl compiling a file
 *  of defmodules only) goes on below the body's frame, as far as the BEAM's 8 frames reach
 *  (Elixir's 4 frames defining the module come between) */
function withScriptFrame(e: CompileError, file: string, line: number, foldIndex?: number): void {
  const frames = listToArray(e.expansionStack as Term);
  // (an @after_compile hook's: below elixir_module's 3 frames under the fold over the hooks)
  if (frames && afterCompileFailures.has(e)) {
    e.expansionStack = list([...frames, definingFrame(file, line, foldIndex)]);
    return;
  }
  const last = frames?.[frames.length - 1];
  if (!frames || !(last instanceof Tuple) || !(last.items[0] instanceof Atom) || !last.items[0].name.startsWith("elixir_compiler_") || last.items[1] !== atom("__MODULE__")) return;
  // (each module body's frame under another's stands on the 4 frames defining it, unprinted)
  const bodies = frames.filter((f) => f instanceof Tuple && f.items[0] instanceof Atom && f.items[0].name.startsWith("elixir_compiler_") && f.items[1] === atom("__MODULE__")).length;
  if (frames.length + 4 * (bodies - 1) > 3) return;
  // (a file of defmodules only: the lists:foldl compiling them one after the other)
  e.expansionStack = list([...frames, definingFrame(file, line, foldIndex)]);
}

/** what defines a module of a script's top level: the script's frame, or (a file of defmodules
 *  only) the lists:foldl compiling them one after the other */
function definingFrame(file: string, line: number, foldIndex?: number): Term {
  return foldIndex === undefined ? codeFrame("elixir_compiler_0", "__FILE__", 1, file, line)
    : foldIndex === 0 ? codeFrame("lists", "foldl", 3, "lists.erl", 1350) : codeFrame("lists", "foldl_1", 3, "lists.erl", 1355);
}

/** the FIRST_USE keys of defining m: a module, and a struct, exception, protocol or implementation */
function definitionUses(m: CompiledModule): string[] {
  const has = (name: string, arity: number) => m.functions.some((f) => f.name === name && f.arity === arity && f.exported);
  const uses = ["defmodule"];
  if (has("exception", 1)) uses.push("defexception");
  else if (has("__struct__", 0)) uses.push("defstruct");
  if (has("__protocol__", 1)) uses.push("defprotocol");
  if (has("__impl__", 1)) uses.push("defimpl");
  return uses;
}
