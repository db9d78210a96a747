# A suite as a library author writes it: a struct module under test, setup giving context, describe blocks, assert_raise with exact and regex messages (wrong message, wrong exception, nothing raised), --trace.
ExUnit.start(seed: 0, trace: true)

defmodule Stack do
  @moduledoc """
  A simple stack.

      iex> Stack.new() |> Stack.push(1) |> Stack.pop()
      {1, %Stack{items: []}}
  """
  defstruct items: []

  @doc """
  Pushes an item.

      iex> Stack.push(Stack.new(), :a)
      %Stack{items: [:a]}

      iex> Stack.push(Stack.new(), :a).items
      [:b]
  """
  def new, do: %__MODULE__{}
  def push(%__MODULE__{items: items} = s, x), do: %{s | items: [x | items]}

  @doc """
      iex> Stack.pop(Stack.new())
      ** (ArgumentError) empty stack
  """
  def pop(%__MODULE__{items: []}), do: raise(ArgumentError, "empty stack")
  def pop(%__MODULE__{items: [h | t]} = s), do: {h, %{s | items: t}}
  def size(%__MODULE__{items: items}), do: length(items)
end

defmodule StackTest do
  use ExUnit.Case, async: true


  setup do
    %{stack: Stack.new() |> Stack.push(1) |> Stack.push(2)}
  end

  describe "push/2" do
    test "adds on top", %{stack: stack} do
      assert %Stack{items: [3, 2, 1]} = Stack.push(stack, 3)
    end

    test "size grows", %{stack: stack} do
      assert Stack.size(Stack.push(stack, 3)) == 4
    end
  end

  describe "pop/1" do
    test "returns the top", %{stack: stack} do
      assert {2, rest} = Stack.pop(stack)
      assert rest == %Stack{items: [1, 0]}
    end

    test "raises on empty" do
      assert_raise ArgumentError, "empty stack", fn -> Stack.pop(Stack.new()) end
    end

    test "raises with wrong message" do
      assert_raise ArgumentError, "stack is empty", fn -> Stack.pop(Stack.new()) end
    end

    test "regex message" do
      assert_raise ArgumentError, ~r/^empty/, fn -> Stack.pop(Stack.new()) end
      assert_raise ArgumentError, ~r/full/, fn -> Stack.pop(Stack.new()) end
    end

    test "wrong exception" do
      assert_raise KeyError, fn -> Stack.pop(Stack.new()) end
    end

    test "nothing raised" do
      assert_raise ArgumentError, fn -> Stack.new() end
    end
  end
end
