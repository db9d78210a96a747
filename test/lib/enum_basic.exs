# Enum over lists, ranges and maps, checked against real Elixir
l = [3, 1, 4, 1, 5, 9, 2, 6]
IO.inspect Enum.map(l, &(&1 * 2))
IO.inspect Enum.map(1..5, &(&1 * &1))
IO.inspect Enum.map(%{a: 1, b: 2}, fn {k, v} -> {v, k} end)
IO.inspect Enum.filter(l, &(rem(&1, 2) == 0))
IO.inspect Enum.reject(1..10, &(rem(&1, 3) == 0))
IO.inspect Enum.reduce(l, 0, &+/2)
IO.inspect Enum.reduce(1..4, &*/2)
IO.inspect Enum.reduce_while(1..100, 0, fn x, acc -> if acc > 20, do: {:halt, acc}, else: {:cont, acc + x} end)
IO.inspect Enum.sum(l)
IO.inspect Enum.sum([1.5, 2.5])
IO.inspect Enum.sum(1..100//3)
IO.inspect Enum.sum(10..1)
IO.inspect Enum.product(1..6)
IO.inspect {Enum.count(l), Enum.count(1..10), Enum.count(%{a: 1}), Enum.count(l, &(&1 > 3))}
IO.inspect Enum.sort(l)
IO.inspect Enum.sort(l, :desc)
IO.inspect Enum.sort(l, &(&1 >= &2))
IO.inspect Enum.sort([{1, :b}, {0, :a}, {1, :a}, {0, :b}], fn {a, _}, {b, _} -> a <= b end)
IO.inspect Enum.sort_by(["ccc", "a", "bb", "dd"], &String.length/1)
IO.inspect Enum.sort_by(["ccc", "a", "bb", "dd"], &String.length/1, :desc)
IO.inspect Enum.sort_by([%{n: 2}, %{n: 1}], & &1.n, &>=/2)
IO.inspect Enum.sort([1, 1.0, 2, 0.5], :desc)
IO.inspect Enum.reverse(l)
IO.inspect Enum.reverse(1..4, [:x])
IO.inspect Enum.into([a: 1, b: 2], %{})
IO.inspect Enum.into([1, 2], [0])
IO.inspect Enum.into(%{c: 3}, %{a: 1})
IO.inspect Enum.into(1..3, [], &(&1 * 10))
IO.inspect Enum.into(["a", "b"], "x")
IO.inspect Enum.join(l, ", ")
IO.inspect Enum.join([1, :a, "s", 'ch', 2.5])
IO.inspect Enum.map_join(1..3, "-", &(&1 * 2))
IO.inspect Enum.map_join([], "-", & &1)
IO.inspect Enum.with_index([:a, :b])
IO.inspect Enum.with_index([:a, :b], 1)
IO.inspect Enum.with_index([:a, :b], fn x, i -> {i, x} end)
IO.inspect Enum.zip([1, 2, 3], [:a, :b])
IO.inspect Enum.zip([[1, 2], [:a, :b], ["x", "y", "z"]])
IO.inspect Enum.zip(1..3, Stream.cycle([:x]))
IO.inspect Enum.zip_with([1, 2], [3, 4], &+/2)
IO.inspect Enum.zip_with([[1, 2], [3, 4], [5, 6]], &Enum.sum/1)
IO.inspect Enum.zip_reduce([1, 2], [3, 4], 0, fn a, b, acc -> a * b + acc end)
IO.inspect Enum.unzip([{1, :a}, {2, :b}])
IO.inspect {Enum.take(l, 3), Enum.take(l, -2), Enum.take(l, 0), Enum.take(1..10, 20)}
IO.inspect {Enum.drop(l, 3), Enum.drop(l, -2), Enum.drop(1..5, 10)}
IO.inspect Enum.take_while(l, &(&1 < 5))
IO.inspect Enum.drop_while(l, &(&1 < 5))
IO.inspect Enum.take_every(1..10, 3)
IO.inspect Enum.drop_every(1..10, 3)
IO.inspect {Enum.find(l, &(&1 > 4)), Enum.find(l, :none, &(&1 > 40)), Enum.find_index(l, &(&1 == 5)), Enum.find_value(l, &(&1 > 4 && &1 * 10))}
IO.inspect {Enum.any?(l, &(&1 > 8)), Enum.all?(l, &(&1 > 0)), Enum.any?([]), Enum.all?([]), Enum.any?([nil, 1]), Enum.all?([1, false])}
IO.inspect {Enum.member?(l, 9), Enum.member?(1..10, 5), Enum.member?(%{a: 1}, {:a, 1}), 4 in 1..3}
IO.inspect {Enum.min(l), Enum.max(l), Enum.min_max(l), Enum.max([], fn -> :empty end)}
IO.inspect {Enum.min_by(["aa", "b"], &String.length/1), Enum.max_by(["aa", "b", "cc"], &String.length/1)}
IO.inspect Enum.max_by([], & &1, fn -> nil end)
IO.inspect Enum.min_max_by(["aaa", "b", "cc"], &String.length/1)
IO.inspect Enum.uniq([1, 2, 1, 3, 2])
IO.inspect Enum.uniq_by([{1, :a}, {2, :b}, {1, :c}], &elem(&1, 0))
IO.inspect Enum.group_by(~w(apple avocado banana cherry blueberry), &String.first/1)
IO.inspect Enum.group_by(~w(apple avocado banana), &String.first/1, &String.length/1)
IO.inspect Enum.flat_map([1, 2, 3], &[&1, &1 * 10])
IO.inspect Enum.flat_map([1, 2], &(1..&1))
IO.inspect Enum.flat_map_reduce(1..5, 0, fn x, acc -> if acc > 5, do: {:halt, acc}, else: {[x, x], acc + x} end)
IO.inspect Enum.chunk_every(1..10, 3)
IO.inspect Enum.chunk_every(1..10, 3, 2)
IO.inspect Enum.chunk_every([1, 2, 3, 4, 5], 3, 2)
IO.inspect Enum.chunk_every([1, 2, 3, 4, 5, 6], 3, 2)
IO.inspect Enum.chunk_every(1..10, 3, 3, :discard)
IO.inspect Enum.chunk_every(1..10, 4, 4, [:a, :b])
IO.inspect Enum.chunk_every(1..10, 2, 3)
IO.inspect Enum.chunk_every(1..10, 2, 3, :discard)
IO.inspect Enum.chunk_by([1, 1, 2, 2, 2, 3, 1], & &1)
IO.inspect Enum.chunk_by(~w(a b cc dd e), &String.length/1)
IO.inspect Enum.chunk_while(1..10, [], fn x, acc -> if rem(x, 2) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end)
IO.inspect Enum.map_reduce([1, 2, 3], 0, fn x, acc -> {x * 2, acc + x} end)
IO.inspect Enum.scan(1..5, &+/2)
IO.inspect Enum.scan(1..5, 10, &+/2)
IO.inspect Enum.frequencies(~w(a b a c b a))
IO.inspect Enum.frequencies_by(~w(aa b cc ddd), &String.length/1)
IO.inspect {Enum.slice(l, 1..3), Enum.slice(l, 2, 3), Enum.slice(l, -3..-1), Enum.slice(l, 5..100), Enum.slice(l, 1..-2), Enum.slice(1..10, 2..8//2), Enum.slice(l, -2, 5), Enum.slice(l, 10, 2)}
IO.inspect {Enum.at(l, 2), Enum.at(l, -1), Enum.at(l, 100), Enum.at(l, 100, :d), Enum.at(1..10, 3)}
IO.inspect {Enum.fetch(l, 0), Enum.fetch(l, 50), Enum.fetch!(l, -2), Enum.fetch(1..3, -1)}
IO.inspect {Enum.to_list(1..3), Enum.to_list(%{b: 1, a: 2}), Enum.to_list(3..1), Enum.to_list(1..10//4)}
IO.inspect {Enum.empty?([]), Enum.empty?(1..0//1), Enum.empty?(%{}), Enum.empty?([1])}
IO.inspect {Enum.split(l, 3), Enum.split(l, -3), Enum.split_with(l, &(&1 > 3)), Enum.split_while(l, &(&1 < 4))}
IO.inspect {Enum.dedup([1, 1, 2, 1, 1, 3]), Enum.dedup_by([{1, :a}, {1, :b}, {2, :c}], &elem(&1, 0))}
IO.inspect {Enum.concat([[1], [2, 3], 4..5]), Enum.concat([1], [2]), Enum.concat(1..2, 3..4)}
IO.inspect {Enum.intersperse([1, 2, 3], 0), Enum.intersperse([], 0), Enum.map_every(1..8, 3, &(&1 * 100))}
IO.inspect {Enum.count_until(1..100, 5), Enum.count_until(1..100, &(rem(&1, 2) == 0), 3)}
IO.inspect Enum.reverse_slice([1, 2, 3, 4, 5, 6], 2, 3)
IO.inspect Enum.each([1, 2], &IO.puts/1)
IO.inspect Enum.min([], fn -> 0 end)
IO.inspect Enum.sort([3, 1, 2], :asc)
IO.inspect Enum.map_intersperse([1, 2, 3], :x, &(&1 + 1))
IO.inspect Enum.min_max([], fn -> {nil, nil} end)
IO.inspect Enum.sum([])
IO.inspect Enum.into(%{a: 1}, [])
IO.inspect Enum.uniq(1..3)
IO.inspect Enum.zip([])
for {f, a} <- [{:reduce, [[], &+/2]}, {:max, [[]]}, {:min_by, [[], & &1]}, {:fetch!, [[1], 5]}, {:map, [1, & &1]}, {:sum, [:a]}, {:chunk_every, [[1], 0]}, {:reduce, [%{__struct__: Foo}, 0, &+/2]}] do
  try do
    IO.inspect apply(Enum, f, a)
  rescue
    e -> IO.puts inspect(e.__struct__) <> ": " <> Exception.message(e)
  end
end
