ExUnit.start(seed: 0)

defmodule PassingTest do
  use ExUnit.Case

  test "arithmetic" do
    assert 1 + 1 == 2
  end

  test "strings" do
    assert "abc" <> "d" == "abcd"
    refute "abc" == "abd"
  end

  test "match binds variables" do
    assert {:ok, value} = {:ok, 42}
    assert value == 42
  end
end
