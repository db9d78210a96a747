#!/usr/bin/env node
// Random differential tester: generates seeded Elixir programs of well- and ill-typed expressions,
// runs each batch with real `elixir` and with beamlet, and prints every expression whose output
// differs (needs elixir on PATH; not part of `npm test`).
//
//   node scripts/fuzz-diff.mjs [--seed N] [--batches B] [--size S] [--keep DIR] [--no-frames] [--gens N] [--count]
//
// A rescued error prints its stack trace frames down to the script's own (file) frame, so the
// frames of library functions (names, arities, lines) are compared too; --no-frames leaves them out.
//
// Each expression is wrapped in try/rescue/catch and prints a numbered line, so one difference is
// reported as a one-line reproduction. Every few batches a program ends with an unwrapped raise to
// compare the uncaught-error report (first "** (" line of stderr and the exit code).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
let seed = Number(opt("--seed", String(Date.now() % 1000000)));
const batches = Number(opt("--batches", "5"));
const size = Number(opt("--size", "150"));
const keep = opt("--keep", null);
const frames = !args.includes("--no-frames");
// --gens N: only the kinds of expressions from the N-th on (the newest kinds are last)
const firstGen = Number(opt("--gens", "0"));
console.log(`fuzz-diff seed ${seed}`);

// xorshift-ish LCG, deterministic from the seed
let st = (seed * 2654435761) >>> 0 || 1;
const rnd = (n) => { st ^= st << 13; st >>>= 0; st ^= st >>> 17; st ^= st << 5; st >>>= 0; return st % n; };
const pick = (xs) => { const x = xs[rnd(xs.length)]; return typeof x === "function" ? x : x; };
const pv = (xs) => { const x = xs[rnd(xs.length)]; return typeof x === "function" ? x() : x; };
const chance = (p) => rnd(1000) < p * 1000;

const ints = ["0", "1", "-1", "7", "-13", "255", "1_000", "123456789012345678901234567890", "-98765432109876543210",
  "0x1F", "0b101", "0o17", "?a", "576460752303423488", "-576460752303423489", "4294967296"];
const floats = ["0.0", "-0.0", "1.5", "-2.25", "3.0e10", "1.0e-10", "1.0e300", "-1.7976931348623157e308", "0.1", "2.5", "100.0", "5.0e-324", "1.0e16", "123456789.125"];
const atoms = [":a", ":ok", ":error", "nil", "true", "false", ":\"with space\"", ":Foo", "Foo.Bar", ":\"é\"", ":+", ":\"9x\""];
const strings = ['""', '"abc"', '"héllo"', '"a\\nb"', '"tab\\there"', '"\\u00e9"', '"日本語"', '"\\"q\\""', '"a#{1}b"', '"  pad  "', '"ABC def"', '"\\e[0m"', '<<1, 2, 3>>', '<<255>>', '"a,b,,c"', '"🎉"'];
const charlists = ["'abc'", "'héllo'", "[]", "[104, 105]", "[1, 2]", "'\\n'"];

function scalar() {
  switch (rnd(5)) {
    case 0: return pick(ints);
    case 1: return pick(floats);
    case 2: return pick(atoms);
    case 3: return pick(strings);
    default: return pick(charlists);
  }
}
const intE = () => (chance(0.3) ? `(${intE()} ${pick(["+", "-", "*"])} ${pick(ints)})` : pick(ints));
const numE = () => (chance(0.5) ? intE() : pick(floats));
const strE = () => (chance(0.2) ? `(${pick(strings)} <> ${pick(strings)})` : pick(strings));
const listE = (d = 0) => {
  const n = rnd(5);
  const items = Array.from({ length: n }, () => value(d + 1));
  if (chance(0.1) && n > 0) return `[${items.join(", ")} | ${value(d + 1)}]`;
  return `[${items.join(", ")}]`;
};
const intList = () => `[${Array.from({ length: rnd(6) }, () => pick(ints.slice(0, 8))).join(", ")}]`;
const kwE = (d = 0) => `[${Array.from({ length: rnd(4) }, () => `${pick(["a", "b", "c", "ok", "zz"])}: ${value(d + 1)}`).join(", ")}]`;
const mapE = (d = 0) => {
  const n = rnd(4);
  if (chance(0.5)) return `%{${Array.from({ length: n }, () => `${pick(["a", "b", "c", "z"])}: ${value(d + 1)}`).join(", ")}}`;
  return `%{${Array.from({ length: n }, () => `${value(d + 1)} => ${value(d + 1)}`).join(", ")}}`;
};
const tupleE = (d = 0) => `{${Array.from({ length: rnd(4) }, () => value(d + 1)).join(", ")}}`;
const rangeE = () => { const a = rnd(10) - 3, b = rnd(12) - 3; return chance(0.3) ? `(${a}..${b}//${pick([1, 2, -1, 3, -2])})` : `(${a}..${b})`; };
function value(d = 0) {
  if (d > 2) return scalar();
  switch (rnd(9)) {
    case 0: return listE(d);
    case 1: return tupleE(d);
    case 2: return mapE(d);
    case 3: return kwE(d);
    case 4: return rangeE();
    default: return scalar();
  }
}
const enumE = () => pick([intList, listE, rangeE, mapE, kwE, () => pick(strings)])();
const fnE = () => pick(["&(&1 * 2)", "fn x -> x end", "&is_integer/1", "fn x -> x > 2 end", "&to_string/1", "fn {k, v} -> {v, k} end", "&inspect/1", "&(&1 + 1)", "fn x, y -> x + y end", "fn _ -> :a end"]);

