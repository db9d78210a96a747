// "warning: the call to +/2 will fail with ArithmeticError": OTP's compiler evaluates a pure BIF
// whose arguments are all constants (after folding and propagation, compiler/constants.ts) and
// reports the ones that fail; Elixir 1.14 words it with the Elixir name of the call and the
// exception the error becomes. The line is the call's, with no function named after it.
import type { Term } from "../vm/terms.ts";
import { Atom } from "../vm/terms.ts";
import { evaluateOrFail } from "./constants.ts";
import { elixirNameOf } from "../vm/elixir_inlines.ts";

/** :erlang BIFs Elixir inlines for Kernel and Bitwise functions, by the name it reports */
const ELIXIR_NAME: Record<string, string> = {
  "+/2": "+/2", "-/2": "-/2", "*/2": "*/2", "//2": "//2", "+/1": "+/1", "-/1": "-/1", "div/2": "div/2", "rem/2": "rem/2",
  "abs/1": "abs/1", "trunc/1": "trunc/1", "round/1": "round/1", "ceil/1": "ceil/1", "floor/1": "floor/1",
  "hd/1": "hd/1", "tl/1": "tl/1", "length/1": "length/1", "tuple_size/1": "tuple_size/1", "byte_size/1": "byte_size/1",
  "bit_size/1": "bit_size/1",
  "band/2": "Bitwise.band/2", "bor/2": "Bitwise.bor/2", "bxor/2": "Bitwise.bxor/2", "bsl/2": "Bitwise.bsl/2",
  "bsr/2": "Bitwise.bsr/2", "bnot/1": "Bitwise.bnot/1",
};

/**
 * the other pure :erlang BIFs OTP 25's compiler evaluates (erl_bifs), reported in the Elixir name of
 * the function Elixir inlines into it (`List.to_integer/1`) or else as :erlang.name/arity
 */
const OTHER_ERLANG = new Set([
  "float/1", "element/2", "setelement/3", "binary_to_atom/2", "atom_to_binary/1", "atom_to_binary/2", "atom_to_list/1",
  "integer_to_binary/1", "integer_to_list/1", "list_to_atom/1", "list_to_integer/1", "list_to_tuple/1",
  "list_to_float/1", "binary_to_integer/1", "binary_to_float/1", "tuple_to_list/1", "binary_to_list/1",
  "list_to_binary/1", "float_to_list/1", "split_binary/2",
]);

const EXCEPTION: Record<string, string> = { badarith: "ArithmeticError", badarg: "ArgumentError", system_limit: "SystemLimitError" };

/** the warning text for module:name applied to constant arguments, when the call will fail */
export function failingCallWarning(module: string, name: string, args: Term[]): string | undefined {
  const key = name + "/" + args.length;
  let shown: string;
  if (module === "erlang" && ELIXIR_NAME[key]) shown = ELIXIR_NAME[key];
  else if ((module === "erlang" && OTHER_ERLANG.has(key)) || module === "math") shown = elixirNameOf(module, name, args.length) ?? `:${module}.${key}`;
  else return undefined;
  const r = evaluateOrFail(module, name, args);
  if (r === undefined || !("failed" in r)) return undefined;
  const exception = r.failed instanceof Atom ? EXCEPTION[r.failed.name] : undefined;
  return exception === undefined ? undefined : `the call to ${shown} will fail with ${exception}`;
}
