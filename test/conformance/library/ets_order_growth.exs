# An :ets set grows one bucket per object past 256 (linear hashing) and shrinks only after it has
# allocated a third segment of buckets: the order of tab2list and first/next follows every split
# and join. Keys come from a multiplicative step, so the program is deterministic.
walk = fn t ->
  Stream.unfold(:ets.first(t), fn
    :"$end_of_table" -> nil
    k -> {k, :ets.next(t, k)}
  end)
  |> Enum.to_list()
end

summary = fn l -> {length(l), :erlang.phash2(l), Enum.take(l, 8), Enum.take(l, -4)} end

for n <- [255, 256, 257, 300, 600, 2304, 2305, 4000, 9000] do
  t = :ets.new(:grow, [:set])
  for i <- 1..n, do: :ets.insert(t, {rem(i * 7919, 100_003), i})
  IO.inspect({n, :full, summary.(walk.(t)), summary.(:ets.tab2list(t))})
  for i <- 1..n, rem(i, 5) != 0, do: :ets.delete(t, rem(i * 7919, 100_003))
  IO.inspect({n, :after_delete, summary.(walk.(t)), summary.(:ets.tab2list(t))})
  for i <- 1..div(n, 2), do: :ets.insert(t, {"k#{i}", i})
  IO.inspect({n, :reinsert, summary.(walk.(t)), summary.(:ets.select(t, [{{:"$1", :"$2"}, [{:is_integer, :"$1"}], [:"$2"]}]))})
  :ets.delete_all_objects(t)
  for i <- 1..20, do: :ets.insert(t, {i, i})
  IO.inspect({n, :cleared, walk.(t)})
  :ets.delete(t)
end
