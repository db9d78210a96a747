defmodule Retry.OtherTest do
  use ExUnit.Case

  test "attempts down to zero" do
    assert Retry.attempts(0) == [1, 0]
  end
end
