defmodule Loop do
  def run(0, acc), do: acc
  def run(n, acc), do: run(n - 1, acc + 1)
end

{us, r} = :timer.tc(Loop, :run, [10_000_000, 0])
IO.puts(:stderr, "measured_us #{us}")
IO.puts("loop = #{r} #{if r == 10_000_000, do: "ok", else: "WRONG"}")
