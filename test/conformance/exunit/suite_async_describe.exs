# an async case with describe blocks whose setups return keyword lists and maps, failing list and pattern assertions
ExUnit.start(seed: 0)

defmodule Stack do
  def new, do: []
  def push(s, x), do: [x | s]
  def pop([x | s]), do: {x, s}
  def pop([]), do: {:error, :empty}
end

defmodule StackTest do
  use ExUnit.Case, async: true

  setup do
    {:ok, stack: Stack.new()}
  end

  describe "push/2" do
    setup %{stack: s} do
      [stack: Stack.push(s, 1), pushed: 1]
    end

    test "adds to the top", %{stack: s, pushed: p} do
      assert [^p] = s
    end

    test "keeps order", %{stack: s} do
      s = Stack.push(s, 2)
      assert s == [2, 1]
    end

    test "fails with list diff", %{stack: s} do
      assert Stack.push(s, 3) == [1, 3, 4]
    end
  end

  describe "pop/1" do
    test "on empty", %{stack: s} do
      assert {:error, :empty} = Stack.pop(s)
    end

    test "wrong tuple", %{stack: s} do
      assert {:ok, _} = Stack.pop(Stack.push(s, :x))
    end
  end
end
