ExUnit.start(seed: 0)

defmodule Point do
  defstruct x: 0, y: 0
end

defmodule StructTest do
  use ExUnit.Case

  test "struct equality" do
    assert %Point{x: 1} == %Point{x: 2}
  end

  test "struct match" do
    assert %Point{x: 1} = %Point{x: 3, y: 4}
  end

  test "passing struct match binds" do
    assert %Point{x: x} = %Point{x: 5}
    assert x == 5
  end
end
