defmodule Enum do
  @moduledoc """
  Functions for working with collections (enumerables). Lists take fast paths (plain tail
  recursion); anything else goes through the Enumerable protocol.
  """

  # ---------------------------------------------------------------- internals

  # reduce over any enumerable with a plain (elem, acc -> acc) function
  defp do_reduce(list, acc, fun) when is_list(list), do: reduce_list(list, acc, fun)

  # a plain map folds in maps:iterator order (as Elixir's Enum.reduce/3 does with :maps.fold),
  # where Enumerable.reduce lists it in maps:to_list order (what the halting functions see)
  defp do_reduce(%{} = map, acc, fun) when not is_map_key(map, :__struct__),
    do: reduce_list(:beamlet.map_iteration_list(map), acc, fun)

  defp do_reduce(enumerable, acc, fun), do: enumerable_reduce(enumerable, acc, fun)

  # through the protocol: a plain map in maps:to_list order (reduce/2, into/2,3 see this order)
  defp enumerable_reduce(list, acc, fun) when is_list(list), do: reduce_list(list, acc, fun)

  defp enumerable_reduce(enumerable, acc, fun) do
    {_, result} = Enumerable.reduce(enumerable, {:cont, acc}, fn x, a -> {:cont, fun.(x, a)} end)
    result
  end

  defp reduce_list([], acc, _fun), do: acc
  defp reduce_list([h | t], acc, fun), do: reduce_list(t, fun.(h, acc), fun)

  # the elements in the order reduce/3 visits them (for a plain map, not to_list's order)
  defp in_reduce_order(%{} = map) when not is_map_key(map, :__struct__), do: :beamlet.map_iteration_list(map)
  defp in_reduce_order(enumerable), do: to_list(enumerable)

  # reverse of the enumerable's elements (as a list)
  defp reverse_list(list) when is_list(list), do: :lists.reverse(list)
  defp reverse_list(enumerable), do: do_reduce(enumerable, [], fn x, acc -> [x | acc] end)

  # ---------------------------------------------------------------- a

  def all?(enumerable) when is_list(enumerable), do: all_list(enumerable)
  def all?(enumerable), do: all?(enumerable, fn x -> x end)

  def all?(enumerable, fun) when is_list(enumerable), do: all_list(enumerable, fun)

  def all?(enumerable, fun) do
    {_, result} =
      Enumerable.reduce(enumerable, {:cont, true}, fn x, _ ->
        if fun.(x), do: {:cont, true}, else: {:halt, false}
      end)

    result
  end

  defp all_list([]), do: true
  defp all_list([h | t]), do: if(h, do: all_list(t), else: false)
  defp all_list([], _fun), do: true
  defp all_list([h | t], fun), do: if(fun.(h), do: all_list(t, fun), else: false)

  def any?(enumerable) when is_list(enumerable), do: any_list(enumerable)
  def any?(enumerable), do: any?(enumerable, fn x -> x end)

  def any?(enumerable, fun) when is_list(enumerable), do: any_list(enumerable, fun)

  def any?(enumerable, fun) do
    {_, result} =
      Enumerable.reduce(enumerable, {:cont, false}, fn x, _ ->
        if fun.(x), do: {:halt, true}, else: {:cont, false}
      end)

    result
  end

  defp any_list([]), do: false
  defp any_list([h | t]), do: if(h, do: true, else: any_list(t))
  defp any_list([], _fun), do: false
  defp any_list([h | t], fun), do: if(fun.(h), do: true, else: any_list(t, fun))

  def at(enumerable, index, default \\ nil) when is_integer(index) do
    case fetch(enumerable, index) do
      {:ok, value} -> value
      :error -> default
    end
  end

  # ---------------------------------------------------------------- c

  def chunk_by(enumerable, fun) do
    chunk_while(
      enumerable,
      nil,
      fn
        x, nil ->
          {:cont, {fun.(x), [x]}}

        x, {key, acc} ->
          k = fun.(x)
          if k === key, do: {:cont, {key, [x | acc]}}, else: {:cont, :lists.reverse(acc), {k, [x]}}
      end,
      fn
        nil -> {:cont, nil}
        {_key, acc} -> {:cont, :lists.reverse(acc), nil}
      end
    )
  end

  def chunk_every(enumerable, count), do: chunk_every(enumerable, count, count, [])

  def chunk_every(enumerable, count, step, leftover \\ [])
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    chunk_while(
      enumerable,
      {[], 0, 0},
      fn x, {buf, n, skip} ->
        if skip > 0 do
          {:cont, {buf, n, skip - 1}}
        else
          buf = [x | buf]
          n = n + 1

          if n == count do
            chunk = :lists.reverse(buf)

            if step >= count do
              {:cont, chunk, {[], 0, step - count}}
            else
              kept = :lists.sublist(chunk, step + 1, count - step)
              {:cont, chunk, {:lists.reverse(kept), count - step, 0}}
            end
          else
            {:cont, {buf, n, skip}}
          end
        end
      end,
      fn {buf, n, _skip} ->
        cond do
          n == 0 -> {:cont, {[], 0, 0}}
          leftover == :discard -> {:cont, {[], 0, 0}}
          true -> {:cont, :lists.sublist(:lists.reverse(buf) ++ to_list(leftover), count), {[], 0, 0}}
        end
      end
    )
  end

  def chunk_while(enumerable, acc, chunk_fun, after_fun) do
    {_, {chunks, acc}} =
      Enumerable.reduce(enumerable, {:cont, {[], acc}}, fn x, {chunks, acc} ->
        case chunk_fun.(x, acc) do
          {:cont, chunk, acc} -> {:cont, {[chunk | chunks], acc}}
          {:cont, acc} -> {:cont, {chunks, acc}}
          {:halt, acc} -> {:halt, {chunks, acc}}
        end
      end)

    case after_fun.(acc) do
      {:cont, _acc} -> :lists.reverse(chunks)
      {:cont, chunk, _acc} -> :lists.reverse([chunk | chunks])
    end
  end

  def concat(enumerables) do
    enumerables |> reverse_list() |> reduce_list([], fn e, acc -> in_reduce_order(e) ++ acc end)
  end

  def concat(left, right) when is_list(left) and is_list(right), do: left ++ right
  def concat(left, right), do: in_reduce_order(left) ++ in_reduce_order(right)

  def count(list) when is_list(list), do: length(list)

  def count(enumerable) do
    case Enumerable.count(enumerable) do
      {:ok, n} when is_integer(n) -> n
      {:error, _module} -> do_reduce(enumerable, 0, fn _, acc -> acc + 1 end)
    end
  end

  def count(enumerable, fun) do
    do_reduce(enumerable, 0, fn x, acc -> if fun.(x), do: acc + 1, else: acc end)
  end

  def count_until(enumerable, limit) when is_integer(limit) and limit > 0 do
    count_until(enumerable, fn _ -> true end, limit)
  end

  def count_until(enumerable, fun, limit) when is_integer(limit) and limit > 0 do
    {_, n} =
      Enumerable.reduce(enumerable, {:cont, 0}, fn x, acc ->
        if fun.(x) do
          acc = acc + 1
          if acc >= limit, do: {:halt, acc}, else: {:cont, acc}
        else
          {:cont, acc}
        end
      end)

    n
  end

  # ---------------------------------------------------------------- d

  def dedup(enumerable), do: dedup_by(enumerable, fn x -> x end)

  def dedup_by(enumerable, fun) do
    {list, _} =
      do_reduce(enumerable, {[], :__enum_dedup_none__}, fn x, {acc, prev} ->
        key = fun.(x)

        case acc do
          [_ | _] when key === prev -> {acc, prev}
          _ -> {[x | acc], key}
        end
      end)

    :lists.reverse(list)
  end

  def drop(enumerable, amount) when is_integer(amount) and amount >= 0 do
    drop_list(in_reduce_order(enumerable), amount)
  end

  def drop(enumerable, amount) when is_integer(amount) do
    list = in_reduce_order(enumerable)
    keep = length(list) + amount
    if keep > 0, do: :lists.sublist(list, keep), else: []
  end

  defp drop_list(list, 0), do: list
  defp drop_list([], _), do: []
  defp drop_list([_ | t], n), do: drop_list(t, n - 1)

  def drop_every(enumerable, nth) when is_integer(nth) and nth >= 0 do
    case nth do
      0 -> to_list(enumerable)
      1 -> []
      _ -> enumerable |> with_index() |> reduce_list_rev_filter(fn {_, i} -> rem(i, nth) != 0 end)
    end
  end

  defp reduce_list_rev_filter(pairs, pred) do
    pairs |> reduce_list([], fn {x, _} = p, acc -> if pred.(p), do: [x | acc], else: acc end) |> :lists.reverse()
  end

  def drop_while(enumerable, fun), do: drop_while_list(in_reduce_order(enumerable), fun)

  defp drop_while_list([h | t] = list, fun), do: if(fun.(h), do: drop_while_list(t, fun), else: list)
  defp drop_while_list([], _fun), do: []

  # ---------------------------------------------------------------- e

  def each(enumerable, fun) when is_list(enumerable) do
    each_list(enumerable, fun)
  end

  def each(enumerable, fun) do
    do_reduce(enumerable, nil, fn x, _ ->
      fun.(x)
      nil
    end)

    :ok
  end

  defp each_list([], _fun), do: :ok

  defp each_list([h | t], fun) do
    fun.(h)
    each_list(t, fun)
  end

  def empty?([]), do: true
  def empty?(list) when is_list(list), do: false

  def empty?(enumerable) do
    case Enumerable.slice(enumerable) do
      {:ok, size, _} ->
        size == 0

      {:error, _} ->
        {_, result} = Enumerable.reduce(enumerable, {:cont, true}, fn _, _ -> {:halt, false} end)
        result
    end
  end

  # ---------------------------------------------------------------- f

  def fetch(enumerable, index) when is_list(enumerable) and is_integer(index) do
    if index < 0 do
      fetch_list(:lists.reverse(enumerable), -index - 1)
    else
      fetch_list(enumerable, index)
    end
  end

  def fetch(enumerable, index) when is_integer(index) and index < 0 do
    fetch(to_list(enumerable), index)
  end

  def fetch(enumerable, index) when is_integer(index) do
    result =
      Enumerable.reduce(enumerable, {:cont, index}, fn x, i ->
        if i == 0, do: {:halt, {:found, x}}, else: {:cont, i - 1}
      end)

    case result do
      {:halted, {:found, x}} -> {:ok, x}
      _ -> :error
    end
  end

  defp fetch_list([], _), do: :error
  defp fetch_list([h | _], 0), do: {:ok, h}
  defp fetch_list([_ | t], n), do: fetch_list(t, n - 1)

  def fetch!(enumerable, index) do
    case fetch(enumerable, index) do
      {:ok, value} -> value
      :error -> raise Enum.OutOfBoundsError
    end
  end

  def filter(enumerable, fun) when is_list(enumerable), do: filter_list(enumerable, fun, [])

  def filter(enumerable, fun) do
    enumerable |> do_reduce([], fn x, acc -> if fun.(x), do: [x | acc], else: acc end) |> :lists.reverse()
  end

  defp filter_list([], _fun, acc), do: :lists.reverse(acc)
  defp filter_list([h | t], fun, acc), do: filter_list(t, fun, if(fun.(h), do: [h | acc], else: acc))

  def find(enumerable, default \\ nil, fun)

  def find(enumerable, default, fun) when is_list(enumerable), do: find_list(enumerable, default, fun)

  def find(enumerable, default, fun) do
    case Enumerable.reduce(enumerable, {:cont, nil}, fn x, _ -> if fun.(x), do: {:halt, x}, else: {:cont, nil} end) do
      {:halted, x} -> x
      {:done, _} -> default
    end
  end

  defp find_list([], default, _fun), do: default
  defp find_list([h | t], default, fun), do: if(fun.(h), do: h, else: find_list(t, default, fun))

  def find_index(enumerable, fun) do
    result =
      Enumerable.reduce(enumerable, {:cont, 0}, fn x, i ->
        if fun.(x), do: {:halt, {:found, i}}, else: {:cont, i + 1}
      end)

    case result do
      {:halted, {:found, i}} -> i
      _ -> nil
    end
  end

  def find_value(enumerable, default \\ nil, fun) do
    result =
      Enumerable.reduce(enumerable, {:cont, nil}, fn x, _ ->
        value = fun.(x)
        if value, do: {:halt, {:found, value}}, else: {:cont, nil}
      end)

    case result do
      {:halted, {:found, v}} -> v
      _ -> default
    end
  end

  def flat_map(enumerable, fun) do
    enumerable
    |> do_reduce([], fn x, acc ->
      case fun.(x) do
        list when is_list(list) -> :lists.reverse(list, acc)
        other -> reverse_list(other) ++ acc
      end
    end)
    |> :lists.reverse()
  end

  def flat_map_reduce(enumerable, acc, fun) do
    {_, {list, acc}} =
      Enumerable.reduce(enumerable, {:cont, {[], acc}}, fn x, {list, acc} ->
        case fun.(x, acc) do
          {:halt, acc} -> {:halt, {list, acc}}
          {[], acc} -> {:cont, {list, acc}}
          {l, acc} when is_list(l) -> {:cont, {:lists.reverse(l, list), acc}}
          {other, acc} -> {:cont, {reverse_list(other) ++ list, acc}}
        end
      end)

    {:lists.reverse(list), acc}
  end

  def frequencies(enumerable) do
    do_reduce(enumerable, %{}, fn x, acc ->
      case acc do
        %{^x => n} -> %{acc | x => n + 1}
        _ -> :maps.put(x, 1, acc)
      end
    end)
  end

  def frequencies_by(enumerable, key_fun) do
    do_reduce(enumerable, %{}, fn x, acc ->
      key = key_fun.(x)

      case acc do
        %{^key => n} -> %{acc | key => n + 1}
        _ -> :maps.put(key, 1, acc)
      end
    end)
  end

  # ---------------------------------------------------------------- g-i

  def group_by(enumerable, key_fun, value_fun \\ fn x -> x end) do
    enumerable
    |> reverse_list()
    |> reduce_list(%{}, fn x, acc ->
      key = key_fun.(x)
      value = value_fun.(x)

      case acc do
        %{^key => existing} -> %{acc | key => [value | existing]}
        _ -> :maps.put(key, [value], acc)
      end
    end)
  end

  def intersperse(enumerable, separator) do
    case in_reduce_order(enumerable) do
      [] -> []
      [h | t] -> [h | reduce_list(:lists.reverse(t), [], fn x, acc -> [separator, x | acc] end)]
    end
  end

  def into(enumerable, collectable)

  def into(enumerable, []), do: to_list(enumerable)

  def into(%{__struct__: _} = enumerable, collectable), do: into_protocol(enumerable, collectable)

  def into(enumerable, %{__struct__: _} = collectable), do: into_protocol(enumerable, collectable)

  def into(enumerable, %{} = collectable) when is_list(enumerable) do
    if map_size(collectable) == 0 do
      :maps.from_list(into_map_pairs(enumerable, []))
    else
      into_protocol(enumerable, collectable)
    end
  end

  def into(enumerable, collectable), do: into_protocol(enumerable, collectable)

  defp into_map_pairs([], acc), do: :lists.reverse(acc)
  defp into_map_pairs([{_, _} = pair | t], acc), do: into_map_pairs(t, [pair | acc])
  defp into_map_pairs([other | _], _acc), do: raise(ArgumentError, "collecting into a map requires {key, value} tuples, got: " <> inspect(other))

  defp into_protocol(enumerable, collectable) do
    {initial, into_fun} = Collectable.into(collectable)
    into_loop(enumerable, initial, into_fun, fn x -> x end)
  end

  defp into_loop(enumerable, initial, into_fun, transform) do
    acc = enumerable_reduce(enumerable, initial, fn x, acc -> into_fun.(acc, {:cont, transform.(x)}) end)
    into_fun.(acc, :done)
  end

  def into(enumerable, [], transform), do: map(enumerable, transform)

  def into(enumerable, collectable, transform) when is_list(collectable) do
    collectable ++ map(to_list(enumerable), transform)
  end

  def into(enumerable, collectable, transform) do
    {initial, into_fun} = Collectable.into(collectable)
    into_loop(enumerable, initial, into_fun, transform)
  end

  # ---------------------------------------------------------------- j-m

  def join(enumerable, joiner \\ "")

  def join(enumerable, joiner) when is_binary(joiner) do
    case reverse_list(enumerable) do
      [] -> ""
      [last | rest] -> join_rev(rest, joiner, [entry_to_string(last)]) |> :erlang.iolist_to_binary()
    end
  end

  defp join_rev([], _joiner, acc), do: acc
  defp join_rev([h | t], joiner, acc), do: join_rev(t, joiner, [entry_to_string(h), joiner | acc])

  defp entry_to_string(entry) when is_binary(entry), do: entry
  defp entry_to_string(entry), do: String.Chars.to_string(entry)

  def map(enumerable, fun) when is_list(enumerable), do: map_list(enumerable, fun, [])

  def map(enumerable, fun) do
    enumerable |> do_reduce([], fn x, acc -> [fun.(x) | acc] end) |> :lists.reverse()
  end

  defp map_list([], _fun, acc), do: :lists.reverse(acc)
  defp map_list([h | t], fun, acc), do: map_list(t, fun, [fun.(h) | acc])

  def map_every(enumerable, 1, fun), do: map(enumerable, fun)
  def map_every(enumerable, 0, _fun), do: to_list(enumerable)

  def map_every(enumerable, nth, fun) when is_integer(nth) and nth > 1 do
    {list, _} =
      do_reduce(enumerable, {[], 0}, fn x, {acc, i} ->
        if rem(i, nth) == 0, do: {[fun.(x) | acc], i + 1}, else: {[x | acc], i + 1}
      end)

    :lists.reverse(list)
  end

  def map_intersperse(enumerable, separator, mapper) do
    enumerable |> map(mapper) |> intersperse(separator)
  end

  def map_join(enumerable, joiner \\ "", mapper) when is_binary(joiner) do
    enumerable |> map(mapper) |> join(joiner)
  end

  def map_reduce(enumerable, acc, fun) do
    {list, acc} =
      do_reduce(enumerable, {[], acc}, fn x, {list, acc} ->
        {value, acc} = fun.(x, acc)
        {[value | list], acc}
      end)

    {:lists.reverse(list), acc}
  end

  def max(enumerable), do: max(enumerable, fn a, b -> a >= b end, fn -> raise Enum.EmptyError end)

  def max(enumerable, empty_fallback) when is_function(empty_fallback, 0) do
    max(enumerable, fn a, b -> a >= b end, empty_fallback)
  end

  def max(enumerable, sorter), do: max(enumerable, sorter, fn -> raise Enum.EmptyError end)

  def max(enumerable, sorter, empty_fallback) do
    aggregate(enumerable, to_sort_fun(sorter, fn a, b -> a >= b end, :max), empty_fallback)
  end

  def min(enumerable), do: min(enumerable, fn a, b -> a <= b end, fn -> raise Enum.EmptyError end)

  def min(enumerable, empty_fallback) when is_function(empty_fallback, 0) do
    min(enumerable, fn a, b -> a <= b end, empty_fallback)
  end

  def min(enumerable, sorter), do: min(enumerable, sorter, fn -> raise Enum.EmptyError end)

  def min(enumerable, sorter, empty_fallback) do
    aggregate(enumerable, to_sort_fun(sorter, fn a, b -> a <= b end, :min), empty_fallback)
  end

  defp aggregate(enumerable, fun, empty_fallback) do
    result =
      do_reduce(enumerable, :__enum_empty__, fn
        x, :__enum_empty__ -> {:v, x}
        x, {:v, acc} = v -> if fun.(acc, x), do: v, else: {:v, x}
      end)

    case result do
      :__enum_empty__ -> empty_fallback.()
      {:v, value} -> value
    end
  end

  # sorter: a 2-arity fun, or a module with compare/2 (max: :gt wins, min: :lt wins)
  defp to_sort_fun(sorter, _default, _kind) when is_function(sorter, 2), do: sorter
  defp to_sort_fun(module, _default, :max) when is_atom(module), do: fn a, b -> module.compare(a, b) != :lt end
  defp to_sort_fun(module, _default, :min) when is_atom(module), do: fn a, b -> module.compare(a, b) != :gt end

  def max_by(enumerable, fun, sorter \\ fn a, b -> a >= b end, empty_fallback \\ fn -> raise Enum.EmptyError end)

  def max_by(enumerable, fun, empty_fallback, _) when is_function(empty_fallback, 0) do
    aggregate_by(enumerable, fun, fn a, b -> a >= b end, empty_fallback)
  end

  def max_by(enumerable, fun, sorter, empty_fallback) do
    aggregate_by(enumerable, fun, to_sort_fun(sorter, fn a, b -> a >= b end, :max), empty_fallback)
  end

  def min_by(enumerable, fun, sorter \\ fn a, b -> a <= b end, empty_fallback \\ fn -> raise Enum.EmptyError end)

  def min_by(enumerable, fun, empty_fallback, _) when is_function(empty_fallback, 0) do
    aggregate_by(enumerable, fun, fn a, b -> a <= b end, empty_fallback)
  end

  def min_by(enumerable, fun, sorter, empty_fallback) do
    aggregate_by(enumerable, fun, to_sort_fun(sorter, fn a, b -> a <= b end, :min), empty_fallback)
  end

  defp aggregate_by(enumerable, fun, sorter, empty_fallback) do
    result =
      do_reduce(enumerable, :__enum_empty__, fn
        x, :__enum_empty__ ->
          {x, fun.(x)}

        x, {_, acc_key} = acc ->
          key = fun.(x)
          if sorter.(acc_key, key), do: acc, else: {x, key}
      end)

    case result do
      :__enum_empty__ -> empty_fallback.()
      {value, _} -> value
    end
  end

  def member?(enumerable, element) when is_list(enumerable), do: :lists.member(element, enumerable)

  def member?(enumerable, element) do
    case Enumerable.member?(enumerable, element) do
      {:ok, result} when is_boolean(result) ->
        result

      {:error, _module} ->
        {_, result} =
          Enumerable.reduce(enumerable, {:cont, false}, fn x, _ ->
            if x === element, do: {:halt, true}, else: {:cont, false}
          end)

        result
    end
  end

  def min_max(enumerable, empty_fallback \\ fn -> raise Enum.EmptyError end) do
    result =
      do_reduce(enumerable, :__enum_empty__, fn
        x, :__enum_empty__ -> {x, x}
        x, {min, max} -> {if(x < min, do: x, else: min), if(x > max, do: x, else: max)}
      end)

    case result do
      :__enum_empty__ -> empty_fallback.()
      pair -> pair
    end
  end

  def min_max_by(enumerable, fun, sorter_or_empty_fallback \\ fn a, b -> a < b end, empty_fallback \\ fn -> raise Enum.EmptyError end)

  def min_max_by(enumerable, fun, empty_fallback, _) when is_function(empty_fallback, 0) do
    min_max_by(enumerable, fun, fn a, b -> a < b end, empty_fallback)
  end

  def min_max_by(enumerable, fun, sorter, empty_fallback) do
    less =
      if is_atom(sorter), do: fn a, b -> sorter.compare(a, b) == :lt end, else: sorter

    result =
      do_reduce(enumerable, :__enum_empty__, fn
        x, :__enum_empty__ ->
          k = fun.(x)
          {{x, k}, {x, k}}

        x, {{_, min_k} = min, {_, max_k} = max} ->
          k = fun.(x)
          min = if less.(k, min_k), do: {x, k}, else: min
          max = if less.(max_k, k), do: {x, k}, else: max
          {min, max}
      end)

    case result do
      :__enum_empty__ -> empty_fallback.()
      {{min, _}, {max, _}} -> {min, max}
    end
  end

  # ---------------------------------------------------------------- p-r

  def product(enumerable), do: do_reduce(enumerable, 1, fn x, acc -> x * acc end)

  def reduce(enumerable, fun) when is_list(enumerable) do
    case enumerable do
      [h | t] -> reduce_list(t, h, fun)
      [] -> raise Enum.EmptyError
    end
  end

  def reduce(enumerable, fun) do
    result =
      enumerable_reduce(enumerable, :__enum_empty__, fn
        x, :__enum_empty__ -> {:v, x}
        x, {:v, acc} -> {:v, fun.(x, acc)}
      end)

    case result do
      :__enum_empty__ -> raise Enum.EmptyError
      {:v, acc} -> acc
    end
  end

  def reduce(enumerable, acc, fun) when is_list(enumerable), do: reduce_list(enumerable, acc, fun)
  def reduce(enumerable, acc, fun), do: do_reduce(enumerable, acc, fun)

  def reduce_while(enumerable, acc, fun) do
    {_, acc} = Enumerable.reduce(enumerable, {:cont, acc}, fun)
    acc
  end

  def reject(enumerable, fun) when is_list(enumerable), do: reject_list(enumerable, fun, [])

  def reject(enumerable, fun) do
    enumerable |> do_reduce([], fn x, acc -> if fun.(x), do: acc, else: [x | acc] end) |> :lists.reverse()
  end

  defp reject_list([], _fun, acc), do: :lists.reverse(acc)
  defp reject_list([h | t], fun, acc), do: reject_list(t, fun, if(fun.(h), do: acc, else: [h | acc]))

  def reverse(enumerable), do: reverse_list(enumerable)

  def reverse(enumerable, tail), do: :lists.reverse(to_list(enumerable), to_list(tail))

  def reverse_slice(enumerable, start_index, count)
      when is_integer(start_index) and start_index >= 0 and is_integer(count) and count >= 0 do
    list = to_list(enumerable)
    len = length(list)

    if start_index >= len or count == 0 do
      list
    else
      {prefix, rest} = :lists.split(start_index, list)
      n = if count > len - start_index, do: len - start_index, else: count
      {middle, suffix} = :lists.split(n, rest)
      prefix ++ :lists.reverse(middle, suffix)
    end
  end

  # ---------------------------------------------------------------- s

  def scan(enumerable, fun) do
    {list, _} =
      do_reduce(enumerable, {[], :__enum_empty__}, fn
        x, {acc, :__enum_empty__} -> {[x | acc], {:v, x}}
        x, {acc, {:v, prev}} ->
          v = fun.(x, prev)
          {[v | acc], {:v, v}}
      end)

    :lists.reverse(list)
  end

  def scan(enumerable, acc, fun) do
    {list, _} =
      do_reduce(enumerable, {[], acc}, fn x, {list, acc} ->
        v = fun.(x, acc)
        {[v | list], v}
      end)

    :lists.reverse(list)
  end

  def slice(enumerable, %Range{first: first, last: last, step: step}) do
    if step > 0 or first == last do
      slice_range(enumerable, first, last, if(step > 0, do: step, else: 1))
    else
      # a decreasing range with a negative step is treated as increasing with step 1 (Elixir warns)
      slice_range(enumerable, first, last, 1)
    end
  end

  def slice(enumerable, start, amount) when is_integer(start) and is_integer(amount) and amount >= 0 do
    cond do
      amount == 0 ->
        []

      start >= 0 and is_list(enumerable) ->
        enumerable |> drop_list(start) |> take_list(amount, [])

      true ->
        list = to_list(enumerable)
        len = length(list)
        start = if start < 0, do: len + start, else: start

        cond do
          start < 0 -> take_list(list, amount, [])
          start >= len -> []
          true -> list |> drop_list(start) |> take_list(amount, [])
        end
    end
  end

  defp slice_range(enumerable, first, last, step) do
    list = to_list(enumerable)
    len = length(list)
    first = if first < 0, do: first + len, else: first
    last = if last < 0, do: last + len, else: last

    cond do
      first < 0 or first >= len -> if(first < 0 and last >= 0, do: slice_range_take(list, 0, last, len, step), else: [])
      last < first -> []
      true -> slice_range_take(list, first, last, len, step)
    end
  end

  defp slice_range_take(list, first, last, len, step) do
    last = if last >= len, do: len - 1, else: last
    amount = last - first + 1
    part = list |> drop_list(first) |> take_list(amount, [])
    if step == 1, do: part, else: take_every(part, step)
  end

  def sort(enumerable) when is_list(enumerable), do: :lists.sort(enumerable)
  def sort(enumerable), do: :lists.sort(to_list(enumerable))

  def sort(enumerable, :asc), do: sort(enumerable)
  def sort(enumerable, :desc), do: merge_sort(in_reduce_order(enumerable), fn a, b -> a >= b end)
  def sort(enumerable, fun) when is_function(fun, 2), do: merge_sort(in_reduce_order(enumerable), fun)
  def sort(enumerable, {:asc, module}), do: merge_sort(in_reduce_order(enumerable), fn a, b -> module.compare(a, b) != :gt end)
  def sort(enumerable, {:desc, module}), do: merge_sort(in_reduce_order(enumerable), fn a, b -> module.compare(a, b) != :lt end)
  def sort(enumerable, module) when is_atom(module), do: merge_sort(in_reduce_order(enumerable), fn a, b -> module.compare(a, b) != :gt end)

  def sort_by(enumerable, mapper, sorter \\ :asc) do
    fun =
      case sorter do
        :asc -> fn {a, _}, {b, _} -> a <= b end
        :desc -> fn {a, _}, {b, _} -> a >= b end
        {:asc, module} -> fn {a, _}, {b, _} -> module.compare(a, b) != :gt end
        {:desc, module} -> fn {a, _}, {b, _} -> module.compare(a, b) != :lt end
        f when is_function(f, 2) -> fn {a, _}, {b, _} -> f.(a, b) end
        module when is_atom(module) -> fn {a, _}, {b, _} -> module.compare(a, b) != :gt end
      end

    enumerable
    |> map(fn x -> {mapper.(x), x} end)
    |> merge_sort(fun)
    |> map_list(fn {_, x} -> x end, [])
  end

  # stable bottom-up merge sort; fun.(a, b) is true when a may come before b
  defp merge_sort([], _fun), do: []
  defp merge_sort([_] = list, _fun), do: list
  defp merge_sort(list, fun), do: list |> make_runs(fun, []) |> merge_all(fun)

  defp make_runs([a, b | rest], fun, acc) do
    run = if fun.(a, b), do: [a, b], else: [b, a]
    make_runs(rest, fun, [run | acc])
  end

  defp make_runs([a], _fun, acc), do: :lists.reverse([[a] | acc])
  defp make_runs([], _fun, acc), do: :lists.reverse(acc)

  defp merge_all([run], _fun), do: run
  defp merge_all(runs, fun), do: merge_all(merge_pairs(runs, fun, []), fun)

  defp merge_pairs([a, b | rest], fun, acc), do: merge_pairs(rest, fun, [merge(a, b, fun, []) | acc])
  defp merge_pairs([a], _fun, acc), do: :lists.reverse([a | acc])
  defp merge_pairs([], _fun, acc), do: :lists.reverse(acc)

  defp merge([], right, _fun, acc), do: :lists.reverse(acc, right)
  defp merge(left, [], _fun, acc), do: :lists.reverse(acc, left)

  defp merge([l | lt] = left, [r | rt] = right, fun, acc) do
    if fun.(l, r) do
      merge(lt, right, fun, [l | acc])
    else
      merge(left, rt, fun, [r | acc])
    end
  end

  def random(enumerable) do
    case to_list(enumerable) do
      [] -> raise Enum.EmptyError
      list -> :lists.nth(:rand.uniform(length(list)), list)
    end
  end

  # one :rand.uniform() key per element, in order; the elements come out by descending key (a
  # seeded :rand gives Elixir's order)
  def shuffle(enumerable) do
    keyed = :lists.foldl(fn x, acc -> [{:rand.uniform(), x} | acc] end, [], to_list(enumerable))
    :lists.foldl(fn {_, x}, acc -> [x | acc] end, [], :lists.keysort(1, keyed))
  end

  # reservoir sampling, drawing :rand numbers as Elixir does (the same picks from the same seed)
  def take_random(_enumerable, 0), do: []

  def take_random(enumerable, 1) do
    picked =
      reduce(enumerable, [], fn
        x, [] -> [x | 1]
        x, [current | index] -> if :rand.uniform(index + 1) == 1, do: [x | index + 1], else: [current | index + 1]
      end)

    case picked do
      [] -> []
      [current | _] -> [current]
    end
  end

  def take_random(enumerable, count) when is_integer(count) and count > 1 do
    {size, sample} =
      reduce(enumerable, {0, %{}}, fn elem, {idx, sample} ->
        # (the first element draws no number)
        jdx = if idx == 0, do: 0, else: :rand.uniform(idx + 1) - 1

        cond do
          idx < count -> {idx + 1, Map.put(Map.put(sample, idx, Map.get(sample, jdx)), jdx, elem)}
          jdx < count -> {idx + 1, Map.put(sample, jdx, elem)}
          true -> {idx + 1, sample}
        end
      end)

    for i <- 0..(:erlang.min(count, size) - 1)//1, do: Map.fetch!(sample, i)
  end

  def split(enumerable, count) when is_integer(count) and count >= 0 do
    split_list(in_reduce_order(enumerable), count, [])
  end

  def split(enumerable, count) when is_integer(count) do
    list = in_reduce_order(enumerable)
    n = length(list) + count
    if n <= 0, do: {[], list}, else: split_list(list, n, [])
  end

  defp split_list(list, 0, acc), do: {:lists.reverse(acc), list}
  defp split_list([], _n, acc), do: {:lists.reverse(acc), []}
  defp split_list([h | t], n, acc), do: split_list(t, n - 1, [h | acc])

  def split_while(enumerable, fun), do: split_while_list(in_reduce_order(enumerable), fun, [])

  defp split_while_list([], _fun, acc), do: {:lists.reverse(acc), []}

  defp split_while_list([h | t] = list, fun, acc) do
    if fun.(h), do: split_while_list(t, fun, [h | acc]), else: {:lists.reverse(acc), list}
  end

  def slide(enumerable, index, insertion_index) when is_integer(index) do
    slide(enumerable, index..index, insertion_index)
  end

  def slide(enumerable, first..last//step = range, insertion_index) when is_integer(insertion_index) do
    if step != 1 do
      raise ArgumentError, "Enum.slide/3 does not accept ranges with custom steps, got: #{inspect(range)}"
    end

    list = in_reduce_order(enumerable)
    count = length(list)
    first = if first < 0, do: first + count, else: first
    last = if last < 0, do: last + count, else: last
    insertion_index = if insertion_index < 0, do: insertion_index + count, else: insertion_index

    cond do
      first > last or count == 0 ->
        list

      insertion_index >= first and insertion_index <= last ->
        list

      insertion_index > last ->
        {head, rest} = split(list, first)
        {moved, rest} = split(rest, last - first + 1)
        {between, tail} = split(rest, insertion_index - last)
        head ++ between ++ moved ++ tail

      true ->
        {head, rest} = split(list, insertion_index)
        {between, rest} = split(rest, first - insertion_index)
        {moved, tail} = split(rest, last - first + 1)
        head ++ moved ++ between ++ tail
    end
  end

  def split_with(enumerable, fun) do
    {yes, no} =
      do_reduce(enumerable, {[], []}, fn x, {yes, no} ->
        if fun.(x), do: {[x | yes], no}, else: {yes, [x | no]}
      end)

    {:lists.reverse(yes), :lists.reverse(no)}
  end

  def sum(enumerable) when is_list(enumerable), do: sum_list(enumerable, 0)

  def sum(%Range{first: first, step: step} = range) do
    case Range.size(range) do
      0 -> 0
      n -> div(n * (first + first + (n - 1) * step), 2)
    end
  end

  def sum(enumerable), do: do_reduce(enumerable, 0, fn x, acc -> acc + x end)

  defp sum_list([], acc), do: acc
  defp sum_list([h | t], acc), do: sum_list(t, acc + h)

  # ---------------------------------------------------------------- t

  def take(_enumerable, 0), do: []

  def take(enumerable, amount) when is_list(enumerable) and is_integer(amount) and amount > 0 do
    take_list(enumerable, amount, [])
  end

  def take(enumerable, amount) when is_integer(amount) and amount > 0 do
    {_, {list, _}} =
      Enumerable.reduce(enumerable, {:cont, {[], amount}}, fn x, {acc, n} ->
        if n > 1, do: {:cont, {[x | acc], n - 1}}, else: {:halt, {[x | acc], 0}}
      end)

    :lists.reverse(list)
  end

  def take(enumerable, amount) when is_integer(amount) and amount < 0 do
    list = to_list(enumerable)
    drop_list(list, :erlang.max(length(list) + amount, 0))
  end

  defp take_list([], _n, acc), do: :lists.reverse(acc)
  defp take_list(_list, 0, acc), do: :lists.reverse(acc)
  defp take_list([h | t], n, acc), do: take_list(t, n - 1, [h | acc])

  def take_every(_enumerable, 0), do: []
  def take_every(enumerable, 1), do: to_list(enumerable)

  def take_every(enumerable, nth) when is_integer(nth) and nth > 1 do
    {list, _} =
      do_reduce(enumerable, {[], 0}, fn x, {acc, i} ->
        if rem(i, nth) == 0, do: {[x | acc], i + 1}, else: {acc, i + 1}
      end)

    :lists.reverse(list)
  end

  def take_while(enumerable, fun) when is_list(enumerable), do: take_while_list(enumerable, fun, [])

  def take_while(enumerable, fun) do
    {_, list} =
      Enumerable.reduce(enumerable, {:cont, []}, fn x, acc ->
        if fun.(x), do: {:cont, [x | acc]}, else: {:halt, acc}
      end)

    :lists.reverse(list)
  end

  defp take_while_list([], _fun, acc), do: :lists.reverse(acc)

  defp take_while_list([h | t], fun, acc) do
    if fun.(h), do: take_while_list(t, fun, [h | acc]), else: :lists.reverse(acc)
  end

  def to_list(list) when is_list(list), do: list
  def to_list(%{__struct__: _} = enumerable), do: reverse_list(enumerable) |> :lists.reverse()
  def to_list(map) when is_map(map), do: :maps.to_list(map)
  def to_list(enumerable), do: reverse_list(enumerable) |> :lists.reverse()

  # ---------------------------------------------------------------- u-z

  def uniq(enumerable), do: uniq_by(enumerable, fn x -> x end)

  def uniq_by(enumerable, fun) do
    {list, _} =
      do_reduce(enumerable, {[], %{}}, fn x, {acc, seen} ->
        key = fun.(x)

        case seen do
          %{^key => _} -> {acc, seen}
          _ -> {[x | acc], :maps.put(key, true, seen)}
        end
      end)

    :lists.reverse(list)
  end

  def unzip(enumerable) do
    {as, bs} = do_reduce(enumerable, {[], []}, fn {a, b}, {as, bs} -> {[a | as], [b | bs]} end)
    {:lists.reverse(as), :lists.reverse(bs)}
  end

  def with_index(enumerable, fun_or_offset \\ 0)

  def with_index(enumerable, offset) when is_integer(offset) do
    {list, _} = do_reduce(enumerable, {[], offset}, fn x, {acc, i} -> {[{x, i} | acc], i + 1} end)
    :lists.reverse(list)
  end

  def with_index(enumerable, fun) when is_function(fun, 2) do
    {list, _} = do_reduce(enumerable, {[], 0}, fn x, {acc, i} -> {[fun.(x, i) | acc], i + 1} end)
    :lists.reverse(list)
  end

  def zip(enumerable1, enumerable2) when is_list(enumerable1) and is_list(enumerable2) do
    zip_lists(enumerable1, enumerable2, [])
  end

  def zip(enumerable1, enumerable2), do: zip([enumerable1, enumerable2])

  def zip([]), do: []
  def zip(enumerables), do: zip_with(enumerables, fn items -> :erlang.list_to_tuple(items) end)

  defp zip_lists([a | as], [b | bs], acc), do: zip_lists(as, bs, [{a, b} | acc])
  defp zip_lists(_, _, acc), do: :lists.reverse(acc)

  def zip_with(enumerable1, enumerable2, fun) when is_list(enumerable1) and is_list(enumerable2) do
    zip_with_lists(enumerable1, enumerable2, fun, [])
  end

  def zip_with(enumerable1, enumerable2, fun) do
    zip_with([enumerable1, enumerable2], fn [a, b] -> fun.(a, b) end)
  end

  def zip_with([], _fun), do: []

  def zip_with(enumerables, fun) do
    enumerables
    |> to_list()
    |> map(&Stream.__iterator__/1)
    |> zip_iterators(fun, [])
  end

  defp zip_with_lists([a | as], [b | bs], fun, acc), do: zip_with_lists(as, bs, fun, [fun.(a, b) | acc])
  defp zip_with_lists(_, _, _fun, acc), do: :lists.reverse(acc)

  defp zip_iterators(iterators, fun, acc) do
    case Stream.__next_all__(iterators) do
      {:ok, items, iterators} -> zip_iterators(iterators, fun, [fun.(items) | acc])
      :done -> :lists.reverse(acc)
    end
  end

  def zip_reduce(left, right, acc, reducer) when is_list(left) and is_list(right) do
    zip_reduce_lists(left, right, acc, reducer)
  end

  def zip_reduce(left, right, acc, reducer) do
    zip_reduce([left, right], acc, fn [a, b], acc -> reducer.(a, b, acc) end)
  end

  def zip_reduce([], acc, _reducer), do: acc

  def zip_reduce(enumerables, acc, reducer) do
    enumerables |> to_list() |> map(&Stream.__iterator__/1) |> zip_reduce_iterators(acc, reducer)
  end

  defp zip_reduce_lists([a | as], [b | bs], acc, reducer), do: zip_reduce_lists(as, bs, reducer.(a, b, acc), reducer)
  defp zip_reduce_lists(_, _, acc, _reducer), do: acc

  defp zip_reduce_iterators(iterators, acc, reducer) do
    case Stream.__next_all__(iterators) do
      {:ok, items, iterators} -> zip_reduce_iterators(iterators, reducer.(items, acc), reducer)
      :done -> acc
    end
  end

  # deprecated in Elixir 1.14 (the compiler prints Elixir's warning where they are called)
  @doc false
  def chunk(enumerable, count), do: chunk(enumerable, count, count, nil)
  @doc false
  def chunk(enumerable, count, step), do: chunk_every(enumerable, count, step, :discard)
  @doc false
  def chunk(enumerable, count, step, leftover), do: chunk_every(enumerable, count, step, leftover || :discard)
  @doc false
  def filter_map(enumerable, filter, mapper), do: for(x <- enumerable, filter.(x), do: mapper.(x))
  @doc false
  def partition(enumerable, fun), do: split_with(enumerable, fun)
  @doc false
  def uniq(enumerable, fun), do: uniq_by(enumerable, fun)

end
