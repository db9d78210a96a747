ExUnit.start(seed: 0, trace: true)

defmodule Stack do
  @moduledoc """
  A simple stack.

      iex> Stack.new() |> Stack.push(1) |> Stack.push(2) |> Stack.pop()
      {2, %Stack{items: [1]}}

      iex> Stack.pop(Stack.new())
      ** (Stack.EmptyError) stack is empty
  """
  defstruct items: []

  defmodule EmptyError do
    defexception message: "stack is empty"
  end

  def new, do: %__MODULE__{}

  @doc """
  Pushes.

  ## Examples

      iex> s = Stack.new()
      iex> s = Stack.push(s, :a)
      iex> s.items
      [:a]
      iex> Stack.size(s)
      1
  """
  def push(%__MODULE__{items: i} = s, x), do: %{s | items: [x | i]}
  def pop(%__MODULE__{items: []}), do: raise(EmptyError)
  def pop(%__MODULE__{items: [h | t]} = s), do: {h, %{s | items: t}}
  def size(%__MODULE__{items: i}), do: length(i)

  @doc """
      iex> Stack.peek(%Stack{items: [3]})
      3
      iex> Stack.peek(%Stack{items: []})
      nil
  """
  def peek(%__MODULE__{items: [h | _]}), do: h
  def peek(_), do: nil
end

defmodule StackTest do
  use ExUnit.Case, async: true

  import ExUnit.CaptureIO

  setup do
    {:ok, stack: Stack.new() |> Stack.push(1) |> Stack.push(2)}
  end

  describe "push/2" do
    test "adds on top", %{stack: s} do
      assert Stack.peek(Stack.push(s, 3)) == 3
    end

    @tag :slow
    test "size grows", %{stack: s} do
      assert Stack.size(s) == 2
      assert Stack.size(Stack.push(s, 0)) == 3
    end
  end

  describe "pop/1" do
    setup %{stack: s} do
      %{popped: Stack.pop(s)}
    end

    test "returns top", %{popped: {top, _}} do
      assert top == 2
    end

    test "raises on empty" do
      assert_raise Stack.EmptyError, fn -> Stack.pop(Stack.new()) end
      assert_raise Stack.EmptyError, "stack is empty", fn -> Stack.pop(Stack.new()) end
    end

    test "wrong expectation", %{popped: {top, rest}} do
      assert {top, rest.items} == {2, [1, 0]}
    end
  end

  test "capture io" do
    out = capture_io(fn -> IO.puts("hello"); IO.write("world") end)
    assert out == "hello\nworld"
    assert capture_io("input line\n", fn -> IO.gets("") |> String.trim() |> IO.write() end) == "input line"
    assert capture_io(:stderr, fn -> IO.puts(:stderr, "err") end) =~ "err"
  end

  test "receive" do
    send(self(), {:hello, 1})
    assert_receive {:hello, n} when n > 0
    assert n == 1
    refute_received :nothing
    pid = self()
    spawn(fn -> send(pid, :later) end)
    assert_receive :later, 1000
  end

  test "fails receive" do
    send(self(), :one)
    send(self(), {:two, 2})
    assert_received :three
  end

  test "match failure" do
    assert {:ok, _} = Map.fetch(%{a: 1}, :b)
  end

  test "truthy failure" do
    list = [1, 2, 3]
    assert Enum.member?(list, 4)
  end

  test "in failure and refute" do
    refute 1 in [1, 2]
  end

  test "delta and catch" do
    assert_in_delta 1.0, 1.05, 0.1
    assert catch_throw(throw(:x)) == :x
    assert catch_exit(exit(:bye)) == :bye
    assert catch_error(raise "e") == %RuntimeError{message: "e"}
    assert_in_delta 1.0, 2.0, 0.5
  end

  test "raise inside test", context do
    # (without :file, the checkout's absolute path)
    Map.fetch!(Map.delete(context, :file), :missing)
  end

  test "flunk" do
    flunk("not done")
  end

  @tag :skip
  test "skipped" do
    assert false
  end
end
