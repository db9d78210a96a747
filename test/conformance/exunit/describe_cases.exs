ExUnit.start(seed: 0)

defmodule DescribeTest do
  use ExUnit.Case

  describe "addition" do
    setup do
      [base: 10]
    end

    test "adds", %{base: base} do
      assert base + 1 == 11
    end

    test "fails", %{base: base} do
      assert base + 1 == 12
    end
  end

  describe "subtraction" do
    test "no setup from the other describe", context do
      refute Map.has_key?(context, :base)
      assert context.describe == "subtraction"
    end
  end

  test "outside" do
    assert true
  end
end
