defmodule TextkitTest do
  use ExUnit.Case
  doctest Textkit

  test "maps diff" do
    assert Textkit.count("hello") == %{"h" => 1, "e" => 1, "l" => 1, "o" => 2}
  end

  test "lists diff" do
    assert Textkit.words("a b c d") == ["a", "b", "x", "d", "e"]
  end

  test "strings diff" do
    assert Textkit.slug("Hello Big World") == "hello-bigger-world"
  end

  test "struct diff" do
    assert %URI{host: "a.com", port: 80} == URI.parse("http://b.com:8080/x")
  end

  test "keyword" do
    assert [a: 1, b: 2] == [a: 1, b: 3, c: 4]
  end

  test "tuples" do
    assert {:ok, %{id: 1, tags: ["a"]}} == {:ok, %{id: 2, tags: ["a", "b"]}}
  end

  test "numbers" do
    assert 1.0 == 1.5
  end

  test "not implemented"

  @tag :skip
  test "skipped" do
    assert false
  end
end
