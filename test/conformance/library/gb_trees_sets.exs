# :gb_trees and :gb_sets build the same balanced trees as OTP (printed whole), and fail alike.
defmodule Lcg do
  # a deterministic sequence of keys without :rand
  def take(seed, n, range), do: Enum.map_reduce(1..n, seed, fn _, s ->
    s = rem(s * 1_103_515_245 + 12_345, 2_147_483_648)
    {rem(s, range), s}
  end) |> elem(0)
end

t = Enum.reduce(Lcg.take(7, 40, 100), :gb_trees.empty(), fn k, t -> :gb_trees.enter(k, k * k, t) end)
IO.inspect(t, limit: :infinity)
IO.inspect(:gb_trees.size(t))
IO.inspect({:gb_trees.smallest(t), :gb_trees.largest(t)})
IO.inspect(:gb_trees.keys(t) == Enum.sort(Enum.uniq(Lcg.take(7, 40, 100))))
IO.inspect({:gb_trees.lookup(49, t), :gb_trees.lookup(-1, t), :gb_trees.is_defined(1, t)})

sorted = Enum.reduce(1..20, :gb_trees.empty(), fn k, t -> :gb_trees.insert(k, to_string(k), t) end)
IO.inspect(sorted, limit: :infinity)
IO.inspect(:gb_trees.balance(sorted))
{v, rest} = :gb_trees.take(10, sorted)
IO.inspect({v, :gb_trees.size(rest), :gb_trees.to_list(rest) |> Enum.take(12)})
IO.inspect(:gb_trees.take_any(99, sorted))
{k1, v1, t1} = :gb_trees.take_smallest(sorted)
{k2, v2, _} = :gb_trees.take_largest(t1)
IO.inspect({k1, v1, k2, v2})
IO.inspect(:gb_trees.delete_any(100, :gb_trees.delete(5, sorted)) |> :gb_trees.values())
IO.inspect(:gb_trees.map(fn k, v -> {k, String.length(v)} end, :gb_trees.from_orddict([{1, "a"}, {2, "bb"}, {3, "ccc"}])))

it = :gb_trees.iterator_from(15, sorted)
walk = fn walk, it, acc ->
  case :gb_trees.next(it) do
    {k, _v, it2} -> walk.(walk, it2, [k | acc])
    :none -> Enum.reverse(acc)
  end
end
IO.inspect(walk.(walk, it, []))
IO.inspect(walk.(walk, :gb_trees.iterator(:gb_trees.from_orddict([a: 1, b: 2])), []))

# sets: balanced from a list, then grown by inserts
s = :gb_sets.from_list(Lcg.take(11, 30, 50))
IO.inspect(s, limit: :infinity)
s2 = Enum.reduce(Lcg.take(3, 30, 50), :gb_sets.new(), &:gb_sets.add_element/2)
IO.inspect(s2, limit: :infinity)
IO.inspect(:gb_sets.union(s, s2), limit: :infinity)
IO.inspect(:gb_sets.intersection(s, s2), limit: :infinity)
IO.inspect(:gb_sets.difference(s, s2), limit: :infinity)
IO.inspect(:gb_sets.subtract(s2, :gb_sets.from_list([1, 2, 3])), limit: :infinity)
big = :gb_sets.from_list(Enum.to_list(1..200))
small = :gb_sets.from_list([5, 50, 500])
IO.inspect({:gb_sets.intersection(small, big), :gb_sets.difference(small, big), :gb_sets.is_subset(small, big)})
IO.inspect(:gb_sets.union(small, big) |> :gb_sets.size())
IO.inspect(:gb_sets.union([small, s, :gb_sets.singleton(-1)]) |> :gb_sets.to_list())
IO.inspect(:gb_sets.intersection([big, s, s2]))
IO.inspect({:gb_sets.is_disjoint(s, :gb_sets.from_list([100, 101])), :gb_sets.is_disjoint(s, s2)})
IO.inspect({:gb_sets.is_element(hd(Lcg.take(11, 1, 50)), s), :gb_sets.is_set(s), :gb_sets.is_set({1, 2})})
IO.inspect(:gb_sets.fold(fn x, acc -> acc + x end, 0, s))
IO.inspect(:gb_sets.filter(&(rem(&1, 2) == 0), s) |> :gb_sets.to_list())
IO.inspect({:gb_sets.smallest(s), :gb_sets.largest(s), :gb_sets.take_smallest(small), :gb_sets.take_largest(small)})
IO.inspect(:gb_sets.balance(:gb_sets.delete_any(7, :gb_sets.del_element(5, small))))
IO.inspect(:gb_sets.union(:gb_sets.from_list([1, 2.0, 3]), :gb_sets.from_list([1.0, 2, 4])))

for f <- [fn -> :gb_trees.insert(1, :x, :gb_trees.from_orddict([{1, :a}])) end,
          fn -> :gb_trees.get(7, sorted) end,
          fn -> :gb_sets.insert(3, :gb_sets.from_list([3])) end,
          fn -> :gb_trees.smallest(:gb_trees.empty()) end] do
  try do
    f.()
  rescue
    e -> IO.puts(Exception.format_banner(:error, e) |> String.split("\n") |> hd())
  end
end
