ExUnit.start(seed: 0, exclude: [:bar], trace: true)
defmodule SkT do
  use ExUnit.Case
  @tag :skip
  @tag :bar
  test "skip and bar" do
  end
  @tag skip: "r"
  test "skip r" do
  end
end
