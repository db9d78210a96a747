# Non-tail recursion 100_000 deep
defmodule Deep do
  def build(0), do: []
  def build(n), do: [n | build(n - 1)]

  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)

  def depth(0), do: 0
  def depth(n), do: 1 + depth(n - 1)

  def map([], _f), do: []
  def map([h | t], f), do: [f.(h) | map(t, f)]
end

l = Deep.build(100_000)
IO.inspect(length(l))
IO.inspect(Enum.take(l, 3))
IO.inspect(Deep.sum(l))
IO.inspect(Deep.depth(100_000))
IO.inspect(Deep.map(l, &(&1 * 2)) |> Enum.take(-2))
