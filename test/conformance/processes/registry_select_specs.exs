# Registry.select/2 and count_select/2 check each clause of the spec ({{key, pid, value}, guards,
# body}) before the registry, as Elixir 1.14's group_match_headers/2 (lib/registry.ex:1348/1354):
# anything else is an ArgumentError naming the function (beamlet dropped such clauses: [] and 0);
# a bad guard is :ets's own error from select/2 itself (one partition)
{:ok, _} = Registry.start_link(keys: :unique, name: U)
{:ok, _} = Registry.start_link(keys: :duplicate, name: D, partitions: 2)
Registry.register(U, :k, 1)
Registry.register(D, :a, 1)
Registry.register(D, :a, 2)

specs = [[:bad], [{:_, [], [:"$_"]}], [{{:_, :_}, [], [:"$_"]}], [{{:_, :_, :_}, :bad, [:"$_"]}],
         [{{:_, :_, :_}, [], [:"$_"]}, :x], [{{:"$1", :_, :"$3"}, [], [{{:"$1", :"$3"}}]}], [{{:_, :_, :_}, [], [true]}]]

for spec <- specs, f <- [&Registry.select/2, &Registry.count_select/2], r <- [U, :nope] do
  try do
    IO.inspect(f.(r, spec))
  rescue
    e ->
      st = __STACKTRACE__
      IO.puts(Exception.message(e))
      # (no arities: the spec's fn closes over other variables in Elixir's code)
      IO.inspect(for {m, fun, _, loc} <- Enum.take(st, 4), do: {m, fun, loc[:line]})
  end
end

IO.inspect(Registry.select(D, [{{:"$1", :_, :"$3"}, [], [{{:"$1", :"$3"}}]}]) |> Enum.sort())
IO.inspect(Registry.count_select(D, [{{:_, :_, :_}, [], [true]}]))
IO.inspect(try do Registry.select(D, [:bad]) rescue e -> Exception.message(e) end)
