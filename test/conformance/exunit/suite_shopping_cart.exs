ExUnit.start(seed: 12345)

defmodule Shop.Item do
  defstruct [:sku, :name, price: 0, qty: 1]
end

defmodule Shop.Cart do
  alias Shop.Item
  defstruct items: %{}, coupon: nil

  def new, do: %__MODULE__{}

  def add(%__MODULE__{items: items} = cart, %Item{sku: sku} = item) do
    items = Map.update(items, sku, item, fn existing -> %{existing | qty: existing.qty + item.qty} end)
    %{cart | items: items}
  end

  def remove(cart, sku), do: %{cart | items: Map.delete(cart.items, sku)}

  def total(%__MODULE__{items: items, coupon: coupon}) do
    sum = items |> Map.values() |> Enum.map(&(&1.price * &1.qty)) |> Enum.sum()
    case coupon do
      nil -> sum
      {:percent, p} -> sum - div(sum * p, 100)
      {:fixed, f} when f <= sum -> sum - f
      {:fixed, _} -> raise ArgumentError, "coupon exceeds total"
    end
  end

  def apply_coupon(cart, coupon), do: %{cart | coupon: coupon}
  def skus(cart), do: cart.items |> Map.keys() |> Enum.sort()
end

defmodule Shop.CartTest do
  use ExUnit.Case, async: true
  alias Shop.{Cart, Item}

  setup do
    apple = %Item{sku: "A1", name: "Apple", price: 50}
    pear = %Item{sku: "P1", name: "Pear", price: 75, qty: 2}
    {:ok, cart: Cart.new() |> Cart.add(apple) |> Cart.add(pear), apple: apple, pear: pear}
  end

  describe "add/2" do
    test "merges quantities of the same sku", %{cart: cart, apple: apple} do
      cart = Cart.add(cart, apple)
      assert %Item{qty: 2} = cart.items["A1"]
    end

    test "keeps skus sorted", %{cart: cart} do
      assert Cart.skus(cart) == ["A1", "P1"]
    end

    test "wrong expectation on struct", %{cart: cart, pear: pear} do
      assert cart.items["P1"] == %{pear | qty: 3, name: "Pear!"}
    end
  end

  describe "total/1" do
    test "sums prices", %{cart: cart} do
      assert Cart.total(cart) == 200
    end

    test "percent coupon", %{cart: cart} do
      assert cart |> Cart.apply_coupon({:percent, 10}) |> Cart.total() == 180
    end

    test "fixed coupon too big raises", %{cart: cart} do
      assert_raise ArgumentError, ~r/exceeds/, fn ->
        cart |> Cart.apply_coupon({:fixed, 1000}) |> Cart.total()
      end
    end

    test "wrong total", %{cart: cart} do
      expected = 250
      assert ^expected = Cart.total(cart)
    end

    test "compare whole cart", %{cart: cart} do
      assert Cart.remove(cart, "A1") == %Cart{items: %{"A1" => :gone}, coupon: nil}
    end
  end

  test "map diff with nested lists" do
    left = %{name: "cart", tags: [:a, :b, :c], meta: %{owner: "jo", at: {2024, 1, 1}}}
    right = %{name: "cart", tags: [:a, :c, :d], meta: %{owner: "joe", at: {2024, 1, 1}}}
    assert left == right
  end

  test "string diff" do
    assert "the quick brown fox jumps" == "the quick red fox jumped"
  end

  test "pattern with pinned and guards" do
    sku = "A1"
    result = {:ok, %{sku: "B2", qty: 3}}
    assert {:ok, %{sku: ^sku, qty: q}} = result
    assert q > 1
  end

  test "refute on membership" do
    refute "A1" in ["A1", "B2"]
  end

  test "list length mismatch" do
    assert Enum.to_list(1..5) == [1, 2, 3, 4]
  end
end
