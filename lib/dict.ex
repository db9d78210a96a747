defmodule Dict do
  @moduledoc """
  Elixir 1.14's deprecated generic dictionary API: each call goes to the module of the dict's
  struct (HashDict ...), to Map for a map and to Keyword for a list; merging two different kinds
  folds the second into the first through Enumerable.
  """

  # `use Dict` (deprecated, still working in 1.14): the generic functions of a dict module written
  # over the five it defines itself (new/0, fetch/2, put/3, delete/2, size/1) and reduce/3; each
  # may be overridden. They carry 1.14's deprecation message.
  @doc false
  defmacro __using__(_) do
    quote do
      message = "Use maps and the Map module instead"

      @deprecated message
      def get(dict, key, default \\ nil) do
        case fetch(dict, key) do
          {:ok, value} -> value
          :error -> default
        end
      end

      @deprecated message
      def get_lazy(dict, key, fun) when is_function(fun, 0) do
        case fetch(dict, key) do
          {:ok, value} -> value
          :error -> fun.()
        end
      end

      @deprecated message
      def get_and_update(dict, key, fun) do
        {got, new_value} = fun.(get(dict, key))
        {got, put(dict, key, new_value)}
      end

      @deprecated message
      def fetch!(dict, key) do
        case fetch(dict, key) do
          {:ok, value} -> value
          :error -> raise KeyError, key: key, term: dict
        end
      end

      @deprecated message
      def has_key?(dict, key), do: match?({:ok, _}, fetch(dict, key))

      @deprecated message
      def put_new(dict, key, value) do
        if has_key?(dict, key), do: dict, else: put(dict, key, value)
      end

      @deprecated message
      def put_new_lazy(dict, key, fun) when is_function(fun, 0) do
        if has_key?(dict, key), do: dict, else: put(dict, key, fun.())
      end

      @deprecated message
      def drop(dict, keys), do: Enum.reduce(keys, dict, &delete(&2, &1))

      @deprecated message
      def take(dict, keys) do
        Enum.reduce(keys, new(), fn key, acc ->
          case fetch(dict, key) do
            {:ok, value} -> put(acc, key, value)
            :error -> acc
          end
        end)
      end

      @deprecated message
      def to_list(dict) do
        reduce(dict, {:cont, []}, fn entry, acc -> {:cont, [entry | acc]} end) |> elem(1) |> Enum.reverse()
      end

      @deprecated message
      def keys(dict) do
        reduce(dict, {:cont, []}, fn {k, _}, acc -> {:cont, [k | acc]} end) |> elem(1) |> Enum.reverse()
      end

      @deprecated message
      def values(dict) do
        reduce(dict, {:cont, []}, fn {_, v}, acc -> {:cont, [v | acc]} end) |> elem(1) |> Enum.reverse()
      end

      @deprecated message
      def equal?(dict1, dict2) do
        size(dict1) == size(dict2) and
          reduce(dict1, {:cont, true}, fn {k, v}, _acc ->
            case fetch(dict2, k) do
              {:ok, ^v} -> {:cont, true}
              _ -> {:halt, false}
            end
          end)
          |> elem(1)
      end

      @deprecated message
      def merge(dict1, dict2, fun \\ fn _k, _v1, v2 -> v2 end) do
        # the smaller one is folded into the larger
        if size(dict1) < size(dict2) do
          reduce(dict1, {:cont, dict2}, fn {k, v1}, acc -> {:cont, update(acc, k, v1, &fun.(k, v1, &1))} end)
        else
          reduce(dict2, {:cont, dict1}, fn {k, v2}, acc -> {:cont, update(acc, k, v2, &fun.(k, &1, v2))} end)
        end
        |> elem(1)
      end

      @deprecated message
      def update(dict, key, initial, fun) do
        case fetch(dict, key) do
          {:ok, value} -> put(dict, key, fun.(value))
          :error -> put(dict, key, initial)
        end
      end

      @deprecated message
      def update!(dict, key, fun) do
        case fetch(dict, key) do
          {:ok, value} -> put(dict, key, fun.(value))
          :error -> raise KeyError, key: key, term: dict
        end
      end

      @deprecated message
      def pop(dict, key, default \\ nil) do
        case fetch(dict, key) do
          {:ok, value} -> {value, delete(dict, key)}
          :error -> {default, dict}
        end
      end

      @deprecated message
      def pop_lazy(dict, key, fun) when is_function(fun, 0) do
        case fetch(dict, key) do
          {:ok, value} -> {value, delete(dict, key)}
          :error -> {fun.(), dict}
        end
      end

      @deprecated message
      def split(dict, keys) do
        Enum.reduce(keys, {new(), dict}, fn key, {taken, rest} = acc ->
          case fetch(rest, key) do
            {:ok, value} -> {put(taken, key, value), delete(rest, key)}
            :error -> acc
          end
        end)
      end

      defoverridable merge: 2, merge: 3, equal?: 2, to_list: 1, keys: 1, values: 1, take: 2, drop: 2,
                     get: 2, get: 3, fetch!: 2, has_key?: 2, put_new: 3, pop: 2, pop: 3, split: 2,
                     update: 4, update!: 3, get_and_update: 3, get_lazy: 3, pop_lazy: 3, put_new_lazy: 3
    end
  end

  # the module a dict's calls go to, nil for an unsupported dict: that fails in unsupported_dict/1
  # (lib/dict.ex:441), called last wherever it stands, as Elixir's compiler calls a function that
  # never returns: no Dict function leaves a frame
  defp kind(%module{}), do: module
  defp kind(%{}), do: Map
  defp kind(dict) when is_list(dict), do: Keyword
  defp kind(_dict), do: nil

  defp dispatch(dict, fun, args) do
    case kind(dict) do
      nil -> unsupported_dict(dict)
      module -> apply(module, fun, args)
    end
  end

  @beamlet_frame_line 441
  defp unsupported_dict(dict), do: raise(ArgumentError, "unsupported dict: #{inspect(dict)}")

  def keys(dict), do: dispatch(dict, :keys, [dict])
  def values(dict), do: dispatch(dict, :values, [dict])
  def size(dict), do: dispatch(dict, :size, [dict])
  def has_key?(dict, key), do: dispatch(dict, :has_key?, [dict, key])
  def get(dict, key, default \\ nil), do: dispatch(dict, :get, [dict, key, default])
  def get_lazy(dict, key, fun), do: dispatch(dict, :get_lazy, [dict, key, fun])
  def get_and_update(dict, key, fun), do: dispatch(dict, :get_and_update, [dict, key, fun])
  def fetch(dict, key), do: dispatch(dict, :fetch, [dict, key])
  def fetch!(dict, key), do: dispatch(dict, :fetch!, [dict, key])
  def put(dict, key, value), do: dispatch(dict, :put, [dict, key, value])
  def put_new(dict, key, value), do: dispatch(dict, :put_new, [dict, key, value])
  def put_new_lazy(dict, key, fun), do: dispatch(dict, :put_new_lazy, [dict, key, fun])
  def delete(dict, key), do: dispatch(dict, :delete, [dict, key])
  def pop(dict, key, default \\ nil), do: dispatch(dict, :pop, [dict, key, default])
  def pop_lazy(dict, key, fun), do: dispatch(dict, :pop_lazy, [dict, key, fun])
  def update!(dict, key, fun), do: dispatch(dict, :update!, [dict, key, fun])
  def update(dict, key, initial, fun), do: dispatch(dict, :update, [dict, key, initial, fun])
  def split(dict, keys), do: dispatch(dict, :split, [dict, keys])
  def drop(dict, keys), do: dispatch(dict, :drop, [dict, keys])
  def take(dict, keys), do: dispatch(dict, :take, [dict, keys])
  def empty(dict), do: dispatch(dict, :empty, [dict])
  def to_list(dict), do: dispatch(dict, :to_list, [dict])

  def merge(dict1, dict2), do: merge(dict1, dict2, fn _k, _v1, v2 -> v2 end, false)
  def merge(dict1, dict2, fun), do: merge(dict1, dict2, fun, true)

  defp merge(dict1, dict2, fun, with_fun?) do
    case {kind(dict1), kind(dict2)} do
      {nil, _} -> unsupported_dict(dict1)
      {_, nil} -> unsupported_dict(dict2)
      {t1, t2} -> merge(t1, t2, dict1, dict2, fun, with_fun?)
    end
  end

  defp merge(t1, t2, dict1, dict2, fun, with_fun?) do
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
    case {kind(dict1), kind(dict2)} do
      {nil, _} -> unsupported_dict(dict1)
      {_, nil} -> unsupported_dict(dict2)
      {t1, t2} -> equal?(t1, t2, dict1, dict2)
    end
  end

  defp equal?(t1, t2, dict1, dict2) do
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
