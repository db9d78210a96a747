defmodule Inventory.ItemTest do
  use ExUnit.Case, async: true
  doctest Inventory.Item

  alias Inventory.Item

  describe "new/3" do
    test "defaults price" do
      assert %Item{price: 0} = Item.new("x", 1)
    end

    test "rejects negative" do
      assert_raise ArgumentError, ~r/must be >= 0/, fn -> Item.new("x", -5) end
    end

    @tag :slow
    test "big quantities" do
      assert Item.new("x", 1_000_000).qty == 1_000_000
    end
  end

  describe "value/1" do
    test "multiplies" do
      assert Item.value(Item.new("x", 3, 4)) == 12
    end

    test "wrong struct" do
      assert Item.value(%{qty: 1}) == 0
    end
  end
end
