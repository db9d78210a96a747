# Stream.map/filter/reject compose as Elixir's do: one %Stream{} keeping the enumerable and the
# functions, inspected as #Stream<[enum: ..., funs: [...]]>; consuming them in every way; Map.new/1
# of a struct (a stream, a MapSet) reads it as an enumerable
s = Stream.map(1..3, &(&1 * 2)) |> Stream.filter(&(&1 > 2))
IO.inspect s
IO.inspect Enum.to_list(s)
IO.inspect Stream.reject([1, 2, 3], &(&1 == 2)) |> Enum.to_list()
IO.inspect Stream.map(1..5, &(&1 + 1)) |> Enum.take(2)
IO.inspect Stream.map(Stream.cycle([1, 2]), &(&1 * 10)) |> Enum.take(3)
IO.inspect Stream.zip(Stream.map(1..3, & &1), Stream.filter(1..10, &(rem(&1, 2) == 0))) |> Enum.to_list()
IO.inspect Stream.map([], & &1) |> Stream.map(& &1) |> Enum.count()
IO.inspect Stream.filter(1..10, &(&1 > 3)) |> Stream.take(2) |> Enum.to_list()
IO.inspect inspect(Stream.map([1], & &1)) =~ "#Stream<"
IO.inspect Stream.map(1..3, & &1) |> Enum.member?(2)
IO.inspect Stream.map(1..3, & &1) |> Stream.with_index() |> Enum.to_list()
IO.inspect Enum.zip(Stream.map(1..3, & &1), Stream.map(4..6, & &1))
IO.inspect Stream.map(1..3, & &1) |> Stream.flat_map(&[&1, &1]) |> Enum.to_list()
IO.inspect Stream.filter(1..4, &(&1 > 1)) |> Enum.sum()
IO.inspect Stream.map(%{a: 1}, fn {k, v} -> {v, k} end) |> Map.new()
IO.inspect Map.new(Stream.map([a: 1], & &1))
IO.inspect Map.new(MapSet.new([{:a, 1}]))
IO.inspect Map.new(%{b: 2})
IO.inspect Map.new(Stream.zip([1, 2], [3, 4]))
try do Map.new(%URI{}) rescue e -> IO.inspect(e.__struct__) end
