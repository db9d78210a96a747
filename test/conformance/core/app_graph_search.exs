defmodule Graph do
  def bfs(g, start, goal), do: bfs(g, goal, [[start]], MapSet.new([start]))
  defp bfs(g, goal, q, seen) do
    case q do
      [] -> nil
      [[node | _] = path | q2] ->
        if node == goal do
          Enum.reverse(path)
        else
          next = Map.get(g, node, []) |> Enum.reject(&MapSet.member?(seen, &1))
          q3 = q2 ++ Enum.map(next, &[&1 | path])
          bfs(g, goal, q3, Enum.into(next, seen))
        end
    end
  end

  def dfs(g, node, seen \\ MapSet.new()) do
    if MapSet.member?(seen, node) do
      {[], seen}
    else
      Enum.reduce(Map.get(g, node, []), {[node], MapSet.put(seen, node)}, fn n, {acc, s} ->
        {more, s2} = dfs(g, n, s)
        {acc ++ more, s2}
      end)
    end
  end

  def topo(g) do
    nodes = g |> Enum.flat_map(fn {k, vs} -> [k | vs] end) |> Enum.uniq() |> Enum.sort()
    {order, _} = Enum.reduce(nodes, {[], MapSet.new()}, &visit(g, &1, &2))
    order
  end
  defp visit(g, n, {order, seen}) do
    if MapSet.member?(seen, n), do: {order, seen},
      else: (
        {o, s} = Enum.reduce(Map.get(g, n, []), {order, MapSet.put(seen, n)}, &visit(g, &1, &2))
        {[n | o], s})
  end
end

g = %{a: [:b, :c], b: [:d], c: [:d, :e], d: [:f], e: [:f], f: []}
IO.inspect(Graph.bfs(g, :a, :f))
IO.inspect(Graph.bfs(g, :e, :a))
IO.inspect(elem(Graph.dfs(g, :a), 0))
IO.inspect(Graph.topo(g))
deps = %{"app" => ["lib", "utils"], "lib" => ["core"], "utils" => ["core"], "core" => []}
IO.inspect(Graph.topo(deps))
