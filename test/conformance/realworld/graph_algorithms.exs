defmodule Graph do
  @moduledoc "Weighted directed graph algorithms on adjacency maps."

  def dijkstra(graph, source) do
    dist = %{source => 0}
    queue = :gb_sets.singleton({0, source})
    loop(graph, queue, dist, %{})
  end

  defp loop(graph, queue, dist, prev) do
    if :gb_sets.is_empty(queue) do
      {dist, prev}
    else
      {{d, u}, queue} = :gb_sets.take_smallest(queue)
      if d > Map.get(dist, u, :infinity) do
        loop(graph, queue, dist, prev)
      else
        {queue, dist, prev} =
          graph
          |> Map.get(u, [])
          |> Enum.reduce({queue, dist, prev}, fn {v, w}, {q, dist, prev} ->
            alt = d + w
            if alt < Map.get(dist, v, :infinity) do
              {:gb_sets.add({alt, v}, q), Map.put(dist, v, alt), Map.put(prev, v, u)}
            else
              {q, dist, prev}
            end
          end)
        loop(graph, queue, dist, prev)
      end
    end
  end

  def path(prev, target), do: path(prev, target, [target])
  defp path(prev, node, acc) do
    case Map.fetch(prev, node) do
      {:ok, p} -> path(prev, p, [p | acc])
      :error -> acc
    end
  end

  def topo_sort(graph) do
    nodes = graph |> Enum.flat_map(fn {k, vs} -> [k | Enum.map(vs, &elem(&1, 0))] end) |> Enum.uniq()
    indeg = Enum.reduce(graph, Map.new(nodes, &{&1, 0}), fn {_, vs}, acc ->
      Enum.reduce(vs, acc, fn {v, _}, acc -> Map.update!(acc, v, &(&1 + 1)) end)
    end)
    ready = indeg |> Enum.filter(fn {_, n} -> n == 0 end) |> Enum.map(&elem(&1, 0)) |> Enum.sort()
    kahn(graph, :queue.from_list(ready), indeg, [])
  end

  defp kahn(graph, q, indeg, out) do
    case :queue.out(q) do
      {:empty, _} ->
        if length(out) == map_size(indeg), do: {:ok, Enum.reverse(out)}, else: {:error, :cycle}
      {{:value, n}, q} ->
        {q, indeg} =
          graph |> Map.get(n, []) |> Enum.map(&elem(&1, 0)) |> Enum.sort()
          |> Enum.reduce({q, indeg}, fn v, {q, indeg} ->
            indeg = Map.update!(indeg, v, &(&1 - 1))
            if indeg[v] == 0, do: {:queue.in(v, q), indeg}, else: {q, indeg}
          end)
        kahn(graph, q, indeg, [n | out])
    end
  end

  def bfs_levels(graph, start) do
    Stream.unfold({[start], MapSet.new([start])}, fn
      {[], _} -> nil
      {frontier, seen} ->
        next = frontier |> Enum.flat_map(&(Map.get(graph, &1, []) |> Enum.map(fn {v, _} -> v end))) |> Enum.uniq() |> Enum.reject(&MapSet.member?(seen, &1))
        {Enum.sort(frontier), {next, MapSet.union(seen, MapSet.new(next))}}
    end)
    |> Enum.to_list()
  end
end

