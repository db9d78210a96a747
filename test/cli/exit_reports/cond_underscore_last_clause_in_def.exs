defmodule A do
  def f(x) do
    cond do
      x -> 1
      _ -> 2
    end
  end
end
