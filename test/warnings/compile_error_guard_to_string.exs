defmodule M do
  def f(x) when to_string(x) == "a", do: 1
end
