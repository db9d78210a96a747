#!/usr/bin/env node
// Random calls of the text and key-value libraries, run with real `elixir` and with beamlet (needs
// elixir on PATH; not part of `npm test`). Each step calls one function of String (every public
// one, with its options: split parts/trim, pad counts and padding, trim characters, upcase modes,
// normalize forms, slice ranges with steps and negative ends), Regex (run/scan/split/replace with
// captures and options), :binary (match/matches/split/replace with scopes), Keyword, Map and
// Access paths (get_in/put_in/update_in/pop_in through maps, keywords, structs and lists), with
// well-typed arguments most of the time and a wrong one sometimes, and prints its value or error.
//
//   node scripts/fuzz-diff-strings.mjs [--seed N] [--programs P] [--steps S] [--keep DIR] [--only I]
import { options, main, MAIN_PRELUDE } from "./fuzz-lib.mjs";

const HEADER = `defmodule P do
  defstruct a: 1, b: %{c: 2}, d: [x: 1]
end

${MAIN_PRELUDE}`;

function gen(r, _i, o) {
  const { rnd, pick, chance } = r;
  const n = (k) => Array.from({ length: k });
  // text with combining marks, emoji sequences, Greek/Turkish letters with special case rules,
  // whitespace of several kinds and bytes that are no UTF-8
  const pieces = ["a", "b", "abc", "A", "Z", " ", "  ", "\\t", "\\n", "\\r\\n", ",", ",,", "-", "é", "e\\u0301", "ß", "ǅ", "İ", "ı", "Σ", "ς", "ﬁ", "ŉ", "日本", "🎉", "👍🏽", "🇫🇷", "\\u00A0", "\\u2028", "\\u3000", "x1", "10", "-3", "1.5", "0x", "ab", "ba", "ΑΣ", "Ω", "Ⅷ", "ǰ"];
  const strL = () => (chance(0.08) ? pick(["<<255>>", "<<97, 200>>", "<<0>>", '""']) : `"${n(rnd(5)).map(() => pick(pieces)).join("")}"`);
  const patL = () => pick([strL(), strL(), `[${strL()}, ${strL()}]`, '"a"', '" "', '","', '""', ':binary.compile_pattern(["a", "b"])', "~r/[ab]/", "~r/\\s+/u", "~r/(a)(b)?/"]);
  const intL = () => pick(["0", "1", "2", "3", "5", "-1", "-2", "10", "100"]);
  const bad = () => pick(["nil", ":a", "1", "1.5", "[1]", "'ab'", "{1}", "%{}"]);
  const maybe = (f) => (chance(0.07) ? bad() : f());
  const rangeL = () => `${intL()}..${intL()}${chance(0.3) ? `//${pick(["1", "2", "-1", "3"])}` : ""}`;
  const s = () => maybe(strL);
  const i = () => maybe(intL);
  const stringCalls = [
    () => `String.${pick(["length", "graphemes", "codepoints", "reverse", "first", "last", "valid?", "printable?", "capitalize", "trim", "trim_leading", "trim_trailing", "split", "next_grapheme", "next_codepoint", "next_grapheme_size", "to_charlist", "equivalent?"].filter((f) => f !== "equivalent?"))}(${s()})`,
    () => `String.${pick(["upcase", "downcase", "capitalize"])}(${s()}${chance(0.5) ? `, ${maybe(() => pick([":default", ":ascii", ":greek", ":turkic"]))}` : ""})`,
    () => `String.${pick(["at", "duplicate"])}(${s()}, ${i()})`,
    () => `String.slice(${s()}, ${chance(0.5) ? rangeL() : `${i()}, ${i()}`})`,
    () => `String.split(${s()}, ${patL()}${chance(0.6) ? `, ${pick(["parts: 2", "trim: true", "parts: 1", "parts: :infinity", "trim: true, parts: 2", "parts: 0", "parts: -1"])}` : ""})`,
    () => `String.splitter(${s()}, ${patL()}${chance(0.4) ? ", trim: true" : ""}) |> Enum.take(${1 + rnd(4)})`,
    () => `String.split_at(${s()}, ${i()})`,
    () => `String.${pick(["pad_leading", "pad_trailing"])}(${s()}, ${i()}${chance(0.6) ? `, ${maybe(() => pick(['"-"', '"ab"', '""', '"é"', '["x", "y"]', "[]"]))}` : ""})`,
    () => `String.${pick(["trim", "trim_leading", "trim_trailing"])}(${s()}, ${maybe(() => pick(['"a"', '" "', '"ab"', '""', '"é"']))})`,
    () => `String.${pick(["starts_with?", "ends_with?", "contains?"])}(${s()}, ${patL()})`,
    () => `String.${pick(["replace_leading", "replace_trailing", "replace_prefix", "replace_suffix"])}(${s()}, ${maybe(() => pick(['"a"', '" "', '"ab"', '""', '"é"']))}, ${s()})`,
    () => `String.replace(${s()}, ${patL()}, ${pick([strL(), '"[\\\\0]"', '"<\\\\1>"', "fn m -> \"<\" <> m <> \">\" end", "&String.upcase/1"])}${chance(0.4) ? `, ${pick(["global: false", "global: true"])}` : ""})`,
    () => `String.${pick(["jaro_distance", "bag_distance", "myers_difference", "equivalent?", "match?"].filter((f) => f !== "match?"))}(${s()}, ${s()})`,
    () => `String.match?(${s()}, ${pick(["~r/a/", "~r/^\\d+$/", "~r/\\p{Lu}/u", "~r/./su"])})`,
    () => `String.normalize(${s()}, ${maybe(() => pick([":nfc", ":nfd", ":nfkc", ":nfkd"]))})`,
    () => `String.chunk(${s()}, ${maybe(() => pick([":valid", ":printable"]))})`,
    () => `String.${pick(["to_integer", "to_float"])}(${pick([s(), '"12"', '"-7"', '"1.5"', '"1e3"', '"1.0e3"', '"+4"', '" 1"', '"0x1F"', '"1_000"'])}${chance(0.3) ? `, ${pick(["2", "16", "36", "1", "37"])}` : ""})`.replace(/to_float\((.*), \d+\)$/, "to_float($1)"),
    () => `String.${pick(["to_atom", "to_existing_atom"])}(${pick([s(), '"ok"', '"zz_never_an_atom_zz"', '"Elixir.Enum"'])})`,
    () => `${pick(["Integer.parse", "Float.parse"])}(${pick([s(), '"12abc"', '"-0.5e2x"', '"1.e2"', '".5"', '"1_0"', '"inf"'])}${chance(0.2) ? ", 16" : ""})`.replace(/Float.parse\((.*), 16\)/, "Float.parse($1)"),
  ];
  const regexCalls = [
    () => `Regex.run(${pick(["~r/(a)(b)?/", "~r/(?<x>\\d+)-(?<y>\\w)/", "~r/é/u", "~r/[[:alpha:]]+/", "~r/$/"])}, ${s()}${chance(0.5) ? `, ${pick(["capture: :all_names", "return: :index", "capture: :first", "capture: :all_but_first", "capture: :none", "offset: 2"])}` : ""})`,
    () => `Regex.scan(${pick(["~r/a|b/", "~r/(\\w)(\\d)?/", "~r/./u", "~r//", "~r/(?<l>[a-z])/"])}, ${s()}${chance(0.4) ? `, ${pick(["return: :index", "capture: :all_names", "capture: :first"])}` : ""})`,
    () => `Regex.split(${pick(["~r/,/", "~r/\\s*/", "~r//", "~r/(a)/", "~r/-/"])}, ${s()}${chance(0.5) ? `, ${pick(["parts: 2", "trim: true", "include_captures: true", "on: :all_but_first"])}` : ""})`,
    () => `Regex.replace(${pick(["~r/a/", "~r/(\\w)/", "~r/\\d+/", "~r/^/", "~r//"])}, ${s()}, ${pick(['"[\\\\1]"', '"x"', '"\\\\0\\\\0"', "fn m -> String.upcase(m) end", "fn _, a -> a end"])}${chance(0.3) ? ", global: false" : ""})`,
    () => `Regex.named_captures(~r/(?<a>\\w)(?<b>\\d)?/, ${s()})`,
    () => `Regex.compile(${pick(['"a("', '"[a-"', '"\\\\d+"', '"(?<n>x)"', '"*"'])}${chance(0.4) ? `, ${pick(['"i"', '"u"', '"x"', '"q"', "[:caseless]"])}` : ""})`,
    () => `Regex.escape(${s()})`,
  ];
  const binaryCalls = [
    () => `:binary.${pick(["match", "matches", "split"])}(${s()}, ${pick([strL(), '[","," "]', '"a"', '""', "[]"])}${chance(0.5) ? `, ${pick(["[:global]", "[{:scope, {1, 2}}]", "[:trim]", "[:trim_all, :global]", "[{:scope, {0, 0}}]", "[{:scope, {5, -2}}]"])}` : ""})`,
    () => `:binary.replace(${s()}, ${pick(['"a"', '","', '[" ", "a"]'])}, ${pick(['"X"', '"[]"', '""'])}, ${pick(["[]", "[:global]", "[{:insert_replaced, 1}]", "[:global, {:insert_replaced, [0, 1]}]"])})`,
    () => `:binary.${pick(["part", "at", "first", "last", "copy", "bin_to_list", "longest_common_prefix", "longest_common_suffix", "decode_unsigned", "encode_unsigned"])}(${pick([s(), `[${strL()}, ${strL()}]`, intL()])}${chance(0.5) ? `, ${intL()}` : ""})`,
  ];
  const kwL = () => pick(["[a: 1, b: 2]", "[a: 1, a: 3, b: 2]", "[]", "[b: nil]", "[{:a, 1}, {\"s\", 2}]", "[c: [d: 1]]"]);
  const mapL = () => pick(["%{a: 1, b: 2}", "%{}", "%{\"a\" => 1, 1 => :x}", "%{a: %{b: %{c: 1}}}", "%P{}", "%{a: [b: 1]}"]);
  const keyL = () => pick([":a", ":b", ":c", "\"a\"", "1", ":x"]);
  const kvCalls = [
    () => `Keyword.${pick(["get", "fetch", "fetch!", "delete", "has_key?", "get_values", "pop", "pop!", "pop_first", "pop_values", "delete_first", "take", "drop"])}(${maybe(kwL)}, ${pick([keyL(), "[:a, :b]", "[]"])})`,
    () => `Keyword.${pick(["put", "put_new", "replace", "replace!", "update!", "get", "get_and_update"])}(${maybe(kwL)}, ${keyL()}, ${pick(["9", "fn x -> {x, 0} end", "&(&1 * 2)", "nil"])})`,
    () => `Keyword.${pick(["keys", "values", "keyword?", "to_list", "new", "split"])}(${maybe(kwL)}${chance(0.2) ? ", [:a]" : ""})`.replace(/(keys|values|keyword\?|to_list)\((.*), \[:a\]\)/, "$1($2)"),
    () => `Keyword.${pick(["merge", "equal?"])}(${maybe(kwL)}, ${maybe(kwL)})`,
    () => `Keyword.validate(${maybe(kwL)}, ${pick(["[:a, :b]", "[a: 0]", "[:a, b: 5, c: 1]", "[]"])})`,
    () => `Map.${pick(["get", "fetch", "fetch!", "delete", "has_key?", "pop", "pop!", "take", "drop", "split"])}(${maybe(mapL)}, ${pick([keyL(), "[:a, :b]", "[]"])})`,
    () => `Map.${pick(["put", "put_new", "replace", "replace!", "update!", "get_and_update", "get_and_update!", "put_new_lazy", "get_lazy"])}(${maybe(mapL)}, ${keyL()}, ${pick(["9", "fn x -> {x, 0} end", "&(&1 * 2)", "fn -> 7 end", "fn _ -> :pop end"])})`,
    () => `Map.update(${maybe(mapL)}, ${keyL()}, 0, &{&1})`,
    () => `Map.${pick(["merge", "equal?"])}(${maybe(mapL)}, ${maybe(mapL)})`,
    () => `Map.merge(${mapL()}, ${mapL()}, fn k, a, b -> {k, a, b} end)`,
    () => `Map.${pick(["from_struct", "keys", "values", "to_list", "new"])}(${maybe(() => pick([mapL(), kwL(), "P", "%P{a: 3}"]))})`,
    () => `Map.${pick(["filter", "reject", "map"].filter((f) => f !== "map"))}(${maybe(mapL)}, fn {k, v} -> ${pick(["is_atom(k)", "v == 1", "is_map(v)"])} end)`,
    () => `${pick(["get_in", "pop_in"])}(${maybe(() => pick([mapL(), kwL(), "%P{}", "[%{a: 1}, %{a: 2}]"]))}, ${pick(["[:a]", "[:a, :b]", "[:a, :b, :c]", "[:b, :c]", "[:d, :x]", "[Access.all(), :a]", "[Access.at(0)]", "[Access.key(:b), :c]", "[Access.key!(:z)]", "[Access.elem(0)]", "[Access.filter(&is_map/1), :a]", "[]"])})`,
    () => `${pick(["put_in", "update_in"])}(${maybe(() => pick([mapL(), kwL(), "%P{}", "[%{a: 1}, %{a: 2}]"]))}, ${pick(["[:a]", "[:a, :b]", "[:b, :c]", "[:d, :x]", "[Access.all(), :a]", "[Access.at(1)]", "[Access.key(:b), :c]", "[Access.key!(:z)]", "[Access.at!(5)]"])}, ${pick(["0", "fn x -> {x} end"])})`.replace(/put_in\((.*), fn x -> \{x\} end\)$/, "put_in($1, 0)").replace(/update_in\((.*), 0\)$/, "update_in($1, &{&1})"),
    () => `${pick(["Access.fetch", "Access.get"])}(${maybe(() => pick([mapL(), kwL(), "%P{}"]))}, ${keyL()})`,
    () => `struct${pick(["", "!"])}(P, ${pick(["[a: 2]", "[z: 1]", "%{b: 3}", "[]", "%{\"a\" => 1}", "[a: 1, a: 2]"])})`,
    () => `${maybe(() => pick(["%P{}", "%{__struct__: P}", "%{a: 1}"]))} |> ${pick(["Map.put(:a, 5)", "Map.delete(:a)", "Map.keys()", "then(&%{&1 | a: 0})", "then(&%P{&1 | b: 0})", "then(&match?(%P{}, &1))", "then(&is_struct(&1, P))", "then(&is_map_key(&1, :d))"])}`,
  ];
  const steps = [...stringCalls, ...stringCalls, ...regexCalls, ...binaryCalls, ...kvCalls, ...kvCalls];
  const lines = [];
  for (let k = 0; k < o.steps; k++) lines.push(`    step(${k}, fn -> ${pick(steps)()} end)`);
  return `${HEADER}\n  def run do\n${lines.join("\n")}\n    IO.puts("end")\n  end\nend\n\nMain.run()\n`;
}

main("fuzz-diff-strings", gen, options(60100));
