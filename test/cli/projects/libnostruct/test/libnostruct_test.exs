defmodule LibnostructTest do
  use ExUnit.Case

  test "runs" do
    assert Libnostruct.ok() == :ok
  end
end
