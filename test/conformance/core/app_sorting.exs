defmodule Sorts do
  def quick([]), do: []
  def quick([p | rest]) do
    {l, r} = Enum.split_with(rest, &(&1 < p))
    quick(l) ++ [p] ++ quick(r)
  end

  def merge_sort([]), do: []
  def merge_sort([x]), do: [x]
  def merge_sort(l) do
    {a, b} = Enum.split(l, div(length(l), 2))
    merge(merge_sort(a), merge_sort(b))
  end
  defp merge([], b), do: b
  defp merge(a, []), do: a
  defp merge([x | xs], [y | _] = ys) when x <= y, do: [x | merge(xs, ys)]
  defp merge(xs, [y | ys]), do: [y | merge(xs, ys)]

  def insertion(l), do: Enum.reduce(l, [], &insert/2)
  defp insert(x, []), do: [x]
  defp insert(x, [h | t]) when x <= h, do: [x, h | t]
  defp insert(x, [h | t]), do: [h | insert(x, t)]

  def bubble(l) do
    {l2, swapped} = pass(l)
    if swapped, do: bubble(l2), else: l2
  end
  defp pass([a, b | t]) when a > b, do: ({r, _} = pass([a | t]); {[b | r], true})
  defp pass([a | t]), do: ({r, s} = pass(t); {[a | r], s})
  defp pass([]), do: {[], false}
end

data = Enum.map(1..200, fn i -> rem(i * 7_919 + 13, 1_009) end)
expected = Enum.sort(data)
for {name, f} <- [quick: &Sorts.quick/1, merge: &Sorts.merge_sort/1, insertion: &Sorts.insertion/1] do
  IO.puts("#{name}: #{f.(data) == expected}")
end
IO.inspect(Sorts.bubble([5, 1, 4, 2, 8, 0]))
IO.inspect(Enum.take(expected, 10))
IO.inspect(Sorts.merge_sort(~w(pear apple fig banana)))
IO.inspect(Sorts.quick([3.5, 1, 2.25, -1]))
big = Enum.map(1..50_000, fn i -> rem(i * 48_271, 65_537) end)
IO.inspect(Sorts.merge_sort(big) == Enum.sort(big))
