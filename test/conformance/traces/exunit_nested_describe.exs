# describe inside describe is raised by ExUnit.Callbacks.__describe__/4 as the module body runs,
# called from the outer block's fn (its frame at the inner describe's line stays: the call is
# not the fn's last one)
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
