# A leftist heap used as a priority queue
defmodule Heap do
  def empty, do: nil
  def insert(h, k, v), do: merge(h, {1, k, v, nil, nil})
  def pop(nil), do: :empty
  def pop({_, k, v, l, r}), do: {k, v, merge(l, r)}

  defp rank(nil), do: 0
  defp rank({r, _, _, _, _}), do: r

  defp merge(nil, h), do: h
  defp merge(h, nil), do: h
  defp merge({_, k1, _, _, _} = h1, {_, k2, _, _, _} = h2) when k1 > k2, do: merge(h2, h1)
  defp merge({_, k, v, l, r}, h2) do
    merged = merge(r, h2)
    if rank(l) >= rank(merged), do: {rank(merged) + 1, k, v, l, merged}, else: {rank(l) + 1, k, v, merged, l}
  end

  def to_list(h) do
    case pop(h) do
      :empty -> []
      {k, v, rest} -> [{k, v} | to_list(rest)]
    end
  end
end

tasks = [{5, "write docs"}, {1, "fix prod"}, {3, "review"}, {1, "call boss"}, {4, "lunch"}, {2, "deploy"}]
h = Enum.reduce(tasks, Heap.empty(), fn {p, t}, h -> Heap.insert(h, p, t) end)
IO.inspect(Heap.to_list(h))
{k, v, _} = Heap.pop(h)
IO.inspect({k, v})
big = Enum.reduce(1..5000, Heap.empty(), fn i, h -> Heap.insert(h, rem(i * 7919, 5003), i) end)
keys = big |> Heap.to_list() |> Enum.map(&elem(&1, 0))
IO.inspect(keys == Enum.sort(keys))
IO.inspect(Enum.take(keys, 5))
