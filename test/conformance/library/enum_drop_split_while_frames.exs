# Enum.drop_while/2 and split_while/2 on anything but a list go through Elixir 1.14's reduce/3
# (inlined) with their own fn (at 956 and 3348): the frames a failure shows; :lists.droplast/1's
# recursive frame is at lists.erl:247
calls = [
  fn -> Enum.drop_while(42, & &1) end,
  fn -> Enum.split_while(42, & &1) end,
  fn -> Enum.drop_while(%{a: 1}, fn _ -> raise "map" end) end,
  fn -> Enum.split_while(%{a: 1}, fn _ -> raise "map" end) end,
  fn -> Enum.drop_while(1..3, fn _ -> raise "range" end) end,
  fn -> Enum.split_while(1..3, fn _ -> raise "range" end) end,
  fn -> Enum.drop_while(MapSet.new([1]), fn _ -> raise "struct" end) end,
  fn -> Enum.split_while(MapSet.new([1]), fn _ -> raise "struct" end) end,
  fn -> Enum.drop_while(%{a: 1, b: 2, c: 3}, fn {k, _} -> k != :b end) end,
  fn -> Enum.split_while(%{a: 1, b: 2, c: 3}, fn {k, _} -> k != :b end) end,
  fn -> Enum.split_while(Stream.map(1..5, & &1), &(&1 < 3)) end,
  fn -> :lists.droplast([2, 1 | 3]) end,
  fn -> :lists.droplast([1, 2, 3 | 4]) end
]

for f <- calls do
  IO.inspect(try do f.() rescue e -> {e, Enum.take(__STACKTRACE__, 5)} end)
end
