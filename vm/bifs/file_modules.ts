// The modules a compiled file defines, as Code.compile_string/compile_file return them: every
// module its process defines while the file runs (nested ones, those a loop or a macro defines),
// in the order each was finished. Elixir's compiler keeps them in the process dictionary
// (elixir_module_binaries), saving and restoring an outer file's list around each file.
import { defineBifs } from "./registry.ts";
import { atom, Bin, list, NIL_ATOM, tuple, type Term } from "../terms.ts";
import type { BifContext } from "./registry.ts";

const collecting = new WeakMap<object, Term[][]>();

/** a module the process defined (defmodule, Module.create), with its object code */
export function moduleDefinedBy(ctx: BifContext, module: Term, binary: Term): void {
  const stack = collecting.get(ctx.process);
  if (stack !== undefined && stack.length > 0) stack[stack.length - 1].push(tuple(module, binary));
}

const COMPILER_DEST = atom("elixir_compiler_dest");

/** what runs once a compiled file's code has (its checker's warnings), by the file's run index */
const atEnd = new Map<number, (ctx: BifContext) => void>();

export function atFileEnd(run: number, f: (ctx: BifContext) => void): void {
  atEnd.set(run, f);
}

/** where Kernel.ParallelCompiler.compile_to_path/3 writes the module (its process keeps the
 *  directory under :elixir_compiler_dest): the file the loaded module counts as loaded from */
export function compilerDest(ctx: BifContext, module: string): string | null {
  const dir = ctx.process?.dictionary?.get(COMPILER_DEST)?.[1];
  return dir instanceof Bin && dir.isBinary ? `${dir.toString().replace(/\/$/, "")}/${module}.beam` : null;
}

defineBifs("beamlet_code", {
  // a file starts: its depth, for file_modules/1 (a file that raised leaves its list behind)
  "file_begins/0": (_, ctx) => {
    let stack = collecting.get(ctx.process);
    if (stack === undefined) collecting.set(ctx.process, (stack = []));
    stack.push([]);
    return stack.length - 1;
  },
  // the file's code has run (`run`: its :elixir_compiler_N): what waited for that, then its modules
  "file_modules/2": ([depth, run], ctx) => {
    const end = atEnd.get(run as number);
    if (end !== undefined) {
      atEnd.delete(run as number);
      end(ctx);
    }
    const stack = collecting.get(ctx.process);
    if (stack === undefined || typeof depth !== "number" || stack.length <= depth) return NIL_ATOM;
    const mods = stack[depth];
    stack.length = depth;
    return list(mods);
  },
});
