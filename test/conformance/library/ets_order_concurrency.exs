# A write_concurrency table keeps 64 bucket locks and erts walks its buckets lock by lock
# (0, 64, 128.., 1, 65..): first/next, tab2list and select follow that order; read_concurrency
# alone keeps the plain bucket order. A private table ignores the concurrency options.
walk = fn t ->
  Stream.unfold(:ets.first(t), fn
    :"$end_of_table" -> nil
    k -> {k, :ets.next(t, k)}
  end)
  |> Enum.to_list()
end

for opts <- [[], [write_concurrency: true], [read_concurrency: true], [:public, write_concurrency: true, read_concurrency: true], [:private, write_concurrency: true], [write_concurrency: :auto]] do
  t = :ets.new(:conc, [:set | opts])
  for i <- 1..40, do: :ets.insert(t, {i, i * i})
  IO.inspect(opts)
  IO.inspect(walk.(t), limit: :infinity)
  IO.inspect(:ets.tab2list(t) |> Enum.map(&elem(&1, 0)), limit: :infinity)
  IO.inspect(:ets.select(t, [{{:"$1", :"$2"}, [{:>, :"$2", 900}], [:"$1"]}]), limit: :infinity)
  big = :ets.new(:conc_big, [:set | opts])
  for i <- 1..1500, do: :ets.insert(big, {"item-#{i}", i})
  IO.inspect({:erlang.phash2(walk.(big)), :erlang.phash2(:ets.tab2list(big)), Enum.take(walk.(big), 5)})
end
