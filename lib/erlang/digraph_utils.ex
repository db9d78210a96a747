# Erlang's :digraph_utils: traversals over a :digraph (depth-first forests as OTP runs them, so
# results come in OTP's order given the same vertex order).
defmodule :digraph_utils do
  def components(g), do: forest(g, &inout/3, :digraph.vertices(g), :first)
  def strong_components(g), do: forest(g, &into/3, revpostorder(g), :first)

  def cyclic_strong_components(g) do
    Enum.filter(strong_components(g), fn
      [v] -> reflexive?(v, g)
      _ -> true
    end)
  end

  def reachable(vs, g) when is_list(vs), do: Enum.concat(forest(g, &out/3, vs, :first))
  def reachable_neighbours(vs, g) when is_list(vs), do: Enum.concat(forest(g, &out/3, vs, :not_first))
  def reaching(vs, g) when is_list(vs), do: Enum.concat(forest(g, &into/3, vs, :first))
  def reaching_neighbours(vs, g) when is_list(vs), do: Enum.concat(forest(g, &into/3, vs, :not_first))

  def topsort(g) do
    order = revpostorder(g)
    if length(forest(g, &into/3, order, :first)) == length(:digraph.vertices(g)), do: order, else: false
  end

  def is_acyclic(g), do: loop_vertices(g) == [] and topsort(g) != false

  def arborescence_root(g) do
    if :digraph.no_edges(g) == :digraph.no_vertices(g) - 1 do
      roots =
        Enum.reduce_while(:digraph.vertices(g), [], fn v, acc ->
          case {:digraph.in_degree(g, v), acc} do
            {1, acc} -> {:cont, acc}
            {0, []} -> {:cont, [v]}
            _ -> {:halt, :no}
          end
        end)

      case roots do
        [root] -> {:yes, root}
        _ -> :no
      end
    else
      :no
    end
  end

  def is_arborescence(g), do: arborescence_root(g) != :no
  def is_tree(g), do: :digraph.no_edges(g) == :digraph.no_vertices(g) - 1 and length(components(g)) == 1

  def loop_vertices(g), do: for(v <- :digraph.vertices(g), reflexive?(v, g), do: v)

  def preorder(g) do
    {_, acc} = pre_traverse(roots(g), &out/3, g, MapSet.new(), [], [])
    acc |> Enum.concat() |> :lists.reverse()
  end

  def postorder(g) do
    {acc, _} = post_traverse(roots(g), g, MapSet.new(), [])
    :lists.reverse(acc)
  end

  def subgraph(g, vs), do: subgraph(g, vs, [])

  def subgraph({:digraph, _, _, _, cyclic} = g, vs, opts) when is_list(vs) and is_list(opts) do
    type = Keyword.get(opts, :type, :inherit)
    keep = Keyword.get(opts, :keep_labels, true)

    type =
      case type do
        :inherit -> if(cyclic, do: [], else: [:acyclic])
        t when is_list(t) -> t
        _ -> :erlang.error(:badarg)
      end

    sg = :digraph.new(type)

    Enum.each(vs, fn v ->
      case :digraph.vertex(g, v) do
        {^v, label} -> :digraph.add_vertex(sg, v, if(keep, do: label, else: []))
        false -> :ok
      end
    end)

    Enum.each(:digraph.vertices(sg), fn v ->
      Enum.each(:digraph.out_edges(g, v), fn e ->
        {^e, ^v, v2, label} = :digraph.edge(g, e)

        if :digraph.vertex(sg, v2) != false do
          :digraph.add_edge(sg, e, v, v2, if(keep, do: label, else: []))
        end
      end)
    end)

    sg
  end

  def condensation({:digraph, _, _, _, cyclic} = g) do
    components = strong_components(g)
    index = components |> Enum.with_index() |> Enum.flat_map(fn {c, i} -> Enum.map(c, &{&1, i}) end) |> Map.new()
    by_index = components |> Enum.with_index() |> Map.new(fn {c, i} -> {i, c} end)
    cg = :digraph.new(if(cyclic, do: [], else: [:acyclic]))

    Enum.each(components, fn c ->
      :digraph.add_vertex(cg, c)

      for v <- c, n <- :digraph.out_neighbours(g, v), (target = by_index[index[n]]) != c do
        :digraph.add_vertex(cg, target)
        if target not in :digraph.out_neighbours(cg, c), do: :digraph.add_edge(cg, c, target)
      end
    end)

    cg
  end

  # ---- traversals -----------------------------------------------------------------------------

  defp roots(g) do
    sources = for v <- :digraph.vertices(g), :digraph.in_degree(g, v) == 0, do: v
    sources ++ for([x | _] <- components(g), do: x)
  end

  defp forest(g, next, vs, first) do
    {_, trees} =
      Enum.reduce(vs, {MapSet.new(), []}, fn v, {seen, trees} ->
        case first do
          :first -> pre_traverse([v], next, g, seen, [], trees)
          :not_first -> if MapSet.member?(seen, v), do: {seen, trees}, else: pre_traverse(next.(g, v, []), next, g, seen, [], trees)
        end
      end)

    trees
  end

  defp pre_traverse([v | vs], next, g, seen, tree, trees) do
    if MapSet.member?(seen, v) do
      pre_traverse(vs, next, g, seen, tree, trees)
    else
      pre_traverse(next.(g, v, vs), next, g, MapSet.put(seen, v), [v | tree], trees)
    end
  end

  defp pre_traverse([], _next, _g, seen, [], trees), do: {seen, trees}
  defp pre_traverse([], _next, _g, seen, tree, trees), do: {seen, [tree | trees]}

  defp revpostorder(g) do
    {acc, _} = post_traverse(:digraph.vertices(g), g, MapSet.new(), [])
    acc
  end

  defp post_traverse([v | vs], g, seen, acc) do
    if MapSet.member?(seen, v) do
      post_traverse(vs, g, seen, acc)
    else
      {acc1, seen1} = post_traverse(out(g, v, []), g, MapSet.put(seen, v), acc)
      post_traverse(vs, g, seen1, [v | acc1])
    end
  end

  defp post_traverse([], _g, seen, acc), do: {acc, seen}

  defp into(g, v, vs), do: :digraph.in_neighbours(g, v) ++ vs
  defp out(g, v, vs), do: :digraph.out_neighbours(g, v) ++ vs
  defp inout(g, v, vs), do: into(g, v, out(g, v, vs))

  defp reflexive?(v, g), do: v in :digraph.out_neighbours(g, v)
end
