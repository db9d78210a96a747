defmodule TpTest do
  use ExUnit.Case

  test "double" do
    assert Tp.double(2) == 4
  end

  # defined by integration/test_helper.exs: every helper runs before any test file
  test "uses the integration helper" do
    assert Tp.double(IntegrationHelper.base()) == 20
  end
end
