defmodule Shop.PriceTest do
  use ExUnit.Case, async: true
  @moduletag :pricing

  defp cents(euros), do: round(euros * 100)

  test "rounding" do
    assert cents(1.005) in [100, 101]
    assert_in_delta 0.1 + 0.2, 0.3, 1.0e-9
  end

  test "throws and exits" do
    assert catch_throw(throw(:price)) == :price
    assert catch_exit(exit(:closed)) == :closed
  end

  test "a string difference" do
    assert "total: 120 cents" == "total: 12O cents"
  end
end
