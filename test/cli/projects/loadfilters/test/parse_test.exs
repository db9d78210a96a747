defmodule ParseTest do
  use ExUnit.Case, async: true

  test "splits on commas" do
    unused = :value
    assert Loadfilters.parse("a, b") == ["a", "b"]
  end

  @tag :slow
  test "a long list" do
    assert length(Loadfilters.parse(String.duplicate("x,", 1000))) == 1000
  end

  @tag :external
  test "fetches a remote list" do
    flunk("no network in tests")
  end
end
