# a describe block inside another raises a RuntimeError as the module body runs: nothing runs,
# exit status 1
ExUnit.start(seed: 0)

defmodule NestedDescribeTest do
  use ExUnit.Case

  describe "outer" do
    test "first", do: :ok

    describe "inner" do
      test "x", do: :ok
    end
  end
end
