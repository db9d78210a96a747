ExUnit.start(seed: 0)

defmodule ReceiveTimeoutTest do
  use ExUnit.Case

  test "a message that arrives later" do
    parent = self()
    spawn(fn -> Process.sleep(20); send(parent, :late) end)
    assert_receive :late
  end

  test "custom failure message" do
    assert_receive :never, 10, "it never came"
  end

  test "refute_receive catches a message" do
    send(self(), {:unexpected, 1})
    refute_receive {:unexpected, _}, 10
  end
end
