defmodule ApiTest do
  use ExUnit.Case

  test "api" do
    assert Tp.double(3) == 6
  end

  @tag :broken
  test "broken api" do
    assert Tp.double(3) == 7
  end
end
