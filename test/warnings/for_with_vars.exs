defmodule M do
  def pairs(xs) do
    for x <- xs, y <- xs, x < 3, do: x
  end
  def fetch(m) do
    with {:ok, a} <- Map.fetch(m, :a),
         {:ok, b} <- Map.fetch(m, :b) do
      a
    else
      err -> :error
    end
  end
end
IO.inspect({M.pairs([1, 2]), M.fetch(%{a: 1, b: 2})})
