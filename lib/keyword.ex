defmodule Keyword do
  @moduledoc """
  Functions for keyword lists: lists of `{atom, value}` pairs, written `[key: value]`. Unlike a map,
  a keyword list keeps its order and may repeat a key; functions read the first entry of a key
  unless they say otherwise. Options passed to functions are keyword lists.

      iex> Keyword.get([timeout: 100, retries: 3], :retries)
      3
  """
  # Written as Elixir 1.14's Keyword is (on :lists.keyfind/keymember/keytake), so that a list that
  # is not a keyword list gives what Elixir's gives: a value where its lookup does not mind, or
  # its error (the CaseClauseError of a 3-tuple entry, the FunctionClauseError of a helper, the
  # ArgumentError of keys/1, merge/2 and validate/2, :lists' badarg on an improper list).
  # from_keys/2 and keyword?/1 are BIFs (vm/bifs/elixir_core.ts).

  @doc """
  The value of the first entry for `key`, or `default` (`nil` unless given).

  ## Examples

      iex> Keyword.get([a: 1, a: 2], :a)
      1
      iex> Keyword.get([a: 1], :b, 0)
      0
  """
  @spec get(t(), key(), value()) :: value()
  def get(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> default
    end
  end

  @doc """
  `{:ok, value}` for the first entry of `key`, or `:error`.

  ## Examples

      iex> Keyword.fetch([a: 1], :a)
      {:ok, 1}
      iex> Keyword.fetch([a: 1], :b)
      :error
  """
  @spec fetch(t(), key()) :: {:ok, value()} | :error
  def fetch(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> {:ok, value}
      false -> :error
    end
  end

  def fetch!(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> __at_line__(595, raise(KeyError, key: key, term: keywords))
    end
  end

  def get_values(keywords, key) when is_list(keywords) and is_atom(key), do: get_values(keywords, key, [])

  defp get_values([{key, value} | tail], key, values), do: get_values(tail, key, [value | values])
  defp get_values([{_, _} | tail], key, values), do: get_values(tail, key, values)
  defp get_values([], _key, values), do: :lists.reverse(values)

  @doc """
  True when the list has an entry for `key`.

  ## Examples

      iex> Keyword.has_key?([a: 1], :a)
      true
  """
  @spec has_key?(t(), key()) :: boolean()
  def has_key?(keywords, key) when is_list(keywords) and is_atom(key), do: :lists.keymember(key, 1, keywords)

  @doc """
  The keys, in order (repeated keys included).

  ## Examples

      iex> Keyword.keys([a: 1, b: 2, a: 3])
      [:a, :b, :a]
  """
  @spec keys(t()) :: [key()]
  def keys(keywords) when is_list(keywords) do
    try do
      :lists.map(
        fn
          {key, _} when is_atom(key) -> key
          other -> throw({__MODULE__, :not_keyword, other})
        end,
        keywords
      )
    catch
      # (raised in keys/1 itself, at Elixir 1.14's line)
      {__MODULE__, :not_keyword, other} ->
        __at_line__(649, raise(ArgumentError, "expected a keyword list, but an entry in the list is not a two-element tuple with an atom as its first element, got: " <> inspect(other)))
    end
  end

  @doc """
  The values, in order.

  ## Examples

      iex> Keyword.values([a: 1, b: 2])
      [1, 2]
  """
  @spec values(t()) :: [value()]
  def values(keywords) when is_list(keywords), do: :lists.map(fn {_, value} -> value end, keywords)

  @doc """
  The list with `key` set to `value`: every earlier entry for the key is removed and the new one
  comes first.

  ## Examples

      iex> Keyword.put([a: 1, b: 2], :a, 3)
      [a: 3, b: 2]
  """
  @spec put(t(), key(), value()) :: t()
  def put(keywords, key, value) when is_list(keywords) and is_atom(key), do: [{key, value} | delete(keywords, key)]

  def put_new(keywords, key, value) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, value} | keywords]
    end
  end

  @doc """
  The list without any entry for `key`.

  ## Examples

      iex> Keyword.delete([a: 1, b: 2, a: 3], :a)
      [b: 2]
  """
  @spec delete(t(), key()) :: t()
  def delete(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keymember(key, 1, keywords) do
      true -> delete_key(keywords, key)
      false -> keywords
    end
  end

  defp delete_key([{key, _} | tail], key), do: delete_key(tail, key)
  defp delete_key([{_, _} = pair | tail], key), do: [pair | delete_key(tail, key)]
  defp delete_key([], _key), do: []

  def delete_first(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keymember(key, 1, keywords) do
      true -> delete_first_key(keywords, key)
      false -> keywords
    end
  end

  defp delete_first_key([{key, _} | tail], key), do: tail
  defp delete_first_key([{_, _} = pair | tail], key), do: [pair | delete_first_key(tail, key)]
  defp delete_first_key([], _key), do: []

  @doc """
  The entries of `keywords1` whose keys `keywords2` lacks, followed by all of `keywords2`.

  ## Examples

      iex> Keyword.merge([a: 1, b: 2], [b: 3, c: 4])
      [a: 1, b: 3, c: 4]
  """
  @spec merge(t(), t()) :: t()
  # (an empty side gives the other back unchecked, as 1.14's first clauses)
  def merge(keywords1, []) when is_list(keywords1), do: keywords1
  def merge([], keywords2) when is_list(keywords2), do: keywords2

  # (Elixir 1.14's lines; its :lists.filter/2 is inlined, the helper named after merge/2)
  @beamlet_frame_line 993
  def merge(keywords1, keywords2) when is_list(keywords1) and is_list(keywords2) do
    if keyword?(keywords2) do
      fun = fn
        {key, _value} when is_atom(key) -> __at_line__(989, not :lists.keymember(key, 1, keywords2))
        _ -> __at_line__(989, raise(ArgumentError, "expected a keyword list as the first argument, got: " <> inspect(keywords1)))
      end

      unquote(:"-merge/2-lists^filter/1-0-")(fun, keywords1) ++ keywords2
    else
      __at_line__(995, raise(ArgumentError, "expected a keyword list as the second argument, got: " <> inspect(keywords2)))
    end
  end

  @beamlet_def_line 993
  @beamlet_frame_line 993
  defp unquote(:"-merge/2-lists^filter/1-0-")(pred, [h | t]) do
    if pred.(h),
      do: [h | unquote(:"-merge/2-lists^filter/1-0-")(pred, t)],
      else: unquote(:"-merge/2-lists^filter/1-0-")(pred, t)
  end

  @beamlet_frame_line 993
  defp unquote(:"-merge/2-lists^filter/1-0-")(_pred, []), do: []

  @doc """
  Only the entries whose keys are in `keys`, in their order.

  ## Examples

      iex> Keyword.take([a: 1, b: 2, c: 3], [:c, :a])
      [a: 1, c: 3]
  """
  @spec take(t(), [key()]) :: t()
  def take(keywords, keys) when is_list(keywords) and is_list(keys),
    do: :lists.filter(fn {key, _} -> :lists.member(key, keys) end, keywords)

  @doc """
  The list without the entries whose keys are in `keys`.

  ## Examples

      iex> Keyword.drop([a: 1, b: 2, c: 3], [:a, :c])
      [b: 2]
  """
  @spec drop(t(), [key()]) :: t()
  def drop(keywords, keys) when is_list(keywords) and is_list(keys),
    do: :lists.filter(fn {key, _} -> not :lists.member(key, keys) end, keywords)

  def pop(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {default, keywords}
    end
  end

  def pop!(keywords, key) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> __at_line__(1279, raise(KeyError, key: key, term: keywords))
    end
  end

  def pop_first(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case :lists.keytake(key, 1, keywords) do
      {:value, {^key, value}, rest} -> {value, rest}
      false -> {default, keywords}
    end
  end

  def pop_values(keywords, key) when is_list(keywords) and is_atom(key),
    do: pop_values(:lists.reverse(keywords), key, [], [])

  defp pop_values([{key, value} | tail], key, values, acc), do: pop_values(tail, key, [value | values], acc)
  defp pop_values([{_, _} = pair | tail], key, values, acc), do: pop_values(tail, key, values, [pair | acc])
  defp pop_values([], _key, values, acc), do: {values, acc}

  def to_list(keywords) when is_list(keywords), do: keywords

  def keyword?([{key, _value} | rest]) when is_atom(key), do: keyword?(rest)
  def keyword?([]), do: true
  def keyword?(_other), do: false

  # delete/2 as Elixir inlines it into its callers: arguments its guard refuses are a
  # CaseClauseError of {keywords, key}, not a FunctionClauseError
  defp delete_inlined(keywords, key) do
    case {keywords, key} do
      {keywords, key} when is_list(keywords) and is_atom(key) -> delete(keywords, key)
    end
  end

  def new, do: []

  # as Elixir's: any enumerable, the last of duplicate keys wins (put_new on the reversed pairs),
  # failing where Elixir's fails (Enum.reverse/1, the match of a pair, Keyword.put_new/3's guard)
  def new(pairs), do: new(pairs, fn pair -> pair end)

  # (Enum.reverse/1's caller frame at Elixir's line 202)
  @beamlet_frame_line 202
  def new(pairs, transform) when is_function(transform, 1) do
    fun = fn el, acc ->
      __at_line__(198, {k, v} = transform.(el))
      Keyword.put_new(acc, k, v)
    end

    unquote(:"-new/2-lists^foldl/2-0-")(fun, [], Enum.reverse(pairs))
  end

  # :lists.foldl/3 as OTP's compiler inlines it into new/2 (its frame at Elixir's line 202)
  @beamlet_shown_as {:"-new/2-lists^foldl/2-0-", 3}
  @beamlet_def_line 202
  @beamlet_frame_line 202
  defp unquote(:"-new/2-lists^foldl/2-0-")(f, acc, [h | t]), do: unquote(:"-new/2-lists^foldl/2-0-")(f, f.(h, acc), t)
  @beamlet_frame_line 202
  defp unquote(:"-new/2-lists^foldl/2-0-")(_f, acc, []), do: acc

  def get_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> fun.()
    end
  end

  def put_new_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, fun.()} | keywords]
    end
  end

  def pop_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> {value, delete_key(keywords, key)}
      false -> {fun.(), keywords}
    end
  end

  def update(keywords, key, default, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1),
    do: update_guarded(keywords, key, default, fun)

  defp update_guarded([{key, current} | keywords], key, _default, fun),
    do: [{key, fun.(current)} | delete_inlined(keywords, key)]

  defp update_guarded([{_, _} = pair | keywords], key, default, fun),
    do: [pair | update_guarded(keywords, key, default, fun)]

  defp update_guarded([], key, default, _fun), do: [{key, default}]

  def update!(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1),
    do: update!(keywords, key, fun, keywords)

  defp update!([{key, current} | keywords], key, fun, _original),
    do: [{key, fun.(current)} | delete_inlined(keywords, key)]

  defp update!([{_, _} = pair | keywords], key, fun, original), do: [pair | __at_line__(1111, update!(keywords, key, fun, original))]
  defp update!([], key, _fun, original), do: __at_line__(1115, raise(KeyError, key: key, term: original))

  def replace_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> update!(keywords, key, fun)
      false -> keywords
    end
  end

  def get_and_update(keywords, key, fun) when is_list(keywords) and is_atom(key) do
    get_and_update(keywords, [], key, fun)
  end

  # (at Elixir 1.14's lines: the calls of fun and the raises name them in a trace)
  defp get_and_update([{key, current} | t], acc, key, fun) do
    case __at_line__(473, fun.(current)) do
      {get, value} -> {get, :lists.reverse(acc, [{key, value} | t])}
      :pop -> {current, :lists.reverse(acc, t)}
      other -> __at_line__(481, raise("the given function must return a two-element tuple or :pop, got: " <> inspect(other)))
    end
  end

  defp get_and_update([{_, _} = h | t], acc, key, fun), do: get_and_update(t, [h | acc], key, fun)

  defp get_and_update([], acc, key, fun) do
    case __at_line__(488, fun.(nil)) do
      {get, update} -> {get, [{key, update} | :lists.reverse(acc)]}
      :pop -> {nil, :lists.reverse(acc)}
      other -> __at_line__(496, raise("the given function must return a two-element tuple or :pop, got: " <> inspect(other)))
    end
  end

  def get_and_update!(keywords, key, fun) when is_list(keywords) and is_atom(key) do
    get_and_update!(keywords, [], key, fun)
  end

  # unlike get_and_update/3, an update drops the key's later duplicates (the calls of fun and the
  # raises at Elixir 1.14's lines)
  defp get_and_update!([{key, current} | t], acc, key, fun) do
    case __at_line__(537, fun.(current)) do
      {get, value} -> {get, :lists.reverse(acc, [{key, value} | delete_key(t, key)])}
      :pop -> {current, :lists.reverse(acc, t)}
      other -> raise "the given function must return a two-element tuple or :pop, got: " <> inspect(other)
    end
  end

  defp get_and_update!([h | t], acc, key, fun), do: get_and_update!(t, [h | acc], key, fun)
  # Elixir 1.14 reports the pairs it walked, in reverse
  defp get_and_update!([], acc, key, _fun), do: __at_line__(554, raise(KeyError, key: key, term: acc))

  # 1.14's order: what keywords1 keeps (each key keywords2 merged removed from it, every
  # occurrence), then keywords2's entries in their order, each repeated key of keywords2 merged
  # with the next occurrence in keywords1
  def merge(keywords1, keywords2, fun) when is_list(keywords1) and is_list(keywords2) and is_function(fun, 3) do
    if keyword?(keywords1) do
      merge_loop(keywords2, [], keywords1, keywords1, fun, keywords2)
    else
      raise ArgumentError, "expected a keyword list as the first argument, got: " <> inspect(keywords1)
    end
  end

  defp merge_loop([{key, value2} | tail], acc, kept, unmerged, fun, keywords2) when is_atom(key) do
    case :lists.keyfind(key, 1, unmerged) do
      {^key, value1} ->
        merged = {key, fun.(key, value1, value2)}
        merge_loop(tail, [merged | acc], delete(kept, key), :lists.keydelete(key, 1, unmerged), fun, keywords2)

      false ->
        merge_loop(tail, [{key, value2} | acc], kept, unmerged, fun, keywords2)
    end
  end

  defp merge_loop([], acc, kept, _unmerged, _fun, _keywords2), do: kept ++ :lists.reverse(acc)

  defp merge_loop(_other, _acc, _kept, _unmerged, _fun, keywords2) do
    raise ArgumentError, "expected a keyword list as the second argument, got: " <> inspect(keywords2)
  end

  def filter(keywords, fun) when is_list(keywords) and is_function(fun, 1), do: do_filter(keywords, fun)

  defp do_filter([], _fun), do: []

  defp do_filter([{_, _} = pair | rest], fun) do
    if fun.(pair), do: [pair | do_filter(rest, fun)], else: do_filter(rest, fun)
  end

  def reject(keywords, fun) when is_list(keywords) and is_function(fun, 1), do: do_reject(keywords, fun)

  defp do_reject([], _fun), do: []

  defp do_reject([{_, _} = pair | rest], fun) do
    if fun.(pair), do: do_reject(rest, fun), else: [pair | do_reject(rest, fun)]
  end

  def split(keywords, keys) when is_list(keywords) and is_list(keys) do
    {take, drop} =
      :lists.foldl(
        fn {k, v}, {take, drop} ->
          case :lists.member(k, keys) do
            true -> {[{k, v} | take], drop}
            false -> {take, [{k, v} | drop]}
          end
        end,
        {[], []},
        keywords
      )

    {:lists.reverse(take), :lists.reverse(drop)}
  end

  def validate(keywords, values) when is_list(keywords) and is_list(values) do
    validate_loop(keywords, values, [], [])
  end

  defp validate_loop([{key, _} = pair | rest], values, acc, bad) when is_atom(key) do
    case take_allowed(values, key, []) do
      {:ok, values} -> validate_loop(rest, values, [pair | acc], bad)
      :error -> validate_loop(rest, values, acc, [key | bad])
    end
  end

  defp validate_loop([], values, acc, []), do: {:ok, add_defaults(values, acc)}
  defp validate_loop([], _values, _acc, bad), do: {:error, bad}

  # (Elixir's frame: validate/5, its raise at line 281)
  @beamlet_shown_as {:validate, 5}
  defp validate_loop([other | _], _values, _acc, []) do
    __at_line__(281, raise(ArgumentError, "expected a keyword list as first argument, got invalid entry: " <> inspect(other)))
  end

  # an invalid entry after a key that is not allowed matches none of Elixir 1.14's clauses
  defp validate_loop([_ | _], _values, _acc, _bad) do
    raise FunctionClauseError, module: Keyword, function: :validate, arity: 5
  end

  defp take_allowed([key | rest], key, seen), do: {:ok, :lists.reverse(seen, rest)}
  defp take_allowed([{key, _} | rest], key, seen), do: {:ok, :lists.reverse(seen, rest)}
  defp take_allowed([other | rest], key, seen), do: take_allowed(rest, key, [other | seen])
  defp take_allowed([], _key, _seen), do: :error

  defp add_defaults([{key, default} | rest], acc), do: add_defaults(rest, [{key, default} | acc])
  defp add_defaults([key | rest], acc) when is_atom(key), do: add_defaults(rest, acc)
  defp add_defaults([], acc), do: acc

  def validate!(keywords, values) do
    # (frames at the lines of Elixir 1.14's keyword.ex: the call 336, the fn 343, the raises 355)
    case __at_line__(336, validate(keywords, values)) do
      {:ok, keywords} ->
        keywords

      {:error, bad} ->
        keys = for value <- values, do: if(is_atom(value), do: value, else: __at_line__(343, elem(value, 0)))

        # allowed keys given twice are duplicates; the rest are unknown
        case Enum.reject(bad, &(&1 in keys)) do
          [] ->
            __at_line__(355, raise(ArgumentError, "duplicate keys " <> inspect(bad) <> " in " <> inspect(keywords)))

          unknown ->
            __at_line__(355, raise(ArgumentError, "unknown keys " <> inspect(unknown) <> " in " <> inspect(keywords) <> ", the allowed keys are: " <> inspect(keys)))
        end
    end
  end

  def equal?(left, right) when is_list(left) and is_list(right), do: :lists.sort(left) == :lists.sort(right)

  def replace(keywords, key, value) when is_list(keywords) and is_atom(key), do: do_replace(keywords, key, value)

  defp do_replace([{key, _} | keywords], key, value), do: [{key, value} | delete_inlined(keywords, key)]
  defp do_replace([{_, _} = pair | keywords], key, value), do: [pair | do_replace(keywords, key, value)]
  defp do_replace([], _key, _value), do: []

  def replace!(keywords, key, value) when is_list(keywords) and is_atom(key), do: replace!(keywords, key, value, keywords)

  defp replace!([{key, _} | keywords], key, value, _original), do: [{key, value} | delete_inlined(keywords, key)]
  # (at Elixir 1.14's lines: the recursive call 885, the raise 889)
  defp replace!([{_, _} = pair | keywords], key, value, original), do: [pair | __at_line__(885, replace!(keywords, key, value, original))]
  defp replace!([], key, _value, original), do: __at_line__(889, raise(KeyError, key: key, term: original))

  # deprecated in Elixir 1.14
  @doc false
  def size(keywords), do: length(keywords)
  @doc false
  def map(keywords, fun) when is_list(keywords), do: Enum.map(keywords, fn {k, v} -> {k, fun.({k, v})} end)
  @doc false
  def delete(keywords, key, value) when is_list(keywords) and is_atom(key),
    do: for({k, v} = pair <- keywords, k != key or v != value, do: pair)

end
