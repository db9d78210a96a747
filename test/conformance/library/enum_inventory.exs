# Inventory report with Enum: grouping, sorting, totals
items = [
  %{sku: "A-1", name: "bolt", qty: 120, price: 0.25, cat: :hardware},
  %{sku: "B-7", name: "hammer", qty: 8, price: 12.5, cat: :tools},
  %{sku: "A-2", name: "nut", qty: 300, price: 0.1, cat: :hardware},
  %{sku: "C-3", name: "glue", qty: 0, price: 3.75, cat: :supplies},
  %{sku: "B-2", name: "saw", qty: 3, price: 24.0, cat: :tools}
]
by_cat = Enum.group_by(items, & &1.cat)
for {cat, list} <- Enum.sort(by_cat) do
  total = list |> Enum.map(&(&1.qty * &1.price)) |> Enum.sum()
  IO.puts("#{cat}: #{length(list)} items, value #{:erlang.float_to_binary(total, decimals: 2)}")
end
IO.inspect Enum.sort_by(items, & &1.price, :desc) |> Enum.map(& &1.name)
IO.inspect Enum.min_max_by(items, & &1.qty) |> then(fn {a, b} -> {a.name, b.name} end)
IO.inspect Enum.split_with(items, &(&1.qty > 0)) |> then(fn {a, b} -> {length(a), Enum.map(b, & &1.sku)} end)
IO.inspect Enum.frequencies_by(items, & &1.cat)
IO.inspect Enum.reduce(items, 0, fn i, acc -> acc + i.qty end)
IO.inspect Enum.map_reduce(items, 0, fn i, acc -> {i.sku, acc + 1} end)
IO.inspect Enum.chunk_every(Enum.map(items, & &1.name), 2)
IO.inspect Enum.chunk_every(1..10, 3, 2, :discard)
IO.inspect Enum.chunk_by([1, 1, 2, 3, 3, 3, 1], & &1)
IO.inspect Enum.zip_with([1, 2, 3], [4, 5, 6], &(&1 * &2))
IO.inspect Enum.with_index(~w(a b c), 1)
IO.inspect Enum.scan(1..5, &(&1 + &2))
IO.inspect Enum.dedup_by([{1, :a}, {2, :a}, {3, :b}], &elem(&1, 1))
IO.inspect Enum.uniq_by(items, & &1.cat) |> Enum.map(& &1.sku)
IO.inspect Enum.take_while(items, &(&1.qty > 5)) |> length()
IO.inspect Enum.find_index(items, &(&1.name == "glue"))
IO.inspect Enum.find_value(items, fn i -> i.qty == 0 && i.sku end)
IO.inspect Enum.reduce_while(1..100, 0, fn x, acc -> if acc > 20, do: {:halt, acc}, else: {:cont, acc + x} end)
IO.inspect Enum.flat_map(items, fn i -> List.duplicate(i.cat, min(i.qty, 2)) end) |> Enum.frequencies()
IO.inspect Enum.into(items, %{}, &{&1.sku, &1.qty})
IO.inspect Enum.join(Enum.map(items, & &1.name), ", ")
IO.inspect Enum.intersperse([1, 2, 3], :sep)
IO.inspect Enum.slide([:a, :b, :c, :d, :e], 1, 3)
IO.inspect Enum.product([2, 3, 4])
IO.inspect Enum.count_until(1..1000, 10)
