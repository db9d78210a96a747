ExUnit.start(seed: 0, exclude: [os: "windows"], trace: true)

defmodule TagValuesTest do
  use ExUnit.Case

  @tag os: "windows"
  test "windows only" do
    flunk("excluded")
  end

  @tag os: "linux"
  test "linux" do
    assert true
  end
end
