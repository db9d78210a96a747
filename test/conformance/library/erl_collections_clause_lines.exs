# OTP's collection modules (:sets, :gb_sets, :orddict, :ordsets, :proplists, :dict) given a term
# that is none of theirs: the function_clause frame names the module's .erl file at the line of
# the failing function's first clause in OTP 25, as the BEAM's stack traces do
calls = [
  {":sets.size(1)", fn -> :sets.size(1) end},
  {":sets.to_list(1)", fn -> :sets.to_list(1) end},
  {":sets.is_element(1, 2)", fn -> :sets.is_element(1, 2) end},
  {":sets.add_element(1, 2)", fn -> :sets.add_element(1, 2) end},
  {":sets.filter(1, :sets.new())", fn -> :sets.filter(1, :sets.new()) end},
  {":sets.fold(1, 0, 2)", fn -> :sets.fold(1, 0, 2) end},
  {":gb_sets.size(1)", fn -> :gb_sets.size(1) end},
  {":gb_sets.is_member(1, 2)", fn -> :gb_sets.is_member(1, 2) end},
  {":gb_sets.to_list(1)", fn -> :gb_sets.to_list(1) end},
  {":gb_sets.smallest(:gb_sets.empty())", fn -> :gb_sets.smallest(:gb_sets.empty()) end},
  {":gb_sets.union(1, 2)", fn -> :gb_sets.union(1, 2) end},
  {":orddict.store(1, 1, 2)", fn -> :orddict.store(1, 1, 2) end},
  {":orddict.update(1, 1, [])", fn -> :orddict.update(1, 1, []) end},
  {":proplists.get_value(1, 2)", fn -> :proplists.get_value(1, 2) end},
  {":proplists.lookup(1, 2)", fn -> :proplists.lookup(1, 2) end}
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
