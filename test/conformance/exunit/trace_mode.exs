ExUnit.start(seed: 0, trace: true)

defmodule TraceTest do
  use ExUnit.Case

  test "passes" do
    assert true
  end

  @tag :skip
  test "skipped" do
    assert true
  end

  test "fails" do
    assert 1 == 2
  end
end
