defmodule M do
  def f(a, b \\ 2, c \\ 3) when is_integer(a), do: a + b
  def g(x, y) when is_integer(y), do: x
end
IO.inspect({M.f(1), M.g(1, 2)})
