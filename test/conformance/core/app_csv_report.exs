csv = """
region,product,units,price
north,widget,10,2.50
south,widget,4,2.50
north,gadget,3,10.00
east,widget,7,2.25
south,gadget,1,12.00
north,widget,5,2.50
"""

[header | rows] = csv |> String.trim() |> String.split("\n") |> Enum.map(&String.split(&1, ","))
IO.inspect(header)
records =
  Enum.map(rows, fn row ->
    m = header |> Enum.zip(row) |> Map.new()
    %{m | "units" => String.to_integer(m["units"]), "price" => String.to_float(m["price"])}
  end)

by_region =
  records
  |> Enum.group_by(& &1["region"])
  |> Enum.map(fn {r, rs} -> {r, Enum.sum(Enum.map(rs, &(&1["units"] * &1["price"])))} end)
  |> Enum.sort_by(fn {_, total} -> -total end)

IO.puts(String.pad_trailing("region", 10) <> String.pad_leading("revenue", 10))
IO.puts(String.duplicate("-", 20))
for {r, t} <- by_region do
  IO.puts(String.pad_trailing(r, 10) <> String.pad_leading(:erlang.float_to_binary(t, decimals: 2), 10))
end
total_units = records |> Enum.map(& &1["units"]) |> Enum.sum()
IO.puts("units: #{total_units}")
best = Enum.max_by(records, &(&1["units"] * &1["price"]))
IO.inspect(best)
products = records |> Enum.map(& &1["product"]) |> Enum.uniq() |> Enum.sort()
IO.inspect(products)
