# A suite as one is written: a GenServer started with start_supervised! in setup, a describe
# with its own setup, Agent and Registry, assert_receive listing the mailbox, assert_raise with a
# message and a regex, a match failure, refute of `in`, assert_in_delta (async: true).
ExUnit.start(seed: 0)

defmodule Counter do
  use GenServer
  def start_link(opts), do: GenServer.start_link(__MODULE__, Keyword.get(opts, :start, 0), opts)
  def inc(pid), do: GenServer.call(pid, :inc)
  def get(pid), do: GenServer.call(pid, :get)
  def init(n), do: {:ok, n}
  def handle_call(:inc, _, n), do: {:reply, n + 1, n + 1}
  def handle_call(:get, _, n), do: {:reply, n, n}
end

defmodule CounterTest do
  use ExUnit.Case, async: true

  setup do
    pid = start_supervised!(Counter)
    %{counter: pid}
  end

  describe "inc/1" do
    setup %{counter: c} do
      Counter.inc(c)
      :ok
    end

    test "increments", %{counter: c} do
      assert Counter.inc(c) == 2
    end

    test "wrong expectation", %{counter: c} do
      assert Counter.get(c) == 5
    end
  end

  test "agent" do
    {:ok, a} = Agent.start_link(fn -> [] end)
    Agent.update(a, fn list -> [1 | list] end)
    assert Agent.get(a, fn list -> list end) == [1, 2]
  end

  test "registry" do
    {:ok, _} = Registry.start_link(keys: :unique, name: MyReg)
    {:ok, _} = Registry.register(MyReg, "k", :v)
    assert [{_, :v}] = Registry.lookup(MyReg, "k")
    assert Registry.lookup(MyReg, "other") == [{self(), :v}]
  end

  test "assert_receive lists the mailbox" do
    send(self(), {:hello, 1})
    send(self(), :other)
    assert_receive {:hello, 2}, 10
  end

  test "assert_raise message" do
    assert_raise ArgumentError, "expected", fn -> raise ArgumentError, "got" end
  end

  test "assert_raise regex" do
    assert_raise RuntimeError, ~r/^exp/, fn -> raise "nope" end
  end

  test "assert_raise none" do
    assert_raise RuntimeError, fn -> :ok end
  end

  test "match failure" do
    assert {:ok, _} = {:error, :x}
  end

  test "refute" do
    refute 1 in [1, 2]
  end

  test "assert in_delta" do
    assert_in_delta 1.0, 1.5, 0.1
  end
end
