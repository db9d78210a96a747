# an assertion's message is indented line by line, its blank lines too ("     "); the blank lines
# between a mailbox's entries stay empty
ExUnit.start(seed: 0)
defmodule BlankTest do
  use ExUnit.Case
  test "message with blank line" do
    assert false, "first\n\nthird"
  end
  test "flunk blank", do: flunk("a\n\nb")
  test "raise mismatch" do
    assert_raise FunctionClauseError, fn -> :binary.split(nil, "x") end
  end
  test "mailbox" do
    send(self(), {:a, 1}); send(self(), {:b, 2})
    assert_received {:c, _}
  end
  test "multi-line code" do
    assert (
      x = 1

      x == 2
    )
  end
  test "raise message" do
    assert_raise ArgumentError, "a\n\nb", fn -> raise ArgumentError, "c\n\nd" end
  end
end
