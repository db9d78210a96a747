// Pure BIFs compiled code computes in place: the common case of a type test, `rem`, `elem`,
// `map_size`... as a JS expression, without the BIF call (its argument array, the process's
// registers published, the directive checks). Each entry gives a test on the argument expressions
// and the value when it holds; the value is exactly what the BIF returns then, and the test holds
// only where the BIF cannot raise, charge work or yield. Anything else (an error, a bignum, a
// float where an integer is asked) takes the ordinary BIF call, which raises as in the interpreter.

import { KeyCache } from "../map_shape.ts";

export interface InlineBif {
  /** JS condition on the argument expressions (null: always); `constant` names a value of the
   *  factory's table (a lookup's cache) */
  test: ((a: string[], constant: (x: unknown) => string) => string) | null;
  /** JS expression of the BIF's value when the test holds (`z` is free for it) */
  value: (a: string[]) => string;
}

const bool = (cond: string) => `(${cond} ? TRUE : FALSE)`;
const ints = ([a, b]: string[]) => `typeof ${a} === "number" && typeof ${b} === "number"`;
/** both integers fit in 32 bits, where JS's bitwise operators are the BEAM's */
const int32s = ([a, b]: string[]) => `${ints([a, b])} && (${a} | 0) === ${a} && (${b} | 0) === ${b}`;

/** by "module:name/arity"; the BIFs' own definitions are in vm/bifs/erlang.ts and beamlet_internal.ts */
export const INLINE_BIFS: Record<string, InlineBif> = {
  // a safe integer's remainder and quotient are exact in doubles (x - x % y is a multiple of y);
  // `=== 0 ? 0` keeps -0 out of the terms
  "erlang:rem/2": { test: (a) => `${ints(a)} && ${a[1]} !== 0`, value: ([a, b]) => `((z = ${a} % ${b}) === 0 ? 0 : z)` },
  "erlang:div/2": { test: (a) => `${ints(a)} && ${a[1]} !== 0`, value: ([a, b]) => `((z = (${a} - ${a} % ${b}) / ${b}) === 0 ? 0 : z)` },
  "erlang:band/2": { test: int32s, value: ([a, b]) => `(${a} & ${b})` },
  "erlang:bor/2": { test: int32s, value: ([a, b]) => `(${a} | ${b})` },
  "erlang:bxor/2": { test: int32s, value: ([a, b]) => `(${a} ^ ${b})` },
  "erlang:bsr/2": { test: ([a, b]) => `typeof ${a} === "number" && (${a} | 0) === ${a} && typeof ${b} === "number" && ${b} >= 0 && ${b} < 32`, value: ([a, b]) => `(${a} >> ${b})` },
  "erlang:abs/1": { test: ([a]) => `typeof ${a} === "number"`, value: ([a]) => `Math.abs(${a})` },
  "erlang:not/1": { test: ([a]) => `(${a} === TRUE || ${a} === FALSE)`, value: ([a]) => `(${a} === TRUE ? FALSE : TRUE)` },
  "erlang:element/2": {
    test: ([i, t]) => `typeof ${i} === "number" && ${t} instanceof Tuple && ${i} >= 1 && ${i} <= ${t}.items.length`,
    value: ([i, t]) => `${t}.items[${i} - 1]`,
  },
  "erlang:tuple_size/1": { test: ([t]) => `${t} instanceof Tuple`, value: ([t]) => `${t}.items.length` },
  "erlang:map_size/1": { test: ([m]) => `isMap(${m})`, value: ([m]) => `${m}.size` },
  "erlang:byte_size/1": { test: ([b]) => `${b} instanceof Bin`, value: ([b]) => `${b}.size` },
  "erlang:hd/1": { test: ([l]) => `${l} instanceof Cons`, value: ([l]) => `${l}.head` },
  "erlang:tl/1": { test: ([l]) => `${l} instanceof Cons`, value: ([l]) => `${l}.tail` },
  "erlang:map_get/2": { test: ([k, m]) => `isMap(${m}) && (z = ${m}.get(${k})) !== undefined`, value: () => `z` },
  "erlang:is_map_key/2": { test: ([, m]) => `isMap(${m})`, value: ([k, m]) => bool(`${m}.has(${k})`) },
  // Map.put/3 and :maps.put/3 (a map update in place: bif_nf with the map first, compiler/expressions.ts)
  "Elixir.Map:put/3": { test: ([m]) => `isMap(${m})`, value: ([m, k, v]) => `${m}.put(${k}, ${v})` },
  // `x in @list` compiles to a chain of these (compiler/expressions.ts)
  // (a number or an atom that is not the same term is not equal: exactEquals is not called for it)
  "erlang:=:=/2": { test: null, value: ([a, b]) => bool(`${a} === ${b} || (typeof ${a} !== "number" && !(${a} instanceof Atom) && exactEquals(${a}, ${b}))`) },
  "erlang:=/=/2": { test: null, value: ([a, b]) => bool(`${a} !== ${b} && (typeof ${a} === "number" || ${a} instanceof Atom || !exactEquals(${a}, ${b}))`) },
  "erlang:is_atom/1": { test: null, value: ([a]) => bool(`${a} instanceof Atom`) },
  "erlang:is_binary/1": { test: null, value: ([a]) => bool(`${a} instanceof Bin && ${a}.tailBits === 0`) },
  "erlang:is_bitstring/1": { test: null, value: ([a]) => bool(`${a} instanceof Bin`) },
  "erlang:is_boolean/1": { test: null, value: ([a]) => bool(`${a} === TRUE || ${a} === FALSE`) },
  "erlang:is_float/1": { test: null, value: ([a]) => bool(`${a} instanceof Float`) },
  "erlang:is_integer/1": { test: null, value: ([a]) => bool(`typeof ${a} === "number" || typeof ${a} === "bigint"`) },
  "erlang:is_number/1": { test: null, value: ([a]) => bool(`typeof ${a} === "number" || typeof ${a} === "bigint" || ${a} instanceof Float`) },
  "erlang:is_list/1": { test: null, value: ([a]) => bool(`${a} === NIL || ${a} instanceof Cons`) },
  "erlang:is_tuple/1": { test: null, value: ([a]) => bool(`${a} instanceof Tuple`) },
  "erlang:is_map/1": { test: null, value: ([a]) => bool(`isMap(${a})`) },
  "erlang:is_function/1": { test: null, value: ([a]) => bool(`${a} instanceof Fun || ${a} instanceof ExtFun`) },
  "erlang:is_function/2": {
    test: ([, n]) => `typeof ${n} === "number" && ${n} >= 0`,
    value: ([f, n]) => bool(`(${f} instanceof Fun || ${f} instanceof ExtFun) && ${f}.arity === ${n}`),
  },
  // the running process's pid (R.ctx, whose self() the BIF returns, is R.p's context)
  "erlang:self/0": { test: null, value: () => "R.p.pid" },
  // `c in ?a..?z` (compiler/expressions.ts): three small integers compared as the BIF compares them
  // (its array of arguments per call was most of a lexer's guard, and of a binary generator's body)
  "beamlet:in_range/3": {
    test: ([x, a, b]) => `typeof ${x} === "number" && typeof ${a} === "number" && typeof ${b} === "number"`,
    value: ([x, a, b]) => bool(`(${a} <= ${b} ? ${x} >= ${a} && ${x} <= ${b} : ${x} <= ${a} && ${x} >= ${b})`),
  },
  // `%S{s | k: v}` checks s is an S first (compiler/expressions.ts; A_STRUCT: the atom __struct__)
  "beamlet:struct_check/2": { test: ([s, mod], constant) => `isMap(${s}) && getCached(${s}, A_STRUCT, ${constant(new KeyCache())}) === ${mod}`, value: ([s]) => s },
  // `and`/`or` in a guard check their operand is a boolean
  "beamlet:check_bool/2": { test: ([v]) => `(${v} === TRUE || ${v} === FALSE)`, value: ([v]) => v },
};

