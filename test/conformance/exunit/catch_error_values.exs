ExUnit.start(seed: 0)

defmodule CatchErrorTest do
  use ExUnit.Case

  test "catch_error of a runtime error" do
    assert %RuntimeError{message: "m"} = catch_error(raise "m")
  end

  test "nothing to catch" do
    catch_error(1 + 1)
  end

  test "catch_exit nothing" do
    catch_exit(:ok)
  end
end
