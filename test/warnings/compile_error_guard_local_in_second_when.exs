defmodule A do
  def f(x) when is_atom(x) when is_integer(x) and foo(x), do: 1
  def foo(x), do: x
end
