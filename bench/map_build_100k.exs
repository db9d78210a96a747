defmodule Bench do
  def run, do: Enum.reduce(1..100_000, %{}, fn i, acc -> Map.put(acc, i, i * 2) end)
end

{us, m} = :timer.tc(&Bench.run/0)
IO.puts(:stderr, "measured_us #{us}")
ok = map_size(m) == 100_000 and m[77_777] == 155_554
IO.puts("map build #{map_size(m)} #{if ok, do: "ok", else: "WRONG"}")
