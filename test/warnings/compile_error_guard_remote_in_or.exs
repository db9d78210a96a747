defmodule A do
  def f(x) when is_integer(x) or String.length(x) > 1, do: 1
end
