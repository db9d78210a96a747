defmodule Fib do
  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)
end

{us, r} = :timer.tc(Fib, :fib, [27])
IO.puts(:stderr, "measured_us #{us}")
IO.puts("fib(27) = #{r} #{if r == 196_418, do: "ok", else: "WRONG"}")
