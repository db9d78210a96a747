defmodule Inventory do
  def in_stock?(item, sku) do
    match?({s, n} when s == ^sku and n > 0, item)
  end
end
