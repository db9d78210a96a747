defmodule ATest do
  use ExUnit.Case

  test "a" do
    y = 1
    assert Checklater.Other.g() == :g
  end

  def later, do: String.nope_a(1)
end
