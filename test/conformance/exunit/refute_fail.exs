ExUnit.start(seed: 0)

defmodule RefuteTest do
  use ExUnit.Case

  test "refute equal" do
    refute 1 + 1 == 2
  end

  test "refute in" do
    refute 1 in [1, 2]
  end

  test "refute truthy" do
    refute :something
  end

  test "refute match?" do
    refute match?({:ok, _}, {:ok, 1})
  end

  test "refute passes" do
    refute nil
    refute false
    refute 1 == 2
  end
end
