defmodule Map do
  @moduledoc "The fun-taking half of Map; the first-order functions (get, put, fetch ...) are BIFs."

  def new(enumerable, transform) when is_function(transform, 1) do
    enumerable
    |> Enum.reduce([], fn x, acc -> [transform.(x) | acc] end)
    |> :lists.reverse()
    |> :maps.from_list()
  end

  # These fail on a non-map as Elixir's do: a guard on the fun only, then {:badmap, map} (with the
  # arguments where Elixir passes them), :erlang.map_get/2 (Elixir inlines fetch!/2) or :maps.take/2.
  def update(map, key, default, fun) when is_function(fun, 1) do
    case map do
      %{^key => value} -> %{map | key => fun.(value)}
      %{} -> :maps.put(key, default, map)
      other -> :erlang.error({:badmap, other}, [map, key, default, fun])
    end
  end

  def update!(map, key, fun) when is_function(fun, 1) do
    value = :erlang.map_get(key, map)
    %{map | key => fun.(value)}
  end

  def get_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => value} -> value
      %{} -> fun.()
      other -> :erlang.error({:badmap, other}, [map, key, fun])
    end
  end

  def put_new_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => _} -> map
      %{} -> :maps.put(key, fun.(), map)
      other -> :erlang.error({:badmap, other})
    end
  end

  def pop!(map, key) do
    case :maps.take(key, map) do
      {_, _} = found -> found
      :error -> raise KeyError, key: key, term: map
    end
  end

  def pop_lazy(map, key, fun) when is_function(fun, 0) do
    case :maps.take(key, map) do
      {_, _} = found -> found
      :error -> {fun.(), map}
    end
  end

  def replace_lazy(map, key, fun) when is_map(map) and is_function(fun, 1) do
    case map do
      %{^key => value} -> %{map | key => fun.(value)}
      %{} -> map
    end
  end

  def get_and_update(map, key, fun) when is_function(fun, 1) do
    current = Map.get(map, key)

    case fun.(current) do
      {get, update} ->
        {get, :maps.put(key, update, map)}

      :pop ->
        {current, :maps.remove(key, map)}

      other ->
        raise "the given function must return a two-element tuple or :pop, got: " <> inspect(other)
    end
  end

  def get_and_update!(map, key, fun) when is_function(fun, 1) do
    value = :erlang.map_get(key, map)

    case fun.(value) do
      {get, update} ->
        {get, %{map | key => update}}

      :pop ->
        {value, :maps.remove(key, map)}

      other ->
        raise "the given function must return a two-element tuple or :pop, got: " <> inspect(other)
    end
  end

  # a map that is not one fails in map_size/1 (BadMapError), as 1.14's merge/3 compares sizes first
  def merge(map1, map2, fun) when is_function(fun, 3) do
    {small, big, swapped} =
      if map_size(map1) <= map_size(map2), do: {map1, map2, false}, else: {map2, map1, true}

    Enum.reduce(:beamlet.map_iteration_list(small), big, fn {key, v_small}, acc ->
      case acc do
        %{^key => v_big} ->
          value = if swapped, do: fun.(key, v_big, v_small), else: fun.(key, v_small, v_big)
          %{acc | key => value}

        _ ->
          :maps.put(key, v_small, acc)
      end
    end)
  end

  def filter(map, fun) when is_map(map) and is_function(fun, 1) do
    :maps.from_list(filter_pairs(:beamlet.map_iteration_list(map), fun, true, []))
  end

  def reject(map, fun) when is_map(map) and is_function(fun, 1) do
    :maps.from_list(filter_pairs(:beamlet.map_iteration_list(map), fun, false, []))
  end

  defp filter_pairs([], _fun, _keep, acc), do: acc

  defp filter_pairs([pair | t], fun, keep, acc) do
    if (fun.(pair) && true) == keep, do: filter_pairs(t, fun, keep, [pair | acc]), else: filter_pairs(t, fun, keep, acc)
  end

  def map(map, fun) when is_map(map) do
    :maps.from_list(for {k, _} = pair <- :beamlet.map_iteration_list(map), do: {k, fun.(pair)})
  end

  def from_keys(keys, value) when is_list(keys), do: :maps.from_list(from_keys_loop(keys, value, []))

  defp from_keys_loop([], _value, acc), do: acc
  defp from_keys_loop([k | t], value, acc), do: from_keys_loop(t, value, [{k, value} | acc])

  # deprecated in Elixir 1.14
  @doc false
  def size(map), do: map_size(map)

  # Map.from_struct/1 of a struct module (a BIF otherwise): its struct's fields
  @doc false
  def __from_struct_module__(module), do: :maps.remove(:__struct__, module.__struct__())
  @doc false
  def map(map, fun) when is_map(map), do: :maps.map(fn k, v -> fun.({k, v}) end, map)

end
