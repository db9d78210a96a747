defmodule UnionFind do
  defstruct parent: %{}, rank: %{}

  def new(elems) do
    %__MODULE__{parent: Map.new(elems, &{&1, &1}), rank: Map.new(elems, &{&1, 0})}
  end

  def find(%__MODULE__{parent: p} = uf, x) do
    case Map.fetch!(p, x) do
      ^x -> {x, uf}
      parent ->
        {root, uf} = find(uf, parent)
        {root, %{uf | parent: Map.put(uf.parent, x, root)}}
    end
  end

  def union(uf, a, b) do
    {ra, uf} = find(uf, a)
    {rb, uf} = find(uf, b)
    cond do
      ra == rb -> {:same, uf}
      uf.rank[ra] < uf.rank[rb] -> {:ok, put_in(uf.parent[ra], rb)}
      uf.rank[ra] > uf.rank[rb] -> {:ok, put_in(uf.parent[rb], ra)}
      true ->
        uf = put_in(uf.parent[rb], ra)
        {:ok, update_in(uf.rank[ra], &(&1 + 1))}
    end
  end

  def groups(uf) do
    {groups, _} =
      Enum.reduce(Map.keys(uf.parent), {%{}, uf}, fn x, {acc, uf} ->
        {r, uf} = find(uf, x)
        {Map.update(acc, r, [x], &[x | &1]), uf}
      end)
    groups |> Map.values() |> Enum.map(&Enum.sort/1) |> Enum.sort()
  end
end

defmodule Kruskal do
  def mst(nodes, edges) do
    edges
    |> Enum.sort_by(fn {_, _, w} -> w end)
    |> Enum.reduce({UnionFind.new(nodes), []}, fn {a, b, _w} = e, {uf, acc} ->
      case UnionFind.union(uf, a, b) do
        {:ok, uf} -> {uf, [e | acc]}
        {:same, uf} -> {uf, acc}
      end
    end)
    |> then(fn {_, acc} -> Enum.reverse(acc) end)
  end
end

defmodule Topo do
  def sort(deps) do
    nodes = deps |> Enum.flat_map(fn {k, vs} -> [k | vs] end) |> Enum.uniq()
    indeg = Map.new(nodes, &{&1, 0})
    indeg = Enum.reduce(deps, indeg, fn {k, vs}, acc -> Map.update!(acc, k, &(&1 + length(vs))) end)
    rev = Enum.reduce(deps, %{}, fn {k, vs}, acc ->
      Enum.reduce(vs, acc, fn v, acc -> Map.update(acc, v, [k], &[k | &1]) end)
    end)
    queue = indeg |> Enum.filter(fn {_, d} -> d == 0 end) |> Enum.map(&elem(&1, 0)) |> Enum.sort()
    loop(:queue.from_list(queue), indeg, rev, [])
  end

  defp loop(q, indeg, rev, out) do
    case :queue.out(q) do
      {:empty, _} ->
        if length(out) == map_size(indeg) do
          {:ok, Enum.reverse(out)}
        else
          stuck = indeg |> Enum.reject(fn {k, _} -> k in out end) |> Enum.map(&elem(&1, 0)) |> Enum.sort()
          {:error, {:cycle, stuck}}
        end
      {{:value, n}, q} ->
        {q, indeg} =
          rev |> Map.get(n, []) |> Enum.sort() |> Enum.reduce({q, indeg}, fn m, {q, indeg} ->
            indeg = Map.update!(indeg, m, &(&1 - 1))
            if indeg[m] == 0, do: {:queue.in(m, q), indeg}, else: {q, indeg}
          end)
        loop(q, indeg, rev, [n | out])
    end
  end
end

uf = UnionFind.new(1..10)
{_, uf} = UnionFind.union(uf, 1, 2)
{_, uf} = UnionFind.union(uf, 3, 4)
{_, uf} = UnionFind.union(uf, 2, 4)
{r, uf} = UnionFind.union(uf, 1, 3)
IO.inspect(r, label: "1-3")
{_, uf} = UnionFind.union(uf, 7, 9)
IO.inspect(UnionFind.groups(uf))

edges = [{:a, :b, 4}, {:a, :h, 8}, {:b, :c, 8}, {:b, :h, 11}, {:c, :d, 7}, {:c, :f, 4}, {:c, :i, 2},
         {:d, :e, 9}, {:d, :f, 14}, {:e, :f, 10}, {:f, :g, 2}, {:g, :h, 1}, {:g, :i, 6}, {:h, :i, 7}]
tree = Kruskal.mst([:a, :b, :c, :d, :e, :f, :g, :h, :i], edges)
IO.inspect(tree)
IO.puts("total weight: #{tree |> Enum.map(&elem(&1, 2)) |> Enum.sum()}")

deps = %{
  "app" => ["web", "db", "logger"],
  "web" => ["http", "logger"],
  "db" => ["pool", "logger"],
  "http" => ["socket"],
  "pool" => [],
  "socket" => [],
  "logger" => []
}
IO.inspect(Topo.sort(deps))
IO.inspect(Topo.sort(Map.merge(deps, %{"socket" => ["app"]})))

{:ok, order} = Topo.sort(%{"x" => ["y"], "y" => ["z"]})
IO.puts(Enum.join(order, " -> "))
{:ok, order} = Topo.sort(Map.put(deps, "pool", ["app"]))
IO.inspect(order)
