defmodule Set do
  @moduledoc """
  Elixir 1.14's deprecated generic set API: each call goes to the module of the set's struct
  (HashSet, MapSet, ...); sets of two different modules are combined through Enumerable, the
  result in the first set's module.
  """

  defp target(%module{}), do: module
  defp target(set), do: raise(ArgumentError, "unsupported set: #{inspect(set)}")

  def delete(set, value), do: target(set).delete(set, value)
  def empty(set), do: target(set).empty(set)
  def member?(set, value), do: target(set).member?(set, value)
  def put(set, value), do: target(set).put(set, value)
  def size(set), do: target(set).size(set)
  def to_list(set), do: target(set).to_list(set)

  def difference(set1, set2) do
    {t1, t2} = {target(set1), target(set2)}
    if t1 == t2, do: t1.difference(set1, set2), else: fold(set2, set1, &t1.delete(&2, &1))
  end

  def union(set1, set2) do
    {t1, t2} = {target(set1), target(set2)}
    if t1 == t2, do: t1.union(set1, set2), else: fold(set2, set1, &t1.put(&2, &1))
  end

  def intersection(set1, set2) do
    {t1, t2} = {target(set1), target(set2)}

    if t1 == t2 do
      t1.intersection(set1, set2)
    else
      fold(set1, t1.new(), fn v, acc -> if t2.member?(set2, v), do: t1.put(acc, v), else: acc end)
    end
  end

  def disjoint?(set1, set2) do
    {t1, t2} = {target(set1), target(set2)}
    if t1 == t2, do: t1.disjoint?(set1, set2), else: none_in?(set2, t1, set1)
  end

  def equal?(set1, set2) do
    {t1, t2} = {target(set1), target(set2)}

    cond do
      t1 == t2 -> t1.equal?(set1, set2)
      t1.size(set1) == t2.size(set2) -> all_in?(set1, t2, set2)
      true -> false
    end
  end

  def subset?(set1, set2) do
    {t1, t2} = {target(set1), target(set2)}
    if t1 == t2, do: t1.subset?(set1, set2), else: all_in?(set1, t2, set2)
  end

  defp fold(set, acc, fun) do
    Enumerable.reduce(set, {:cont, acc}, fn v, acc -> {:cont, fun.(v, acc)} end) |> elem(1)
  end

  defp all_in?(set, module, other) do
    Enumerable.reduce(set, {:cont, true}, fn v, acc ->
      if module.member?(other, v) == true, do: {:cont, acc}, else: {:halt, false}
    end)
    |> elem(1)
  end

  defp none_in?(set, module, other) do
    Enumerable.reduce(set, {:cont, true}, fn v, acc ->
      if module.member?(other, v) == false, do: {:cont, acc}, else: {:halt, false}
    end)
    |> elem(1)
  end
end
