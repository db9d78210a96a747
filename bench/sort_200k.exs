defmodule Bench do
  def input, do: Enum.map(1..200_000, fn i -> rem(i * 7919, 200_003) end)
  def run(l), do: Enum.sort(l)
end

l = Bench.input()
{us, s} = :timer.tc(Bench, :run, [l])
IO.puts(:stderr, "measured_us #{us}")
ok = hd(s) <= Enum.at(s, 1) and length(s) == 200_000 and List.last(s) == Enum.max(l)
IO.puts("sort #{length(s)} #{if ok, do: "ok", else: "WRONG"}")
