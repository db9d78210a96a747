defmodule Pricing do
  def discount(total) when total = 100, do: total * 0.9
  def discount(total), do: total
end

IO.puts(Pricing.discount(100))
