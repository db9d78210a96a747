# a bodiless head declaring defaults, and no clause
defmodule M do
  def f(a, b \\ 1)
  def g, do: 1
end
