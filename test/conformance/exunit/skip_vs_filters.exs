ExUnit.start(seed: 0, exclude: [:test], include: [:foo], trace: true)
defmodule SkT do
  use ExUnit.Case
  @tag :skip
  test "skip only" do
  end
  @tag :skip
  @tag :foo
  test "skip and foo" do
  end
  @tag skip: "reason"
  @tag :foo
  test "skip msg and foo" do
  end
  @tag :foo
  test "foo" do
  end
end
