# Map.update/4 and Map.get_lazy/3 on a non-map raise {:badmap, term} with their arguments from a
# line inside their bodies (lib/map.ex:693 and 570 in Elixir 1.14), not their first clause's
for {name, fun} <- [update: fn -> Map.update(:x, 1, 2, & &1) end, get_lazy: fn -> Map.get_lazy([a: 1], :a, fn -> 1 end) end] do
  try do
    fun.()
  rescue
    e -> IO.inspect({name, e, Enum.take(__STACKTRACE__, 1)})
  end
end
