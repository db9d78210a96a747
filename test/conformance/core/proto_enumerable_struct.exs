defmodule Countdown do
  defstruct from: 5
end

defimpl Enumerable, for: Countdown do
  def count(%Countdown{from: n}), do: {:ok, n}
  def member?(%Countdown{from: n}, x), do: {:ok, is_integer(x) and x >= 1 and x <= n}
  def slice(_), do: {:error, __MODULE__}

  def reduce(_cd, {:halt, acc}, _fun), do: {:halted, acc}
  def reduce(cd, {:suspend, acc}, fun), do: {:suspended, acc, &reduce(cd, &1, fun)}
  def reduce(%Countdown{from: 0}, {:cont, acc}, _fun), do: {:done, acc}
  def reduce(%Countdown{from: n}, {:cont, acc}, fun), do: reduce(%Countdown{from: n - 1}, fun.(n, acc), fun)
end

defmodule Bag do
  defstruct items: []
end

defimpl Collectable, for: Bag do
  def into(%Bag{items: items}) do
    collector = fn
      acc, {:cont, x} -> [x | acc]
      acc, :done -> %Bag{items: Enum.sort(acc)}
      _acc, :halt -> :ok
    end
    {items, collector}
  end
end

defmodule Main do
  def run do
    cd = %Countdown{from: 5}
    IO.inspect(Enum.to_list(cd))
    IO.inspect(Enum.map(cd, &(&1 * 10)))
    IO.inspect(Enum.sum(cd))
    IO.inspect(Enum.count(cd))
    IO.inspect(Enum.member?(cd, 3))
    IO.inspect(Enum.take(cd, 2))
    IO.inspect(Enum.filter(cd, &(rem(&1, 2) == 1)))
    IO.inspect(Enum.zip(cd, ~w(a b c)))
    IO.inspect(Enum.reduce(cd, 1, &(&1 * &2)))
    IO.inspect(Stream.map(cd, &(&1 + 1)) |> Enum.to_list())
    IO.inspect(for x <- cd, x > 2, do: x)
    IO.inspect(Enum.into([3, 1, 2], %Bag{}))
    IO.inspect(for x <- 1..4, into: %Bag{items: [0]}, do: x * x)
  end
end

Main.run()
