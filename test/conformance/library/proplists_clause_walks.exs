# :proplists as OTP 25's: bare atoms are {atom, true} in every lookup (get_all_values and
# append_values in list order), tuples that are no pair, get_keys in :sets order, aliases and
# negations compacted as property/1 does, to_map folding from the right; bad input fails in the
# same function (a FunctionClauseError with its arguments, a list comprehension's bad_generator)
# with OTP's frames, a deep failure with the frames of the walk
list = [:a, {:b, 1}, {:a, 2}, {:c}, {:b, [3, 4]}, "junk", {:d, 1, 2}, :b, {:e, true}, {:f, false}]

ok = [
  {"lookup", fn -> {:proplists.lookup(:a, list), :proplists.lookup(:c, list), :proplists.lookup(:z, list)} end},
  {"lookup_all", fn -> :proplists.lookup_all(:b, list) end},
  {"is_defined", fn -> {:proplists.is_defined(:c, list), :proplists.is_defined(:z, list)} end},
  {"get_value", fn -> {:proplists.get_value(:b, list), :proplists.get_value(:c, list, :dflt), :proplists.get_value(:d, list), :proplists.get_value(:a, list)} end},
  {"get_all_values", fn -> {:proplists.get_all_values(:a, list), :proplists.get_all_values(:b, list), :proplists.get_all_values(:c, list)} end},
  {"append_values", fn -> :proplists.append_values(:b, list) end},
  {"get_bool", fn -> {:proplists.get_bool(:a, list), :proplists.get_bool(:e, list), :proplists.get_bool(:f, list), :proplists.get_bool(:b, list)} end},
  {"get_keys", fn -> :proplists.get_keys(list) end},
  {"delete", fn -> :proplists.delete(:b, list) end},
  {"unfold/compact", fn -> {:proplists.unfold([:a, {:b, true}, 1]), :proplists.compact([{:a, true}, {:b, false}, :c])} end},
  {"aliases", fn -> :proplists.substitute_aliases([{:a, :x}, {:b, :y}], [:a, {:a, true}, {:b, 2}, {:b, true}, :c]) end},
  {"negations", fn -> :proplists.substitute_negations([{:no_a, :a}], [:no_a, {:no_a, true}, {:no_a, false}, {:no_a, 7}, {:no_a}, :b]) end},
  {"to_map", fn -> :proplists.to_map([{:a, 1}, :b, {:a, 2}, {:c}, {:c, 3}, "x", {:d, 1, 2}]) end},
  {"normalize", fn -> :proplists.normalize([:a, {:no_b, true}, {:c, true}], [{:aliases, [{:a, :aa}]}, {:negations, [{:no_b, :b}]}]) end}
]

for {label, f} <- ok, do: IO.inspect(f.(), label: label)

bad = [
  {"get_bool(:a, 1)", fn -> :proplists.get_bool(:a, 1) end},
  {"get_all_values(:a, 1)", fn -> :proplists.get_all_values(:a, 1) end},
  {"get_all_values(:a, [:a | 2])", fn -> :proplists.get_all_values(:a, [:a | 2]) end},
  {"append_values(:a, [{:a, 1} | 2])", fn -> :proplists.append_values(:a, [{:a, 1} | 2]) end},
  {"delete(:a, 1)", fn -> :proplists.delete(:a, 1) end},
  {"delete(:a, [:b | 1])", fn -> :proplists.delete(:a, [:b | 1]) end},
  {"lookup_all(:a, [:a | 1])", fn -> :proplists.lookup_all(:a, [:a | 1]) end},
  {"is_defined(:a, 1)", fn -> :proplists.is_defined(:a, 1) end},
  {"unfold([:a | 1])", fn -> :proplists.unfold([:a | 1]) end},
  {"get_keys(1)", fn -> :proplists.get_keys(1) end},
  {"compact(1)", fn -> :proplists.compact(1) end},
  {"normalize(1, [])", fn -> :proplists.normalize(1, []) end},
  {"substitute_aliases([], 1)", fn -> :proplists.substitute_aliases([], 1) end},
  {"substitute_aliases(1, [:a])", fn -> :proplists.substitute_aliases(1, [:a]) end},
  {"substitute_negations([], :x)", fn -> :proplists.substitute_negations([], :x) end},
  {"to_map(1)", fn -> :proplists.to_map(1) end}
]

for {label, f} <- bad do
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e) |> String.split("\n") |> hd}")
      for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) not in [:elixir_compiler_0, Enum])), do: IO.inspect(entry)
  end
end
