defmodule M do
  import String
  def f(%{name: name}), do: name
  def f(x, y), do: x
  def g, do: f(%{nme: 1})
end
M.g()
