# Erlang's :string functions given a string that is no chardata (an integer, an atom, a tuple) or
# a pattern that is none: unicode_util:cp/1's function_clause under the string.erl code that
# walked it (gc/1, length_1/2, pad/4, equal_1/2, prefix_1/2, casefold/1 ...), a pattern's badarg
# in unicode:characters_to_list/1 under split/3, find/3 or prefix/2, and a string searched for a
# pattern failing to match in bin_search_str_1/4, take/lexemes/slice failing in the clauses of
# their walks (take_l/3, take_lc/3, take_t/3, lexemes_m/3, slice_trail/2); a list ending in a
# term that is none fails in cp/1 or cpl/2 under the grapheme walk's look-ahead (gc_1/1); each
# frame at OTP 25's line
calls = [
  {"length(1)", fn -> :string.length(1) end},
  {"pad(1, 2)", fn -> :string.pad(1, 2) end},
  {"pad(1, 2, :leading)", fn -> :string.pad(1, 2, :leading) end},
  {"pad(1, 2, :both)", fn -> :string.pad(1, 2, :both) end},
  {"split(1, 2)", fn -> :string.split(1, 2) end},
  {"split(1, \"a\")", fn -> :string.split(1, "a") end},
  {"split(\"a\", 1)", fn -> :string.split("a", 1) end},
  {"split(1, \"a\", :all)", fn -> :string.split(1, "a", :all) end},
  {"split(1, \"a\", :trailing)", fn -> :string.split(1, "a", :trailing) end},
  {"trim(1)", fn -> :string.trim(1) end},
  {"trim(1, :leading)", fn -> :string.trim(1, :leading) end},
  {"trim(1, :trailing)", fn -> :string.trim(1, :trailing) end},
  {"chomp(1)", fn -> :string.chomp(1) end},
  {"to_graphemes(1)", fn -> :string.to_graphemes(1) end},
  {"reverse(1)", fn -> :string.reverse(1) end},
  {"equal(1, 2)", fn -> :string.equal(1, 2) end},
  {"equal(\"a\", 2)", fn -> :string.equal("a", 2) end},
  {"equal(1, 2, true)", fn -> :string.equal(1, 2, true) end},
  {"replace(1, \"a\", \"b\")", fn -> :string.replace(1, "a", "b") end},
  {"replace(\"a\", 1, \"b\")", fn -> :string.replace("a", 1, "b") end},
  {"find(1, \"a\")", fn -> :string.find(1, "a") end},
  {"find(\"a\", 1)", fn -> :string.find("a", 1) end},
  {"find(1, \"a\", :trailing)", fn -> :string.find(1, "a", :trailing) end},
  {"prefix(1, \"a\")", fn -> :string.prefix(1, "a") end},
  {"prefix(\"a\", 1)", fn -> :string.prefix("a", 1) end},
  {"slice(1, 0)", fn -> :string.slice(1, 0) end},
  {"next_grapheme(1)", fn -> :string.next_grapheme(1) end},
  {"next_codepoint(1)", fn -> :string.next_codepoint(1) end},
  {"to_integer(1)", fn -> :string.to_integer(1) end},
  {"to_float(1)", fn -> :string.to_float(1) end},
  {"is_empty(1)", fn -> :string.is_empty(1) end},
  {"uppercase(1)", fn -> :string.uppercase(1) end},
  {"titlecase(1)", fn -> :string.titlecase(1) end},
  {"casefold(1)", fn -> :string.casefold(1) end},
  {"length(:a)", fn -> :string.length(:a) end},
  {"split(\"ab\", [:x])", fn -> :string.split("ab", [:x]) end},
  {"split(1, 'a')", fn -> :string.split(1, 'a') end},
  {"split(1, \"\")", fn -> :string.split(1, "") end},
  {"split(:x, \"ab\")", fn -> :string.split(:x, "ab") end},
  {"split({}, [\"a\"])", fn -> :string.split({}, ["a"]) end},
  {"find(1, 'a')", fn -> :string.find(1, 'a') end},
  {"find(1, [\"a\", ?b])", fn -> :string.find(1, ["a", ?b]) end},
  {"replace(1, 'a', 'b')", fn -> :string.replace(1, 'a', 'b') end},
  {"replace(1, \"a\", \"b\", :all)", fn -> :string.replace(1, "a", "b", :all) end},
  {"slice(1, 2)", fn -> :string.slice(1, 2) end},
  {"equal(\"a\", 2, true)", fn -> :string.equal("a", 2, true) end},
  {"take(1, ' ')", fn -> :string.take(1, ' ') end},
  {"take(1, [\"ab\", ?c])", fn -> :string.take(1, ["ab", ?c]) end},
  {"take(1, ' ', true)", fn -> :string.take(1, ' ', true) end},
  {"take(1, ' ', false, :trailing)", fn -> :string.take(1, ' ', false, :trailing) end},
  {"lexemes(1, [\"ab\", ?c])", fn -> :string.lexemes(1, ["ab", ?c]) end},
  {"lexemes(:a, ' ,')", fn -> :string.lexemes(:a, ' ,') end},
  {"slice(1, 0, 2)", fn -> :string.slice(1, 0, 2) end},
  {"slice(1, 2, 1)", fn -> :string.slice(1, 2, 1) end},
  {"slice(1, 0, :infinity)", fn -> :string.slice(1, 0, :infinity) end},
  {"length([?a | 2])", fn -> :string.length([?a | 2]) end},
  {"length([\"a\", :b])", fn -> :string.length(["a", :b]) end},
  {"length([:a])", fn -> :string.length([:a]) end},
  {"length([\"ab\", [?c, {}]])", fn -> :string.length(["ab", [?c, {}]]) end},
  {"length(['ab' | :x])", fn -> :string.length(['ab' | :x]) end},
  {"to_graphemes([?a, :b])", fn -> :string.to_graphemes([?a, :b]) end},
  {"to_graphemes([\"xy\" | :t])", fn -> :string.to_graphemes(["xy" | :t]) end},
  {"pad([?a | 2], 3)", fn -> :string.pad([?a | 2], 3) end},
  {"pad([?a, :b], 3, :leading)", fn -> :string.pad([?a, :b], 3, :leading) end},
  {"length([?a, :b, ?c])", fn -> :string.length([?a, :b, ?c]) end},
  {"length([:a, ?b])", fn -> :string.length([:a, ?b]) end},
  {"to_graphemes('abc' ++ [:z])", fn -> :string.to_graphemes('abc' ++ [:z]) end},
  {"to_graphemes([{}])", fn -> :string.to_graphemes([{}]) end},
]

for {label, f} <- calls do
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e) |> String.split("\n") |> hd}")
      for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) not in [:elixir_compiler_0, Enum])), do: IO.inspect(entry)
  end
end
