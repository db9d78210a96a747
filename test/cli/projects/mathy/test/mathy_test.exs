defmodule MathyTest do
  use ExUnit.Case, async: true
  doctest Mathy
  doctest Mathy.Vec

  test "plain" do
    assert Mathy.add(1, 1) == 2
  end
end
