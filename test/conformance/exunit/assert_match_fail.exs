ExUnit.start(seed: 0)

defmodule MatchTest do
  use ExUnit.Case

  test "tuple pattern" do
    x = [1, 2]
    assert {:ok, _} = x
  end

  test "match?" do
    assert match?({:a, _}, {:b, 1})
  end

  test "map pattern" do
    assert %{name: "joe"} = %{name: "ann", age: 3}
  end

  test "pinned" do
    expected = 3
    assert ^expected = 1 + 1
  end
end
