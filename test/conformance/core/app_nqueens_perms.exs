defmodule Combi do
  def permutations([]), do: [[]]
  def permutations(l), do: for(x <- l, rest <- permutations(l -- [x]), do: [x | rest])

  def combinations(_, 0), do: [[]]
  def combinations([], _), do: []
  def combinations([h | t], k), do: Enum.map(combinations(t, k - 1), &[h | &1]) ++ combinations(t, k)

  def queens(n), do: place(n, 0, [])
  defp place(n, n, qs), do: [Enum.reverse(qs)]
  defp place(n, row, qs) do
    for col <- 0..(n - 1), safe?(col, qs), sol <- place(n, row + 1, [col | qs]), do: sol
  end
  defp safe?(col, qs) do
    qs |> Enum.with_index(1) |> Enum.all?(fn {c, d} -> c != col and abs(c - col) != d end)
  end

  def powerset([]), do: [[]]
  def powerset([h | t]), do: (ps = powerset(t); ps ++ Enum.map(ps, &[h | &1]))
end

IO.inspect(Combi.permutations([1, 2, 3]))
IO.inspect(length(Combi.permutations(Enum.to_list(1..6))))
IO.inspect(Combi.combinations([:a, :b, :c, :d], 2))
IO.inspect(Combi.powerset([1, 2, 3]))
IO.inspect(hd(Combi.queens(8)))
IO.inspect(for n <- 4..8, do: {n, length(Combi.queens(n))})
