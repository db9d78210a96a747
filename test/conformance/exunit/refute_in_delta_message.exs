# refute_in_delta: a message of the caller's own is followed by the figures; a difference equal
# to delta passes (the check is strict); assert_in_delta with a message shows it alone.
ExUnit.start(seed: 0)
defmodule T do
  use ExUnit.Case
  test "a", do: refute_in_delta(1, 2, 1)
  test "b", do: refute_in_delta(1, 2, 1, "msg")
  test "c", do: assert_in_delta(1, 3, 1, "msg")
  test "d", do: refute_in_delta(1, 1.5, 1)
end
