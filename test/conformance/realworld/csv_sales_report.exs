defmodule SalesReport do
  @csv """
  date,region,rep,product,units,unit_price
  2023-01-03,North,Ann,Widget,12,2.50
  2023-01-03,South,Bob,Gadget,3,19.99
  2023-01-04,North,Ann,Gadget,1,19.99
  2023-01-05,East,Cid,Widget,40,2.35
  2023-01-05,South,Bob,Widget,7,2.50
  2023-01-09,West,Dee,Doohickey,2,105.00
  2023-01-10,North,Eve,Widget,15,2.50
  2023-01-10,East,Cid,Gadget,5,18.50
  2023-01-11,West,Dee,Widget,,2.50
  2023-01-12,South,Bob,Doohickey,1,99.95
  2023-02-01,North,Ann,Widget,20,2.40
  2023-02-02,East,Cid,Doohickey,3,101.00
  bad line without enough fields
  2023-02-03,West,Dee,Gadget,4,19.99
  """

  def rows do
    @csv
    |> String.split("\n", trim: true)
    |> Stream.drop(1)
    |> Stream.with_index(2)
    |> Stream.map(&parse/1)
  end

  defp parse({line, lineno}) do
    with [date, region, rep, product, units, price] <- String.split(line, ","),
         {units, ""} <- Integer.parse(units),
         {price, ""} <- Float.parse(price),
         {:ok, date} <- Date.from_iso8601(date) do
      {:ok, %{date: date, region: region, rep: rep, product: product, units: units, price: price}}
    else
      fields when is_list(fields) -> {:error, lineno, "expected 6 fields, got #{length(fields)}"}
      :error -> {:error, lineno, "bad number"}
      {:error, reason} -> {:error, lineno, inspect(reason)}
    end
  end

  def money(x) do
    cents = round(x * 100)
    {whole, frac} = {div(cents, 100), rem(cents, 100)}
    whole_s =
      whole
      |> Integer.to_string()
      |> String.reverse()
      |> String.graphemes()
      |> Enum.chunk_every(3)
      |> Enum.map(&Enum.join/1)
      |> Enum.join(",")
      |> String.reverse()

    "$" <> whole_s <> "." <> String.pad_leading(Integer.to_string(frac), 2, "0")
  end

  def run do
    {good, bad} = rows() |> Enum.split_with(&match?({:ok, _}, &1))
    sales = Enum.map(good, fn {:ok, r} -> Map.put(r, :total, r.units * r.price) end)

    IO.puts("Skipped #{length(bad)} line(s):")
    for {:error, n, why} <- bad, do: IO.puts("  line #{n}: #{why}")

    IO.puts("\n== By region ==")
    header = [String.pad_trailing("Region", 8), String.pad_leading("Units", 6), String.pad_leading("Revenue", 12)]
    IO.puts(Enum.join(header, " | "))
    IO.puts(String.duplicate("-", 32))

    sales
    |> Enum.group_by(& &1.region)
    |> Enum.map(fn {region, rs} -> {region, Enum.sum(Enum.map(rs, & &1.units)), rs |> Enum.map(& &1.total) |> Enum.sum()} end)
    |> Enum.sort_by(fn {_, _, rev} -> rev end, :desc)
    |> Enum.each(fn {region, units, rev} ->
      IO.puts(Enum.join([String.pad_trailing(region, 8), String.pad_leading("#{units}", 6), String.pad_leading(money(rev), 12)], " | "))
    end)

    IO.puts("\n== By month ==")
    sales
    |> Enum.chunk_by(&{&1.date.year, &1.date.month})
    |> Enum.each(fn [first | _] = chunk ->
      label = Calendar.strftime(first.date, "%B %Y")
      total = chunk |> Enum.map(& &1.total) |> Enum.sum()
      IO.puts(:io_lib.format("~-14s ~3B sales ~10.2f", [label, length(chunk), total]))
    end)

    IO.puts("\n== Top reps ==")
    sales
    |> Enum.frequencies_by(& &1.rep)
    |> Enum.sort_by(fn {rep, n} -> {-n, rep} end)
    |> Enum.take(3)
    |> Enum.with_index(1)
    |> Enum.each(fn {{rep, n}, i} -> IO.puts("#{i}. #{rep} (#{n} sales)") end)

    {min, max} = Enum.min_max_by(sales, & &1.total)
    IO.puts("\nSmallest: #{min.product} on #{min.date} = #{money(min.total)}")
    IO.puts("Largest:  #{max.product} on #{Date.to_string(max.date)} = #{money(max.total)}")
    avg = Enum.sum(Enum.map(sales, & &1.total)) / length(sales)
    IO.puts("Average:  #{Float.round(avg, 3)} (#{:erlang.float_to_binary(avg, decimals: 2)})")
    IO.puts("Grand:    #{money(Enum.reduce(sales, 0, &(&1.total + &2)) * 1000)}")

    weekdays = sales |> Enum.map(&Date.day_of_week(&1.date)) |> Enum.frequencies() |> Enum.sort()
    IO.inspect(weekdays, label: "weekday counts")
    IO.inspect(Enum.map(sales, & &1.product) |> Enum.uniq() |> Enum.sort_by(&String.length/1), label: "products")
  end
end

SalesReport.run()
