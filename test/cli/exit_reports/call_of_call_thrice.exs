defmodule A do
  def f(g), do: g.(1)(2)
  def h, do: f(1)(2)(3)
end
