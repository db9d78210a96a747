defmodule Bench do
  def run do
    1..1_000_000
    |> Enum.map(&(&1 * 2))
    |> Enum.filter(&(rem(&1, 3) == 0))
    |> Enum.reduce(0, &+/2)
  end
end

# the measured part (printed to stderr): the work inside a compiled module, start-up excluded
{us, r} = :timer.tc(&Bench.run/0)
IO.puts(:stderr, "measured_us #{us}")
IO.puts("pipeline = #{r} #{if r == 333_333_666_666, do: "ok", else: "WRONG"}")
