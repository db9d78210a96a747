defmodule Prices do
  def with_tax(prices) do
    Enum.map(prices, fn price price * 1.2 end)
  end
end

IO.inspect(Prices.with_tax([10, 20]))
