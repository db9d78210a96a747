defmodule :lists do
  @moduledoc "The fun-taking half of Erlang's :lists; the first-order functions are BIFs."

  # merges two ordered lists without duplicates; an element in both is taken from the first
  def umerge(l1, l2) when is_list(l1) and is_list(l2), do: umerge_loop(l1, l2, [])

  defp umerge_loop([], l2, acc), do: :lists.reverse(acc, l2)
  defp umerge_loop(l1, [], acc), do: :lists.reverse(acc, l1)
  defp umerge_loop([h1 | t1], [h2 | _] = l2, acc) when h1 < h2, do: umerge_loop(t1, l2, [h1 | acc])
  defp umerge_loop([h1 | _] = l1, [h2 | t2], acc) when h2 < h1, do: umerge_loop(l1, t2, [h2 | acc])
  defp umerge_loop([h1 | t1], [_ | t2], acc), do: umerge_loop(t1, t2, [h1 | acc])

  def enumerate(list) when is_list(list), do: enumerate(1, list)

  def enumerate(index, list) when is_integer(index) and is_list(list) do
    {pairs, _} = :lists.mapfoldl(fn x, i -> {{i, x}, i + 1} end, index, list)
    pairs
  end

  def foldl(fun, acc, [h | t]), do: foldl(fun, fun.(h, acc), t)
  def foldl(fun, acc, []) when is_function(fun, 2), do: acc

  def foldr(fun, acc, list) when is_function(fun, 2), do: foldl(fun, acc, :lists.reverse(list))

  def map(fun, list) when is_function(fun, 1), do: map_loop(fun, list, [])

  defp map_loop(_fun, [], acc), do: :lists.reverse(acc)
  defp map_loop(fun, [h | t], acc), do: map_loop(fun, t, [fun.(h) | acc])

  def filter(pred, list) when is_function(pred, 1), do: filter_loop(pred, list, [])

  defp filter_loop(_pred, [], acc), do: :lists.reverse(acc)

  defp filter_loop(pred, [h | t], acc) do
    case pred.(h) do
      true -> filter_loop(pred, t, [h | acc])
      false -> filter_loop(pred, t, acc)
    end
  end

  def filtermap(fun, list) when is_function(fun, 1), do: filtermap_loop(fun, list, [])

  defp filtermap_loop(_fun, [], acc), do: :lists.reverse(acc)

  defp filtermap_loop(fun, [h | t], acc) do
    case fun.(h) do
      false -> filtermap_loop(fun, t, acc)
      true -> filtermap_loop(fun, t, [h | acc])
      {true, v} -> filtermap_loop(fun, t, [v | acc])
    end
  end

  def flatmap(fun, list) when is_function(fun, 1), do: :lists.append(map(fun, list))

  def foreach(fun, [h | t]) do
    fun.(h)
    foreach(fun, t)
  end

  def foreach(fun, []) when is_function(fun, 1), do: :ok

  def any(pred, [h | t]) do
    case pred.(h) do
      true -> true
      false -> any(pred, t)
    end
  end

  def any(pred, []) when is_function(pred, 1), do: false

  def all(pred, [h | t]) do
    case pred.(h) do
      true -> all(pred, t)
      false -> false
    end
  end

  def all(pred, []) when is_function(pred, 1), do: true

  def takewhile(pred, [h | t]) do
    case pred.(h) do
      true -> [h | takewhile(pred, t)]
      false -> []
    end
  end

  def takewhile(pred, []) when is_function(pred, 1), do: []

  def dropwhile(pred, [h | t] = list) do
    case pred.(h) do
      true -> dropwhile(pred, t)
      false -> list
    end
  end

  def dropwhile(pred, []) when is_function(pred, 1), do: []

  def splitwith(pred, list) when is_function(pred, 1), do: splitwith_loop(pred, list, [])

  defp splitwith_loop(pred, [h | t] = list, acc) do
    case pred.(h) do
      true -> splitwith_loop(pred, t, [h | acc])
      false -> {:lists.reverse(acc), list}
    end
  end

  defp splitwith_loop(_pred, [], acc), do: {:lists.reverse(acc), []}

  def partition(pred, list) when is_function(pred, 1), do: partition_loop(pred, list, [], [])

  defp partition_loop(_pred, [], yes, no), do: {:lists.reverse(yes), :lists.reverse(no)}

  defp partition_loop(pred, [h | t], yes, no) do
    case pred.(h) do
      true -> partition_loop(pred, t, [h | yes], no)
      false -> partition_loop(pred, t, yes, [h | no])
    end
  end

  def mapfoldl(fun, acc, list) when is_function(fun, 2), do: mapfoldl_loop(fun, acc, list, [])

  defp mapfoldl_loop(_fun, acc, [], out), do: {:lists.reverse(out), acc}

  defp mapfoldl_loop(fun, acc, [h | t], out) do
    {v, acc} = fun.(h, acc)
    mapfoldl_loop(fun, acc, t, [v | out])
  end

  def mapfoldr(fun, acc, list) when is_function(fun, 2) do
    {out, acc} = mapfoldl(fun, acc, :lists.reverse(list))
    {:lists.reverse(out), acc}
  end

  def zipwith(fun, [a | as], [b | bs]), do: [fun.(a, b) | zipwith(fun, as, bs)]
  def zipwith(fun, [], []) when is_function(fun, 2), do: []

  def search(pred, [h | t]) do
    case pred.(h) do
      true -> {:value, h}
      false -> search(pred, t)
    end
  end

  def search(pred, []) when is_function(pred, 1), do: false

  def sort(fun, list) when is_function(fun, 2), do: Enum.sort(list, fun)

  def usort(fun, list) when is_function(fun, 2) do
    dedup_sorted(Enum.sort(list, fun), fun)
  end

  defp dedup_sorted([a, b | t], fun) do
    case fun.(a, b) and fun.(b, a) do
      true -> dedup_sorted([a | t], fun)
      false -> [a | dedup_sorted([b | t], fun)]
    end
  end

  defp dedup_sorted(list, _fun), do: list

  def keymap(fun, n, list) when is_function(fun, 1) do
    map(fn t -> :erlang.setelement(n, t, fun.(:erlang.element(n, t))) end, list)
  end
end
