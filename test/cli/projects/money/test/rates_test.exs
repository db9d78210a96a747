defmodule Money.RatesTest do
  use ExUnit.Case
  doctest Money.Rates

  @moduletag :skip

  test "skipped module" do
    flunk("never runs")
  end
end
