# The fun-taking half of Erlang's :maps (and its iterators); the first-order functions are BIFs
# (vm/bifs/lists_maps_math.ts). Funs see keys in maps:iterator order, as on OTP (for more than
# 32 keys the reverse of maps:to_list's; vm/map_order.ts).
defmodule :maps do
  def fold(fun, acc, map) when is_function(fun, 3) and is_map(map) do
    fold_1(fun, acc, :beamlet.map_iteration_list(map))
  end

  # Enum's reduce over a map (Elixir's runs :maps.fold): a 2-arity fun over the {key, value}
  # pairs as listed, no tuple rebuilt per element, in fold_1/3's frame as Elixir's shows
  @doc false
  def __fold_pairs__(fun, acc, map), do: fold_1({:"$beamlet_pairs", fun}, acc, :beamlet.map_iteration_list(map))

  # (OTP's fold_1/3 walks an iterator; its frame is what traces show)
  @file "maps.erl"
  @beamlet_frame_line 411
  defp fold_1({:"$beamlet_pairs", f} = fun, acc, [kv | rest]), do: fold_1(fun, f.(kv, acc), rest)
  @beamlet_frame_line 411
  defp fold_1(fun, acc, [{k, v} | rest]), do: fold_1(fun, fun.(k, v, acc), rest)
  defp fold_1(_fun, acc, []), do: acc

  def fold(fun, acc, [_ | map] = iterator) when is_function(fun, 3) and is_map(map) do
    fold_iterator(fun, acc, next(iterator))
  end

  # (OTP's error for a bad fun or map: vm/bifs/maps_fun_errors.ts)
  def fold(fun, acc, map), do: :beamlet.maps_fun_error(:fold, [fun, acc, map])

  defp fold_iterator(_fun, acc, :none), do: acc
  defp fold_iterator(fun, acc, {k, v, i}), do: fold_iterator(fun, fun.(k, v, acc), next(i))

  # map/filter/filtermap/foreach walk the pairs as OTP 25's map_1/filter_1/... walk the iterator,
  # in their frames at maps.erl's lines. OTP's map_1 and filter_1 are body-recursive; the BEAM
  # records a repeated return address once, so their traces show the _1 that called the fun and
  # one _1 under it: the first element's call is made so, the rest is a loop shown as the _1.
  @file "maps.erl"
  def map(fun, map) when is_function(fun, 2) and is_map(map) do
    :maps.from_list(__at_line__(429, map_1(fun, :beamlet.map_iteration_list(map))))
  end

  @file "maps.erl"
  @beamlet_frame_line 439
  defp map_1(fun, [{k, v} | rest]), do: [{k, fun.(k, v)} | map_1_rest(fun, rest, [])]
  defp map_1(_fun, []), do: []

  @file "maps.erl"
  @beamlet_shown_as {:map_1, 2}
  @beamlet_frame_line 439
  defp map_1_rest(fun, [{k, v} | rest], acc), do: map_1_rest(fun, rest, [{k, fun.(k, v)} | acc])
  defp map_1_rest(_fun, [], acc), do: :lists.reverse(acc)

  def map(fun, map), do: :beamlet.maps_fun_error(:map, [fun, map])

  @file "maps.erl"
  def filter(pred, map) when is_function(pred, 2) and is_map(map) do
    :maps.from_list(__at_line__(310, filter_1(pred, :beamlet.map_iteration_list(map))))
  end

  # (a result other than true/false is the case's case_clause, at the case's line)
  @file "maps.erl"
  defp filter_1(pred, [{k, v} | rest]) do
    case __at_line__(319, pred.(k, v)) do
      true -> [{k, v} | __at_line__(321, filter_1_rest(pred, rest, []))]
      false -> filter_1(pred, rest)
      other -> __at_line__(319, :erlang.error({:case_clause, other}))
    end
  end

  defp filter_1(_pred, []), do: []

  @file "maps.erl"
  @beamlet_shown_as {:filter_1, 2}
  defp filter_1_rest(pred, [{k, v} | rest], acc) do
    case __at_line__(319, pred.(k, v)) do
      true -> filter_1_rest(pred, rest, [{k, v} | acc])
      false -> filter_1_rest(pred, rest, acc)
      other -> __at_line__(319, :erlang.error({:case_clause, other}))
    end
  end

  defp filter_1_rest(_pred, [], acc), do: :lists.reverse(acc)

  def filter(pred, map), do: :beamlet.maps_fun_error(:filter, [pred, map])

  @file "maps.erl"
  def filtermap(fun, map) when is_function(fun, 2) and is_map(map) do
    :maps.from_list(__at_line__(342, filtermap_1(fun, :beamlet.map_iteration_list(map))))
  end

  # (body-recursive as OTP's: a kept pair's frame is at 353, a replaced one's at 355)
  @file "maps.erl"
  defp filtermap_1(fun, [{k, v} | rest]) do
    case __at_line__(351, fun.(k, v)) do
      true -> [{k, v} | __at_line__(353, filtermap_1(fun, rest))]
      {true, new} -> [{k, new} | __at_line__(355, filtermap_1(fun, rest))]
      false -> filtermap_1(fun, rest)
      other -> __at_line__(351, :erlang.error({:case_clause, other}))
    end
  end

  defp filtermap_1(_fun, []), do: []

  def filtermap(fun, map), do: :beamlet.maps_fun_error(:filtermap, [fun, map])

  @file "maps.erl"
  def foreach(fun, map) when is_function(fun, 2) and is_map(map) do
    __at_line__(372, foreach_1(fun, :beamlet.map_iteration_list(map)))
  end

  @file "maps.erl"
  @beamlet_frame_line 381
  defp foreach_1(fun, [{k, v} | rest]) do
    fun.(k, v)
    foreach_1(fun, rest)
  end

  defp foreach_1(_fun, []), do: :ok

  def foreach(fun, map), do: :beamlet.maps_fun_error(:foreach, [fun, map])

  @file "maps.erl"
  def update_with(key, fun, map) when is_function(fun, 1) and is_map(map) do
    case map do
      %{^key => value} -> :maps.put(key, __at_line__(264, fun.(value)), map)
      %{} -> __at_line__(265, :erlang.error({:badkey, key}, [key, fun, map]))
    end
  end

  def update_with(key, fun, map), do: :beamlet.maps_fun_error(:update_with, [key, fun, map])

  @file "maps.erl"
  def update_with(key, fun, init, map) when is_function(fun, 1) and is_map(map) do
    case map do
      %{^key => value} -> :maps.put(key, __at_line__(278, fun.(value)), map)
      %{} -> :maps.put(key, init, map)
    end
  end

  def update_with(key, fun, init, map), do: :beamlet.maps_fun_error(:update_with, [key, fun, init, map])

  # the smaller map's pairs (map1's when the sizes are equal) go into the other: a key both hold is
  # given to fun as the smaller map's, and the result keeps the key as an update (`|`) does
  # (a small map its own key, a large one the new key: 0.0 and -0.0 tell them apart)
  def merge_with(fun, map1, map2) when is_function(fun, 3) and is_map(map1) and is_map(map2) do
    into_map2 = map_size(map1) > map_size(map2)
    {from, to} = if into_map2, do: {map2, map1}, else: {map1, map2}

    :maps.fold(
      fn k, v, acc ->
        case acc do
          %{^k => old} -> %{acc | k => if(into_map2, do: fun.(k, old, v), else: fun.(k, v, old))}
          %{} -> :maps.put(k, v, acc)
        end
      end,
      to,
      from
    )
  end

  def merge_with(fun, map1, map2), do: :beamlet.maps_fun_error(:merge_with, [fun, map1, map2])

  def intersect(map1, map2) when is_map(map1) and is_map(map2) do
    intersect_with(fn _k, _v1, v2 -> v2 end, map1, map2)
  end

  def intersect(map1, map2), do: :beamlet.maps_fun_error(:intersect, [map1, map2])

  def intersect_with(fun, map1, map2) when is_function(fun, 3) and is_map(map1) and is_map(map2) do
    :maps.from_list(for {k, v1} <- :maps.to_list(map1), :maps.is_key(k, map2), do: {k, fun.(k, v1, :maps.get(k, map2))})
  end

  def intersect_with(fun, map1, map2), do: :beamlet.maps_fun_error(:intersect_with, [fun, map1, map2])

  # (a list that is not a proper one fails in lists:reverse/1, which OTP's catches)
  def groups_from_list(key_fun, list) when is_function(key_fun, 1) do
    reversed = reverse_or(list, fn -> :beamlet.maps_fun_error(:groups_from_list, [key_fun, list]) end)
    group_reversed(key_fun, fn x -> x end, reversed)
  end

  def groups_from_list(key_fun, list), do: :beamlet.maps_fun_error(:groups_from_list, [key_fun, list])

  def groups_from_list(key_fun, value_fun, list) when is_function(key_fun, 1) and is_function(value_fun, 1) do
    reversed = reverse_or(list, fn -> :beamlet.maps_fun_error(:groups_from_list, [key_fun, value_fun, list]) end)
    group_reversed(key_fun, value_fun, reversed)
  end

  def groups_from_list(key_fun, value_fun, list), do: :beamlet.maps_fun_error(:groups_from_list, [key_fun, value_fun, list])

  defp reverse_or(list, failed) do
    try do
      :lists.reverse(list)
    catch
      :error, _ -> failed.()
    end
  end

  defp group_reversed(key_fun, value_fun, reversed) do
    :lists.foldl(
      fn x, acc ->
        k = key_fun.(x)
        :maps.put(k, [value_fun.(x) | :maps.get(k, acc, [])], acc)
      end,
      %{},
      reversed
    )
  end

  # an iterator is [position | map], as OTP's for maps of up to 32 keys
  def iterator(map) when is_map(map), do: [0 | map]
  def iterator(map), do: :beamlet.maps_fun_error(:iterator, [map])

  # as OTP's map_next (vm/bifs/map_next.ts): the first step answers every pair at once, chained:
  # {k1, v1, {k2, v2, ... :none}}; a chained step is its own next
  @file "maps.erl"
  def next([path | map]) when is_integer(path) and is_map(map) do
    __at_line__(467, :beamlet.map_next(path, map))
  end

  def next({_k, _v, _rest} = step), do: step
  def next(:none), do: :none
  def next(iter), do: :beamlet.maps_fun_error(:next, [iter])
end
