// An exception Elixir's own code raises while a Kernel macro expands (a bad sigil, an attribute
// that cannot be escaped): raised at compile time with Elixir's trace, and the function the code
// being compiled belongs to, as those traces name it.
import { atom, bin, list, tuple, type Term, charlist } from "../vm/terms.ts";
import { inspectRemoteCall } from "../vm/inspect.ts";
import type { FnCtx } from "./context.ts";
import { isScriptModule } from "./script_module.ts";
import { SCRIPT_MODULE } from "./compile.ts";
import { displayModule } from "./aliases.ts";
import { raiseAtCompileTime, expansionFrames } from "./macros.ts";
import { isElixirModule } from "./macro_expansions.ts";

/** the function code being compiled belongs to, as Elixir's traces name it ("M.f/1"; a module
 *  body's code "M"; none at a script's top level) */
export function enclosingFunctionOf(fn: FnCtx): string | undefined {
  const mod = fn.mod;
  // a script's or an evaluated expression's top level (the REPL's prompt): no function to name
  if (mod.name === SCRIPT_MODULE || isScriptModule(mod.name)) return undefined;
  // a module body's code: Elixir names the module
  if (fn.name === "__script__") return mod.name.replace(/^Elixir\./, "");
  let name = fn.name, arity = fn.arity;
  const lifted = /^-(.+)\/(\d+)-fun-\d+-$/.exec(name);
  if (lifted) { name = lifted[1]; arity = Number(lifted[2]); }
  // a macro is named as defmacro wrote it (its __ENV__.function), not as its "MACRO-" function
  if (name.startsWith("MACRO-")) { name = name.slice(6); arity -= 1; }
  // (a fn in a module body's code, a `for` there, is the body's code too)
  if (name === "__script__") return mod.name.replace(/^Elixir\./, "");
  // (a name that is no identifier quoted, as Exception.format_mfa writes it: W."test x"/1)
  return `${mod.name.replace(/^Elixir\./, "")}.${inspectRemoteCall(atom(name))}/${arity}`;
}

/** [name, arity] of the function code being compiled belongs to (a fun's, its definer's); null
 *  outside functions */
export function callerFunctionOf(fn: FnCtx): [string, number] | null {
  if (enclosingFunctionOf(fn) === undefined || fn.name === "__script__" || fn.name.startsWith("-__script__/")) return null;
  const own = /^-(.+)\/(\d+)-fun-\d+-$/.exec(fn.name);
  const [name, arity] = own ? [own[1], Number(own[2])] : [fn.name, fn.arity];
  // a macro's frame is named as defmacro wrote it (the expander's __CALLER__.function)
  return name.startsWith("MACRO-") ? [name.slice(6), arity - 1] : [name, arity];
}

/** a frame of Elixir's own code: [module, function, arity, file, line], or of another
 *  application's ("stdlib 4.2") */
export type ElixirCodeFrame = [string, string, number, string, number, string?];

/** an ArgumentError raised by Elixir's own code (`frames`, innermost first) while Kernel's
 *  `macro`/`arity` expands, with Elixir's trace: those frames, "expanding macro: Kernel.M/N" (M
 *  printed as `macroText`) and where the code is; the same frames as the exception's stack trace */
export function expansionError(at: { fn: FnCtx }, line: number, message: string, frames: ElixirCodeFrame[], macro: string, arity: number, macroText = macro): never {
  return raiseUnderExpansion(at, line, "ArgumentError", message, { message: bin(message) }, frames, macro, arity, macroText);
}

/** a CompileError Elixir's expander raises while Kernel's `macro`/`arity` expands (a `<>` operand
 *  elixir_bitstring refuses), with the same trace as expansionError's */
export function compileErrorUnderExpansion(at: { fn: FnCtx }, line: number, description: string, frames: ElixirCodeFrame[], macro: string, arity: number): never {
  const file = at.fn.mod.file;
  return raiseUnderExpansion(at, line, "CompileError", `${file}:${line}: ${description}`, { file: bin(file), line, description: bin(description) }, frames, macro, arity, macro);
}

function raiseUnderExpansion(at: { fn: FnCtx }, line: number, exception: string, message: string, fields: Record<string, Term>, frames: ElixirCodeFrame[], macro: string, arity: number, macroText: string): never {
  const mod = at.fn.mod;
  const fn = enclosingFunctionOf(at.fn);
  const where = fn === undefined ? "(file)" : at.fn.name === "__script__" ? `${fn} (module)` : fn;
  const caller = callerFunctionOf(at.fn);
  // under this macro's expansion, the macros whose expansion holds it (Kernel's the compiler
  // implements too: `1 && 1 <> [x]` is expanded inside &&'s), each adding its frame and its
  // caller's as Elixir's expand_quoted re-raises; the BEAM's 8 frames cut the list
  // (the raising macro's own expansion, and what the compiler expands it through (unless through
  // if), are no outer ones: the list starts past its innermost frame, when it has one)
  let outer = mod.expandingMacros;
  for (let at = outer; at !== null; at = at.outer) {
    if (at.frame.module === "Elixir.Kernel" && at.frame.name === macro && at.frame.arity === arity) {
      outer = at.outer;
      break;
    }
  }
  const expansions: [string, string, number, number, string][] = [["Elixir.Kernel", macro, arity, line, macroText]];
  for (; outer !== null && expansions.length < 4; outer = outer.outer) expansions.push([outer.frame.module, outer.frame.name, outer.frame.arity, outer.frame.line, outer.frame.name]);
  const entries: [string, Term][] = [
    ...frames.map(([m, n, a, file, at, app]): [string, Term] => [`\n    (${app ?? "elixir 1.14.0"}) ${file}:${at}: ${displayModule(m)}.${n}/${a}`,
      tuple(atom(m), atom(n), a, list([tuple(atom("file"), charlist(file)), tuple(atom("line"), at)]))]),
    ...expansions.flatMap(([m, name, n, l, shown]): [string, Term][] => {
      const [expanding, call] = expansionFrames(mod, m, name, n, l, caller);
      return [[`\n    ${isElixirModule(m) ? "(elixir 1.14.0) " : ""}expanding macro: ${displayModule(m)}.${shown}/${n}`, expanding], [`\n    ${mod.file}:${l}: ${where}`, call]];
    }),
  ].slice(0, 8);
  return raiseAtCompileTime(mod, line, exception, message, fields, entries.map(([text]) => text).join(""), entries.map(([, term]) => term));
}
