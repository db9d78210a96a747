# `or` whose other side gives the variable no type (a comparison of it, is_nil of it): the type
# check's type, traced to the check on the left, to the whole `or` (is_nil expanded) on the right;
# a side on another variable leaves it untyped
defmodule OrUntypedSide do
  def a(x) when x > 1 or is_integer(x), do: x.foo
  def b(x) when is_nil(x) or is_integer(x), do: x.foo
  def c(x) when is_integer(x) or is_nil(x), do: x.foo
  def d(x, y) when is_integer(x) or is_nil(y), do: x.foo
  def e(x, y) when is_integer(x) or y > 1, do: x.foo
  def f(x) when is_atom(x) or x == 1, do: x.foo
end
