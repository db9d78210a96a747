defmodule MapSet do
  @moduledoc "Functions that work on sets. Same representation as Elixir's: %MapSet{map: %{elem => []}, version: 2}."

  defstruct map: %{}, version: 2

  def new(), do: %MapSet{}

  def new(%MapSet{} = map_set), do: map_set
  # (:maps.from_keys/2 as Elixir's: of equal keys, 0.0 and -0.0 on OTP 25, the last stays)
  def new(enumerable), do: %MapSet{map: :maps.from_keys(__at_line__(94, Enum.to_list(enumerable)), [])}

  def new(enumerable, transform) when is_function(transform, 1) do
    %MapSet{map: :maps.from_keys(__at_line__(109, Enum.map(enumerable, transform)), [])}
  end

  def put(%MapSet{map: map} = set, value), do: %{set | map: :maps.put(value, [], map)}
  def delete(%MapSet{map: map} = set, value), do: %{set | map: :maps.remove(value, map)}
  def member?(%MapSet{map: map}, value), do: :maps.is_key(value, map)
  def size(%MapSet{map: map}), do: map_size(map)
  def to_list(%MapSet{map: map}), do: :maps.keys(map)

  def union(%MapSet{map: map1}, %MapSet{map: map2}), do: %MapSet{map: :maps.merge(map1, map2)}

  def intersection(%MapSet{map: map1}, %MapSet{map: map2}) do
    {small, big} = if map_size(map1) <= map_size(map2), do: {map1, map2}, else: {map2, map1}
    %MapSet{map: :maps.with(filter_keys(:maps.keys(small), big, true, []), small)}
  end

  def difference(%MapSet{map: map1}, %MapSet{map: map2}) do
    %MapSet{map: :maps.without(:maps.keys(map2), map1)}
  end

  def symmetric_difference(%MapSet{map: map1}, %MapSet{map: map2}) do
    only1 = :maps.without(:maps.keys(map2), map1)
    only2 = :maps.without(:maps.keys(map1), map2)
    %MapSet{map: :maps.merge(only1, only2)}
  end

  defp filter_keys([], _map, _keep, acc), do: acc

  defp filter_keys([k | t], map, keep, acc) do
    if :maps.is_key(k, map) == keep, do: filter_keys(t, map, keep, [k | acc]), else: filter_keys(t, map, keep, acc)
  end

  def subset?(%MapSet{map: map1}, %MapSet{map: map2}) do
    map_size(map1) <= map_size(map2) and filter_keys(:maps.keys(map1), map2, false, []) == []
  end

  def disjoint?(%MapSet{map: map1}, %MapSet{map: map2}) do
    {small, big} = if map_size(map1) <= map_size(map2), do: {map1, map2}, else: {map2, map1}
    filter_keys(:maps.keys(small), big, true, []) == []
  end

  def equal?(%MapSet{map: map1}, %MapSet{map: map2}), do: map1 === map2

  # as Elixir 1.14's: any fun (the guard), its result truthy or not, the keys walked by a
  # body-recursive helper whose frames and lines a failing fun shows
  @beamlet_def_line 424
  def filter(%MapSet{map: map} = set, fun) when is_function(fun) do
    keys = __at_line__(427, filter_keys(:maps.keys(map), fun))
    %{set | map: :maps.from_keys(keys, [])}
  end

  @beamlet_def_line 433
  defp filter_keys([k | t], fun) do
    if __at_line__(434, fun.(k)), do: __at_line__(435, [k | filter_keys(t, fun)]), else: filter_keys(t, fun)
  end

  defp filter_keys([], _fun), do: []

  @beamlet_def_line 458
  def reject(%MapSet{map: map} = set, fun) when is_function(fun) do
    keys = __at_line__(461, reject_keys(:maps.keys(map), fun))
    %{set | map: :maps.from_keys(keys, [])}
  end

  @beamlet_def_line 467
  defp reject_keys([k | t], fun) do
    if __at_line__(468, fun.(k)), do: reject_keys(t, fun), else: __at_line__(471, [k | reject_keys(t, fun)])
  end

  defp reject_keys([], _fun), do: []
end

defimpl Enumerable, for: MapSet do
  def count(%MapSet{map: map}), do: {:ok, map_size(map)}
  def member?(%MapSet{map: map}, value), do: {:ok, :maps.is_key(value, map)}
  def slice(%MapSet{map: map}), do: {:ok, map_size(map), fn set -> MapSet.to_list(set) end}
  def reduce(%MapSet{map: map}, acc, fun), do: Enumerable.reduce(:maps.keys(map), acc, fun)

end

defimpl Collectable, for: MapSet do
  # as Elixir 1.14's: the new elements gathered in a list, put in the set at the end (the fn's
  # line is Elixir's, which its function_clause frame shows)
  def into(%MapSet{map: map} = set) do
    fun =
      __at_line__(496, fn
        list, {:cont, x} -> [x | list]
        list, :done -> %{set | map: Map.merge(map, :maps.from_keys(list, []))}
        _, :halt -> :ok
      end)

    {[], fun}
  end
end

defimpl Inspect, for: MapSet do
  @beamlet_def_line 509
  def inspect(set, opts) do
    Inspect.Algebra.concat(["MapSet.new(", Inspect.Algebra.to_doc(__at_line__(511, MapSet.to_list(set)), opts), ")"])
  end
end
