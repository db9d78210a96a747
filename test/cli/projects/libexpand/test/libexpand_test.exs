defmodule LibexpandTest do
  use ExUnit.Case

  test "runs" do
    assert Libexpand.ok() == :ok
  end
end
