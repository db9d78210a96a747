# Erlang's :digraph: a mutable directed graph kept in three ETS tables, laid out as OTP lays
# them out ({:digraph, vertices, edges, neighbours, cyclic?}; the neighbour bag holds
# {{:out, v}, e} / {{:in, v}, e} and the id counters), so the orders lookups give are OTP's.
# A graph is OTP's record #digraph{}: a term that is none fails with {:badrecord, term} where
# OTP's code first reads one of its fields, in the frame of the function (or helper) that reads
# it at digraph.erl's line (`@file` and `@beamlet_frame_line` below), and a helper whose head
# matches the record fails its clause.
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

  @file "digraph.erl"
  @beamlet_frame_line 119
  def delete(g), do: :erlang.error({:badrecord, g})

  def info({:digraph, vt, et, nt, cyclic}) do
    memory = :ets.info(vt, :memory) + :ets.info(et, :memory) + :ets.info(nt, :memory)
    [cyclicity: if(cyclic, do: :cyclic, else: :acyclic), memory: memory, protection: :ets.info(vt, :protection)]
  end

  @file "digraph.erl"
  @beamlet_frame_line 130
  def info(g), do: :erlang.error({:badrecord, g})

  # ---- vertices -------------------------------------------------------------------------------

  @file "digraph.erl"
  @beamlet_frame_line 145
  def add_vertex(g), do: add_vertex(g, new_vertex_id(g), [])
  def add_vertex(g, v), do: add_vertex(g, v, [])
  def add_vertex(g, v, label), do: do_add_vertex({v, label}, g)

  defp do_add_vertex({v, _} = vertex, {:digraph, vt, _, _, _}) do
    :ets.insert(vt, vertex)
    v
  end

  @file "digraph.erl"
  @beamlet_frame_line 378
  defp do_add_vertex(_, g), do: :erlang.error({:badrecord, g})

  def vertex({:digraph, vt, _, _, _}, v) do
    case :ets.lookup(vt, v) do
      [] -> false
      [vertex] -> vertex
    end
  end

  @file "digraph.erl"
  @beamlet_frame_line 182
  def vertex(g, _v), do: :erlang.error({:badrecord, g})

  def vertices({:digraph, vt, _, _, _}), do: :ets.select(vt, [{{:"$1", :_}, [], [:"$1"]}])
  @file "digraph.erl"
  @beamlet_frame_line 198
  def vertices(g), do: :erlang.error({:badrecord, g})

  def no_vertices({:digraph, vt, _, _, _}), do: :ets.info(vt, :size)
  @file "digraph.erl"
  @beamlet_frame_line 191
  def no_vertices(g), do: :erlang.error({:badrecord, g})

  def source_vertices(g), do: collect_vertices(g, :in)
  def sink_vertices(g), do: collect_vertices(g, :out)

  @file "digraph.erl"
  @beamlet_frame_line 385
  defp collect_vertices(g, side) do
    vs = vertices(g)
    nt = elem(g, 3)
    Enum.reduce(vs, [], fn v, acc -> if :ets.member(nt, {side, v}), do: acc, else: [v | acc] end)
  end

  def del_vertex(g, v), do: do_del_vertex(v, g)

  defp do_del_vertex(v, {:digraph, vt, _, nt, _} = g) do
    del_neighbour_edges(:ets.lookup(nt, {:in, v}), g)
    del_neighbour_edges(:ets.lookup(nt, {:out, v}), g)
    :ets.delete(vt, v)
  end

  @file "digraph.erl"
  @beamlet_frame_line 402
  defp do_del_vertex(_v, g), do: :erlang.error({:badrecord, g})

  def del_vertices(g, vs), do: do_del_vertices(vs, g)

  @file "digraph.erl"
  @beamlet_def_line 396
  @beamlet_frame_line 397
  defp do_del_vertices([v | vs], g) do
    do_del_vertex(v, g)
    do_del_vertices(vs, g)
  end

  defp do_del_vertices([], {:digraph, _, _, _, _}), do: true

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
  @file "digraph.erl"
  @beamlet_frame_line 215
  def in_degree(g, _v), do: :erlang.error({:badrecord, g})

  def out_degree({:digraph, _, _, nt, _}, v), do: length(:ets.lookup(nt, {:out, v}))
  @file "digraph.erl"
  @beamlet_frame_line 240
  def out_degree(g, _v), do: :erlang.error({:badrecord, g})

  # OTP collects by prepending: neighbours come in reverse order of the edges' insertion
  def in_neighbours({:digraph, _, et, nt, _}, v), do: collect(:ets.lookup(nt, {:in, v}), et, 2)
  @file "digraph.erl"
  @beamlet_frame_line 223
  def in_neighbours(g, _v), do: :erlang.error({:badrecord, g})

  def out_neighbours({:digraph, _, et, nt, _}, v), do: collect(:ets.lookup(nt, {:out, v}), et, 3)
  @file "digraph.erl"
  @beamlet_frame_line 248
  def out_neighbours(g, _v), do: :erlang.error({:badrecord, g})

  defp collect(entries, et, index) do
    Enum.reduce(entries, [], fn {_, e}, acc -> [:ets.lookup_element(et, e, index) | acc] end)
  end

  def in_edges({:digraph, _, _, nt, _}, v), do: :ets.select(nt, [{{{:in, v}, :"$1"}, [], [:"$1"]}])
  @file "digraph.erl"
  @beamlet_frame_line 233
  def in_edges(g, _v), do: :erlang.error({:badrecord, g})

  def out_edges({:digraph, _, _, nt, _}, v), do: :ets.select(nt, [{{{:out, v}, :"$1"}, [], [:"$1"]}])
  @file "digraph.erl"
  @beamlet_frame_line 258
  def out_edges(g, _v), do: :erlang.error({:badrecord, g})

  # ---- edges ----------------------------------------------------------------------------------

  @file "digraph.erl"
  @beamlet_frame_line 266
  def add_edge(g, v1, v2), do: add_edge(g, new_edge_id(g), v1, v2, [])
  @file "digraph.erl"
  @beamlet_frame_line 275
  def add_edge(g, v1, v2, label), do: add_edge(g, new_edge_id(g), v1, v2, label)
  def add_edge(g, e, v1, v2, label), do: do_add_edge({e, v1, v2, label}, g)

  @file "digraph.erl"
  @beamlet_frame_line 464
  defp do_add_edge(_, g) when not is_tuple(g) or tuple_size(g) != 5 or elem(g, 0) != :digraph, do: :erlang.error({:badrecord, g})

  defp do_add_edge({e, v1, v2, label}, {:digraph, vt, et, _, cyclic} = g) do
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

  @file "digraph.erl"
  @beamlet_frame_line 331
  def edge(g, _e), do: :erlang.error({:badrecord, g})

  def edges({:digraph, _, et, _, _}), do: :ets.select(et, [{{:"$1", :_, :_, :_}, [], [:"$1"]}])
  @file "digraph.erl"
  @beamlet_frame_line 312
  def edges(g), do: :erlang.error({:badrecord, g})

  def edges({:digraph, _, _, nt, _}, v) do
    :ets.select(nt, [{{{:out, v}, :"$1"}, [], [:"$1"]}, {{{:in, v}, :"$1"}, [], [:"$1"]}])
  end

  @file "digraph.erl"
  @beamlet_frame_line 320
  def edges(g, _v), do: :erlang.error({:badrecord, g})

  def no_edges({:digraph, _, et, _, _}), do: :ets.info(et, :size)
  @file "digraph.erl"
  @beamlet_frame_line 305
  def no_edges(g), do: :erlang.error({:badrecord, g})

  def del_edge(g, e), do: do_del_edges([e], g)
  def del_edges(g, es), do: do_del_edges(es, g)

  @file "digraph.erl"
  @beamlet_def_line 419
  defp do_del_edges([e | es], {:digraph, _, et, _, _} = g) do
    case :ets.lookup(et, e) do
      [{^e, v1, v2, _}] -> remove_edge(g, e, v1, v2)
      [] -> :ok
    end

    do_del_edges(es, g)
  end

  defp do_del_edges([], {:digraph, _, _, _, _}), do: true
  @file "digraph.erl"
  @beamlet_frame_line 420
  defp do_del_edges([_ | _], g), do: :erlang.error({:badrecord, g})

  defp remove_edge({:digraph, _, et, nt, _}, e, v1, v2) do
    :ets.select_delete(nt, [{{{:in, v2}, e}, [], [true]}, {{{:out, v1}, e}, [], [true]}])
    :ets.delete(et, e)
  end

  defp new_vertex_id({:digraph, _, _, _, _} = g), do: new_id(g, :"$vid", :"$v")
  @file "digraph.erl"
  @beamlet_frame_line 358
  defp new_vertex_id(g), do: :erlang.error({:badrecord, g})

  defp new_edge_id({:digraph, _, _, _, _} = g), do: new_id(g, :"$eid", :"$e")
  @file "digraph.erl"
  @beamlet_frame_line 344
  defp new_edge_id(g), do: :erlang.error({:badrecord, g})

  defp new_id({:digraph, _, _, nt, _}, counter, tag) do
    [{^counter, k}] = :ets.lookup(nt, counter)
    :ets.delete(nt, counter)
    :ets.insert(nt, {counter, k + 1})
    [tag | k]
  end

  # ---- paths ----------------------------------------------------------------------------------

  @file "digraph.erl"
  @beamlet_frame_line 516
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

  @file "digraph.erl"
  @beamlet_frame_line 560
  def get_path(g, v1, v2), do: depth_first(out_neighbours(g, v1), v2, [], [v1], [v1], 1, g, 1)

  @file "digraph.erl"
  @beamlet_frame_line 538
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
  @file "digraph.erl"
  @beamlet_frame_line 615
  def get_short_path(g, v1, v2) do
    queue = queue_out_neighbours(v1, g, :queue.new())
    breadth_first(queue, g, v2, %{v1 => nil})
  end

  @file "digraph.erl"
  @beamlet_frame_line 652
  defp queue_out_neighbours(v, g, q), do: :queue.join(q, :queue.from_list(out_edges(g, v)))

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
