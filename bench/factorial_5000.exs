defmodule Bench do
  def run do
    f = Enum.reduce(1..5000, 1, &*/2)
    f |> Integer.to_string() |> byte_size()
  end
end

{us, digits} = :timer.tc(&Bench.run/0)
IO.puts(:stderr, "measured_us #{us}")
IO.puts("5000! has #{digits} digits #{if digits == 16326, do: "ok", else: "WRONG"}")
