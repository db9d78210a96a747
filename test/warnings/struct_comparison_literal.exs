# Comparing with a struct literal (%S{}, a map with :__struct__, a range of literal integers, a
# date/time or regex sigil, an attribute holding a struct) warns as Elixir 1.14 expands it, in
# expansion order among the unused variables
defmodule M do
  def a(d, unused) do
    x = 1
    d < ~D[2020-01-01]
  end

  def b(d, y) do
    r = max(d, 1..2)
    {r, Kernel.>=(%URI{}, d), :erlang.<(d, 1..3)}
  end

  def c(d) when d > 1..3, do: d
  def c(other), do: other
end

defmodule N do
  @d ~D[2020-01-01]
  def a(x), do: x < @d
  def b(x), do: min(x, 1..10//2)
  def c(x), do: x < -1..-3//-1
  def e(unused2), do: :ok
end

IO.inspect(M.a(~D[2019-01-01], 1))
IO.inspect(M.b(1, 2))
IO.inspect({N.a(1), N.b(1), N.c(1)})
d = ~U[2020-01-01 00:00:00Z]
IO.inspect(d > ~U[2019-01-01 00:00:00Z])
IO.inspect(1..2 < d)
