// Which calls a guard may make, and Elixir 1.14's CompileErrors for the others. Only the :erlang
// functions below are allowed (the list Elixir 1.14 accepts as `when :erlang.f(...)`, found by
// compiling every :erlang export in a guard); an Elixir call is checked after it is inlined (Kernel's
// functions, Tuple.to_list/1 ...), so the error names what the call became. Locals and unknown
// names are refused too: only macros defined before may be invoked.
import type { AstCall } from "../lang/ast.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";
import { astToTerm } from "./quoted.ts";

const ALLOWED = new Set([
  "*/2", "+/1", "+/2", "-/1", "-/2", "//2", "/=/2", "</2", "=/=/2", "=:=/2", "=</2", "==/2", ">/2", ">=/2",
  "abs/1", "and/2", "band/2", "binary_part/2", "binary_part/3", "bit_size/1", "bnot/1", "bor/2", "bsl/2",
  "bsr/2", "bxor/2", "byte_size/1", "ceil/1", "div/2", "element/2", "float/1", "floor/1", "hd/1",
  "is_atom/1", "is_binary/1", "is_bitstring/1", "is_boolean/1", "is_float/1", "is_function/1",
  "is_function/2", "is_integer/1", "is_list/1", "is_map/1", "is_map_key/2", "is_number/1", "is_pid/1",
  "is_port/1", "is_reference/1", "is_tuple/1", "length/1", "map_get/2", "map_size/1", "node/0", "node/1",
  "not/1", "or/2", "rem/2", "round/1", "self/0", "size/1", "tl/1", "trunc/1", "tuple_size/1", "xor/2",
]);

/** Kernel's functions beamlet compiles as its own (the rest of :beamlet in a guard stands for
 *  Kernel's guard macros: is_struct/1, is_exception/2, ranges) */
const BEAMLET_AS_KERNEL: Record<string, string> = { "pow/2": "**", "match_op/2": "=~" };

/** Kernel's macros that expand to a protocol's function: a guard's error names the protocol */
export const KERNEL_MACRO_CALLS: Record<string, string> = { "to_string/1": "Elixir.String.Chars", "to_charlist/1": "Elixir.List.Chars" };

/** the CompileError text for calling module.name/arity in a guard, or null when it is allowed there */
export function remoteGuardCallError(module: string, name: string, arity: number): string | null {
  if (module === "erlang" && ALLOWED.has(`${name}/${arity}`)) return null;
  if (module === "beamlet") {
    const kernel = BEAMLET_AS_KERNEL[`${name}/${arity}`];
    return kernel === undefined ? null : `cannot invoke remote function Kernel.${kernel}/${arity} inside guards`;
  }
  const shown = module.startsWith("Elixir.") ? module.slice(7) : ":" + module;
  return `cannot invoke remote function ${shown}.${name}/${arity} inside guards`;
}

export const MATCH_IN_GUARD = "invalid expression in guards, = is not allowed in guards. To learn more about guards, visit: https://hexdocs.pm/elixir/patterns-and-guards.html";

/** the CompileError text for a local (or unknown) function called in a guard */
export function localGuardCallError(call: AstCall): string {
  const arity = call.args?.length ?? 0;
  return `cannot find or invoke local ${String(call.name)}/${arity} inside guards. Only macros can be invoked in a guards and they must be defined before their invocation. Called as: ${macroToString(astToTerm(call))}`;
}
