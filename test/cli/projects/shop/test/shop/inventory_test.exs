defmodule Shop.InventoryTest do
  use ExUnit.Case

  setup_all do
    {:ok, skus: [:apple, :fig]}
  end

  setup context do
    {:ok, pid} = Shop.Inventory.start_link(%{apple: 3, fig: 1})
    :ok = Shop.Inventory.subscribe(pid)
    Map.put(context, :inv, pid)
  end

  test "taking stock tells subscribers", %{inv: inv} do
    assert {:ok, 1} = Shop.Inventory.take(inv, :apple, 2)
    assert_receive {:stock_changed, :apple, 1}
    refute_received {:sold_out, :apple}
  end

  test "selling out", %{inv: inv} do
    {:ok, 0} = Shop.Inventory.take(inv, :fig, 1)
    assert_receive {:sold_out, :fig}, 500
  end

  test "asking too much", %{inv: inv} do
    assert Shop.Inventory.take(inv, :fig, 5) == {:error, {:insufficient, :fig, 2}}
  end

  test "a message that never comes", %{inv: inv} do
    Shop.Inventory.take(inv, :apple, 1)
    assert_receive {:sold_out, :apple}, 100
  end

  @tag :slow
  test "setup_all context is shared", %{skus: skus, inv: inv} do
    for sku <- skus, do: assert(Shop.Inventory.level(inv, sku) > 0)
    assert length(skus) == 2
  end

  test "errors inside a test are reported" do
    Shop.Cart.checkout!(Shop.Cart.new())
  end
end
