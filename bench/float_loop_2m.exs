defmodule Bench do
  # a damped oscillator stepped 2M times: float add, mul, sub and compare in a tail loop
  def step(0, x, _v), do: x
  def step(n, x, v) do
    a = -0.5 * x - 0.01 * v
    v2 = v + a * 0.001
    step(n - 1, x + v2 * 0.001, v2)
  end

  def run, do: step(2_000_000, 1.0, 0.0)
end

{us, x} = :timer.tc(&Bench.run/0)
IO.puts(:stderr, "measured_us #{us}")
IO.puts("float loop #{Float.round(x, 6)} #{if is_float(x) and abs(x) < 1.0, do: "ok", else: "WRONG"}")
