defmodule LibparseTest do
  use ExUnit.Case

  test "runs" do
    assert Libparse.ok() == :ok
  end
end
