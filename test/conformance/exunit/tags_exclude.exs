ExUnit.start(seed: 0, exclude: [:slow])

defmodule ExcludeTest do
  use ExUnit.Case

  @tag :slow
  test "slow one" do
    flunk("excluded")
  end

  test "fast one" do
    assert true
  end

  @tag slow: false
  test "tagged false is still excluded" do
    flunk("excluded")
  end
end
