defmodule A do
  def f(x) when x > 1 do
    :ok
  end

  defp g do
    [1, cond(do: [])]
  end
end
