# Flatmaps (up to 32 keys) keep their keys in exact term order and find a tuple key by ranking it
# against the keys: tuples of small integers ranked element by element, with bigints, floats
# (1 and 1.0 are two keys, the integer first), atoms, binaries and nested tuples among them.
import Bitwise

keys = [
  {1, 2}, {1, 1}, {0, 5}, {2, -1}, {1, 2.0}, {1.0, 2}, {1, 1 <<< 70}, {1, -(1 <<< 70)},
  {1, :a}, {1, "b"}, {1, {2, 3}}, {1, {2, 2}}, {1}, {1, 2, 3}, {}, {-3, 0}, {1, 2_147_483_648},
  {1, -2_147_483_649}, {:a, 1}, {"x", 1}, {[1], 1}, {%{a: 1}, 1}, {1, [2]}, {1, nil}
]

m = Map.new(Enum.with_index(keys))
IO.inspect(map_size(m), label: "size")
IO.inspect(m)
IO.inspect(Map.keys(m))

for k <- keys do
  v = Map.fetch!(m, k)
  ^v = Enum.find_index(keys, &(&1 === k))
end

absent = [{1, 3}, {2, 2.0}, {1.0, 2.0}, {1, 1 <<< 71}, {1, :b}, {1, {2, 4}}, {0}, {1, 2, 4}, {-3, 0.0}]
IO.inspect(Enum.map(absent, &Map.get(m, &1, :none)), label: "absent")
IO.inspect(Enum.map(keys, &Map.has_key?(m, &1)) |> Enum.all?(), label: "all present")

# a tally keyed by pairs: read then written, each step
tally =
  Enum.reduce(1..2_000, %{}, fn i, t ->
    key = {rem(i * 7, 5) - 2, rem(i, 3)}
    Map.put(t, key, Map.get(t, key, 0) + 1)
  end)

IO.inspect(tally)
IO.inspect(Enum.sum(Map.values(tally)), label: "sum")
IO.inspect(Map.update(tally, {0, 0}, 0, &(&1 * 10)) |> Map.get({0, 0}), label: "update")
IO.inspect(%{tally | {-2, 1} => :x} |> Map.take([{-2, 1}, {2, 2}]), label: "take")
IO.inspect(Map.delete(tally, {1, 1}) |> Map.keys() |> length(), label: "delete")
IO.inspect(%{{1, 2} => :int, {1, 2.0} => :float, {1.0, 2} => :float_first} |> Map.to_list(), label: "floats")

try do
  %{tally | {9, 9} => 1}
rescue
  e -> IO.inspect(e, label: "error")
end
