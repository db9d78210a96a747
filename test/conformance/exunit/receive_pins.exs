# assert_receive/assert_received failures list the pinned variables (each once, in the order of
# its last occurrence) before the mailbox; a custom message does not; refute_received names the
# pattern as written.
ExUnit.start(seed: 0)
defmodule PinsTest do
  use ExUnit.Case
  test "empty mailbox" do
    x = 1
    y = "two"
    assert_received {^x, ^y, ^x}
  end
  test "custom message" do
    x = 1
    assert_receive {:a, ^x}, 10, "custom"
  end
  test "with mailbox" do
    x = 1
    send(self(), {:a, 2})
    assert_receive {:a, ^x} when x > 0, 10
  end
  test "refute" do
    x = 1
    send(self(), {:a, 1})
    refute_received {:a, ^x}
  end
end
