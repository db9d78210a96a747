ExUnit.start(seed: 0)

defmodule InTest do
  use ExUnit.Case

  test "in a range" do
    assert 5 in 1..3
  end

  test "in a map's keys" do
    assert :c in Map.keys(%{a: 1, b: 2})
  end

  test "passing in" do
    assert 2 in [1, 2, 3]
    refute 4 in [1, 2, 3]
  end
end
