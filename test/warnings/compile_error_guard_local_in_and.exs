defmodule A do
  def f(x) when x > 1 and foo(x), do: 1
  def foo(x), do: x
end
