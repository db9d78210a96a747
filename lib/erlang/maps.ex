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

  def map(fun, map) when is_function(fun, 2) and is_map(map) do
    :maps.from_list(for {k, v} <- :beamlet.map_iteration_list(map), do: {k, fun.(k, v)})
  end

  def map(fun, map), do: :beamlet.maps_fun_error(:map, [fun, map])

  def filter(pred, map) when is_function(pred, 2) and is_map(map) do
    :maps.from_list(for {k, v} <- :beamlet.map_iteration_list(map), pred.(k, v), do: {k, v})
  end

  def filter(pred, map), do: :beamlet.maps_fun_error(:filter, [pred, map])

  def filtermap(fun, map) when is_function(fun, 2) and is_map(map) do
    pairs =
      Enum.flat_map(:beamlet.map_iteration_list(map), fn {k, v} ->
        case fun.(k, v) do
          true -> [{k, v}]
          {true, new} -> [{k, new}]
          false -> []
        end
      end)

    :maps.from_list(pairs)
  end

  def filtermap(fun, map), do: :beamlet.maps_fun_error(:filtermap, [fun, map])

  def foreach(fun, map) when is_function(fun, 2) and is_map(map) do
    Enum.each(:beamlet.map_iteration_list(map), fn {k, v} -> fun.(k, v) end)
    :ok
  end

  def foreach(fun, map), do: :beamlet.maps_fun_error(:foreach, [fun, map])

  def update_with(key, fun, map) when is_function(fun, 1) and is_map(map) do
    case map do
      %{^key => value} -> :maps.put(key, fun.(value), map)
      %{} -> :erlang.error({:badkey, key})
    end
  end

  def update_with(key, fun, init, map) when is_function(fun, 1) and is_map(map) do
    case map do
      %{^key => value} -> :maps.put(key, fun.(value), map)
      %{} -> :maps.put(key, init, map)
    end
  end

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

  def intersect(map1, map2) when is_map(map1) and is_map(map2) do
    intersect_with(fn _k, _v1, v2 -> v2 end, map1, map2)
  end

  def intersect_with(fun, map1, map2) when is_function(fun, 3) and is_map(map1) and is_map(map2) do
    :maps.from_list(for {k, v1} <- :maps.to_list(map1), :maps.is_key(k, map2), do: {k, fun.(k, v1, :maps.get(k, map2))})
  end

  def groups_from_list(key_fun, list) when is_function(key_fun, 1) and is_list(list) do
    groups_from_list(key_fun, fn x -> x end, list)
  end

  def groups_from_list(key_fun, value_fun, list) when is_function(key_fun, 1) and is_function(value_fun, 1) do
    :lists.foldl(
      fn x, acc ->
        k = key_fun.(x)
        :maps.put(k, [value_fun.(x) | :maps.get(k, acc, [])], acc)
      end,
      %{},
      :lists.reverse(list)
    )
  end

  # an iterator is [position | map], as OTP's for maps of up to 32 keys
  def iterator(map) when is_map(map), do: [0 | map]
  def iterator(map), do: :erlang.error({:badmap, map})

  # as OTP's map_next for a map of up to 32 keys, the first step answers every pair at once,
  # chained: {k1, v1, {k2, v2, ... :none}}; a chained step is its own next
  def next([i | map]) when is_integer(i) and is_map(map) do
    :lists.nthtail(i, :beamlet.map_iteration_list(map)) |> chain()
  end

  def next({_k, _v, _rest} = step), do: step
  def next(:none), do: :none

  defp chain([]), do: :none
  defp chain([{k, v} | rest]), do: {k, v, chain(rest)}
end
