defmodule Stats do
  def summary([]), do: {:error, :empty}
  def summary(list) do
    n = length(list)
    mean = Enum.sum(list) / n
    sorted = Enum.sort(list)
    median =
      if rem(n, 2) == 1,
        do: Enum.at(sorted, div(n, 2)),
        else: (Enum.at(sorted, div(n, 2) - 1) + Enum.at(sorted, div(n, 2))) / 2
    var = Enum.sum(Enum.map(list, &((&1 - mean) * (&1 - mean)))) / n
    {:ok, %{n: n, mean: mean, median: median, min: hd(sorted), max: List.last(sorted), stddev: Float.round(:math.sqrt(var), 4)}}
  end
end

IO.inspect(Stats.summary([2, 4, 4, 4, 5, 5, 7, 9]))
IO.inspect(Stats.summary([1, 2, 3]))
IO.inspect(Stats.summary([]))
{:ok, %{mean: m}} = Stats.summary(Enum.to_list(1..100))
IO.inspect(m)
case Stats.summary([10]) do
  {:ok, %{stddev: 0.0} = s} -> IO.puts("single value #{s.mean}")
  other -> IO.inspect(other)
end
