defmodule Shop do
  def total(items) do
    items
    |> Enum.filter(&(&1.qty > 0))
    |> Enum.map(&(&1.qty * &1.price))
    |> Enum.sum()
    |> dbg()
  end
end

items = [%{qty: 2, price: 5}, %{qty: 0, price: 100}, %{qty: 1, price: 7}]
Shop.total(items)
x = 5
dbg(x * 2 + 1)
dbg([1, 2, 3] |> Enum.reverse() |> hd())
dbg(%{a: 1})
result = 10 |> then(&(&1 * 3)) |> tap(&IO.inspect(&1, label: "tapped"))
IO.inspect(result)
dbg(if x > 3, do: :big, else: :small)
dbg(case x do 5 -> :five; _ -> :other end)
dbg(x > 1 and x < 10)
dbg(Map.get(%{k: [1, 2]}, :k), charlists: :as_lists)
fun = fn a -> a * 2 end
dbg(fun.(4))
dbg()
