# ExUnit.start with max_failures and exclude, then ExUnit.configure replacing the excludes; imported functions under test in describe blocks with setup keyword lists, assert_raise around a call that does not raise (String.slice/3's length-0 clause).
ExUnit.start(seed: 0, max_failures: 3, exclude: [:pending])
ExUnit.configure(exclude: [:pending, :wip])

defmodule Strings do
  def slugify(s), do: s |> String.downcase() |> String.replace(~r/[^a-z0-9]+/, "-") |> String.trim("-")
  def truncate(s, n) when byte_size(s) <= n, do: s
  def truncate(s, n), do: String.slice(s, 0, n - 1) <> "…"
end

defmodule StringsTest do
  use ExUnit.Case, async: true
  import Strings

  describe "slugify/1" do
    test "lowercases" do
      assert slugify("Hello World") == "hello-world"
    end

    test "unicode" do
      assert slugify("Café Olé") == "cafe-ole"
    end

    @tag :wip
    test "work in progress" do
      flunk("wip")
    end
  end

  describe "truncate/2" do
    setup do
      [long: String.duplicate("x", 20)]
    end

    test "short string", %{long: _} do
      assert truncate("abc", 5) == "abc"
    end

    test "long string", %{long: long} do
      assert truncate(long, 5) == "xxxx…"
      assert String.length(truncate(long, 5)) == 4
    end

    @tag :pending
    test "pending" do
      flunk("pending")
    end

    test "raises" do
      assert_raise FunctionClauseError, fn -> truncate(nil, 1) end
      truncate(nil, 1)
    end
  end

  test "one more failure" do
    assert "abc" =~ "d"
  end

  test "and another" do
    assert {:a, :b} == {:a, :c}
  end
end
