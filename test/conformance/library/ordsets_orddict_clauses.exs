# :ordsets and :orddict walk their lists clause by clause as OTP 25's do: results with equal-
# comparing keys (1 and 1.0), terms that are no list returned where OTP returns them, and the
# FunctionClauseError (its function and arguments) and frames of bad input or of a fun that raises
ok = [
  {"ordsets union 1.0", fn -> :ordsets.union([1, 2.0, 3], [1.0, 2, 4]) end},
  {"ordsets union improper", fn -> :ordsets.union(1, []) end},
  {"ordsets subtract improper", fn -> :ordsets.subtract(:x, []) end},
  {"ordsets intersection", fn -> :ordsets.intersection([[1, 2, 3], [2.0, 3], [3, 4]]) end},
  {"ordsets add 1.0", fn -> :ordsets.add_element(1.0, [1, 2]) end},
  {"ordsets del 2.0", fn -> :ordsets.del_element(2.0, [1, 2, 3]) end},
  {"ordsets is_set", fn -> {:ordsets.is_set([1, 1]), :ordsets.is_set([1, 2]), :ordsets.is_set(:a)} end},
  {"ordsets is_subset", fn -> {:ordsets.is_subset([1.0], [1, 2]), :ordsets.is_subset([3], [1, 2])} end},
  {"ordsets is_disjoint", fn -> :ordsets.is_disjoint([1, 3], [2, 4]) end},
  {"ordsets is_empty", fn -> {:ordsets.is_empty([]), :ordsets.is_empty(:a)} end},
  {"orddict from_list", fn -> :orddict.from_list([b: 1, a: 2, b: 3, c: 0]) end},
  {"orddict from_list one", fn -> :orddict.from_list([{:z, 1}]) end},
  {"orddict store 1.0", fn -> :orddict.store(1.0, :new, [{1, :old}, {2, :two}]) end},
  {"orddict update 1.0", fn -> :orddict.update(1.0, &{&1}, [{1, :old}]) end},
  {"orddict update/4", fn -> :orddict.update(:b, &(&1 + 1), 0, [a: 1, c: 2]) end},
  {"orddict update_counter", fn -> :orddict.update_counter(:a, 5, :orddict.update_counter(:a, 1, [])) end},
  {"orddict append", fn -> :orddict.append(:a, 3, :orddict.append_list(:a, [1, 2], [b: [0]])) end},
  {"orddict find/fetch/is_key", fn -> {:orddict.find(:b, [a: 1, b: 2]), :orddict.find(:c, [a: 1, d: 2]), :orddict.fetch(:a, [a: 1]), :orddict.is_key(:z, [a: 1])} end},
  {"orddict take", fn -> {:orddict.take(:b, [a: 1, b: 2, c: 3]), :orddict.take(:z, [a: 1])} end},
  {"orddict erase", fn -> :orddict.erase(:b, [a: 1, b: 2, c: 3]) end},
  {"orddict merge", fn -> :orddict.merge(fn _, a, b -> a + b end, [a: 1, c: 3], [b: 2, c: 4]) end},
  {"orddict fold/map/filter", fn -> {:orddict.fold(fn k, v, acc -> [{v, k} | acc] end, [], [a: 1, b: 2]), :orddict.map(fn _, v -> v * 10 end, [a: 1]), :orddict.filter(fn _, v -> v > 1 end, [a: 1, b: 2])} end},
  {"orddict fetch_keys", fn -> :orddict.fetch_keys([a: 1, b: 2]) end}
]

for {label, f} <- ok, do: IO.inspect(f.(), label: label)

bad = [
  {"ordsets is_element(1, 2)", fn -> :ordsets.is_element(1, 2) end},
  {"ordsets add_element(5, [1 | 2])", fn -> :ordsets.add_element(5, [1 | 2]) end},
  {"ordsets del_element(1, 2)", fn -> :ordsets.del_element(1, 2) end},
  {"ordsets union(1, 2)", fn -> :ordsets.union(1, 2) end},
  {"ordsets union([1, 3], [2 | :x])", fn -> :ordsets.union([1, 3], [2 | :x]) end},
  {"ordsets intersection(1, 2)", fn -> :ordsets.intersection(1, 2) end},
  {"ordsets intersection([])", fn -> :ordsets.intersection([]) end},
  {"ordsets subtract([1, 5], [2 | 3])", fn -> :ordsets.subtract([1, 5], [2 | 3]) end},
  {"ordsets is_subset(1, 2)", fn -> :ordsets.is_subset(1, 2) end},
  {"ordsets is_disjoint(1, 2)", fn -> :ordsets.is_disjoint(1, 2) end},
  {"orddict find(1, 2)", fn -> :orddict.find(1, 2) end},
  {"orddict fetch(:z, [a: 1])", fn -> :orddict.fetch(:z, [a: 1]) end},
  {"orddict from_list(1)", fn -> :orddict.from_list(1) end},
  {"orddict from_list([1, 2])", fn -> :orddict.from_list([1, 2]) end},
  {"orddict store(:z, 1, [{:a, 1} | 2])", fn -> :orddict.store(:z, 1, [{:a, 1} | 2]) end},
  {"orddict update(:z, f, [a: 1])", fn -> :orddict.update(:z, & &1, a: 1) end},
  {"orddict update raising", fn -> :orddict.update(:b, fn _ -> raise "in update" end, a: 1, b: 2) end},
  {"orddict update/4 raising", fn -> :orddict.update(:a, fn _ -> raise "in update/4" end, 0, a: 1) end},
  {"orddict update_counter(:a, 1, [a: :x])", fn -> :orddict.update_counter(:a, 1, a: :x) end},
  {"orddict append(1, 1, [{1, 2}])", fn -> :orddict.append(1, 1, [{1, 2}]) end},
  {"orddict append_list(1, [1], [{1, 2}])", fn -> :orddict.append_list(1, [1], [{1, 2}]) end},
  {"orddict fold raising", fn -> :orddict.fold(fn _, _, _ -> raise "in fold" end, 0, a: 1) end},
  {"orddict fold(1, 0, [])", fn -> :orddict.fold(1, 0, []) end},
  {"orddict map raising", fn -> :orddict.map(fn _, _ -> raise "in map" end, a: 1) end},
  {"orddict filter raising", fn -> :orddict.filter(fn _, _ -> raise "in filter" end, a: 1) end},
  {"orddict filter non-boolean", fn -> :orddict.filter(fn _, _ -> :maybe end, a: 1) end},
  {"orddict merge raising", fn -> :orddict.merge(fn _, _, _ -> raise "in merge" end, [a: 1], [a: 2]) end},
  {"orddict merge(1, [], [])", fn -> :orddict.merge(1, [], []) end},
  {"orddict is_empty(1)", fn -> :orddict.is_empty(1) end},
  {"orddict fetch_keys([1])", fn -> :orddict.fetch_keys([1]) end},
  {"orddict erase(:a, 1)", fn -> :orddict.erase(:a, 1) end}
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
