# Collectable's collector fns called directly: their function_clause frames name Elixir's lines
# (lib/collectable.ex 108/125/166, lib/map_set.ex 496), and MapSet's gathers new elements in a
# list as Elixir 1.14's does
for {name, coll, arg} <- [{"map", %{}, {:cont, 1}}, {"bitstring", "", {:cont, :x}}, {"list", [], :bogus}, {"mapset", MapSet.new(), :bogus}, {"map bad", %{}, :bogus}] do
  {acc, f} = Collectable.into(coll)
  try do
    f.(acc, arg)
  rescue
    e -> IO.inspect({name, e.__struct__, hd(__STACKTRACE__)})
  end
end
{acc, f} = Collectable.into(MapSet.new([1]))
IO.inspect(acc)
a2 = f.(acc, {:cont, 2}) |> IO.inspect()
a3 = f.(a2, {:cont, 1}) |> IO.inspect()
IO.inspect(f.(a3, :done))
IO.inspect(f.(a3, :halt))
IO.inspect(Enum.into([3, 2], MapSet.new([1])))
