ExUnit.start(seed: 0, trace: true)

defmodule NamesTest do
  use ExUnit.Case

  test "with \"quotes\" and symbols !?" do
    assert true
  end

  test "unicode: café" do
    assert String.length("café") == 4
  end

  test "fails: café" do
    assert "café" == "cafe"
  end
end
