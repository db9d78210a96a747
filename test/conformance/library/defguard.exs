defmodule Checks do
  defguard is_even(x) when is_integer(x) and rem(x, 2) == 0
  defguardp is_small(x) when x in 0..9
  defguard is_small_even(x) when is_even(x) and is_small(x)
  defguard is_pair(t) when is_tuple(t) and tuple_size(t) == 2
  defguard both_positive(a, b) when a > 0 and b > 0

  def kind(x) when is_small_even(x), do: :small_even
  def kind(x) when is_even(x), do: :even
  def kind(x) when is_integer(x), do: :odd
  def kind(t) when is_pair(t), do: :pair
  def kind(_), do: :other

  def check(x), do: {is_even(x), is_small(x)}
  def count(list), do: Enum.count(list, fn y -> is_even(y) end)
  def once, do: is_even(IO.inspect(4, label: "evaluated once"))
  def area(w, h) when both_positive(w, h), do: w * h
  def area(_, _), do: 0

  def classify(list) do
    for x <- list, is_even(x), do: x * 10
  end

  def sign(n) do
    case n do
      x when is_even(x) and x > 0 -> :positive_even
      x when is_even(x) -> :even
      _ -> :odd
    end
  end
end

IO.inspect(Enum.map([2, 12, 3, {1, 2}, :a], &Checks.kind/1))
IO.inspect(Checks.check(4))
IO.inspect(Checks.check(11))
IO.inspect(Checks.count([1, 2, 4, 5, 6]))
IO.inspect(Checks.once())
IO.inspect({Checks.area(2, 3), Checks.area(-1, 3)})
IO.inspect(Checks.classify(1..6))
IO.inspect(Enum.map([4, -2, 3], &Checks.sign/1))
