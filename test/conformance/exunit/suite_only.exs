# --only style filtering (include: [:focus], exclude: [:test]) with @describetag
ExUnit.start(seed: 0, include: [:focus], exclude: [:test])

defmodule OnlyTest do
  use ExUnit.Case

  @tag :focus
  test "focused" do
    assert 1 + 1 == 2
  end

  test "not focused" do
    flunk("no")
  end

  describe "group" do
    @describetag :focus
    test "in group" do
      assert true
    end

    test "failing in group", %{describe: d} do
      assert d == "other"
    end
  end
end
