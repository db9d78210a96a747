defmodule PlacedTest do
  use ExUnit.Case

  test "the variables taken for calls are calls" do
    assert Placed.g() == 1
    assert Placed.Two.b(:r) == 1
  end
end
