ExUnit.start(seed: 0)

defmodule MessageTest do
  use ExUnit.Case

  test "assert with a message" do
    assert false, "custom message"
  end

  test "refute with a message" do
    refute true, "should be falsy"
  end

  test "flunk" do
    flunk("gave up")
  end

  test "flunk default" do
    flunk()
  end
end