// random big integers (decimal digits), terms of every type for ordering, doubles from random bits,
// strings of tricky code points (combining marks, ZWJ sequences, Hangul, final sigma, ß, ŉ, İ)
const bigE = () => { const n = 1 + rnd(45); let d = String(1 + rnd(9)); for (let i = 1; i < n; i++) d += rnd(10); return (chance(0.4) ? "-" : "") + d; };
const mixedTerm = () => pick([() => pick(ints), () => pick(floats), () => pick(atoms), () => pick(strings), () => "1", () => "1.0", () => "-0.0", () => "0", () => "make_ref() |> is_reference() |> then(fn _ -> self() end)", () => "self()", () => "&is_atom/1", () => "{}", () => "{1, :a}", () => "{1.0}", () => "%{}", () => "%{a: 1}", () => "%{1 => 2, 1.0 => 3}", () => "[]", () => "[1 | 2]", () => "'a'", () => "<<1::3>>", () => "[:a]", () => bigE(), () => "(1..3)", () => "MapSet.new([2, 1])", () => "{:a, 1, [2]}"])();
const mixedList = () => `[${Array.from({ length: 2 + rnd(6) }, mixedTerm).join(", ")}]`;
function randFloat() {
  const b = new DataView(new ArrayBuffer(8));
  for (;;) {
    for (let i = 0; i < 8; i++) b.setUint8(i, rnd(256));
    if (chance(0.5)) b.setUint8(0, (b.getUint8(0) & 0x80) | (0x3f + rnd(3) - 1)); // near 1.0 half the time
    const x = b.getFloat64(0);
    if (Number.isFinite(x)) { const t = String(x).replace(/e\+?/, "e"); return `(${/[.e]/.test(t) ? t.replace(/^(-?\d+)e/, "$1.0e") : t + ".0"})`; }
  }
}
const UNI = ["a", "é", "e\u0301", "ß", "ŉ", "İ", "ı", "Σ", "ς", "σ", "ΐ", "ﬁ", "🇫🇷", "👨‍👩‍👧", "👍🏽", "한", "\u1100\u1161\u11a8", "\u0000", "\u00a0", "\u2028", "\u200b", " ", "\t", "\r\n", "Ǆ", "ǅ", "ῼ", "ǰ", "A", "z", "0", "١", "\u0308", "\ufeff", "𝔘"];
const uniStr = () => JSON.stringify(Array.from({ length: rnd(6) }, () => pick(UNI)).join("")).replace(/\\u([0-9a-f]{4})/gi, "\\u{$1}").replace(/#\{/g, "\\#{");

// a random segment of a binary construction and of a pattern
const segTypes = ["", "-signed", "-little", "-big", "-signed-little", "-native"];
function segE() {
  switch (rnd(6)) {
    case 0: case 1: return `${pick(["0", "1", "-1", "255", "256", "-129", "65535", "123456789123456789", "-98765432109876543210", String(rnd(1000))])}::size(${rnd(70)})${pick(segTypes)}`;
    case 2: return `${pick(["1.5", "-0.0", "3.25e10", "1", "-2", "1.0e300"])}::float-${pick(["16", "32", "64"])}${pick(["", "-little"])}`;
    // (a size on a literal is a compile error: rare, or every batch drops expressions until it gives up)
    case 3: return `${pick(['"ab"', '"é"', "<<1::3>>", "<<>>", "<<255, 7::4>>", "<<1, 2>>"])}::${chance(0.05) ? pick(["bits-size(3)", "binary-size(1)"]) : pick(["bits", "bitstring", "little", "bits"])}`;
    case 4: return `${pick(["?a", "0x1F600", "233", "0xD800", "-1", "0x110000"])}::${pick(["utf8", "utf16", "utf32", "utf16-little", "utf32-little"])}`;
    default: return `${rnd(300)}::${pick(["4", "unit(8)-size(2)", "size(2)-unit(3)", "7-signed", "1"])}`;
  }
}
const patSeg = () => `${pick(["x", "y", "z", "_"])}${rnd(99)}::${pick(["4", "8", "size(3)", "16-little", "signed-12", "float-32", "float-64", "binary-size(1)", "bits-size(5)", "utf8", "utf16", "1", "unit(4)-size(2)"])}`;

const gens = [
  () => `${numE()} ${pick(["+", "-", "*", "/"])} ${numE()}`,
  () => `${value()} ${pick(["+", "-", "*", "/"])} ${value()}`,
  () => `${pick(["div", "rem", "max", "min", "Integer.pow", "Integer.mod", "Integer.floor_div", "Integer.gcd"])}(${numE()}, ${numE()})`,
  () => `${pick(["abs", "round", "trunc", "ceil", "floor", "-", "+"])}(${numE()})`,
  () => `${value()} ${pick(["<", ">", "<=", ">=", "==", "!=", "===", "!=="])} ${value()}`,
  () => `${value()} ${pick(["and", "or", "&&", "||"])} ${value()}`,
  () => `${pick(["not", "!"])} ${value()}`,
  () => `${strE()} <> Function.identity(${value()})`,
  () => `${listE()} ${pick(["++", "--"])} ${pick([listE, value])()}`,
  () => `${value()} in ${enumE()}`,
  () => `Enum.sort([${Array.from({ length: 5 }, () => value(1)).join(", ")}])`,
  () => `${pick(["hd", "tl", "length", "map_size", "tuple_size", "elem", "to_string", "to_charlist", "is_list", "byte_size", "bit_size", "Atom.to_string", "String.to_atom", "List.to_tuple", "Tuple.to_list", "Map.keys", "Map.values", "Kernel.inspect"])}(${value()})`,
  () => `elem(${tupleE()}, ${rnd(4) - 1})`,
  () => `put_elem(${tupleE()}, ${rnd(3)}, ${value()})`,
  () => `inspect(${value()}, ${pick(["limit: 2", "pretty: true, width: 10", "charlists: :as_lists", "charlists: :as_charlists", "binaries: :as_binaries", "base: :hex", "base: :binary", "structs: false", "limit: :infinity", "printable_limit: 2", "custom_options: []"])})`,
  () => `Integer.${pick(["to_string", "digits", "parse", "to_charlist", "is_even", "is_odd"])}(${pick([intE, numE, strE])()}${chance(0.3) ? ", " + pick(["2", "16", "36", "1", "37"]) : ""})`,
  () => `Float.${pick(["round", "ceil", "floor", "to_string", "parse", "to_charlist", "ratio"])}(${pick([numE, strE])()}${chance(0.3) ? ", " + rnd(17) : ""})`,
  () => `String.${pick(["upcase", "downcase", "capitalize", "reverse", "length", "graphemes", "codepoints", "trim", "split", "to_integer", "to_float", "first", "last", "to_charlist", "valid?", "printable?"])}(${strE()})`,
  () => `String.${pick(["pad_leading", "pad_trailing", "duplicate", "slice", "at", "split", "contains?", "starts_with?", "ends_with?", "replace", "jaro_distance", "split_at", "myers_difference"])}(${strE()}, ${pick([() => String(rnd(6) - 2), strE, rangeE])()}${chance(0.3) ? ", " + pick(strings) : ""})`,
  () => `List.${pick(["first", "last", "flatten", "duplicate", "wrap", "delete", "insert_at", "to_tuple", "foldl", "keyfind", "zip", "update_at", "pop_at", "delete_at", "starts_with?"])}(${listE()}${chance(0.5) ? ", " + value() : ""}${chance(0.2) ? ", " + value() : ""})`,
  () => `Map.${pick(["get", "put", "delete", "fetch", "fetch!", "has_key?", "merge", "take", "drop", "update!", "pop", "to_list", "new", "split", "replace!"])}(${mapE()}${chance(0.7) ? ", " + value() : ""}${chance(0.3) ? ", " + value() : ""})`,
  () => `Keyword.${pick(["get", "put", "delete", "keys", "values", "has_key?", "merge", "take", "fetch", "keyword?", "new", "get_values", "pop"])}(${kwE()}${chance(0.7) ? ", " + pv([":a", ":b", ":zz", value]) : ""})`,
  () => `Enum.${pick(["sum", "count", "reverse", "sort", "uniq", "max", "min", "to_list", "with_index", "frequencies", "dedup", "product", "shuffle |> length", "empty?", "concat", "min_max", "unzip"])}(${enumE()})`,
  () => `Enum.${pick(["map", "filter", "reject", "sort_by", "group_by", "split_with", "find", "any?", "all?", "flat_map", "map_join", "each", "take_while", "count", "uniq_by", "chunk_by", "max_by", "frequencies_by"])}(${enumE()}, ${fnE()})`,
  () => `Enum.${pick(["take", "drop", "at", "chunk_every", "split", "join", "intersperse", "fetch", "slice", "zip", "member?", "sort", "into", "reduce", "scan", "fetch!"])}(${enumE()}, ${pick([() => String(rnd(6) - 2), value, strE, fnE, rangeE])()})`,
  () => `Enum.reduce(${enumE()}, ${value()}, ${pick(["fn x, acc -> [x | acc] end", "fn x, acc -> x + acc end", "&+/2", "fn x, acc -> {x, acc} end"])})`,
  () => `Tuple.${pick(["append", "delete_at", "insert_at", "duplicate", "to_list", "product", "sum"])}(${tupleE()}${chance(0.6) ? ", " + pv([String(rnd(4)), value]) : ""})`,
  () => `${value()} |> ${pick(["inspect()", "is_map()", "Enum.count()", "to_string()", "List.wrap()", "then(&{&1})", "tap(&Function.identity/1)"])}`,
  () => `for x <- ${enumE()}${chance(0.5) ? ", " + pick(["is_integer(x)", "x > 1", "x != :a"]) : ""}${chance(0.3) ? ", into: " + pick(["%{}", "\"\"", "[]", "MapSet.new()"]) : ""}, do: ${pick(["x", "{x}", "x * 2", "to_string(x)", "{x, x}", "<<x>>"])}`,
  () => `for <<c <- ${pick(strings)}>>, do: c`,
  () => `case ${value()} do\n    ${pick(["x when is_integer(x) and x > 0", "[h | _]", "{a, b}", "%{a: a}", "x when is_binary(x)", "x when x in [1, 2, :a]", "[]", "x when is_float(x) or is_atom(x)"])} -> ${pick(["x", ":first", "{:m}"]).replace("x", "binding() |> length()")}\n    ${pick(["_ -> :other", "y when is_list(y) -> length(y)", "{} -> :empty"])}\n  end`,
  () => `(x = ${value()}; ^x = ${value()})`,
  () => `([a, b | rest] = ${listE()}; {a, b, rest})`,
  () => `cond do\n    ${value()} -> :one\n    ${value()} -> :two\n  end`,
  () => `(f = fn\n    x when is_number(x) and x > 1 -> {:big, x}\n    x when is_atom(x) -> {:atom, x}\n    {_, _} = t -> t\n  end; f.(${value()}))`,
  () => `"#{${pick(["1", "1.5", ":a", "'abc'", "\"s\"", "nil", "[1, 2]", "{1}", "%{}", "-0.0", "1.0e20", "[?a, \"b\"]"])}}"`,
  () => `to_string(${value()})`,
  () => `Kernel.${pick(["is_integer", "is_number", "is_function", "is_map_key"])}(${value()}${chance(0.3) ? ", " + value() : ""})`,
  () => `:erlang.${pick(["term_to_binary(:a) |> byte_size", "phash2(" + value() + ")", "binary_to_list(" + strE() + ")", "list_to_binary(" + listE() + ")", "float_to_list(" + numE() + ")", "atom_to_list(" + value() + ")", "integer_to_binary(" + value() + ")"])}`,
  () => `${value()} |> Kernel.to_string() |> String.length()`,
  () => `Range.${pick(["new", "size", "disjoint?", "to_list"])}(${rangeE()}${chance(0.3) ? ", " + rangeE() : ""})`.replace("Range.to_list", "Enum.to_list"),
  () => `with {:ok, x} <- ${pv(["{:ok, 1}", "{:error, 2}", value])}, ${pick(["true <- x > 0", "y = x * 2"])} do\n    x\n  else\n    ${pick(["{:error, e} -> e", "other -> {:else, other}"])}\n  end`,
  () => `Enum.at(${listE()}, ${rnd(6) - 3}, ${value()})`,
  () => `IO.iodata_to_binary(${pick([listE, strE, () => `[${pick(strings)}, ?a, [${pick(strings)}]]`])()})`,
  () => `String.Chars.to_string(${value()})`,
  () => `Map.new(${enumE()}${chance(0.5) ? ", " + fnE() : ""})`,
  () => `List.keysort(${pv(["[{2, :a}, {1, :b}]", listE])}, ${rnd(3)})`,
  // areas added in the second session: odd arguments everywhere, one family per line
  () => `String.${pick(["downcase", "upcase", "capitalize"])}(${pick([strE, () => `<<${rnd(256)}, ${pick(["?A", "?a", "?I", "?i", "206, 163", "255"])}>>`])()}${chance(0.4) ? ", " + pick([":ascii", ":greek", ":turkic", ":default", ":bad"]) : ""})`,
  () => `String.${pick(["slice", "at", "pad_leading", "pad_trailing", "duplicate", "split", "replace_prefix", "replace_suffix", "trim", "trim_leading", "starts_with?", "ends_with?", "contains?", "split_at", "codepoints", "graphemes", "length", "next_grapheme", "to_integer", "to_float", "to_existing_atom", "bag_distance", "jaro_distance", "valid?", "printable?"])}(${value()}${chance(0.6) ? ", " + value() : ""}${chance(0.2) ? ", " + value() : ""})`,
  () => `:unicode.${pick(["characters_to_list", "characters_to_binary"])}(${pick([strE, listE, () => `[${pick(strings)}, ${pick(["?a", "<<255>>", "<<195>>", "-1", "[?b, <<0xC3>>]"])}]`])()})`,
  () => `Map.${pick(["get", "fetch", "fetch!", "put", "update", "update!", "pop", "pop!", "delete", "take", "drop", "merge", "replace", "replace!", "get_lazy", "put_new", "put_new_lazy", "has_key?", "split", "filter", "reject", "map", "to_list", "keys", "values", "from_struct", "equal?", "intersect"])}(${value()}${chance(0.8) ? ", " + pv([value, fnE]) : ""}${chance(0.4) ? ", " + pv([value, fnE]) : ""})`,
  () => `Keyword.${pick(["get", "fetch", "fetch!", "put", "put_new", "update", "update!", "pop", "pop!", "delete", "take", "drop", "merge", "replace", "replace!", "has_key?", "split", "filter", "reject", "keys", "values", "keyword?", "new", "get_values", "delete_first", "to_list", "equal?", "validate"])}(${pv([kwE, value])}${chance(0.8) ? ", " + pv([":a", ":b", value, fnE, kwE]) : ""}${chance(0.3) ? ", " + pv([value, fnE]) : ""})`,
  () => `List.${pick(["first", "last", "flatten", "duplicate", "wrap", "delete", "insert_at", "to_tuple", "foldl", "foldr", "keyfind", "keymember?", "keydelete", "keyreplace", "keystore", "keytake", "zip", "update_at", "pop_at", "delete_at", "replace_at", "starts_with?", "myers_difference", "to_string", "to_charlist", "to_atom", "to_integer", "to_float", "ascii_printable?", "improper?"])}(${value()}${chance(0.6) ? ", " + pv([value, fnE, () => String(rnd(5) - 1)]) : ""}${chance(0.3) ? ", " + pv([value, fnE, () => String(rnd(3))]) : ""})`,
  () => `${pick(["Integer.pow", "Integer.mod", "Integer.floor_div", "Integer.gcd", "Integer.digits", "Integer.undigits", "Integer.extended_gcd", "Bitwise.band", "Bitwise.bor", "Bitwise.bxor", "Bitwise.bsl", "Bitwise.bsr", "div", "rem", ":math.pow", ":math.sqrt", ":math.log", "Float.pow", "Float.round", "Float.floor", "Float.ceil", "Float.to_string", "Float.parse", "Float.ratio", "Float.min_finite", "trunc", "round"])}(${pick([intE, numE, value])()}${chance(0.7) ? ", " + pick([intE, numE, value])() : ""})`,
  () => `${pick(["<<1, 2, 3>>", "<<1::3>>", "<<255, 1::4>>", "<<>>", `"abc"`, "<<1::size(12)>>"])} |> ${pick(["bit_size()", "byte_size()", "is_binary()", "is_bitstring()", ":binary.bin_to_list()", "Base.encode16()", "Base.encode64()", "inspect(base: :hex)", "inspect()", "(fn <<a::4, rest::bits>> -> {a, rest}; x -> {:no, x} end).()", "(fn <<a, b::binary-size(1), rest::binary>> -> {a, b, rest}; x -> {:no, x} end).()", "binary_part(0, 2)", "String.valid?()", ":erlang.bitstring_to_list()"])}`,
  () => `${pick(["'abc'", "'héllo'", "[?a, ?b | 'c']", "[0, 127, 128, 255, 256]", "[]", "'a\\nb'", "[1, 2, ?x]"])} |> ${pick(["inspect()", "inspect(charlists: :as_lists)", "to_string()", "List.to_string()", "length()", "Enum.reverse()", "IO.chardata_to_string()", "List.ascii_printable?()", "String.Chars.to_string()", "Kernel.++('z')", ":string.uppercase()"])}`,
  () => `${pick(["1..10//3", "10..1//-3", "1..10//-1", "5..1", "0..0", "-3..3//2", "1..2//1", "3..1//1"])} |> Enum.${pick(["to_list()", "count()", "sum()", "reverse()", "slice(1..2)", "take(2)", "drop(-1)", "at(-1)", "member?(3)", "map(&(&1 * 2))", "filter(&(rem(&1, 2) == 0))", "chunk_every(2)", "reduce(0, &+/2)", "with_index()", "zip(1..10)", "empty?()", "min_max()", "into([])", "join(\",\")"])}`,
  () => `Enum.${pick(["map", "filter", "reject", "sort_by", "group_by", "find", "any?", "all?", "flat_map", "count", "max_by", "min_by", "frequencies_by", "split_with", "each", "reduce", "map_reduce", "sum", "to_list", "sort", "into", "zip", "with_index", "take_while", "uniq_by", "dedup_by", "chunk_by"])}(${pv([mapE, () => "%{a: 1, b: 2, c: 3}", () => "%{1 => :x, :y => 2}", kwE])}${chance(0.8) ? ", " + pick(["fn {k, v} -> {v, k} end", "fn {_k, v} -> v end", "&elem(&1, 0)", "fn x -> x end", "&is_atom/1", ":x", "0", "[]", "%{}", "fn {k, _}, acc -> [k | acc] end"]) : ""})`,
  () => {
    const gen = pick(["x <- 1..6", "{k, x} <- %{a: 1, b: 2}", "x <- [1, :a, \"s\", 2.0]", "<<x <- \"héllo\">>", "<<x::4 <- <<171, 205>> >>", "x <- [1, 2], y <- [:a, :b]", "{:ok, x} <- [{:ok, 1}, :error, {:ok, 2}]"]);
    const filter = chance(0.6) ? ", " + pick(["is_integer(x)", "x > 2", "rem(x, 2) == 0", "true", "x", "nil"]) : "";
    if (chance(0.2)) return `for ${gen}${filter}, reduce: ${pick(["0", "[]", ":a"])} do\n    acc -> ${pick(["[x | List.wrap(acc)]", "acc + 1", "{acc, x}"])}\n  end`;
    const into = chance(0.5) ? ", into: " + pick(["%{}", "\"\"", "[]", "MapSet.new()", "%{z: 0}", "\"ab\"", ":x"]) : "";
    return `for ${gen}${filter}${into}${chance(0.2) ? ", uniq: true" : ""}, do: ${pick(["x", "{x}", "{x, x}", "<<x>>", "to_string(x)", "x * 2", "[x]"])}`;
  },
  () => `(${pick(["[a, b] = ", "{a, _} = ", "%{a: a} = ", "<<a, _::binary>> = ", "[a | _] = ", "\"pre\" <> a = ", "{:ok, a} = ", "'ab' ++ a = "])}${value()}; ${pick(["a", "binding()", ":matched"])})`,
  () => {
    const body = pick(["raise \"boom\"", "throw(:t)", "exit(:e)", ":erlang.error(:badarith)", "1 / Function.identity(0)", "[] = Function.identity([1])", "send(self(), :m); :ok", "raise ArgumentError", "raise KeyError, key: :k, term: %{}", "Map.fetch!(%{}, :a)", "String.to_integer(\"x\")"]);
    const handlers = pick([
      ["rescue", "e in [ArgumentError, ArithmeticError] -> {:rescued, e.__struct__}", "e -> {:other, Exception.message(e)}"],
      ["rescue", "e in RuntimeError -> {:rt, e.message}"],
      ["catch", ":throw, v -> {:thrown, v}", ":exit, v -> {:exited, v}", "k, v -> {k, v}"],
      ["rescue", "e -> {:r, inspect(e)}", "catch", "k, v -> {:c, k, v}"],
    ]);
    const tail = pick([["after", "send(self(), :after_ran)"], ["else", "v -> {:else, v}"], []]);
    const block = (xs) => xs.map((x) => (/^(rescue|catch|after|else)$/.test(x) ? `\n  ${x}` : `\n    ${x}`)).join("");
    return `try do\n    ${body}${block(handlers)}${block(tail)}\n  end |> then(&{&1, receive do m -> m after 0 -> :none end})`;
  },
  () => `inspect(${value()}, ${pick(["limit: 1", "limit: 0", "pretty: true, width: 0", "width: 5, pretty: true", "charlists: :as_charlists", "binaries: :as_strings", "binaries: :infer", "base: :octal", "base: :decimal", "printable_limit: 0", "printable_limit: :infinity", "structs: true, limit: 2", "syntax_colors: [number: :red]", "inspect_fun: &Inspect.inspect/2", "safe: false", "limit: -1", "custom_options: [sort_maps: true]"])})`,
  // third session: floats formatted and parsed, binary patterns with sizes/units/endianness,
  // callbacks that raise inside Enum (frames compared), with/else and try/after ordering
  () => `${pick([":erlang.float_to_binary", ":erlang.float_to_list"])}(${numE()}${chance(0.8) ? ", " + pick(["[:compact]", "[decimals: 2]", "[decimals: 0]", "[decimals: 20]", "[scientific: 3]", "[scientific: 0]", "[:short]", "[decimals: 3, :compact]", "[decimals: 254]", "[decimals: -1]", "[:bad]", "[scientific: 250]"]) : ""})`,
  () => `Float.${pick(["round", "ceil", "floor"])}(${pick(floats.concat(["12.345", "-0.5", "2.675", "1.0e-5", "-1.5e20"]))}${chance(0.8) ? ", " + pick(["0", "1", "2", "3", "15", "16", "-1", "1.5"]) : ""})`,
  () => `${pick(["Float.parse", "Integer.parse", "String.to_float", "String.to_integer", "Float.to_string", "Integer.to_string"])}(${pick(['"1.5"', '"1.5e3"', '"-0.0"', '" 1"', '"1_000"', '"0x1F"', '"1e5"', '"+3.2abc"', '".5"', '"5."', '"1.7976931348623157e309"', '"12abc"', '"-"', '"٣"', '"1.0e-400"', "7", "1.5", "-0.0", "1.0e100", "255"])}${chance(0.3) ? ", " + pick(["2", "16", "36", "1", "37", ":a"]) : ""})`,
  () => `(${pick(["<<a::size(4), b::size(4)>> = ", "<<a::little-16, rest::binary>> = ", "<<a::big-signed-16, _::bits>> = ", "<<a::float-32, _::binary>> = ", "<<a::float-64>> = ", "<<a::binary-size(2), b::binary>> = ", "<<a::size(3)-unit(8), b::bits>> = ", "<<a::utf8, b::binary>> = ", "<<a::utf16-little, _::binary>> = ", "<<a::signed-little-size(24), _::binary>> = ", "<<a::8, b::8-signed>> = ", "<<a::bitstring-size(5), b::bits>> = "])}${pick(["<<1, 2, 3>>", "<<255, 254>>", '"héllo"', "<<0, 0, 128, 63>>", "<<0, 0, 0, 0, 0, 0, 240, 63>>", "<<>>", "<<1::3>>", "<<0xFF, 0xFF, 0x7F, 0x80>>", '"ab"', "<<0xD8, 0x3D, 0xDE, 0x00>>", "<<255, 255, 255, 255, 255, 255, 255, 255>>"])}; binding() |> Enum.sort())`,
  () => `<<${pick(["1::little-16", "-1::signed-24", "1.5::float-32", "1.5::float-16", "300::8", "X::binary", "?é::utf8", "0x1F600::utf16", "0x1F600::utf32-little", "1::size(3)", "2::unit(8)-size(2)", "-0.0::float", "256::size(8)-unit(2)", "1.0e300::float-32", '"ab"::binary-size(1)', "<<1::3>>::bits"]).replace("X::", `${pick(['"ab"', "<<1::3>>", "1", "<<>>"])}::`)}, ${pick(["2", '"c"', "3::4", "0::4"])}>>`,
  () => {
    const raiser = pick(['fn x -> if x == 2 or x == {:b, 2}, do: raise("r"), else: x end', "fn _ -> raise ArgumentError end", "fn x -> x + :a end", "fn 1 -> 1 end", "fn x -> elem(x, 5) end", "fn x -> throw(x) end"]);
    const f = pick(["map", "filter", "reject", "flat_map", "sort_by", "group_by", "find", "find_value", "find_index", "any?", "all?", "count", "each", "max_by", "min_by", "uniq_by", "dedup_by", "split_with", "chunk_by", "take_while", "drop_while", "frequencies_by", "with_index", "map_join", "map_intersperse", "sum", "into", "zip_with"]);
    const en = pick(["[1, 2, 3]", "%{a: 1, b: 2}", "1..3", "MapSet.new([1, 2])", "[a: 1, b: 2]", ":a", "[1 | 2]", '"ab"', "[]"]);
    if (f === "sum") return `Enum.sum(${en})`;
    if (f === "into") return `Enum.into(${en}, ${pick(["%{}", "[]", '""', ":a", "MapSet.new()"])}${chance(0.5) ? ", " + raiser : ""})`;
    if (f === "zip_with") return `Enum.zip_with(${en}, ${pick(["[1]", "1..5", ":a"])}, fn a, b -> ${pick(["a + b", 'raise "z"', "{a, b}"])} end)`;
    if (f === "with_index") return `Enum.with_index(${en}, ${pick(['fn x, i -> if i == 1, do: raise("w"), else: x end', "2", ":a"])})`;
    if (f === "map_join" || f === "map_intersperse") return `Enum.${f}(${en}, ",", ${raiser})`;
    return `Enum.${f}(${en}, ${raiser})`;
  },
  () => `with ${pick(["{:ok, a} <- {:ok, 1}", "{:ok, a} <- :error", "a when a > 1 <- 2", "a when a > 1 <- 0", "[a | _] <- []", "%{a: a} <- %{b: 1}"])}, ${pick(["b = a + 1", "{:ok, b} <- {:ok, a}", "true <- a > 5", "b <- a / 0"])} do\n    binding() |> length()\n  ${pick(["else\n    :error -> :e\n    x -> {:else, x}\n  ", "else\n    false -> :f\n  ", ""])}end`,
  () => `(${pick(['try do\n    IO.write("t ")\n    raise "x"\n  rescue\n    _ -> IO.write("r ")\n  after\n    IO.write("a ")\n  end', 'try do\n    IO.write("t ")\n    :v\n  else\n    v -> IO.write("e "); v\n  after\n    IO.write("a ")\n  end', 'try do\n    try do\n      throw(:in)\n    after\n      IO.write("a1 ")\n    end\n  catch\n    v -> IO.write("c "); v\n  after\n    IO.write("a2 ")\n  end', 'try do\n    exit(:x)\n  catch\n    :exit, r -> {:caught, r}\n  after\n    IO.write("a ")\n  end', 'try do\n    raise "x"\n  rescue\n    e -> IO.write("r "); reraise e, __STACKTRACE__\n  after\n    IO.write("a ")\n  end'])})`,
  () => `${value()} |> ${pick(["elem(0)", "elem(1)", "Map.get(:a)", "hd()", "tl()", "length()", "tuple_size()", "map_size()", "Atom.to_string()", "String.length()", "Integer.to_string()", "Tuple.to_list()", "Map.keys()", "List.first()", "abs()", "is_nil()", "Kernel.is_struct()", "Kernel.then(&elem(&1, 0))"])}`,
  // fourth session: big integers (random digits), mixed-term ordering, random doubles, unicode
  () => `${bigE()} ${pick(["+", "-", "*", "==", "<", "===", "<=", ">"])} ${pick([bigE, bigE, () => pick(floats), () => pick(ints)])()}`,
  () => `${pick(["div", "rem", "Integer.floor_div", "Integer.mod", "Integer.gcd", "Bitwise.band", "Bitwise.bor", "Bitwise.bxor", "Bitwise.bsl", "Bitwise.bsr", "max", "min"])}(${bigE()}, ${pick([bigE, () => String(rnd(70) - 5), () => pick(ints)])()})`,
  () => `${pick(["Integer.to_string(X, 36)", "Integer.to_string(X, 2)", "Integer.digits(X)", "Integer.digits(X, 7)", "Bitwise.bnot(X)", "abs(X)", "X / 3", ":erlang.float(X)", "Float.round(X / 7, 3)", "trunc(X / 1.0)", "X |> Integer.to_string() |> String.to_integer()", "Integer.pow(X, 3)", "byte_size(:binary.encode_unsigned(abs(X)))", ":erlang.phash2(X)", "<<X::64>>", "<<X::signed-little-72>>", "inspect(X, base: :hex)", "X == X * 1.0", "Enum.sort([X, X * 1.0, -X])", "rem(X, 1_000_000_007)", "X |> Kernel.*(X) |> Integer.to_string() |> String.length()"]).replaceAll("X", `(${bigE()})`)}`,
  () => pick(["Enum.sort(X)", "Enum.sort(X, &>=/2)", "Enum.uniq(X)", "Enum.max(X)", "Enum.min(X)", "Enum.dedup(X)", "X |> MapSet.new() |> MapSet.to_list()", "Enum.sort(X, :desc)", "Enum.frequencies(X)", "X |> Map.new(&{&1, 0}) |> Map.keys()", "Enum.min_max(X)", "Enum.sort_by(X, &(&1), :desc)", "X |> Enum.with_index() |> Map.new() |> inspect()", "X -- [1.0, :a]", "Enum.member?(X, 1)", "List.delete(X, 1.0)", "X |> Enum.sort() |> Enum.dedup_by(&(&1 == 1))"]).replace("X", mixedList()),
  () => `${mixedTerm()} ${pick(["<", ">", "==", "===", "<=", "!="])} ${mixedTerm()}`,
  () => `${pick(["inspect", "Float.to_string", ":erlang.float_to_binary", "Float.round(X, 3) |> inspect", "X * 1.5 |> inspect", "X + 1 |> inspect", "Float.ceil(X, 2) |> inspect", "Float.floor(X) |> inspect", "round", "trunc", "Float.ratio", "X |> Float.to_string() |> String.to_float() |> Kernel.==(X)", ":erlang.float_to_binary(X, [:short])", ":erlang.float_to_binary(X, decimals: 4)", ":erlang.float_to_binary(X, scientific: 5)", "Float.to_charlist", "<<X::float-32>> |> then(fn <<y::float-32>> -> y end)", ":math.sqrt(abs(X))", "X / 1.0e-300 |> inspect"]).replace(/^([\w.:]+)$/, "$1(X)").replaceAll("X", randFloat())}`,
  () => `${pick(["String.length", "String.graphemes", "String.codepoints", "String.upcase", "String.downcase", "String.capitalize", "String.reverse", "String.trim", "String.split", "String.valid?", "String.printable?", ":unicode.characters_to_nfd_binary", ":unicode.characters_to_nfc_binary", ":unicode.characters_to_nfkc_binary", "String.first", "String.last", "String.next_grapheme", "String.to_charlist", "inspect", "byte_size", "String.equivalent?(X, X)", "String.slice(X, 1..3)", "String.slice(X, -2, 5)", "String.at(X, 2)", "String.split(X, \"\", trim: true)", "String.pad_leading(X, 8, \"·\")", "String.jaro_distance(X, \"aé\")", "String.downcase(X, :ascii)", "String.upcase(X, :turkic)", "String.bag_distance(X, \"b\")", "String.replace(X, \"a\", \"ẞ\")", "String.split_at(X, -2)", "Regex.scan(~r/\\\\w/u, X)", "String.contains?(X, [\"\\u0301\", \"ß\"])"]).replace(/^([\w.:?]+)$/, "$1(X)").replaceAll("X", uniStr())}`,
  // random bitstring segments built, then matched back with other random segments
  () => `(b = <<${Array.from({ length: 1 + rnd(4) }, segE).join(", ")}>>; {b, ${pick(["bit_size(b)", "(case b do <<" + Array.from({ length: 1 + rnd(3) }, () => patSeg()).join(", ") + ", rest::bits>> -> {:m, binding() |> Keyword.delete(:b) |> Enum.sort()}; _ -> :nomatch end)", ":erlang.bitstring_to_list(b)", "(for <<x::" + pick(["3", "5", "1", "8-signed", "2-little"]) + " <- b>>, do: x)"])}})`,
  // fifth session: strings with escapes and unicode through String.* with options, inspect of
  // nested maps/keywords/structs and printable-looking charlists, integer/float formatting
  // (bases, :io_lib.format directives, rounding), random patterns with random guards
  () => `String.${pick(["split($X, $Y)", "split($X, $Y, parts: 2)", "split($X, $Y, trim: true)", "split($X, [$Y, \" \"], parts: 3, trim: true)", "split($X)", "trim($X, $Y)", "trim_leading($X, $Y)", "trim_trailing($X, $Y)", "pad_leading($X, 7, $Y)", "pad_trailing($X, 6, $Y)", "replace($X, $Y, \"-\", global: false)", "replace($X, $Y, &(&1 <> &1))", "replace_leading($X, $Y, \"*\")", "replace_trailing($X, $Y, \"\")", "split_at($X, $N)", "slice($X, $N, 3)", "slice($X, $N..-1)", "slice($X, $N..-1//2)", "starts_with?($X, [$Y, \"\"])", "count($X, $Y)", "duplicate($Y, 3)", "splitter($X, [$Y]) |> Enum.take(3)", "myers_difference($X, $Y)", "chunk($X, :valid)", "next_codepoint($X)", "graphemes($X) |> Enum.map(&byte_size/1)", "upcase($X, :greek)", "equivalent?($X, $Y)"])}`.replaceAll("$X", pick([uniStr, strE, uniStr])).replaceAll("$Y", pick([uniStr, () => pick(['" "', '"a"', '"é"', '"e\\u0301"', '"ß"', '""', '"ab"', '"\\u{1F1EB}"', '","'])])).replaceAll("$N", String(rnd(9) - 4)),
  () => `inspect(${pick(['"\\a\\b\\t\\n\\v\\f\\r\\e\\d"', '"\\x7F\\x00"', '<<0xE9>>', '"\\\\#{x}"', '"#{1}\\""', '"a\\u200Bb"', '"\\u{FEFF}"', '"\\u{D7FF}\\u{E000}"', '<<"é", 255>>', '"\\u{10FFFF}"', '"\\u00A0"', '"é" <> <<0xCC>>', '"\\\\"', "X"]).replace("X", uniStr())}${pick(["", ", printable_limit: 3", ", binaries: :as_binaries", ", base: :hex", ", limit: 2, binaries: :as_binaries", ", printable_limit: 0", ", pretty: true, width: 5"])})`,
  () => `inspect(${pick(["[7, 8, 9]", "'\\a\\e'", "[?a, 0]", "[127]", "[?a | ?b]", "[10, 13]", "'abc' ++ [255]", "[0x1F600]", "[0xD800]", "'é'", "[?\\\\, ?\"]", "[?#, ?{, ?}]", "'\\u00A0'", "[9, 11, 12]", "[27, ?[]"])}${pick(["", ", charlists: :as_lists", ", charlists: :as_charlists", ", printable_limit: 2", ", limit: 1", ", pretty: true, width: 3"])})`,
  () => `inspect(${pick(["%{a: %{b: %{c: [1, 2, 3]}}, d: \"x\"}", "%{\"k\" => [a: 1, b: [c: 2]], :z => {1, {2, {3}}}}", "[a: 1, \"b c\": 2, Foo: 3, nil: 4, \"1x\": 5, ok?: 6, a!: 7, \"é\": 8, \"@\": 9]", "%{:\"a b\" => 1, :a? => 2, :\"9\" => 3, true => 4, nil => 5}", "%{[1] => 2, {1} => 3, %{} => 4, 1.0 => 5, 1 => 6}", "[{:a, 1}, {:b, 2, 3}, {\"c\", 4}]", "[a: 1, a: 2]", "[{:a, 1} | :b]", "MapSet.new([[1], {2}, \"3\", :a])", "%{__struct__: Foo, a: 1}", "%{__struct__: Range, first: 1, last: 3, step: 1}", "%{__struct__: MapSet, map: %{}}", "%URI{host: \"h\", port: 80}", "1..3//2", "%{a: 1.0e20, b: -0.0, c: 1.5e-7}", "{:ok, %{list: Enum.to_list(1..30)}}", "Map.new(1..12, &{&1, :erlang.integer_to_binary(&1)})", "%Version{major: 1, minor: 2, patch: 3}", "Date.new!(2024, 2, 29)", "[~D[2024-01-01], ~T[12:00:00]]", "{[], {}, %{}, \"\", ''}"])}${pick(["", ", limit: 2", ", limit: 5", ", printable_limit: 1", ", pretty: true, width: 20", ", pretty: true, width: 0", ", structs: false", ", limit: 3, pretty: true, width: 10", ", custom_options: [sort_maps: true]", ", charlists: :as_lists"])})`,
  () => `${pick(["Map.merge($A, $B)", "Map.merge($A, $B, fn _k, x, y -> {x, y} end)", "Map.update($A, $K, 0, &{&1})", "Map.split($A, [$K, :zz])", "Map.take($A, [$K])", "Keyword.merge($KW, $KW2)", "Keyword.put($KW, $K, 1)", "Keyword.update($KW, $K, :d, &{&1})", "Keyword.split($KW, [$K])", "Keyword.delete($KW, $K)", "Keyword.get_values($KW, $K)", "Keyword.pop_first($KW, $K)", "Keyword.to_list($KW) |> Enum.sort()", "Map.from_struct(%URI{}) |> map_size()", "struct(URI, $A)", "struct!(Range, first: 1, last: 2)", "Map.to_list($A) |> Enum.sort()", "Enum.into($KW, $A)", "Map.new($KW)", "put_in($A, [$K], 1)", "get_in($A, [$K, :x])", "update_in($A, [$K], &{&1})", "Access.get($KW, $K)", "Map.replace($A, $K, 9)", "Kernel.get_and_update_in($A, [$K], &{&1, 0})"]).replaceAll("$KW2", kwE()).replaceAll("$KW", pick([kwE, () => "[a: 1, b: 2, a: 3]", () => "[{\"a\", 1}]"])).replaceAll("$A", pick([mapE, () => "%{a: %{x: 1}, b: 2}", () => "%{\"a\" => 1}", () => "%{}"])).replaceAll("$B", mapE()).replaceAll("$K", pick([":a", ":b", ":x", "\"a\"", "1"]))}`,
  () => `Integer.${pick(["to_string($X, $B)", "to_charlist($X, $B)", "parse($S, $B)", "digits($X, $B)", "undigits(Integer.digits(abs($X), $B), $B)"])}`.replaceAll("$X", pick([bigE, () => pick(ints), () => String(rnd(100000) - 50000)])).replaceAll("$B", String(pick([2, 3, 8, 10, 16, 17, 36, 36, 35]))).replaceAll("$S", pick(['"ff"', '"-1010"', '"zz9"', '"+7"', '" 12"', '"0x1F"', '"123abc"', '"Z"', '"1_000"', '"-"', '""', JSON.stringify(bigE())])),
  () => `:io_lib.format(${pick(['"~p"', '"~w"', '"~f"', '"~e"', '"~g"', '"~.2f"', '"~10.3f"', '"~-10.3f|"', '"~.0f"', '"~.1e"', '"~b"', '"~.16b"', '"~.2B"', '"~x"', '"~8.16.0B"', '"~c"', '"~5c"', '"~s"', '"~ts"', '"~tp"', '"~10s|"', '"~-6w|"', '"~.3s"', '"~i~p"', '"~~~n"', '"~+"', '"~P"', '"~W"', '"~#"', '"~.36B"', '"~15.4e"', '"~*.*f"'])}, [${pick([randFloat, () => pick(floats), bigE, () => pick(ints), () => pick(strings), () => pick(charlists), () => pick(atoms), value])()}${chance(0.2) ? ", " + pick(["3", "2", ":a", "1.5"]) : ""}]) |> ${pick(["IO.iodata_to_binary()", "IO.chardata_to_string()", "inspect()"])}`,
  () => `${pick(["Float.round($X, $P)", "Float.ceil($X, $P)", "Float.floor($X, $P)", ":erlang.float_to_binary($X, decimals: $P)", ":erlang.float_to_binary($X, [{:decimals, $P}, :compact])", ":erlang.float_to_binary($X, scientific: $P)", ":erlang.float_to_list($X, scientific: $P)", "Float.to_string($X)", "Float.to_charlist($X)", "round($X)", "trunc($X)", "$X |> Float.round($P) |> Float.to_string()", ":erlang.round($X * 100) / 100", "Float.parse(Float.to_string($X))", ":erlang.binary_to_float(:erlang.float_to_binary($X, [:short])) == $X", "$X |> :erlang.float_to_binary(decimals: $P) |> Float.parse()", "Float.ratio($X) |> then(fn {a, b} -> a / b == $X end)", "$X * $P |> Float.round() |> inspect()", "div(trunc($X), max($P, 1))"]).replaceAll("$X", pick([randFloat, randFloat, () => pick(floats.concat(["0.5", "1.5", "2.5", "-2.5", "0.125", "1.005", "2.675", "1.0e-7", "9.999999e15", "123456.7890125"]))])).replaceAll("$P", String(pick([0, 1, 2, 3, 5, 8, 15, 16, 20, rnd(18)])))}`,
  () => {
    const pat = pick(["x", "[x | _]", "[x, x]", "{x, _}", "{x, y}", "%{a: x}", "%{a: x} = m", "<<x, _::binary>>", "\"a\" <> x", "[x | y]", "{:ok, x}", "x = {_, _}", "[_, _ | x]", "%{^k => x}", "[{x, _} | _]", "-1 = x", "^k = x", "[] = x", "x..y"]);
    const atomG = pick(["is_integer(x)", "is_list(x)", "is_binary(x)", "x > 1", "x == :a", "length(x) > 1", "hd(x) == 1", "tuple_size(x) == 2", "map_size(x) < 3", "elem(x, 1) == :a", "is_map_key(x, :a)", "byte_size(x) == 1", "x in [1, :a, \"b\"]", "x in 1..5", "rem(x, 2) == 0", "abs(x) < 5", "x * 2 > 3", "div(x, 0) == 1", "is_nil(x)", "not is_atom(x)", "x", "binary_part(x, 0, 1) == \"a\"", "is_function(x, 1)", "trunc(x) == 1", "bit_size(x) > 4", "is_struct(x)", "is_exception(x)", "x === 1.0", "k == x", "is_number(y)", "y == []", "round(x) == 2", "x <> \"\" == \"a\"", "is_tuple(x) and elem(x, 0) == 1", "x - 1 in [0, 1]", "(x or false)", "max(x, 2) == 2", "(x || false)"]);
    const guard = () => { let g = atomG; for (let i = rnd(3); i > 0; i--) g = `${chance(0.2) ? "not " : ""}${g} ${pick(["and", "or", "when"])} ${pick(["is_integer(x)", "x != 0", "true", "is_list(x)", "x", "length(x) == 2", "elem(x, 0)", "is_map(x)"])}`; return g; };
    const clauses = Array.from({ length: 1 + rnd(3) }, () => `${pat.includes("y") && !pat.includes("x") ? pat : pick([pat, "x"])} when ${guard()} -> ${pick([":c1", "{:c, binding() |> Keyword.drop([:k]) |> Enum.sort()}", "x"])}`);
    return `(k = ${pick([":a", "1", "\"a\""])}; case ${pick([value, () => pick(["1", "2", "-1", "[1, 2]", "[1 | 2]", "{1, :a}", "%{a: 1}", "%{:a => [1], 1 => :a}", "\"abc\"", "<<1::4>>", "1.0", ":a", "{}", "[[1], 2]", "1..3", "&is_atom/1", "%ArgumentError{}", "nil"])])()} do\n    ${clauses.join("\n    ")}\n    ${pick(["_ -> :none", "other -> {:other, other}"])}\n  end)`;
  },
  // seventh session: chardata of every shape through the unicode conversions and their Elixir
  // callers, building structs from odd fields, zips of mixed (and non-) enumerables
  () => {
    const piece = () => pick(["?a", "-1", "0x110000", "0xD800", "256", "2 ** 70", "{1}", "1.5", ":x", "<<255>>", "<<0xC3>>", "\"é\"", "<<1::3>>", "[]", "'ab'", "[?b | \"c\"]", "[-1 | :x]", "\"ok\""]);
    const cd = chance(0.2) ? `[${piece()} | ${pick(["\"t\"", ":x", "[]", "?z"])}]` : `[${Array.from({ length: 1 + rnd(4) }, () => (chance(0.2) ? `[${piece()}, ${piece()}]` : piece())).join(", ")}]`;
    return `${pick([":unicode.characters_to_binary($X)", ":unicode.characters_to_list($X)", ":unicode.characters_to_binary($X, :latin1)", ":unicode.characters_to_list($X, :latin1)", ":unicode.characters_to_binary($X, :unicode, :latin1)", "List.to_string($X)", "List.to_charlist($X)", "to_string($X)", "IO.chardata_to_string($X)", "IO.iodata_to_binary($X)", "\"<#{$X}>\"", "String.Chars.to_string($X)", "IO.iodata_length($X)", ":erlang.iolist_to_binary($X)"])}`.replaceAll("$X", cd);
  },
  () => `${pick(["struct!", "struct"])}(${pick(["URI", "Range", "MapSet", "Version", "%URI{}", "1..2", "%{a: 1}", ":nope", "1", "Date"])}, ${pick(["[]", "[host: \"h\"]", "[x: 1]", "[:x]", "%{port: 1}", "%{y: 2}", ":x", "[first: 1, last: 2, step: 1]", "[{:host, 1}, 2]", "[__struct__: Foo]", "[{\"host\", 1}]", "MapSet.new(host: 1)", "1..2"])})`,
  () => `${pick(["Enum.zip($A, $B)", "Enum.zip([$A, $B, $C])", "Enum.zip_with([$A, $B], & &1)", "Enum.zip_with($A, $B, &{&2, &1})", "Enum.zip_reduce($A, $B, [], &[{&1, &2} | &3])", "Stream.zip($A, $B) |> Enum.to_list()", "Stream.zip([$A, $B]) |> Enum.take(2)", "Enum.unzip($A)", "List.zip([$A, $B])"])}`.replace(/\$[ABC]/g, () => pick(["[]", "[1, 2]", "[{1, 2}, {3, 4}]", "1..3", "%{}", "%{a: 1}", "MapSet.new([1])", ":x", "fn x -> x end", "Stream.map([1, 2, 3], &(&1 * 2))", "Stream.cycle([1])", "\"ab\"", "{1, 2}", "[1 | 2]", "1..0//1", "[a: 1, b: 2]"])),
];

// --count: how many kinds of expressions there are (for --gens)
if (args.includes("--count")) { console.log(gens.length); process.exit(0); }

const inspOpts = () => pick(["", "", "", ", pretty: true", ", limit: 3", ", width: 20", ", pretty: true, width: 15", ", limit: :infinity", ", charlists: :as_lists", ", base: :hex", ", printable_limit: 3", ", label: \"L\""]);

function exprText() {
  const g = firstGen > 0 ? gens.slice(firstGen) : gens;
  let e = pick(g)();
  if (e.includes("[object")) e = pick(gens)();
  if (e.includes("[object")) e = value();
  return e;
}

function program(nexpr, withCrash) {
  const exprs = [];
  for (let i = 0; i < nexpr; i++) exprs.push(exprText());
  if (withCrash) exprs.push(exprText());
  return exprs;
}

// The source of a batch, and the first line of each expression's block (to drop one that does
// not compile and retry).
function render(exprs, withCrash) {
  const lines = [];
  const starts = [];
  let line = 1;
  exprs.forEach((e, i) => {
    starts.push(line);
    let block;
    if (withCrash && i === exprs.length - 1) block = `IO.write("#${i} ")\nIO.inspect(${e})\nraise ArgumentError, "end of program"`;
    else {
      const how = (i * 7 + e.length) % 4;
      const o = ["", "", "", ", pretty: true", ", limit: 3", ", width: 20", ", pretty: true, width: 15", ", limit: :infinity", ", charlists: :as_lists", ", base: :hex", ", printable_limit: 3", ", label: \"L\""][(i * 13 + e.length) % 12];
      const body = how === 0 ? `IO.puts("#{inspect(r)}")` : how === 1 ? `IO.puts("${i}: " <> inspect(r${o.replace(", label: \"L\"", "")}))` : `IO.inspect(r${o})`;
      block = `IO.write("#${i} ")\ntry do\n  r = (${e})\n  ${body}\nrescue\n  e -> IO.puts("R " <> inspect(e) <> " | " <> Exception.message(e)${frames ? ` <> "\\n" <> Exception.format_stacktrace(Enum.take_while(__STACKTRACE__, &(elem(&1, 1) != :__FILE__)))` : ""})\ncatch\n  k, v -> IO.puts("C #{inspect(k)} #{inspect(v)}")\nend`;
    }
    lines.push(block);
    line += block.split("\n").length;
  });
  return { src: lines.join("\n") + "\n", starts };
}

function run(cmd, argv, cwd) {
  const r = spawnSync(cmd, argv, { cwd, encoding: "utf8", timeout: 300000, maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: "1" } });
  return { out: r.stdout ?? "", err: r.stderr ?? "", code: r.status };
}

