# Route finding on a map of cities: BFS, Dijkstra with :gb_sets as a priority queue, MapSet ops.
edges = [
  {"Amsterdam", "Berlin", 655}, {"Amsterdam", "Brussels", 210}, {"Brussels", "Paris", 300},
  {"Berlin", "Prague", 350}, {"Prague", "Vienna", 330}, {"Paris", "Lyon", 465},
  {"Lyon", "Geneva", 150}, {"Geneva", "Vienna", 1000}, {"Berlin", "Vienna", 680}, {"Oslo", "Bergen", 460}
]

graph =
  Enum.reduce(edges, %{}, fn {a, b, d}, g ->
    g |> Map.update(a, %{b => d}, &Map.put(&1, b, d)) |> Map.update(b, %{a => d}, &Map.put(&1, a, d))
  end)

bfs = fn start ->
  Stream.unfold({[start], MapSet.new([start])}, fn
    {[], _} -> nil
    {[node | queue], seen} ->
      next = graph |> Map.get(node, %{}) |> Map.keys() |> Enum.sort() |> Enum.reject(&MapSet.member?(seen, &1))
      {node, {queue ++ next, MapSet.union(seen, MapSet.new(next))}}
  end)
  |> Enum.to_list()
end

IO.inspect(bfs.("Amsterdam"))
IO.inspect(bfs.("Oslo"))

dijkstra = fn from, to ->
  loop = fn loop, frontier, dist, prev ->
    if :gb_sets.is_empty(frontier) do
      {dist, prev}
    else
      {{d, node}, frontier} = :gb_sets.take_smallest(frontier)
      if node == to do
        {dist, prev}
      else
        {frontier, dist, prev} =
          Enum.reduce(Map.get(graph, node, %{}), {frontier, dist, prev}, fn {nb, w}, {f, dist, prev} ->
            alt = d + w
            if alt < Map.get(dist, nb, :infinity),
              do: {:gb_sets.add({alt, nb}, f), Map.put(dist, nb, alt), Map.put(prev, nb, node)},
              else: {f, dist, prev}
          end)
        loop.(loop, frontier, dist, prev)
      end
    end
  end

  {dist, prev} = loop.(loop, :gb_sets.singleton({0, from}), %{from => 0}, %{})
  case Map.fetch(dist, to) do
    {:ok, d} -> {d, Enum.reverse(Stream.iterate(to, &Map.get(prev, &1)) |> Enum.take_while(& &1))}
    :error -> :unreachable
  end
end

IO.inspect(dijkstra.("Amsterdam", "Vienna"))
IO.inspect(dijkstra.("Paris", "Prague"))
IO.inspect(dijkstra.("Amsterdam", "Oslo"))

cities = Map.keys(graph) |> MapSet.new()
west = MapSet.new(["Paris", "Brussels", "Amsterdam", "Lyon", "London"])
IO.inspect({MapSet.intersection(cities, west), MapSet.difference(west, cities), MapSet.subset?(MapSet.new(["Paris"]), west)})
IO.inspect(MapSet.symmetric_difference(west, MapSet.new(["Paris", "Rome"])))
degrees = graph |> Enum.map(fn {c, nbs} -> {c, map_size(nbs)} end) |> Enum.sort_by(fn {c, n} -> {-n, c} end)
IO.inspect(Enum.take(degrees, 4))
total = edges |> Enum.map(&elem(&1, 2)) |> Enum.sum()
IO.puts("#{length(edges)} roads, #{total} km, longest: #{edges |> Enum.max_by(&elem(&1, 2)) |> Tuple.to_list() |> Enum.join(" - ")}")
