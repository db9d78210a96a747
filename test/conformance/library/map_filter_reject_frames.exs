# Map.filter/2 and Map.reject/2 walk the pairs body-recursively as Elixir 1.14's do_filter/2 and
# do_reject/2 (a kept pair's frame stays under the rest); MapSet.new/2 maps at line 109; a stream
# over an improper list fails in Enumerable.List.reduce/3's clauses at lib/enum.ex:4748
for {name, f} <- [filter: &Map.filter/2, reject: &Map.reject/2] do
  IO.inspect(try do f.(%{a: 1}, fn x -> to_string(x) end) rescue _ -> {name, Enum.take(__STACKTRACE__, 5)} end)
  IO.inspect(try do f.(%{a: 1, b: 2, c: 3}, fn {:c, _} -> raise "c"; {_, v} -> v < 2 end) rescue _ -> {name, Enum.take(__STACKTRACE__, 5)} end)
  IO.inspect(try do f.(%{a: 1, b: 2, c: 3}, fn {:c, _} -> raise "c"; {_, v} -> v > 2 end) rescue _ -> {name, Enum.take(__STACKTRACE__, 5)} end)
  IO.inspect(try do f.(:x, & &1) rescue e -> {name, e, Enum.take(__STACKTRACE__, 1) |> Enum.map(&elem(&1, 3))} end)
  IO.inspect f.(%{a: 1, b: 2, c: 3}, fn {_, v} -> v != 2 end)
  IO.inspect f.(Map.new(1..40, &{&1, &1}), fn {k, _} -> rem(k, 3) == 0 end)
end

IO.inspect(try do MapSet.new([3, 1, 2], fn 2 -> raise "two"; x -> x end) rescue _ -> Enum.take(__STACKTRACE__, 5) end)
IO.inspect(try do Stream.filter([1 | :x], & &1) |> Enum.count() rescue e -> {e, Enum.take(__STACKTRACE__, 3)} end)
