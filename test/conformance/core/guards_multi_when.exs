defmodule W do
  def kind(x) when is_atom(x) when is_binary(x), do: :name_like
  def kind(x) when is_integer(x) and x > 0 when is_float(x), do: :positive_or_float
  def kind(_), do: :other

  def even_or_odd(n) when is_integer(n) and rem(n, 2) == 0, do: :even
  def even_or_odd(_), do: :odd

  def size(n) when n < 10, do: :small
  def size(_), do: :large

  def check(%{age: a}) when a in 0..17, do: :minor
  def check(%{age: a}) when a >= 18, do: :adult
  def check(m) when not is_map_key(m, :age), do: :unknown

  def nil_or_empty(x) when x in [nil, "", []], do: true
  def nil_or_empty(_), do: false
end

IO.inspect(Enum.map([:a, "b", 3, -3, 1.5, [1]], &W.kind/1))
IO.inspect(Enum.map(1..4, &W.even_or_odd/1))
IO.inspect({W.size(3), W.size(30)})
IO.inspect(Enum.map([%{age: 5}, %{age: 40}, %{}], &W.check/1))
IO.inspect(Enum.map([nil, "", [], "x", 0], &W.nil_or_empty/1))
