defmodule LRU do
  defstruct cap: 3, map: %{}, order: :gb_trees.empty(), tick: 0

  def new(cap), do: %LRU{cap: cap}

  def get(%LRU{map: map} = c, k) do
    case map do
      %{^k => {v, t}} -> {v, touch(c, k, v, t)}
      _ -> {nil, c}
    end
  end

  def put(%LRU{map: map} = c, k, v) do
    c =
      case map do
        %{^k => {_, t}} -> %{c | order: :gb_trees.delete(t, c.order), map: Map.delete(map, k)}
        _ -> c
      end
    c = if map_size(c.map) >= c.cap, do: evict(c), else: c
    %{c | map: Map.put(c.map, k, {v, c.tick}), order: :gb_trees.insert(c.tick, k, c.order), tick: c.tick + 1}
  end

  defp touch(c, k, v, t) do
    order = :gb_trees.insert(c.tick, k, :gb_trees.delete(t, c.order))
    %{c | map: Map.put(c.map, k, {v, c.tick}), order: order, tick: c.tick + 1}
  end

  defp evict(c) do
    {_t, k, order} = :gb_trees.take_smallest(c.order)
    IO.puts("evict #{inspect(k)}")
    %{c | order: order, map: Map.delete(c.map, k)}
  end

  def keys(c), do: :gb_trees.values(c.order)
end

c = LRU.new(3)
c = c |> LRU.put(:a, 1) |> LRU.put(:b, 2) |> LRU.put(:c, 3)
{v, c} = LRU.get(c, :a)
IO.inspect(v)
c = LRU.put(c, :d, 4)
c = LRU.put(c, :c, 33)
c = LRU.put(c, :e, 5)
IO.inspect(LRU.keys(c))

q = :queue.from_list([1, 2, 3])
q = :queue.in(4, q)
q = :queue.in_r(0, q)
{{:value, h}, q} = :queue.out(q)
IO.inspect({h, :queue.to_list(q), :queue.len(q), :queue.peek_r(q)})
IO.inspect(:queue.out(:queue.new()))
IO.inspect(:queue.reverse(q) |> :queue.to_list())
IO.inspect(:queue.filter(&(rem(&1, 2) == 0), q) |> :queue.to_list())
IO.inspect(:queue.member(3, q))

s = :gb_sets.from_list([5, 1, 3, 1])
IO.inspect(:gb_sets.to_list(s))
IO.inspect(:gb_sets.is_member(3, s))
IO.inspect(:gb_sets.smallest(s))
IO.inspect(:gb_sets.union(s, :gb_sets.from_list([9])) |> :gb_sets.size())
t = :gb_trees.from_orddict([{1, :a}, {2, :b}, {3, :c}])
IO.inspect(:gb_trees.lookup(2, t))
IO.inspect(:gb_trees.lookup(9, t))
IO.inspect(:gb_trees.to_list(:gb_trees.update(2, :bb, t)))
IO.inspect(:gb_trees.largest(t))
it = :gb_trees.iterator_from(2, t)
{k, v, _} = :gb_trees.next(it)
IO.inspect({k, v})

set = :sets.from_list([:x, :y, :x])
IO.inspect(:sets.size(set))
IO.inspect(:sets.to_list(set) |> Enum.sort())
IO.inspect(:sets.is_element(:y, set))
IO.inspect(:sets.subtract(set, :sets.from_list([:x])) |> :sets.to_list())
od = :orddict.from_list([{:b, 2}, {:a, 1}])
IO.inspect(:orddict.store(:c, 3, od))
IO.inspect(:orddict.fetch(:a, od))
IO.inspect(:orddict.update_counter(:a, 10, od))
IO.inspect(:proplists.get_value(:k, [{:k, 1}, :flag]))
IO.inspect(:proplists.get_bool(:flag, [{:k, 1}, :flag]))
arr = :array.new(5, default: 0)
arr = :array.set(2, :two, arr)
IO.inspect(:array.to_list(arr))
IO.inspect(:array.get(2, arr))
IO.inspect(:array.size(arr))
IO.inspect(:array.sparse_to_orddict(arr))
IO.inspect(:lists.keyfind(2, 1, [{1, :a}, {2, :b}]))
IO.inspect(:lists.seq(1, 10, 3))
IO.inspect(:lists.zip3([1, 2], [:a, :b], ["x", "y"]))
IO.inspect(:lists.usort([3, 1, 3.0, 2]))
IO.inspect(:lists.sort(fn a, b -> a >= b end, [1, 3, 2]))
IO.inspect(:lists.foldr(fn x, acc -> [x * 2 | acc] end, [], [1, 2, 3]))
IO.inspect(:lists.flatten([1, [2, [3, []]]]))
IO.inspect(:lists.nthtail(2, [1, 2, 3, 4]))
IO.inspect(:lists.partition(&(&1 > 2), [1, 2, 3, 4]))
IO.inspect(:lists.last([1, 2, 3]))
IO.inspect(:lists.sublist([1, 2, 3, 4], 2, 2))
IO.inspect(:lists.max([1, 5, 3]))
IO.inspect(:lists.append([[1], [2, 3]]))
IO.inspect(:lists.keysort(2, [{:a, 3}, {:b, 1}]))
IO.inspect(:lists.mapfoldl(fn x, acc -> {x * x, acc + x} end, 0, [1, 2, 3]))
IO.inspect(:lists.droplast([1, 2, 3]))
IO.inspect(:lists.enumerate([:a, :b]))
IO.inspect(:string.pad("ab", 5, :both, ?*))
IO.inspect(:string.split("a b c", " ", :all))
IO.inspect(:string.titlecase("hello"))
IO.inspect(:string.lexemes("a,,b c", ', '))
IO.inspect(:string.find("hello world", "o w"))
IO.inspect(:string.to_integer("42abc"))
IO.inspect(:string.slice("hello", 1, 3))
IO.inspect(:unicode.characters_to_binary('héllo'))
IO.inspect(:unicode.characters_to_list("héllo"))
d = :dict.from_list([{:a, 1}])
IO.inspect(:dict.fetch(:a, :dict.store(:a, 2, d)))
IO.inspect(:maps.fold(fn k, v, acc -> acc + v + byte_size(k) end, 0, %{"ab" => 1, "c" => 2}))
IO.inspect(:maps.filter(fn _k, v -> v > 1 end, %{a: 1, b: 2}))
IO.inspect(:maps.with([:a], %{a: 1, b: 2}))
IO.inspect(:maps.iterator(%{a: 1}) |> :maps.next() |> elem(0))
