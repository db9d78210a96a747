ExUnit.start()

defmodule ReceiveGuardPinTest do
  use ExUnit.Case

  test "a pinned value compared in the guard" do
    expected = 3
    send(self(), {:total, 3})
    assert_receive {:total, n} when n == ^expected
  end
end
