// The BIFs OTP 25's compiler evaluates when their arguments are constants (erl_bifs:is_pure/3, the
// ones beamlet checked against elixir 1.14): it folds them into their value, nested calls
// included (`hd(Integer.to_string(5))`), and warns about the ones that will fail
// (compiler/failing_calls.ts).

/** the :erlang BIFs Elixir inlines for Kernel and Bitwise functions, by the name its warnings use */
export const KERNEL_NAME: Record<string, string> = {
  "+/2": "+/2", "-/2": "-/2", "*/2": "*/2", "//2": "//2", "+/1": "+/1", "-/1": "-/1", "div/2": "div/2", "rem/2": "rem/2",
  "abs/1": "abs/1", "trunc/1": "trunc/1", "round/1": "round/1", "ceil/1": "ceil/1", "floor/1": "floor/1",
  "hd/1": "hd/1", "tl/1": "tl/1", "length/1": "length/1", "tuple_size/1": "tuple_size/1", "byte_size/1": "byte_size/1",
  "bit_size/1": "bit_size/1", "is_map_key/2": "is_map_key/2",
  "band/2": "Bitwise.band/2", "bor/2": "Bitwise.bor/2", "bxor/2": "Bitwise.bxor/2", "bsl/2": "Bitwise.bsl/2",
  "bsr/2": "Bitwise.bsr/2", "bnot/1": "Bitwise.bnot/1",
  "binary_part/3": "binary_part/3", "++/2": "++/2", "--/2": "--/2", "not/1": "not/1",
};

/** the other pure :erlang BIFs (warned about in the Elixir name of what Elixir inlines into them, or as :erlang.f/n) */
export const OTHER_PURE_ERLANG = new Set([
  "float/1", "element/2", "setelement/3", "binary_to_atom/2", "atom_to_binary/1", "atom_to_binary/2", "atom_to_list/1",
  "integer_to_binary/1", "integer_to_list/1", "list_to_atom/1", "list_to_integer/1", "list_to_tuple/1",
  "list_to_float/1", "binary_to_integer/1", "binary_to_float/1", "tuple_to_list/1", "binary_to_list/1",
  "list_to_binary/1", "float_to_list/1", "split_binary/2", "size/1", "float_to_binary/1", "binary_to_list/3",
  "list_to_pid/1", "pid_to_list/1", "binary_to_atom/1", "map_get/2", "xor/2", "binary_part/2", "list_to_integer/2",
  "min/2", "max/2", "make_fun/3",
]);

/** type tests and comparisons: pure and never failing, folded so that a constant condition picks
 *  its branch (`x = :x; is_tuple(x) and elem(x, 0)`: compiler/reachable_branches.ts) */
export const PURE_TESTS = new Set([
  "is_atom/1", "is_binary/1", "is_bitstring/1", "is_boolean/1", "is_float/1", "is_function/1", "is_function/2",
  "is_integer/1", "is_list/1", "is_map/1", "is_number/1", "is_pid/1", "is_port/1", "is_reference/1", "is_tuple/1",
  "==/2", "/=/2", "=:=/2", "=/=/2", "</2", ">/2", "=</2", ">=/2", "not/1",
]);

export function isPureBif(module: string, name: string, arity: number): boolean {
  const key = name + "/" + arity;
  return module === "math" || (module === "erlang" && (KERNEL_NAME[key] !== undefined || OTHER_PURE_ERLANG.has(key) || PURE_TESTS.has(key)));
}
