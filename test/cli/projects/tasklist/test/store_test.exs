defmodule Tasklist.StoreTest do
  use ExUnit.Case
  alias Tasklist.{Store, Todo}

  setup do
    Store.clear()
    on_exit(fn -> Store.clear() end)
    :ok
  end

  setup :subscribe

  defp subscribe(_context) do
    :ok = Store.subscribe()
    :ok
  end

  test "adds todos with ids" do
    {:ok, a} = Store.add(Todo.new("a"))
    {:ok, b} = Store.add(Todo.new("b"))
    assert b.id == a.id + 1
    assert Enum.map(Store.all(), & &1.title) == ["a", "b"]
  end

  test "notifies subscribers" do
    {:ok, todo} = Store.add(Todo.new("ping"))
    assert_receive {:tasklist, {:added, %Todo{title: "ping"}}}
    {:ok, _} = Store.complete(todo.id)
    assert_received {:tasklist, {:completed, id}} when id == todo.id
  end

  test "complete an unknown id" do
    assert Store.complete(-1) == {:error, :not_found}
    refute_received {:tasklist, _}
  end

  test "waits for a message that never comes" do
    Store.add(Todo.new("quiet"))
    assert_receive {:tasklist, {:completed, _}}, 50
  end

  test "a crashing call" do
    store = start_supervised!({Store, name: nil})
    assert {{:function_clause, _}, {GenServer, :call, _}} = catch_exit(GenServer.call(store, :unknown_call_shape))
  end
end
