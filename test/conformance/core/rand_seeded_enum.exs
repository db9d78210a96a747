# Enum's random functions draw :rand numbers as Elixir does: a seeded process shuffles, picks and
# samples the same elements
:rand.seed(:exs1024, {7, 7, 7})
IO.inspect(Enum.shuffle(1..20))
IO.inspect(Enum.shuffle([:a, :b, :c, :d]))
IO.inspect(Enum.shuffle([]))

:rand.seed(:exsss, {1, 2, 3})
IO.inspect(for _ <- 1..5, do: Enum.random(1..100))
IO.inspect(for _ <- 1..5, do: Enum.random([1, 2, 3, 4, 5, 6, 7]))
IO.inspect(Enum.take_random(1..100, 5))
IO.inspect(Enum.take_random([1, 2, 3, 4, 5, 6, 7], 3))
IO.inspect(Enum.take_random(1..1000, 200) |> Enum.sum())
IO.inspect(Enum.take_random([], 3))
IO.inspect(Enum.take_random([1], 3))
IO.inspect(Enum.take_random(1..3, 1))
IO.inspect(Enum.take_random(MapSet.new([:x, :y, :z]), 1))
IO.inspect(Enum.take_random(1..10, 0))
