# a guard `is_a(x) or is_b(x)` gives x their union (after is_a(x)'s own trace); comparisons joined
# by `or` give none; the checker's warnings sorted by their types
defmodule OrGuards do
  def number(x) when is_integer(x) or is_float(x), do: x.foo
  def atom_or_int(x) when is_atom(x) or is_integer(x), do: x.foo
  def ranged(x) when is_integer(x) and (x > 1 or x < -1), do: x.foo
  def both(x) when (is_binary(x) or is_integer(x)) and x != 1, do: x.foo
  def later(x) when is_tuple(x) or is_pid(x) do
    y = 1
    x.bar
  end
  def twice(x) when is_float(x) or is_integer(x) do
    x.a
    x.b
  end
  def two_vars(x, y) when is_atom(x) or is_atom(y), do: {x.foo, y}
end
