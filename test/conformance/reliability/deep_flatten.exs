# lists nested 100,000 deep flatten (beamlet's flatten recursed on the JS stack: SystemLimitError)
defmodule N do
  def nest(0, acc), do: acc
  def nest(n, acc), do: nest(n - 1, [acc])
end
d = N.nest(100_000, [1])
IO.inspect(:lists.flatten(d))
IO.inspect(:lists.flatten(d, [2]))
IO.inspect(List.flatten(d))
IO.inspect(List.flatten([N.nest(100_000, [2]), 3, [[4, N.nest(50_000, [])]]], [5]))
IO.inspect(:lists.flatten([[1, [2, [3 | []]]], [], [[[]]], 4]))
