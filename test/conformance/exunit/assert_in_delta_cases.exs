ExUnit.start(seed: 0)

defmodule DeltaTest do
  use ExUnit.Case

  test "close enough" do
    assert_in_delta 1.0, 1.05, 0.1
  end

  test "too far" do
    assert_in_delta 1.0, 1.5, 0.1
  end

  test "refute in delta" do
    refute_in_delta 10, 11, 2
  end
end
