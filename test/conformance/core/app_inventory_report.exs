defmodule Item do
  defstruct [:sku, :name, :qty, :price]
end

defmodule Report do
  def line(%Item{} = i) do
    total = i.qty * i.price
    String.pad_trailing(i.sku, 8) <> String.pad_trailing(i.name, 14) <>
      String.pad_leading(Integer.to_string(i.qty), 5) <>
      String.pad_leading(:erlang.float_to_binary(i.price / 1, decimals: 2), 9) <>
      String.pad_leading(:erlang.float_to_binary(total / 1, decimals: 2), 10)
  end

  def run(items) do
    IO.puts(String.pad_trailing("SKU", 8) <> String.pad_trailing("NAME", 14) <> String.pad_leading("QTY", 5) <> String.pad_leading("PRICE", 9) <> String.pad_leading("TOTAL", 10))
    Enum.each(items, &IO.puts(line(&1)))
    grand = items |> Enum.map(&(&1.qty * &1.price)) |> Enum.sum()
    IO.puts(String.duplicate("=", 46))
    IO.puts(String.pad_leading(:erlang.float_to_binary(grand / 1, decimals: 2), 46))
    low = for %Item{qty: q, name: n} <- items, q < 5, do: n
    IO.puts("low stock: #{Enum.join(low, ", ")}")
  end
end

defmodule Main do
  def run do
    items = [
      %Item{sku: "A-1", name: "bolts", qty: 120, price: 0.05},
      %Item{sku: "B-7", name: "hinge", qty: 4, price: 3.5},
      %Item{sku: "C-3", name: "drill", qty: 2, price: 89.99},
      %Item{sku: "D-9", name: "tape", qty: 33, price: 1}
    ]
    Report.run(Enum.sort_by(items, & &1.name))
  end
end

Main.run()
