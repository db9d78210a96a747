# Non-tail recursion 1,000,000 deep runs as on Elixir (the process stack grows; no JS stack overflow)
defmodule Rec do
  def sum(0), do: 0
  def sum(n), do: n + sum(n - 1)
  def build(0), do: []
  def build(n), do: [n | build(n - 1)]
end
IO.inspect(Rec.sum(1_000_000))
IO.inspect(length(Rec.build(1_000_000)))
f = fn
  0, _ -> 0
  n, g -> 1 + g.(n - 1, g)
end
IO.inspect(f.(1_000_000, f))
