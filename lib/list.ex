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
end
