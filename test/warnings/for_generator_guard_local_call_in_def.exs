defmodule M do
  defp g(x), do: x
  def f(l), do: for x when g(x) <- l, do: x
end
