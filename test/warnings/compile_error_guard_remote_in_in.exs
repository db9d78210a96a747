defmodule A do
  def f(x) when is_integer(x) and x in [String.length(x)], do: 1
end
