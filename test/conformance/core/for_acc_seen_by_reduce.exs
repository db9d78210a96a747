# An Enumerable's reduce sees the accumulator of a for comprehension or of Enum.map over it,
# and may keep it: what it kept stays as it was once the result is reversed (beamlet reverses
# only the accumulators no other code can reach in place).
defmodule Kept do
  defstruct [:items]
end

defimpl Enumerable, for: Kept do
  def count(_), do: {:error, __MODULE__}
  def member?(_, _), do: {:error, __MODULE__}
  def slice(_), do: {:error, __MODULE__}
  def reduce(_, {:halt, acc}, _fun), do: {:halted, acc}
  def reduce(k, {:suspend, acc}, fun), do: {:suspended, acc, &reduce(k, &1, fun)}
  def reduce(%Kept{items: []}, {:cont, acc}, _fun), do: {:done, acc}

  def reduce(%Kept{items: [h | t]}, {:cont, acc}, fun) do
    Process.put(:seen, [acc | Process.get(:seen, [])])
    reduce(%Kept{items: t}, fun.(h, acc), fun)
  end
end

defmodule Main do
  def run do
    k = %Kept{items: [1, 2, 3, 4]}
    IO.inspect(for x <- k, do: x * 10)
    IO.inspect(Process.get(:seen))
    Process.delete(:seen)
    IO.inspect(for x <- k, rem(x, 2) == 0, do: x)
    IO.inspect(Process.get(:seen))
    Process.delete(:seen)
    IO.inspect(Enum.map(k, &(&1 + 1)))
    IO.inspect(Process.get(:seen))
    Process.delete(:seen)
    IO.inspect(Enum.filter(k, &(&1 > 2)))
    IO.inspect(Process.get(:seen))
    # and the owned cases give what :lists.reverse would
    IO.inspect(for x <- 1..6, do: x)
    IO.inspect(for x <- [3, 1, 2], x > 1, do: x)
    IO.inspect(for {a, b} <- %{x: 1, y: 2}, do: {b, a})
    IO.inspect(Enum.map(1..5, &(&1 * &1)))
    IO.inspect(Enum.sort([4, 2, 5, 1, 3], &>=/2))
    l = [1, 2, 3]
    IO.inspect({Enum.map(l, & &1), Enum.filter(l, &(&1 > 0)), Enum.reject(l, &(&1 > 2)), l})
  end
end

Main.run()
