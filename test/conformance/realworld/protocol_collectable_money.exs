defmodule Money do
  defstruct amount: 0, currency: :usd
  def new(a, c \\ :usd), do: %Money{amount: a, currency: c}
end
defimpl String.Chars, for: Money do
  def to_string(%Money{amount: a, currency: c}) do
    whole = div(a, 100); cents = rem(abs(a), 100)
    "#{whole}.#{String.pad_leading(Integer.to_string(cents), 2, "0")} #{c |> Atom.to_string() |> String.upcase()}"
  end
end
defimpl Inspect, for: Money do
  import Inspect.Algebra
  def inspect(m, opts), do: concat(["#Money<", to_doc(m.amount, opts), " ", to_doc(m.currency, opts), ">"])
end
defmodule Wallet do
  defstruct items: []
  defimpl Collectable do
    def into(%Wallet{items: items} = w) do
      fun = fn
        acc, {:cont, %Money{} = m} -> [m | acc]
        acc, :done -> %Wallet{w | items: Enum.reverse(acc)}
        _acc, :halt -> :ok
      end
      {Enum.reverse(items), fun}
    end
  end
  defimpl Enumerable do
    def count(%Wallet{items: i}), do: {:ok, length(i)}
    def member?(%Wallet{items: i}, x), do: {:ok, x in i}
    def slice(_), do: {:error, __MODULE__}
    def reduce(%Wallet{items: i}, acc, fun), do: Enumerable.List.reduce(i, acc, fun)
  end
end
defmodule Main do
  def run do
    w = Enum.into([Money.new(1050), Money.new(-250, :eur)], %Wallet{})
    IO.inspect w
    w = for a <- [1, 2, 3], into: w, do: Money.new(a * 100)
    IO.inspect(Enum.count(w))
    IO.puts Enum.map_join(w, ", ", &to_string/1)
    IO.inspect Enum.member?(w, Money.new(200))
    IO.inspect Enum.take(w, 2)
    IO.inspect Enum.slice(w, 1..2)
    IO.puts "Total: #{Money.new(Enum.sum(Enum.map(w, & &1.amount)))}"
    IO.inspect [Money.new(1)], label: "list"
    IO.inspect Money.new(5), structs: false
  end
end
Main.run()
