# CSV-like data: quoted fields, type conversion, grouping, running totals and a text table.
data = """
date,region,product,units,unit_price
2023-01-05,North,"Widget, large",12,3.50
2023-01-07,South,Gadget,5,12.00
2023-01-07,North,Gadget,7,12.00
2023-02-11,East,"Widget, large",20,3.25
2023-02-14,South,"Thing ""deluxe""",1,99.99
2023-02-20,North,Widget,30,1.10
2023-03-01,East,Gadget,2,12.50
"""

defmodule Csv do
  def parse_line(line), do: parse(line, "", [], false)

  defp parse(<<>>, field, acc, _), do: Enum.reverse([field | acc])
  defp parse(<<?", ?", rest::binary>>, field, acc, true), do: parse(rest, field <> "\"", acc, true)
  defp parse(<<?", rest::binary>>, field, acc, quoted), do: parse(rest, field, acc, not quoted)
  defp parse(<<?,, rest::binary>>, field, acc, false), do: parse(rest, "", [field | acc], false)
  defp parse(<<c::utf8, rest::binary>>, field, acc, q), do: parse(rest, field <> <<c::utf8>>, acc, q)
end

[header | lines] = String.split(data, "\n", trim: true)
keys = header |> Csv.parse_line() |> Enum.map(&String.to_atom/1)

rows =
  for line <- lines do
    row = Enum.zip(keys, Csv.parse_line(line)) |> Map.new()
    %{row | date: Date.from_iso8601!(row.date), units: String.to_integer(row.units),
            unit_price: String.to_float(row.unit_price)}
  end

IO.inspect(hd(rows))
IO.inspect(Enum.map(rows, & &1.product) |> Enum.uniq())

revenue = fn r -> r.units * r.unit_price end
by_month =
  rows
  |> Enum.group_by(fn r -> {r.date.year, r.date.month} end)
  |> Enum.map(fn {{y, m}, rs} -> {"#{y}-#{String.pad_leading("#{m}", 2, "0")}", rs |> Enum.map(revenue) |> Enum.sum() |> Float.round(2)} end)
  |> Enum.sort()
IO.inspect(by_month)

{_, running} = Enum.map_reduce(by_month, 0.0, fn {m, v}, acc -> {{m, Float.round(acc + v, 2)}, acc + v} end) |> then(fn {l, t} -> {t, l} end)
IO.inspect(running)

table =
  rows
  |> Enum.group_by(& &1.region)
  |> Enum.map(fn {region, rs} -> [region, Enum.sum(Enum.map(rs, & &1.units)), :erlang.float_to_binary(Enum.sum(Enum.map(rs, revenue)), decimals: 2)] end)
  |> Enum.sort_by(&hd/1)
widths = [8, 6, 10]
line = fn cells -> cells |> Enum.zip(widths) |> Enum.map_join(" | ", fn {c, w} -> String.pad_leading(to_string(c), w) end) end
IO.puts(line.(["region", "units", "revenue"]))
IO.puts(String.duplicate("-", 30))
Enum.each(table, &IO.puts(line.(&1)))

best = Enum.max_by(rows, revenue)
IO.puts("best sale: #{best.product} on #{Calendar.strftime(best.date, "%b %d, %Y")} (#{Date.day_of_week(best.date)})")
IO.inspect(Enum.chunk_by(rows, & &1.date.month) |> Enum.map(&length/1))
