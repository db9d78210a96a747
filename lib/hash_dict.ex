defmodule HashDict do
  @moduledoc """
  Elixir 1.14's deprecated key-value store (every function warns at the call site; the table is
  compiler/deprecations.ts). The representation is Elixir's, so the order of to_list/1, reduce and
  inspect is too: a trie of 8-slot tuples indexed by successive 3-bit slices of :erlang.phash2/1.
  A slot holds [] (empty), [key | value] (a leaf), or {key, value, child} (a key with a subtrie of
  later keys that collided on this slot). Reduction walks slots 8..1, a key before its subtrie.
  """

  import Bitwise

  @empty_node {[], [], [], [], [], [], [], []}

  defstruct size: 0, root: @empty_node

  def new, do: %HashDict{}

  def put(%HashDict{root: root, size: size}, key, value) do
    {root, added} = put_in_node(root, key, value, :erlang.phash2(key))
    %HashDict{root: root, size: size + added}
  end

  def update!(%HashDict{root: root, size: size} = dict, key, fun) when is_function(fun, 1) do
    missing = fn -> raise KeyError, key: key, term: dict end
    {root, added} = update_in_node(root, key, missing, fun, :erlang.phash2(key))
    %HashDict{root: root, size: size + added}
  end

  def update(%HashDict{root: root, size: size}, key, initial, fun) when is_function(fun, 1) do
    {root, added} = update_in_node(root, key, fn -> initial end, fun, :erlang.phash2(key))
    %HashDict{root: root, size: size + added}
  end

  def fetch(%HashDict{root: root}, key), do: fetch_in_node(root, key, :erlang.phash2(key))

  def fetch!(dict, key) do
    case fetch(dict, key) do
      {:ok, value} -> value
      :error -> raise KeyError, key: key, term: dict
    end
  end

  def get(dict, key, default \\ nil) do
    case fetch(dict, key) do
      {:ok, value} -> value
      :error -> default
    end
  end

  def get_lazy(dict, key, fun) when is_function(fun, 0) do
    case fetch(dict, key) do
      {:ok, value} -> value
      :error -> fun.()
    end
  end

  def get_and_update(dict, key, fun) do
    {got, new_value} = fun.(get(dict, key))
    {got, put(dict, key, new_value)}
  end

  def has_key?(dict, key), do: match?({:ok, _}, fetch(dict, key))

  def put_new(dict, key, value) do
    if has_key?(dict, key), do: dict, else: put(dict, key, value)
  end

  def put_new_lazy(dict, key, fun) when is_function(fun, 0) do
    if has_key?(dict, key), do: dict, else: put(dict, key, fun.())
  end

  def delete(dict, key) do
    case dict_delete(dict, key) do
      {dict, _value} -> dict
      :error -> dict
    end
  end

  def pop(dict, key, default \\ nil) do
    case dict_delete(dict, key) do
      {dict, value} -> {value, dict}
      :error -> {default, dict}
    end
  end

  def pop_lazy(dict, key, fun) when is_function(fun, 0) do
    case fetch(dict, key) do
      {:ok, value} -> {value, delete(dict, key)}
      :error -> {fun.(), dict}
    end
  end

  def size(%HashDict{size: size}), do: size

  def drop(dict, keys), do: Enum.reduce(keys, dict, &delete(&2, &1))

  def take(dict, keys) do
    Enum.reduce(keys, new(), fn key, acc ->
      case fetch(dict, key) do
        {:ok, value} -> put(acc, key, value)
        :error -> acc
      end
    end)
  end

  def split(dict, keys) do
    Enum.reduce(keys, {new(), dict}, fn key, {taken, rest} = acc ->
      case fetch(rest, key) do
        {:ok, value} -> {put(taken, key, value), delete(rest, key)}
        :error -> acc
      end
    end)
  end

  def to_list(dict), do: collect(dict, & &1)
  def keys(dict), do: collect(dict, &elem(&1, 0))
  def values(dict), do: collect(dict, &elem(&1, 1))

  defp collect(dict, pick) do
    {:done, acc} = reduce(dict, {:cont, []}, fn kv, acc -> {:cont, [pick.(kv) | acc]} end)
    :lists.reverse(acc)
  end

  def equal?(dict1, dict2) do
    if size(dict1) == size(dict2) do
      reduce(dict1, {:cont, true}, fn {k, v}, _ ->
        case fetch(dict2, k) do
          {:ok, ^v} -> {:cont, true}
          _ -> {:halt, false}
        end
      end)
      |> elem(1)
    else
      false
    end
  end

  # the smaller dict is folded into the larger one; `fun` always gets (key, value1, value2)
  def merge(dict1, dict2, fun \\ fn _k, _v1, v2 -> v2 end) do
    if size(dict1) < size(dict2) do
      reduce(dict1, {:cont, dict2}, fn {k, v1}, acc -> {:cont, update(acc, k, v1, &fun.(k, v1, &1))} end)
    else
      reduce(dict2, {:cont, dict1}, fn {k, v2}, acc -> {:cont, update(acc, k, v2, &fun.(k, &1, v2))} end)
    end
    |> elem(1)
  end

  @doc false
  def reduce(%HashDict{root: root}, acc, fun) do
    reduce_node(root, acc, fun, 8, fn
      {:suspend, acc} -> {:suspended, acc, &{:done, elem(&1, 1)}}
      {:halt, acc} -> {:halted, acc}
      {:cont, acc} -> {:done, acc}
    end)
  end

  @doc false
  def dict_delete(%HashDict{root: root, size: size}, key) do
    case delete_in_node(root, key, :erlang.phash2(key)) do
      {root, value} -> {%HashDict{root: root, size: size - 1}, value}
      :error -> :error
    end
  end

  ## the trie

  defp slot(hash), do: (hash &&& 7) + 1
  defp next(hash), do: hash >>> 3

  defp fetch_in_node(node, key, hash) do
    case :erlang.element(slot(hash), node) do
      [^key | value] -> {:ok, value}
      {^key, value, _} -> {:ok, value}
      {_, _, child} -> fetch_in_node(child, key, next(hash))
      _ -> :error
    end
  end

  defp put_in_node(node, key, value, hash) do
    i = slot(hash)

    case :erlang.element(i, node) do
      [] ->
        {:erlang.setelement(i, node, [key | value]), 1}

      [^key | _] ->
        {:erlang.setelement(i, node, [key | value]), 0}

      [k | v] ->
        child = :erlang.setelement(slot(next(hash)), @empty_node, [key | value])
        {:erlang.setelement(i, node, {k, v, child}), 1}

      {^key, _, child} ->
        {:erlang.setelement(i, node, {key, value, child}), 0}

      {k, v, child} ->
        {child, added} = put_in_node(child, key, value, next(hash))
        {:erlang.setelement(i, node, {k, v, child}), added}
    end
  end

  defp update_in_node(node, key, initial, fun, hash) do
    i = slot(hash)

    case :erlang.element(i, node) do
      [] ->
        {:erlang.setelement(i, node, [key | initial.()]), 1}

      [^key | value] ->
        {:erlang.setelement(i, node, [key | fun.(value)]), 0}

      [k | v] ->
        child = :erlang.setelement(slot(next(hash)), @empty_node, [key | initial.()])
        {:erlang.setelement(i, node, {k, v, child}), 1}

      {^key, value, child} ->
        {:erlang.setelement(i, node, {key, fun.(value), child}), 0}

      {k, v, child} ->
        {child, added} = update_in_node(child, key, initial, fun, next(hash))
        {:erlang.setelement(i, node, {k, v, child}), added}
    end
  end

  defp delete_in_node(node, key, hash) do
    i = slot(hash)

    case :erlang.element(i, node) do
      [] ->
        :error

      [^key | value] ->
        {:erlang.setelement(i, node, []), value}

      [_ | _] ->
        :error

      {^key, value, child} ->
        {:erlang.setelement(i, node, lift(child)), value}

      {k, v, child} ->
        case delete_in_node(child, key, next(hash)) do
          {@empty_node, value} -> {:erlang.setelement(i, node, [k | v]), value}
          {child, value} -> {:erlang.setelement(i, node, {k, v, child}), value}
          :error -> :error
        end
    end
  end

  # a deleted key's place goes to the first occupied slot of its subtrie (lowest slot first)
  defp lift(node), do: lift(node, 1)

  defp lift(node, i) do
    case :erlang.element(i, node) do
      [] ->
        lift(node, i + 1)

      [k | v] ->
        case :erlang.setelement(i, node, []) do
          @empty_node -> [k | v]
          rest -> {k, v, rest}
        end

      {k, v, child} ->
        {k, v, :erlang.setelement(i, node, lift(child))}
    end
  end

  defp reduce_slot(_entry, {:halt, acc}, _fun, _next), do: {:halted, acc}

  defp reduce_slot(entry, {:suspend, acc}, fun, next) do
    {:suspended, acc, &reduce_slot(entry, &1, fun, next)}
  end

  defp reduce_slot([], acc, _fun, next), do: next.(acc)
  defp reduce_slot([k | v], {:cont, acc}, fun, next), do: next.(fun.({k, v}, acc))

  defp reduce_slot({k, v, child}, {:cont, acc}, fun, next) do
    reduce_node(child, fun.({k, v}, acc), fun, 8, next)
  end

  defp reduce_node(_node, acc, _fun, 0, next), do: next.(acc)

  defp reduce_node(node, acc, fun, i, next) do
    reduce_slot(:erlang.element(i, node), acc, fun, &reduce_node(node, &1, fun, i - 1, next))
  end
end

defimpl Enumerable, for: HashDict do
  def reduce(dict, acc, fun), do: HashDict.reduce(dict, acc, fun)
  def member?(dict, {k, v}), do: {:ok, match?({:ok, ^v}, HashDict.fetch(dict, k))}
  def member?(_dict, _), do: {:ok, false}
  def count(dict), do: {:ok, HashDict.size(dict)}
  def slice(_dict), do: {:error, __MODULE__}
end

defimpl Collectable, for: HashDict do
  def into(original) do
    {original,
     fn
       dict, {:cont, {k, v}} -> HashDict.put(dict, k, v)
       dict, :done -> dict
       _, :halt -> :ok
     end}
  end
end

defimpl Inspect, for: HashDict do
  def inspect(dict, opts) do
    Inspect.Algebra.concat(["#HashDict<", Inspect.List.inspect(HashDict.to_list(dict), opts), ">"])
  end
end
