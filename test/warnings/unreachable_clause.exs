defmodule M do
  def f(x), do: x
  def f(1), do: :one
  def g(a, b) when a > b, do: a
  def g(a, _), do: a
  def g(0, 0), do: 0
  def g(1, 1), do: 1
end
IO.inspect({M.f(1), M.g(1, 2)})
