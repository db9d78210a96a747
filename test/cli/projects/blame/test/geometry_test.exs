defmodule GeometryTest do
  use ExUnit.Case

  test "is_nil and not" do
    Geometry.nil_guard(3)
  end

  test "in lists, ranges and attributes" do
    Geometry.unit(50)
  end

  test "patterns of every kind" do
    Geometry.pat({1, 1}, [0])
  end

  test "a struct, a string, a binary" do
    Geometry.pat(%Geometry.Point{x: 1}, "ab")
  end

  test "more clauses than shown" do
    Geometry.many(13)
  end

  test "defaults" do
    Geometry.defaults(1, 2)
  end

  test "binary segments" do
    Geometry.segments(<<1, 2, 3>>)
  end

  test "a test module's own function has no object file", %{test: name} do
    local(name)
  end

  def local(:a), do: :a
end
