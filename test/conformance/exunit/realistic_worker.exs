ExUnit.start(seed: 42, trace: false)

defmodule Stack do
  use GenServer
  def start_link(items), do: GenServer.start_link(__MODULE__, items)
  def push(pid, x), do: GenServer.cast(pid, {:push, x})
  def pop(pid), do: GenServer.call(pid, :pop)
  def init(items), do: {:ok, items}
  def handle_cast({:push, x}, items), do: {:noreply, [x | items]}
  def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
end

defmodule StackTest do
  use ExUnit.Case
  @moduletag :stack

  setup_all do
    IO.puts("setup_all runs once")
    [started_at: :fixed]
  end

  setup context do
    {:ok, pid} = Stack.start_link([:a])
    Map.put(context, :pid, pid) |> Map.put(:extra, context[:started_at])
  end

  test "pop returns the head", %{pid: pid} do
    assert Stack.pop(pid) == :a
  end

  test "push then pop", %{pid: pid, extra: extra} do
    Stack.push(pid, :b)
    assert Stack.pop(pid) == :b
    assert extra == :fixed
  end

  @tag :slow
  test "tags are in the context", context do
    assert context.slow
    assert context.stack
    assert context.test == :"test tags are in the context"
    assert context.module == StackTest
  end

  test "messages" do
    send(self(), {:hello, 1})
    assert_receive {:hello, n}
    assert n == 1
    refute_receive {:other, _}, 10
    send(self(), :x)
    assert_received :x
  end

  test "assert_receive times out" do
    send(self(), {:unrelated, 1})
    send(self(), :another)
    assert_receive {:hello, _}, 20
  end

  test "refute_received fails" do
    send(self(), :here)
    refute_received :here
  end

  test "an exit inside the test" do
    exit({:shutdown, :because})
  end

  test "a linked process killed" do
    spawn_link(fn -> exit(:kill_me) end)
    Process.sleep(100)
  end

  test "a throw" do
    throw({:thrown, 1})
  end

  test "flunk" do
    flunk("not implemented yet")
  end

  test "in operator" do
    assert 4 in [1, 2, 3]
  end

  test "raise inside" do
    Map.fetch!(%{}, :missing)
  end
end
