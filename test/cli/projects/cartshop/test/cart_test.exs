defmodule CartTest do
  use ExUnit.Case, async: true
  doctest Cart

  setup_all do
    {:ok, prices: %{apple: 3, pear: 5}}
  end

  setup %{prices: prices} do
    cart = Cart.new() |> Cart.add(:apple, 1)
    {:ok, cart: cart, total: Cart.total(cart, prices)}
  end

  describe "add/3" do
    test "accumulates", %{cart: cart} do
      cart = Cart.add(cart, :apple, 2)
      assert Cart.items(cart) == %{apple: 3}
    end

    test "rejects zero", %{cart: cart} do
      assert_raise ArgumentError, "quantity must be positive, got: 0", fn -> Cart.add(cart, :x, 0) end
    end

    test "rejects with wrong message", %{cart: cart} do
      assert_raise ArgumentError, "nope", fn -> Cart.add(cart, :x, -1) end
    end

    @tag :pending
    test "tagged but runs", context do
      assert context[:pending] == true
      assert context.test == :"test add/3 tagged but runs"
    end
  end

  describe "total/2" do
    test "uses prices", %{cart: cart, prices: prices, total: total} do
      assert total == 3
      assert Cart.total(Cart.add(cart, :pear, 2), prices) == 13
    end

    test "wrong total", %{cart: cart, prices: prices} do
      assert Cart.total(Cart.add(cart, :pear, 1), prices) == 9
    end

    test "unknown price raises", %{cart: cart} do
      Cart.total(Cart.add(cart, :kiwi, 1), %{apple: 1})
    end
  end

  test "items is a map with keys", %{cart: cart} do
    assert %{apple: _, pear: _} = Cart.items(cart)
  end
end
