defmodule Bench do
  def run(n) do
    parent = self()
    for i <- 1..n, do: spawn(fn -> send(parent, {:done, i}) end)
    Enum.reduce(1..n, 0, fn _, acc -> receive(do: ({:done, i} -> acc + i)) end)
  end
end

n = 100_000
{us, sum} = :timer.tc(Bench, :run, [n])
IO.puts(:stderr, "measured_us #{us}")
IO.puts("spawned #{n} #{if sum == div(n * (n + 1), 2), do: "ok", else: "WRONG"}")
