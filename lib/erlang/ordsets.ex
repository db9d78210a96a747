# Erlang's :ordsets and :orddict: ordered lists without duplicates (sets) and sorted {key, value}
# lists (dicts); the representation is OTP's, so they print and compare alike.
defmodule :ordsets do
  def new, do: []
  def is_set(set) when is_list(set), do: set == :lists.usort(set)
  def is_set(_), do: false
  def size(set), do: length(set)
  def is_empty(set), do: set == []
  def to_list(set), do: set
  def from_list(list), do: :lists.usort(list)
  def is_element(e, set), do: Enum.any?(set, &(&1 == e))
  def add_element(e, set), do: :lists.umerge([e], set)
  def del_element(e, set), do: Enum.reject(set, &(&1 == e))
  def union(s1, s2), do: :lists.umerge(s1, s2)
  def union(sets), do: Enum.reduce(sets, [], &union(&2, &1))
  def intersection(s1, s2), do: Enum.filter(s1, &is_element(&1, s2))
  def intersection([s | sets]), do: Enum.reduce(sets, s, &intersection(&2, &1))
  def is_disjoint(s1, s2), do: intersection(s1, s2) == []
  def subtract(s1, s2), do: Enum.reject(s1, &is_element(&1, s2))
  def is_subset(s1, s2), do: Enum.all?(s1, &is_element(&1, s2))
  def fold(fun, acc, set), do: :lists.foldl(fun, acc, set)
  def filter(pred, set), do: :lists.filter(pred, set)
  def map(fun, set), do: :lists.usort(:lists.map(fun, set))
  def filtermap(fun, set), do: :lists.usort(:lists.filtermap(fun, set))
end

defmodule :orddict do
  def new, do: []
  def from_list(pairs), do: Enum.reduce(pairs, [], fn {k, v}, acc -> store(k, v, acc) end)
  def to_list(dict), do: dict
  def size(dict), do: length(dict)
  def is_empty(dict), do: dict == []
  def is_key(key, dict), do: List.keymember?(dict, key, 0) and Enum.any?(dict, fn {k, _} -> k == key end)
  def fetch_keys(dict), do: for({k, _} <- dict, do: k)

  def find(key, dict) do
    case Enum.find(dict, fn {k, _} -> k == key end) do
      {_, v} -> {:ok, v}
      nil -> :error
    end
  end

  def fetch(key, dict) do
    case find(key, dict) do
      {:ok, v} -> v
      :error -> :erlang.error(:function_clause)
    end
  end

  def store(key, value, [{k, _} = e | rest]) when key > k, do: [e | store(key, value, rest)]
  def store(key, value, [{k, _} | rest]) when key == k, do: [{key, value} | rest]
  def store(key, value, dict) when is_list(dict), do: [{key, value} | dict]

  def append(key, value, dict), do: append_list(key, [value], dict)

  def append_list(key, values, [{k, _} = e | rest]) when key > k, do: [e | append_list(key, values, rest)]
  def append_list(key, values, [{k, old} | rest]) when key == k, do: [{k, old ++ values} | rest]
  def append_list(key, values, dict) when is_list(dict), do: [{key, values} | dict]

  def erase(key, dict), do: Enum.reject(dict, fn {k, _} -> k == key end)

  def update(key, fun, [{k, _} = e | rest]) when key > k, do: [e | update(key, fun, rest)]
  def update(key, fun, [{k, v} | rest]) when key == k, do: [{k, fun.(v)} | rest]

  def update(key, fun, init, [{k, _} = e | rest]) when key > k, do: [e | update(key, fun, init, rest)]
  def update(key, fun, _init, [{k, v} | rest]) when key == k, do: [{k, fun.(v)} | rest]
  def update(key, _fun, init, dict) when is_list(dict), do: [{key, init} | dict]

  def update_counter(key, incr, dict), do: update(key, &(&1 + incr), incr, dict)

  def take(key, dict) do
    case find(key, dict) do
      {:ok, v} -> {v, erase(key, dict)}
      :error -> :error
    end
  end

  def fold(fun, acc, dict), do: :lists.foldl(fn {k, v}, a -> fun.(k, v, a) end, acc, dict)
  def map(fun, dict), do: for({k, v} <- dict, do: {k, fun.(k, v)})
  def filter(pred, dict), do: for({k, v} <- dict, pred.(k, v), do: {k, v})

  def merge(fun, d1, d2) do
    Enum.reduce(d2, d1, fn {k, v2}, acc ->
      case find(k, acc) do
        {:ok, v1} -> store(k, fun.(k, v1, v2), acc)
        :error -> store(k, v2, acc)
      end
    end)
  end
end
