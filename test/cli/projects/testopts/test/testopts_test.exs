defmodule TestoptsTest do
  use ExUnit.Case

  test "one" do
    assert Testopts.one() == 1
  end
end
