// Elixir 1.14's CompileError for a call in a pattern that is no macro. Elixir expands the call
// first, as anywhere: an imported function becomes a remote call (Kernel's inlined ones the :erlang
// function they stand for: `1 + 2 = x` is ":erlang.+/2"), and a remote call in a match is refused
// in the name it was expanded to; anything else is an unknown local.
import type { AstCall } from "../lang/ast.ts";
import type { ModCtx } from "./context.ts";
import { isCall } from "./ast_util.ts";
import { expandAlias } from "./aliases.ts";
import { plainName, astToTerm } from "./quoted.ts";
import { isScriptModule } from "./script_module.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";
import { inlinedCall } from "../vm/elixir_inlines.ts";
import { KERNEL_FUNCTIONS } from "./kernel_imports.ts";
import { inspectAtom } from "../vm/inspect.ts";
import { atom } from "../vm/terms.ts";
import { ERLANG_OPS, KERNEL_TO_ERLANG, MISPLACED_BAR, MISPLACED_TYPE, misplacedOperator } from "./expressions.ts";

/** the same error with the trace Elixir prints under it: a def's head is expanded from the module
 *  body's frame at its line, a module body's or a script's code shows none; undefined: the
 *  caller's usual trace (a def's body: the expander's frames) */
export function callInMatchErrorTrace(a: AstCall, mod: ModCtx, inDefHead: boolean): { message: string; trace: "module" | "none" | undefined } {
  const message = callInMatchError(a, mod);
  const outsideDefs = mod.currentDef === null && !isScriptModule(mod.name);
  const bar = message === MISPLACED_BAR || message === MISPLACED_TYPE;
  return { message, trace: inDefHead ? "module" : outsideDefs || (bar && isScriptModule(mod.name)) ? "none" : undefined };
}

const NOT_IN_MATCHES = new Set(["case", "cond", "receive", "try", "for", "with", "fn"]);

/** a special form no pattern may hold (case, fn, ...) */
export function refusedSpecialForm(a: AstCall): boolean {
  return typeof a.name === "string" && NOT_IN_MATCHES.has(plainName(a.name));
}

export function callInMatchError(a: AstCall, mod: ModCtx): string {
  const args = a.args ?? [];
  const arity = args.length;
  if (typeof a.name === "string") {
    const name = plainName(a.name);
    // (a special form no pattern may hold: Elixir's expander refuses it by its name)
    if (refusedSpecialForm(a)) return `invalid pattern in match, ${name} is not allowed in matches`;
    // `a | b` outside a list's brackets, `a :: b` outside a bitstring: Elixir's expander explains
    // the operator
    const misplaced = misplacedOperator(name, arity);
    if (misplaced !== undefined) return misplaced;
    const imported = importedFrom(mod, name, arity);
    if (imported !== undefined) return remoteInMatch(imported, name, arity);
    // (a script's top level, or a module's body, has no module functions to look for)
    if (isScriptModule(mod.name) || mod.currentDef === null) return `undefined function ${name}/${arity} (there is no such import)`;
    return `cannot find or invoke local ${name}/${arity} inside match. Only macros can be invoked in a match and they must be defined before their invocation. Called as: ${macroToString(astToTerm(a))}`;
  }
  const dot = a.name;
  if (isCall(dot, ".") && dot.args?.length === 2 && dot.args[1].t === "atom") {
    const module = expandAlias(dot.args[0], mod);
    const name = String(dot.args[1].v);
    // (__MODULE__ is nil outside a module: the script's own module is no name of it)
    if (module !== null) return remoteInMatch(isScriptModule(module) ? "nil" : module, name, arity);
    return `cannot invoke remote function ${macroToString(astToTerm(dot.args[0]))}.${name}/${arity} inside a match`;
  }
  return "invalid pattern in match, anonymous call is not allowed in matches";
}

/** is the call one of an imported function (Kernel's included)? */
export function isImportedCall(a: AstCall, mod: ModCtx): boolean {
  return typeof a.name === "string" && importedFrom(mod, plainName(a.name), (a.args ?? []).length) !== undefined;
}

/** the module whose function a bare name/arity call is, by the imports in force */
function importedFrom(mod: ModCtx, name: string, arity: number): string | undefined {
  const key = `${name}/${arity}`;
  if (mod.locals.has(key)) return undefined;
  const imported = mod.imports.get(key);
  if (imported !== undefined) return imported;
  return !mod.kernelImported && KERNEL_FUNCTIONS[name]?.includes(arity) ? "Elixir.Kernel" : undefined;
}

function remoteInMatch(module: string, name: string, arity: number): string {
  const key = `${name}/${arity}`;
  const erlang = module === "Elixir.Kernel" ? ERLANG_OPS[key] ?? KERNEL_TO_ERLANG[key] : undefined;
  const [m, f] = erlang !== undefined ? ["erlang", erlang] : inlinedCall(module, name, arity) ?? [module, name];
  return `cannot invoke remote function ${inspectAtom(atom(m))}.${f}/${arity} inside a match`;
}
