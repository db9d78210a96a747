ExUnit.start(seed: 0)

defmodule SkipTest do
  use ExUnit.Case

  @tag :skip
  test "skipped" do
    flunk("never runs")
  end

  @tag skip: "not today"
  test "skipped with reason" do
    flunk("never runs")
  end

  test "runs" do
    assert true
  end
end
