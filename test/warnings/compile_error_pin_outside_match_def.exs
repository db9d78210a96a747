defmodule M do
  def f(y), do: ^y
end
