# A 10_000_000-iteration tail-recursive loop runs in constant stack
defmodule Loop do
  def count(0, acc), do: acc
  def count(n, acc), do: count(n - 1, acc + rem(n, 7))

  def collatz_steps(1, steps), do: steps
  def collatz_steps(n, steps) when rem(n, 2) == 0, do: collatz_steps(div(n, 2), steps + 1)
  def collatz_steps(n, steps), do: collatz_steps(3 * n + 1, steps + 1)
end

IO.inspect(Loop.count(10_000_000, 0))
IO.inspect(Loop.collatz_steps(837_799, 0))
