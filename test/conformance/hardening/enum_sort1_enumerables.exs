# Enum.sort/1 of anything but a list sorts as sort/2 with <= does (Elixir 1.14): the same order of
# equal terms, and Enum.sort/2's frame under a failing enumeration (beamlet listed the
# enumerable first: Enum.reverse/1, Enum.to_list/1 and Enum.sort/1 frames). Found by fuzz-diff seed 963021.
IO.inspect(Enum.sort(MapSet.new([3, 1.0, 2, 1, 0.5, :a, "b", {1}, [1]])))
IO.inspect(Enum.sort(5..1//-1))
IO.inspect(Enum.sort(%{b: 1, a: 2, c: 1.0}))
IO.inspect(Enum.sort(Stream.map([1, 1.0, 2, 2.0, 1, 0], & &1)))
IO.inspect(Enum.sort(Stream.map([1.0, 1, 2.0, 2, 1.0, 0], & &1)))
IO.inspect(Enum.sort(MapSet.new(1..40)) |> Enum.take(5))
try do
  Enum.sort(:x)
rescue
  e -> IO.inspect({e.__struct__, Enum.take(__STACKTRACE__, 3)})
end
try do
  Enum.sort("abc")
rescue
  e -> IO.inspect({e.__struct__, Enum.take(__STACKTRACE__, 3)})
end
