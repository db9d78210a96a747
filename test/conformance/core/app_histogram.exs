samples = for i <- 1..200, do: rem(i * i * 31 + i * 17, 100)
buckets =
  samples
  |> Enum.group_by(&div(&1, 10))
  |> Enum.map(fn {b, vs} -> {b, length(vs)} end)
  |> Enum.sort()
max = buckets |> Enum.map(&elem(&1, 1)) |> Enum.max()
for {b, n} <- buckets do
  label = String.pad_leading("#{b * 10}-#{b * 10 + 9}", 5)
  bar = String.duplicate("#", div(n * 40, max))
  IO.puts("#{label} | #{String.pad_trailing(bar, 40)} #{n}")
end
IO.inspect(Enum.sum(Enum.map(buckets, &elem(&1, 1))))
{lo, hi} = Enum.min_max(samples)
IO.puts("min=#{lo} max=#{hi} mean=#{Float.round(Enum.sum(samples) / length(samples), 2)}")
