# A division inside a capture, &(&1 / sd), reads its variables; only &name/arity (an integer
# arity) names a function, and then only a receiver, &mod.fun/1, is read
defmodule Stats do
  def normalize(xs) do
    sd = 2
    Enum.map(xs, &((&1 - 1) / sd))
  end

  def halves(xs) do
    d = 2
    Enum.map(xs, &(&1 / d))
  end

  def scaled(xs) do
    n = 4
    Enum.map(xs, &(&1 / n + 1))
  end

  def via(mod), do: Enum.map([1], &mod.double/1)

  def unused(xs) do
    k = 3
    Enum.map(xs, &(&1 / 2))
  end
end

defmodule Twice do
  def double(x), do: x * 2
end

IO.inspect(Stats.normalize([3, 5]))
IO.inspect(Stats.halves([1]))
IO.inspect(Stats.scaled([8]))
IO.inspect(Stats.via(Twice))
IO.inspect(Stats.unused([4]))
