# A struct implementing the Access behaviour (fetch/2, get_and_update/3, pop/2) is accessed through its module: data[key], get_in/put_in/pop_in, Enumerable/Collectable/String.Chars impls beside it
defmodule Bag do
  defstruct items: []
  defimpl Enumerable do
    def count(b), do: {:ok, length(b.items)}
    def member?(b, x), do: {:ok, x in b.items}
    def slice(_), do: {:error, __MODULE__}
    def reduce(b, acc, fun), do: Enumerable.List.reduce(b.items, acc, fun)
  end
  defimpl Collectable do
    def into(b), do: {b, fn
      acc, {:cont, x} -> %{acc | items: [x | acc.items]}
      acc, :done -> acc
      _, :halt -> :ok
    end}
  end
  defimpl String.Chars do
    def to_string(b), do: "Bag(#{length(b.items)})"
  end
  @behaviour Access
  def fetch(b, i), do: {:ok, Enum.at(b.items, i)}
  def get_and_update(b, i, f) do
    {g, n} = f.(Enum.at(b.items, i))
    {g, %{b | items: List.replace_at(b.items, i, n)}}
  end
  def pop(b, i), do: {Enum.at(b.items, i), %{b | items: List.delete_at(b.items, i)}}
end
defmodule Main do
  def run do
    b = %Bag{items: [3, 1, 2]}
    IO.inspect Enum.sort(b)
    IO.inspect Enum.map(b, &(&1 * 2))
    IO.inspect Enum.count(b)
    IO.inspect Enum.member?(b, 2)
    IO.inspect Enum.slice(b, 1..2)
    IO.inspect Enum.at(b, 1)
    IO.inspect Enum.take(b, -2)
    IO.inspect Enum.reverse(b)
    IO.inspect Enum.zip(b, [:a, :b, :c])
    IO.inspect Stream.map(b, & &1) |> Enum.to_list()
    IO.inspect Enum.into([4, 5], b)
    IO.inspect for x <- [7], into: %Bag{}, do: x
    IO.inspect "#{b}"
    IO.inspect to_string(b)
    IO.inspect b[0]
    IO.inspect get_in(b, [1])
    IO.inspect put_in(b[0], 99)
    IO.inspect pop_in(b[0])
    IO.inspect Enum.empty?(%Bag{})
    IO.inspect Enum.random(%Bag{items: [1]})
    IO.inspect Enum.reduce(b, 0, &+/2)
    IO.inspect Enum.find(b, &(&1 < 3))
    IO.inspect Enum.to_list(b) == [3, 1, 2]
    IO.inspect MapSet.new(b)
    IO.inspect Map.new(b, &{&1, &1})
    IO.inspect Enum.frequencies(b)
    IO.inspect Enum.chunk_every(b, 2)
    IO.inspect Enum.min_max(b)
  end
end
Main.run()
