defmodule FlowTest do
  use ExUnit.Case

  test "flow" do
    assert Tp.double(IntegrationHelper.base()) == 20
  end

  @tag :slow
  test "slow flow" do
    assert Tp.double(1) == 2
  end
end
