# Erlang's :digraph: a mutable directed graph kept in three ETS tables, laid out as OTP lays
# them out ({:digraph, vertices, edges, neighbours, cyclic?}; the neighbour bag holds
# {{:out, v}, e} / {{:in, v}, e} and the id counters), so the orders lookups give are OTP's.
# vertices/1 and edges/1 list set tables: beamlet's order is insertion order, not the BEAM's hash order.
defmodule :digraph do
  def new, do: new([])

  def new(type) when is_list(type) do
    {cyclic, protection} = check_type(type, true, :protected)
    vtab = :ets.new(:vertices, [:set, protection])
    etab = :ets.new(:edges, [:set, protection])
    ntab = :ets.new(:neighbours, [:bag, protection])
    :ets.insert(ntab, [{:"$vid", 0}, {:"$eid", 0}])
    {:digraph, vtab, etab, ntab, cyclic}
  end

  def new(_type), do: :erlang.error(:badarg)

  defp check_type([:acyclic | ts], _c, p), do: check_type(ts, false, p)
  defp check_type([:cyclic | ts], _c, p), do: check_type(ts, true, p)
  defp check_type([:protected | ts], c, _p), do: check_type(ts, c, :protected)
  defp check_type([:private | ts], c, _p), do: check_type(ts, c, :private)
  defp check_type([], c, p), do: {c, p}
  defp check_type(_, _, _), do: :erlang.error(:badarg)

  def delete({:digraph, vt, et, nt, _}) do
    :ets.delete(vt)
    :ets.delete(et)
    :ets.delete(nt)
  end

  def info({:digraph, vt, et, nt, cyclic}) do
    memory = :ets.info(vt, :memory) + :ets.info(et, :memory) + :ets.info(nt, :memory)
    [cyclicity: if(cyclic, do: :cyclic, else: :acyclic), memory: memory, protection: :ets.info(vt, :protection)]
  end

  # ---- vertices -------------------------------------------------------------------------------

  def add_vertex(g), do: add_vertex(g, new_id(g, :"$vid", :"$v"), [])
  def add_vertex(g, v), do: add_vertex(g, v, [])

  def add_vertex({:digraph, vt, _, _, _}, v, label) do
    :ets.insert(vt, {v, label})
    v
  end

  def vertex({:digraph, vt, _, _, _}, v) do
    case :ets.lookup(vt, v) do
      [] -> false
      [vertex] -> vertex
    end
  end

  def vertices({:digraph, vt, _, _, _}), do: :ets.select(vt, [{{:"$1", :_}, [], [:"$1"]}])
  def no_vertices({:digraph, vt, _, _, _}), do: :ets.info(vt, :size)

  def source_vertices(g), do: vertices_without(g, :in)
  def sink_vertices(g), do: vertices_without(g, :out)

  defp vertices_without({:digraph, _, _, nt, _} = g, side) do
    Enum.reduce(vertices(g), [], fn v, acc -> if :ets.member(nt, {side, v}), do: acc, else: [v | acc] end)
  end

  def del_vertex({:digraph, vt, _, nt, _} = g, v) do
    del_neighbour_edges(:ets.lookup(nt, {:in, v}), g)
    del_neighbour_edges(:ets.lookup(nt, {:out, v}), g)
    :ets.delete(vt, v)
  end

  def del_vertices(g, vs) do
    Enum.each(vs, &del_vertex(g, &1))
    true
  end

  defp del_neighbour_edges(entries, {:digraph, _, et, _, _} = g) do
    Enum.each(entries, fn {_, e} ->
      case :ets.lookup(et, e) do
        [{^e, v1, v2, _}] -> remove_edge(g, e, v1, v2)
        [] -> :ok
      end
    end)

    true
  end

  # ---- neighbours -----------------------------------------------------------------------------

  def in_degree({:digraph, _, _, nt, _}, v), do: length(:ets.lookup(nt, {:in, v}))
  def out_degree({:digraph, _, _, nt, _}, v), do: length(:ets.lookup(nt, {:out, v}))

  # OTP collects by prepending: neighbours come in reverse order of the edges' insertion
  def in_neighbours({:digraph, _, et, nt, _}, v), do: collect(:ets.lookup(nt, {:in, v}), et, 2)
  def out_neighbours({:digraph, _, et, nt, _}, v), do: collect(:ets.lookup(nt, {:out, v}), et, 3)

  defp collect(entries, et, index) do
    Enum.reduce(entries, [], fn {_, e}, acc -> [:ets.lookup_element(et, e, index) | acc] end)
  end

  def in_edges({:digraph, _, _, nt, _}, v), do: :ets.select(nt, [{{{:in, v}, :"$1"}, [], [:"$1"]}])
  def out_edges({:digraph, _, _, nt, _}, v), do: :ets.select(nt, [{{{:out, v}, :"$1"}, [], [:"$1"]}])

  # ---- edges ----------------------------------------------------------------------------------

  def add_edge(g, v1, v2), do: add_edge(g, new_id(g, :"$eid", :"$e"), v1, v2, [])
  def add_edge(g, v1, v2, label), do: add_edge(g, new_id(g, :"$eid", :"$e"), v1, v2, label)

  def add_edge({:digraph, vt, et, _, cyclic} = g, e, v1, v2, label) do
    cond do
      not :ets.member(vt, v1) -> {:error, {:bad_vertex, v1}}
      not :ets.member(vt, v2) -> {:error, {:bad_vertex, v2}}
      moved_edge?(et, e, v1, v2) -> {:error, {:bad_edge, [v1, v2]}}
      cyclic -> insert_edge(g, e, v1, v2, label)
      v1 === v2 -> {:error, {:bad_edge, [v1, v2]}}
      true ->
        case get_path(g, v2, v1) do
          false -> insert_edge(g, e, v1, v2, label)
          path -> {:error, {:bad_edge, path}}
        end
    end
  end

  defp moved_edge?(et, e, v1, v2) do
    case :ets.lookup(et, e) do
      [{^e, w1, w2, _}] -> w1 !== v1 or w2 !== v2
      _ -> false
    end
  end

  defp insert_edge({:digraph, _, et, nt, _}, e, v1, v2, label) do
    :ets.insert(nt, [{{:out, v1}, e}, {{:in, v2}, e}])
    :ets.insert(et, {e, v1, v2, label})
    e
  end

  def edge({:digraph, _, et, _, _}, e) do
    case :ets.lookup(et, e) do
      [] -> false
      [edge] -> edge
    end
  end

  def edges({:digraph, _, et, _, _}), do: :ets.select(et, [{{:"$1", :_, :_, :_}, [], [:"$1"]}])

  def edges({:digraph, _, _, nt, _}, v) do
    :ets.select(nt, [{{{:out, v}, :"$1"}, [], [:"$1"]}, {{{:in, v}, :"$1"}, [], [:"$1"]}])
  end

  def no_edges({:digraph, _, et, _, _}), do: :ets.info(et, :size)

  def del_edge(g, e), do: del_edges(g, [e])

  def del_edges({:digraph, _, et, _, _} = g, es) do
    Enum.each(es, fn e ->
      case :ets.lookup(et, e) do
        [{^e, v1, v2, _}] -> remove_edge(g, e, v1, v2)
        [] -> :ok
      end
    end)

    true
  end

  defp remove_edge({:digraph, _, et, nt, _}, e, v1, v2) do
    :ets.select_delete(nt, [{{{:in, v2}, e}, [], [true]}, {{{:out, v1}, e}, [], [true]}])
    :ets.delete(et, e)
  end

  defp new_id({:digraph, _, _, nt, _}, counter, tag) do
    [{^counter, k}] = :ets.lookup(nt, counter)
    :ets.delete(nt, counter)
    :ets.insert(nt, {counter, k + 1})
    [tag | k]
  end

  # ---- paths ----------------------------------------------------------------------------------

  def del_path(g, v1, v2) do
    case get_path(g, v1, v2) do
      false ->
        true

      path ->
        remove_path_edges(path, g)
        del_path(g, v1, v2)
    end
  end

  defp remove_path_edges([v1, v2 | rest], {:digraph, _, et, _, _} = g) do
    Enum.each(out_edges(g, v1), fn e ->
      case :ets.lookup(et, e) do
        [{^e, ^v1, ^v2, _}] -> remove_edge(g, e, v1, v2)
        _ -> :ok
      end
    end)

    remove_path_edges([v2 | rest], g)
  end

  defp remove_path_edges(_, _), do: true

  def get_path(g, v1, v2), do: depth_first(out_neighbours(g, v1), v2, [], [v1], [v1], 1, g, 1)

  def get_cycle(g, v) do
    case depth_first(out_neighbours(g, v), v, [], [v], [v], 2, g, 1) do
      false -> if v in out_neighbours(g, v), do: [v], else: false
      vs -> vs
    end
  end

  # a depth-first search for target; paths shorter than min_len are skipped (for cycles)
  defp depth_first([target | ws], target, stack, seen, path, min_len, g, depth) do
    if depth < min_len do
      depth_first(ws, target, stack, seen, path, min_len, g, depth)
    else
      :lists.reverse([target | path])
    end
  end

  defp depth_first([v | vs], target, stack, seen, path, min_len, g, depth) do
    if v in seen do
      depth_first(vs, target, stack, seen, path, min_len, g, depth)
    else
      depth_first(out_neighbours(g, v), target, [{vs, path} | stack], [v | seen], [v | path], min_len, g, depth + 1)
    end
  end

  defp depth_first([], target, [{vs, path} | stack], seen, _, min_len, g, depth) do
    depth_first(vs, target, stack, seen, path, min_len, g, depth - 1)
  end

  defp depth_first([], _, [], _, _, _, _, _), do: false

  def get_short_cycle(g, v), do: get_short_path(g, v, v)

  # breadth first over edges; `parents` remembers how each vertex was reached
  def get_short_path(g, v1, v2) do
    queue = :queue.from_list(out_edges(g, v1))
    breadth_first(queue, g, v2, %{v1 => nil})
  end

  defp breadth_first(queue, g, sink, parents) do
    case :queue.out(queue) do
      {{:value, e}, rest} ->
        {_, from, to, _} = edge(g, e)

        cond do
          to === sink ->
            follow(from, parents, [to])

          Map.has_key?(parents, to) ->
            breadth_first(rest, g, sink, parents)

          true ->
            next = Enum.reduce(out_edges(g, to), rest, &:queue.in(&1, &2))
            breadth_first(next, g, sink, Map.put(parents, to, from))
        end

      {:empty, _} ->
        false
    end
  end

  defp follow(v, parents, acc) do
    case Map.fetch!(parents, v) do
      nil -> [v | acc]
      parent -> follow(parent, parents, [v | acc])
    end
  end
end
