ExUnit.start(seed: 0, trace: false, autorun: true)

defmodule Cart do
  @moduledoc """
  A shopping cart.

      iex> Cart.new() |> Cart.add("apple", 2, 50) |> Cart.total()
      100

      iex> cart = Cart.new()
      ...> cart = Cart.add(cart, "pear", 1, 75)
      ...> Cart.count(cart)
      1
  """
  defstruct items: %{}

  @doc """
  Removes an item.

      iex> Cart.new() |> Cart.remove("ghost")
      ** (KeyError) key "ghost" not found in: %{}
  """
  def remove(%Cart{items: items} = c, name) do
    Map.fetch!(items, name)
    %{c | items: Map.delete(items, name)}
  end

  def new, do: %Cart{}

  def add(%Cart{items: items} = c, name, qty, price) when qty > 0 do
    %{c | items: Map.update(items, name, {qty, price}, fn {q, p} -> {q + qty, p} end)}
  end

  def total(%Cart{items: items}) do
    Enum.reduce(items, 0, fn {_, {q, p}}, acc -> acc + q * p end)
  end

  def count(%Cart{items: items}), do: map_size(items)

  def checkout(%Cart{} = c, notify) do
    send(notify, {:checked_out, total(c)})
    IO.puts("Thank you! Total: #{total(c)}")
    :ok
  end
end

defmodule CartTest do
  use ExUnit.Case, async: false
  import ExUnit.CaptureIO

  setup_all do
    {:ok, catalog: %{"apple" => 50, "melon" => 300}}
  end

  setup context do
    cart = Cart.new()
    cart = if context[:prefilled], do: Cart.add(cart, "apple", 3, 50), else: cart
    {:ok, cart: cart}
  end

  describe "add/4" do
    test "adds new items", %{cart: cart} do
      cart = Cart.add(cart, "apple", 1, 50)
      assert Cart.count(cart) == 1
      assert %{"apple" => {1, 50}} = cart.items
    end

    @tag :prefilled
    test "merges quantities", %{cart: cart} do
      cart = Cart.add(cart, "apple", 2, 50)
      assert cart.items["apple"] == {5, 50}
    end

    test "rejects zero quantity", %{cart: cart} do
      assert_raise FunctionClauseError, fn -> Cart.add(cart, "apple", 0, 50) end
    end

    test "deliberately wrong total", %{cart: cart, catalog: catalog} do
      cart = Cart.add(cart, "melon", 2, catalog["melon"])
      assert Cart.total(cart) == 500
    end
  end

  describe "checkout/2" do
    @tag :prefilled
    test "prints and notifies", %{cart: cart} do
      out = capture_io(fn -> assert Cart.checkout(cart, self()) == :ok end)
      assert out == "Thank you! Total: 150\n"
      assert_receive {:checked_out, 150}
    end

    @tag :prefilled
    test "wrong message expected", %{cart: cart} do
      capture_io(fn -> Cart.checkout(cart, self()) end)
      assert_received {:checked_out, 999}
    end

    test "pattern mismatch", %{cart: cart} do
      assert {:ok, _} = Cart.count(cart)
    end
  end

  describe "misc" do
    test "raises with message" do
      assert_raise ArgumentError, "boom", fn -> raise ArgumentError, "boom" end
    end

    test "wrong raise message" do
      assert_raise ArgumentError, "expected", fn -> raise ArgumentError, "actual" end
    end

    test "refute and in" do
      refute 3 in [1, 2, 3]
    end

    @tag skip: "not ready"
    test "skipped" do
      flunk("never")
    end

    test "flunk" do
      flunk("custom failure")
    end

    test "in_delta" do
      assert_in_delta 1.0, 1.2, 0.1
    end

    test "catch" do
      assert catch_throw(throw(:x)) == :x
      assert catch_exit(exit(:bye)) == :bye
    end
  end
end
