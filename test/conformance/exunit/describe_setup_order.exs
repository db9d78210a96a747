ExUnit.start(seed: 0)

defmodule DescribeSetupOrderTest do
  use ExUnit.Case

  setup do
    [trail: [:module]]
  end

  describe "inner" do
    setup %{trail: trail} do
      [trail: trail ++ [:describe]]
    end

    test "module setup runs before describe setup", %{trail: trail} do
      assert trail == [:module, :describe]
    end

    test "failing shows the describe name", %{trail: trail} do
      assert trail == []
    end
  end
end
