defmodule Bowling do
  def score(rolls), do: frames(rolls, 1, 0)
  defp frames(_, 11, total), do: total
  defp frames([10 | rest], f, total), do: frames(rest, f + 1, total + 10 + Enum.sum(Enum.take(rest, 2)))
  defp frames([a, b | rest], f, total) when a + b == 10, do: frames(rest, f + 1, total + 10 + hd(rest))
  defp frames([a, b | rest], f, total), do: frames(rest, f + 1, total + a + b)
end

games = [
  {"gutter", List.duplicate(0, 20)},
  {"all ones", List.duplicate(1, 20)},
  {"one spare", [5, 5, 3] ++ List.duplicate(0, 17)},
  {"one strike", [10, 3, 4] ++ List.duplicate(0, 16)},
  {"perfect", List.duplicate(10, 12)},
  {"all spares", List.duplicate(5, 21)},
  {"sample", [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1]}
]
for {name, rolls} <- games, do: IO.puts("#{String.pad_trailing(name, 12)} #{Bowling.score(rolls)}")
