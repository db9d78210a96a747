ExUnit.start(seed: 0)

defmodule ReceiveTest do
  use ExUnit.Case

  test "receives and binds" do
    send(self(), {:hello, 1})
    assert_receive {:hello, n}
    assert n == 1
  end

  test "received already" do
    send(self(), :ping)
    assert_received :ping
  end

  test "from another process" do
    parent = self()
    spawn(fn -> send(parent, {:done, :work}) end)
    assert_receive {:done, result}, 1000
    assert result == :work
  end

  test "mailbox shown" do
    send(self(), {:hello, 1})
    send(self(), :other)
    assert_receive {:bye, _}, 10
  end

  test "empty mailbox" do
    assert_received :nope
  end

  test "refute received" do
    send(self(), :x)
    refute_received :x
  end

  test "refute receive passes" do
    refute_receive :never, 10
  end

  test "guarded pattern" do
    send(self(), {:n, 5})
    assert_receive {:n, x} when x > 3
    assert x == 5
  end
end
