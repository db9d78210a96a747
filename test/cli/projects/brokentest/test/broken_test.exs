defmodule BrokenTest do
  use ExUnit.Case

  test "uses undefined" do
    assert undefined_helper(1) == 1
  end
end
