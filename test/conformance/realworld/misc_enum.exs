defmodule Inventory do
  def report(items) do
    items
    |> Enum.group_by(& &1.category, &{&1.name, &1.qty})
    |> Enum.sort_by(fn {cat, _} -> cat end)
    |> Enum.map(fn {cat, list} -> {cat, Enum.sort_by(list, &elem(&1, 1), :desc)} end)
  end
end

defmodule Main do
  def run do
    items = [
      %{name: "bolt", category: :hardware, qty: 120, price: 0.05},
      %{name: "nut", category: :hardware, qty: 300, price: 0.02},
      %{name: "glue", category: :adhesive, qty: 12, price: 3.5},
      %{name: "tape", category: :adhesive, qty: 40, price: 1.25},
      %{name: "saw", category: :tools, qty: 3, price: 24.0}
    ]
    IO.inspect(Inventory.report(items))
    IO.inspect(Enum.frequencies_by(items, & &1.category))
    IO.inspect(Enum.split_with(items, &(&1.qty > 50)) |> then(fn {a, b} -> {length(a), length(b)} end))
    IO.inspect(Enum.min_max_by(items, & &1.price) |> then(fn {a, b} -> {a.name, b.name} end))
    IO.inspect(Enum.sum(Enum.map(items, &(&1.qty * &1.price))) |> Float.round(2))
    IO.inspect(Enum.reduce_while(items, 0, fn i, acc -> if acc + i.qty > 400, do: {:halt, acc}, else: {:cont, acc + i.qty} end))
    IO.inspect(Enum.scan([1, 2, 3, 4], 0, &(&1 + &2)))
    IO.inspect(Enum.flat_map_reduce([1, 2, 3], 0, fn x, acc -> {[x, x * 10], acc + x} end))
    IO.inspect(Enum.map_reduce(~w(a bb ccc), 0, fn s, acc -> {String.length(s), acc + String.length(s)} end))
    IO.inspect(Enum.chunk_while([1, 2, 4, 5, 6, 9, 10], [], fn
      x, [] -> {:cont, [x]}
      x, [h | _] = acc when x == h + 1 -> {:cont, [x | acc]}
      x, acc -> {:cont, Enum.reverse(acc), [x]}
    end, fn acc -> {:cont, Enum.reverse(acc), []} end))
    IO.inspect(Enum.zip_with([[1, 2], [3, 4], [5, 6]], &Enum.sum/1))
    IO.inspect(Enum.zip_reduce([1, 2], [3, 4], 0, fn a, b, acc -> acc + a * b end))
    IO.inspect(Enum.unzip([{:a, 1}, {:b, 2}]))
    IO.inspect(Enum.dedup_by([1, 2, 11, 12, 3], &div(&1, 10)))
    IO.inspect(Enum.uniq([1, 1.0, 1, :a, :a]))
    IO.inspect(Enum.slide([:a, :b, :c, :d, :e], 1..2, 4))
    IO.inspect(Enum.slice(1..20, 3..10//3))
    IO.inspect(Enum.take_random(1..10, 0))
    IO.inspect(Enum.into([a: 1], %{b: 2}))
    IO.inspect(Enum.into(%{a: 1}, []))
    IO.inspect(Enum.join([1, :two, "three", 'four'], "|"))
    IO.inspect(Enum.count(1..100, &(rem(&1, 7) == 0)))
    IO.inspect(Enum.find_index(~w(x y z), &(&1 == "z")))
    IO.inspect(Enum.find_value([1, 2, 3], fn x -> x > 1 && x * 100 end))
    IO.inspect(Enum.group_by(~w(ant bee cat ape), &String.first/1))
    IO.inspect(Enum.sort([3, 1, 2], :desc))
    IO.inspect(Enum.sort_by(~w(pear fig banana), &String.length/1, :desc))
    IO.inspect(Enum.sort([%{v: 2}, %{v: 1}], &(&1.v <= &2.v)))
    IO.inspect(Enum.min([], fn -> :none end))
    IO.inspect(Enum.max_by([], & &1, fn -> :empty end))
    IO.inspect(Enum.intersperse([1, 2, 3], :sep))
    IO.inspect(Enum.chunk_by([1, 1, 2, 3, 3], & &1))
  rescue
    e -> IO.puts("err #{inspect(e.__struct__)}")
  end
end

Main.run()
ms = MapSet.new(~w(a b c))
ms2 = MapSet.new(~w(b c d))
IO.inspect(MapSet.union(ms, ms2))
IO.inspect(MapSet.intersection(ms, ms2))
IO.inspect(MapSet.difference(ms, ms2))
IO.inspect(MapSet.symmetric_difference(ms, ms2))
IO.inspect(MapSet.subset?(MapSet.new(["a"]), ms))
IO.inspect(MapSet.disjoint?(ms, MapSet.new([1])))
IO.inspect(MapSet.put(ms, "a") |> MapSet.size())
IO.inspect(MapSet.new(1..5, &(&1 * 2)) |> Enum.filter(&(&1 > 4)))
IO.inspect(MapSet.filter(MapSet.new(1..10), &(rem(&1, 3) == 0)))
IO.inspect(ms == MapSet.new(~w(c b a)))
r = 1..20//4
IO.inspect({Enum.to_list(r), Range.size(r), 13 in r, 17 in r})
IO.inspect(Range.new(5, 1, -2) |> Enum.to_list())
IO.inspect(Enum.to_list(5..1))
IO.inspect(Range.disjoint?(1..5, 6..10))
IO.inspect(Enum.reverse(1..10//3))
IO.inspect(Range.shift(1..3, 2))
IO.inspect(Enum.sum(1..1_000_000))
IO.inspect(Enum.count(10..1//2))
IO.inspect(first..last//step = 3..9//3)
IO.inspect({first, last, step})
IO.inspect(for x <- 1..3, y <- x..3, x != y, into: %{}, do: {{x, y}, x * y})
IO.inspect(for <<a::4, b::4 <- <<0x12, 0xAB>> >>, do: {a, b})
IO.inspect(for x <- [1, 2, 3], reduce: 0 do acc -> acc + x end)
IO.inspect(for {k, v} when v > 1 <- [a: 1, b: 2, c: 3], uniq: true, do: k)
IO.inspect(for c <- 'hello', into: "", do: <<c - 32>>)
