IO.inspect Enum.map([1, 2, 3], &(&1 * 2))
IO.inspect Enum.sum(1..10)
