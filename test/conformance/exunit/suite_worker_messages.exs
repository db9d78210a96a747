# Processes under test: assert_receive/assert_received/refute_receive with timeouts, pins and guards, a monitored crash, async: true.
ExUnit.start(seed: 0)

defmodule Worker do
  def start(parent) do
    spawn(fn ->
      receive do
        {:work, n} -> send(parent, {:done, n * 2})
        :crash -> exit(:boom)
      end
    end)
  end
end

defmodule WorkerTest do
  use ExUnit.Case, async: true

  setup do
    pid = Worker.start(self())
    {:ok, pid: pid}
  end

  test "does work", %{pid: pid} do
    send(pid, {:work, 21})
    assert_receive {:done, 42}
  end

  test "wrong reply", %{pid: pid} do
    send(pid, {:work, 1})
    assert_receive {:done, 3}, 200
  end

  test "nothing arrives" do
    assert_receive :never, 50
  end

  test "received with other messages" do
    send(self(), {:a, 1})
    send(self(), {:b, 2})
    assert_received {:c, _}
  end

  test "refute_receive fails", %{pid: pid} do
    send(pid, {:work, 5})
    refute_receive {:done, _}, 500
  end

  test "refute_received passes" do
    refute_received :anything
  end

  test "monitor exit", %{pid: pid} do
    ref = Process.monitor(pid)
    send(pid, :crash)
    assert_receive {:DOWN, ^ref, :process, ^pid, :normal}
  end

  test "bound var in pattern" do
    expected = 10
    send(self(), {:value, 11})
    assert_receive {:value, ^expected}
  end

  test "guard in pattern" do
    send(self(), {:n, 3})
    assert_receive {:n, x} when x > 5
  end
end
