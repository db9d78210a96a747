defmodule A do
  def f(x), do: x
  def f(x, y), do: x + y
  def f(x), do: x
  def g(x), do: x
  def h, do: 1
  def g(x), do: x
  def k(x), do: x
  def k(x, y), do: x
  def m, do: 1
  def k(x), do: x
end
