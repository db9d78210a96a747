# `for ..., reduce: init do acc -> ... end`: init is read (the options and the do block are two
# keyword lists), so it is no unused variable
defmodule ForReduce do
  def sum(list, n) do
    for x <- list, reduce: n do
      acc -> acc + x
    end
  end
end

IO.inspect(ForReduce.sum([1, 2], 10))