defmodule Puzzles do
  def queens(n), do: place(n, 0, [], [])
  defp place(n, n, cols, acc), do: [Enum.reverse(cols) | acc]
  defp place(n, row, cols, acc) do
    Enum.reduce(0..(n - 1), acc, fn col, acc ->
      if safe?(col, cols, 1), do: place(n, row + 1, [col | cols], acc), else: acc
    end)
  end
  defp safe?(_, [], _), do: true
  defp safe?(c, [q | rest], d), do: c != q and abs(c - q) != d and safe?(c, rest, d + 1)

  def permutations([]), do: [[]]
  def permutations(list), do: for(x <- list, rest <- permutations(list -- [x]), do: [x | rest])

  def lcs(a, b) do
    a = String.graphemes(a); b = String.graphemes(b)
    table =
      for {x, i} <- Enum.with_index(a, 1), {y, j} <- Enum.with_index(b, 1), reduce: %{} do
        t ->
          v = if x == y, do: Map.get(t, {i - 1, j - 1}, 0) + 1, else: max(Map.get(t, {i - 1, j}, 0), Map.get(t, {i, j - 1}, 0))
          Map.put(t, {i, j}, v)
      end
    backtrack(table, Enum.reverse(a), Enum.reverse(b), length(a), length(b), [])
  end
  defp backtrack(_, _, _, 0, _, acc), do: Enum.join(acc)
  defp backtrack(_, _, _, _, 0, acc), do: Enum.join(acc)
  defp backtrack(t, [x | xs], [y | ys] = b, i, j, acc) do
    cond do
      x == y -> backtrack(t, xs, ys, i - 1, j - 1, [x | acc])
      Map.get(t, {i - 1, j}, 0) >= Map.get(t, {i, j - 1}, 0) -> backtrack(t, xs, b, i - 1, j, acc)
      true -> backtrack(t, [x | xs], ys, i, j - 1, acc)
    end
  end

  def hanoi(0, _, _, _), do: []
  def hanoi(n, from, to, via), do: hanoi(n - 1, from, via, to) ++ [{from, to}] ++ hanoi(n - 1, via, to, from)

  def ackermann(0, n), do: n + 1
  def ackermann(m, 0), do: ackermann(m - 1, 1)
  def ackermann(m, n), do: ackermann(m - 1, ackermann(m, n - 1))

  def collatz_longest(limit) do
    {memo, best} =
      Enum.reduce(1..limit, {%{1 => 1}, {1, 1}}, fn n, {memo, best} ->
        {len, memo} = collatz(n, memo)
        {memo, if(len > elem(best, 1), do: {n, len}, else: best)}
      end)
    {best, map_size(memo)}
  end
  defp collatz(n, memo) do
    case memo do
      %{^n => len} -> {len, memo}
      _ ->
        {len, memo} = collatz(if(rem(n, 2) == 0, do: div(n, 2), else: 3 * n + 1), memo)
        {len + 1, Map.put(memo, n, len + 1)}
    end
  end
end

graph = %{
  "A" => [{"B", 7}, {"C", 9}, {"F", 14}],
  "B" => [{"C", 10}, {"D", 15}],
  "C" => [{"D", 11}, {"F", 2}],
  "D" => [{"E", 6}],
  "F" => [{"E", 9}]
}
{dist, prev} = Graph.dijkstra(graph, "A")
IO.inspect(dist, label: "dist")
IO.inspect(Graph.path(prev, "E"), label: "path to E")
IO.inspect(Graph.topo_sort(graph), label: "topo")
IO.inspect(Graph.topo_sort(Map.put(graph, "E", [{"A", 1}])), label: "topo with cycle")
IO.inspect(Graph.bfs_levels(graph, "A"), label: "levels")

for n <- [4, 6, 8] do
  sols = Puzzles.queens(n)
  IO.puts("#{n}-queens: #{length(sols)} solutions, first #{inspect(List.last(sols))}")
end
[first | _] = Puzzles.queens(5) |> Enum.reverse()
for c <- first, do: IO.puts(String.duplicate(". ", c) <> "Q " <> String.duplicate(". ", 4 - c))
IO.inspect(Puzzles.permutations([1, 2, 3]), label: "perms")
IO.inspect(length(Puzzles.permutations(Enum.to_list(1..6))), label: "6!")
IO.inspect(Puzzles.lcs("AGGTAB", "GXTXAYB"), label: "lcs")
IO.inspect(Puzzles.lcs("thisisatest", "testing123testing"), label: "lcs2")
moves = Puzzles.hanoi(10, :a, :c, :b)
IO.inspect({length(moves), Enum.take(moves, 3), List.last(moves)}, label: "hanoi")
IO.inspect(Puzzles.ackermann(2, 3), label: "ackermann")
IO.inspect(Puzzles.collatz_longest(30_000), label: "collatz")
IO.inspect(Enum.reduce(1..50, 1, &*/2), label: "50!")
IO.inspect(Integer.pow(3, 100) |> Integer.digits() |> Enum.sum(), label: "digits of 3^100")
