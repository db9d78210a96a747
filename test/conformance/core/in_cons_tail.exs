# `in` with a list written as [h | tail]: a literal tail (written or an attribute) is spread out as
# Kernel.in expands it, in guards and in bodies
defmodule InCons do
  @l [:b, :c]
  @nums [2, 3.0]
  def g(x) when x in [:a | @l], do: {:in, x}
  def g(x) when x not in [1 | [2 | [3]]], do: {:not_in, x}
  def g(x), do: {:other, x}
  def n(x) when x in [1 | @nums], do: :num
  def n(_), do: :no
  def b(x, rest), do: {x in [:a | @l], x in [:z | rest], x not in [0 | [1]], x in [1 | @nums]}
end
for x <- [:a, :b, :c, :d, 1, 2, 3, 3.0, 2.0] do
  IO.inspect({x, InCons.g(x), InCons.n(x), InCons.b(x, [:d, 2.0])})
end
