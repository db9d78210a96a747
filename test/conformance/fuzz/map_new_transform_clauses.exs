# Map.new/2 checks its transform in Elixir's helpers new_from_map/2 (a plain map) and
# new_from_enum/2 (anything else), so a bad transform fails there
for {name, f} <- [
  map_nil: fn -> Map.new(%{a: 1}, nil) end,
  empty_map_int: fn -> Map.new(%{}, 5) end,
  range_arity2: fn -> Map.new(1..2, fn x, y -> x + y end) end,
  list_atom: fn -> Map.new([1], :x) end,
  empty_list_arity2: fn -> Map.new([], fn x, y -> x + y end) end,
  mapset_nil: fn -> Map.new(MapSet.new([1]), nil) end,
  map_ok: fn -> Map.new(%{a: 1, b: 2}, fn {k, v} -> {v, k} end) end,
  list_ok: fn -> Map.new([1, 2, 1], &{&1, &1 * 2}) end,
  range_ok: fn -> Map.new(1..3, &{rem(&1, 2), &1}) end,
] do
  try do
    IO.inspect(f.(), label: name)
  rescue
    e -> IO.inspect({name, e})
  end
end
