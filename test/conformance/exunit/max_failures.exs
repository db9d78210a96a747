ExUnit.start(seed: 0, max_failures: 1)

defmodule MaxFailuresTest do
  use ExUnit.Case

  test "first fails" do
    assert 1 == 2
  end

  test "second would fail" do
    assert 3 == 4
  end

  test "third passes" do
    assert true
  end
end
