defmodule SupGreeterTest do
  use ExUnit.Case
  doctest SupGreeter

  test "greets the world" do
    assert SupGreeter.hello() == :world
  end
end
