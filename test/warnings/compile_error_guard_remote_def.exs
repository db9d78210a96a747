defmodule M do
  def f(x) when String.length(x) == 1, do: 1
end
