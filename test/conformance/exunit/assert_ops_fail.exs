ExUnit.start(seed: 0)

defmodule OpsTest do
  use ExUnit.Case

  test "less than" do
    assert 3 < 2
  end

  test "greater or equal" do
    assert 1 >= 2
  end

  test "not equal" do
    assert :a != :a
  end

  test "in" do
    assert 4 in [1, 2, 3]
  end

  test "regex-free match operator" do
    assert "abc" =~ "z"
  end

  test "strict not equal" do
    assert 1 !== 1
  end
end
