defmodule Dict do
  @moduledoc """
  Elixir 1.14's deprecated generic dictionary API: each call goes to the module of the dict's
  struct (HashDict ...), to Map for a map and to Keyword for a list; merging two different kinds
  folds the second into the first through Enumerable.
  """

  defp target(%module{}), do: module
  defp target(%{}), do: Map
  defp target(dict) when is_list(dict), do: Keyword
  defp target(dict), do: raise(ArgumentError, "unsupported dict: #{inspect(dict)}")

  def keys(dict), do: target(dict).keys(dict)
  def values(dict), do: target(dict).values(dict)
  def size(dict), do: target(dict).size(dict)
  def has_key?(dict, key), do: target(dict).has_key?(dict, key)
  def get(dict, key, default \\ nil), do: target(dict).get(dict, key, default)
  def get_lazy(dict, key, fun), do: target(dict).get_lazy(dict, key, fun)
  def get_and_update(dict, key, fun), do: target(dict).get_and_update(dict, key, fun)
  def fetch(dict, key), do: target(dict).fetch(dict, key)
  def fetch!(dict, key), do: target(dict).fetch!(dict, key)
  def put(dict, key, value), do: target(dict).put(dict, key, value)
  def put_new(dict, key, value), do: target(dict).put_new(dict, key, value)
  def put_new_lazy(dict, key, fun), do: target(dict).put_new_lazy(dict, key, fun)
  def delete(dict, key), do: target(dict).delete(dict, key)
  def pop(dict, key, default \\ nil), do: target(dict).pop(dict, key, default)
  def pop_lazy(dict, key, fun), do: target(dict).pop_lazy(dict, key, fun)
  def update!(dict, key, fun), do: target(dict).update!(dict, key, fun)
  def update(dict, key, initial, fun), do: target(dict).update(dict, key, initial, fun)
  def split(dict, keys), do: target(dict).split(dict, keys)
  def drop(dict, keys), do: target(dict).drop(dict, keys)
  def take(dict, keys), do: target(dict).take(dict, keys)
  def empty(dict), do: target(dict).empty(dict)
  def to_list(dict), do: target(dict).to_list(dict)

  def merge(dict1, dict2), do: merge(dict1, dict2, fn _k, _v1, v2 -> v2 end, false)
  def merge(dict1, dict2, fun), do: merge(dict1, dict2, fun, true)

  defp merge(dict1, dict2, fun, with_fun?) do
    {t1, t2} = {target(dict1), target(dict2)}

    cond do
      t1 != t2 ->
        Enumerable.reduce(dict2, {:cont, dict1}, fn {k, v}, acc ->
          {:cont, t1.update(acc, k, v, fn other -> fun.(k, other, v) end)}
        end)
        |> elem(1)

      with_fun? ->
        t1.merge(dict1, dict2, fun)

      true ->
        t1.merge(dict1, dict2)
    end
  end

  def equal?(dict1, dict2) do
    {t1, t2} = {target(dict1), target(dict2)}

    cond do
      t1 == t2 ->
        t1.equal?(dict1, dict2)

      t1.size(dict1) == t2.size(dict2) ->
        Enumerable.reduce(dict2, {:cont, true}, fn {k, v}, _acc ->
          case t1.fetch(dict1, k) do
            {:ok, ^v} -> {:cont, true}
            _ -> {:halt, false}
          end
        end)
        |> elem(1)

      true ->
        false
    end
  end
end
