# a map pattern naming one literal key twice is refused at compile time (an expression only warns)
defmodule Inventory do
  def stock(item) do
    case item do
      %{"sku" => sku, "qty" => qty} when qty > 0 -> {:in_stock, sku}
      %{"sku" => _, "sku" => _} -> :duplicate
      _ -> :out
    end
  end
end

IO.inspect Inventory.stock(%{"sku" => "A1", "qty" => 3})
