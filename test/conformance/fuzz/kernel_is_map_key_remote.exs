# Kernel.is_map_key/2 called remotely or captured takes (map, key), as the local call does
IO.inspect(Kernel.is_map_key(%{a: 1}, :a))
IO.inspect(Kernel.is_map_key(%{a: 1}, :b))
IO.inspect(Kernel.is_map_key(1..2, :first))
IO.inspect(try do Kernel.is_map_key([a: 1], 1..2) rescue e -> e end)
f = &is_map_key/2
IO.inspect(f.(%{1 => 2}, 1))
IO.inspect(Enum.filter([%{a: 1}, %{b: 2}], &Kernel.is_map_key(&1, :a)))
g = &Kernel.is_map_key/2
IO.inspect(try do g.(:x, %{}) rescue e -> e end)
IO.inspect(is_map_key(%{a: 1}, :a))
