defmodule M do
  def f(x), do: %{x}
end
