defmodule Deck do
  defstruct cards: []

  def new do
    cards = for suit <- ~w(♠ ♥ ♦ ♣), rank <- ~w(A 2 3 4 5 6 7 8 9 10 J Q K), do: {rank, suit}
    %Deck{cards: cards}
  end

  defimpl Enumerable do
    def count(%Deck{cards: c}), do: {:ok, length(c)}
    def member?(%Deck{cards: c}, x), do: {:ok, x in c}
    def slice(%Deck{cards: c}) do
      size = length(c)
      {:ok, size, &Enum.slice(c, &1, &2)}
    end
    def reduce(%Deck{cards: c}, acc, fun), do: Enumerable.List.reduce(c, acc, fun)
  end

  defimpl Collectable do
    def into(deck) do
      fun = fn
        d, {:cont, card} -> %{d | cards: d.cards ++ [card]}
        d, :done -> d
        _, :halt -> :ok
      end
      {deck, fun}
    end
  end

  defimpl Inspect do
    def inspect(%Deck{cards: c}, _opts), do: "#Deck<#{length(c)} cards>"
  end
end

defmodule Main do
  def run do
    deck = %Deck{cards: Deck.new().cards}
    IO.inspect(deck)
    IO.inspect(Enum.count(deck))
    IO.inspect(Enum.take(deck, 3))
    IO.inspect(Enum.at(deck, 51))
    IO.inspect(Enum.member?(deck, {"Q", "♥"}))
    IO.inspect(Enum.slice(deck, 10..12))
    IO.inspect(deck |> Enum.filter(fn {r, _} -> r == "A" end) |> Enum.map(fn {r, s} -> r <> s end) |> Enum.join(" "))
    IO.inspect(Enum.into([{"X", "?"}], %Deck{}))
    IO.inspect(Enum.zip(deck, 1..3))
    IO.inspect(deck |> Stream.chunk_every(13) |> Enum.map(&length/1))
    IO.inspect(Enum.reverse(deck) |> hd())
    IO.inspect(Enum.group_by(deck, &elem(&1, 1), &elem(&1, 0)) |> Map.new(fn {k, v} -> {k, length(v)} end))
    IO.inspect(for {"K", s} <- deck, into: %Deck{}, do: {"K", s})
    IO.inspect(Enum.sort_by(Enum.take(deck, 5), &elem(&1, 0), :desc))
    IO.inspect(Enumerable.impl_for(deck))
    IO.inspect(Enum.empty?(%Deck{}))
    IO.inspect(Enum.min_max(Enum.take(deck, 4)))
    IO.inspect(Enum.random(%Deck{cards: [:only]}))
    IO.inspect(Enum.to_list(%Deck{cards: [1, 2]}) ++ [3])
    IO.inspect(Enum.reduce_while(deck, 0, fn _, n -> if n < 5, do: {:cont, n + 1}, else: {:halt, n} end))
    IO.inspect(Enum.fetch(deck, 100))
    IO.inspect(Enum.find(deck, &match?({"7", "♦"}, &1)))
  end
end

Main.run()
