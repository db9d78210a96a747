defmodule U do
  def foo(x, y), do: {x, y}
  def f(x) do
    unless foo(1, y > 0 = x), do: 1
  end
end