// Splits stdout into "#N ..." chunks keyed by expression index.
function chunks(out) {
  const m = new Map();
  const re = /(?:^|\n)#(\d+) /g;
  let last = null, lastEnd = 0, x;
  while ((x = re.exec(out))) {
    if (last !== null) m.set(last, out.slice(lastEnd, x.index));
    last = Number(x[1]); lastEnd = x.index + x[0].length;
  }
  if (last !== null) m.set(last, out.slice(lastEnd));
  return m;
}
const firstErr = (s) => (s.split("\n").find((l) => l.startsWith("** (")) ?? "").replace(/#PID<[\d.]+>|#Reference<[\d.]+>|#Function<[^>]+>/g, "#X");

const dir = keep ? (mkdirSync(keep, { recursive: true }), keep) : mkdtempSync(join(tmpdir(), "fuzz-diff-"));
let checked = 0, diffs = 0, skipped = 0, compileChecked = 0;
for (let b = 0; b < batches; b++) {
  const crash = b % 3 === 2;
  const exprs = program(size, crash);
  const file = join(dir, `b${b}.exs`);
  let ex, bl;
  for (let tries = 0; ; tries++) {
    const { src, starts } = render(exprs, crash);
    writeFileSync(file, src);
    ex = run("elixir", [`b${b}.exs`], dir);
    // OTP 25's compiler can emit a module its loader refuses (:badfile) for a guard on a value of
    // a known type: find that expression by halves and leave it out (nothing to compare)
    // (Logger reports it on standard output)
    const refused = (r) => (r.out + r.err).includes("failed: :badfile");
    if (refused(ex) && tries <= 60) {
      let lo = 0, hi = exprs.length;
      const loads = (from, to) => {
        const f = join(dir, `bad${b}.exs`);
        writeFileSync(f, render(exprs.slice(from, to), false).src);
        return !refused(run("elixir", [f], dir));
      };
      while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (!loads(lo, mid)) hi = mid; else lo = mid; }
      console.log(`(OTP refused to load) ${exprs[lo].replace(/\n\s*/g, "; ")}`);
      exprs[lo] = ":skipped";
      continue;
    }
    const m = ex.code !== 0 && !ex.out.includes("#0 ") && ex.err.match(new RegExp(`b${b}\\.exs:(\\d+)`));
    if (!m || tries > 60) break;
    // a compile-time error: compare it as its own one-line program, then drop the expression
    const line = Number(m[1]);
    let k = starts.length - 1;
    while (k > 0 && starts[k] > line) k--;
    const one = join(dir, `c${b}_${tries}.exs`);
    writeFileSync(one, `IO.inspect(${exprs[k]})\n`);
    const e1 = run("elixir", [`c${b}_${tries}.exs`], dir), b1 = run("node", [join(ROOT, "cli/bin.js"), "run", `c${b}_${tries}.exs`], dir);
    compileChecked++;
    if (firstErr(e1.err) !== firstErr(b1.err)) { diffs++; console.log(`--- (compile) ${exprs[k].replace(/\n\s*/g, "; ")}\n  elixir:  ${firstErr(e1.err)}\n  beamlet: ${firstErr(b1.err)}`); }
    exprs[k] = ":skipped";
  }
  bl = run("node", [join(ROOT, "cli/bin.js"), "run", `b${b}.exs`], dir);
  if (ex.code !== 0 && !ex.out.includes("#0 ")) {
    skipped += exprs.length;
    console.log(`batch ${b}: did not compile: ${firstErr(ex.err)}`);
    continue;
  }
  // fun identities (#Function<N.HASH ...>, -__FILE__/1-fun-N-) are not compared
  const norm = (t) => t.replace(/#Function<[^>]*>/g, "#Function<>").replace(/-__FILE__\/1-(?:fun|inlined)-\d+-/g, "-__FILE__/1-fun-");
  const a = chunks(norm(ex.out)), c = chunks(norm(bl.out));
  for (let i = 0; i < exprs.length; i++) {
    if (!a.has(i)) continue;
    checked++;
    if (a.get(i) !== c.get(i)) {
      diffs++;
      console.log(`--- ${exprs[i].replace(/\n\s*/g, "; ")}\n  elixir:  ${JSON.stringify(a.get(i))}\n  beamlet: ${JSON.stringify(c.get(i) ?? null)}`);
    }
  }
  if (ex.code !== bl.code || firstErr(ex.err) !== firstErr(bl.err)) {
    diffs++;
    console.log(`batch ${b}: exit ${ex.code} vs ${bl.code}\n  elixir:  ${firstErr(ex.err)}\n  beamlet: ${firstErr(bl.err)}\n  file ${file}`);
  }
}
console.log(`fuzz-diff seed ${seed}: ${checked} expressions checked, ${diffs} differences (${compileChecked} compile-time errors compared), ${skipped} in batches that did not compile (files in ${dir})`);
