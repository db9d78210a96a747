defmodule M do
  def check(n) do
    if n > 0 do
      tmp = n * 2
      :pos
    else
      :neg
    end
  end
  def classify(n) do
    cond do
      n > 10 -> big = true; :big
      true -> :small
    end
  end
end
IO.inspect({M.check(1), M.classify(1)})
