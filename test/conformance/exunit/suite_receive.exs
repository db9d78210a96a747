# assert_receive from a spawned process, assert_received binding, mailbox listing, pinned variables
ExUnit.start(seed: 0)

defmodule ReceiveTest do
  use ExUnit.Case

  test "task reply" do
    parent = self()
    spawn(fn -> send(parent, {:done, 42}) end)
    assert_receive {:done, n}, 1000
    assert n == 42
  end

  test "assert_received bound var" do
    send(self(), {:v, 1})
    send(self(), {:v, 2})
    assert_received {:v, 2}
    assert_received {:v, x}
    assert x == 1
  end

  test "mailbox shown" do
    for i <- 1..3, do: send(self(), {:msg, i})
    assert_received {:other, _}
  end

  test "pinned" do
    expected = :yes
    send(self(), :no)
    assert_received ^expected
  end
end
