# A 1M-element Enum/Stream pipeline
total =
  1..1_000_000
  |> Enum.map(&(&1 * 3))
  |> Enum.filter(&(rem(&1, 2) == 0))
  |> Enum.reduce(0, &+/2)
IO.inspect(total)
lazy =
  1..1_000_000
  |> Stream.map(&(&1 * &1))
  |> Stream.filter(&(rem(&1, 7) == 1))
  |> Enum.take(5)
IO.inspect(lazy)
sorted = 1..200_000 |> Enum.map(fn i -> rem(i * 7919, 200_003) end) |> Enum.sort()
IO.inspect({hd(sorted), List.last(sorted), length(sorted)})
IO.inspect(Enum.sum(Stream.take_every(1..1_000_000, 1000)))
