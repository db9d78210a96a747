defmodule Bench do
  # a 100 x 100 grid keyed by {x, y}, as grid puzzles keep one (a large map), and a tally keyed by
  # pairs (a small map): two lookups in the grid and a read and a write of the tally each step
  def run do
    grid = Map.new(for x <- 0..99, y <- 0..99, do: {{x, y}, rem(x * y, 10)})

    Enum.reduce(1..200_000, %{}, fn i, tally ->
      x = rem(i * 7, 100)
      y = rem(i * 13, 100)
      key = {rem(x, 4), Map.get(grid, {x, y}, 0) + Map.get(grid, {x + 1, y}, 0)}
      Map.put(tally, key, Map.get(tally, key, 0) + 1)
    end)
  end
end

{us, tally} = :timer.tc(&Bench.run/0)
IO.puts(:stderr, "measured_us #{us}")
ok = Enum.sum(Map.values(tally)) == 200_000
IO.puts("tuple keys #{map_size(tally)} #{if ok, do: "ok", else: "WRONG"}")
