# Map.new and Enum.into(list, %{}) hand the elements to :maps.from_list/1, whose plain
# "argument error" (and frame) is what Elixir shows for an element that is no pair;
# Map.take/drop/split read keys that are no list through Enumerable
m = %{a: 1}
frame = fn
  [{mod, fun, args, _} | _] when mod in [:maps] -> {mod, fun, args}
  _ -> :other
end
for {name, f} <- [
  new_range: fn -> Map.new(1..3) end,
  new_list: fn -> Map.new([{1, 2}, 3]) end,
  new_tuple3: fn -> Map.new([{1, 2, 3}]) end,
  new_improper: fn -> Map.new([{1, 2} | 3]) end,
  new_stream: fn -> Map.new(Stream.map([1], & &1)) end,
  new_mapset: fn -> Map.new(MapSet.new([1])) end,
  new_ok_stream: fn -> Map.new(Stream.map([a: 1], & &1)) end,
  new_fun: fn -> Map.new([1], fn x -> x end) end,
  into: fn -> Enum.into([1], %{}) end,
  into_nonempty: fn -> Enum.into([1], %{a: 1}) end,
  into_merge: fn -> Enum.into([a: 2, b: 3, b: 4], %{a: 1, c: 0}) end,
  for_into: fn -> for x <- [1], into: %{}, do: x end,
  from_list: fn -> :maps.from_list([{1, 2}, :x]) end,
  from_list_atom: fn -> :maps.from_list(:x) end,
  take: fn -> Map.take(%{}, {}) end,
  drop: fn -> Map.drop(m, {}) end,
  take_atom: fn -> Map.take(m, :a) end,
  split: fn -> Map.split(m, {}) end,
  drop_range: fn -> Map.drop(%{1 => 1, 5 => 5}, 1..2) end,
  take_mapset: fn -> Map.take(m, MapSet.new([:a])) end,
  split_mapset: fn -> Map.split(%{a: 1, b: 2}, MapSet.new([:a])) end,
] do
  try do
    IO.inspect(f.(), label: name)
  rescue
    e -> IO.inspect({name, e, frame.(__STACKTRACE__)})
  end
end
Map.new(1..3)
