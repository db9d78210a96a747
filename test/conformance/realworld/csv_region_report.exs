defmodule Report do

  @data """
  region,product,units,unit_price,date
  North,Widget,12,2.50,2024-01-15
  South,Gadget,3,10.00,2024-01-20
  North,Gadget,7,10.00,2024-02-02
  East,Widget,,2.50,2024-02-11
  South,Widget,20,2.25,2024-02-28
  North,Gizmo,1,99.99,2024-03-01
  "West, Far",Widget,4,2.50,2024-03-05
  """

  def rows do
    [header | lines] = @data |> String.split("\n", trim: true) |> Enum.map(&parse_line/1)
    keys = Enum.map(header, &String.to_atom/1)
    Enum.map(lines, fn cols -> keys |> Enum.zip(cols) |> Map.new() |> cast() end)
  end

  defp parse_line(line) do
    ~r/(?:^|,)("(?:[^"]|"")*"|[^,]*)/
    |> Regex.scan(line, capture: :all_but_first)
    |> Enum.map(fn [field] -> field |> String.trim("\"") |> String.replace("\"\"", "\"") end)
  end

  defp cast(row) do
    %{row |
      units: (case Integer.parse(row.units) do {n, ""} -> n; :error -> 0 end),
      unit_price: String.to_float(row.unit_price),
      date: Date.from_iso8601!(row.date)}
  end

  def run do
    rows = rows()
    IO.puts(String.pad_trailing("Region", 12) <> String.pad_leading("Units", 7) <> String.pad_leading("Revenue", 12))
    IO.puts(String.duplicate("-", 31))

    rows
    |> Enum.group_by(& &1.region)
    |> Enum.map(fn {region, rs} -> {region, Enum.sum(Enum.map(rs, & &1.units)), Enum.reduce(rs, 0.0, &(&1.units * &1.unit_price + &2))} end)
    |> Enum.sort_by(fn {_, _, rev} -> rev end, :desc)
    |> Enum.each(fn {r, u, rev} ->
      IO.puts(String.pad_trailing(r, 12) <> String.pad_leading(Integer.to_string(u), 7) <> String.pad_leading(:erlang.float_to_binary(rev, decimals: 2), 12))
    end)

    IO.puts("")
    by_month = Enum.group_by(rows, &Calendar.strftime(&1.date, "%Y-%m"), & &1.units)
    for {month, units} <- Enum.sort(by_month) do
      IO.puts("#{month} #{String.duplicate("*", div(Enum.sum(units), 2))} (#{Enum.sum(units)})")
    end

    IO.inspect(Enum.frequencies_by(rows, & &1.product))
    IO.inspect(Enum.max_by(rows, & &1.unit_price) |> Map.take([:product, :unit_price]))
    IO.inspect(rows |> Enum.map(& &1.units) |> Enum.sort() |> then(fn l -> Enum.at(l, div(length(l), 2)) end), label: "median units")
    IO.inspect(Enum.split_with(rows, &(&1.units >= 5)) |> then(fn {a, b} -> {length(a), length(b)} end))
    IO.inspect(rows |> Stream.filter(&(&1.units == 0)) |> Enum.map(& &1.date))
    IO.inspect(Enum.chunk_by(rows, & &1.region) |> Enum.map(&length/1))
    IO.inspect(Enum.dedup_by(rows, & &1.product) |> Enum.map(& &1.product))
    IO.inspect(Enum.zip_with([rows, tl(rows)], fn [a, b] -> Date.diff(b.date, a.date) end))
    IO.inspect(Enum.scan(rows, 0, &(&1.units + &2)))
    IO.inspect(Enum.map_reduce(rows, 0, fn r, acc -> {r.region, acc + 1} end) |> elem(1))
    IO.inspect(Stream.chunk_while(1..10, [], fn x, acc -> if rem(x, 4) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end) |> Enum.to_list())
    IO.inspect(Stream.transform(1..6, 0, fn x, acc -> if acc > 6, do: {:halt, acc}, else: {[x, x * 10], acc + x} end) |> Enum.to_list())
    IO.inspect(Stream.unfold({0, 1}, fn {a, b} -> {a, {b, a + b}} end) |> Enum.take(12))
    IO.inspect(Stream.resource(fn -> 3 end, fn 0 -> {:halt, 0}; n -> {[n], n - 1} end, fn _ -> IO.puts("closed") end) |> Enum.to_list())
    IO.inspect(Stream.cycle([:a, :b]) |> Stream.with_index() |> Enum.take(3))
    IO.inspect(Stream.iterate(1, &(&1 * 3)) |> Stream.take_while(&(&1 < 100)) |> Enum.to_list())
    IO.inspect(Stream.zip([1, 2, 3], Stream.repeatedly(fn -> :x end)) |> Enum.to_list())
    IO.inspect(Stream.dedup([1, 1, 2, 1]) |> Stream.intersperse(0) |> Enum.to_list())
    IO.inspect(Enum.to_list(Stream.flat_map(1..3, &List.duplicate(&1, &1))))
    IO.inspect(Stream.scan(1..5, &+/2) |> Stream.drop(2) |> Enum.to_list())
    IO.inspect(Stream.uniq_by([{1, :a}, {2, :a}, {3, :b}], &elem(&1, 1)) |> Enum.to_list())
  end
end

Report.run()
