# Stream.cycle of an empty enumerable that is no list raises ArgumentError when run, as Elixir's
# (it looped forever, freezing the caller); non-empty ones cycle, a stream's side effects run once a pass
IO.inspect(Stream.cycle([1, 2]) |> Enum.take(5))
for e <- [[], MapSet.new(), 1..0//1, %{}, Stream.map([], & &1), Stream.filter(1..5, &(&1 > 9))] do
  try do
    Stream.cycle(e) |> Enum.take(2)
  rescue
    e -> IO.inspect(e)
  end
end
IO.inspect(Stream.cycle(1..3) |> Enum.take(7))
IO.inspect(Stream.cycle(MapSet.new([:a, :b])) |> Enum.take(5))
IO.inspect(Stream.cycle(%{a: 1}) |> Enum.take(3))
IO.inspect(Stream.cycle(Stream.map([1], fn x -> IO.puts("visit"); x * 2 end)) |> Enum.take(3))
IO.inspect(Stream.zip(Stream.cycle(1..2), [:a, :b, :c, :d, :e]) |> Enum.to_list())
IO.inspect(Stream.cycle(1..3) |> Stream.take(4) |> Enum.map(&(&1 * 10)))
IO.inspect(Enum.zip(Stream.cycle(MapSet.new([1])), 1..3))
_s = Stream.cycle(1..0//1)
IO.puts "made"
IO.inspect(Enum.take(Stream.cycle(1..0//1), 0))
