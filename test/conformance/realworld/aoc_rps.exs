defmodule RPS do
  @scores %{rock: 1, paper: 2, scissors: 3}
  @beats %{rock: :scissors, paper: :rock, scissors: :paper}

  def parse(input) do
    for line <- String.split(input, "\n", trim: true),
        [a, b] = String.split(line, " "),
        do: {decode(a), decode(b)}
  end

  defp decode(x) when x in ~w(A X), do: :rock
  defp decode(x) when x in ~w(B Y), do: :paper
  defp decode(x) when x in ~w(C Z), do: :scissors

  def score({them, me}) do
    outcome =
      cond do
        them == me -> 3
        @beats[me] == them -> 6
        true -> 0
      end

    @scores[me] + outcome
  end
end

input = "A Y\nB X\nC Z\n"
rounds = RPS.parse(input)
IO.inspect(rounds)
IO.puts(rounds |> Enum.map(&RPS.score/1) |> Enum.sum())
IO.inspect(Enum.map(rounds, &RPS.score/1), label: "scores")
