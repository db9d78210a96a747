# refute_received's pattern is matched whole: a guard written into it is when/2 inside a match,
# a CompileError when the test module compiles (assert_received takes the guard)
ExUnit.start(seed: 0)
IO.puts("before the module")

defmodule RefuteReceivedWhenTest do
  use ExUnit.Case

  test "assert_received takes a guard" do
    send(self(), {:v, 7})
    assert_received {:v, x} when x > 5
  end

  test "refute_received does not" do
    send(self(), {:v, 3})
    refute_received {:v, x} when is_integer(x)
  end
end
