# :maps.next/1 on an iterator [path | map] of a small map: the path is only checked (a small
# integer from 0 to the map's size) and every pair comes back chained; another path fails in
# erts_internal's map_next under maps.erl:467, a non-iterator through maps.erl:578
for it <- [[0 | %{}], [1 | %{}], [0 | %{a: 1}], [1 | %{a: 1}], [2 | %{a: 1}], [-1 | %{a: 1}],
           [1 | %{a: 1, b: 2}], [1.0 | %{a: 1}], [Bitwise.bsl(1, 70) | %{a: 1}], [:a | %{a: 1}]] do
  try do
    IO.inspect(:maps.next(it), label: inspect(it))
  rescue
    e ->
      IO.inspect(e, label: inspect(it))
      __STACKTRACE__ |> Enum.take(2) |> Enum.each(&IO.inspect/1)
  end
end

# path 0 of a larger map starts at its first pair in iteration order (each step through :maps.next:
# the BEAM answers 32 pairs, then an iterator into its hash trie)
big = Map.new(1..40, &{&1, &1})
big |> :maps.iterator() |> Stream.unfold(&with({k, _, n} <- :maps.next(&1), do: {k, n}, else: (:none -> nil))) |> Enum.to_list() |> IO.inspect(limit: :infinity)

:maps.next([3 | %{a: 1}])
