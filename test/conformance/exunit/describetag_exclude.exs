ExUnit.start(seed: 0, exclude: [:db])

defmodule DescribeTagExcludeTest do
  use ExUnit.Case

  describe "database" do
    @describetag :db

    test "query" do
      flunk("excluded")
    end
  end

  describe "pure" do
    test "math" do
      assert 2 * 2 == 4
    end
  end
end
