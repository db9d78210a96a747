# refute_receive's pattern is matched whole (`pattern = message`): a guard written into it, as
# assert_receive takes one, is when/2 inside a match, a CompileError when the test module compiles
ExUnit.start(seed: 0)
IO.puts("before the module")

defmodule RefuteReceiveWhenTest do
  use ExUnit.Case

  test "assert_receive takes a guard" do
    send(self(), {:v, 7})
    assert_receive {:v, x} when x > 5, 10
  end

  test "refute_receive does not" do
    send(self(), {:v, 3})
    refute_receive {:v, x} when x > 5, 10
  end
end
