ExUnit.start(seed: 0, exclude: [:test], include: [:focus])

defmodule IncludeTest do
  use ExUnit.Case

  @tag :focus
  test "focused" do
    assert true
  end

  test "not focused" do
    flunk("excluded")
  end
end
