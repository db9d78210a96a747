defmodule List do
  @moduledoc """
  Functions specific to lists (linked lists). Functions that work on any collection are in `Enum`;
  prepending (`[x | list]`) is cheap, while appending and indexing walk the list.

      iex> List.flatten([1, [2, [3]]])
      [1, 2, 3]
  """
  # The fun-taking half of List; the first-order functions are BIFs.

  # Elixir's are :lists.foldl/foldr(fun, acc, list) for any fun, which OTP's compiler inlines as
  # functions of List's own (their names, clauses and lines are what traces and
  # FunctionClauseErrors show: a fun of another arity fails on [] or when called; foldr is
  # body-recursive, as OTP's)
  def foldl(list, acc, fun) when is_list(list) and is_function(fun), do: unquote(:"-foldl/3-lists^foldl/2-0-")(fun, acc, list)

  @beamlet_def_line 249
  @beamlet_frame_line 249
  defp unquote(:"-foldl/3-lists^foldl/2-0-")(f, acc, [h | t]), do: unquote(:"-foldl/3-lists^foldl/2-0-")(f, f.(h, acc), t)
  @beamlet_frame_line 249
  defp unquote(:"-foldl/3-lists^foldl/2-0-")(f, acc, []) when is_function(f, 2), do: acc

  def foldr(list, acc, fun) when is_list(list) and is_function(fun), do: unquote(:"-foldr/3-lists^foldr/2-0-")(fun, acc, list)

  @beamlet_def_line 267
  @beamlet_frame_line 267
  defp unquote(:"-foldr/3-lists^foldr/2-0-")(f, acc, [h | t]), do: f.(h, unquote(:"-foldr/3-lists^foldr/2-0-")(f, acc, t))
  @beamlet_frame_line 267
  defp unquote(:"-foldr/3-lists^foldr/2-0-")(f, acc, []) when is_function(f, 2), do: acc

  # replace_at/3, insert_at/3 and update_at/3 as Elixir 1.14's: a negative index counts the list
  # (length/1 refusing an improper list in the function's own frame, at Elixir's line); then a
  # body-recursive walk, so an improper tail fails in its clauses (heads as Elixir's, whose
  # FunctionClauseError lists them) under one frame of the recursive call (the BEAM shows repeated
  # return addresses once), and the fun of update_at runs in the walk's frame
  def update_at(list, index, fun) when is_list(list) and is_integer(index) and is_function(fun, 1) do
    if index < 0 do
      case __at_line__(837, length(list)) + index do
        at when at < 0 -> list
        at -> do_update_at(list, at, fun)
      end
    else
      do_update_at(list, index, fun)
    end
  end

  defp do_update_at([value | list], 0, fun), do: [__at_line__(1351, fun.(value)) | list]
  defp do_update_at([head | tail], index, fun), do: [head | __at_line__(1355, do_update_at(tail, index - 1, fun))]
  defp do_update_at([], _index, _fun), do: []

  def replace_at(list, index, value) when is_list(list) and is_integer(index) do
    if index < 0 do
      case __at_line__(804, length(list)) + index do
        at when at < 0 -> list
        at -> do_replace_at(list, at, value)
      end
    else
      do_replace_at(list, index, value)
    end
  end

  defp do_replace_at([], _index, _value), do: []
  defp do_replace_at([_old | rest], 0, value), do: [value | rest]
  defp do_replace_at([head | tail], index, value), do: [head | __at_line__(1331, do_replace_at(tail, index - 1, value))]

  @doc """
  The list with `value` inserted at `index` (negative counts from the end; past the end appends).

  ## Examples

      iex> List.insert_at([1, 2, 3], 1, :x)
      [1, :x, 2, 3]
      iex> List.insert_at([1, 2, 3], -1, :x)
      [1, 2, 3, :x]
  """
  @spec insert_at(list(), integer(), any()) :: list()
  def insert_at(list, index, value) when is_list(list) and is_integer(index) do
    cond do
      # (appending: ++ refuses an improper list)
      index == -1 -> __at_line__(767, list ++ [value])
      index < -1 ->
        case __at_line__(770, length(list)) + index + 1 do
          at when at < 0 -> [value | list]
          at -> do_insert_at(list, at, value)
        end
      true -> do_insert_at(list, index, value)
    end
  end

  defp do_insert_at([], _index, value), do: [value]
  defp do_insert_at(list, 0, value), do: [value | list]
  defp do_insert_at([head | tail], index, value), do: [head | __at_line__(1345, do_insert_at(tail, index - 1, value))]

  # delete_at/2 and pop_at/2,3 as Elixir 1.14's: a bad list fails in do_pop_at/4 (lib/list.ex:1364)
  # under delete_at/2's frame (866); pop_at tail-calls it
  def delete_at(list, index) when is_integer(index) do
    __at_line__(866, elem(pop_at(list, index), 1))
  end

  def pop_at(list, index, default \\ nil) when is_integer(index) do
    if index < 0 do
      __at_line__(891, do_pop_at(list, length(list) + index, default, []))
    else
      __at_line__(893, do_pop_at(list, index, default, []))
    end
  end

  defp do_pop_at([], _index, default, acc), do: {default, :lists.reverse(acc)}
  defp do_pop_at([head | tail], 0, _default, acc), do: {head, :lists.reverse(acc, tail)}
  defp do_pop_at([head | tail], index, default, acc), do: do_pop_at(tail, index - 1, default, [head | acc])

  # zip/1 as Elixir 1.14's, round by round through the :lists.mapfoldl/3 OTP's compiler inlines:
  # each element is a list or a tuple, anything else is to_list/1's FunctionClauseError (1402)
  # under the converter fn (1379) and the fold's frames (1381), an improper tail ends at its round
  def zip([]), do: []
  def zip(list_of_lists) when is_list(list_of_lists), do: do_zip(list_of_lists, [])

  defp do_zip(list, acc) do
    converter = fn x, acc -> __at_line__(1379, do_zip_each(to_list(x), acc)) end

    case __at_line__(1381, unquote(:"-do_zip/2-lists^mapfoldl/2-0-")(converter, [], list)) do
      {_, nil} -> :lists.reverse(acc)
      {mlist, heads} -> do_zip(mlist, [:erlang.list_to_tuple(:lists.reverse(heads)) | acc])
    end
  end

  defp unquote(:"-do_zip/2-lists^mapfoldl/2-0-")(f, acc, [h | t]) do
    {r, acc} = __at_line__(1381, f.(h, acc))
    {rs, acc} = __at_line__(1381, unquote(:"-do_zip/2-lists^mapfoldl/2-0-")(f, acc, t))
    {[r | rs], acc}
  end

  defp unquote(:"-do_zip/2-lists^mapfoldl/2-0-")(f, acc, []) when is_function(f, 2), do: {[], acc}

  defp do_zip_each(_, nil), do: {nil, nil}
  defp do_zip_each([head | tail], acc), do: {tail, [head | acc]}
  defp do_zip_each([], _), do: {nil, nil}

  defp to_list(tuple) when is_tuple(tuple), do: Tuple.to_list(tuple)
  defp to_list(list) when is_list(list), do: list

  # Myers' O(ND) difference; the same walk as Elixir's List.myers_difference/2, so ties resolve alike.
  # With a diff_script, each move (a deletion or an insertion) taken while both lists still have an
  # element asks it first about the two heads: a non-nil answer consumes both as {:diff, answer}.
  def myers_difference(list1, list2) when is_list(list1) and is_list(list2) do
    myers_search(0, [{0, list1, list2, []}], nil)
  end

  def myers_difference(list1, list2, diff_script) when is_list(list1) and is_list(list2) and is_function(diff_script) do
    myers_search(0, [{0, list1, list2, []}], diff_script)
  end

  defp myers_search(envelope, paths, script) do
    case myers_diagonals(-envelope, envelope, paths, [], script) do
      {:done, edits} -> myers_compact(edits, [])
      {:next, paths} -> myers_search(envelope + 1, paths, script)
    end
  end

  defp myers_diagonals(diag, limit, _paths, next, _script) when diag > limit, do: {:next, :lists.reverse(next)}

  defp myers_diagonals(diag, limit, paths, next, script) do
    {path, rest} = myers_step(diag, limit, paths, script)

    case myers_snake(path) do
      {:cont, path} -> myers_diagonals(diag + 2, limit, rest, [path | next], script)
      {:done, edits} -> {:done, edits}
    end
  end

  defp myers_step(0, 0, [path], _script), do: {path, []}
  defp myers_step(diag, limit, [path | _] = paths, script) when diag == -limit, do: {myers_down(path, script), paths}
  defp myers_step(diag, limit, [path], script) when diag == limit, do: {myers_right(path, script), []}

  defp myers_step(_diag, _limit, [path1, path2 | rest], script) do
    if elem(path1, 0) > elem(path2, 0) do
      {myers_right(path1, script), [path2 | rest]}
    else
      {myers_down(path2, script), [path2 | rest]}
    end
  end

  defp myers_right({y, [x1 | rest1] = list1, [x | rest], edits}, script) when script != nil do
    if diff = script.(x1, x) do
      {y + 1, rest1, rest, [{:diff, diff} | edits]}
    else
      {y, list1, rest, [{:ins, x} | edits]}
    end
  end

  defp myers_right({y, list1, [x | rest], edits}, _script), do: {y, list1, rest, [{:ins, x} | edits]}
  defp myers_right({y, list1, [], edits}, _script), do: {y, list1, [], edits}

  defp myers_down({y, [x | rest1], [x2 | rest2] = list2, edits}, script) when script != nil do
    if diff = script.(x, x2) do
      {y + 1, rest1, rest2, [{:diff, diff} | edits]}
    else
      {y + 1, rest1, list2, [{:del, x} | edits]}
    end
  end

  defp myers_down({y, [x | rest], list2, edits}, _script), do: {y + 1, rest, list2, [{:del, x} | edits]}
  defp myers_down({y, [], list2, edits}, _script), do: {y + 1, [], list2, edits}

  defp myers_snake({y, [x | rest1], [x | rest2], edits}), do: myers_snake({y + 1, rest1, rest2, [{:eq, x} | edits]})
  defp myers_snake({_y, [], [], edits}), do: {:done, edits}
  defp myers_snake(path), do: {:cont, path}

  # The edits come last first; runs of one kind are gathered. Once a run is complete and more edits
  # are ahead, an equal run followed by an insertion of the same elements and another equal run
  # (eq xs, ins xs, eq ys) reads as the insertion first (ins xs, eq xs ++ ys): the same lists, and
  # the shorter script Elixir gives.
  defp myers_compact([], acc), do: acc
  defp myers_compact([{:diff, _} = diff | rest], acc), do: myers_compact(rest, [diff | acc])
  defp myers_compact([{kind, x} | rest], [{kind, xs} | acc]), do: myers_compact(rest, [{kind, [x | xs]} | acc])
  defp myers_compact(rest, [{:eq, xs}, {:ins, xs}, {:eq, ys} | acc]), do: myers_compact(rest, [{:ins, xs}, {:eq, xs ++ ys} | acc])
  defp myers_compact([{kind, x} | rest], acc), do: myers_compact(rest, [{kind, [x]} | acc])

  # keysort/2 is a BIF; the sorter form sorts as Enum.sort/2 does with the same sorter
  def keysort(list, position, :asc) when is_list(list) and is_integer(position), do: :lists.keysort(position + 1, list)

  def keysort(list, position, sorter) when is_list(list) and is_integer(position) do
    :lists.sort(keysort_fun(sorter, position + 1), list)
  end

  # (each fn at the line of Elixir's own clause: its frames name lib/list.ex there)
  defp keysort_fun(sorter, i) when is_function(sorter, 2), do: __at_line__(505, fn a, b -> sorter.(:erlang.element(i, a), :erlang.element(i, b)) end)
  defp keysort_fun(:desc, i), do: __at_line__(508, fn a, b -> :erlang.element(i, a) >= :erlang.element(i, b) end)
  defp keysort_fun(module, i) when is_atom(module), do: __at_line__(511, fn a, b -> module.compare(:erlang.element(i, a), :erlang.element(i, b)) != :gt end)
  defp keysort_fun({:asc, module}, i) when is_atom(module), do: __at_line__(514, fn a, b -> module.compare(:erlang.element(i, a), :erlang.element(i, b)) != :gt end)
  defp keysort_fun({:desc, module}, i) when is_atom(module), do: __at_line__(517, fn a, b -> module.compare(:erlang.element(i, a), :erlang.element(i, b)) != :lt end)

  def keyfind!(list, key, position) when is_integer(position) do
    __at_line__(380, :lists.keyfind(key, position + 1, list)) ||
      __at_line__(381, raise(KeyError,
        key: key,
        term: list,
        message: "key " <> inspect(key) <> " at position " <> inspect(position) <> " not found in: " <> inspect(list)))
  end

  def ascii_printable?(list, limit) when is_list(list) and (limit == :infinity or (is_integer(limit) and limit >= 0)) do
    printable_prefix?(list, limit)
  end

  defp printable_prefix?(_, 0), do: true
  defp printable_prefix?([], _), do: true

  defp printable_prefix?([c | rest], limit) when is_integer(c) and ((c >= 7 and c <= 13) or c == 27 or (c >= 32 and c <= 126)) do
    printable_prefix?(rest, if(limit == :infinity, do: limit, else: limit - 1))
  end

  defp printable_prefix?(_, _), do: false

  # The functions the VM implements natively (vm/bifs/): only their docs are written here,
  # a bodiless head each (its defaults give no clause the VM's own function does not shadow)

  @doc """
  The list without the first occurrence of `element`.

  ## Examples

      iex> List.delete([:a, :b, :a], :a)
      [:b, :a]
  """
  @spec delete([], any()) :: []
  @spec delete([...], any()) :: list()
  def delete(list, element)

  @doc """
  A list of `n` copies of `elem`.

  ## Examples

      iex> List.duplicate(:x, 3)
      [:x, :x, :x]
  """
  @spec duplicate(any(), 0) :: []
  @spec duplicate(elem, pos_integer()) :: [elem, ...] when elem: var
  def duplicate(elem, n)

  @doc """
  The first element, or `default` (`nil` unless given) for an empty list.

  ## Examples

      iex> List.first([1, 2])
      1
      iex> List.first([], :none)
      :none
  """
  @spec first([], any()) :: any()
  @spec first([elem, ...], any()) :: elem when elem: var
  def first(list, default \\ nil)

  @doc """
  The elements of nested lists, in order, in one flat list.

  ## Examples

      iex> List.flatten([1, [2, [3, []]], 4])
      [1, 2, 3, 4]
  """
  @spec flatten(deep_list) :: list() when deep_list: [any() | deep_list]
  def flatten(list)

  @doc """
  Like `flatten/1`, with `tail` appended at the end.

  ## Examples

      iex> List.flatten([1, [2]], [3])
      [1, 2, 3]
  """
  @spec flatten(deep_list, [elem]) :: [elem] when deep_list: [elem | deep_list], elem: var
  def flatten(list, tail)

  @doc """
  The first tuple whose element at `position` is `key`, or `default`.

  ## Examples

      iex> List.keyfind([a: 1, b: 2], :b, 0)
      {:b, 2}
      iex> List.keyfind([a: 1], :z, 0)
      nil
  """
  @spec keyfind([tuple()], any(), non_neg_integer(), any()) :: any()
  def keyfind(list, key, position, default \\ nil)

  @doc """
  The last element, or `default` (`nil` unless given) for an empty list.

  ## Examples

      iex> List.last([1, 2, 3])
      3
  """
  @spec last([], any()) :: any()
  @spec last([elem, ...], any()) :: elem when elem: var
  def last(list, default \\ nil)

  @doc """
  A tuple with the list's elements.

  ## Examples

      iex> List.to_tuple([:ok, 1])
      {:ok, 1}
  """
  @spec to_tuple(list()) :: tuple()
  def to_tuple(list)

  @doc """
  `term` as a list: a list stays as it is, `nil` becomes `[]`, anything else is wrapped.

  ## Examples

      iex> List.wrap(:a)
      [:a]
      iex> List.wrap(nil)
      []
      iex> List.wrap([1])
      [1]
  """
  @spec wrap(term()) :: maybe_improper_list()
  def wrap(term)
end
