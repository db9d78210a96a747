defmodule Loaderr.ATest do
  use ExUnit.Case

  test "hello" do
    assert Loaderr.hello() == :world
  end
end
