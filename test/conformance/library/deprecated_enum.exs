IO.inspect(Enum.chunk([1, 2, 3, 4, 5], 2))
IO.inspect(Enum.chunk([1, 2, 3, 4, 5], 2, 1))
IO.inspect(Enum.chunk([1, 2, 3, 4, 5], 2, 2, [:pad]))
IO.inspect(Enum.chunk([1, 2, 3, 4, 5], 2, 2, nil))
IO.inspect(Enum.filter_map(1..6, &(rem(&1, 2) == 0), &(&1 * &1)))
IO.inspect(Enum.partition([1, 2, 3, 4], &(&1 > 2)))
IO.inspect(Enum.uniq([1, 2, 3, 4, 5], &rem(&1, 3)))
IO.inspect(Stream.chunk(1..7, 3) |> Enum.to_list())
IO.inspect(Stream.chunk(1..7, 3, 3, [0, 0]) |> Enum.to_list())
IO.inspect(Stream.filter_map(1..5, &(&1 > 2), &(&1 * 10)) |> Enum.to_list())
IO.inspect(Stream.uniq([1, 2, 3, 4], &rem(&1, 2)) |> Enum.to_list())

defmodule Batches do
  def pairs(list), do: Enum.chunk(list, 2)
  def evens(list), do: Enum.filter_map(list, &(rem(&1, 2) == 0), & &1)
end

IO.inspect(Batches.pairs([:a, :b, :c, :d, :e]))
IO.inspect(Batches.evens([1, 2, 3, 4]))
