defmodule Cmp do
  def clamp(x, lo, hi), do: x |> max(lo) |> min(hi)
  def compare(a, b) when a < b, do: :lt
  def compare(a, b) when a > b, do: :gt
  def compare(_, _), do: :eq
end

IO.inspect(Enum.map([-5, 5, 15], &Cmp.clamp(&1, 0, 10)))
IO.inspect(Cmp.compare(1, 2))
IO.inspect(Cmp.compare("b", "a"))
IO.inspect(Cmp.compare(1, 1.0))
IO.inspect(Cmp.compare({1, 2}, [1, 2]))
IO.inspect(Cmp.compare(:a, "a"))
IO.inspect(Enum.max([1, 2.0, 2]))
IO.inspect(Enum.min([2.0, 2]))
IO.inspect(Enum.max(["apple", "banana", "cherry"]))
IO.inspect(Enum.max([[1, 2], [1, 2, 0], [0, 9]]))
IO.inspect(Enum.max([{1, :a}, {1, :b}]))
IO.inspect(1 < 2 == true)
IO.inspect(:a < :b and :b < :c)
IO.inspect(Enum.sort([nil, false, true, :a, :zz]))
IO.inspect(Enum.sort([%{b: 1}, %{a: 1, b: 1}, %{a: 2}]))
IO.inspect(Enum.sort([{}, {0}, {0, 0}, {1}]))
IO.inspect(Enum.sort([-1, -1.5, -0.5, 0, 0.0]))
