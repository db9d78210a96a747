# failing == and = of maps, lists, strings, structs, keywords, tuples and nested data
ExUnit.start(seed: 0)

defmodule User do
  defstruct name: nil, age: 0, tags: []
end

defmodule DiffTest do
  use ExUnit.Case

  test "map diff" do
    assert %{a: 1, b: 2, c: [1, 2]} == %{a: 1, b: 3, c: [1, 2, 3], d: :new}
  end

  test "list diff" do
    assert [1, 2, 3, 4] == [1, 3, 4, 5]
  end

  test "string diff" do
    assert "hello world" == "hello wordl!"
  end

  test "struct diff" do
    assert %User{name: "ann", age: 3} == %User{name: "anne", age: 3, tags: [:x]}
  end

  test "keyword diff" do
    assert [a: 1, b: 2] == [a: 1, b: 3]
  end

  test "tuple diff" do
    assert {:ok, 1, "x"} == {:ok, 2, "y"}
  end

  test "match diff" do
    assert %{name: "bob"} = %{name: "rob", age: 1}
  end

  test "nested" do
    assert %{list: [%{id: 1}, %{id: 2}]} == %{list: [%{id: 1}, %{id: 3}]}
  end
end
