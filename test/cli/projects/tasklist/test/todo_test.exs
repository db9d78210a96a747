defmodule Tasklist.TodoTest do
  use ExUnit.Case, async: true
  alias Tasklist.Todo
  doctest Todo

  @moduletag :unit

  describe "new/2" do
    @describetag :builders

    test "defaults" do
      assert %Todo{priority: :normal, done: false, tags: []} = Todo.new("x")
    end

    test "unknown priority" do
      assert_raise ArgumentError, "unknown priority :urgent", fn -> Todo.new("x", priority: :urgent) end
    end

    test "a title is required" do
      assert_raise FunctionClauseError, fn -> Todo.new(nil) end
    end
  end

  describe "complete/1" do
    setup do
      [todo: Todo.new("laundry")]
    end

    test "marks done", %{todo: todo} do
      assert todo |> Todo.complete() |> Todo.done?()
      refute Todo.done?(todo)
    end

    @tag :slow
    test "completing twice is fine", %{todo: todo} do
      done = todo |> Todo.complete() |> Todo.complete()
      assert done.done
    end
  end

  test "a pattern that does not match" do
    todo = Todo.new("pattern", tags: [:home])
    assert %Todo{tags: [:work | _]} = todo
  end
end
