# library frames of Enum.take_while/2 (its reduce at 3622, its fn at 3623) and Enum.sum/1 (the fns Elixir's
# inliner names -sum/1-anonymous-N-, :maps.fold for a map), with Stream.zip, Enum.at, String and
# to_charlist errors
for f <- [
  fn -> Stream.zip(:a, [1]) |> Enum.to_list() end,
  fn -> Stream.zip([1], :a) |> Enum.to_list() end,
  fn -> Stream.zip([[1], :a]) |> Enum.to_list() end,
  fn -> Enum.at(:a, 1) end,
  fn -> Enum.at([1], :a) end,
  fn -> Enum.at(%{a: 1}, :x) end,
  fn -> Enum.at(1..3, -1.0) end,
  fn -> Enum.take_while(:a, & &1) end,
  fn -> Enum.take_while([1, 2], fn _ -> raise "tw" end) end,
  fn -> Enum.take_while(1..3, fn _ -> raise "tw" end) end,
  fn -> Enum.sum([1, :a]) end,
  fn -> Enum.sum(:a) end,
  fn -> Enum.sum(%{a: 1}) end,
  fn -> Enum.sum(MapSet.new([1, :a])) end,
  fn -> String.capitalize(:a, :default) end,
  fn -> String.capitalize("abc", :turkic) end,
  fn -> to_charlist(%{}) end,
  fn -> to_charlist({1}) end,
  fn -> to_charlist([1, :a]) end,
  fn -> to_charlist([256 | :x]) end,
  fn -> Kernel.to_charlist(1.5) end,
]  do
  try do
    IO.inspect(f.())
  rescue e -> IO.inspect({e, __STACKTRACE__ |> Enum.reject(&(elem(&1, 0) == :elixir_compiler_0)) |> Enum.take(5)}, width: 120)
  end
end
