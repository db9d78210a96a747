defmodule LibraiseTest do
  use ExUnit.Case

  test "runs" do
    assert Libraise.hello() == :world
  end
end
