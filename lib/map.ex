defmodule Map do
  @moduledoc """
  Functions for maps, the key-value store of Elixir: any term can be a key, each key appears once,
  and lookups, updates and deletions are fast whatever the size.

      iex> map = %{name: "Ann", age: 30}
      iex> Map.get(map, :age)
      30
      iex> Map.put(map, :age, 31)
      %{age: 31, name: "Ann"}

  Most functions return a new map: maps are immutable.
  """
  # The fun-taking half of Map; the first-order functions (get, put, fetch ...) are BIFs.

  @doc """
  A map made by `transform`, which turns each element of `enumerable` into a `{key, value}` pair.

  ## Examples

      iex> Map.new([1, 2], fn x -> {x, x * x} end)
      %{1 => 1, 2 => 4}
  """
  @spec new(Enumerable.t(), (term() -> {key(), value()})) :: map()
  def new(%{__struct__: _} = enumerable, transform), do: new_from_enum(enumerable, transform)
  def new(%{} = map, transform), do: new_from_map(map, transform)
  def new(enumerable, transform), do: new_from_enum(enumerable, transform)

  # Elixir 1.14's helpers, whose clauses check the transform (a failure is named after them):
  # the pairs made by Enum.map/2 (its frames), or by do_map/2 over a map's list, body-recursive
  @beamlet_frame_line 252
  # (the pairs in the order the BEAM's fold visits them, which big maps' to_list order is not)
  defp new_from_map(map, transform) when is_function(transform, 1), do: :maps.from_list(do_map(:beamlet.map_iteration_list(map), transform))

  @beamlet_def_line 261
  defp new_from_enum(enumerable, transform) when is_function(transform, 1) do
    list = __at_line__(263, Enum.map(enumerable, transform))
    __at_line__(264, :maps.from_list(list))
  end

  @beamlet_frame_line 258
  defp do_map([], _fun), do: []
  @beamlet_frame_line 258
  defp do_map([{key, value} | rest], fun), do: [fun.({key, value}) | do_map(rest, fun)]

  @doc """
  Applies `fun` to the value of `key`; when the key is absent, `default` is put as its value
  (without calling `fun`).

  ## Examples

      iex> Map.update(%{a: 1}, :a, 0, fn v -> v + 1 end)
      %{a: 2}
      iex> Map.update(%{a: 1}, :b, 0, fn v -> v + 1 end)
      %{a: 1, b: 0}
  """
  @spec update(map(), key(), default :: value(), (existing_value :: value() -> new_value :: value())) :: map()
  # These fail on a non-map as Elixir's do: a guard on the fun only, then {:badmap, map} (with the
  # arguments where Elixir passes them), :erlang.map_get/2 (Elixir inlines fetch!/2) or :maps.take/2.
  def update(map, key, default, fun) when is_function(fun, 1) do
    case map do
      %{^key => value} -> %{map | key => fun.(value)}
      %{} -> :maps.put(key, default, map)
      other -> :beamlet.error_at(693, {:badmap, other}, [map, key, default, fun])
    end
  end

  @doc """
  Applies `fun` to the value of `key`; raises `KeyError` when the key is absent.

  ## Examples

      iex> Map.update!(%{a: 1}, :a, &(&1 * 10))
      %{a: 10}
  """
  @spec update!(map(), key(), (existing_value :: value() -> new_value :: value())) :: map()
  def update!(map, key, fun) when is_function(fun, 1) do
    value = __at_line__(319, :erlang.map_get(key, map))
    %{map | key => __at_line__(883, fun.(value))}
  end

  @doc """
  Like `get/3`, but the default comes from calling `fun` only when the key is absent.

  ## Examples

      iex> Map.get_lazy(%{a: 1}, :b, fn -> 40 + 2 end)
      42
  """
  @spec get_lazy(map(), key(), (() -> value())) :: value()
  def get_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => value} -> value
      %{} -> fun.()
      other -> :beamlet.error_at(570, {:badmap, other}, [map, key, fun])
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
      :error -> __at_line__(743, raise(KeyError, key: key, term: map))
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
    # (a map that is none fails in get/3 under get_and_update/3's frame at Elixir's line, 525)
    current = __at_line__(525, Map.get(map, key))

    # (the fun's caller at Elixir's line of it in lib/map.ex)
    case __at_line__(924, fun.(current)) do
      {get, update} ->
        {get, :maps.put(key, update, map)}

      :pop ->
        {current, :maps.remove(key, map)}

      other ->
        __at_line__(932, raise("the given function must return a two-element tuple or :pop, got: " <> inspect(other)))
    end
  end

  def get_and_update!(map, key, fun) when is_function(fun, 1) do
    value = __at_line__(319, :erlang.map_get(key, map))

    case __at_line__(966, fun.(value)) do
      {get, update} ->
        {get, %{map | key => update}}

      :pop ->
        {value, :maps.remove(key, map)}

      other ->
        __at_line__(974, raise("the given function must return a two-element tuple or :pop, got: " <> inspect(other)))
    end
  end

  @doc """
  Merges two maps; for a key present in both, the value is `fun.(key, value1, value2)`.

  ## Examples

      iex> Map.merge(%{a: 1, b: 2}, %{b: 3}, fn _k, v1, v2 -> v1 + v2 end)
      %{a: 1, b: 5}
  """
  @spec merge(map(), map(), (key(), value(), value() -> value())) :: map()
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

  @doc """
  The entries for which `fun`, given a `{key, value}` tuple, returns a truthy value.

  ## Examples

      iex> Map.filter(%{a: 1, b: 2, c: 3}, fn {_k, v} -> v > 1 end)
      %{b: 2, c: 3}
  """
  @doc since: "1.13.0"
  @spec filter(map(), ({key(), value()} -> as_boolean(term()))) :: map()
  @beamlet_def_line 1068
  def filter(map, fun) when is_map(map) and is_function(fun, 1) do
    :maps.from_list(__at_line__(1071, do_filter(:beamlet.map_iteration_list(map), fun)))
  end

  @doc """
  The entries for which `fun`, given a `{key, value}` tuple, returns a falsy value.

  ## Examples

      iex> Map.reject(%{a: 1, b: 2}, fn {_k, v} -> v > 1 end)
      %{a: 1}
  """
  @doc since: "1.13.0"
  @spec reject(map(), ({key(), value()} -> as_boolean(term()))) :: map()
  @beamlet_def_line 1098
  def reject(map, fun) when is_map(map) and is_function(fun, 1) do
    :maps.from_list(__at_line__(1101, do_reject(:beamlet.map_iteration_list(map), fun)))
  end

  # body-recursive over the pairs in :maps.next order, as Elixir 1.14's (a kept pair's frame stays
  # under the rest)
  defp do_filter([], _fun), do: []

  defp do_filter([pair | rest], fun) do
    if __at_line__(1077, fun.(pair)), do: [pair | __at_line__(1078, do_filter(rest, fun))], else: do_filter(rest, fun)
  end

  defp do_reject([], _fun), do: []

  defp do_reject([pair | rest], fun) do
    if __at_line__(1107, fun.(pair)), do: do_reject(rest, fun), else: [pair | __at_line__(1110, do_reject(rest, fun))]
  end

  def map(map, fun) when is_map(map) do
    :maps.from_list(for {k, _} = pair <- :beamlet.map_iteration_list(map), do: {k, fun.(pair)})
  end

  def from_keys(keys, value), do: :maps.from_keys(keys, value)

  # deprecated in Elixir 1.14
  @doc false
  def size(map), do: map_size(map)

  # Map.from_struct/1 of a struct module (a BIF otherwise): its struct's fields
  @doc false
  def __from_struct_module__(module), do: :maps.remove(:__struct__, module.__struct__())
  # Map.new/1 of an enumerable that is no list or plain map (a BIF otherwise): as Elixir's
  # new_from_enum/1, whose :maps.from_list/1 refuses an element that is no pair
  @doc false
  @beamlet_shown_as {:new_from_enum, 1}
  @beamlet_frame_line 229
  def __new_from_enum__(enumerable), do: :maps.from_list(__at_line__(228, Enum.to_list(enumerable)))

  # Map.take/drop/split/2 given keys that are no list (BIFs otherwise): deprecated, read through
  # Enumerable, so a term that is not enumerable fails with Protocol.UndefinedError
  # (each at Elixir's lines of its warning and of its Enum.to_list/1 call, its frames named after
  # the function it stands for)
  @doc false
  @beamlet_shown_as {:take, 2}
  def __take_enum__(map, keys) do
    __at_line__(478, IO.warn("Map.take/2 with an Enumerable of keys that is not a list is deprecated.  Use a list of keys instead."))
    Map.take(map, __at_line__(483, Enum.to_list(keys)))
  end

  @doc false
  @beamlet_shown_as {:drop, 2}
  def __drop_enum__(map, keys) do
    __at_line__(798, IO.warn("Map.drop/2 with an Enumerable of keys that is not a list is deprecated.  Use a list of keys instead."))
    Map.drop(map, __at_line__(803, Enum.to_list(keys)))
  end

  @doc false
  @beamlet_shown_as {:split, 2}
  def __split_enum__(map, keys) do
    __at_line__(838, IO.warn("Map.split/2 with an Enumerable of keys that is not a list is deprecated.  Use a list of keys instead."))
    Map.split(map, __at_line__(843, Enum.to_list(keys)))
  end

  @doc false
  def map(map, fun) when is_map(map), do: :maps.map(fn k, v -> fun.({k, v}) end, map)


  # The functions the VM implements natively (vm/bifs/): only their docs are written here,
  # a bodiless head each (its defaults give no clause the VM's own function does not shadow)

  @doc """
  The map without `key` (the same map when the key is absent).

  ## Examples

      iex> Map.delete(%{a: 1, b: 2}, :a)
      %{b: 2}
  """
  @spec delete(map(), key()) :: map()
  def delete(map, key)

  @doc """
  The map without any of the given `keys`.

  ## Examples

      iex> Map.drop(%{a: 1, b: 2, c: 3}, [:a, :c])
      %{b: 2}
  """
  @spec drop(map(), [key()]) :: map()
  def drop(map, keys)

  @doc """
  `{:ok, value}` for `key`, or `:error` when the map has no such key.

  ## Examples

      iex> Map.fetch(%{a: 1}, :a)
      {:ok, 1}
      iex> Map.fetch(%{a: 1}, :b)
      :error
  """
  @spec fetch(map(), key()) :: {:ok, value()} | :error
  def fetch(map, key)

  @doc """
  The value for `key`; raises `KeyError` when the key is absent.

  ## Examples

      iex> Map.fetch!(%{a: 1}, :a)
      1
  """
  @spec fetch!(map(), key()) :: value()
  def fetch!(map, key)

  @doc """
  The struct's fields as a plain map, without the `:__struct__` key. Also takes a module name and
  uses its default struct.
  """
  @spec from_struct(atom() | struct()) :: map()
  def from_struct(struct)

  @doc """
  The value for `key`, or `default` (`nil` unless given) when the key is absent.

  ## Examples

      iex> Map.get(%{a: 1}, :a)
      1
      iex> Map.get(%{a: 1}, :b)
      nil
      iex> Map.get(%{a: 1}, :b, 0)
      0
  """
  @spec get(map(), key(), value()) :: value()
  def get(map, key, default \\ nil)

  @doc """
  True when `map` has `key`.

  ## Examples

      iex> Map.has_key?(%{a: 1}, :a)
      true
      iex> Map.has_key?(%{a: 1}, 1)
      false
  """
  @spec has_key?(map(), key()) :: boolean()
  def has_key?(map, key)

  @doc """
  The keys of `map`, in no particular order.

  ## Examples

      iex> Map.keys(%{a: 1, b: 2})
      [:a, :b]
  """
  @doc delegate_to: {:maps, :keys, 1}
  @spec keys(map()) :: [key()]
  def keys(map)

  @doc """
  One map with the entries of both; where a key is in both, `map2`'s value wins.

  ## Examples

      iex> Map.merge(%{a: 1, b: 2}, %{b: 3, c: 4})
      %{a: 1, b: 3, c: 4}
  """
  @doc delegate_to: {:maps, :merge, 2}
  @spec merge(map(), map()) :: map()
  def merge(map1, map2)

  @doc """
  An empty map.

  ## Examples

      iex> Map.new()
      %{}
  """
  @spec new() :: map()
  def new()

  @doc """
  A map made of an enumerable of `{key, value}` pairs; a later duplicate key wins.

  ## Examples

      iex> Map.new([{:a, 1}, {:b, 2}, {:a, 3}])
      %{a: 3, b: 2}
  """
  @spec new(Enumerable.t()) :: map()
  def new(enumerable)

  @doc """
  `{value, rest}`: the value for `key` (or `default`) and the map without that key.

  ## Examples

      iex> Map.pop(%{a: 1, b: 2}, :a)
      {1, %{b: 2}}
      iex> Map.pop(%{a: 1}, :z, :none)
      {:none, %{a: 1}}
  """
  @spec pop(map(), key(), default) :: {value(), updated_map :: map()} | {default, map()} when default: value()
  def pop(map, key, default \\ nil)

  @doc """
  The map with `key` set to `value`, replacing any previous value.

  ## Examples

      iex> Map.put(%{a: 1}, :b, 2)
      %{a: 1, b: 2}
      iex> Map.put(%{a: 1}, :a, 3)
      %{a: 3}
  """
  @spec put(map(), key(), value()) :: map()
  def put(map, key, value)

  @doc """
  Adds `key` with `value` only when the map does not have the key yet.

  ## Examples

      iex> Map.put_new(%{a: 1}, :a, 5)
      %{a: 1}
      iex> Map.put_new(%{a: 1}, :b, 5)
      %{a: 1, b: 5}
  """
  @spec put_new(map(), key(), value()) :: map()
  def put_new(map, key, value)

  @doc """
  Only the entries whose keys are in `keys` (keys the map lacks are ignored).

  ## Examples

      iex> Map.take(%{a: 1, b: 2, c: 3}, [:a, :c, :z])
      %{a: 1, c: 3}
  """
  @spec take(map(), [key()]) :: map()
  def take(map, keys)

  @doc """
  The entries of `map` as a list of `{key, value}` tuples.

  ## Examples

      iex> Map.to_list(%{a: 1, b: 2})
      [a: 1, b: 2]
  """
  @doc delegate_to: {:maps, :to_list, 1}
  @spec to_list(map()) :: [{term(), term()}]
  def to_list(map)

  @doc """
  The values of `map`, in the order of `keys/1`.

  ## Examples

      iex> Map.values(%{a: 1, b: 2})
      [1, 2]
  """
  @doc delegate_to: {:maps, :values, 1}
  @spec values(map()) :: [value()]
  def values(map)
end
