# a stream source (unfold, iterate, repeatedly, resource, interval, duplicate) is its reduce
# function itself, as in Elixir: it inspects as a fun; a stage composed on it is a %Stream{}
IO.inspect(Stream.unfold(1, fn x -> {x, x} end))
IO.inspect(Stream.iterate(1, & &1))
IO.inspect(Stream.repeatedly(fn -> 1 end))
IO.inspect(Stream.resource(fn -> 1 end, fn x -> {:halt, x} end, fn _ -> 1 end))
IO.inspect(Stream.interval(1))
IO.inspect(Stream.duplicate(1, 2))
IO.inspect(Stream.transform([1], 0, fn x, a -> {[x], a} end))
IO.inspect(Stream.map([1], & &1))
IO.inspect(Stream.iterate(1, & &1) |> Stream.map(& &1))
IO.inspect(is_function(Stream.unfold(1, fn x -> {x, x} end), 2))
IO.inspect(Stream.iterate(1, &(&1 * 3)) |> Stream.map(&(&1 + 1)) |> Enum.take(4))
