# Erlang's :sets with the OTP 24+ version 2 representation (a map of element => []) for every set;
# OTP 25's default version 1 record prints differently and lists elements in hash order.
defmodule :sets do
  def new, do: %{}
  def new(_opts), do: %{}
  def from_list(list), do: Map.new(list, &{&1, []})
  def from_list(list, _opts), do: from_list(list)
  def to_list(set), do: :maps.keys(set)
  def is_set(set), do: is_map(set)
  def size(set), do: map_size(set)
  def is_empty(set), do: map_size(set) == 0
  def is_element(e, set), do: Map.has_key?(set, e)
  def add_element(e, set), do: Map.put(set, e, [])
  def del_element(e, set), do: Map.delete(set, e)
  def union(s1, s2), do: Map.merge(s1, s2)
  def union(sets), do: Enum.reduce(sets, %{}, &Map.merge(&2, &1))
  def intersection(s1, s2), do: Map.take(s1, :maps.keys(s2))
  def intersection([s | sets]), do: Enum.reduce(sets, s, &intersection(&2, &1))
  def is_disjoint(s1, s2), do: map_size(intersection(s1, s2)) == 0
  def subtract(s1, s2), do: Map.drop(s1, :maps.keys(s2))
  def is_subset(s1, s2), do: Enum.all?(:maps.keys(s1), &Map.has_key?(s2, &1))
  def fold(fun, acc, set), do: :lists.foldl(fun, acc, :maps.keys(set))
  def filter(pred, set), do: Map.filter(set, fn {k, _} -> pred.(k) end)
  def map(fun, set), do: from_list(Enum.map(:maps.keys(set), fun))
  def filtermap(fun, set), do: from_list(:lists.filtermap(fun, :maps.keys(set)))
end
