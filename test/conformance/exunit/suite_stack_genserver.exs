# A GenServer-backed stack (its @moduledoc examples not run: a script's module has no BEAM file),
# start_supervised!/stop_supervised,
# assert_receive of a pinned DOWN, and a big nested map diff; run with trace: true
ExUnit.start(seed: 0, trace: true)

defmodule Stack do
  use GenServer
  @moduledoc """
  A stack.

      iex> {:ok, pid} = Stack.start_link([1])
      iex> Stack.push(pid, 2)
      :ok
      iex> Stack.pop(pid)
      2
      iex> Stack.pop(pid)
      ...> |> Kernel.+(10)
      11

      iex> Stack.boom!(:x)
      ** (ArgumentError) bad: :x

      iex> Stack.pop_all([3, 4])
      [4, 3]
  """
  def start_link(init), do: GenServer.start_link(__MODULE__, init)
  def push(pid, x), do: GenServer.cast(pid, {:push, x})
  def pop(pid), do: GenServer.call(pid, :pop)
  def crash(pid), do: GenServer.call(pid, :crash)
  def boom!(x), do: raise(ArgumentError, "bad: #{inspect(x)}")
  def pop_all(list), do: list
  @impl true
  def init(s), do: {:ok, s}
  @impl true
  def handle_cast({:push, x}, s), do: {:noreply, [x | s]}
  @impl true
  def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
  def handle_call(:crash, _from, s), do: {:reply, Map.fetch!(%{}, :nope), s}
end

defmodule StackTest do
  use ExUnit.Case, async: true

  setup do
    pid = start_supervised!({Stack, [1, 2]})
    %{pid: pid}
  end

  test "pop", %{pid: pid} do
    assert Stack.pop(pid) == 1
    assert Stack.pop(pid) == 2
  end

  test "stop_supervised", %{pid: pid} do
    ref = Process.monitor(pid)
    :ok = stop_supervised(Stack)
    assert_receive {:DOWN, ^ref, :process, ^pid, reason}
    IO.inspect(reason)
    assert {:error, :not_found} = stop_supervised(Stack)
  end

  test "wrong state", %{pid: pid} do
    Stack.push(pid, %{name: "x", list: [1, 2, 3], nested: %{a: {1, 2}}})
    assert Stack.pop(pid) == %{name: "y", list: [1, 3], nested: %{a: {1, 3}}, extra: true}
  end
end