/**
 * BIFs called with call_ext/tail_ext (each call a reduction, as a function call) whose common case
 * compiled code computes in place: the reduction is still counted after it, where the
 * interpreter counts it after the BIF returns. Same contract as INLINE_BIFS otherwise: the value
 * the BIF returns when the test holds, the BIF's own call (its errors, its work on a bignum) when not.
 */
export const INLINE_COUNTED_BIFS: Record<string, InlineBif> = {
  // :erlang.element/2 called by name (List.keysort/3's and :lists.keysort's comparisons, which
  // Enum.sort_by/3 with a sorter makes two of per comparison): as `elem/2` in place
  "erlang:element/2": INLINE_BIFS["erlang:element/2"],
  // Integer.to_string/1: a 32-bit integer's digits straight into a small binary
  "erlang:integer_to_binary/1": { test: ([n]) => `typeof ${n} === "number" && (${n} | 0) === ${n}`, value: ([n]) => `decimalBin(${n})` },
  // a map's lookups and update (a badmap, or a missing key where that raises, takes the BIF call)
  "Elixir.Map:get/2": { test: ([m]) => `isMap(${m})`, value: ([m, k]) => `((z = ${m}.get(${k})) !== undefined ? z : NILA)` },
  "Elixir.Map:get/3": { test: ([m]) => `isMap(${m})`, value: ([m, k, d]) => `((z = ${m}.get(${k})) !== undefined ? z : ${d})` },
  "Elixir.Map:has_key?/2": { test: ([m]) => `isMap(${m})`, value: ([m, k]) => bool(`${m}.has(${k})`) },
  "Elixir.Map:fetch!/2": { test: ([m, k]) => `isMap(${m}) && (z = ${m}.get(${k})) !== undefined`, value: () => `z` },
  "maps:get/2": { test: ([k, m]) => `isMap(${m}) && (z = ${m}.get(${k})) !== undefined`, value: () => `z` },
  "maps:get/3": { test: ([, m]) => `isMap(${m})`, value: ([k, m, d]) => `((z = ${m}.get(${k})) !== undefined ? z : ${d})` },
  "maps:is_key/2": { test: ([, m]) => `isMap(${m})`, value: ([k, m]) => bool(`${m}.has(${k})`) },
};
