defmodule M do
  def f(x) do
    y = x + 1
    z
  end
end
