defmodule BrokentestTest do
  use ExUnit.Case

  test "hello" do
    assert Brokentest.hello() == :world
  end
end
