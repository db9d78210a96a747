defmodule List do
  @moduledoc "The fun-taking half of List; the first-order functions are BIFs."

  def foldl(list, acc, fun) when is_list(list) and is_function(fun, 2), do: foldl_loop(list, acc, fun)

  defp foldl_loop([], acc, _fun), do: acc
  defp foldl_loop([h | t], acc, fun), do: foldl_loop(t, fun.(h, acc), fun)

  def foldr(list, acc, fun) when is_list(list) and is_function(fun, 2), do: foldl_loop(:lists.reverse(list), acc, fun)

  def update_at(list, index, fun) when is_list(list) and is_integer(index) and is_function(fun, 1) do
    if index < 0 do
      len = length(list)
      if len + index < 0, do: list, else: update_loop(list, len + index, fun, [])
    else
      update_loop(list, index, fun, [])
    end
  end

  defp update_loop([], _index, _fun, acc), do: :lists.reverse(acc)
  defp update_loop([h | t], 0, fun, acc), do: :lists.reverse(acc, [fun.(h) | t])
  defp update_loop([h | t], index, fun, acc), do: update_loop(t, index - 1, fun, [h | acc])
  # Myers' O(ND) difference; the same walk as Elixir's List.myers_difference/2, so ties resolve alike
  def myers_difference(list1, list2) when is_list(list1) and is_list(list2) do
    myers_search(0, [{0, list1, list2, []}])
  end

  defp myers_search(envelope, paths) do
    case myers_diagonals(-envelope, envelope, paths, []) do
      {:done, edits} -> myers_compact(edits, [])
      {:next, paths} -> myers_search(envelope + 1, paths)
    end
  end

  defp myers_diagonals(diag, limit, _paths, next) when diag > limit, do: {:next, :lists.reverse(next)}

  defp myers_diagonals(diag, limit, paths, next) do
    {path, rest} = myers_step(diag, limit, paths)

    case myers_snake(path) do
      {:cont, path} -> myers_diagonals(diag + 2, limit, rest, [path | next])
      {:done, edits} -> {:done, edits}
    end
  end

  defp myers_step(0, 0, [path]), do: {path, []}
  defp myers_step(diag, limit, [path | _] = paths) when diag == -limit, do: {myers_down(path), paths}
  defp myers_step(diag, limit, [path]) when diag == limit, do: {myers_right(path), []}

  defp myers_step(_diag, _limit, [path1, path2 | rest]) do
    if elem(path1, 0) > elem(path2, 0) do
      {myers_right(path1), [path2 | rest]}
    else
      {myers_down(path2), [path2 | rest]}
    end
  end

  defp myers_right({y, list1, [x | rest], edits}), do: {y, list1, rest, [{:ins, x} | edits]}
  defp myers_right({y, list1, [], edits}), do: {y, list1, [], edits}
  defp myers_down({y, [x | rest], list2, edits}), do: {y + 1, rest, list2, [{:del, x} | edits]}
  defp myers_down({y, [], list2, edits}), do: {y + 1, [], list2, edits}

  defp myers_snake({y, [x | rest1], [x | rest2], edits}), do: myers_snake({y + 1, rest1, rest2, [{:eq, x} | edits]})
  defp myers_snake({_y, [], [], edits}), do: {:done, edits}
  defp myers_snake(path), do: {:cont, path}

  defp myers_compact([], acc), do: acc
  defp myers_compact([{kind, x} | rest], [{kind, xs} | acc]), do: myers_compact(rest, [{kind, [x | xs]} | acc])
  defp myers_compact([{kind, x} | rest], acc), do: myers_compact(rest, [{kind, [x]} | acc])
end
