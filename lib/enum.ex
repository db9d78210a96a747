defmodule Enum do
  @moduledoc """
  Functions that walk collections ("enumerables"): lists, maps, ranges, MapSets, streams and any
  struct implementing the `Enumerable` protocol. They are eager: each returns its result (mostly a
  list) at once; `Stream` has lazy counterparts.

      iex> Enum.map(1..3, fn x -> x * x end)
      [1, 4, 9]
      iex> Enum.filter(%{a: 1, b: 2}, fn {_k, v} -> v > 1 end)
      [b: 2]
  """
  # Lists take fast paths (plain tail recursion); anything else goes through the Enumerable
  # protocol.

  # ---------------------------------------------------------------- internals

  # reduce over any enumerable with a plain (elem, acc -> acc) function: Elixir's reduce/3, which
  # its compiler inlines into each caller, so a trace shows the caller at the line of the clause
  # taken (Enum.filter/2 at 2480 for a map) and the helpers named after it (a map, a range and
  # any other enumerable are not tail calls, as there: the caller's frame stays)
  @beamlet_inlined true
  @beamlet_frame_line 2468
  defp do_reduce(list, acc, fun) when is_list(list), do: unquote(:"-do_reduce/3-lists^foldl/2-0-")(fun, acc, list)

  # a plain map folds in maps:iterator order (with :maps.fold, as Elixir's Enum.reduce/3),
  # where Enumerable.reduce lists it in maps:to_list order (what the halting functions see)
  @beamlet_frame_line 2480
  defp do_reduce(%{} = map, acc, fun) when not is_map_key(map, :__struct__) do
    acc = :maps.__fold_pairs__(fun, acc, map)
    acc
  end

  # a range: Elixir 1.14's reduce/3 clause for ranges, a loop over its integers (reduce_range/5,
  # as its stack traces show) with no {:cont, acc} tuple and no fun around `fun` per element
  @beamlet_frame_line 2472
  defp do_reduce(%Range{first: first, last: last, step: step}, acc, fun) do
    acc = reduce_range(first, last, step, acc, fun)
    acc
  end

  # the enumerables do_reduce/3 folds with a tail call (a list, a plain map, a range): a caller
  # that tail-calls do_reduce/3 leaves no frame under them, as under Elixir's inlined reduce/3;
  # under the protocol's reduce (not a tail call there) the caller's frame stays, at its line
  defguardp folds_in_tail(e)
            when is_list(e) or (is_map(e) and (not is_map_key(e, :__struct__) or :erlang.map_get(:__struct__, e) == Range))

  # (a struct and anything else, a function, take separate clauses of Elixir's reduce/3, each with
  # its own fn: the second is named one further on, -map/2-anonymous-4- after -3-)
  @beamlet_frame_line 4307
  defp do_reduce(%_{} = enumerable, acc, fun),
    do: Enumerable.reduce(enumerable, {:cont, acc}, fn x, a -> {:cont, fun.(x, a)} end) |> elem(1)

  @beamlet_frame_line 4307
  defp do_reduce(enumerable, acc, fun),
    do: Enumerable.reduce(enumerable, {:cont, acc}, fn x, a -> {:cont, fun.(x, a)} end) |> elem(1)

  # OTP's lists:foldl/3 as inlined with reduce/3 (named after the caller in traces)
  @beamlet_inlined true
  @beamlet_def_line 2468
  @beamlet_frame_line 2468
  defp unquote(:"-do_reduce/3-lists^foldl/2-0-")(f, acc, [h | t]), do: unquote(:"-do_reduce/3-lists^foldl/2-0-")(f, f.(h, acc), t)
  @beamlet_frame_line 2468
  defp unquote(:"-do_reduce/3-lists^foldl/2-0-")(_f, acc, []), do: acc

  # Elixir's reduce_range/5 (one clause guarded by `step > 0 and first <= last` or `step < 0 and
  # first >= last`, else the accumulator) as a loop per direction, chosen once (the step stays),
  # each shown as reduce_range/5 in stack traces and entered by a tail call (no frame of this
  # one). A step tests one comparison, not two and the checks of `and` and `or` (the interpreter:
  # enum_pipeline_1m 0.8x the time); and the loop's end tests what every step tested, where V8
  # met `step < 0` there for the first time and threw away its optimised code of the loop.
  defp reduce_range(first, last, step, acc, fun) when step > 0, do: reduce_range_up(first, last, step, acc, fun)
  defp reduce_range(first, last, step, acc, fun) when step < 0, do: reduce_range_down(first, last, step, acc, fun)
  defp reduce_range(_first, _last, _step, acc, _fun), do: acc

  @beamlet_shown_as {:reduce_range, 5}
  @beamlet_frame_line 4299
  defp reduce_range_up(first, last, step, acc, fun) when first <= last,
    do: reduce_range_up(first + step, last, step, fun.(first, acc), fun)

  @beamlet_frame_line 4299
  defp reduce_range_up(_first, _last, _step, acc, _fun), do: acc

  @beamlet_shown_as {:reduce_range, 5}
  @beamlet_frame_line 4299
  defp reduce_range_down(first, last, step, acc, fun) when first >= last,
    do: reduce_range_down(first + step, last, step, fun.(first, acc), fun)

  @beamlet_frame_line 4299
  defp reduce_range_down(_first, _last, _step, acc, _fun), do: acc

  defp reduce_list([], acc, _fun), do: acc
  defp reduce_list([h | t], acc, fun), do: reduce_list(t, fun.(h, acc), fun)

  # OTP's lists:foldl/3, map/2, foreach/2 and mapfoldl/3 as Elixir's compiler inlines them into
  # Enum.reduce/3, map/2, each/2 and map_reduce/3 (for lists): their names, clauses and lines are
  # what stack traces and FunctionClauseErrors show (a non-fun on [] fails the guard)
  @beamlet_def_line 2468
  @beamlet_frame_line 2468
  defp unquote(:"-reduce/3-lists^foldl/2-0-")(f, acc, [h | t]), do: unquote(:"-reduce/3-lists^foldl/2-0-")(f, f.(h, acc), t)
  @beamlet_frame_line 2468
  defp unquote(:"-reduce/3-lists^foldl/2-0-")(f, acc, []) when is_function(f, 2), do: acc

  # (reverse/1 of [x | y] too)
  @beamlet_def_line 2468
  @beamlet_frame_line 2468
  defp unquote(:"-reverse/1-lists^foldl/2-0-")(f, acc, [h | t]), do: unquote(:"-reverse/1-lists^foldl/2-0-")(f, f.(h, acc), t)
  @beamlet_frame_line 2468
  defp unquote(:"-reverse/1-lists^foldl/2-0-")(_f, acc, []), do: acc

  # (reduce/2 has a copy of its own)
  @beamlet_def_line 2468
  @beamlet_frame_line 2468
  defp unquote(:"-reduce/2-lists^foldl/2-0-")(f, acc, [h | t]), do: unquote(:"-reduce/2-lists^foldl/2-0-")(f, f.(h, acc), t)
  @beamlet_frame_line 2468
  defp unquote(:"-reduce/2-lists^foldl/2-0-")(f, acc, []) when is_function(f, 2), do: acc

  # lists:map/2 and mapfoldl/3 are body-recursive: the first element's frame stays under the
  # rest. Here only the first element's is (a deep stack costs beamlet far more than the BEAM),
  # the rest a loop under the same name whose state rides in the fun's place, so a failure shows
  # the frames Elixir's does (the loop's, then the first element's)
  # (the loop is a function of its own shown under the same name: a tagged tuple carrying the fun
  # and the accumulator, as the loop once was, cost an allocation and its match per element)
  @beamlet_def_line 1658
  @beamlet_frame_line 1658
  defp unquote(:"-map/2-lists^map/1-0-")(f, [h | t]), do: [f.(h) | map_rest(f, t, [])]
  @beamlet_frame_line 1658
  defp unquote(:"-map/2-lists^map/1-0-")(f, []) when is_function(f, 1), do: []

  @beamlet_shown_as {:"-map/2-lists^map/1-0-", 2}
  @beamlet_frame_line 1658
  defp map_rest(f, [h | t], acc), do: map_rest(f, t, [f.(h) | acc])
  @beamlet_frame_line 1658
  defp map_rest(_f, [], acc), do: :beamlet.reverse_owned(acc)
  @beamlet_frame_line 1658
  defp map_rest(f, tail, _acc), do: unquote(:"-map/2-lists^map/1-0-")(f, tail)

  @beamlet_def_line 975
  @beamlet_frame_line 975
  defp unquote(:"-each/2-lists^foreach/1-0-")(f, [h | t]) do
    f.(h)
    unquote(:"-each/2-lists^foreach/1-0-")(f, t)
  end

  @beamlet_frame_line 975
  defp unquote(:"-each/2-lists^foreach/1-0-")(f, []) when is_function(f, 1), do: :ok

  @beamlet_def_line 1780
  @beamlet_frame_line 1780
  defp unquote(:"-map_reduce/3-lists^mapfoldl/2-0-")(f, acc, [h | t]) do
    {r, acc} = f.(h, acc)
    {rs, acc} = mapfoldl_rest(f, acc, t, [])
    {[r | rs], acc}
  end

  @beamlet_frame_line 1780
  defp unquote(:"-map_reduce/3-lists^mapfoldl/2-0-")(f, acc, []) when is_function(f, 2), do: {[], acc}

  # (a function of its own shown under the same name, as map_rest/3)
  @beamlet_shown_as {:"-map_reduce/3-lists^mapfoldl/2-0-", 3}
  @beamlet_frame_line 1780
  defp mapfoldl_rest(f, acc, [h | t], rs) do
    {r, acc} = f.(h, acc)
    mapfoldl_rest(f, acc, t, [r | rs])
  end

  @beamlet_frame_line 1780
  defp mapfoldl_rest(_f, acc, [], rs), do: {:lists.reverse(rs), acc}
  @beamlet_frame_line 1780
  defp mapfoldl_rest(f, acc, tail, _rs), do: unquote(:"-map_reduce/3-lists^mapfoldl/2-0-")(f, acc, tail)

  # reverse of the enumerable's elements (as a list)
  defp reverse_list(list) when is_list(list), do: :lists.reverse(list)
  defp reverse_list(enumerable), do: do_reduce(enumerable, [], fn x, acc -> [x | acc] end)

  # ---------------------------------------------------------------- a

  @doc """
  True when no element of `enumerable` is `false` or `nil` (and so for an empty one).

  ## Examples

      iex> Enum.all?([1, :a, "b"])
      true
      iex> Enum.all?([1, nil])
      false
  """
  @spec all?(t()) :: boolean()
  def all?(enumerable) when is_list(enumerable), do: all_list(enumerable)
  # (Elixir 1.14's all?/1 enumerates with its own reducer: a failing enumeration shows all?/1)
  @beamlet_frame_line 339
  def all?(enumerable) do
    {_, result} = Enumerable.reduce(enumerable, {:cont, true}, fn x, _ -> if x, do: {:cont, true}, else: {:halt, false} end)
    result
  end

  @doc """
  True when `fun` returns a truthy value for every element; stops at the first falsy answer.

  ## Examples

      iex> Enum.all?([2, 4, 6], fn x -> rem(x, 2) == 0 end)
      true
  """
  @spec all?(t(), (element() -> as_boolean(term()))) :: boolean()
  def all?(enumerable, fun) when is_list(enumerable), do: all_list(enumerable, fun)

  @beamlet_frame_line 375
  def all?(enumerable, fun) do
    {_, result} =
      Enumerable.reduce(enumerable, {:cont, true}, __at_line__(376, fn x, _ ->
        if fun.(x), do: {:cont, true}, else: {:halt, false}
      end))

    result
  end

  defp all_list([]), do: true
  defp all_list([h | t]), do: if(h, do: all_list(t), else: false)
  @beamlet_def_line 4109
  @beamlet_frame_line 4110
  defp all_list([h | t], fun), do: if(fun.(h), do: all_list(t, fun), else: false)
  defp all_list([], _fun), do: true

  @doc """
  True when at least one element of `enumerable` is neither `false` nor `nil`.

  ## Examples

      iex> Enum.any?([nil, false, 0])
      true
      iex> Enum.any?([])
      false
  """
  @spec any?(t()) :: boolean()
  def any?(enumerable) when is_list(enumerable), do: any_list(enumerable)
  # (as all?/1: its own reducer, its frame at Elixir 1.14's line)
  @beamlet_frame_line 405
  def any?(enumerable) do
    {_, result} = Enumerable.reduce(enumerable, {:cont, false}, fn x, _ -> if x, do: {:halt, true}, else: {:cont, false} end)
    result
  end

  @doc """
  True when `fun` returns a truthy value for some element; stops at the first one.

  ## Examples

      iex> Enum.any?([1, 3, 4], fn x -> rem(x, 2) == 0 end)
      true
  """
  @spec any?(t(), (element() -> as_boolean(term()))) :: boolean()
  def any?(enumerable, fun) when is_list(enumerable), do: any_list(enumerable, fun)

  @beamlet_frame_line 436
  def any?(enumerable, fun) do
    {_, result} =
      Enumerable.reduce(enumerable, {:cont, false}, __at_line__(437, fn x, _ ->
        if fun.(x), do: {:halt, true}, else: {:cont, false}
      end))

    result
  end

  defp any_list([]), do: false
  defp any_list([h | t]), do: if(h, do: true, else: any_list(t))
  @beamlet_def_line 4135
  @beamlet_frame_line 4136
  defp any_list([h | t], fun), do: if(fun.(h), do: true, else: any_list(t, fun))
  defp any_list([], _fun), do: false

  @doc """
  The element at the zero-based `index`, or `default` when the index is out of range. A negative
  index counts from the end.

  ## Examples

      iex> Enum.at([:a, :b, :c], 1)
      :b
      iex> Enum.at([:a, :b, :c], -1)
      :c
      iex> Enum.at([:a, :b, :c], 5, :none)
      :none
  """
  @spec at(t(), index(), default()) :: element() | default()
  @beamlet_frame_line 468
  def at(enumerable, index, default \\ nil) when is_integer(index) do
    case slice_forward(enumerable, index, 1, 1) do
      [value] -> value
      [] -> default
    end
  end

  # ---------------------------------------------------------------- c

  def chunk_by(enumerable, fun), do: Stream.Reducers.chunk_by(&chunk_while/4, enumerable, fun)

  @doc """
  Cuts `enumerable` into lists of `count` elements; the last list may be shorter.

  ## Examples

      iex> Enum.chunk_every([1, 2, 3, 4, 5], 2)
      [[1, 2], [3, 4], [5]]
  """
  @doc since: "1.5.0"
  @spec chunk_every(t(), pos_integer()) :: [list()]
  def chunk_every(enumerable, count), do: chunk_every(enumerable, count, count, [])

  @doc """
  Lists of `count` elements, each starting `step` elements after the previous one. An incomplete
  last chunk is filled from `leftover` (or dropped when `leftover` is `:discard`).

  ## Examples

      iex> Enum.chunk_every([1, 2, 3, 4, 5], 3, 2)
      [[1, 2, 3], [3, 4, 5], [5]]
      iex> Enum.chunk_every([1, 2, 3, 4, 5], 2, 2, :discard)
      [[1, 2], [3, 4]]
  """
  @doc since: "1.5.0"
  @spec chunk_every(t(), pos_integer(), pos_integer(), t() | :discard) :: [list()]
  def chunk_every(enumerable, count, step, leftover \\ [])
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    # leftover is only taken from as far as the last chunk needs: it may be an infinite stream
    Stream.Reducers.chunk_every(&chunk_while/4, enumerable, count, step, leftover)
  end

  @doc since: "1.5.0"
  def chunk_while(enumerable, acc, chunk_fun, after_fun) do
    # (lines: Elixir's, of the reduce and of the chunk_fun call in its fun)
    step =
      __at_line__(596, fn x, {chunks, acc} ->
        case chunk_fun.(x, acc) do
          {:cont, chunk, acc} -> {:cont, {[chunk | chunks], acc}}
          {:cont, acc} -> {:cont, {chunks, acc}}
          {:halt, acc} -> {:halt, {chunks, acc}}
        end
      end)

    {_, {chunks, acc}} = __at_line__(595, Enumerable.reduce(enumerable, {:cont, {[], acc}}, step))

    case after_fun.(acc) do
      {:cont, _acc} -> :lists.reverse(chunks)
      {:cont, chunk, _acc} -> :lists.reverse([chunk | chunks])
    end
  end

  @doc """
  Joins an enumerable of enumerables into one list.

  ## Examples

      iex> Enum.concat([[1], [2, 3], 4..5])
      [1, 2, 3, 4, 5]
  """
  @spec concat(t()) :: t()
  def concat(enumerables) when is_list(enumerables), do: concat_list(enumerables)
  def concat(enumerables), do: concat_enum(enumerables)

  # the leading lists are joined as they are; from the first other enumerable on, the rest goes
  # to concat_enum/1, as Elixir's does (the first that is no enumerable is the one that fails)
  @beamlet_frame_line 4149
  defp concat_list([list | rest]) when is_list(list), do: list ++ concat_list(rest)
  defp concat_list([]), do: []
  defp concat_list(rest), do: concat_enum(rest)

  @doc """
  The elements of `left` followed by those of `right`, as a list.

  ## Examples

      iex> Enum.concat([1, 2], 3..4)
      [1, 2, 3, 4]
  """
  @spec concat(t(), t()) :: t()
  @beamlet_frame_line 668
  def concat(left, right) when is_list(left) and is_list(right), do: left ++ right
  def concat(left, right), do: concat_enum([left, right])

  # Elixir's concat_enum/1: reduce over the enumerables, each reduced onto the accumulator; for
  # lists both reduces are :lists.foldl inlined (an improper list fails in the inner one's clause)
  @beamlet_frame_line 2468
  defp concat_enum(enumerables) do
    fun = &[&1 | &2]

    step = fn
      e, acc when is_list(e) -> unquote(:"-concat_enum/1-lists^foldl/2-0-")(fun, acc, e)
      e, acc ->
        acc = __at_line__(4307, do_reduce(e, acc, fun))
        acc
    end

    if is_list(enumerables) do
      :lists.reverse(unquote(:"-concat_enum/1-lists^foldl/2-1-")(step, [], enumerables))
    else
      # (an enumerable of enumerables that is no list: reduced under concat_enum/1's frame)
      acc = __at_line__(4307, do_reduce(enumerables, [], step))
      :lists.reverse(acc)
    end
  end

  @beamlet_def_line 2468
  @beamlet_frame_line 2468
  defp unquote(:"-concat_enum/1-lists^foldl/2-0-")(f, acc, [h | t]), do: unquote(:"-concat_enum/1-lists^foldl/2-0-")(f, f.(h, acc), t)
  @beamlet_frame_line 2468
  defp unquote(:"-concat_enum/1-lists^foldl/2-0-")(f, acc, []) when is_function(f, 2), do: acc

  @beamlet_def_line 2468
  @beamlet_frame_line 2468
  defp unquote(:"-concat_enum/1-lists^foldl/2-1-")(f, acc, [h | t]), do: unquote(:"-concat_enum/1-lists^foldl/2-1-")(f, f.(h, acc), t)
  @beamlet_frame_line 2468
  defp unquote(:"-concat_enum/1-lists^foldl/2-1-")(f, acc, []) when is_function(f, 2), do: acc

  @doc """
  How many elements `enumerable` has.

  ## Examples

      iex> Enum.count(%{a: 1, b: 2})
      2
  """
  @spec count(t()) :: non_neg_integer()
  def count(enumerable)

  @beamlet_frame_line 686
  def count(list) when is_list(list), do: length(list)

  @beamlet_frame_line 690
  def count(enumerable) do
    case Enumerable.count(enumerable) do
      {:ok, n} when is_integer(n) -> n
      # (not a tail call: count/1's frame shows under a failing enumeration, as Elixir's)
      {:error, module} -> __at_line__(695, module.reduce(enumerable, {:cont, 0}, fn _, acc -> {:cont, acc + 1} end)) |> elem(1)
    end
  end

  @doc """
  How many elements `fun` returns a truthy value for.

  ## Examples

      iex> Enum.count(1..10, fn x -> rem(x, 3) == 0 end)
      3
  """
  @spec count(t(), (element() -> as_boolean(term()))) :: non_neg_integer()
  @beamlet_frame_line 712
  def count(enumerable, fun) do
    counter = fn x, acc -> if fun.(x), do: acc + 1, else: acc end

    case enumerable do
      e when folds_in_tail(e) ->
        do_reduce(e, 0, counter)

      # (the protocol's reduce, inlined, is no tail call: count/2's frame stays under it)
      e ->
        count = do_reduce(e, 0, counter)
        count
    end
  end

  @doc since: "1.12.0"
  def count_until(enumerable, limit) when is_integer(limit) and limit > 0 do
    count_until(enumerable, fn _ -> true end, limit)
  end

  @doc since: "1.12.0"
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

  @doc """
  Removes elements equal (`===`) to the element just before them.

  ## Examples

      iex> Enum.dedup([1, 1, 2, 2, 2, 1])
      [1, 2, 1]
  """
  @spec dedup(t()) :: list()
  # a list as Elixir's: consecutive duplicates (===) dropped by dedup_list/2, then reversed
  @beamlet_frame_line 824
  def dedup(enumerable) when is_list(enumerable), do: dedup_list(enumerable, []) |> :lists.reverse()
  # (Elixir 1.14's: a remote Enum.reduce/3, whose frame shows over dedup/1's)
  @beamlet_frame_line 828
  def dedup(enumerable) do
    __MODULE__.reduce(enumerable, [], fn x, acc ->
      case acc do
        [^x | _] -> acc
        _ -> [x | acc]
      end
    end)
    |> :lists.reverse()
  end

  @beamlet_def_line 4160
  defp dedup_list([value | tail], [value | _] = acc), do: dedup_list(tail, acc)
  defp dedup_list([value | tail], acc), do: dedup_list(tail, [value | acc])
  defp dedup_list([], acc), do: acc

  @beamlet_frame_line 855
  def dedup_by(enumerable, fun) do
    # (the previous key as {:value, key}, [] before the first: the state Elixir's frames show)
    step = fn x, {acc, prev} ->
      key = fun.(x)

      case prev do
        {:value, ^key} -> {acc, prev}
        _ -> {[x | acc], {:value, key}}
      end
    end

    # (Elixir's inlined reduce: this frame at its line)
    {list, _} = __at_line__(2468, do_reduce(enumerable, {[], []}, step))
    :lists.reverse(list)
  end

  @doc """
  Leaves out the first `amount` elements (the last ones when `amount` is negative).

  ## Examples

      iex> Enum.drop([1, 2, 3, 4], 2)
      [3, 4]
      iex> Enum.drop([1, 2, 3, 4], -1)
      [1, 2, 3]
  """
  @spec drop(t(), integer()) :: list()
  def drop(enumerable, amount) when is_list(enumerable) and is_integer(amount) and amount >= 0, do: drop_list(enumerable, amount)
  def drop(enumerable, 0), do: to_list(enumerable)

  # (not a tail call of the inlined reduce: drop/2's frame stays under a failing enumeration)
  def drop(enumerable, amount) when is_integer(amount) and amount > 0 do
    {kept, _} =
      do_reduce(enumerable, {[], amount}, fn
        x, {kept, 0} -> {[x | kept], 0}
        _x, {kept, n} -> {kept, n - 1}
      end)

    :lists.reverse(kept)
  end

  # from the end: counted first
  @beamlet_frame_line 897
  def drop(enumerable, amount) when is_integer(amount) and amount < 0 do
    {count, fun} = slice_count_and_fun(enumerable, 1)
    keep = count + amount
    if keep > 0, do: fun.(0, keep, 1), else: []
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

  @doc """
  Leaves out elements from the front for as long as `fun` returns a truthy value.

  ## Examples

      iex> Enum.drop_while([1, 2, 5, 1], fn x -> x < 3 end)
      [5, 1]
  """
  @spec drop_while(t(), (element() -> as_boolean(term()))) :: list()
  def drop_while(enumerable, fun) when is_list(enumerable), do: drop_while_list(enumerable, fun)

  # (Elixir's reduce/3 inlined here, its fn at 956)
  def drop_while(enumerable, fun) do
    {res, _} =
      do_reduce(enumerable, {[], true}, __at_line__(956, fn
        entry, {acc, true} -> if fun.(entry), do: {acc, true}, else: {[entry | acc], false}
        entry, {acc, false} -> {[entry | acc], false}
      end))

    :lists.reverse(res)
  end

  @beamlet_frame_line 4183
  defp drop_while_list([h | t] = list, fun), do: if(fun.(h), do: drop_while_list(t, fun), else: list)
  defp drop_while_list([], _fun), do: []

  # ---------------------------------------------------------------- e

  @doc """
  Calls `fun` on each element for its side effects and returns `:ok`.

  ## Examples

      Enum.each(["a", "b"], fn s -> IO.puts(s) end)
      #=> prints a and b, returns :ok
  """
  @spec each(t(), (element() -> any())) :: :ok
  def each(enumerable, fun) when is_list(enumerable) do
    unquote(:"-each/2-lists^foreach/1-0-")(fun, enumerable)
  end

  @beamlet_frame_line 980
  def each(enumerable, fun) do
    do_reduce(enumerable, nil, fn x, _ ->
      fun.(x)
      nil
    end)

    :ok
  end


  @doc """
  True when `enumerable` has no elements.

  ## Examples

      iex> Enum.empty?([])
      true
      iex> Enum.empty?(1..2)
      false
  """
  @spec empty?(t()) :: boolean()
  def empty?(enumerable)

  def empty?([]), do: true
  def empty?(list) when is_list(list), do: false

  # (Elixir's Enumerable.slice/1 call, whose frame a non-enumerable fails under)
  @beamlet_frame_line 1007
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

  @beamlet_frame_line 1044
  def fetch(enumerable, index) when is_integer(index) do
    case slice_forward(enumerable, index, 1, 1) do
      [value] -> {:ok, value}
      [] -> :error
    end
  end

  @beamlet_frame_line 1070
  def fetch!(enumerable, index) when is_integer(index) do
    case slice_forward(enumerable, index, 1, 1) do
      [value] -> value
      [] -> __at_line__(1072, raise(Enum.OutOfBoundsError))
    end
  end

  # Elixir's slice_forward/4 (at/fetch/fetch!, slice/2 and slice/3 end here): `amount` elements
  # from `start` (a step apart when `step` > 1). A list is walked (an improper one fails in
  # take_list/2); from the end it is counted first; anything else is sliced through
  # Enumerable.slice/1 (whose frame a non-enumerable fails in), else reduced only as far as needed
  # (so an infinite stream can be sliced)
  defp slice_forward(list, start, amount, step) when is_list(list) and start >= 0,
    do: slice_list(list, start, amount_with_step(amount, step), step)

  # (Elixir's slice_list/4, which slice_forward/4 tail-calls for a list: its frame under drop_list's)
  @beamlet_frame_line 4410
  defp slice_list(list, start, amount, 1), do: take_list(drop_list(list, start), amount)
  @beamlet_frame_line 4412
  defp slice_list(list, start, amount, step), do: take_every_list(drop_list(list, start), amount, step - 1)

  @beamlet_frame_line 4361
  defp slice_forward(enumerable, start, amount, step) when start < 0 do
    {count, fun} = slice_count_and_fun(enumerable, step)
    start = count + start

    if start >= 0,
      do: fun.(start, amount_with_step(:erlang.min(amount, count - start), step), step),
      else: []
  end

  @beamlet_frame_line 4379
  defp slice_forward(enumerable, start, amount, step) do
    case Enumerable.slice(enumerable) do
      {:ok, count, _fun} when start >= count ->
        []

      # (the amount is not divided by the step here, as in Elixir 1.14: the list runs out first)
      {:ok, count, fun} when is_function(fun, 1) ->
        slice_exact(fun.(enumerable), start, :erlang.min(amount, count - start), step)

      {:ok, count, fun} when is_function(fun, 2) ->
        amount = :erlang.min(amount, count - start)

        if step == 1,
          do: fun.(start, amount),
          else: take_every_list(fun.(start, :erlang.min(amount * step, count - start)), amount, step - 1)

      {:ok, count, fun} ->
        fun.(start, amount_with_step(:erlang.min(amount, count - start), step), step)

      {:error, module} ->
        slice_enum(enumerable, module, start, amount, step)
    end
  end

  defp amount_with_step(amount, 1), do: amount
  defp amount_with_step(amount, step), do: div(amount - 1, step) + 1

  # the elements picked by the enumerable's reduce, halting after the last: from `start`, one of
  # every `step`, while `amount` elements (picked or skipped) remain
  @beamlet_frame_line 4418
  defp slice_enum(enumerable, module, start, amount, 1) do
    {_, {_, _, picked}} = module.reduce(enumerable, {:cont, {start, amount, []}}, &slice_enum_step1/2)
    :lists.reverse(picked)
  end

  @beamlet_frame_line 4434
  defp slice_enum(enumerable, module, start, amount, step) do
    {_, {_, _, _, picked}} =
      module.reduce(enumerable, {:cont, {start, amount, 1, []}}, fn x, acc -> slice_enum_stepped(x, acc, step) end)

    :lists.reverse(picked)
  end

  defp slice_enum_step1(_x, {start, amount, _}) when start > 0, do: {:cont, {start - 1, amount, []}}
  defp slice_enum_step1(x, {0, 1, picked}), do: {:halt, {0, 1, [x | picked]}}
  defp slice_enum_step1(x, {0, amount, picked}), do: {:cont, {0, amount - 1, [x | picked]}}

  # (the countdown to the next pick restarts at `step` on each pick)
  defp slice_enum_stepped(_x, {start, amount, wait, _}, _step) when start > 0, do: {:cont, {start - 1, amount, wait, []}}
  defp slice_enum_stepped(x, {0, 1, 1, picked}, _step), do: {:halt, {0, 1, 1, [x | picked]}}
  defp slice_enum_stepped(_x, {0, 1, wait, picked}, _step), do: {:halt, {0, 1, wait, picked}}
  defp slice_enum_stepped(x, {0, amount, 1, picked}, step), do: {:cont, {0, amount - 1, step, [x | picked]}}
  defp slice_enum_stepped(_x, {0, amount, wait, picked}, _step), do: {:cont, {0, amount - 1, wait - 1, picked}}

  # a list's length, where Elixir's slice_count_and_fun/2 takes it
  @beamlet_shown_as {:slice_count_and_fun, 2}
  @beamlet_frame_line 4455
  defp slice_list_count(list) do
    count = length(list)
    count
  end

  # the enumerable's size and a function slicing (start, amount, step) out of it
  @beamlet_frame_line 4455
  defp slice_count_and_fun(list, _step) when is_list(list) do
    count = length(list)
    {count, fn start, amount, step -> slice_exact(list, start, amount, step) end}
  end

  @beamlet_frame_line 4460
  defp slice_count_and_fun(enumerable, step) do
    case Enumerable.slice(enumerable) do
      {:ok, count, fun} when is_function(fun, 3) ->
        {count, fun}

      {:ok, count, fun} when is_function(fun, 2) and step == 1 ->
        {count, fn start, amount, 1 -> fun.(start, amount) end}

      {:ok, count, fun} when is_function(fun, 2) ->
        {count, fn start, amount, step -> take_every_list(fun.(start, :erlang.min(amount * step, count - start)), amount, step - 1) end}

      {:ok, count, fun} ->
        {count, fn start, amount, step -> slice_exact(fun.(enumerable), start, amount, step) end}

      {:error, module} ->
        {reversed, count} =
          module.reduce(enumerable, {:cont, {[], 0}}, fn x, {acc, n} -> {:cont, {[x | acc], n + 1}} end) |> elem(1)

        {count, fn start, amount, step -> slice_exact(:lists.reverse(reversed), start, amount, step) end}
    end
  end

  # a slice of a list whose bounds are known to hold
  defp slice_exact(_list, _start, 0, _step), do: []
  defp slice_exact(list, start, amount, 1), do: take_list(drop_list(list, start), amount)
  defp slice_exact(list, start, amount, step), do: take_every_list(drop_list(list, start), amount, step - 1)

  # the first element, then each one after skipping `skip`: all of them, or `amount` of them
  defp take_every_list(list, skip), do: take_every_list(list, -1, skip)

  defp take_every_list(list, amount, skip), do: take_every_loop(list, amount, skip, [])

  defp take_every_loop(_list, 0, _skip, acc), do: :lists.reverse(acc)
  defp take_every_loop([h | t], amount, skip, acc), do: take_every_loop(drop_list(t, skip), amount - 1, skip, [h | acc])
  defp take_every_loop([], _amount, _skip, acc), do: :lists.reverse(acc)

  # the first n elements (the element at an index for slice: n is 1). Elixir's take_list/2 is
  # body-recursive: a non-list tail fails in its clauses under one frame of it at its recursive
  # call; here a loop shown as that frame, which calls it only for such a tail
  defp take_list(_list, 0), do: []
  defp take_list([h | _], 1), do: [h]
  defp take_list([h | t], n), do: take_loop(t, n - 1, [h])
  defp take_list([], _n), do: []

  @beamlet_shown_as {:take_list, 2}
  defp take_loop([h | t], n, acc) when n > 0, do: take_loop(t, n - 1, [h | acc])
  defp take_loop(_tail, 0, acc), do: :lists.reverse(acc)
  defp take_loop([], _n, acc), do: :lists.reverse(acc)

  @beamlet_frame_line 4657
  defp take_loop(tail, n, _acc) do
    failed = take_list(tail, n)
    failed
  end

  @doc """
  Keeps the elements for which `fun` returns a truthy value.

  ## Examples

      iex> Enum.filter([1, 2, 3, 4], fn x -> x > 2 end)
      [3, 4]
  """
  @spec filter(t(), (element() -> as_boolean(term()))) :: list()
  def filter(enumerable, fun) when is_list(enumerable), do: filter_list(enumerable, fun)

  @beamlet_frame_line 1112
  def filter(enumerable, fun) do
    # (in place after a range's or a map's fold: another Enumerable's reduce sees the accumulator)
    enumerable |> do_reduce([], fn x, acc -> if fun.(x), do: [x | acc], else: acc end) |> :beamlet.reverse_for(enumerable)
  end

  # Elixir's filter_list/2 is body-recursive: a trace shows its frame, over the frame of the call
  # that follows a kept element (once, as the BEAM records a repeated return address once). Here
  # the first kept element's call is such a frame, and the rest a loop shown as filter_list/2
  @beamlet_def_line 4196
  @beamlet_frame_line 4197
  defp filter_list([h | t], fun) do
    if fun.(h), do: __at_line__(4198, [h | filter_loop(t, fun, [])]), else: filter_list(t, fun)
  end

  defp filter_list([], _fun), do: []

  @beamlet_shown_as {:filter_list, 2}
  @beamlet_frame_line 4197
  defp filter_loop([h | t], fun, acc), do: filter_loop(t, fun, if(fun.(h), do: [h | acc], else: acc))
  defp filter_loop([], _fun, acc), do: :beamlet.reverse_owned(acc)
  # (an improper tail fails in filter_list/2's clauses, as Elixir's)
  defp filter_loop(tail, fun, _acc), do: filter_list(tail, fun)

  @doc """
  The first element for which `fun` returns a truthy value, or `default` when there is none.

  ## Examples

      iex> Enum.find([1, 4, 9], fn x -> x > 3 end)
      4
      iex> Enum.find([1, 4, 9], :none, fn x -> x > 10 end)
      :none
  """
  @spec find(t(), default(), (element() -> any())) :: element() | default()
  def find(enumerable, default \\ nil, fun)

  def find(enumerable, default, fun) when is_list(enumerable), do: find_list(enumerable, default, fun)

  @beamlet_frame_line 1150
  def find(enumerable, default, fun) do
    case Enumerable.reduce(enumerable, {:cont, nil}, __at_line__(1151, fn x, _ -> if fun.(x), do: {:halt, x}, else: {:cont, nil} end)) do
      {:halted, x} -> x
      {:done, _} -> default
    end
  end

  @beamlet_def_line 4210
  @beamlet_frame_line 4211
  defp find_list([h | t], default, fun), do: if(fun.(h), do: h, else: find_list(t, default, fun))
  defp find_list([], default, _fun), do: default

  @doc """
  The zero-based position of the first element `fun` accepts, or `nil`.

  ## Examples

      iex> Enum.find_index([:a, :b, :c], fn x -> x == :c end)
      2
  """
  @spec find_index(t(), (element() -> any())) :: non_neg_integer() | nil
  def find_index(enumerable, fun) when is_list(enumerable), do: find_index_list(enumerable, 0, fun)

  @beamlet_frame_line 1176
  def find_index(enumerable, fun) do
    result =
      Enumerable.reduce(enumerable, {:cont, 0}, __at_line__(1177, fn x, i ->
        if fun.(x), do: {:halt, {:found, i}}, else: {:cont, i + 1}
      end))

    case result do
      {:halted, {:found, i}} -> i
      _ -> nil
    end
  end

  def find_value(enumerable, default \\ nil, fun)

  def find_value(enumerable, default, fun) when is_list(enumerable), do: find_value_list(enumerable, default, fun)

  @beamlet_frame_line 1218
  def find_value(enumerable, default, fun) do
    result =
      Enumerable.reduce(enumerable, {:cont, nil}, __at_line__(1219, fn x, _ ->
        value = fun.(x)
        if value, do: {:halt, {:found, value}}, else: {:cont, nil}
      end))

    case result do
      {:halted, {:found, v}} -> v
      _ -> default
    end
  end

  @beamlet_def_line 4238
  @beamlet_frame_line 4239
  defp find_value_list([h | t], default, fun) do
    case fun.(h) do
      x when x in [false, nil] -> find_value_list(t, default, fun)
      x -> x
    end
  end

  defp find_value_list([], default, _fun), do: default

  @doc """
  Maps each element to an enumerable with `fun` and concatenates the results.

  ## Examples

      iex> Enum.flat_map([1, 2], fn x -> [x, x * 10] end)
      [1, 10, 2, 20]
  """
  @spec flat_map(t(), (element() -> t())) :: list()
  def flat_map(enumerable, fun) when is_list(enumerable), do: flat_map_list(enumerable, fun)

  @beamlet_frame_line 1251
  def flat_map(enumerable, fun) do
    enumerable
    |> do_reduce([], fn x, acc ->
      case fun.(x) do
        list when is_list(list) -> :lists.reverse(list, acc)
        # (Elixir's fn lists another enumerable with to_list/1, its frame under the failure)
        other -> :lists.reverse(__at_line__(1253, to_list(other)), acc)
      end
    end)
    |> :lists.reverse()
  end

  # Elixir's flat_map_list/2 is body-recursive (`list ++ flat_map_list(tail, fun)`): a trace shows
  # its frame over the frame of the call that follows the first element; the rest is a loop shown
  # as flat_map_list/2 (see filter_list/2)
  @beamlet_def_line 4248
  @beamlet_frame_line 4249
  defp flat_map_list([h | t], fun) do
    case fun.(h) do
      list when is_list(list) -> __at_line__(4250, list ++ flat_map_loop(t, fun, []))
      other -> __at_line__(4251, to_list(other) ++ flat_map_loop(t, fun, []))
    end
  end

  defp flat_map_list([], _fun), do: []

  @beamlet_shown_as {:flat_map_list, 2}
  @beamlet_frame_line 4249
  defp flat_map_loop([h | t], fun, acc) do
    acc =
      case fun.(h) do
        list when is_list(list) -> :lists.reverse(list, acc)
        other -> reverse_list(other) ++ acc
      end

    flat_map_loop(t, fun, acc)
  end

  defp flat_map_loop([], _fun, acc), do: :lists.reverse(acc)
  # (an improper tail fails in flat_map_list/2's clauses, as Elixir's)
  defp flat_map_loop(tail, fun, _acc), do: flat_map_list(tail, fun)

  # (Elixir's, its lines too: a list of one is consed on, any other enumerable reduced onto the
  # list, the fn written there numbered after the capture inside it)
  @beamlet_frame_line 1287
  def flat_map_reduce(enumerable, acc, fun) do
    {_, {list, acc}} =
      Enumerable.reduce(enumerable, {:cont, {[], acc}}, fn x, {list, acc} ->
        case __at_line__(1288, fun.(x, acc)) do
          {:halt, acc} -> {:halt, {list, acc}}
          {[], acc} -> {:cont, {list, acc}}
          {[entry], acc} -> {:cont, {[entry | list], acc}}
          {entries, acc} -> {:cont, {do_reduce(entries, list, &[&1 | &2]), acc}}
        end
      end)

    {:lists.reverse(list), acc}
  end

  @doc """
  A map from each distinct element to the number of times it occurs.

  ## Examples

      iex> Enum.frequencies(~w(a b a c a))
      %{"a" => 3, "b" => 1, "c" => 1}
  """
  @doc since: "1.10.0"
  @spec frequencies(t()) :: map()
  def frequencies(enumerable) do
    counter = fn x, acc ->
      case acc do
        %{^x => n} -> %{acc | x => n + 1}
        _ -> :maps.put(x, 1, acc)
      end
    end

    case enumerable do
      e when folds_in_tail(e) ->
        do_reduce(e, %{}, counter)

      # (as count/2: frequencies/1's frame stays under the protocol's reduce)
      e ->
        frequencies = do_reduce(e, %{}, counter)
        frequencies
    end
  end

  @beamlet_def_line 1342
  @beamlet_frame_line 1344
  @doc since: "1.10.0"
  def frequencies_by(enumerable, key_fun) when is_function(key_fun) do
    do_reduce(enumerable, %{}, fn x, acc ->
      key = key_fun.(x)

      case acc do
        %{^key => n} -> %{acc | key => n + 1}
        _ -> :maps.put(key, 1, acc)
      end
    end)
  end

  # ---------------------------------------------------------------- g-i

  @doc """
  Groups the elements into a map keyed by `key_fun`'s result; each group keeps the original order
  and holds `value_fun`'s result for each element.

  ## Examples

      iex> Enum.group_by(~w(ant bee cat ape), &String.first/1)
      %{"a" => ["ant", "ape"], "b" => ["bee"], "c" => ["cat"]}
      iex> Enum.group_by([1, 2, 3, 4], &rem(&1, 2), &(&1 * 10))
      %{0 => [20, 40], 1 => [10, 30]}
  """
  @spec group_by(t(), (element() -> any()), (element() -> any())) :: map()
  def group_by(enumerable, key_fun, value_fun \\ fn x -> x end)

  @beamlet_frame_line 1374
  def group_by(enumerable, key_fun, value_fun) when is_function(key_fun) do
    enumerable
    |> reverse()
    |> unquote(:"-group_by/3-lists^foldl/2-0-")(%{}, fn x, acc ->
      key = __at_line__(1375, key_fun.(x))
      value = __at_line__(1376, value_fun.(x))

      case acc do
        %{^key => existing} -> %{acc | key => [value | existing]}
        _ -> :maps.put(key, [value], acc)
      end
    end)
  end

  # reduce(list, acc, fun) as Elixir's compiler inlines it into group_by/3 (its own foldl)
  @beamlet_frame_line 2468
  defp unquote(:"-group_by/3-lists^foldl/2-0-")([h | t], acc, f), do: unquote(:"-group_by/3-lists^foldl/2-0-")(t, f.(h, acc), f)
  defp unquote(:"-group_by/3-lists^foldl/2-0-")([], acc, _f), do: acc

  # Elixir 1.14 still takes a dictionary (a map or keyword list) in key_fun's place, deprecated
  # (warned of at its line; the elements folded by a foldl of its own, as Elixir's inlined reduce)
  @beamlet_frame_line 1386
  def group_by(enumerable, dict, fun) do
    IO.warn("Enum.group_by/3 with a map/dictionary as second element is deprecated. A map is used by default and it is no longer required to pass one to this function")

    enumerable
    |> reverse()
    |> unquote(:"-group_by/3-lists^foldl/2-1-")(dict, fn x, acc ->
      # (through Dict, as Elixir's: an unsupported dict fails in Dict.unsupported_dict/1)
      dict_module = Dict
      dict_module.update(acc, fun.(x), [x], &[x | &1])
    end)
  end

  @beamlet_frame_line 2468
  defp unquote(:"-group_by/3-lists^foldl/2-1-")([h | t], acc, f), do: unquote(:"-group_by/3-lists^foldl/2-1-")(t, f.(h, acc), f)
  defp unquote(:"-group_by/3-lists^foldl/2-1-")([], acc, _f), do: acc

  # as Elixir 1.14's: a list through body-recursive intersperse_non_empty_list/2 (an improper tail
  # fails there, at 4261 under 4264), anything else through reduce/3 inlined (its frame at 4307)
  def intersperse(enumerable, separator) when is_list(enumerable) do
    case enumerable do
      [] -> []
      list -> __at_line__(1418, intersperse_non_empty_list(list, separator))
    end
  end

  def intersperse(enumerable, separator) do
    # (a plain map folds in its iteration order, as reduce/3's clause for maps)
    list =
      if is_map(enumerable) and not is_map_key(enumerable, :__struct__) do
        reduce(enumerable, [], fn x, acc -> [x, separator | acc] end)
      else
        __at_line__(4307, elem(Enumerable.reduce(enumerable, {:cont, []}, fn x, acc -> {:cont, [x, separator | acc]} end), 1))
      end
      |> :lists.reverse()

    case list do
      [] -> []
      [_ | t] -> t
    end
  end

  defp intersperse_non_empty_list([head], _separator), do: [head]

  @beamlet_frame_line 4264
  defp intersperse_non_empty_list([head | rest], separator), do: [head, separator | intersperse_non_empty_list(rest, separator)]

  @doc """
  Puts every element of `enumerable` into `collectable` (a list, a map, a MapSet, ...).

  ## Examples

      iex> Enum.into([a: 1, b: 2], %{})
      %{a: 1, b: 2}
  """
  @spec into(Enumerable.t(), Collectable.t()) :: Collectable.t()
  def into(enumerable, collectable)

  def into(enumerable, []), do: to_list(enumerable)

  def into(%{__struct__: _} = enumerable, collectable), do: into_protocol(enumerable, collectable)

  def into(enumerable, %{__struct__: _} = collectable), do: into_protocol(enumerable, collectable)

  def into(enumerable, %{} = collectable) do
    if map_size(collectable) == 0, do: into_map(enumerable), else: into_map(enumerable, collectable)
  end

  def into(enumerable, collectable), do: into_protocol(enumerable, collectable)

  # a plain map from a list: :maps.from_list/1 refuses an element that is no pair ("argument error")
  defp into_map(%{} = enumerable), do: enumerable
  @beamlet_frame_line 1486
  defp into_map(enumerable) when is_list(enumerable), do: :maps.from_list(enumerable)
  defp into_map(enumerable), do: enumerable |> to_list() |> :maps.from_list()

  defp into_map(%{} = enumerable, collectable), do: Map.merge(collectable, enumerable)
  @beamlet_frame_line 1493
  defp into_map(enumerable, collectable) when is_list(enumerable), do: Map.merge(collectable, :maps.from_list(enumerable))
  defp into_map(enumerable, collectable), do: reduce(enumerable, collectable, fn {key, val}, acc -> Map.put(acc, key, val) end)

  # as Elixir 1.14's: the collectable's fun is told :halt when the enumeration fails
  @beamlet_frame_line 1499
  defp into_protocol(enumerable, collectable) do
    {initial, fun} = Collectable.into(collectable)

    try do
      __at_line__(1502, reduce_into_protocol(enumerable, initial, fun))
    catch
      kind, reason ->
        fun.(initial, :halt)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      acc -> fun.(acc, :done)
    end
  end

  @beamlet_frame_line 1513
  defp reduce_into_protocol(enumerable, initial, fun) when is_list(enumerable),
    do: unquote(:"-reduce_into_protocol/3-lists^foldl/2-0-")(fn x, acc -> fun.(acc, {:cont, x}) end, initial, enumerable)

  @beamlet_frame_line 1518
  defp reduce_into_protocol(enumerable, initial, fun) do
    enumerable
    |> Enumerable.reduce({:cont, initial}, fn x, acc -> __at_line__(1519, {:cont, fun.(acc, {:cont, x})}) end)
    |> elem(1)
  end

  @beamlet_def_line 1513
  @beamlet_frame_line 1513
  defp unquote(:"-reduce_into_protocol/3-lists^foldl/2-0-")(f, acc, [h | t]), do: unquote(:"-reduce_into_protocol/3-lists^foldl/2-0-")(f, f.(h, acc), t)
  @beamlet_frame_line 1513
  defp unquote(:"-reduce_into_protocol/3-lists^foldl/2-0-")(_f, acc, []), do: acc

  @beamlet_frame_line 1566
  defp into_protocol(enumerable, collectable, transform) do
    {initial, fun} = Collectable.into(collectable)

    try do
      __at_line__(1569, reduce_into_protocol(enumerable, initial, transform, fun))
    catch
      kind, reason ->
        fun.(initial, :halt)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      acc -> fun.(acc, :done)
    end
  end

  @beamlet_frame_line 1580
  defp reduce_into_protocol(enumerable, initial, transform, fun) when is_list(enumerable),
    do: unquote(:"-reduce_into_protocol/4-lists^foldl/2-0-")(fn x, acc -> fun.(acc, {:cont, transform.(x)}) end, initial, enumerable)

  @beamlet_frame_line 1585
  defp reduce_into_protocol(enumerable, initial, transform, fun) do
    enumerable
    |> Enumerable.reduce({:cont, initial}, fn x, acc -> __at_line__(1586, {:cont, fun.(acc, {:cont, transform.(x)})}) end)
    |> elem(1)
  end

  @beamlet_def_line 1580
  @beamlet_frame_line 1580
  defp unquote(:"-reduce_into_protocol/4-lists^foldl/2-0-")(f, acc, [h | t]), do: unquote(:"-reduce_into_protocol/4-lists^foldl/2-0-")(f, f.(h, acc), t)
  @beamlet_frame_line 1580
  defp unquote(:"-reduce_into_protocol/4-lists^foldl/2-0-")(_f, acc, []), do: acc

  @doc """
  Like `into/2`, with `transform` applied to each element first.

  ## Examples

      iex> Enum.into([1, 2], %{}, fn x -> {x, x * x} end)
      %{1 => 1, 2 => 4}
  """
  @spec into(Enumerable.t(), Collectable.t(), (term() -> term())) :: Collectable.t()
  def into(enumerable, [], transform), do: map(enumerable, transform)

  def into(%{__struct__: _} = enumerable, collectable, transform), do: into_protocol(enumerable, collectable, transform)

  def into(enumerable, %{__struct__: _} = collectable, transform), do: into_protocol(enumerable, collectable, transform)

  @beamlet_frame_line 1552
  def into(enumerable, %{} = collectable, transform) do
    if map_size(collectable) == 0 do
      enumerable |> map(transform) |> :maps.from_list()
    else
      reduce(enumerable, collectable, fn entry, acc ->
        __at_line__(1555, {key, val} = transform.(entry))
        Map.put(acc, key, val)
      end)
    end
  end

  def into(enumerable, collectable, transform), do: into_protocol(enumerable, collectable, transform)

  # ---------------------------------------------------------------- j-m

  @doc """
  Converts each element to a string and joins them with `joiner` between them.

  ## Examples

      iex> Enum.join([1, 2, 3], ", ")
      "1, 2, 3"
      iex> Enum.join([:a, :b])
      "ab"
  """
  @spec join(t(), String.t()) :: String.t()
  def join(enumerable, joiner \\ "")

  # a list with a joiner: Elixir 1.14's join_list/2 (its stack traces show it)
  # without a joiner: each element converted in order (map/2's frames), as Elixir 1.14's
  @beamlet_frame_line 1617
  def join(enumerable, "") do
    enumerable |> map(&entry_to_string(&1)) |> IO.iodata_to_binary()
  end

  def join(enumerable, joiner) when is_list(enumerable) and is_binary(joiner), do: join_list(enumerable, joiner)

  # any other enumerable: converted in the order reduce/3 visits it (the first element first)
  def join(enumerable, joiner) when is_binary(joiner) do
    reduced =
      do_reduce(enumerable, :first, fn
        entry, :first -> entry_to_string(entry)
        entry, acc -> [acc, joiner | entry_to_string(entry)]
      end)

    if reduced == :first, do: "", else: IO.iodata_to_binary(reduced)
  end

  # binaries only: one BIF sizes the result and copies each once (no list of pieces)
  @beamlet_frame_line 4272
  defp join_list([], _joiner), do: ""

  @beamlet_frame_line 4272
  defp join_list(list, joiner) do
    case :beamlet.join_binaries(list, joiner) do
      false -> join_non_empty_list(list, joiner, []) |> :lists.reverse() |> :erlang.iolist_to_binary()
      joined -> joined
    end
  end

  @beamlet_def_line 4277
  @beamlet_frame_line 3991
  defp join_non_empty_list([first], _joiner, acc), do: [entry_to_string(first) | acc]
  @beamlet_frame_line 3991
  defp join_non_empty_list([first | rest], joiner, acc), do: join_non_empty_list(rest, joiner, [joiner, entry_to_string(first) | acc])


  defp entry_to_string(entry) when is_binary(entry), do: entry
  defp entry_to_string(entry), do: String.Chars.to_string(entry)

  @doc """
  Returns a list with `fun` applied to each element of `enumerable`, in order. A map's elements
  are its `{key, value}` tuples.

  ## Examples

      iex> Enum.map([1, 2, 3], fn x -> x * 10 end)
      [10, 20, 30]
      iex> Enum.map(%{a: 1}, fn {k, v} -> {v, k} end)
      [{1, :a}]
  """
  @spec map(t(), (element() -> any())) :: list()
  def map(enumerable, fun) when is_list(enumerable), do: unquote(:"-map/2-lists^map/1-0-")(fun, enumerable)

  @beamlet_frame_line 1662
  def map(enumerable, fun) do
    # (in place after a range's or a map's fold: another Enumerable's reduce sees the accumulator)
    enumerable |> do_reduce([], fn x, acc -> [fun.(x) | acc] end) |> :beamlet.reverse_for(enumerable)
  end

  defp map_list([], _fun, acc), do: :beamlet.reverse_owned(acc)
  defp map_list([h | t], fun, acc), do: map_list(t, fun, [fun.(h) | acc])

  @doc since: "1.4.0"
  def map_every(enumerable, 1, fun), do: map(enumerable, fun)
  def map_every(enumerable, 0, _fun), do: to_list(enumerable)

  def map_every(enumerable, nth, fun) when is_integer(nth) and nth > 1 do
    {list, _} =
      do_reduce(enumerable, {[], 0}, fn x, {acc, i} ->
        if rem(i, nth) == 0, do: {[fun.(x) | acc], i + 1}, else: {[x | acc], i + 1}
      end)

    :lists.reverse(list)
  end

  # as Elixir 1.14's: each element mapped in turn (a failing mapper leaves the ones after it
  # unmapped), the list body-recursive (its frames repeat under a failing element's)
  @doc since: "1.10.0"
  def map_intersperse(enumerable, separator, mapper) when is_list(enumerable), do: map_intersperse_list(enumerable, separator, mapper)

  def map_intersperse(enumerable, separator, mapper) do
    reduced =
      do_reduce(enumerable, :first, fn
        entry, :first -> __at_line__(1724, [mapper.(entry)])
        entry, acc -> __at_line__(1725, [mapper.(entry), separator | acc])
      end)

    # (the accumulator's cells are the fold's own, as map/2's: reversed in place after a map's or
    # a range's fold)
    if reduced == :first, do: [], else: :beamlet.reverse_for(reduced, enumerable)
  end

  @beamlet_def_line 4285
  defp map_intersperse_list([], _, _), do: []
  @beamlet_frame_line 4289
  defp map_intersperse_list([last], _, mapper), do: [mapper.(last)]
  @beamlet_frame_line 4292
  defp map_intersperse_list([head | rest], separator, mapper), do: [mapper.(head), separator | map_intersperse_list(rest, separator, mapper)]

  @doc """
  Maps each element with `mapper` and joins the results as `join/2` does.

  ## Examples

      iex> Enum.map_join([1, 2, 3], "-", fn x -> x * 2 end)
      "2-4-6"
  """
  @spec map_join(t(), String.t(), (element() -> String.Chars.t())) :: String.t()
  @beamlet_frame_line 1755
  def map_join(enumerable, joiner \\ "", mapper) when is_binary(joiner) do
    enumerable |> map_intersperse(joiner, &entry_to_string(mapper.(&1))) |> IO.iodata_to_binary()
  end

  @doc """
  Maps and reduces in one pass: `fun` gets each element and the accumulator and returns
  `{mapped, new_acc}`. The result is `{mapped_list, final_acc}`.

  ## Examples

      iex> Enum.map_reduce([1, 2, 3], 0, fn x, sum -> {x * 2, sum + x} end)
      {[2, 4, 6], 6}
  """
  @spec map_reduce(t(), acc(), (element(), acc() -> {element(), acc()})) :: {list(), acc()}
  def map_reduce(enumerable, acc, fun) when is_list(enumerable), do: unquote(:"-map_reduce/3-lists^mapfoldl/2-0-")(fun, acc, enumerable)

  @beamlet_frame_line 1786
  def map_reduce(enumerable, acc, fun) do
    {list, acc} =
      do_reduce(enumerable, {[], acc}, fn x, {list, a} ->
        {value, a} = fun.(x, a)
        {[value | list], a}
      end)

    {:lists.reverse(list), acc}
  end

  @doc false
  # a non-empty list in term order: OTP's lists:max/1, as Elixir's (first of equal elements; an
  # improper list fails in lists:max/2, which names the frame)
  def max([_ | _] = list), do: :lists.max(list)
  @beamlet_frame_line 1855
  def max(enumerable), do: max(enumerable, fn a, b -> a >= b end, fn -> raise Enum.EmptyError end)

  @doc false
  def max([_ | _] = list, empty_fallback) when is_function(empty_fallback, 0), do: :lists.max(list)

  # (the EmptyError fallback is max/2's first fun, as Elixir's default argument's)
  @beamlet_frame_line 1855
  def max(enumerable, sorter) when not is_function(sorter, 0), do: max(enumerable, sorter, fn -> raise Enum.EmptyError end)

  def max(enumerable, empty_fallback) do
    max(enumerable, fn a, b -> a >= b end, empty_fallback)
  end

  @doc """
  The largest element (by term order, or by `sorter`). An empty enumerable raises
  `Enum.EmptyError` unless `empty_fallback` gives a value.

  ## Examples

      iex> Enum.max([3, 9, 4])
      9
      iex> Enum.max([], fn -> :empty end)
      :empty
  """
  @spec max(t(), (element(), element() -> boolean()) | module(), (() -> empty_result)) :: element() | empty_result when empty_result: any()
  @beamlet_frame_line 1856
  def max(enumerable, sorter \\ &>=/2, empty_fallback \\ fn -> raise Enum.EmptyError end) do
    aggregate(enumerable, max_sort_fun(sorter), empty_fallback)
  end

  @doc false
  # a non-empty list in term order: OTP's lists:min/1, as Elixir's (first of equal elements; an
  # improper list fails in lists:min/2, which names the frame)
  def min([_ | _] = list), do: :lists.min(list)
  @beamlet_frame_line 2035
  def min(enumerable), do: min(enumerable, fn a, b -> a <= b end, fn -> raise Enum.EmptyError end)

  @doc false
  def min([_ | _] = list, empty_fallback) when is_function(empty_fallback, 0), do: :lists.min(list)

  # (the EmptyError fallback is min/2's first fun, as Elixir's default argument's)
  @beamlet_frame_line 2035
  def min(enumerable, sorter) when not is_function(sorter, 0), do: min(enumerable, sorter, fn -> raise Enum.EmptyError end)

  def min(enumerable, empty_fallback) do
    min(enumerable, fn a, b -> a <= b end, empty_fallback)
  end

  @doc """
  The smallest element (by term order, or by `sorter`). An empty enumerable raises
  `Enum.EmptyError` unless `empty_fallback` gives a value.

  ## Examples

      iex> Enum.min([3, 9, 4])
      3
  """
  @spec min(t(), (element(), element() -> boolean()) | module(), (() -> empty_result)) :: element() | empty_result when empty_result: any()
  @beamlet_frame_line 2036
  def min(enumerable, sorter \\ &<=/2, empty_fallback \\ fn -> raise Enum.EmptyError end) do
    aggregate(enumerable, min_sort_fun(sorter), empty_fallback)
  end

  # a list as Elixir's: folded by aggregate_list/3, which names an improper tail's failure
  defp aggregate([head | tail], fun, _empty_fallback), do: aggregate_list(tail, head, fun)
  defp aggregate([], _fun, empty_fallback), do: empty_fallback.()

  # a range as Elixir 1.14's: only its first and last integers are compared (a sorter's answer
  # must be a boolean, here and below: another is a CaseClauseError at Elixir's line)
  defp aggregate(%Range{first: first, last: last, step: step}, fun, empty_fallback) do
    if (step > 0 and first > last) or (step < 0 and first < last) do
      empty_fallback.()
    else
      last = last - rem(last - first, step)

      case __at_line__(4009, fun.(first, last)) do
        true -> first
        false -> last
      end
    end
  end

  defp aggregate(enumerable, fun, empty_fallback) do
    ref = make_ref()

    result =
      do_reduce(enumerable, ref, fn
        element, ^ref ->
          element

        element, acc ->
          case __at_line__(4025, fun.(acc, element)) do
            true -> acc
            false -> element
          end
      end)

    case result do
      ^ref -> empty_fallback.()
      result -> result
    end
  end

  @beamlet_def_line 4036
  @beamlet_frame_line 4038
  defp aggregate_list([head | tail], acc, fun) do
    acc =
      case __at_line__(4038, fun.(acc, head)) do
        true -> acc
        false -> head
      end

    aggregate_list(tail, acc, fun)
  end

  defp aggregate_list([], acc, _fun), do: acc

  # sorter: a 2-arity fun, or a module with compare/2 (max: :gt wins, min: :lt wins); anything
  # else fails in these, as in Elixir
  @beamlet_def_line 1859
  defp max_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  @beamlet_frame_line 1860
  defp max_sort_fun(module) when is_atom(module), do: fn a, b -> module.compare(a, b) != :lt end
  @beamlet_def_line 2039
  defp min_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  @beamlet_frame_line 2040
  defp min_sort_fun(module) when is_atom(module), do: fn a, b -> module.compare(a, b) != :gt end


  @doc false
  def max_by(enumerable, fun, empty_fallback) when is_function(fun, 1) and is_function(empty_fallback, 0) do
    # (the 4-arity clause that takes a fallback in third place, as before)
    max_by(enumerable, fun, empty_fallback, nil)
  end

  @doc """
  The element for which `fun` returns the largest value.

  ## Examples

      iex> Enum.max_by(["a", "abc", "ab"], &String.length/1)
      "abc"
  """
  @spec max_by(t(), (element() -> any()), (element(), element() -> boolean()) | module(), (() -> empty_result)) :: element() | empty_result when empty_result: any()
  def max_by(enumerable, fun, sorter \\ &>=/2, empty_fallback \\ __at_line__(1925, fn -> raise Enum.EmptyError end))

  @beamlet_def_line 1925
  def max_by(enumerable, fun, empty_fallback, _) when is_function(fun, 1) and is_function(empty_fallback, 0) do
    aggregate_by(enumerable, fun, fn a, b -> a >= b end, empty_fallback)
  end

  @beamlet_frame_line 1927
  def max_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1) do
    aggregate_by(enumerable, fun, max_sort_fun(sorter), empty_fallback)
  end


  @doc false
  def min_by(enumerable, fun, empty_fallback) when is_function(fun, 1) and is_function(empty_fallback, 0) do
    # (the 4-arity clause that takes a fallback in third place, as before)
    min_by(enumerable, fun, empty_fallback, nil)
  end

  @doc """
  The element for which `fun` returns the smallest value.

  ## Examples

      iex> Enum.min_by([%{n: 2}, %{n: 1}], fn m -> m.n end)
      %{n: 1}
  """
  @spec min_by(t(), (element() -> any()), (element(), element() -> boolean()) | module(), (() -> empty_result)) :: element() | empty_result when empty_result: any()
  def min_by(enumerable, fun, sorter \\ &<=/2, empty_fallback \\ __at_line__(2105, fn -> raise Enum.EmptyError end))

  @beamlet_def_line 2105
  def min_by(enumerable, fun, empty_fallback, _) when is_function(fun, 1) and is_function(empty_fallback, 0) do
    aggregate_by(enumerable, fun, fn a, b -> a <= b end, empty_fallback)
  end

  @beamlet_frame_line 2107
  def min_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1) do
    aggregate_by(enumerable, fun, min_sort_fun(sorter), empty_fallback)
  end

  defp min_max_by_sort_fun(module), do: fn a, b -> module.compare(a, b) == :lt end

  # Elixir's aggregate_by/4: a fun for the first element and one for the rest, folded by
  # reduce_by/3 (inlined there), with [element | key] cells
  defp aggregate_by(enumerable, fun, sorter, empty_fallback) do
    first_fun = __at_line__(4049, fn x -> [x | fun.(x)] end)

    reduce_fun = fn entry, [_ | fun_ref] = old ->
      fun_entry = __at_line__(4052, fun.(entry))

      case __at_line__(4054, sorter.(fun_ref, fun_entry)) do
        true -> old
        false -> [entry | fun_entry]
      end
    end

    case __at_line__(4067, reduce_by(enumerable, first_fun, reduce_fun)) do
      :empty -> empty_fallback.()
      [entry | _] -> entry
    end
  end

  # Elixir's reduce_by/3, which its compiler inlines into aggregate_by/4 and min_max_by/4: the
  # first element through `first`, the rest folded with `fun` (:lists.foldl/3 for a list, its
  # helper named after the caller)
  @beamlet_inlined true
  @beamlet_frame_line 4067
  defp reduce_by([head | tail], first, fun), do: unquote(:"-reduce_by/3-lists^foldl/2-0-")(fun, first.(head), tail)
  defp reduce_by([], _first, _fun), do: :empty

  # (a plain map and a range fold as reduce/3 inlined; any other enumerable goes through reduce/3
  # itself: Elixir 1.14 does not inline it here)
  @beamlet_frame_line 4075
  defp reduce_by(enumerable, first, fun) when not is_map(enumerable) or (is_map_key(enumerable, :__struct__) and :erlang.map_get(:__struct__, enumerable) != Range) do
    result =
      reduce(enumerable, :empty, fn
        element, :empty -> first.(element)
        element, acc -> fun.(element, acc)
      end)

    result
  end

  @beamlet_frame_line 4075
  defp reduce_by(enumerable, first, fun) do
    result =
      do_reduce(enumerable, :empty, fn
        element, :empty -> first.(element)
        element, acc -> fun.(element, acc)
      end)

    result
  end

  @beamlet_inlined true
  @beamlet_def_line 4067
  @beamlet_frame_line 4067
  defp unquote(:"-reduce_by/3-lists^foldl/2-0-")(f, acc, [h | t]), do: unquote(:"-reduce_by/3-lists^foldl/2-0-")(f, f.(h, acc), t)
  @beamlet_frame_line 4067
  defp unquote(:"-reduce_by/3-lists^foldl/2-0-")(_f, acc, []), do: acc

  @beamlet_def_line 4224
  @beamlet_frame_line 4225
  defp find_index_list([h | t], counter, fun), do: if(fun.(h), do: counter, else: find_index_list(t, counter + 1, fun))
  defp find_index_list([], _counter, _fun), do: nil

  @doc """
  True when `element` is in `enumerable` (compared with `===`; a range checks its bounds).

  ## Examples

      iex> Enum.member?([1, 2, 3], 2)
      true
      iex> Enum.member?(1..10, 11)
      false
  """
  @spec member?(t(), element()) :: boolean()
  @beamlet_frame_line 1956
  def member?(enumerable, element) when is_list(enumerable), do: :lists.member(element, enumerable)

  @beamlet_frame_line 1960
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

  @beamlet_def_line 2133
  def min_max(enumerable, empty_fallback \\ __at_line__(2131, fn -> raise Enum.EmptyError end)) when is_function(empty_fallback, 0) do
    # (reduce_by/3, as Elixir's: its fold is named after min_max/2)
    first_fun = fn x -> {x, x} end
    reduce_fun = fn x, {min, max} -> {if(x < min, do: x, else: min), if(x > max, do: x, else: max)} end

    case __at_line__(4067, reduce_by(enumerable, first_fun, reduce_fun)) do
      :empty -> empty_fallback.()
      pair -> pair
    end
  end


  @doc false
  def min_max_by(enumerable, fun, empty_fallback) when is_function(fun, 1) and is_function(empty_fallback, 0) do
    # (the 4-arity clause that takes a fallback in third place, as before)
    min_max_by(enumerable, fun, empty_fallback, nil)
  end

  def min_max_by(enumerable, fun, sorter_or_empty_fallback \\ &</2, empty_fallback \\ __at_line__(2223, fn -> raise Enum.EmptyError end))

  @beamlet_def_line 2226
  # (no fn in these clauses: the two of the last clause are Elixir's -min_max_by/4-fun-0- and -1-)
  def min_max_by(enumerable, fun, empty_fallback, _) when is_function(fun, 1) and is_function(empty_fallback, 0) do
    min_max_by(enumerable, fun, &</2, empty_fallback)
  end

  def min_max_by(enumerable, fun, module, empty_fallback)
      when is_function(fun, 1) and is_atom(module) and is_function(empty_fallback, 0) do
    min_max_by(enumerable, fun, min_max_by_sort_fun(module), empty_fallback)
  end

  def min_max_by(enumerable, fun, less, empty_fallback)
      when is_function(fun, 1) and is_function(less, 2) and is_function(empty_fallback, 0) do
    first_fun = fn entry ->
      fun_entry = __at_line__(2234, fun.(entry))
      {entry, entry, fun_entry, fun_entry}
    end

    reduce_fun = fn entry, {prev_min, prev_max, fun_min, fun_max} = acc ->
      fun_entry = __at_line__(2239, fun.(entry))

      cond do
        __at_line__(2242, less.(fun_entry, fun_min)) -> {entry, prev_max, fun_entry, fun_max}
        __at_line__(2245, less.(fun_max, fun_entry)) -> {prev_min, entry, fun_min, fun_entry}
        true -> acc
      end
    end

    case __at_line__(4067, reduce_by(enumerable, first_fun, reduce_fun)) do
      :empty -> empty_fallback.()
      {min, max, _, _} -> {min, max}
    end
  end

  # ---------------------------------------------------------------- p-r

  @doc """
  Multiplies all the elements (numbers); 1 for an empty enumerable.

  ## Examples

      iex> Enum.product([2, 3, 4])
      24
  """
  @doc since: "1.12.0"
  @spec product(t()) :: number()
  # reduce(enumerable, 1, &*/2) as Elixir's compiler inlines it into product/1 (as sum/1's)
  def product(enumerable) when is_list(enumerable), do: unquote(:"-product/1-lists^foldl/2-0-")(&:erlang.*/2, 1, enumerable)

  @beamlet_frame_line 2480
  def product(%{} = map) when not is_map_key(map, :__struct__), do: :maps.fold(&product_anonymous_1/3, 1, map)

  @beamlet_frame_line 4307
  def product(%{__struct__: _} = struct) do
    product = Enumerable.reduce(struct, {:cont, 1}, &product_anonymous_2/2) |> elem(1)
    product
  end

  @beamlet_frame_line 4307
  def product(enumerable) do
    product = Enumerable.reduce(enumerable, {:cont, 1}, &product_anonymous_3/2) |> elem(1)
    product
  end

  @beamlet_frame_line 2480
  @beamlet_shown_as {:"-product/1-anonymous-1-", 3}
  defp product_anonymous_1(key, value, acc), do: :erlang.*({key, value}, acc)
  @beamlet_frame_line 4307
  @beamlet_shown_as {:"-product/1-anonymous-2-", 2}
  defp product_anonymous_2(x, acc), do: {:cont, x * acc}
  @beamlet_frame_line 4307
  @beamlet_shown_as {:"-product/1-anonymous-3-", 2}
  defp product_anonymous_3(x, acc), do: {:cont, x * acc}

  @beamlet_shown_as {:"-product/1-lists^foldl/2-0-", 2}
  @beamlet_def_line 2468
  @beamlet_frame_line 2468
  defp unquote(:"-product/1-lists^foldl/2-0-")(f, acc, [h | t]), do: unquote(:"-product/1-lists^foldl/2-0-")(f, h * acc, t)
  @beamlet_frame_line 2468
  defp unquote(:"-product/1-lists^foldl/2-0-")(_f, acc, []), do: acc

  @doc """
  Folds the elements with `fun`, starting from the first element as the accumulator. Raises
  `Enum.EmptyError` on an empty enumerable.

  ## Examples

      iex> Enum.reduce([1, 2, 3], fn x, acc -> x * acc end)
      6
  """
  @spec reduce(t(), (element(), acc() -> acc())) :: acc()
  def reduce(enumerable, fun) when is_list(enumerable) do
    case enumerable do
      [h | t] when is_list(t) -> unquote(:"-reduce/2-lists^foldl/2-0-")(fun, h, t)
      # (a tail that is no list goes to reduce/3, inlined, which hands it to the protocol)
      [h | t] ->
        result = do_reduce(t, h, fun)
        result
      [] -> __at_line__(2414, raise Enum.EmptyError)
    end
  end

  # (as Elixir 1.14's: through the protocol, a plain map in maps:to_list order, at its lines)
  @beamlet_frame_line 2418
  def reduce(enumerable, fun) do
    result =
      Enumerable.reduce(enumerable, {:cont, :first}, __at_line__(2419, fn
        x, {:acc, acc} -> {:cont, {:acc, fun.(x, acc)}}
        x, :first -> {:cont, {:acc, x}}
      end))
      |> elem(1)

    case result do
      :first -> __at_line__(2424, raise Enum.EmptyError)
      {:acc, acc} -> acc
    end
  end

  @doc """
  Folds the elements into an accumulator: `fun` gets each element and the accumulator so far and
  returns the next accumulator, starting from `acc`.

  ## Examples

      iex> Enum.reduce([1, 2, 3], 10, fn x, acc -> x + acc end)
      16
  """
  @spec reduce(t(), acc(), (element(), acc() -> acc())) :: acc()
  def reduce(enumerable, acc, fun) when is_list(enumerable), do: unquote(:"-reduce/3-lists^foldl/2-0-")(fun, acc, enumerable)

  # (do_reduce/3's clauses, with their tail calls: a map's fold and a range's loop leave no
  # reduce/3 frame, as in Elixir)
  def reduce(%{} = map, acc, fun) when not is_map_key(map, :__struct__), do: :maps.__fold_pairs__(fun, acc, map)
  def reduce(%Range{first: first, last: last, step: step}, acc, fun), do: reduce_range(first, last, step, acc, fun)

  @beamlet_frame_line 4307
  def reduce(%_{} = enumerable, acc, fun),
    do: Enumerable.reduce(enumerable, {:cont, acc}, &unquote(:"-reduce/3-anonymous-1-")(&1, &2, fun)) |> elem(1)

  @beamlet_frame_line 4307
  def reduce(enumerable, acc, fun),
    do: Enumerable.reduce(enumerable, {:cont, acc}, &unquote(:"-reduce/3-anonymous-2-")(&1, &2, fun)) |> elem(1)

  # the fns reduce/3 gives Enumerable.reduce, under the names Elixir 1.14's compiler gives them
  # (a struct's clause and the last clause, for a function, each have theirs; the captures above
  # call them last, so only their frames show)
  @beamlet_frame_line 4307
  defp unquote(:"-reduce/3-anonymous-1-")(x, acc, fun), do: {:cont, fun.(x, acc)}

  @beamlet_frame_line 4307
  defp unquote(:"-reduce/3-anonymous-2-")(x, acc, fun), do: {:cont, fun.(x, acc)}

  @doc """
  Like `reduce/3`, but `fun` returns `{:cont, acc}` to go on or `{:halt, acc}` to stop early.

  ## Examples

      iex> Enum.reduce_while(1..100, 0, fn x, acc ->
      ...>   if acc + x > 10, do: {:halt, acc}, else: {:cont, acc + x}
      ...> end)
      10
  """
  @spec reduce_while(t(), any(), (element(), any() -> {:cont, any()} | {:halt, any()})) :: any()
  @beamlet_frame_line 2514
  def reduce_while(enumerable, acc, fun) do
    {_, acc} = Enumerable.reduce(enumerable, {:cont, acc}, fun)
    acc
  end

  @doc """
  Drops the elements for which `fun` returns a truthy value (the opposite of `filter/2`).

  ## Examples

      iex> Enum.reject([1, 2, 3, 4], fn x -> x > 2 end)
      [1, 2]
  """
  @spec reject(t(), (element() -> as_boolean(term()))) :: list()
  def reject(enumerable, fun) when is_list(enumerable), do: reject_list(enumerable, fun)

  @beamlet_frame_line 2535
  def reject(enumerable, fun) do
    enumerable |> do_reduce([], fn x, acc -> if fun.(x), do: acc, else: [x | acc] end) |> :beamlet.reverse_for(enumerable)
  end

  # as filter_list/2: Elixir's reject_list/2 recurses in the body after a kept element (4316)
  @beamlet_def_line 4312
  @beamlet_frame_line 4313
  defp reject_list([h | t], fun) do
    if fun.(h), do: reject_list(t, fun), else: __at_line__(4316, [h | reject_loop(t, fun, [])])
  end

  defp reject_list([], _fun), do: []

  @beamlet_shown_as {:reject_list, 2}
  @beamlet_frame_line 4313
  defp reject_loop([h | t], fun, acc), do: reject_loop(t, fun, if(fun.(h), do: acc, else: [h | acc]))
  defp reject_loop([], _fun, acc), do: :beamlet.reverse_owned(acc)
  defp reject_loop(tail, fun, _acc), do: reject_list(tail, fun)

  @doc """
  The elements in reverse order, as a list.

  ## Examples

      iex> Enum.reverse(1..4)
      [4, 3, 2, 1]
  """
  @spec reverse(t()) :: list()
  # [x | tail] with a tail that is no list matches none of Elixir's list clauses: it goes through
  # reduce/3, whose inlined foldl fails at the tail
  def reverse([head | tail]) when not is_list(tail),
    do: unquote(:"-reverse/1-lists^foldl/2-0-")(fn x, acc -> [x | acc] end, [head], tail)

  # (as Elixir's: the first two elements onto the rest, reversed by lists:reverse/2, where a
  # non-list tail further on fails)
  @beamlet_frame_line 2553
  def reverse([a, b | rest]), do: :lists.reverse(rest, [b, a])
  def reverse(enumerable) when is_list(enumerable), do: enumerable

  # (not a tail call of the inlined reduce: reverse/1's frame stays, as Elixir's)
  def reverse(enumerable) do
    list = do_reduce(enumerable, [], fn x, acc -> [x | acc] end)
    list
  end

  @doc """
  The elements of `enumerable` reversed, followed by those of `tail`.

  ## Examples

      iex> Enum.reverse([1, 2], [3, 4])
      [2, 1, 3, 4]
  """
  @spec reverse(t(), t()) :: list()
  # (as Elixir's: the tail is listed first; any other enumerable is reduced onto it)
  @beamlet_frame_line 2571
  def reverse(enumerable, tail) when is_list(enumerable), do: :lists.reverse(enumerable, to_list(tail))
  @beamlet_frame_line 2575
  def reverse(enumerable, tail) do
    # (not a tail call of the inlined reduce: a map's fold cannot fail here, and any other
    # enumerable's reduce leaves reverse/2's frame, as Elixir's)
    list = do_reduce(enumerable, to_list(tail), fn entry, acc -> [entry | acc] end)
    list
  end

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

  def scan([], _fun), do: []

  @beamlet_frame_line 2794
  def scan([elem | rest], fun) do
    scanned = scan_list(rest, elem, fun)
    [elem | scanned]
  end

  @beamlet_frame_line 2799
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

  def scan(enumerable, acc, fun) when is_list(enumerable), do: scan_list(enumerable, acc, fun)

  @beamlet_frame_line 2820
  def scan(enumerable, acc, fun) do
    {list, _} =
      do_reduce(enumerable, {[], acc}, fn x, {list, acc} ->
        v = fun.(x, acc)
        {[v | list], v}
      end)

    :lists.reverse(list)
  end

  # Elixir's scan_list/3 is body-recursive: its frame over the call that follows the first
  # element, the rest a loop shown as scan_list/3 (see filter_list/2)
  @beamlet_def_line 4343
  defp scan_list([], _acc, _fun), do: []

  @beamlet_frame_line 4346
  defp scan_list([elem | rest], acc, fun) do
    acc = fun.(elem, acc)
    __at_line__(4347, [acc | scan_loop(rest, acc, fun, [])])
  end

  @beamlet_shown_as {:scan_list, 3}
  @beamlet_frame_line 4346
  defp scan_loop([elem | rest], acc, fun, out) do
    acc = fun.(elem, acc)
    scan_loop(rest, acc, fun, [acc | out])
  end

  defp scan_loop([], _acc, _fun, out), do: :lists.reverse(out)
  # (an improper tail fails in scan_list/3's clauses, as Elixir's)
  defp scan_loop(tail, acc, fun, _out), do: scan_list(tail, acc, fun)

  @doc """
  The elements at the positions of `index_range` (negative indexes count from the end).

  ## Examples

      iex> Enum.slice([:a, :b, :c, :d], 1..2)
      [:b, :c]
      iex> Enum.slice([:a, :b, :c, :d], -2..-1)
      [:c, :d]
  """
  @doc since: "1.6.0"
  @spec slice(t(), Range.t()) :: list()
  def slice(enumerable, index_range)

  def slice(enumerable, %Range{first: first, last: last, step: step} = index_range) do
    cond do
      step > 0 ->
        slice_range(enumerable, first, last, step)

      # a decreasing range of step -1 (first..last with first > last) slices as step 1
      step == -1 and first > last ->
        slice_range(enumerable, first, last, 1)

      true ->
        __at_line__(2930, raise(ArgumentError, "Enum.slice/2 does not accept ranges with negative steps, got: #{inspect(index_range)}"))
    end
  end

  @doc """
  `amount` elements starting at `start_index`.

  ## Examples

      iex> Enum.slice(10..20, 2, 3)
      [12, 13, 14]
  """
  @spec slice(t(), index(), non_neg_integer()) :: list()
  def slice(enumerable, start_index, amount)

  def slice(_enumerable, start, 0) when is_integer(start), do: []

  # from the end: counted first
  @beamlet_frame_line 3011
  def slice(enumerable, start, amount) when is_integer(start) and start < 0 and is_integer(amount) and amount >= 0 do
    {count, fun} = slice_count_and_fun(enumerable, 1)
    start = :erlang.max(count + start, 0)
    amount = :erlang.min(amount, count - start)
    if amount > 0, do: fun.(start, amount, 1), else: []
  end

  def slice(enumerable, start, amount) when is_integer(start) and is_integer(amount) and amount >= 0,
    do: slice_forward(enumerable, start, amount, 1)

  # Elixir's slice_range/4: up to the end is a drop; non-negative bounds slice forward; anything
  # else counts the enumerable first
  @beamlet_frame_line 2945
  defp slice_range(enumerable, first, -1, step) when first >= 0 do
    if step == 1, do: drop(enumerable, first), else: take_every_list(drop(enumerable, first), step - 1)
  end

  defp slice_range(enumerable, first, last, step) when last >= first and last >= 0 and first >= 0,
    do: slice_forward(enumerable, first, last - first + 1, step)

  @beamlet_frame_line 2955
  defp slice_range(enumerable, first, last, step) do
    {count, fun} = slice_count_and_fun(enumerable, step)
    first = if first >= 0, do: first, else: :erlang.max(first + count, 0)
    last = if last >= 0, do: last, else: last + count
    amount = last - first + 1

    if first < count and amount > 0,
      do: fun.(first, amount_with_step(:erlang.min(amount, count - first), step), step),
      else: []
  end

  @doc """
  The elements in ascending term order. The sort is stable.

  ## Examples

      iex> Enum.sort([3, 1, 2])
      [1, 2, 3]
  """
  @spec sort(t()) :: list()
  def sort(enumerable) when is_list(enumerable), do: :lists.sort(enumerable)
  # (anything else is sorted as sort/2 sorts it, with <=: the same runs, merged in the same order,
  # and sort/2's frame under a failing enumeration, as Elixir 1.14's)
  def sort(enumerable), do: sort(enumerable, &(&1 <= &2))

  @doc """
  Sorts with `sorter`: a two-argument function that returns true when its first argument should
  come first, `:asc`/`:desc`, or a module with `compare/2` (such as `Date`), optionally as
  `{:desc, Date}`.

  ## Examples

      iex> Enum.sort([3, 1, 2], :desc)
      [3, 2, 1]
      iex> Enum.sort(["bb", "a", "ccc"], fn a, b -> byte_size(a) <= byte_size(b) end)
      ["a", "bb", "ccc"]
  """
  @spec sort(t(), (element(), element() -> boolean()) | :asc | :desc | module() | {:asc | :desc, module()}) :: list()
  def sort(enumerable, sorter)

  # a list: OTP's lists:sort/2, as Elixir's (the comparator sees OTP's pairs in OTP's order)
  @beamlet_frame_line 3125
  def sort(enumerable, sorter) when is_list(enumerable), do: :lists.sort(to_sort_fun(sorter), enumerable)

  # anything else: Elixir 1.14's, which cuts the runs as the elements come (sort_reducer/3 inside
  # the reduce: its frames are the reduce's, under Enum.sort/2) and merges them at the end
  def sort(enumerable, fun) when is_function(fun, 2), do: do_reduce(enumerable, [], &sort_reducer(&1, &2, fun)) |> sort_terminator(fun)
  @beamlet_frame_line 3129
  def sort(enumerable, sorter) do
    fun = to_sort_fun(sorter)
    do_reduce(enumerable, [], &sort_reducer(&1, &2, fun)) |> sort_terminator(fun)
  end

  @beamlet_def_line 3135
  defp to_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp to_sort_fun(:asc), do: &<=/2
  defp to_sort_fun(:desc), do: &>=/2
  @beamlet_frame_line 3138
  defp to_sort_fun(module) when is_atom(module), do: fn a, b -> module.compare(a, b) != :gt end
  @beamlet_frame_line 3139
  defp to_sort_fun({:asc, module}) when is_atom(module), do: fn a, b -> module.compare(a, b) != :gt end
  @beamlet_frame_line 3140
  defp to_sort_fun({:desc, module}) when is_atom(module), do: fn a, b -> module.compare(a, b) != :lt end

  @doc """
  Sorts by the value `mapper` returns for each element (computed once per element); `sorter` as
  in `sort/2`.

  ## Examples

      iex> Enum.sort_by(["bb", "a", "ccc"], &String.length/1)
      ["a", "bb", "ccc"]
      iex> Enum.sort_by([%{age: 30}, %{age: 20}], & &1.age, :desc)
      [%{age: 30}, %{age: 20}]
  """
  @spec sort_by(t(), (element() -> mapped_element), (element(), element() -> boolean()) | :asc | :desc | module() | {:asc | :desc, module()}) :: list() when mapped_element: element()
  def sort_by(enumerable, mapper, sorter \\ :asc)

  # (lines: Elixir's clauses, whose frames a bad mapper or sorter shows)
  @beamlet_def_line 3255
  # Elixir's: keysorts the pairs reversed and reverses the result, so keys that compare equal
  # but differ (1 and 1.0) come out in the order OTP's keysort leaves them
  def sort_by(enumerable, mapper, :desc) when is_function(mapper, 1) do
    __at_line__(3257, reduce(enumerable, [], fn x, acc -> [{x, mapper.(x)} | acc] end))
    |> List.keysort(1, :asc)
    |> List.foldl([], fn {x, _}, acc -> [x | acc] end)
  end

  # any other sorter is List.keysort/3's to check
  @beamlet_frame_line 3265
  def sort_by(enumerable, mapper, sorter) when is_function(mapper, 1) do
    __at_line__(3264, map(enumerable, fn x -> {x, mapper.(x)} end))
    |> List.keysort(1, sorter)
    |> map_list(fn {x, _} -> x end, [])
  end

  # Elixir 1.14's sort of a non-list with a fun: the first pair's result (whatever it is) sets the
  # direction, and each later comparison counts as "in order" only when it equals that result.
  # The elements are cut into runs as they come (the accumulator: the run's last element y, the
  # one before x, the rest of it reversed r, the runs cut rs, and while :pivot one out-of-order
  # element s kept aside), then merged; a first result that is not a boolean fails
  # sort_merge/3. (lines: Elixir's enum.ex, where each call of `fun` is)
  defp sort_reducer(entry, {:split, y, x, r, rs, bool}, fun) do
    cond do
      __at_line__(4516, fun.(y, entry)) == bool -> {:split, entry, y, [x | r], rs, bool}
      __at_line__(4519, fun.(x, entry)) == bool -> {:split, y, entry, [x | r], rs, bool}
      r == [] -> {:split, y, x, [entry], rs, bool}
      true -> {:pivot, y, x, r, rs, entry, bool}
    end
  end

  defp sort_reducer(entry, {:pivot, y, x, r, rs, s, bool}, fun) do
    cond do
      __at_line__(4532, fun.(y, entry)) == bool -> {:pivot, entry, y, [x | r], rs, s, bool}
      __at_line__(4535, fun.(x, entry)) == bool -> {:pivot, y, entry, [x | r], rs, s, bool}
      __at_line__(4538, fun.(s, entry)) == bool -> {:split, entry, s, [], [[y, x | r] | rs], bool}
      true -> {:split, s, entry, [], [[y, x | r] | rs], bool}
    end
  end

  @beamlet_frame_line 4547
  defp sort_reducer(entry, [x], fun), do: {:split, entry, x, [], [], fun.(x, entry)}
  defp sort_reducer(entry, acc, _fun), do: [entry | acc]

  defp sort_terminator({:split, y, x, r, rs, bool}, fun), do: sort_merge([[y, x | r] | rs], fun, bool)
  defp sort_terminator({:pivot, y, x, r, rs, s, bool}, fun), do: sort_merge([[s], [y, x | r] | rs], fun, bool)
  defp sort_terminator(acc, _fun), do: acc

  # The runs are merged two at a time, the direction alternating from pass to pass (a pass
  # reverses its output), as OTP's lists:sort/2 does; a comparison moves the left element on only
  # when it equals the pass's own `take` (a result that is not a boolean never does). This order
  # of calls and of equal elements is the one Elixir 1.14 shows.
  @beamlet_def_line 4566
  defp sort_merge(runs, fun, true), do: reverse_sort_merge(runs, [], fun, true)
  defp sort_merge(runs, fun, false), do: sort_merge(runs, [], fun, false)

  @beamlet_frame_line 4571
  defp sort_merge([t1, [h2 | t2] | l], acc, fun, true), do: sort_merge(l, [sort_merge1(t1, h2, t2, [], fun, false) | acc], fun, true)
  @beamlet_frame_line 4574
  defp sort_merge([[h2 | t2], t1 | l], acc, fun, false), do: sort_merge(l, [sort_merge1(t1, h2, t2, [], fun, false) | acc], fun, false)
  defp sort_merge([run], [], _fun, _bool), do: run
  defp sort_merge([run], acc, fun, bool), do: reverse_sort_merge([:lists.reverse(run, []) | acc], [], fun, bool)
  defp sort_merge([], acc, fun, bool), do: reverse_sort_merge(acc, [], fun, bool)

  @beamlet_frame_line 4584
  defp reverse_sort_merge([[h2 | t2], t1 | l], acc, fun, true), do: reverse_sort_merge(l, [sort_merge1(t1, h2, t2, [], fun, true) | acc], fun, true)
  @beamlet_frame_line 4587
  defp reverse_sort_merge([t1, [h2 | t2] | l], acc, fun, false), do: reverse_sort_merge(l, [sort_merge1(t1, h2, t2, [], fun, true) | acc], fun, false)
  defp reverse_sort_merge([run], acc, fun, bool), do: sort_merge([:lists.reverse(run, []) | acc], [], fun, bool)
  defp reverse_sort_merge([], acc, fun, bool), do: sort_merge(acc, [], fun, bool)

  # (m: the merged elements, reversed; h2 the right run's head, held until the left one passes it)
  @beamlet_frame_line 4595
  defp sort_merge1([h1 | t1], h2, t2, m, fun, take) do
    if fun.(h1, h2) == take,
      do: sort_merge2(h1, t1, t2, [h2 | m], fun, take),
      else: sort_merge1(t1, h2, t2, [h1 | m], fun, take)
  end

  defp sort_merge1([], h2, t2, m, _fun, _take), do: :lists.reverse(t2, [h2 | m])

  @beamlet_frame_line 4605
  defp sort_merge2(h1, t1, [h2 | t2], m, fun, take) do
    if fun.(h1, h2) == take,
      do: sort_merge2(h1, t1, t2, [h2 | m], fun, take),
      else: sort_merge1(t1, h2, t2, [h1 | m], fun, take)
  end

  defp sort_merge2(h1, t1, [], m, _fun, _take), do: :lists.reverse(t1, [h1 | m])

  @doc """
  One element picked at random (uses the process's `:rand` state). Raises `Enum.EmptyError` on an
  empty enumerable.
  """
  @spec random(t()) :: element()
  @beamlet_frame_line 2348
  def random(enumerable) when is_list(enumerable) do
    case length(enumerable) do
      0 -> __at_line__(2349, raise Enum.EmptyError)
      length -> :lists.nth(:rand.uniform(length), enumerable)
    end
  end

  # one that cannot be sliced (a stream) is sampled as it is reduced, one :rand draw per element
  # after the first, as Elixir's take_random/2 does; the others draw one index
  def random(enumerable) do
    picked =
      case __at_line__(2356, Enumerable.slice(enumerable)) do
        {:ok, 0, _} -> []
        {:ok, count, _} -> [:lists.nth(:rand.uniform(count), to_list(enumerable))]
        {:error, _} -> __at_line__(2371, take_random(enumerable, 1))
      end

    case picked do
      [] -> __at_line__(2375, raise Enum.EmptyError)
      [element] -> element
    end
  end

  @doc """
  The elements in a random order (drawn from the process's `:rand` state).
  """
  @spec shuffle(t()) :: list()
  # one :rand.uniform() key per element, in order; the elements come out by descending key (a
  # seeded :rand gives Elixir's order)
  # (through the inlined reduce, as Elixir 1.14's: a failing enumeration shows shuffle/1's frame)
  def shuffle(enumerable) do
    keyed = do_reduce(enumerable, [], fn x, acc -> [{:rand.uniform(), x} | acc] end)
    :lists.foldl(fn {_, x}, acc -> [x | acc] end, [], :lists.keysort(1, keyed))
  end

  # reservoir sampling, drawing :rand numbers as Elixir does (the same picks from the same seed)
  def take_random(_enumerable, 0), do: []

  def take_random(enumerable, 1) do
    # (the inlined reduce, as Elixir 1.14's: a failing enumeration shows take_random/2's frame)
    picked =
      do_reduce(enumerable, [], fn
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
      do_reduce(enumerable, {0, %{}}, fn elem, {idx, sample} ->
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

  @doc """
  Splits into the first `count` elements and the rest (counting from the end when negative).

  ## Examples

      iex> Enum.split([1, 2, 3, 4], 1)
      {[1], [2, 3, 4]}
      iex> Enum.split([1, 2, 3, 4], -1)
      {[1, 2, 3], [4]}
  """
  @spec split(t(), integer()) :: {list(), list()}
  # (the first clause names the arguments h/1 shows: Elixir's `enumerable`)
  def split(enumerable, count) when is_list(enumerable) and is_integer(count) and count >= 0, do: split_list(enumerable, count, [])

  # (any other enumerable through the inlined reduce, as Elixir 1.14's: its failure shows split/2's frame)
  def split(enumerable, count) when is_integer(count) and count >= 0 do
    reversed = do_reduce(enumerable, [], fn x, acc -> [x | acc] end)
    split_list(:lists.reverse(reversed), count, [])
  end

  # (a negative count lists the enumerable through reverse/1, as Elixir 1.14's, at its line)
  @beamlet_frame_line 3317
  def split(enumerable, count) when is_integer(count) do
    list = if is_list(enumerable), do: enumerable, else: :lists.reverse(reverse(enumerable))
    n = length(list) + count
    if n <= 0, do: {[], list}, else: split_list(list, n, [])
  end

  defp split_list(list, 0, acc), do: {:lists.reverse(acc), list}
  defp split_list([], _n, acc), do: {:lists.reverse(acc), []}
  defp split_list([h | t], n, acc), do: split_list(t, n - 1, [h | acc])

  def split_while(enumerable, fun) when is_list(enumerable), do: split_while_list(enumerable, fun, [])

  # (Elixir's reduce/3 inlined here, its fn at 3348)
  def split_while(enumerable, fun) do
    {list1, list2} =
      do_reduce(enumerable, {[], []}, __at_line__(3348, fn
        entry, {acc1, []} -> if fun.(entry), do: {[entry | acc1], []}, else: {acc1, [entry]}
        entry, {acc1, acc2} -> {acc1, [entry | acc2]}
      end))

    {:lists.reverse(list1), :lists.reverse(list2)}
  end

  defp split_while_list([], _fun, acc), do: {:lists.reverse(acc), []}

  defp split_while_list([h | t] = list, fun, acc) do
    if fun.(h), do: split_while_list(t, fun, [h | acc]), else: {:lists.reverse(acc), list}
  end

  @doc since: "1.13.0"
  def slide(enumerable, range_or_single_index, insertion_index) when is_integer(range_or_single_index) do
    slide(enumerable, range_or_single_index..range_or_single_index, insertion_index)
  end

  def slide(_enumerable, _.._//step = range, _insertion_index) when step != 1 do
    __at_line__(2663, raise(ArgumentError, "Enum.slide/3 does not accept ranges with custom steps, got: #{inspect(range)}"))
  end

  # negative indexes count from the end, as in Elixir 1.14 (normalized once more while still negative,
  # so an insertion index far before the start can land inside the range and raise)
  def slide(enumerable, first..last//1, insertion_index) when first < 0 or last < 0 or insertion_index < 0 do
    count = count(enumerable)
    first = if first >= 0, do: first, else: Kernel.max(first + count, 0)
    last = if last >= 0, do: last, else: last + count
    insertion_index = if insertion_index >= 0, do: insertion_index, else: insertion_index + count

    if first < count and first != insertion_index do
      slide(enumerable, first..last//1, insertion_index)
    else
      to_list(enumerable)
    end
  end

  def slide(enumerable, first.._//1, first), do: to_list(enumerable)

  def slide(_enumerable, first..last//1, insertion_index) when insertion_index > first and insertion_index <= last do
    message = "insertion index for slide must be outside the range being moved (tried to insert #{first}..#{last} at #{insertion_index})"
    __at_line__(2691, raise(ArgumentError, message))
  end

  def slide(enumerable, first..last//1, insertion_index) when insertion_index < first,
    do: move_before(enumerable, insertion_index, first, last)

  def slide(enumerable, first..last//1, insertion_index), do: move_before(enumerable, first, last + 1, insertion_index)

  # the elements at indexes middle..last moved in front of the one at start (start <= middle): the
  # head and the moved block are gathered reversed in one list, the rest in the other
  defp move_before(enumerable, start, middle, last) do
    step = fn item, {index, moved, rest} ->
      if index < start or (index >= middle and index <= last),
        do: {index + 1, [item | moved], rest},
        else: {index + 1, moved, [item | rest]}
    end

    {_count, moved, rest} = reduce(enumerable, {0, [], []}, step)
    :lists.reverse(moved, :lists.reverse(rest))
  end

  @beamlet_frame_line 2294
  @doc since: "1.4.0"
  def split_with(enumerable, fun) do
    step = fn x, {yes, no} -> if fun.(x), do: {[x | yes], no}, else: {yes, [x | no]} end
    # (Elixir's inlined reduce: this frame at its line)
    {yes, no} = __at_line__(2468, do_reduce(enumerable, {[], []}, step))

    {:lists.reverse(yes), :lists.reverse(no)}
  end

  @doc """
  Adds up all the elements (numbers); 0 for an empty enumerable.

  ## Examples

      iex> Enum.sum(1..4)
      10
  """
  @spec sum(t()) :: number()
  def sum(enumerable) when is_list(enumerable), do: unquote(:"-sum/1-lists^foldl/2-0-")(&:erlang.+/2, 0, enumerable)

  def sum(%Range{first: first, step: step} = range) do
    case Range.size(range) do
      0 -> 0
      n -> div(n * (first + first + (n - 1) * step), 2)
    end
  end

  # reduce(enumerable, 0, &+/2) as Elixir's compiler inlines it into sum/1, each copy's fn named
  # -sum/1-anonymous-N- (shown so) with + folded in: a map folds with :maps.fold (a tail call), a struct and
  # anything else reduce through Enumerable (not a tail call: sum/1's frame stays)
  @beamlet_frame_line 2480
  def sum(%{} = map) when not is_map_key(map, :__struct__), do: :maps.fold(&sum_anonymous_1/3, 0, map)

  @beamlet_frame_line 4307
  def sum(%{__struct__: _} = struct) do
    sum = Enumerable.reduce(struct, {:cont, 0}, &sum_anonymous_2/2) |> elem(1)
    sum
  end

  @beamlet_frame_line 4307
  def sum(enumerable) do
    sum = Enumerable.reduce(enumerable, {:cont, 0}, &sum_anonymous_3/2) |> elem(1)
    sum
  end

  @beamlet_frame_line 2480
  @beamlet_shown_as {:"-sum/1-anonymous-1-", 3}
  defp sum_anonymous_1(key, value, acc), do: :erlang.+({key, value}, acc)
  @beamlet_frame_line 4307
  @beamlet_shown_as {:"-sum/1-anonymous-2-", 2}
  defp sum_anonymous_2(x, acc), do: {:cont, x + acc}
  @beamlet_frame_line 4307
  @beamlet_shown_as {:"-sum/1-anonymous-3-", 2}
  defp sum_anonymous_3(x, acc), do: {:cont, x + acc}

  # reduce(list, 0, &+/2) as Elixir's compiler inlines it: OTP's foldl with the fun folded in (it
  # is still passed along, not called: an improper tail's function clause shows it, as there,
  # where a frame of it above a failing + names arity 2)
  @beamlet_shown_as {:"-sum/1-lists^foldl/2-0-", 2}
  @beamlet_def_line 2468
  @beamlet_frame_line 2468
  defp unquote(:"-sum/1-lists^foldl/2-0-")(f, acc, [h | t]), do: unquote(:"-sum/1-lists^foldl/2-0-")(f, h + acc, t)
  @beamlet_frame_line 2468
  defp unquote(:"-sum/1-lists^foldl/2-0-")(_f, acc, []), do: acc

  # ---------------------------------------------------------------- t

  @doc """
  The first `amount` elements (the last ones when `amount` is negative).

  ## Examples

      iex> Enum.take([1, 2, 3], 2)
      [1, 2]
      iex> Enum.take([1, 2, 3], -1)
      [3]
  """
  @spec take(t(), integer()) :: list()
  def take(_enumerable, 0), do: []

  def take(enumerable, amount) when is_list(enumerable) and is_integer(amount) and amount > 0 do
    take_list(enumerable, amount)
  end

  @beamlet_frame_line 3448
  def take(enumerable, amount) when is_integer(amount) and amount > 0 do
    {_, {list, _}} =
      Enumerable.reduce(enumerable, {:cont, {[], amount}}, fn x, {acc, n} ->
        if n > 1, do: {:cont, {[x | acc], n - 1}}, else: {:halt, {[x | acc], 0}}
      end)

    :lists.reverse(list)
  end

  # (a list is counted first, as Elixir's slice_count_and_fun/2 does: length/1 refuses an
  # improper one there, under take/2's frame)
  @beamlet_frame_line 3459
  def take(list, amount) when is_list(list) and is_integer(amount) and amount < 0 do
    count = slice_list_count(list)
    drop_list(list, :erlang.max(count + amount, 0))
  end

  def take(enumerable, amount) when is_integer(amount) and amount < 0 do
    list = to_list(enumerable)
    drop_list(list, :erlang.max(length(list) + amount, 0))
  end

  def take_every(_enumerable, 0), do: []
  def take_every(enumerable, 1), do: to_list(enumerable)

  def take_every(enumerable, nth) when is_integer(nth) and nth > 1 do
    {list, _} =
      do_reduce(enumerable, {[], 0}, fn x, {acc, i} ->
        if rem(i, nth) == 0, do: {[x | acc], i + 1}, else: {acc, i + 1}
      end)

    :lists.reverse(list)
  end

  @doc """
  The elements from the front for as long as `fun` returns a truthy value.

  ## Examples

      iex> Enum.take_while([1, 2, 5, 1], fn x -> x < 3 end)
      [1, 2]
  """
  @spec take_while(t(), (element() -> as_boolean(term()))) :: list()
  def take_while(enumerable, fun) when is_list(enumerable), do: take_while_list(enumerable, fun)

  # (the reduce at Elixir's line 3622, its fn at 3623)
  @beamlet_frame_line 3623
  def take_while(enumerable, fun) do
    {_, list} =
      __at_line__(3622, Enumerable.reduce(enumerable, {:cont, []}, __at_line__(3623, fn x, acc ->
        if fun.(x), do: {:cont, [x | acc]}, else: {:halt, acc}
      end)))

    :lists.reverse(list)
  end

  # Elixir's take_while_list/2 is body-recursive: its frame over the call that follows the first
  # element, the rest a loop shown as take_while_list/2 (see filter_list/2)
  @beamlet_def_line 4674
  @beamlet_frame_line 4675
  defp take_while_list([h | t], fun) do
    if fun.(h), do: __at_line__(4676, [h | take_while_loop(t, fun, [])]), else: []
  end

  defp take_while_list([], _fun), do: []

  @beamlet_shown_as {:take_while_list, 2}
  @beamlet_frame_line 4675
  defp take_while_loop([h | t], fun, acc), do: if(fun.(h), do: take_while_loop(t, fun, [h | acc]), else: :lists.reverse(acc))
  defp take_while_loop([], _fun, acc), do: :lists.reverse(acc)
  # (an improper tail fails in take_while_list/2's clauses, as Elixir's)
  defp take_while_loop(tail, fun, _acc), do: take_while_list(tail, fun)

  @doc """
  The elements as a list.

  ## Examples

      iex> Enum.to_list(1..3)
      [1, 2, 3]
      iex> Enum.to_list(%{a: 1})
      [a: 1]
  """
  @spec to_list(t()) :: [element()]
  def to_list(enumerable)

  def to_list(list) when is_list(list), do: list
  # through reverse/1, whose frame shows under a failing enumeration, as Elixir 1.14's
  @beamlet_frame_line 3644
  def to_list(%{__struct__: _} = enumerable), do: reverse(enumerable) |> :lists.reverse()
  def to_list(map) when is_map(map), do: :maps.to_list(map)
  @beamlet_frame_line 3646
  def to_list(enumerable), do: reverse(enumerable) |> :lists.reverse()

  # ---------------------------------------------------------------- u-z

  @doc """
  Removes repeated elements, keeping the first occurrence of each.

  ## Examples

      iex> Enum.uniq([1, 2, 1, 3, 2])
      [1, 2, 3]
  """
  @spec uniq(t()) :: list()
  def uniq(enumerable), do: uniq_by(enumerable, fn x -> x end)

  @doc """
  Removes elements whose `fun` result was already seen, keeping the first of each.

  ## Examples

      iex> Enum.uniq_by([a: 1, b: 2, c: 1], fn {_, v} -> v end)
      [a: 1, b: 2]
  """
  @spec uniq_by(t(), (element() -> term())) :: list()
  def uniq_by(enumerable, fun) when is_list(enumerable), do: uniq_list(enumerable, %{}, fun)

  @beamlet_frame_line 3694
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

  # Elixir's uniq_list/3 is body-recursive: its frame over the call that follows the first element,
  # the rest a loop shown as uniq_list/3 (see filter_list/2)
  @beamlet_def_line 4688
  @beamlet_frame_line 4689
  defp uniq_list([h | t], set, fun) do
    value = fun.(h)
    __at_line__(4693, [h | uniq_loop(t, :maps.put(value, true, set), fun, [])])
  end

  defp uniq_list([], _set, _fun), do: []

  @beamlet_shown_as {:uniq_list, 3}
  @beamlet_frame_line 4689
  defp uniq_loop([h | t], set, fun, acc) do
    value = fun.(h)

    case set do
      %{^value => true} -> uniq_loop(t, set, fun, acc)
      %{} -> uniq_loop(t, :maps.put(value, true, set), fun, [h | acc])
    end
  end

  defp uniq_loop([], _set, _fun, acc), do: :lists.reverse(acc)
  # (an improper tail fails in uniq_list/3's clauses, as Elixir's)
  defp uniq_loop(tail, set, fun, _acc), do: uniq_list(tail, set, fun)

  # a list is unzipped from its end, as Elixir's unzip/3 does (a non-pair fails there, with the
  # rest of the reversed list)
  @beamlet_frame_line 3721
  def unzip(list) when is_list(list), do: unzip(:lists.reverse(list), [], [])

  def unzip(enumerable) do
    {as, bs} = do_reduce(enumerable, {[], []}, __at_line__(3730, fn {a, b}, {as, bs} -> {[a | as], [b | bs]} end))
    {:lists.reverse(as), :lists.reverse(bs)}
  end

  defp unzip([{a, b} | reversed], as, bs), do: unzip(reversed, [a | as], [b | bs])
  defp unzip([], as, bs), do: {as, bs}

  @doc """
  Pairs each element with its position, `{element, index}`, starting from `fun_or_offset`; given
  a function, returns the function's result for each element and index instead.

  ## Examples

      iex> Enum.with_index([:a, :b])
      [a: 0, b: 1]
      iex> Enum.with_index([:a, :b], 1)
      [a: 1, b: 2]
      iex> Enum.with_index([:a, :b], fn x, i -> {i, x} end)
      [{0, :a}, {1, :b}]
  """
  @spec with_index(t(), integer()) :: [{term(), integer()}]
  @spec with_index(t(), (element(), index() -> value)) :: [value] when value: any()
  def with_index(enumerable, fun_or_offset \\ 0)

  @beamlet_def_line 3773
  def with_index(enumerable, offset) when is_list(enumerable) and is_integer(offset), do: with_index_list(enumerable, offset)
  def with_index(enumerable, fun) when is_list(enumerable) and is_function(fun, 2), do: with_index_list(enumerable, 0, fun)

  # (through map_reduce/3, whose frame shows above this one's when the enumerable fails, as Elixir 1.14's)
  @beamlet_frame_line 3783
  def with_index(enumerable, offset) when is_integer(offset) do
    {list, _} = map_reduce(enumerable, offset, fn x, i -> {{x, i}, i + 1} end)
    list
  end

  @beamlet_frame_line 3789
  def with_index(enumerable, fun) when is_function(fun, 2) do
    {list, _} = map_reduce(enumerable, 0, fn x, i -> {fun.(x, i), i + 1} end)
    list
  end

  # Elixir's with_index_list/2,3 recurse in the body (the first element's frame stays under the
  # rest, once); here the first element's call, then a loop shown as the function
  @beamlet_frame_line 4704
  defp with_index_list([h | t], offset), do: [{h, offset} | with_index_loop(t, offset + 1, [])]
  defp with_index_list([], _offset), do: []

  @beamlet_shown_as {:with_index_list, 2}
  defp with_index_loop([h | t], offset, acc), do: with_index_loop(t, offset + 1, [{h, offset} | acc])
  defp with_index_loop([], _offset, acc), do: :lists.reverse(acc)
  defp with_index_loop(tail, offset, _acc), do: with_index_list(tail, offset)

  @beamlet_def_line 4709
  @beamlet_frame_line 4710
  defp with_index_list([h | t], offset, fun), do: [fun.(h, offset) | with_index_loop(t, offset + 1, fun, [])]
  defp with_index_list([], _offset, _fun), do: []

  @beamlet_shown_as {:with_index_list, 3}
  @beamlet_frame_line 4710
  defp with_index_loop([h | t], offset, fun, acc), do: with_index_loop(t, offset + 1, fun, [fun.(h, offset) | acc])
  defp with_index_loop([], _offset, _fun, acc), do: :lists.reverse(acc)
  defp with_index_loop(tail, offset, fun, _acc), do: with_index_list(tail, offset, fun)

  @doc """
  Pairs the elements of the two enumerables into tuples, stopping at the shorter one.

  ## Examples

      iex> Enum.zip([1, 2, 3], [:a, :b])
      [{1, :a}, {2, :b}]
  """
  @spec zip(t(), t()) :: [{any(), any()}]
  def zip(enumerable1, enumerable2) when is_list(enumerable1) and is_list(enumerable2) do
    zip_list(enumerable1, enumerable2, [])
  end

  @beamlet_frame_line 3814
  def zip(enumerable1, enumerable2), do: zip([enumerable1, enumerable2])

  @doc """
  Zips a list of enumerables into tuples, stopping at the shortest.

  ## Examples

      iex> Enum.zip([[1, 2, 3], [:a, :b], ["x", "y"]])
      [{1, :a, "x"}, {2, :b, "y"}]
  """
  @doc since: "1.4.0"
  @spec zip(enumerables) :: [tuple()] when enumerables: [t()] | t()
  def zip([]), do: []
  @beamlet_frame_line 3837
  def zip(enumerables), do: :lists.reverse(zip_reduce(enumerables, [], &[:erlang.list_to_tuple(&1) | &2]))

  # (an improper tail fails in these clauses, as Elixir's zip_list/3)
  defp zip_list([a | as], [b | bs], acc), do: zip_list(as, bs, [{a, b} | acc])
  defp zip_list([], _, acc), do: :lists.reverse(acc)
  defp zip_list(_, [], acc), do: :lists.reverse(acc)

  @beamlet_def_line 3881
  @doc since: "1.12.0"
  def zip_with(enumerable1, enumerable2, zip_fun) when is_list(enumerable1) and is_list(enumerable2) and is_function(zip_fun, 2) do
    zip_with_list(enumerable1, enumerable2, zip_fun)
  end

  def zip_with(enumerable1, enumerable2, zip_fun) when is_function(zip_fun, 2) do
    __at_line__(3888, :lists.reverse(__at_line__(3887, zip_reduce(enumerable1, enumerable2, [], fn l, r, acc -> [zip_fun.(l, r) | acc] end))))
  end

  @doc since: "1.12.0"
  def zip_with([], _fun), do: []

  def zip_with(enumerables, zip_fun) do
    __at_line__(3918, :lists.reverse(__at_line__(3917, zip_reduce(enumerables, [], fn items, acc -> [zip_fun.(items) | acc] end))))
  end

  # Elixir's zip_with_list/3 is body-recursive: its frame over the call that follows the first
  # pair, the rest a loop shown as zip_with_list/3 (see filter_list/2)
  @beamlet_def_line 4724
  @beamlet_frame_line 4725
  defp zip_with_list([a | as], [b | bs], fun), do: [fun.(a, b) | zip_with_loop(as, bs, fun, [])]
  defp zip_with_list(_, [], _fun), do: []
  defp zip_with_list([], _, _fun), do: []

  @beamlet_shown_as {:zip_with_list, 3}
  @beamlet_frame_line 4725
  defp zip_with_loop([a | as], [b | bs], fun, acc), do: zip_with_loop(as, bs, fun, [fun.(a, b) | acc])
  defp zip_with_loop(_, [], _fun, acc), do: :lists.reverse(acc)
  defp zip_with_loop([], _, _fun, acc), do: :lists.reverse(acc)
  # (an improper tail fails in zip_with_list/3's clauses, as Elixir's)
  defp zip_with_loop(as, bs, fun, _acc), do: zip_with_list(as, bs, fun)

  @doc since: "1.12.0"
  def zip_reduce(left, right, acc, reducer) when is_list(left) and is_list(right) and is_function(reducer, 3) do
    zip_reduce_lists(left, right, acc, reducer)
  end

  # (through Stream.zip_with's reduce, as Elixir's: its frames under a failing enumerable)
  def zip_reduce(left, right, acc, reducer) when is_function(reducer, 3) do
    reduce = __at_line__(3947, fn [l, r], acc -> {:cont, reducer.(l, r, acc)} end)
    __at_line__(3948, elem(Stream.zip_with([left, right], & &1).({:cont, acc}, reduce), 1))
  end

  @doc since: "1.12.0"
  def zip_reduce([], acc, reducer) when is_function(reducer, 2), do: acc

  @beamlet_frame_line 3983
  def zip_reduce(enums, acc, reducer) when is_function(reducer, 2) do
    elem(Stream.zip_with(enums, & &1).({:cont, acc}, fn items, acc -> {:cont, reducer.(items, acc)} end), 1)
  end

  defp zip_reduce_lists([a | as], [b | bs], acc, reducer), do: zip_reduce_lists(as, bs, reducer.(a, b, acc), reducer)
  defp zip_reduce_lists(_, _, acc, _reducer), do: acc


  # deprecated in Elixir 1.14 (the compiler prints Elixir's warning where they are called)
  @doc false
  @deprecated "Use Enum.chunk_every/2 instead"
  def chunk(enumerable, count), do: chunk(enumerable, count, count, nil)
  @doc false
  @deprecated "Use Enum.chunk_every/3 instead"
  def chunk(enum, n, step), do: chunk_every(enum, n, step, :discard)
  @doc false
  @deprecated "Use Enum.chunk_every/4 instead"
  def chunk(enumerable, count, step, leftover), do: chunk_every(enumerable, count, step, leftover || :discard)
  @doc false
  @deprecated "Use Enum.filter/2 + Enum.map/2 or for comprehensions instead"
  def filter_map(enumerable, filter, mapper), do: for(x <- enumerable, filter.(x), do: mapper.(x))
  @doc false
  @deprecated "Use Enum.split_with/2 instead"
  def partition(enumerable, fun), do: split_with(enumerable, fun)
  @doc false
  @deprecated "Use Enum.uniq_by/2 instead"
  def uniq(enumerable, fun), do: uniq_by(enumerable, fun)

end
