# Map keys looked up, matched and updated at one place over maps of several shapes (a literal's,
# a struct's, one built by puts, a string key beside the atoms): compiled code caches where a key
# is in a map's keys (vm/map_shape.ts) and must find it again for every map, or not at all.
defmodule S do
  defstruct a: 1, b: 2, c: 3
end
defmodule K do
  def field(m), do: m.b
  def pat(%{b: x, c: y}), do: {x, y}
  def pat(_), do: :nomatch
  def upd(m, k, v), do: %{m | k => v}
  def upd2(m, k1, k2, v), do: %{m | k1 => v, k2 => v + 1}
  def st(s, v), do: %S{s | c: v}
  def run(i) do
    maps = [%{a: i, b: 2 * i, c: 3}, %{b: :x, c: :y}, %S{a: i}, %{"b" => 1, b: 5, c: 6, z: 0}, Map.put(%{b: 1, c: 2}, :d, i)]
    {Enum.map(maps, &field/1), Enum.map(maps, &pat/1),
     Enum.map(maps, &upd(&1, :c, i)), Enum.map(maps, &upd(&1, :b, :same)), Enum.map(maps, &upd2(&1, :b, :c, i)),
     st(%S{}, i), st(st(%S{b: i}, 1), 2)}
  end
end
r = Enum.map(1..60, &K.run/1)
IO.inspect(Enum.at(r, 59))
IO.inspect(Enum.at(r, 0) == K.run(1))
for f <- [fn -> K.field(%{a: 1}) end, fn -> K.upd(%{a: 1}, :b, 2) end, fn -> K.upd2(%{b: 1}, :b, :c, 2) end, fn -> K.st(%{a: 1}, 2) end, fn -> K.field(:atom_no_map) end, fn -> K.pat(%{b: 1}) end] do
  try do IO.inspect(f.()) rescue e -> IO.inspect(e) end
end
