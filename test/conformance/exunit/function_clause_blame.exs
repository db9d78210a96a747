# FunctionClauseError inside tests: ExUnit blames the call with its arguments (a script's
# modules have no object file, so no "Attempted function clauses" section)
ExUnit.start(seed: 0)
# the crashes of the linked process and of the GenServer would log (asynchronously) on stdout
Logger.configure(level: :none)

defmodule Shapes do
  def area({:square, s}), do: s * s
  def area({:rect, w, h}) when w > 0 and h > 0, do: w * h

  def scale(shape, factor) when is_number(factor), do: {shape, factor}

  def none(), do: :ok
end

defmodule Srv do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:ok, _from, s), do: {:reply, :ok, s}
  def handle_call(msg, _from, s), do: {:reply, Shapes.area(msg), s}
end

defmodule FunctionClauseBlameTest do
  use ExUnit.Case

  test "one argument" do
    Shapes.area({:circle, 2})
  end

  test "two arguments, one long" do
    Shapes.scale(%{name: "a shape with a rather long name", points: Enum.to_list(1..30)}, "2")
  end

  test "anonymous function" do
    f = fn {:ok, v} -> v end
    Enum.map([{:ok, 1}, :error], f)
  end

  test "apply with wrong arguments" do
    apply(Shapes, :area, [[1, 2, 3]])
  end

  test "raised by hand has no arguments" do
    raise FunctionClauseError, module: Shapes, function: :area, arity: 1
  end

  test "in a linked process" do
    Process.flag(:trap_exit, false)
    spawn_link(fn -> Shapes.area(:nope) end)
    Process.sleep(5000)
  end

  test "in a GenServer call" do
    {:ok, pid} = GenServer.start(Srv, nil)
    GenServer.call(pid, {:triangle, 1, 2, 3})
  end

  test "strings and charlists as arguments" do
    Shapes.area('abc')
  end

  test "an assertion in a linked process" do
    spawn_link(fn -> assert [1, 2] == [1, 3] end)
    Process.sleep(5000)
  end

  test "a raise in a linked process" do
    spawn_link(fn -> raise ArgumentError, "bad" end)
    Process.sleep(5000)
  end
end
