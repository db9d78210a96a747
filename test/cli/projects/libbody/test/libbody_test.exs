defmodule LibbodyTest do
  use ExUnit.Case

  test "runs" do
    assert Libbody.hello() == :world
  end
end
