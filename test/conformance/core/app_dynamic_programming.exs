defmodule DP do
  def lcs(a, b) do
    a = String.graphemes(a)
    b = String.graphemes(b)
    table =
      Enum.reduce(Enum.with_index(a, 1), %{}, fn {ca, i}, t ->
        Enum.reduce(Enum.with_index(b, 1), t, fn {cb, j}, t ->
          v = if ca == cb, do: Map.get(t, {i - 1, j - 1}, 0) + 1,
                else: max(Map.get(t, {i - 1, j}, 0), Map.get(t, {i, j - 1}, 0))
          Map.put(t, {i, j}, v)
        end)
      end)
    Map.get(table, {length(a), length(b)}, 0)
  end

  def levenshtein(a, b) do
    b = String.graphemes(b)
    first = Enum.to_list(0..length(b))
    a
    |> String.graphemes()
    |> Enum.with_index(1)
    |> Enum.reduce(first, fn {ca, i}, prev ->
      Enum.zip([b, prev, tl(prev)])
      |> Enum.reduce([i], fn {cb, diag, up}, [left | _] = row ->
        cost = if ca == cb, do: 0, else: 1
        [Enum.min([left + 1, up + 1, diag + cost]) | row]
      end)
      |> Enum.reverse()
    end)
    |> List.last()
  end

  def knapsack(items, cap) do
    Enum.reduce(items, List.duplicate(0, cap + 1), fn {w, v}, row ->
      for c <- 0..cap, do: if(c >= w, do: max(Enum.at(row, c), Enum.at(row, c - w) + v), else: Enum.at(row, c))
    end)
    |> List.last()
  end

  def coins(amount, coins) do
    Enum.reduce(coins, Map.new(0..amount, &{&1, if(&1 == 0, do: 1, else: 0)}), fn coin, ways ->
      Enum.reduce(coin..amount//1, ways, fn a, w -> Map.put(w, a, w[a] + w[a - coin]) end)
    end)[amount]
  end
end

IO.inspect(DP.lcs("AGGTAB", "GXTXAYB"))
IO.inspect(DP.levenshtein("kitten", "sitting"))
IO.inspect(DP.levenshtein("flaw", "lawn"))
IO.inspect(DP.levenshtein("", "abc"))
IO.inspect(DP.knapsack([{1, 1}, {3, 4}, {4, 5}, {5, 7}], 7))
IO.inspect(DP.coins(100, [1, 5, 10, 25, 50]))
IO.inspect(DP.coins(300, [2, 3, 7]))
