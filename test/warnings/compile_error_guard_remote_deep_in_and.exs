defmodule A do
  def f(x) when is_integer(x) and abs(abs(String.length(x))) > 1, do: 1
end
