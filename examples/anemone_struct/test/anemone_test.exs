defmodule AnemoneTest do
  use ExUnit.Case
  doctest Anemone

  test "greets the world" do
    assert Anemone.hello() == :world
  end
end
