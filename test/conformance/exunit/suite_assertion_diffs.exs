# Failing assertions of every kind: struct/map/keyword/tuple/string/charlist diffs, ===, !=, pins, match? with guards, in, custom messages, MapSet, sigils in the code (shown pruned).
ExUnit.start(seed: 0)

defmodule User do
  defstruct [:name, :email, age: 0, roles: []]
end

defmodule Diffs do
  use ExUnit.Case

  test "struct diff" do
    assert %User{name: "ann", email: "a@x.io", age: 30} == %User{name: "ann", email: "a@x.com", age: 31}
  end

  test "struct vs map" do
    assert %User{name: "ann"} == %{name: "ann"}
  end

  test "nested maps" do
    left = %{a: %{b: [1, 2, %{c: :d}]}, e: "f"}
    right = %{a: %{b: [1, 3, %{c: :x}]}, e: "f", g: nil}
    assert left == right
  end

  test "keyword lists" do
    assert [a: 1, b: 2, c: 3] == [a: 1, c: 3, b: 2]
  end

  test "tuples" do
    assert {:ok, 1, "two", [3]} == {:ok, 1, "too", [3, 4]}
  end

  test "strict equality" do
    assert 1 === 1.0
  end

  test "not equal" do
    assert 1 != 1
  end

  test "long strings" do
    assert String.duplicate("abc ", 20) == String.duplicate("abc ", 19) <> "abd "
  end

  test "multi-line strings" do
    assert "line one\nline two\nline three\n" == "line one\nline 2\nline three\n"
  end

  test "charlists" do
    assert 'hello' == 'help'
  end

  test "pattern match on struct" do
    user = %User{name: "bob", roles: [:admin]}
    assert %User{name: "bob", roles: [:user]} = user
  end

  test "pin in match" do
    name = "carl"
    assert %{name: ^name} = %User{name: "dave"}
  end

  test "match? with guard" do
    assert match?(%User{age: a} when a > 18, %User{age: 10})
  end

  test "in list" do
    assert :c in [:a, :b]
  end

  test "refute in" do
    refute :a in [:a, :b]
  end

  test "less or equal" do
    assert 10 <= 9
  end

  test "truthy nil" do
    user = %User{}
    assert user.name
  end

  test "custom message" do
    assert 1 + 1 == 3, "math is broken"
  end

  test "is_map and friends" do
    assert is_list(%User{})
  end

  test "mapset" do
    assert MapSet.new([1, 2, 3]) == MapSet.new([1, 2, 4])
  end

  test "dates" do
    assert ~D[2020-01-01] == ~D[2020-01-02]
  end

  test "floats" do
    assert 0.1 + 0.2 == 0.3
  end
end
