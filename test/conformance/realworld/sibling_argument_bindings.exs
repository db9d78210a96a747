# A variable bound inside one argument of a call, tuple or list is not seen by the arguments
# beside it (they read the variables as they were before the call); it is bound after the call.
defmodule Scores do
  def pair(x) do
    result = {x = x * 10, x}
    {result, x}
  end

  def listed(n) do
    items = [n = n + 1, n, n * 2]
    {items, n}
  end

  def called(v), do: Enum.max([v = v - 100, v])
end

IO.inspect(Scores.pair(3))
IO.inspect(Scores.listed(5))
IO.inspect(Scores.called(150))
