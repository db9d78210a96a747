defmodule Bench do
  def run, do: Enum.reduce(1..200_000, %{}, fn i, acc -> Map.update(acc, rem(i, 1000), 1, &(&1 + 1)) end)
end

{us, m} = :timer.tc(&Bench.run/0)
IO.puts(:stderr, "measured_us #{us}")
ok = map_size(m) == 1000 and Enum.all?(Map.values(m), &(&1 == 200))
IO.puts("map updates #{map_size(m)} #{if ok, do: "ok", else: "WRONG"}")
