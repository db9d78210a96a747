# Enum.slice/2 with a range of negative step: Elixir 1.14 slices first..last//-1 with first > last
# as step 1 (old code's decreasing ranges) and raises for every other negative step, even an
# empty or one-element range; String.slice/2 does the same
items = Enum.to_list(1..10)

page = fn list, from, to, step ->
  try do
    Enum.slice(list, from..to//step)
  rescue
    e in ArgumentError ->
      [{mod, fun, arity, loc} | _] = __STACKTRACE__
      {:error, e.message, {mod, fun, arity, loc[:file], loc[:line]}}
  end
end

for {from, to, step} <- [{0, 2, 1}, {5, 1, -1}, {-1, -3, -1}, {3, 3, -1}, {1, 5, -1}, {5, 1, -2}, {-3, -1, -1}, {2, 7, -3}, {0, 9, 3}] do
  IO.inspect({from, to, step, page.(items, from, to, step), page.(1..10, from, to, step)})
end

IO.inspect(Enum.slice(%{a: 1, b: 2, c: 3}, 2..0//-1))
IO.inspect(try do Enum.slice(MapSet.new([1, 2]), 0..1//-1) rescue e -> e end)
IO.inspect(try do String.slice("abcdef", 1..3//-1) rescue e -> e end)
IO.inspect(String.slice("abcdef", 3..1//-1))
