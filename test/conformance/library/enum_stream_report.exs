# everyday Enum, Stream and for: sorting, grouping, chunking, scanning, unfolding, resources, into:, reduce:
# inventory report
items = [
  %{sku: "A-1", name: "Widget", qty: 10, price: 2.5, tags: ["tools", "metal"]},
  %{sku: "B-2", name: "Gadget", qty: 0, price: 12.0, tags: ["electronics"]},
  %{sku: "C-3", name: "Doohickey", qty: 3, price: 7.25, tags: []},
  %{sku: "D-4", name: "Thingamajig", qty: 42, price: 0.99, tags: ["misc", "tools"]}
]
items |> Enum.sort_by(& &1.price, :desc) |> Enum.each(fn i -> IO.puts(String.pad_trailing(i.name, 12) <> String.pad_leading(:erlang.float_to_binary(i.price, decimals: 2), 8)) end)
IO.inspect(Enum.group_by(items, &(&1.qty > 0), & &1.sku))
IO.inspect(Enum.frequencies(Enum.flat_map(items, & &1.tags)))
IO.inspect(Enum.min_max_by(items, & &1.qty) |> then(fn {a, b} -> {a.sku, b.sku} end))
total = items |> Enum.map(&(&1.qty * &1.price)) |> Enum.sum()
IO.puts("Total: #{Float.round(total, 2)}")
IO.inspect(Enum.chunk_every(1..10, 3, 2, :discard))
IO.inspect(Enum.chunk_by([1, 1, 2, 3, 3, 3, 4], & &1))
IO.inspect(Enum.zip_with([1, 2, 3], [4, 5, 6], &+/2))
IO.inspect(Enum.scan(1..5, &*/2))
IO.inspect(Enum.split_with(1..10, &(rem(&1, 3) == 0)))
IO.inspect(Enum.dedup_by([{1, :a}, {1, :b}, {2, :c}], &elem(&1, 0)))
IO.inspect(Enum.map_intersperse([1, 2, 3], :sep, &(&1 * 2)))
IO.inspect(Enum.reduce_while(1..100, 0, fn x, acc -> if acc + x > 20, do: {:halt, acc}, else: {:cont, acc + x} end))
IO.inspect(Enum.slide([:a, :b, :c, :d, :e], 1, 3))
IO.inspect(Enum.product([2, 3, 4]))
IO.inspect(Stream.unfold(1, fn n -> if n > 100, do: nil, else: {n, n * 2} end) |> Enum.to_list())
IO.inspect(Stream.iterate(0, &(&1 + 3)) |> Stream.take_while(&(&1 < 20)) |> Enum.to_list())
IO.inspect(Stream.chunk_while(1..10, [], fn x, acc -> if rem(x, 4) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end) |> Enum.to_list())
IO.inspect(Stream.resource(fn -> 3 end, fn 0 -> {:halt, 0}; n -> {[n], n - 1} end, fn _ -> :ok end) |> Enum.to_list())
IO.inspect(Stream.transform(1..5, 0, fn x, acc -> {[acc + x], acc + x} end) |> Enum.to_list())
IO.inspect(Stream.cycle([1, 2]) |> Stream.with_index() |> Enum.take(5))
IO.inspect(Stream.zip([1..3, 4..6, 7..9]) |> Enum.to_list())
IO.inspect(Stream.intersperse(1..3, 0) |> Enum.to_list())
IO.inspect(Stream.dedup([1, 1, 2, 2, 1]) |> Enum.to_list())
IO.inspect(Enum.into([a: 1, b: 2], %{}, fn {k, v} -> {v, k} end))
IO.inspect(for x <- 1..3, y <- [:a, :b], into: %{}, do: {{x, y}, x})
IO.inspect(for <<c <- "hello">>, c > ?h, into: "", do: <<c - 32>>)
IO.inspect(for x <- 1..10, reduce: 0 do acc -> acc + x end)
IO.inspect(for {k, v} <- %{a: 1, b: 2}, uniq: true, do: v > 0)
