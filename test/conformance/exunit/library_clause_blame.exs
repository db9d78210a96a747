ExUnit.start(seed: 0)

# a library function given arguments none of its clauses take: the report names the function
# with its full arity's arguments and marks what did not match in each clause
defmodule LibraryClauseTest do
  use ExUnit.Case

  test "String.upcase with a number" do
    String.upcase(1)
  end

  test "String.slice with a negative length" do
    assert String.slice("abc", 1, -1) == "b"
  end

  test "Integer.digits with base 1" do
    Integer.digits(10, 1)
  end

  test "Keyword.get on a map" do
    Keyword.get(%{a: 1}, :a)
  end

  test "List.first of an atom" do
    List.first(:a)
  end

  test "Float.round of an integer" do
    Float.round(1, 2)
  end

  test "a pipeline into String.pad_leading" do
    :name |> String.pad_leading(10)
  end
end
