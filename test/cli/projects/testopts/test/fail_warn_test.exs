defmodule FailWarnTest do
  use ExUnit.Case

  test "fails with an unused variable" do
    y = 2
    assert Testopts.one() == 2
  end
end
