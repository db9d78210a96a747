defmodule Cart do
  def apply_event(state, {:item_added, sku, qty}), do: Map.update(state, sku, qty, &(&1 + qty))
  def apply_event(state, {:item_removed, sku}), do: Map.delete(state, sku)
  def apply_event(state, {:qty_changed, sku, qty}) when qty > 0, do: Map.replace(state, sku, qty)
  def apply_event(state, {:qty_changed, sku, _}), do: Map.delete(state, sku)
  def apply_event(_state, :cleared), do: %{}

  def replay(events), do: Enum.reduce(events, %{}, &apply_event(&2, &1))
  def history(events), do: Enum.scan(events, %{}, &apply_event(&2, &1))
end

events = [
  {:item_added, "apple", 2},
  {:item_added, "pear", 1},
  {:item_added, "apple", 3},
  {:qty_changed, "pear", 4},
  {:item_removed, "apple"},
  {:item_added, "kiwi", 7},
  {:qty_changed, "kiwi", 0},
  :cleared,
  {:item_added, "fig", 1}
]
Cart.history(events) |> Enum.zip(events) |> Enum.each(fn {s, e} -> IO.puts("#{inspect(e)} => #{inspect(s)}") end)
IO.inspect(Cart.replay(Enum.take(events, 4)))
IO.inspect(Cart.replay(events))
