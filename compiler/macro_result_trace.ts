// The trace under a CompileError raised while expanding what a macro of the program returned:
// Elixir's expand_quoted (elixir_dispatch) catches it and keeps only the frames above the
// expansion, then puts `expanding macro: M.name/arity` and the caller's frame, and each macro
// around it does the same (the BEAM keeping 8 frames each time).
import type { CompileError, ElixirFrame } from "../lang/compile_error.ts";
import type { ModCtx, MacroFrames } from "./context.ts";
import { macroResultTrace } from "./expander_frames.ts";
import { isElixirModule } from "./macro_expansions.ts";
import { isScriptModule } from "./script_module.ts";

/** where a macro was called: the function (the program's own, named without an application), the
 *  module body ("Mod (module)") or a script's top level ("(file)") */
function callerFrame(mod: ModCtx, fn: [string, number] | null | undefined, line: number): ElixirFrame {
  if (isScriptModule(mod.name)) return ["elixir_compiler_0", "__FILE__", 1, mod.file, line];
  if (fn) return [mod.name, fn[0], fn[1], mod.file, line, ""];
  return [mod.name, "__MODULE__", 0, mod.file, line];
}

/** the frames of an error at `at` inside the innermost expansion of a program's macro being
 *  compiled (siteFrames: those above at's own expansion); null when there is none or the path
 *  to `at` is not modelled */
export function macroResultFrames(mod: ModCtx, at: object, siteFrames: NonNullable<CompileError["siteFrames"]>): ElixirFrame[] | null {
  let m: MacroFrames | null = mod.expandingMacros;
  while (m !== null && m.frame.root === undefined) m = m.outer;
  if (m === null) return null;
  const { root, fn } = m.frame;
  const host = mod.host;
  return macroResultTrace(root!, at, siteFrames, (line) => callerFrame(mod, fn, line), (mm, f, n) => !!host.moduleMacros?.(mm)?.includes(f + "/" + n), expansionFrames(m, mod));
}

/** from macro m outwards, each expansion's `expanding macro: M.name/arity` and its caller's
 *  frame, as each expand_quoted around the error adds them (the BEAM keeping 8) */
function expansionFrames(m: MacroFrames | null, mod: ModCtx): ElixirFrame[] {
  const around: ElixirFrame[] = [];
  for (let o = m; o !== null && around.length < 8; o = o.outer) {
    const f = o.frame;
    around.push([f.module, f.name, f.arity, "expanding macro", 0, ...(isElixirModule(f.module) ? [] : [""])] as ElixirFrame, callerFrame(mod, f.fn, f.line));
  }
  return around;
}

/** the trace of an error whose first frame is elixir_dispatch's (an ambiguous import) raised
 *  inside a macro's expansion: expand_quoted prunes everything from such a frame on, so only the
 *  expansions' frames are left; null outside any expansion */
export function dispatchErrorInExpansion(mod: ModCtx): ElixirFrame[] | null {
  return mod.expandingMacros === null ? null : expansionFrames(mod.expandingMacros, mod);
}

/** give `e` (raised at e.at, e.siteFrames above it) that trace when it is raised inside what a
 *  macro of the program gave */
export function withMacroResultTrace(mod: ModCtx, e: CompileError): CompileError {
  const frames = e.at && e.siteFrames ? macroResultFrames(mod, e.at, e.siteFrames) : null;
  if (frames) {
    e.trace = frames;
    e.at = undefined;
    e.siteFrames = undefined;
    e.traceReachesFile = undefined;
  }
  return e;
}
