defmodule Poker do
  @ranks ~w(2 3 4 5 6 7 8 9 10 J Q K A) |> Enum.with_index(2) |> Map.new()

  def best_hand(hands) do
    scored = Enum.map(hands, &{score(&1), &1})
    best = scored |> Enum.map(&elem(&1, 0)) |> Enum.max()
    for {^best, h} <- scored, do: h
  end

  defp score(hand) do
    cards = Enum.map(hand, &parse/1)
    values = cards |> Enum.map(&elem(&1, 0)) |> Enum.sort(:desc)
    values = if values == [14, 5, 4, 3, 2], do: [5, 4, 3, 2, 1], else: values
    groups = values |> Enum.frequencies() |> Enum.sort_by(fn {v, c} -> {c, v} end, :desc)
    counts = Enum.map(groups, &elem(&1, 1))
    ordered = Enum.map(groups, &elem(&1, 0))
    flush = cards |> Enum.map(&elem(&1, 1)) |> Enum.uniq() |> length() == 1
    straight = length(Enum.uniq(values)) == 5 and hd(values) - List.last(values) == 4
    cat =
      cond do
        straight and flush -> 8
        counts == [4, 1] -> 7
        counts == [3, 2] -> 6
        flush -> 5
        straight -> 4
        counts == [3, 1, 1] -> 3
        counts == [2, 2, 1] -> 2
        counts == [2, 1, 1, 1] -> 1
        true -> 0
      end
    {cat, ordered}
  end

  defp parse(card) do
    {rank, suit} = String.split_at(card, -1)
    {Map.fetch!(@ranks, rank), suit}
  end
end

ExUnit.start(seed: 101)
ExUnit.configure(exclude: :pending, trace: true)

defmodule PokerTest do
  use ExUnit.Case

  test "single hand always wins" do
    high_of_jack = ~w(4S 5S 7H 8D JC)
    assert Poker.best_hand([high_of_jack]) == [high_of_jack]
  end

  test "highest card out of all hands wins" do
    high_of_8 = ~w(4D 5S 6S 8D 3C)
    high_of_10 = ~w(2S 4C 7S 9H 10H)
    high_of_jack = ~w(3S 4S 5D 6H JH)
    high_of_jack_2 = ~w(3H 4H 5C 6C JD)
    assert Poker.best_hand([high_of_8, high_of_10, high_of_jack, high_of_jack_2]) == [high_of_jack, high_of_jack_2]
  end

  test "aces can start a straight" do
    assert Poker.best_hand([~w(4S 5H 4C 8D 4H), ~w(4D AH 3S 2D 5C)]) == [~w(4D AH 3S 2D 5C)]
  end

  test "wrong: full house vs flush" do
    flush = ~w(3H 6H 7H 8H 5H)
    full = ~w(4S 5H 4C 5D 4H)
    assert Poker.best_hand([flush, full]) == [flush]
  end

  test "bad card" do
    Poker.best_hand([~w(1S 5H 4C 5D 4H)])
  end

  test "sort order check" do
    assert Enum.sort([~w(b a), ~w(a b)]) |> Enum.sort(:desc) == [~w(a b), ~w(b a)]
  end
end
