# A body's chain `p1 = p2 = p3 = x`: the first pattern against each later one, in tuples
defmodule ParallelChain do
  def m(x) do
    {<<a>>, n} = {qux, 1} = {<<b::little-16>>, _} = x
    {a, b, qux, n}
  end
end
