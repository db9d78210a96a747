defmodule U do
  def foo(x), do: x
  def f(x) do
    if foo(y > 0 = x), do: 1
  end
end
