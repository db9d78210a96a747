defprotocol Describe do
  @fallback_to_any true
  @doc "Describes a value"
  @spec describe(t) :: String.t()
  def describe(value)
end

defimpl Describe, for: Any do
  def describe(%{__struct__: mod}), do: "a #{inspect(mod)} struct"
  def describe(other), do: "something: #{inspect(other)}"
end

defimpl Describe, for: [Integer, Float] do
  def describe(n), do: "number #{n}"
end

defimpl Describe, for: List do
  def describe([]), do: "empty list"
  def describe(l), do: "list of #{length(l)}: " <> Enum.map_join(l, ", ", &Describe.describe/1)
end

defmodule Ring do
  @enforce_keys [:items]
  defstruct [:items, pos: 0]

  def new(items), do: %Ring{items: List.to_tuple(items)}

  defimpl Enumerable do
    def count(%Ring{items: t}), do: {:ok, tuple_size(t)}
    def member?(%Ring{items: t}, x), do: {:ok, x in Tuple.to_list(t)}
    def slice(%Ring{items: t}) do
      {:ok, tuple_size(t), fn start, len, step -> for i <- start..(start + (len - 1) * step)//step, do: elem(t, i) end}
    end
    def reduce(_ring, {:halt, acc}, _fun), do: {:halted, acc}
    def reduce(ring, {:suspend, acc}, fun), do: {:suspended, acc, &reduce(ring, &1, fun)}
    def reduce(%Ring{items: t, pos: p} = r, {:cont, acc}, fun) do
      if p >= tuple_size(t), do: {:done, acc}, else: reduce(%{r | pos: p + 1}, fun.(elem(t, p), acc), fun)
    end
  end

  defimpl Collectable do
    def into(%Ring{items: t} = ring) do
      collector = fn
        acc, {:cont, x} -> [x | acc]
        acc, :done -> %{ring | items: List.to_tuple(Tuple.to_list(t) ++ Enum.reverse(acc))}
        _acc, :halt -> :ok
      end
      {[], collector}
    end
  end
end

defmodule Labeled do
  @derive [Describe]
  defstruct [:label]
end

defmodule Main do
  def run do
    IO.puts(Describe.describe(3))
    IO.puts(Describe.describe(2.5))
    IO.puts(Describe.describe([1, :a, [2.0]]))
    IO.puts(Describe.describe(%{a: 1}))
    IO.puts(Describe.describe(%Labeled{label: "x"}))
    IO.puts(Describe.describe(Ring.new([1])))
    IO.inspect(Describe.impl_for(:atom))
    IO.inspect(Describe.impl_for(1))
    IO.inspect(Describe.__protocol__(:functions))
    IO.inspect(Protocol.consolidated?(Describe))

    r = Ring.new([3, 1, 4, 1, 5, 9, 2, 6])
    IO.inspect(Enum.sort(r))
    IO.inspect(Enum.take(r, 3))
    IO.inspect(Enum.slice(r, 2..5))
    IO.inspect(Enum.at(r, -1))
    IO.inspect(Enum.count(r))
    IO.inspect(5 in r)
    IO.inspect(Enum.zip(r, ~w(a b c)))
    IO.inspect(Stream.map(r, &(&1 * 2)) |> Stream.filter(&(&1 > 5)) |> Enum.take(2))
    IO.inspect(Enum.into([7, 8], Ring.new([0])) |> Enum.to_list())
    IO.inspect(for x <- [10, 11], into: Ring.new([]), do: x)
    IO.inspect(Enum.chunk_every(r, 3, 2, :discard))
    IO.inspect(Enum.reduce_while(r, 0, fn x, acc -> if acc > 10, do: {:halt, acc}, else: {:cont, acc + x} end))

    try do
      struct!(Ring, pos: 1)
    rescue
      e -> IO.puts(Exception.message(e))
    end

    try do
      Enumerable.count(%Labeled{})
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end

    try do
      String.Chars.to_string(%Labeled{label: 1})
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end
  end
end

Main.run()
