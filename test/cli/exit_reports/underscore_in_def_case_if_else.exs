defmodule A do
  def f(1), do: 1
  def f(x) when is_integer(x) do
    case x do
      1 -> 1
      2 -> 2
      _ -> if x > 3, do: 1, else: _
    end
  end
end
