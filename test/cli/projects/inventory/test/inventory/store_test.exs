defmodule Inventory.StoreTest do
  use ExUnit.Case
  alias Inventory.{Item, Store}

  @moduletag :store

  setup do
    store = start_supervised!(Store)
    :ok = Store.add(store, Item.new("apple", 5, 2))
    %{store: store}
  end

  test "adds and counts", %{store: store} do
    assert Store.stock(store, "apple") == 5
    Store.add(store, Item.new("apple", 2))
    assert Store.stock(store, "apple") == 7
  end

  test "take", %{store: store} do
    assert {:ok, 3} = Store.take(store, "apple", 2)
    assert {:error, :insufficient} = Store.take(store, "apple", 10)
    assert {:error, :not_found} == Store.take(store, "pear", 1)
  end

  test "all sorted", %{store: store} do
    Store.add(store, Item.new("banana", 1))
    assert Enum.map(Store.all(store), & &1.name) == ["banana", "apple"]
  end

  @tag :pending
  test "pending work", %{store: store} do
    assert Store.take(store, "apple", 6) == {:ok, -1}
  end

  @tag :tmp_dir
  test "export to file", %{store: store, tmp_dir: dir} do
    path = Path.join(dir, "stock.txt")
    File.write!(path, inspect(Store.all(store)))
    assert File.read!(path) =~ "apple"
    assert Path.basename(dir) =~ "test-export-to-file-"
  end
end
