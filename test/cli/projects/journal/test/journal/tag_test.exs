defmodule Journal.TagTest do
  use ExUnit.Case
  doctest Journal.Tag

  test "a failure shows tags as they inspect" do
    assert Journal.Tag.new(:a) == Journal.Tag.new(:b)
  end
end
