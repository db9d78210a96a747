defprotocol Money.Priced do
  @moduledoc "Things that have a price."
  @fallback_to_any true

  @doc "The price of the thing"
  @spec price(t) :: Money.t() | nil
  def price(thing)
end

defimpl Money.Priced, for: Money do
  def price(money), do: money
end

defimpl Money.Priced, for: List do
  def price([]), do: nil
  def price(items), do: items |> Enum.map(&Money.Priced.price/1) |> Money.sum()
end

defimpl Money.Priced, for: Any do
  def price(_), do: nil
end

defmodule Money.Item do
  @derive {Inspect, only: [:name]}
  defstruct name: "", price: nil, qty: 1

  defimpl Money.Priced do
    def price(%{price: p, qty: q}), do: Money.new(p.amount * q, p.currency)
  end
end
