defmodule TinyJSONTest do
  use ExUnit.Case, async: true
  doctest TinyJSON

  describe "round trip" do
    test "nested structures" do
      data = %{"list" => [1, [2, [3]]], "s" => "quote \" and \\", "n" => nil}
      assert {:ok, ^data} = data |> TinyJSON.encode() |> TinyJSON.decode()
    end

    test "unicode" do
      assert TinyJSON.decode(TinyJSON.encode("ünïcödé ✓")) == {:ok, "ünïcödé ✓"}
    end
  end

  describe "errors" do
    test "trailing garbage" do
      assert TinyJSON.decode("[1] x") == {:error, {:trailing, 4}}
    end

    test "bad char position" do
      assert {:error, {:unexpected_char, 1}} = TinyJSON.decode("[?]")
    end

    test "wrong expectation shows a diff" do
      assert TinyJSON.decode(~s({"a": 1})) == {:ok, %{"a" => 2}}
    end
  end
end
