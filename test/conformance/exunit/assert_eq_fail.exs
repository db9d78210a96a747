ExUnit.start(seed: 0)

defmodule EqTest do
  use ExUnit.Case

  test "integers" do
    assert 1 + 1 == 3
  end

  test "lists" do
    assert [1, 2, 3] == [1, 2]
  end

  test "strict equality" do
    assert 1 === 1.0
  end

  test "maps" do
    assert %{a: 1, b: "x"} == %{a: 2}
  end
end
