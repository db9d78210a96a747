defmodule Money.PricedTest do
  use Money.Case, currency: :USD
  alias Money.{Item, Priced}

  setup do
    items = [
      %Item{name: "pen", price: m(150), qty: 2},
      %Item{name: "pad", price: m(399)}
    ]

    {:ok, items: items}
  end

  test "a list is priced by its items", %{items: items} do
    assert Priced.price(items) == m(699)
  end

  test "anything else has no price" do
    assert Priced.price(:rock) == nil
    assert Priced.price([]) == nil
  end

  test "items inspect with their name only", %{items: [pen | _]} do
    assert inspect(pen) == ~s(#Money.Item<name: "pen", ...>)
  end

  test "a failure showing items", %{items: items} do
    assert Enum.map(items, &Priced.price/1) == [m(300), m(400)]
  end

  test "conversion with shared rates", %{rates: rates} do
    assert {:ok, eur} = Money.Rates.convert(rates, m(1000), :EUR)
    assert to_string(eur) == "9.00 EUR"
    assert {:error, {:no_rate, :USD, :JPY}} = Money.Rates.convert(rates, m(1), :JPY)
  end
end
