defmodule DocundefTest do
  use ExUnit.Case
  doctest Docundef

  test "adds" do
    assert Docundef.add(1, 2) == 3
  end
end
