defmodule Pr.IntTest do
  use ExUnit.Case, async: true
  @moduletag :integration

  test "integration one" do
    assert 1 + 1 == 2
  end

  test "integration two fails" do
    assert [1, 2] == [2, 1]
  end
end
