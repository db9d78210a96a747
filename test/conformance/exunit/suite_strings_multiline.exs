# failing comparisons of multi-line strings, =~, charlists, long lists and binaries
ExUnit.start(seed: 0)

defmodule StrTest do
  use ExUnit.Case

  test "multiline string" do
    assert "line1\nline2\nline3" == "line1\nlineX\nline3"
  end

  test "string =~" do
    assert "hello" =~ ~r/world/
  end

  test "charlists" do
    assert 'abc' == 'abd'
  end

  test "long list" do
    assert Enum.to_list(1..30) == Enum.to_list(2..31)
  end

  test "binaries" do
    assert <<1, 2, 3>> == <<1, 2, 4>>
  end
end
