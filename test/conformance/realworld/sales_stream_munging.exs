defmodule Sales do
  @csv """
  date,region,rep,product,units,unit_price
  2024-01-03,north,alice,widget,10,2.50
  2024-01-03,south,bob,gadget,3,19.99
  2024-01-04,north,alice,gadget,1,19.99
  2024-01-05,east,carol,widget,25,2.25
  2024-01-05,south,bob,widget,7,2.50
  2024-01-06,east,carol,gizmo,2,105.00
  2024-01-07,north,dave,gizmo,1,99.95
  2024-01-07,west,erin,widget,100,1.95
  bad,line
  2024-01-08,west,erin,gadget,4,18.50
  """

  def rows do
    @csv
    |> String.split("\n", trim: true)
    |> Stream.drop(1)
    |> Stream.map(&String.split(&1, ","))
    |> Stream.filter(&(length(&1) == 6))
    |> Stream.map(fn [d, region, rep, product, units, price] ->
      %{
        date: Date.from_iso8601!(d),
        region: String.to_atom(region),
        rep: rep,
        product: product,
        units: String.to_integer(units),
        price: String.to_float(price)
      }
    end)
  end
end

rows = Sales.rows() |> Enum.to_list()
IO.puts("rows: #{length(rows)}")

revenue = fn r -> r.units * r.price end

rows
|> Enum.group_by(& &1.region)
|> Enum.map(fn {region, rs} ->
  {region, rs |> Enum.map(revenue) |> Enum.sum() |> Float.round(2)}
end)
|> Enum.sort_by(fn {_, v} -> v end, :desc)
|> Enum.each(fn {region, v} ->
  IO.puts("#{region |> Atom.to_string() |> String.pad_trailing(6)}#{:erlang.float_to_binary(v, decimals: 2) |> String.pad_leading(10)}")
end)

IO.inspect(Enum.frequencies_by(rows, & &1.product))
IO.inspect(Enum.min_max_by(rows, revenue) |> then(fn {a, b} -> {a.rep, b.rep} end))
IO.inspect(rows |> Enum.map(& &1.units) |> Enum.chunk_every(3, 2, :discard))
IO.inspect(rows |> Enum.chunk_by(& &1.date) |> Enum.map(&length/1))
IO.inspect(rows |> Enum.split_with(&(&1.units >= 10)) |> then(fn {a, b} -> {length(a), length(b)} end))
IO.inspect(rows |> Enum.map(& &1.rep) |> Enum.dedup())
IO.inspect(rows |> Enum.uniq_by(& &1.product) |> Enum.map(& &1.product))
IO.inspect(Enum.zip_with([1, 2, 3], [10, 20, 30], &(&1 * &2)))
IO.inspect(Enum.scan(1..6, &(&1 + &2)))
IO.inspect(Enum.reduce_while(rows, 0, fn r, acc ->
  if acc + r.units > 40, do: {:halt, acc}, else: {:cont, acc + r.units}
end))
IO.inspect(rows |> Enum.map(& &1.price) |> Enum.sum())
IO.inspect(rows |> Enum.map(& &1.units) |> Enum.product())
IO.inspect(Enum.slide([:a, :b, :c, :d, :e], 1, 3))
IO.inspect(Enum.into([a: 1, b: 2], %{c: 3}))
IO.inspect(Stream.unfold({0, 1}, fn {a, b} -> {a, {b, a + b}} end) |> Enum.take(15))
IO.inspect(Stream.iterate(1, &(&1 * 3)) |> Stream.take_while(&(&1 < 1000)) |> Enum.to_list())
IO.inspect(Stream.cycle([:x, :y]) |> Stream.zip(1..5) |> Enum.to_list())
IO.inspect(1..20 |> Stream.chunk_while([], fn x, acc ->
  if rem(x, 5) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]}
end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end) |> Enum.to_list())
IO.inspect(Stream.transform(1..10, 0, fn x, acc -> if acc > 20, do: {:halt, acc}, else: {[x, acc], acc + x} end) |> Enum.to_list())
IO.inspect(Stream.with_index(~w(a b c), 1) |> Enum.map(fn {x, i} -> "#{i}:#{x}" end))
IO.inspect(Stream.dedup([1, 1, 2, 2, 2, 3, 1]) |> Enum.to_list())
IO.inspect(Stream.intersperse([1, 2, 3], 0) |> Enum.to_list())
IO.inspect(Enum.map_join(rows, "|", & &1.rep) |> String.length())
IO.inspect(Enum.sort_by(rows, &{&1.region, -&1.units}) |> Enum.map(&{&1.region, &1.units}) |> Enum.take(4))
IO.inspect(Enum.take_every(1..20, 4))
IO.inspect(Enum.flat_map_reduce(1..5, 0, fn x, acc -> {List.duplicate(x, x), acc + x} end))
IO.inspect(Enum.count_until(rows, 3))
IO.inspect(Enum.sum(Enum.map(rows, revenue)) |> Float.round(3))
IO.inspect(Stream.map(1..3, &(&1 * 2)))
