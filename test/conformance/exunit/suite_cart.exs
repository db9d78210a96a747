# A realistic suite (issue 10): a struct module tested with setup_all/setup context, describe blocks, @tag in the context, assert_raise with a wrong message, a failed ==, a match failure and an exception from an anonymous fn (its stack trace through :maps.fold_1/3)
ExUnit.start(seed: 4242)

defmodule Cart do
  @moduledoc """
  A shopping cart.

      iex> Cart.new() |> Cart.add(:apple, 2) |> Cart.count()
      2

      iex> Cart.new()
      ...> |> Cart.add(:pear, 1)
      ...> |> Cart.add(:pear, 3)
      ...> |> Cart.items()
      %{pear: 4}
  """
  defstruct items: %{}

  def new, do: %Cart{}

  @doc """
  Adds `qty` of `item`.

      iex> Cart.add(Cart.new(), :kiwi, 0)
      ** (ArgumentError) quantity must be positive, got: 0
  """
  def add(%Cart{items: items} = cart, item, qty) when is_integer(qty) do
    if qty <= 0, do: raise(ArgumentError, "quantity must be positive, got: #{qty}")
    %{cart | items: Map.update(items, item, qty, &(&1 + qty))}
  end

  def items(%Cart{items: items}), do: items
  def count(%Cart{items: items}), do: items |> Map.values() |> Enum.sum()

  @doc """
      iex> Cart.total(Cart.new() |> Cart.add(:apple, 2), %{apple: 3})
      7
  """
  def total(cart, prices) do
    Enum.reduce(cart.items, 0, fn {item, qty}, acc -> acc + Map.fetch!(prices, item) * qty end)
  end
end

defmodule CartTest do
  use ExUnit.Case, async: true


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
