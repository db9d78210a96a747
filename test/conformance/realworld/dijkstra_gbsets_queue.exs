defmodule Graph do
  def from_edges(edges) do
    Enum.reduce(edges, %{}, fn {a, b, w}, g ->
      g
      |> Map.update(a, [{b, w}], &[{b, w} | &1])
      |> Map.update(b, [{a, w}], &[{a, w} | &1])
    end)
  end

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

  def path(prev, target) do
    Stream.unfold(target, fn
      nil -> nil
      node -> {node, Map.get(prev, node)}
    end)
    |> Enum.reverse()
  end

  def topo_sort(deps) do
    nodes = deps |> Enum.flat_map(fn {k, vs} -> [k | vs] end) |> Enum.uniq()
    indeg = Map.new(nodes, &{&1, 0})

    indeg =
      Enum.reduce(deps, indeg, fn {_k, vs}, acc ->
        Enum.reduce(vs, acc, &Map.update!(&2, &1, fn n -> n + 1 end))
      end)

    start = indeg |> Enum.filter(fn {_, n} -> n == 0 end) |> Enum.map(&elem(&1, 0)) |> Enum.sort()
    kahn(start, deps, indeg, [])
  end

  defp kahn([], _deps, indeg, acc) do
    if Enum.any?(indeg, fn {_, n} -> n > 0 end) do
      cyc = for {k, n} <- indeg, n > 0, do: k
      {:error, {:cycle, Enum.sort(cyc)}}
    else
      {:ok, Enum.reverse(acc)}
    end
  end

  defp kahn([n | rest], deps, indeg, acc) do
    {ready, indeg} =
      deps
      |> Map.get(n, [])
      |> Enum.reduce({[], indeg}, fn m, {ready, indeg} ->
        indeg = Map.update!(indeg, m, &(&1 - 1))
        if indeg[m] == 0, do: {[m | ready], indeg}, else: {ready, indeg}
      end)

    kahn(Enum.sort(rest ++ ready), deps, Map.delete(indeg, n), [n | acc])
  end
end

defmodule UnionFind do
  def new(elems), do: Map.new(elems, &{&1, &1})

  def find(uf, x) do
    case Map.fetch!(uf, x) do
      ^x -> {x, uf}
      parent ->
        {root, uf} = find(uf, parent)
        {root, Map.put(uf, x, root)}
    end
  end

  def union(uf, a, b) do
    {ra, uf} = find(uf, a)
    {rb, uf} = find(uf, b)
    if ra == rb, do: {false, uf}, else: {true, Map.put(uf, ra, rb)}
  end

  def kruskal(nodes, edges) do
    edges
    |> Enum.sort_by(fn {a, b, w} -> {w, a, b} end)
    |> Enum.reduce({new(nodes), []}, fn {a, b, _} = e, {uf, mst} ->
      case union(uf, a, b) do
        {true, uf} -> {uf, [e | mst]}
        {false, uf} -> {uf, mst}
      end
    end)
    |> elem(1)
    |> Enum.reverse()
  end
end

edges = [
  {:a, :b, 7}, {:a, :c, 9}, {:a, :f, 14}, {:b, :c, 10}, {:b, :d, 15},
  {:c, :d, 11}, {:c, :f, 2}, {:d, :e, 6}, {:e, :f, 9}, {:g, :h, 1}
]

g = Graph.from_edges(edges)
{dist, prev} = Graph.dijkstra(g, :a)

for node <- Enum.sort(Map.keys(g)) do
  case Map.fetch(dist, node) do
    {:ok, d} -> IO.puts("#{node}: #{d} via #{Graph.path(prev, node) |> Enum.join(" -> ")}")
    :error -> IO.puts("#{node}: unreachable")
  end
end

set = :gb_sets.from_list([5, 3, 9, 1])
IO.inspect(:gb_sets.to_list(set), label: "gb_sets")
IO.inspect({:gb_sets.smallest(set), :gb_sets.largest(set), :gb_sets.size(set)})
IO.inspect(:gb_sets.is_member(3, set))
IO.inspect(:gb_trees.to_list(:gb_trees.from_orddict([{1, :a}, {2, :b}])))

deps = %{
  "app" => ["web", "db"],
  "web" => ["http", "json"],
  "db" => ["json"],
  "http" => [],
  "json" => []
}

IO.inspect(Graph.topo_sort(deps), label: "topo")
IO.inspect(Graph.topo_sort(Map.put(deps, "json", ["app"])), label: "cycle")

nodes = Enum.uniq(for {a, b, _} <- edges, n <- [a, b], do: n)
mst = UnionFind.kruskal(nodes, edges)
IO.inspect(mst, label: "mst")
IO.inspect(mst |> Enum.map(&elem(&1, 2)) |> Enum.sum(), label: "mst weight")

{_, uf} = UnionFind.union(UnionFind.new(1..6), 1, 2)
{_, uf} = UnionFind.union(uf, 3, 4)
{_, uf} = UnionFind.union(uf, 2, 4)
groups = Enum.group_by(1..6, fn x -> uf |> UnionFind.find(x) |> elem(0) end)
IO.inspect(groups |> Map.values() |> Enum.sort(), label: "components")
# misuse of the priority queue: what the errors and their frames look like
frames = fn stack -> for {m, _, _, _} = fr <- stack, m in [:gb_sets, :ordsets], do: fr end
pq = :gb_sets.from_list([{4, :d}, {1, :a}, {3, :c}, {2, :b}, {5, :e}])

misuses = [
  take_empty: fn -> :gb_sets.take_smallest(:gb_sets.empty()) end,
  take_largest_empty: fn -> :gb_sets.take_largest(:gb_sets.new()) end,
  insert_twice: fn -> :gb_sets.insert({3, :c}, pq) end,
  delete_missing: fn -> :gb_sets.delete({9, :z}, pq) end,
  delete_missing_low: fn -> :gb_sets.delete({0, :z}, pq) end,
  fold_raises: fn -> :gb_sets.fold(fn {d, n}, acc -> if d > 3, do: raise("too far: #{n}"), else: [n | acc] end, [], pq) end,
  filter_raises: fn -> :gb_sets.filter(fn {d, _} -> 10 / (d - 4) > 0 end, pq) end,
  filter_not_boolean: fn -> :gb_sets.filter(fn {d, _} -> d > 2 and :maybe end, pq) end,
  add_to_list: fn -> :gb_sets.add({1, :a}, [{1, :a}]) end,
  from_improper: fn -> :gb_sets.from_list([{1, :a} | :oops]) end
]

for {name, fun} <- misuses do
  try do
    IO.inspect(fun.(), label: name)
  rescue
    e ->
      IO.puts("#{name}: #{inspect(e.__struct__)}: #{Exception.message(e) |> String.split("\n") |> hd()}")
      Enum.each(frames.(__STACKTRACE__), &IO.inspect(&1, label: "  at"))
  end
end

:gb_sets.take_smallest(:gb_sets.new())
