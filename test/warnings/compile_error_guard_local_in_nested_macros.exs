defmodule A do
  def f(x) when ((is_atom(x) and foo(x)) or is_integer(x)) and is_nil(x), do: 1
  def foo(x), do: x
end
