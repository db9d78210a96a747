# %Mod{...} in a guard is expanded at compile time into the map it makes (defaults and all), so a
# guard may compare with one, the module's own too
defmodule Card do
  defstruct rank: :ace, suit: :spades, face_up: false

  def ace_of_spades?(c) when c == %__MODULE__{}, do: true
  def ace_of_spades?(_), do: false

  def shown?(c) when c in [%Card{face_up: true}, %Card{rank: :king, face_up: true}], do: true
  def shown?(_), do: false
end

defmodule Hand do
  def classify(card, suit) when card == %Card{suit: suit, rank: card.rank}, do: {:suit, suit}
  def classify(card, _) when map_size(card) == map_size(%Card{}), do: :other_suit
  def classify(_, _), do: :not_a_card
end

defmodule Main do
  def run do
    IO.inspect({Card.ace_of_spades?(%Card{}), Card.ace_of_spades?(%Card{suit: :hearts})})
    IO.inspect({Card.shown?(%Card{face_up: true}), Card.shown?(%Card{rank: 2, face_up: true})})
    IO.inspect(Hand.classify(%Card{rank: 7, suit: :clubs}, :clubs))
    IO.inspect(Hand.classify(%Card{rank: 7, suit: :clubs}, :hearts))
    IO.inspect(Hand.classify(%{a: 1}, :hearts))
    pick = fn
      c when c == %Card{rank: :queen, suit: :hearts} -> "queen of hearts"
      _ -> "something else"
    end
    IO.puts(pick.(%Card{rank: :queen, suit: :hearts}))
    IO.puts(pick.(%Card{rank: :queen}))
    # a key the struct lacks is still refused when the guard is compiled
    Code.eval_string("defmodule Bad do\n  def f(c) when c == %Card{colour: :red}, do: c\nend")
  end
end

Main.run()
