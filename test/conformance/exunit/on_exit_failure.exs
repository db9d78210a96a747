ExUnit.start(seed: 0)

defmodule OnExitFailureTest do
  use ExUnit.Case

  test "callback raises after a passing test" do
    on_exit(fn -> raise "cleanup failed" end)
    assert true
  end

  test "next" do
    assert true
  end
end
