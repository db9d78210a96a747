# Enum.product/1 as Elixir 1.14 inlines reduce(enumerable, 1, &*/2): a list folds in
# -product/1-lists^foldl/2-0-, a map in -product/1-anonymous-1-, a struct through Enumerable in
# -product/1-anonymous-2- (x * acc, in that order); Enum.random/1 of an empty list raises at
# another line than of any other empty enumerable
for l <- [[1, :a], [:a], [2, 3.0], %{a: 1}, MapSet.new([:a]), 1..3, [1, 2 | :x], 1..0//1, [], %{}, Stream.map([2, :b], & &1)] do
  try do
    IO.inspect(Enum.product(l))
  rescue
    e -> IO.inspect({e.__struct__, Enum.take(__STACKTRACE__, 3)})
  end
end

for l <- [[], 1..0//1, MapSet.new(), %{}, Stream.map([], & &1)] do
  try do
    IO.inspect(Enum.random(l))
  rescue
    e -> IO.inspect({e.__struct__, Enum.take(__STACKTRACE__, 2)})
  end
end
