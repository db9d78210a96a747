# a describe name used twice in a module raises ExUnit.DuplicateDescribeError as the module body
# runs: nothing runs, exit status 1
ExUnit.start(seed: 0)

defmodule DuplicateDescribeTest do
  use ExUnit.Case

  describe "parse/1" do
    test "x", do: :ok
  end

  describe "parse/1" do
    test "y", do: :ok
  end
end
